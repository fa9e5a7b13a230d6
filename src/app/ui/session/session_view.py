"""The Session view: pick a plan, then train through it, then see the summary.

Three pages: the plan picker (kept filled by `PlanActions`), the live page
and the summary. The view starts and resumes sessions through the session
controller, turns keys and buttons into the engine's commands (what a key
means and what may be done now come from the engine), and hands the live page
what to draw. The counting mode, unit, rests and cues are the athlete's
preferences, through the app controller.

While a session runs the view keeps the keyboard: focus never leaves it for
the window's side bar (hiding the log hands focus back to the view, Tab goes
round the session's own fields), so Space, Enter, Backspace, P, Esc and the
clicker keys always mean the session. A side already logged can be corrected
without leaving the session (C, or the button), from the rest, a side ready
to start, or the summary.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from app.dates import moment_text
from app.domain import preferences as prefs
from app.domain.clock import Clock, MonotonicClock
from app.domain.errors import LegworkError
from app.domain.plan import Plan
from app.domain.programme.calibration import is_calibration
from app.domain.records import SessionInfo
from app.domain.session import Command, Control, CountingMode, SessionState, SetRef, SideLog
from app.services import sessions as session_service
from app.services.changes import Changes
from app.ui.programme.today_card import TodayCard
from app.ui.session.keys import KEY_CONTROLS, REMOTE_KEYS
from app.ui.session.live_page import LivePage
from app.ui.session.plan_actions import PlanActions
from app.ui.session.plan_picker import PlanPicker
from app.ui.session.rep_counter import RepCounter
from app.ui.session.side_log_panel import SideLogPanel
from app.ui.session.summary_page import SummaryPage
from app.ui.session.training_summary import TrainingSummary
from app.ui.session.wording import step_text
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text
from app.ui.shell.settings import THEME_KEY, VOLUME_KEY, UiSettings
from app.ui.shell.theme import colours_for

if TYPE_CHECKING:
    from app.ui.session.session_controller import CueSink, SessionController

def _holds_focus(widget: QWidget) -> bool:
    """Whether `widget` or one of its children has the keyboard focus."""
    focused = QApplication.focusWidget()
    return focused is not None and widget.isAncestorOf(focused)


# The preferences the live page shows; a change to any other leaves it alone.
_SHOWN_PREFERENCES = frozenset({prefs.UNIT, prefs.SOUNDS, prefs.VOICE, VOLUME_KEY})


class SessionView(QWidget):
    """Plan picker, live session and summary; owns the running `SessionController`.

    `clock`, `cue_sink` and `autotick` are for tests: a fake clock, a cue
    recorder, and no timer (the test calls `session.tick()`). `touch` is for a
    shared touchscreen (the kiosk): no menus, no plan editing, no typed notes.
    """

    session_started = Signal()

    def __init__(
        self,
        controller: AppController,
        settings: UiSettings,
        *,
        clock: Clock | None = None,
        cue_sink: "CueSink | None" = None,
        autotick: bool = True,
        touch: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionView")
        self.touch = touch
        self.controller = controller
        self.settings = settings
        self.clock: Clock = clock or MonotonicClock()
        self.autotick = autotick
        self.session: SessionController | None = None
        # The session just over, while its summary shows: its last side can still be corrected.
        self._ended: SessionController | None = None
        self._ended_early = False
        # The side-set being corrected, and whether the session was paused for it.
        self._correcting: SetRef | None = None
        self._paused_for_correction = False
        self.colours = colours_for(settings.theme())
        # The real player loads Qt Multimedia, so it is made once the database
        # is open (after the window shows), not while the window is built.
        self.cue_sink: CueSink | None = cue_sink
        self._notices: list[str] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.picker = PlanPicker()
        self.picker.plan_chosen.connect(self.start_plan)
        self.plans = PlanActions(controller, self.picker, editable=not touch, parent=self)
        # The training block's card sits above the plan cards (a widget of its own).
        self.today_card = TodayCard(controller)
        self.today_card.start_requested.connect(self.start_block_session)
        self.today_card.calibration_requested.connect(self.start_calibration_session)
        self.picker.cards_box.insertWidget(0, self.today_card)
        # The week, the last session and today's advice, beside the plan cards. Not on a
        # gym's kiosk, whose screens are laid out for the touchscreen on their own.
        self.training_summary: TrainingSummary | None = None
        if not touch:
            self.training_summary = TrainingSummary(controller)
            self.picker.set_summary(self.training_summary)
            self.today_card.today_shown.connect(self.training_summary.set_block_today)
            self.today_card.refresh()
        self.live = LivePage(touch=touch)
        self.live.primary_pressed.connect(self._primary)
        self.live.command_pressed.connect(self._do)
        self.live.pause_pressed.connect(lambda: self._do(self._command_for(Control.PAUSE)))
        self.live.end_pressed.connect(self.end_session)
        self.live.counter_tapped.connect(self._counter_tapped)
        self.live.sounds_toggled.connect(
            lambda on: self._write(lambda: controller.set_preference(prefs.SOUNDS, on)))
        self.live.voice_toggled.connect(
            lambda on: self._write(lambda: controller.set_preference(prefs.VOICE, on)))
        self.live.volume_changed.connect(settings.set_volume)
        self.log_panel.log_accepted.connect(self.accept_log)
        self.log_panel.correction_cancelled.connect(self.cancel_correction)
        for field in self.log_panel.fields():
            field.installEventFilter(self)
        self.done = SummaryPage()
        self.done.back_requested.connect(self.show_picker)
        self.done.correct_requested.connect(self.correct_last)
        self.pages = QStackedWidget()
        for page in (self.picker, self.live, self.done):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        controller.database_opened.connect(self._load_cues_soon)
        if controller.db is not None:
            self._load_cues_soon()
        controller.athlete_changed.connect(self.offer_resume)
        controller.changed.connect(self._changed)
        settings.notifier.changed.connect(self._display_setting_changed)
        self.live.set_colours(self.colours)
        self._show_cue_settings()

    @property
    def log_panel(self) -> SideLogPanel:
        """The per-leg log of the live page."""
        return self.live.log_panel

    @property
    def counter(self) -> RepCounter:
        """The big count of the live page."""
        return self.live.counter

    # -- cues --------------------------------------------------------------

    def _load_cues_soon(self) -> None:
        # Qt Multimedia loads just after the opening, not in the way of the view on
        # screen drawing the history (a session started before then loads it at once).
        QTimer.singleShot(0, self, self._load_cues)

    def _load_cues(self) -> None:
        if self.cue_sink is not None:
            return
        from app.ui.session.cue_player import QtCuePlayer

        player = QtCuePlayer(self.controller, self.settings, parent=self)
        player.notice.connect(self._notice)
        self._notices.extend(player.notices)
        self.cue_sink = player

    def _sink(self) -> "CueSink":
        self._load_cues()
        assert self.cue_sink is not None
        return self.cue_sink

    def _notice(self, text: str) -> None:
        self._notices.append(text)
        if self.session is not None:
            self.live.show_notices(self._notices)

    def _show_cue_settings(self) -> None:
        chosen = self.controller.preferences
        self.live.show_cue_settings(chosen.sounds, chosen.voice, self.settings.volume())

    # -- plans -------------------------------------------------------------

    def refresh_plans(self) -> None:
        """Rebuild the plan cards (the kiosk does once an athlete's screens are built)."""
        self.plans.refresh()

    def _write(self, change: object) -> None:
        """Make a change through the controller; a refusal goes to the status bar."""
        assert callable(change)
        try:
            change()
        except LegworkError as error:
            self.controller.status_message.emit(error_text(error))

    # -- starting and resuming ---------------------------------------------

    def start_plan(self, plan: object) -> None:
        """Open a new session for a plan and show the live page, ready to start."""
        assert isinstance(plan, Plan)
        from app.ui.session.session_controller import start_session

        try:
            session = start_session(self.controller, plan, self.clock, self._sink(),
                                    autotick=self.autotick)
        except LegworkError as error:
            # The history cannot take a new session now (a gym's server out of reach).
            self.controller.status_message.emit(error_text(error))
            return
        self._attach(session)

    def start_block_session(self, number: int | None = None) -> None:
        """Open a session of the training block (today's for None), each leg filled in."""
        from app.ui.programme.start import start_block_session

        try:
            session = start_block_session(self.controller, number, self.clock, self._sink(),
                                          autotick=self.autotick)
        except LegworkError as error:
            QMessageBox.warning(self, self.tr("Cannot start the session"), error_text(error))
            return
        self._attach(session)

    def start_calibration_session(self) -> None:
        """Open the block's calibration session, which finds where each leg starts."""
        from app.ui.programme.start import start_calibration_session

        try:
            session = start_calibration_session(self.controller, self.clock, self._sink(),
                                                autotick=self.autotick)
        except LegworkError as error:
            QMessageBox.warning(self, self.tr("Cannot start the session"), error_text(error))
            return
        self._attach(session)

    def offer_resume(self) -> None:
        """If a session was left open (a crash), ask to carry on with it or end it."""
        db, athlete = self.controller.db, self.controller.athlete
        if db is None or athlete is None or self.session is not None:
            return
        from app.ui.session.session_controller import resume_session

        info = session_service.unfinished_session(db, athlete.id)
        if info is None:
            return
        if self.ask_to_resume(info):
            try:
                session = resume_session(self.controller, info, self.clock, self._sink(),
                                         autotick=self.autotick)
            except LegworkError as error:
                QMessageBox.warning(
                    self, self.tr("Cannot resume"),
                    f"{error_text(error)}\n"
                    + self.tr("The session will be ended; the sets you logged are kept."))
                self.controller.apply(session_service.end_unfinished(db, info.id))
                return
            self._attach(session)
            if not session.finished:
                self.controller.status_message.emit(self._welcome_back(session.engine.mode))
        else:
            self.controller.apply(session_service.end_unfinished(db, info.id))
            self.controller.status_message.emit(
                self.tr("The unfinished session was ended; its sets are in your history."))

    def _welcome_back(self, mode: CountingMode) -> str:
        """The greeting for a resumed session, naming its counting mode if that is not today's."""
        if mode is self.controller.preferences.counting_mode:
            return self.tr("Welcome back: your session carries on where it stopped.")
        if mode is CountingMode.MANUAL:
            return self.tr("Welcome back: your session carries on where it stopped, and you "
                           "count the reps, as when it began.")
        return self.tr("Welcome back: your session carries on where it stopped, paced by "
                       "tempo, as when it began.")

    def ask_to_resume(self, info: SessionInfo) -> bool:
        """Ask whether to carry on with an unfinished session (True) or end it."""
        if self.touch:
            # The kiosk carries straight on: a modal question would outlive the
            # idle timeout, and "End session" is one tap away on the live page.
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Carry on with your session?"))
        box.setText(self.tr("Your session “{plan}” from {started} was not finished.").format(
            plan=info.plan_name, started=moment_text(info.started_at)))
        box.setInformativeText(self.tr("Carry on where you stopped? Every side you logged is "
                                       "saved either way."))
        carry_on = box.addButton(self.tr("Carry on"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("End it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(carry_on)
        box.exec()
        return box.clickedButton() is carry_on

    def _attach(self, session: "SessionController") -> None:
        self.session = session
        self._ended = None
        session.state_changed.connect(self.redraw)
        session.rep_counted.connect(lambda _count: self.redraw())
        session.ticked.connect(self._redraw_moving)
        session.side_set_recorded.connect(
            lambda _entry: self.controller.status_message.emit(self.tr("Saved.")))
        session.side_set_corrected.connect(
            lambda _entry: self.controller.status_message.emit(self.tr("Correction saved.")))
        session.session_finished.connect(self._finished)
        session.problem.connect(self.controller.status_message)
        self.pages.setCurrentWidget(self.live)
        self.live.show_notices(self._notices)
        self.setFocus()
        self.session_started.emit()
        session.begin()
        if not session.finished:
            self.redraw()

    def show_picker(self) -> None:
        """Back to the plan cards."""
        self._ended = None
        self.plans.refresh()
        self.pages.setCurrentWidget(self.picker)

    def show_live(self) -> None:
        """Show the running session, or the picker when there is none."""
        self.pages.setCurrentWidget(self.live if self.session else self.picker)

    # -- commands from buttons and keys ------------------------------------

    def _command_for(self, control: Control) -> Command | None:
        return self.session.engine.command_for(control) if self.session is not None else None

    def _do(self, command: object) -> None:
        """Carry out one engine command; `LOG_SET` saves the log panel's values."""
        session = self.session
        if session is None or not isinstance(command, Command):
            return
        if command is Command.CORRECT_SET:
            self.correct_last()
            return
        if command is Command.LOG_SET:
            self.log_panel.submit()
            return
        try:
            session.run(command)
        except LegworkError as error:
            self.controller.status_message.emit(error_text(error))

    def _primary(self) -> None:
        if self.session is not None:
            self._do(self.session.engine.primary_command())

    def _counter_tapped(self) -> None:
        if self.session is not None and Command.COUNT_REP in self.session.available():
            self._do(Command.COUNT_REP)

    def toggle_pause(self) -> None:
        """Pause, or resume if paused."""
        self._do(self._command_for(Control.PAUSE))

    def end_session(self) -> None:
        """Finish the session now; everything logged stays logged."""
        if self.session is not None and not self.session.finished:
            self._do(Command.FINISH)

    def accept_log(self, log: object) -> None:
        """Hand the per-leg log to the session; a refusal, or a failed write, stays on the log."""
        assert isinstance(log, SideLog)
        if self._correcting is not None:
            self._save_correction(log)
            return
        if self.session is None:
            return
        try:
            self.session.accept(log)
        except LegworkError as error:
            # Nothing was stored and the session is still on this log: fix or save again.
            self.log_panel.show_error(error_text(error))

    # -- correcting a side already logged ------------------------------------

    def _correctable_session(self) -> "SessionController | None":
        return self.session if self.session is not None else self._ended

    def correct_last(self) -> None:
        """Open the side logged last in the log form, to correct it (the rest waits meanwhile)."""
        session = self._correctable_session()
        ref = session.correctable() if session is not None else None
        if session is None or ref is None or self._correcting is not None:
            return
        self._correcting = ref
        self._paused_for_correction = Command.PAUSE in session.available()
        if self._paused_for_correction:
            self._do(Command.PAUSE)
        self.pages.setCurrentWidget(self.live)
        self.live.show_correction(session.engine.describe(ref), session.engine.logged_as_form(ref),
                                  self.controller.preferences.unit)

    def _save_correction(self, log: SideLog) -> None:
        session, ref = self._correctable_session(), self._correcting
        assert session is not None and ref is not None
        try:
            session.correct(ref, log)
        except LegworkError as error:
            # Nothing was stored: the form keeps the values for another try.
            self.log_panel.show_error(error_text(error))
            return
        self.controller.status_message.emit(self.tr("Corrected: {step}, {reps} reps.").format(
            step=step_text(session.engine.describe(ref)), reps=log.reps))
        self._end_correction()

    def cancel_correction(self) -> None:
        """Leave the side as it was logged and carry on."""
        if self._correcting is not None:
            self._end_correction()

    def _end_correction(self) -> None:
        session = self._correctable_session()
        self._correcting = None
        # Before the form hides, or Qt hands the focus to the window's side bar.
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.live.end_correction()
        if session is not None and session is self._ended:
            self.done.show_session(list(session.engine.entries().values()),
                                   early=self._ended_early,
                                   correctable=session.correctable() is not None)
            self.pages.setCurrentWidget(self.done)
            return
        if self._paused_for_correction and session is not None \
                and Command.RESUME in session.available():
            self._paused_for_correction = False
            self._do(Command.RESUME)
        self._paused_for_correction = False
        self.redraw()

    def ask_what_next(self) -> str:
        """Esc: the session is paused; returns "resume", "skip" or "end"."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Paused"))
        box.setText(self.tr("Your session is paused. What would you like to do?"))
        resume = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.AcceptRole)
        skip = box.addButton(self.tr("Skip this side"), QMessageBox.ButtonRole.ActionRole)
        end = box.addButton(self.tr("End session"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(resume)
        box.exec()
        return {id(skip): "skip", id(end): "end"}.get(id(box.clickedButton()), "resume")

    def _escape(self) -> None:
        session = self.session
        if session is None or session.finished:
            return
        if Command.PAUSE in session.available():
            self._do(Command.PAUSE)
        choice = self.ask_what_next()
        if choice == "end":
            self.end_session()
            return
        if Command.RESUME in session.available():
            self._do(Command.RESUME)
        if choice == "skip" and Command.SKIP_SET in session.available():
            self._do(Command.SKIP_SET)

    def handle_key(self, key: int) -> bool:
        """Carry out what a key means in the session's current state; False if it means nothing."""
        if self._correcting is not None:
            # While a side is corrected only Enter (save) and Esc (keep it) mean anything.
            if key == Qt.Key.Key_Escape:
                self.cancel_correction()
            elif KEY_CONTROLS.get(key) is Control.CONFIRM:
                self.log_panel.submit()
            return key in KEY_CONTROLS or key == Qt.Key.Key_Escape
        if self.pages.currentWidget() is self.done and KEY_CONTROLS.get(key) is Control.CORRECT:
            self.correct_last()
            return True
        if self.session is None or self.pages.currentWidget() is not self.live:
            return False
        if key == Qt.Key.Key_Escape:
            self._escape()
            return True
        control = KEY_CONTROLS.get(key)
        if control is None:
            return False
        self._do(self._command_for(control))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Session keys; anything else goes to the usual handling."""
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Clicker and headset keys reach the session even from inside the log form."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in REMOTE_KEYS):
            return self.handle_key(event.key())
        return super().eventFilter(watched, event)

    # -- drawing -----------------------------------------------------------

    def _finished(self, early: bool) -> None:
        session = self.session
        assert session is not None
        session.stop()
        self.session = None
        self._ended, self._ended_early = session, early
        self.done.show_session(list(session.engine.entries().values()), early=early,
                               correctable=session.correctable() is not None)
        self.pages.setCurrentWidget(self.done)

    def _redraw_moving(self) -> None:
        # Paused, nothing moves; between states, `redraw` has drawn everything already.
        session = self.session
        if session is not None and Command.PAUSE in session.available():
            self.live.draw_timers(session.snapshot())

    def redraw(self) -> None:
        """Redraw the live page from the session's snapshot."""
        session = self.session
        if session is None or self._correcting is not None:
            return
        snap = session.snapshot()
        prefill = session.prefill() if session.state is SessionState.SIDE_DONE else None
        logging = snap.stage is SessionState.SIDE_DONE and not snap.paused
        if not logging and _holds_focus(self.log_panel):
            # Hiding the log while it holds the focus would hand it to the next widget in
            # the window's chain, the side bar, where the next Space would switch views.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        available = session.available()
        if session.correctable() is None:
            available -= {Command.CORRECT_SET}
        self.live.draw(snap, available, session.engine.primary_command(),
                       session.engine.mode is CountingMode.MANUAL,
                       self.controller.preferences.unit, prefill,
                       tries=is_calibration(session.plan))

    # -- keeping the keyboard ------------------------------------------------

    def _holds_keyboard(self) -> bool:
        return self.pages.currentWidget() is self.live and (
            self.session is not None or self._correcting is not None)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab goes round the session screen's own fields while a session runs, never out."""
        if not self._holds_keyboard():
            return super().focusNextPrevChild(forward)
        stops: list[QWidget] = [self, *(field for field in self.log_panel.fields()
                                        if field.isVisible() and field.isEnabled())]
        here = next((index for index, stop in enumerate(stops)
                     if stop is not self and _holds_focus(stop)), 0)
        stops[(here + (1 if forward else -1)) % len(stops)].setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to a running session (Ctrl+2, the side bar), the keys are the session's."""
        super().showEvent(event)
        if self._holds_keyboard() and not _holds_focus(self):
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- changes -----------------------------------------------------------

    def _changed(self, changes: object) -> None:
        assert isinstance(changes, Changes)
        if changes.preferences & _SHOWN_PREFERENCES:
            self._show_cue_settings()
            self.redraw()

    def _display_setting_changed(self, key: str) -> None:
        if key == THEME_KEY:
            self.colours = colours_for(self.settings.theme())
            self.live.set_colours(self.colours)
            self._style_picker()
            self.redraw()
        elif key == VOLUME_KEY:
            self._show_cue_settings()

    def _style_picker(self) -> None:
        c = self.colours
        detail_px = max(14, int(max(400, self.height()) * 0.019))
        if self.training_summary is not None:
            self.training_summary.set_colours(c, detail_px)
        self.picker.setStyleSheet(
            f"#cardTitle {{ font-size: {detail_px + 2}px; font-weight: 700; }}"
            f"QPushButton[role=\"toggle\"]:checked {{ background: {c.accent}; color: #ffffff;"
            f" border-color: {c.accent}; }}"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rescale the plan cards' type for the new size (the live page scales itself)."""
        super().resizeEvent(event)
        self._style_picker()

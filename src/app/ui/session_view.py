"""The Session view: pick a plan, then train through it with big type, cues and a log per leg.

Three pages: the plan picker, the live session, and the summary at the end.
The live page draws only what the session controller's snapshot says; every
rule (targets, rests, what a key may do in a state) lives in the domain
engine, and every write goes through the controller.

Keys, chosen so a clicker or a headset is enough while balancing on one leg:

- Space, Page Down, → / ↓, media Play/Pause or Next: start, count a rep
  (manual counting), save the log, resume.
- Enter: start, end the side, save the log, skip the rest, resume.
- Backspace, Page Up, ← / ↑, media Previous: undo the last rep.
- P, media Pause or Stop: pause or resume. Esc: pause and ask what next.
"""

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSlider,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.domain.clock import Clock, MonotonicClock
from app.domain.errors import LegworkError, ValidationError
from app.domain.plan import Plan, builtin_plan
from app.domain.session import CountingMode, SessionSnapshot, SessionState, SideLog
from app.domain.sides import Side
from app.domain.tempo import Tempo
from app.domain.units import format_load
from app.ui.controller import AppController
from app.ui.plan_editor import PlanEditorDialog
from app.ui.plan_picker import QUEUE_PLAN_NAME, PlanPicker
from app.ui.rep_counter import RepCounter
from app.ui.settings import (
    SOUNDS_KEY,
    THEME_KEY,
    VOICE_KEY,
    VOLUME_KEY,
    UiSettings,
)
from app.ui.side_log_panel import SideLogPanel
from app.ui.tempo_bar import TempoBar
from app.ui.theme import Colours, colours_for
from app.ui.theme import side_word as theme_side_word

if TYPE_CHECKING:
    from app.storage.sessions import SessionInfo
    from app.ui.session_controller import CueSink, SessionController

K = Qt.Key
PRIMARY_KEYS = frozenset({K.Key_Space, K.Key_PageDown, K.Key_Right, K.Key_Down,
                          K.Key_MediaPlay, K.Key_MediaTogglePlayPause, K.Key_MediaNext})
ENTER_KEYS = frozenset({K.Key_Return, K.Key_Enter})
UNDO_KEYS = frozenset({K.Key_Backspace, K.Key_PageUp, K.Key_Left, K.Key_Up,
                       K.Key_MediaPrevious})
PAUSE_KEYS = frozenset({K.Key_P, K.Key_MediaPause, K.Key_MediaStop})
# Keys a clicker or headset sends: they drive the session even while a log field has focus.
REMOTE_KEYS = frozenset({K.Key_PageDown, K.Key_PageUp, K.Key_MediaPlay, K.Key_MediaPause,
                         K.Key_MediaStop, K.Key_MediaTogglePlayPause, K.Key_MediaNext,
                         K.Key_MediaPrevious})
_PAUSABLE = frozenset({SessionState.COUNT_IN, SessionState.WORKING, SessionState.SIDE_DONE,
                       SessionState.REST})
_SKIPPABLE = frozenset({SessionState.READY, SessionState.COUNT_IN, SessionState.WORKING,
                        SessionState.REST})


def side_word(side: Side) -> str:
    """The leg as the session view shows it: LEFT, RIGHT or BOTH LEGS."""
    if side is Side.BOTH:
        return QCoreApplication.translate("SessionView", "BOTH LEGS")
    return theme_side_word(side)


def clock_text(seconds: float) -> str:
    """Whole seconds left, rounded up, as m:ss (a countdown never shows 0 while running)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


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
        self.colours: Colours = colours_for(settings.theme())
        # The real player loads Qt Multimedia, so it is made once the database
        # is open (after the window shows), not while the window is built.
        self.cue_sink: CueSink | None = cue_sink
        self._pending_notices: list[str] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.picker = PlanPicker()
        self.picker.plan_chosen.connect(self.start_plan)
        self.picker.new_plan_requested.connect(lambda: self.edit_plan(None))
        self.picker.edit_requested.connect(self.edit_plan)
        self.picker.delete_requested.connect(self.delete_plan)
        self.picker.mode_changed.connect(
            lambda value: settings.set_counting_mode(CountingMode(value))
        )
        self.live = self._build_live()
        self.done = self._build_done()
        self.pages = QStackedWidget()
        for page in (self.picker, self.live, self.done):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        controller.database_opened.connect(self._load_cues)
        controller.database_opened.connect(self.refresh_plans)
        controller.database_opened.connect(self.offer_resume)
        controller.library_changed.connect(self.refresh_plans)
        controller.session_queue_changed.connect(self.refresh_plans)
        controller.settings_changed.connect(self._setting_changed)
        self._restyle()
        self._apply_touch()
        if controller.db is not None:
            self.refresh_plans()

    # -- building ----------------------------------------------------------

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.split("  ")[0])
        # The view keeps the keyboard focus, so Space and Enter always mean
        # the session's actions rather than "press the focused button".
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        button.setProperty("role", "sessionButton")
        return button

    def _build_live(self) -> QWidget:
        page = QWidget()
        self.exercise_label = QLabel()
        self.exercise_label.setObjectName("sessionExercise")
        self.exercise_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setObjectName("sessionDetails")
        self.details_label.setWordWrap(True)
        self.sound_button = QToolButton()
        self.sound_button.setText(self.tr("Sound"))
        self.sound_button.setObjectName("soundButton")
        self.sound_button.setToolTip(self.tr("Sounds, spoken cues and volume"))
        self.sound_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sound_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sound_button.setMenu(self._build_sound_menu())
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.exercise_label)
        titles.addWidget(self.details_label)
        header.addLayout(titles, 1)
        header.addWidget(self.sound_button, 0, Qt.AlignmentFlag.AlignTop)

        self.side_label = QLabel()
        self.side_label.setObjectName("sideBanner")
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_label.setAccessibleName(self.tr("Working leg"))
        self.counter = RepCounter()
        self.counter.clicked.connect(self._counter_clicked)
        self.tempo_bar = TempoBar()
        self.next_label = QLabel()
        self.next_label.setObjectName("sessionNext")
        self.next_label.setWordWrap(True)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("sessionNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.log_panel = SideLogPanel()
        self.log_panel.log_accepted.connect(self.accept_log)
        self.log_panel.hide()
        for field in self.log_panel.fields():
            field.installEventFilter(self)

        self.primary_button = self._button(
            self.tr("Start  ⏎"), self.tr("The next step of the session (Enter)"), self._primary
        )
        self.primary_button.setProperty("role", "primary")
        self.end_side_button = self._button(
            self.tr("Done with this side  ⏎"), self.tr("Stop the set here and log it (Enter)"),
            self._end_side,
        )
        self.undo_button = self._button(self.tr("Undo rep  ⌫"),
                                        self.tr("Take back the last rep (Backspace)"), self._undo)
        self.add_rest_button = self._button(self.tr("+15 s"), self.tr("Rest a little longer"),
                                            self._add_rest)
        self.pause_button = self._button(self.tr("Pause  P"), self.tr("Pause everything (P)"),
                                         self.toggle_pause)
        self.skip_button = self._button(self.tr("Skip this side"),
                                        self.tr("Leave this side out, unlogged"), self._skip)
        self.end_button = self._button(self.tr("End session"),
                                       self.tr("Finish now; what you logged is kept"),
                                       self.end_session)
        controls = QHBoxLayout()
        controls.setSpacing(10)
        for button in (self.primary_button, self.end_side_button, self.undo_button,
                       self.add_rest_button, self.pause_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.skip_button)
        controls.addWidget(self.end_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.side_label)
        layout.addWidget(self.counter, 1)
        layout.addWidget(self.tempo_bar)
        layout.addWidget(self.next_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.log_panel)
        layout.addLayout(controls)
        return page

    def _build_sound_menu(self) -> QMenu:
        menu = QMenu(self)
        self.sounds_action = QAction(self.tr("Sounds"), menu)
        self.sounds_action.setCheckable(True)
        self.sounds_action.setChecked(self.settings.sounds_enabled())
        self.sounds_action.toggled.connect(self.settings.set_sounds_enabled)
        self.voice_action = QAction(self.tr("Spoken cues"), menu)
        self.voice_action.setCheckable(True)
        self.voice_action.setChecked(self.settings.voice_enabled())
        self.voice_action.toggled.connect(self.settings.set_voice_enabled)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(self.settings.volume())
        self.volume_slider.setAccessibleName(self.tr("Volume"))
        self.volume_slider.setToolTip(self.tr("How loud tones and spoken cues are"))
        self.volume_slider.setMinimumWidth(180)
        self.volume_slider.valueChanged.connect(self.settings.set_volume)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(QLabel(self.tr("Volume")))
        row.addWidget(self.volume_slider)
        volume = QWidgetAction(menu)
        volume.setDefaultWidget(holder)
        menu.addAction(self.sounds_action)
        menu.addAction(self.voice_action)
        menu.addSeparator()
        menu.addAction(volume)
        return menu

    def _build_done(self) -> QWidget:
        page = QWidget()
        self.done_title = QLabel(self.tr("Session complete"))
        self.done_title.setProperty("role", "title")
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_summary = QLabel()
        self.done_summary.setProperty("role", "subtitle")
        self.done_summary.setWordWrap(True)
        self.done_summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        back = QPushButton(self.tr("Back to plans"))
        back.setToolTip(self.tr("Choose the next plan to train"))
        back.setProperty("role", "primary")
        back.clicked.connect(self.show_picker)
        layout = QVBoxLayout(page)
        # Wide side margins instead of a maximum width: a word-wrapped label
        # squeezed by an alignment flag gets too little height and clips.
        layout.setContentsMargins(120, 24, 120, 24)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_summary)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _load_cues(self) -> None:
        if self.cue_sink is not None:
            return
        from app.ui.cue_player import QtCuePlayer

        player = QtCuePlayer(self.settings, parent=self)
        player.notice.connect(self._notice)
        self._pending_notices.extend(player.notices)
        self.cue_sink = player

    def _sink(self) -> "CueSink":
        self._load_cues()
        assert self.cue_sink is not None
        return self.cue_sink

    # -- plans -------------------------------------------------------------

    def refresh_plans(self) -> None:
        """Rebuild the plan cards from the library, the queue and the saved plans."""
        if self.controller.db is None or self.controller.athlete is None:
            return
        from app.ui.session_controller import plan_named, queued_plan, saved_plan_names

        own = []
        for name in saved_plan_names(self.controller):
            if name == QUEUE_PLAN_NAME:
                continue
            try:
                own.append(plan_named(self.controller, name))
            except LegworkError:
                continue
        self.picker.set_mode(self.settings.counting_mode())
        self.picker.show_plans(builtin_plan(self.controller.exercises()),
                               queued_plan(self.controller), own)
        self._apply_touch()

    def _hint(self, keyboard: str, touch: str) -> str:
        """The wording for this screen: keys on a desktop, taps on the kiosk."""
        return touch if self.touch else keyboard

    def _apply_touch(self) -> None:
        # A shared touchscreen has no keyboard and must not open menus or dialogs
        # that change plans: the athlete picks a plan and trains.
        if not self.touch:
            return
        self.sound_button.hide()
        self.undo_button.setText(self.tr("Undo rep"))
        self.pause_button.setText(self.tr("Pause"))
        self.log_panel.save.setText(self.tr("Save"))
        self.log_panel.notes.hide()
        self.picker.new_button.hide()
        for card in self.picker.cards:
            card.edit_button.hide()
            card.delete_button.hide()

    def edit_plan(self, plan: object) -> None:
        """Open the plan editor (a new plan when `plan` is None) and save what comes back."""
        dialog = PlanEditorDialog(
            self.controller.exercises(), self.settings.unit(),
            plan=plan if isinstance(plan, Plan) else None,
            default_rests=(self.settings.rest_between_sides_s(),
                           self.settings.rest_between_sets_s()),
            default_order=self.settings.side_order(), parent=self,
        )
        if dialog.exec() and dialog.plan is not None:
            from app.ui.session_controller import delete_user_plan, save_user_plan

            if isinstance(plan, Plan) and plan.name != dialog.plan.name:
                delete_user_plan(self.controller, plan.name)
            save_user_plan(self.controller, dialog.plan)
            self.controller.status_message.emit(
                self.tr("Saved your plan “{name}”.").format(name=dialog.plan.name))
            self.refresh_plans()

    def delete_plan(self, name: str) -> None:
        """Delete one of the athlete's plans after asking."""
        answer = QMessageBox.question(
            self, self.tr("Delete plan?"),
            self.tr("Delete your plan “{name}”? Sessions you did with it stay in your "
                    "history.").format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            from app.ui.session_controller import delete_user_plan

            delete_user_plan(self.controller, name)
            self.refresh_plans()

    # -- starting and resuming ---------------------------------------------

    def start_plan(self, plan: object) -> None:
        """Open a new session for a plan and show the live page, ready to start."""
        assert isinstance(plan, Plan)
        from app.ui.session_controller import new_session, save_user_plan

        if plan.name == QUEUE_PLAN_NAME:
            # Saved, so that a session from the queue can be resumed after a crash.
            save_user_plan(self.controller, plan)
        self._attach(new_session(
            self.controller, plan, self.clock, self._sink(),
            mode=self.settings.counting_mode(), count_in_s=self.settings.count_in_s(),
            autotick=self.autotick,
        ))

    def offer_resume(self) -> None:
        """If a session was left open (a crash), ask to carry on with it or end it."""
        if self.controller.db is None or self.session is not None:
            return
        from app.ui.session_controller import end_unfinished, resume_session, unfinished

        info = unfinished(self.controller)
        if info is None:
            return
        if self.ask_to_resume(info):
            try:
                session = resume_session(
                    self.controller, info, self.clock, self._sink(),
                    mode=self.settings.counting_mode(), count_in_s=self.settings.count_in_s(),
                    autotick=self.autotick,
                )
            except LegworkError as error:
                QMessageBox.warning(
                    self, self.tr("Cannot resume"),
                    f"{error}\n"
                    + self.tr("The session will be ended; the sets you logged are kept."))
                end_unfinished(self.controller, info)
                return
            self._attach(session)
            if not session.finished:
                self.controller.status_message.emit(
                    self.tr("Welcome back: your session carries on where it stopped."))
        else:
            end_unfinished(self.controller, info)
            self.controller.status_message.emit(
                self.tr("The unfinished session was ended; its sets are in your history."))

    def ask_to_resume(self, info: "SessionInfo") -> bool:
        """Ask whether to carry on with an unfinished session (True) or end it."""
        if self.touch:
            # The kiosk carries straight on: a modal question would outlive the
            # idle timeout, and "End session" is one tap away on the live page.
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Carry on with your session?"))
        started = info.started_at.astimezone().strftime("%A %d %B, %H:%M")
        box.setText(self.tr("Your session “{plan}” from {started} was not finished.").format(
            plan=info.plan_name, started=started))
        box.setInformativeText(self.tr("Carry on where you stopped? Every side you logged is "
                                       "saved either way."))
        carry_on = box.addButton(self.tr("Carry on"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("End it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(carry_on)
        box.exec()
        return box.clickedButton() is carry_on

    def _attach(self, session: "SessionController") -> None:
        self.session = session
        session.state_changed.connect(self.redraw)
        session.rep_counted.connect(lambda _count: self.redraw())
        session.ticked.connect(self._redraw_moving)
        session.side_set_recorded.connect(self._recorded)
        session.session_finished.connect(self._finished)
        self.pages.setCurrentWidget(self.live)
        self._show_pending_notices()
        self.setFocus()
        self.session_started.emit()
        session.begin()
        if not session.finished:
            self.redraw()

    def show_picker(self) -> None:
        """Back to the plan cards."""
        self.refresh_plans()
        self.pages.setCurrentWidget(self.picker)

    def show_live(self) -> None:
        """Show the running session, or the picker when there is none."""
        self.pages.setCurrentWidget(self.live if self.session else self.picker)

    # -- commands from buttons and keys ------------------------------------

    def _call(self, command: Callable[[], None]) -> None:
        try:
            command()
        except LegworkError as error:
            self.controller.status_message.emit(str(error))

    def _state(self) -> SessionState | None:
        return self.session.state if self.session else None

    def _primary(self) -> None:
        session = self.session
        if session is None:
            return
        state = session.state
        if state is SessionState.READY:
            self._call(session.start)
        elif state is SessionState.WORKING and session.engine.mode is CountingMode.MANUAL:
            self._call(session.count_rep)
        elif state is SessionState.WORKING:
            self._call(session.end_set)
        elif state is SessionState.SIDE_DONE:
            self.log_panel.submit()
        elif state is SessionState.REST:
            self._call(session.skip_rest)
        elif state is SessionState.PAUSED:
            self._call(session.resume)

    def _end_side(self) -> None:
        if self.session is not None:
            self._call(self.session.end_set)

    def _undo(self) -> None:
        if self.session is not None and self.session.engine.count > 0:
            self._call(self.session.undo_rep)

    def _add_rest(self) -> None:
        if self.session is not None:
            self._call(self.session.add_rest)

    def _skip(self) -> None:
        if self.session is not None:
            self._call(self.session.skip_set)

    def _counter_clicked(self) -> None:
        session = self.session
        if (session is not None and session.state is SessionState.WORKING
                and session.engine.mode is CountingMode.MANUAL):
            self._call(session.count_rep)

    def toggle_pause(self) -> None:
        """Pause, or resume if paused."""
        session = self.session
        if session is None:
            return
        if session.state is SessionState.PAUSED:
            self._call(session.resume)
        elif session.state in _PAUSABLE:
            self._call(session.pause)

    def end_session(self) -> None:
        """Finish the session now; everything logged stays logged."""
        if self.session is not None and not self.session.finished:
            self._call(self.session.finish_early)

    def accept_log(self, log: object) -> None:
        """Hand the per-leg log to the session; a refusal is shown in the panel."""
        assert isinstance(log, SideLog)
        if self.session is None:
            return
        try:
            self.session.accept(log)
        except ValidationError as error:
            self.log_panel.show_error(str(error))
        except LegworkError as error:
            self.controller.status_message.emit(str(error))

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
        if session.state in _PAUSABLE:
            self._call(session.pause)
        choice = self.ask_what_next()
        if choice == "end":
            self.end_session()
            return
        if session.state is SessionState.PAUSED:
            self._call(session.resume)
        if choice == "skip" and session.state in _SKIPPABLE | {SessionState.SIDE_DONE}:
            self._call(session.skip_set)

    def handle_key(self, key: int) -> bool:
        """Carry out what a key means in the session's current state; False if nothing."""
        state = self._state()
        if state is None or self.pages.currentWidget() is not self.live:
            return False
        if key in PAUSE_KEYS:
            self.toggle_pause()
        elif key == K.Key_Escape:
            self._escape()
        elif key in UNDO_KEYS:
            self._undo()
        elif key in ENTER_KEYS and state is SessionState.WORKING:
            self._end_side()
        elif key in ENTER_KEYS:
            self._primary()
        elif key in PRIMARY_KEYS:
            assert self.session is not None
            tempo_working = (state is SessionState.WORKING
                             and self.session.engine.mode is CountingMode.TEMPO)
            # In tempo mode the clock counts: a stray tap must not end the set.
            if state is not SessionState.REST and not tempo_working:
                self._primary()
        else:
            return False
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

    def _recorded(self, _entry: object) -> None:
        self.controller.status_message.emit(self.tr("Saved."))

    def _finished(self, early: bool) -> None:
        session = self.session
        assert session is not None
        entries = list(session.engine.entries().values())
        reps = {side: sum(e.reps for e in entries if e.side is side) for side in Side}
        parts = [self.tr("{side} {reps} reps").format(side=side_word(side), reps=reps[side])
                 for side in Side if reps[side]]
        self.done_title.setText(
            self.tr("Session ended early") if early else self.tr("Session complete"))
        logged = (self.tr("You logged 1 side-set") if len(entries) == 1
                  else self.tr("You logged {count} side-sets").format(count=len(entries)))
        self.done_summary.setText(
            logged + (f": {', '.join(parts)}." if parts else ".")
            + " " + self.tr("Everything is saved in your history.")
        )
        session.stop()
        self.session = None
        self.pages.setCurrentWidget(self.done)

    def _redraw_moving(self) -> None:
        if self.session is not None and self.session.engine.state in _PAUSABLE:
            self._draw_timers(self.session.snapshot())

    def redraw(self) -> None:
        """Redraw the live page from the session's snapshot."""
        session = self.session
        if session is None:
            return
        snap = session.snapshot()
        stage, manual = snap.stage, session.engine.mode is CountingMode.MANUAL
        unit = self.settings.unit()
        tempo_words = Tempo.parse(snap.tempo).legend().split(": ", 1)[1]
        self.exercise_label.setText(snap.exercise_name)
        details = [
            self.tr("Exercise {number} of {count}").format(
                number=snap.item_index + 1, count=snap.item_count),
            self.tr("Set {number} of {count}").format(number=snap.set_number, count=snap.set_count),
            self.tr("Target {reps} reps").format(reps=snap.target_reps),
            format_load(snap.load_kg, unit),
            self.tr("Tempo {tempo} ({words})").format(tempo=snap.tempo, words=tempo_words),
        ]
        if snap.last_time is not None:
            details.append(self.tr("Last time {reps} × {load}").format(
                reps=snap.last_time.reps, load=format_load(snap.last_time.load_kg, unit)))
        self.details_label.setText(" · ".join(details))
        self.side_label.setText(side_word(snap.side))
        self.side_label.setStyleSheet(self._banner_style(snap.side))
        self.next_label.setText(snap.next_up)
        logging = stage is SessionState.SIDE_DONE and not snap.paused
        if logging and not self.log_panel.isVisible():
            self.log_panel.prefill(
                session.prefill(), unit,
                {
                    Side.LEFT: self._hint(
                        self.tr("Log your left leg: check the numbers, then press Enter"),
                        self.tr("Log your left leg: check the numbers, then tap Save")),
                    Side.RIGHT: self._hint(
                        self.tr("Log your right leg: check the numbers, then press Enter"),
                        self.tr("Log your right leg: check the numbers, then tap Save")),
                    Side.BOTH: self._hint(
                        self.tr("Log both legs: check the numbers, then press Enter"),
                        self.tr("Log both legs: check the numbers, then tap Save")),
                }[snap.side],
            )
        self.log_panel.setVisible(logging)
        # The log needs the room; there is no tempo to show once the side is done.
        self.tempo_bar.setVisible(not logging)
        if not logging and self.log_panel.hasFocus():
            self.setFocus()
        self._show_buttons(snap, manual)
        self._draw_timers(snap)

    def _show_buttons(self, snap: SessionSnapshot, manual: bool) -> None:
        stage, paused = snap.stage, snap.paused
        primary = {
            SessionState.READY: self.tr("Start  ⏎"),
            SessionState.WORKING: self.tr("+1 rep  ␣") if manual
            else self.tr("Done with this side  ⏎"),
            SessionState.SIDE_DONE: self.tr("Save  ⏎"),
            SessionState.REST: self.tr("Skip rest  ⏎"),
        }.get(stage)
        if paused:
            primary = self.tr("Resume  P")
        if self.touch and primary:
            # No keyboard on a kiosk: the key after the label would only puzzle.
            primary = primary.split("  ")[0]
        self.primary_button.setText(primary or "")
        self.primary_button.setAccessibleName((primary or "").split("  ")[0])
        # While logging, the log's own Save button is the primary action.
        self.primary_button.setVisible(
            paused or (primary is not None and stage is not SessionState.SIDE_DONE)
        )
        working = stage is SessionState.WORKING and not paused
        self.end_side_button.setVisible(working and manual)
        self.undo_button.setVisible(working)
        self.undo_button.setEnabled(snap.count > 0)
        self.add_rest_button.setVisible(stage is SessionState.REST and not paused)
        self.pause_button.setVisible(not paused and stage in _PAUSABLE)
        self.skip_button.setVisible(stage in _SKIPPABLE and not paused)

    def _draw_timers(self, snap: SessionSnapshot) -> None:
        stage = snap.stage
        if stage is SessionState.COUNT_IN:
            text = str(max(1, math.ceil(snap.count_in_remaining - 1e-9)))
            caption = self.tr("Get ready")
        elif stage is SessionState.REST:
            text, caption = clock_text(snap.rest_remaining), self.tr("Rest")
        elif stage is SessionState.READY:
            text = str(snap.target_reps)
            caption = self._hint(self.tr("reps to do · press Start"),
                                 self.tr("reps to do · tap Start"))
        elif stage is SessionState.SIDE_DONE:
            text, caption = str(snap.count), self.tr("reps done")
        else:
            text = str(snap.count)
            caption = self.tr("of {reps} reps").format(reps=snap.target_reps)
        if snap.paused:
            caption = self._hint(
                self.tr("PAUSED · {caption} · press P to carry on"),
                self.tr("PAUSED · {caption} · tap Resume to carry on"),
            ).format(caption=caption)
        self.counter.show_value(text, caption)
        self.counter.set_colours(self.colours.muted if snap.paused else self.colours.text,
                                 self.colours.muted)
        idle = {
            SessionState.READY: self._hint(self.tr("Get into position, then press Start"),
                                           self.tr("Get into position, then tap Start")),
            SessionState.COUNT_IN: self.tr("Get into position"),
            SessionState.WORKING: self._hint(
                self.tr("Tap the number or press Space for each rep"),
                self.tr("Tap the number for each rep")),
            SessionState.SIDE_DONE: self.tr("Side done"),
            SessionState.REST: self.tr("Shake it out · +15 s if you need it"),
        }
        self.tempo_bar.idle_text = idle.get(stage, "")
        self.tempo_bar.show_phase(snap.phase, snap.phase_fraction, snap.phase_remaining)

    # -- look --------------------------------------------------------------

    def _banner_style(self, side: Side) -> str:
        return (f"background: {self.colours.side(side)}; color: {self.colours.on_side(side)};"
                " border-radius: 10px;"
                f" font-weight: 800; font-size: {self._banner_px}px; padding: 4px;")

    def _notice(self, text: str) -> None:
        if self.session is None:
            self._pending_notices.append(text)
            return
        self._pending_notices.append(text)
        self._show_pending_notices()

    def _show_pending_notices(self) -> None:
        if self._pending_notices:
            self.notice_label.setText("  ".join(dict.fromkeys(self._pending_notices)))
            self.notice_label.show()

    def _setting_changed(self, key: str) -> None:
        if key == THEME_KEY:
            self.colours = colours_for(self.settings.theme())
            self._restyle()
            self.redraw()
        elif key in (SOUNDS_KEY, VOICE_KEY, VOLUME_KEY):
            for widget, value in ((self.sounds_action, self.settings.sounds_enabled()),
                                  (self.voice_action, self.settings.voice_enabled())):
                widget.blockSignals(True)
                widget.setChecked(value)
                widget.blockSignals(False)
            self.volume_slider.blockSignals(True)
            self.volume_slider.setValue(self.settings.volume())
            self.volume_slider.blockSignals(False)
        else:
            self.redraw()

    def _restyle(self) -> None:
        c = self.colours
        self.tempo_bar.set_colours(c.accent, c.border, c.text)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        """Scale the type with the window: big enough to read from two metres."""
        c = self.colours
        height = max(400, self.height())
        self._banner_px = max(28, int(height * 0.07))
        title_px = max(20, int(height * 0.036))
        detail_px = max(14, int(height * 0.019))
        button_px = max(15, int(height * 0.022))
        # On a touchscreen even the log's fields must be at least 48 px (60 − 12) high.
        button_h = max(60 if self.touch else 44, int(height * 0.06))
        self.tempo_bar.set_bar_height(int(height * 0.085))
        self.live.setStyleSheet(
            f"#sessionExercise {{ font-size: {title_px}px; font-weight: 700; }}"
            f"#sessionDetails {{ font-size: {detail_px}px; color: {c.muted}; }}"
            f"#sessionNext {{ font-size: {detail_px}px; color: {c.muted}; }}"
            f"#sessionNotice {{ color: {c.warning}; border: 1px solid {c.warning};"
            f" border-radius: 6px; padding: 6px 10px; }}"
            f"#logError {{ color: {c.warning}; font-weight: 600; }}"
            f"#sideLog QSpinBox, #sideLog QLineEdit, #sideLog QComboBox {{"
            f" font-size: {button_px}px; min-height: {button_h - 12}px; }}"
            f"#sideLog QCheckBox {{ font-size: {detail_px}px; }}"
            f"#sideLog QPushButton {{ font-size: {button_px}px; min-height: {button_h - 8}px;"
            f" padding: 4px 28px; }}"
            f"QPushButton[role=\"sessionButton\"], QPushButton[role=\"primary\"] {{"
            f" font-size: {button_px}px; min-height: {button_h}px; padding: 4px 22px; }}"
            f"#soundButton {{ font-size: {detail_px}px; padding: 8px 14px;"
            f" border: 1px solid {c.border}; border-radius: 6px; }}"
        )
        self.picker.setStyleSheet(
            f"#cardTitle {{ font-size: {detail_px + 2}px; font-weight: 700; }}"
            f"QPushButton[role=\"toggle\"]:checked {{ background: {c.accent}; color: #ffffff;"
            f" border-color: {c.accent}; }}"
        )
        if self.session is not None:
            self.redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rescale the type for the new size."""
        super().resizeEvent(event)
        self._apply_sizes()

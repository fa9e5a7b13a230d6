"""One athlete's screens on the kiosk: their session and their progress, and a big Done.

Built when the athlete is picked and destroyed when they leave, so nothing of
theirs stays in memory for the next person. Leaving never loses training: the
session stays open in the database to carry on next time. Done (the member's
own tap) also logs a side-set under way with what was counted; the idle
return logs nothing the member did not confirm.
"""

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import Clock
from app.domain.errors import ValidationError
from app.domain.idle import keeps_screen_awake, should_keep_set
from app.domain.session import CountingMode, SessionState, SideLog
from app.services.database import StorageWriteError
from app.ui.assessments.assessments_view import AssessmentsView
from app.ui.kiosk.controller import KioskController
from app.ui.kiosk.keypad import KeypadOverlay
from app.ui.kiosk.offline_badge import OfflineBadge
from app.ui.kiosk.style import initials, tile_colour
from app.ui.progress.progress_view import ProgressView
from app.ui.session.session_controller import CueSink
from app.ui.session.session_view import SessionView
from app.ui.shell.settings import UiSettings

STATUS_SHOWN_MS = 6000
"""How long a passing message ("Saved.") stays in the header."""
KEPT_NOTE = "Saved by the kiosk when Done was tapped during this side."


class _Silence:
    """A cue sink that plays nothing: saving on the way out must not beep at the gym."""

    def play(self, cue: str) -> None:
        """Play nothing."""

    def say(self, text: str) -> None:
        """Say nothing."""


class AthleteHome(QWidget):
    """Session, Progress and Tests tabs for the current athlete, with Done to hand the screen on."""

    done_requested = Signal()

    def __init__(self, controller: KioskController, settings: UiSettings, clock: Clock,
                 *, cue_sink: CueSink | None = None, autotick: bool = True, scale: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        athlete = controller.athlete
        assert athlete is not None, "an athlete is picked before their screens are built"
        self.controller = controller
        badge = QLabel(initials(athlete.name))
        size = round(56 * scale)
        badge.setFixedSize(size, size)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setStyleSheet(f"background: {tile_colour(athlete.name)}; color: #ffffff;"
                            f" border-radius: {size // 2}px; font-size: {17 * scale:.1f}pt;"
                            " font-weight: 700;")
        self.name_label = QLabel(athlete.name)
        self.name_label.setStyleSheet(f"font-size: {20 * scale:.1f}pt; font-weight: 700;")
        self.session_tab = QPushButton(self.tr("Session"))
        self.progress_tab = QPushButton(self.tr("Progress"))
        self.tests_tab = QPushButton(self.tr("Tests"))
        tabs = QButtonGroup(self)
        for tab in (self.session_tab, self.progress_tab, self.tests_tab):
            tab.setCheckable(True)
            tab.setProperty("role", "tab")
            tabs.addButton(tab)
        self.session_tab.setChecked(True)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setProperty("role", "primary")
        self.done_button.setMinimumWidth(200)
        self.done_button.setToolTip(
            self.tr("Save everything and hand the screen to the next person"))
        self.done_button.clicked.connect(self.done_requested)
        self.badge = OfflineBadge()
        # What the session says in passing ("Saved.", a server out of reach): quietly, here.
        self.status = QLabel()
        self.status.setProperty("role", "kioskHint")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_SHOWN_MS)
        self._status_timer.timeout.connect(self.status.clear)
        controller.status_message.connect(self._say)
        head = QHBoxLayout()
        head.setContentsMargins(24, 6, 24, 0)
        head.setSpacing(14)
        head.addWidget(badge)
        head.addWidget(self.name_label)
        head.addSpacing(32)
        head.addWidget(self.session_tab)
        head.addWidget(self.progress_tab)
        head.addWidget(self.tests_tab)
        head.addWidget(self.status, 1)
        head.addWidget(self.badge)
        head.addWidget(self.done_button)

        self.session_view = SessionView(controller, settings, clock=clock, cue_sink=cue_sink,
                                        autotick=autotick, touch=True)
        # While the log is open on a 1280 × 800 screen the count may shrink a little:
        # the log's fields matter more then than a huge number.
        self.session_view.counter.setMinimumHeight(96)
        self.progress_view = ProgressView(controller, settings, single_athlete=True)
        self.progress_view.start_session_requested.connect(self.show_session)
        # The chart controls share one row; a notch smaller, they fit a 1280 px screen
        # (the drop-down lists still show the full names).
        self.progress_view.setStyleSheet("QComboBox { font-size: 13pt; }"
                                         " QPushButton { padding: 4px 10px; }"
                                         " QFrame[role=\"card\"] QLabel { font-size: 12pt; }")
        for combo in (self.progress_view.exercise_combo, self.progress_view.measure_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(13)
        # On a short screen the charts scroll rather than being cut off at the bottom.
        self.progress_scroll = QScrollArea()
        self.progress_scroll.setWidgetResizable(True)
        self.progress_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.progress_scroll.setWidget(self.progress_view)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.session_view)
        self.pages.addWidget(self.progress_scroll)
        self.session_tab.clicked.connect(self.show_session)
        self.progress_tab.clicked.connect(self.show_progress)
        # The test battery, sized for fingers: a keypad for values, the same timers and cues.
        self.assessments_view = AssessmentsView(controller, settings, clock=clock,
                                                cue_sink=cue_sink, autotick=autotick, touch=True)
        self.pages.addWidget(self.assessments_view)
        self.tests_tab.clicked.connect(self.show_tests)
        self.progress_view.assessments_requested.connect(self.show_tests)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.pages, 1)

        self.keypad = KeypadOverlay(self)
        log = self.session_view.log_panel
        self.keypad.attach(log.reps, self.tr("Reps"))
        self.keypad.attach(log.load, self.tr("Load ({unit})").format(
            unit=controller.preferences.unit.value), decimal=True)
        self.keypad.attach(log.touchdowns, self.tr("Touch-downs"))
        self.keypad.attach_choices(log.rpe, self.tr("How hard was it? RPE, 1 to 10"),
                                   self.tr("No rating"))
        self.keypad.attach_choices(log.rir, self.tr("Reps left in reserve"),
                                   self.tr("Not noted"))
        self.keypad.attach_choices(log.knee, self.tr("Did the knee stay in line with the toes?"),
                                   self.tr("Not watched"))
        self.keypad.attach_choices(log.hips, self.tr("Did the hips stay level?"),
                                   self.tr("Not watched"))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self._status_timer.start()

    def show_session(self) -> None:
        """Show the Session tab."""
        self.session_tab.setChecked(True)
        self.pages.setCurrentWidget(self.session_view)

    def show_progress(self) -> None:
        """Show the Progress tab."""
        self.progress_tab.setChecked(True)
        self.pages.setCurrentWidget(self.progress_scroll)

    def show_tests(self) -> None:
        """Show the Tests tab (the Assessments view, for touch)."""
        self.tests_tab.setChecked(True)
        self.pages.setCurrentWidget(self.assessments_view)

    def start(self) -> None:
        """Offer to carry on with a session left open last time, if there is one."""
        self.session_view.offer_resume()

    def busy(self) -> bool:
        """Whether a count-in, a set, reps the app counts or a rest is running (idle waits)."""
        if self.assessments_view.busy():
            return True
        session = self.session_view.session
        return session is not None and not session.finished and keeps_screen_awake(
            session.state, counted_by_hand=session.engine.mode is CountingMode.MANUAL)

    def save_and_stop(self, *, keep_unconfirmed: bool = True) -> None:
        """Stop the session, first keeping the side-set under way if asked (Done) and worth it.

        The session stays open in the database, so the athlete carries on from
        here next time; the sets logged so far are already stored. If the
        history cannot take the set (the disk is full), it is not kept.
        """
        # A trial being timed is not saved; the assessment stays open to carry on.
        self.assessments_view.stop()
        session = self.session_view.session
        if session is None or session.finished:
            return
        snapshot = session.snapshot()
        if keep_unconfirmed and should_keep_set(snapshot.stage, snapshot.count):
            typed = self._typed_log() if snapshot.stage is SessionState.SIDE_DONE else None
            session.cue_sink = _Silence()
            if session.state is SessionState.PAUSED:
                session.resume()
            if session.state is SessionState.WORKING:
                session.end_set()
            prefill = replace(session.prefill(), notes=KEPT_NOTE)
            try:
                session.accept(typed or prefill)
            except StorageWriteError:
                # The history cannot take the set now; nothing pretends it was saved.
                pass
            except ValidationError:
                session.accept(prefill)
        session.stop()

    def _typed_log(self) -> SideLog | None:
        panel = self.session_view.log_panel
        if not panel.isVisible():
            return None
        try:
            log = panel.read()
        except ValidationError:
            return None
        return replace(log, notes=KEPT_NOTE)

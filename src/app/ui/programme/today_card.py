"""The Session start page's card for the block: today's session, each leg's dose, Start.

A widget of its own, placed above the plan cards, so the start page's other
parts (the plan picker, a summary) stay separate from it.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.dates import day_text
from app.domain.errors import LegworkError
from app.domain.sides import Side
from app.services import programme as service
from app.services.changes import Changes
from app.services.programme import Programme
from app.ui.programme.source import current_programme
from app.ui.programme.wording import dose_words
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text

_REDRAW_ON = ("programme", "sessions", "athletes", "exercises")


class TodayCard(QFrame):
    """Today's (or the next) session of the athlete's block, ready to start with one press.

    Hidden while the athlete has no block. `start_requested` carries the
    session's number in the block. While the block waits for its calibration
    session, the card offers that first (`calibration_requested`).
    """

    start_requested = Signal(int)
    today_shown = Signal(bool)
    """Whether the card now shows a block session that is due today."""
    calibration_requested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayCard")
        self.setProperty("role", "card")
        self._controller = controller
        self.number: int | None = None
        self.calibrating = False
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.summary = QLabel()
        self.summary.setProperty("role", "subtitle")
        self.summary.setWordWrap(True)
        self.doses = QLabel()
        self.doses.setWordWrap(True)
        self.doses.setTextFormat(Qt.TextFormat.RichText)
        self.start_button = QPushButton(self.tr("Start today's session"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setMinimumWidth(180)
        self.start_button.clicked.connect(self._start)
        self.start_button.setToolTip(self.tr(
            "Start this session of your training block, each leg filled in with its own dose"))
        self.skip_button = QPushButton(self.tr("Skip calibration"))
        self.skip_button.setToolTip(self.tr(
            "Do without the calibration session: each leg starts where it stands now"))
        self.skip_button.clicked.connect(self._skip)
        self.skip_button.setVisible(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.summary)
        text.addWidget(self.doses)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.addLayout(text, 1)
        row.addLayout(buttons)
        controller.athlete_changed.connect(self.refresh)
        controller.database_opened.connect(self.refresh)
        controller.changed.connect(self._changed)
        self.setVisible(False)
        self.refresh()

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and any(getattr(changes, k) for k in _REDRAW_ON):
            self.refresh()

    def refresh(self) -> None:
        """Redraw from the block as it stands today; hide without one."""
        shown = current_programme(self._controller)
        self.show_programme(shown)

    def show_programme(self, shown: Programme | None) -> None:
        """Draw a block's next session (hidden for None, or a block with none left)."""
        upcoming = shown.next if shown is not None else None
        paused = shown is not None and shown.block.status.value == "paused"
        if shown is None or upcoming is None or paused:
            self.number = None
            self.calibrating = False
            self.setVisible(False)
            self.today_shown.emit(False)
            return
        self.number = upcoming.number
        self.calibrating = shown.block.calibration_due
        self.skip_button.setVisible(self.calibrating)
        if self.calibrating:
            self._show_calibration(shown)
            self.today_shown.emit(False)
            return
        self.start_button.setToolTip(self.tr(
            "Start this session of your training block, each leg filled in with its own dose"))
        unit = self._controller.preferences.unit
        if upcoming.day == shown.today:
            self.title.setText(self.tr("Today's session from your block"))
            self.start_button.setText(self.tr("Start today's session"))
        else:
            self.title.setText(self.tr("Next block session: {day}").format(
                day=day_text(upcoming.day)))
            self.start_button.setText(self.tr("Start it now"))
        kind = (self.tr("race taper") if upcoming.taper else
                self.tr("lighter week") if upcoming.light else "")
        summary = self.tr("Week {week} of {weeks}").format(
            week=upcoming.week, weeks=shown.block.spec.weeks)
        if kind:
            summary += f" · {kind}"
        if upcoming.gap:
            summary += " · " + self.tr("repeats your last session after two weeks away")
        self.summary.setText(summary)
        rows = []
        for item in upcoming.items:
            if item.unilateral:
                legs = " &nbsp; ".join(
                    f"<b>{self._side(side)}{' ①' if side is item.first else ''}</b> "
                    f"{dose_words(item.leg(side), unit)}"
                    for side in (Side.LEFT, Side.RIGHT))
            else:
                legs = dose_words(item.leg(Side.BOTH), unit)
            rows.append(f"{item.exercise_name}: {legs}")
        self.doses.setText("<br>".join(rows))
        self.start_button.setAccessibleName(self.start_button.text())
        self.setVisible(True)
        self.today_shown.emit(upcoming.day == shown.today)

    def _show_calibration(self, shown: Programme) -> None:
        self.title.setText(self.tr("First: your calibration session"))
        self.summary.setText(self.tr(
            "It finds where each leg starts the block: one set per leg on each rung, from the "
            "first, until a set falls short of {reps} reps or breaks form.").format(
                reps=shown.template.phases[0].reps_min))
        names = []
        for item in shown.block.plan.items:
            exercise = self._controller.exercise(item.exercise_id)
            rungs = len(exercise.progressions) if exercise is not None else 1
            names.append(self.tr("{exercise}: up to {rungs} rungs").format(
                exercise=item.exercise_name, rungs=max(rungs, 1)))
        self.doses.setText("<br>".join(names))
        self.start_button.setText(self.tr("Start the calibration session"))
        self.start_button.setToolTip(self.tr(
            "Find each leg's starting rung and load; the block's sessions follow from them"))
        self.start_button.setAccessibleName(self.start_button.text())
        self.setVisible(True)

    def _side(self, side: Side) -> str:
        return self.tr("L") if side is Side.LEFT else self.tr("R")

    def _skip(self) -> None:
        db, athlete = self._controller.db, self._controller.athlete
        if db is None or athlete is None:
            return
        try:
            self._controller.apply(service.skip_calibration(db, athlete.id))
        except LegworkError as error:
            self._controller.status_message.emit(error_text(error))

    def _start(self) -> None:
        if self.calibrating:
            self.calibration_requested.emit()
        elif self.number is not None:
            self.start_requested.emit(self.number)

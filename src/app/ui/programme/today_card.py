"""The Session start page's card for the block: today's session, each leg's dose, Start.

A widget of its own, placed above the plan cards, so the start page's other
parts (the plan picker, a summary) stay separate from it.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.dates import day_text
from app.domain.sides import Side
from app.services.changes import Changes
from app.services.programme import Programme
from app.ui.programme.source import current_programme
from app.ui.programme.wording import dose_words
from app.ui.shell.controller import AppController

_REDRAW_ON = ("programme", "sessions", "athletes", "exercises")


class TodayCard(QFrame):
    """Today's (or the next) session of the athlete's block, ready to start with one press.

    Hidden while the athlete has no block. `start_requested` carries the
    session's number in the block.
    """

    start_requested = Signal(int)
    today_shown = Signal(bool)
    """Whether the card now shows a block session that is due today."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayCard")
        self.setProperty("role", "card")
        self._controller = controller
        self.number: int | None = None
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
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.summary)
        text.addWidget(self.doses)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.addLayout(text, 1)
        row.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTop)
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
            self.setVisible(False)
            self.today_shown.emit(False)
            return
        self.number = upcoming.number
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

    def _side(self, side: Side) -> str:
        return self.tr("L") if side is Side.LEFT else self.tr("R")

    def _start(self) -> None:
        if self.number is not None:
            self.start_requested.emit(self.number)

"""The page at the end of a session: what was logged, per leg, and the way back to the plans."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.records import SetEntry
from app.domain.sides import Side
from app.ui.session.wording import side_word


class SummaryPage(QWidget):
    """"Session complete" (or ended early) with each leg's reps; Back returns to the plans."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Session complete"))
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel()
        self.summary.setProperty("role", "subtitle")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        back = QPushButton(self.tr("Back to plans"))
        back.setToolTip(self.tr("Choose the next plan to train"))
        back.setProperty("role", "primary")
        back.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        # Wide side margins instead of a maximum width: a word-wrapped label
        # squeezed by an alignment flag gets too little height and clips.
        layout.setContentsMargins(120, 24, 120, 24)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_session(self, entries: list[SetEntry], *, early: bool) -> None:
        """Sum up the logged side-sets: how many, and each leg's reps."""
        reps = {side: sum(e.reps for e in entries if e.side is side) for side in Side}
        parts = [self.tr("{side} {reps} reps").format(side=side_word(side), reps=reps[side])
                 for side in Side if reps[side]]
        self.title.setText(
            self.tr("Session ended early") if early else self.tr("Session complete"))
        logged = (self.tr("You logged 1 side-set") if len(entries) == 1
                  else self.tr("You logged {count} side-sets").format(count=len(entries)))
        self.summary.setText(
            logged + (f": {', '.join(parts)}." if parts else ".")
            + " " + self.tr("Everything is saved in your history.")
        )

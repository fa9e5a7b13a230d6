"""The page at the end of a session: what was logged, per leg, and the way back to the plans."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.records import SetEntry
from app.domain.sides import Side
from app.ui.session.wording import side_word


class SummaryPage(QWidget):
    """"Session complete" (or ended early) with each leg's reps; Back returns to the plans.

    The session's last side can still be corrected from here (`correct_requested`).
    """

    back_requested = Signal()
    correct_requested = Signal()

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
        self.correct_button = QPushButton(self.tr("Correct the last side  C"))
        self.correct_button.setToolTip(
            self.tr("Change what you logged for the session's last side (C)"))
        self.correct_button.setAccessibleName(self.tr("Correct the last side"))
        self.correct_button.clicked.connect(self.correct_requested)
        # C stays the session view's key, as on the live page: a click takes no focus.
        self.correct_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(back)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        # Wide side margins instead of a maximum width: a word-wrapped label
        # squeezed by an alignment flag gets too little height and clips.
        layout.setContentsMargins(120, 24, 120, 24)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_session(self, entries: list[SetEntry], *, early: bool,
                     correctable: bool = False) -> None:
        """Sum up the logged side-sets: how many, and each leg's reps."""
        self.correct_button.setVisible(correctable)
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

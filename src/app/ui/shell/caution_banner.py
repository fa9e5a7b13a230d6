"""The caution shown on first start: pain is a reason to stop; after injury a physio decides.

The words come from the evidence data (`resources/claims.toml`), the same as on
the "Why single-leg training" page. The banner stays until the athlete says
they have read it, and never takes the keyboard focus from the view.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.evidence import shipped_evidence
from app.ui.shell.theme import Colours


class CautionBanner(QFrame):
    """A strip across the top of the window with the caution and an "I understand" button."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cautionBanner")
        self.text = QLabel(shipped_evidence().caution)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Before you train"))
        self.heading = QLabel(self.tr("Before you train"))
        self.heading.setStyleSheet("font-weight: 700;")
        self.ok = QPushButton(self.tr("I understand"))
        self.ok.setToolTip(self.tr("Hide this note; it stays on the Why single-leg training page"))
        # Reachable by Tab, but never handed the focus the current view should keep.
        self.ok.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.ok.clicked.connect(self._acknowledge)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(14)
        row.addWidget(self.heading)
        row.addWidget(self.text, 1)
        row.addWidget(self.ok)

    def apply_colours(self, colours: Colours) -> None:
        """A calm strip in the theme's colours, edged in the warning colour."""
        self.setStyleSheet(
            f"#cautionBanner {{ background: {colours.surface}; "
            f"border-bottom: 2px solid {colours.warning}; color: {colours.text}; }}"
        )

    def _acknowledge(self) -> None:
        self.hide()
        self.acknowledged.emit()

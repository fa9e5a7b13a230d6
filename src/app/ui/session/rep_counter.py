"""The big number of the session screen: reps, count-in seconds or rest time left.

Its type is sized from the widget's height, so it stays readable from two
metres on a laptop and fills a gym's touchscreen. Clicking or tapping it
emits `clicked` (the session view counts a rep with it in manual mode).
"""

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# Share of the widget's height for the number and for the caption under it.
NUMBER_SHARE = 0.72
CAPTION_SHARE = 0.16


class RepCounter(QWidget):
    """Draws `text` huge and `caption` under it; both set by the session view."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = "0"
        self.caption = ""
        self.colour = QColor("#000000")
        self.caption_colour = QColor("#555555")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Rep count"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def show_value(self, text: str, caption: str) -> None:
        """Change what is shown; repaints only if something changed."""
        if (text, caption) != (self.text, self.caption):
            self.text, self.caption = text, caption
            self.setAccessibleDescription(f"{text} {caption}")
            self.update()

    def set_colours(self, number: str, caption: str) -> None:
        """Colours of the number and the caption (from the theme)."""
        self.colour, self.caption_colour = QColor(number), QColor(caption)
        self.update()

    def number_font(self) -> QFont:
        """The font the number is drawn in at the current size."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        font.setPixelSize(max(24, int(self.height() * NUMBER_SHARE)))
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the number centred and the caption beneath it."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        caption_h = self.height() * CAPTION_SHARE
        number_area = QRectF(0, 0, self.width(), self.height() - caption_h)
        font = self.number_font()
        painter.setFont(font)
        # A long text ("10:00") must not spill over the sides on a narrow window.
        width = painter.fontMetrics().horizontalAdvance(self.text)
        if width > self.width() * 0.95:
            font.setPixelSize(max(24, int(font.pixelSize() * self.width() * 0.95 / width)))
            painter.setFont(font)
        painter.setPen(self.colour)
        painter.drawText(number_area, Qt.AlignmentFlag.AlignCenter, self.text)
        caption_font = QFont(self.font())
        caption_font.setPixelSize(max(12, int(caption_h * 0.7)))
        painter.setFont(caption_font)
        painter.setPen(self.caption_colour)
        painter.drawText(
            QRectF(0, self.height() - caption_h, self.width(), caption_h),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.caption,
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click or tap on the number."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()

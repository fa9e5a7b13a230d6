"""The tempo display: the phase under way as a word and a bar filling over its duration."""

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.tempo import Phase
from app.ui.shell.translation import QT_TRANSLATE_NOOP

# Marked for translation here, translated where drawn (`TempoBar.tr`).
PHASE_WORDS: dict[Phase, str] = {
    "eccentric": QT_TRANSLATE_NOOP("TempoBar", "LOWER"),
    "bottom": QT_TRANSLATE_NOOP("TempoBar", "HOLD"),
    "concentric": QT_TRANSLATE_NOOP("TempoBar", "LIFT"),
    "top": QT_TRANSLATE_NOOP("TempoBar", "HOLD"),
}


class TempoBar(QWidget):
    """Phase word on the left, seconds left on the right, the bar filling underneath.

    The view sets `fraction` (0..1 of the phase done) from the engine's
    snapshot on every frame; with no phase (manual counting, rest) it shows
    `idle_text` over an empty track.
    """

    tapped = Signal()
    """The bar was tapped while it stands for a button (`set_button`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_button = False
        self.phase: Phase | None = None
        self.fraction = 0.0
        self.remaining = 0.0
        self.idle_text = ""
        self.fill = QColor("#2f6f6a")
        self.track = QColor("#d5d9e0")
        self.ink = QColor("#1d2230")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(72)
        self.setAccessibleName(self.tr("Tempo"))

    def show_phase(self, phase: Phase | None, fraction: float, remaining: float) -> None:
        """Show a moment of the tempo (phase None: no tempo pacing now)."""
        self.phase, self.fraction, self.remaining = phase, max(0.0, min(1.0, fraction)), remaining
        self.setAccessibleDescription(self.label())
        self.update()

    def label(self) -> str:
        """The words on the bar: "LOWER  2.4 s" or the idle text."""
        if self.phase is None:
            return self.idle_text
        return f"{self.tr(PHASE_WORDS[self.phase])}  {self._seconds()}"

    def _seconds(self) -> str:
        return self.tr("{seconds} s").format(seconds=f"{self.remaining:.1f}")

    def set_colours(self, fill: str, track: str, ink: str) -> None:
        """Colours of the filled part, the empty track and the words."""
        self.fill, self.track, self.ink = QColor(fill), QColor(track), QColor(ink)
        self.update()

    def set_button(self, on: bool) -> None:
        """Draw the bar as a button filled with the accent colour, and report taps (a kiosk)."""
        self.as_button = on
        self.setCursor(Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor)
        self.setAccessibleDescription(self.label())
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A tap on the bar while it is a button."""
        if self.as_button and event.button() == Qt.MouseButton.LeftButton:
            self.tapped.emit()
            return
        super().mousePressEvent(event)

    def set_bar_height(self, pixels: int) -> None:
        """Grow with the window so the phase word reads from across the room."""
        self.setFixedHeight(max(72, pixels))

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Track, fill, then the phase word and the seconds left on top."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() * 0.18
        track = QPainterPath()
        track.addRoundedRect(rect, radius, radius)
        painter.fillPath(track, self.fill if self.as_button else self.track)
        if self.phase is not None and self.fraction > 0:
            painter.save()
            painter.setClipRect(QRectF(rect.left(), rect.top(), rect.width() * self.fraction,
                                       rect.height()))
            painter.fillPath(track, self.fill)
            painter.restore()
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        font.setPixelSize(max(16, int(rect.height() * 0.55)))
        painter.setFont(font)
        painter.setPen(self.ink)
        text_rect = rect.adjusted(rect.height() * 0.4, 0, -rect.height() * 0.4, 0)
        if self.phase is None:
            if self.as_button:
                painter.setPen(QColor("#ffffff"))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.idle_text)
            return
        filled = QRectF(rect.left(), rect.top(), rect.width() * self.fraction, rect.height())
        # The words are drawn twice: in ink over the track, in white over the fill.
        for colour, clip in ((self.ink, rect), (QColor("#ffffff"), filled)):
            painter.save()
            painter.setClipRect(clip)
            painter.setPen(colour)
            align = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft,
                             self.tr(PHASE_WORDS[self.phase]))
            painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight, self._seconds())
            painter.restore()

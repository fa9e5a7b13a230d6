"""The kiosk's start screen: one big tile per athlete, a search when there are many."""

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from app.domain.athletes import KioskAthlete
from app.ui.kiosk.controller import last_trained_text
from app.ui.kiosk.keypad import LetterKeyboard
from app.ui.kiosk.offline_badge import OfflineBadge
from app.ui.kiosk.style import TILE_WIDTH, initials, tile_colour

SEARCH_FROM = 9
"""With this many athletes or more, the picker offers a search."""


class AthleteTile(QPushButton):
    """A tile: initials on a colour, the name, and when they last trained."""

    def __init__(self, athlete: KioskAthlete, today: datetime, scale: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.athlete = athlete
        self.setAccessibleName(athlete.name)
        self.setProperty("role", "athleteTile")
        badge = QLabel(initials(athlete.name))
        size = round(84 * scale)
        badge.setFixedSize(size, size)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setStyleSheet(
            f"background: {tile_colour(athlete.name)}; color: #ffffff;"
            f" border-radius: {size // 2}px; font-size: {24 * scale:.1f}pt; font-weight: 700;"
        )
        name = QLabel(athlete.name)
        name.setWordWrap(True)
        name.setStyleSheet(f"font-size: {17 * scale:.1f}pt; font-weight: 600;"
                           " background: transparent;")
        lock = " · PIN" if athlete.has_pin else ""
        self.last_label = QLabel(last_trained_text(athlete.last_session, today) + lock)
        self.last_label.setProperty("role", "kioskHint")
        self.last_label.setStyleSheet(f"font-size: {12 * scale:.1f}pt; background: transparent;")
        # Long dates wrap inside the tile rather than running off its edge.
        self.last_label.setWordWrap(True)
        for label in (badge, name, self.last_label):
            # Taps anywhere on the tile belong to the tile.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addStretch(1)
        text.addWidget(name)
        text.addWidget(self.last_label)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 12, 8)
        row.setSpacing(14)
        row.addWidget(badge)
        row.addLayout(text, 1)
        self._text = text

    def show_todays_session(self, line: str) -> None:
        """Add the athlete's block session of today under when they last trained."""
        from app.ui.programme.kiosk_tile import todays_session_label

        self.todays_session = todays_session_label(line)
        self._text.insertWidget(self._text.count() - 1, self.todays_session)


class AthletePicker(QWidget):
    """Who's training? Tiles for every athlete, "New athlete", and the admin's way in."""

    athlete_chosen = Signal(int)
    new_athlete_requested = Signal()
    admin_requested = Signal()

    def __init__(self, tiles: Callable[[str], list[KioskAthlete]],
                 now: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles = tiles
        self._now = now or (lambda: datetime.now(UTC))
        # Who has a training-block session today, by athlete id (set by the kiosk window).
        self.todays_sessions: Callable[[list[int]], dict[int, str]] | None = None
        self.tiles: list[AthleteTile] = []
        title = QLabel(self.tr("Who's training?"))
        title.setProperty("role", "kioskTitle")
        hint = QLabel(self.tr("Tap your name to start. New here? Add yourself."))
        hint.setProperty("role", "kioskHint")
        self.new_button = QPushButton(self.tr("+  New athlete"))
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.new_athlete_requested)
        self.admin_button = QPushButton(self.tr("Admin"))
        self.admin_button.setAccessibleName(self.tr("Admin settings"))
        self.admin_button.clicked.connect(self.admin_requested)
        self.badge = OfflineBadge()
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(title)
        titles.addWidget(hint)
        head.addLayout(titles, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.admin_button, 0, Qt.AlignmentFlag.AlignTop)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names: tap the letters below"))
        self.search.setAccessibleName(self.tr("Search athletes"))
        self.search.setReadOnly(True)
        self.search.textChanged.connect(self.refresh)
        self.clear_search = QPushButton(self.tr("Clear"))
        self.clear_search.clicked.connect(self.search.clear)
        self.keyboard = LetterKeyboard(self.search)
        self.keyboard.done_button.setText(self.tr("Hide"))
        self.keyboard.done.connect(lambda: self.keyboard.setVisible(False))
        self.keyboard.hide()
        self.search.installEventFilter(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_search)
        self.search_box = QWidget()
        self.search_box.setLayout(search_row)
        search_row.setContentsMargins(0, 0, 0, 0)

        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        holder.setLayout(self.grid)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)
        # Drag the list with a finger, as on a phone.
        QScroller.grabGesture(self.scroll_area.viewport(),
                              QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.notice = QLabel()
        self.notice.setProperty("role", "kioskNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.empty = QLabel()
        self.empty.setProperty("role", "kioskHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 20)
        layout.setSpacing(16)
        layout.addLayout(head)
        layout.addWidget(self.notice)
        layout.addWidget(self.search_box)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.keyboard)
        self._columns = 1
        self._tile_width = TILE_WIDTH
        self._scale = 1.0

    def set_scale(self, scale: float) -> None:
        """Tiles grow with the screen (the style sheet sizes them; the columns follow)."""
        self._scale = scale
        self._tile_width = round(TILE_WIDTH * scale)
        self._show_tiles([tile.athlete for tile in self.tiles])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tap in the search box brings up the letters."""
        if watched is self.search and event.type() == QEvent.Type.MouseButtonPress:
            self.keyboard.show()
        return super().eventFilter(watched, event)

    def show_notice(self, text: str) -> None:
        """Say something about the kiosk itself above the tiles (until the next refresh)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def refresh(self) -> None:
        """Rebuild the tiles from the database (after a change, or a search letter)."""
        self.show_notice("")
        everyone = self._tiles("")
        searching = len(everyone) >= SEARCH_FROM
        self.search_box.setVisible(searching)
        if not searching:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.keyboard.hide()
        shown = self._tiles(self.search.text()) if self.search.text() else everyone
        self._show_tiles(shown)
        if not everyone:
            self.empty.setText(
                self.tr("Nobody here yet. Tap “New athlete” to add the first person."))
        elif not shown:
            self.empty.setText(
                self.tr("No name contains “{text}”.").format(text=self.search.text()))
        self.empty.setVisible(not shown)

    def _show_tiles(self, shown: list[KioskAthlete]) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.setParent(None)
            tile.deleteLater()
        today = self._now()
        self.tiles = [AthleteTile(athlete, today, self._scale) for athlete in shown]
        for tile in self.tiles:
            tile.clicked.connect(lambda _=False, i=tile.athlete.id: self.athlete_chosen.emit(i))
        if self.todays_sessions is not None:
            lines = self.todays_sessions([tile.athlete.id for tile in self.tiles])
            for tile in self.tiles:
                if tile.athlete.id in lines:
                    tile.show_todays_session(lines[tile.athlete.id])
        self._lay_out()

    def tile(self, name: str) -> AthleteTile:
        """The tile showing this name (tests)."""
        return next(t for t in self.tiles if t.athlete.name == name)

    def _lay_out(self) -> None:
        width = self.scroll_area.viewport().width()
        self._columns = max(1, (width + self.grid.spacing())
                            // (self._tile_width + self.grid.spacing()))
        for index, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, index // self._columns, index % self._columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Reflow the tiles into as many columns as fit."""
        super().resizeEvent(event)
        self._lay_out()

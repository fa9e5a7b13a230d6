"""The Progress view's summary cards: rows that share the width and wrap, then scroll.

Cards stretch to fill each row, so a row is never a third empty; when they
would be narrower than `MIN_CARD_WIDTH` they wrap onto balanced rows (six
cards as 3 + 3, not 5 + 1). The cards take no more height than the view
allows them (`height_budget`, always at least one row); beyond that each row
is filled, every row as tall as the tallest card, and the rest scroll (a
whole row at a time into view), so an imported history with many one-leg
exercises never squeezes the charts off the page.
"""

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

MIN_CARD_WIDTH = 160
"""Narrow enough for six cards side by side at 1280 px, wide enough for a line of card text."""
SPACING = 10


def most_columns(width: float) -> int:
    """How many cards fit side by side in `width` px."""
    return max(1, int((width + SPACING) // (MIN_CARD_WIDTH + SPACING)))


def balanced_columns(cards: int, width: float) -> int:
    """Columns for `cards` on as few rows as fit `width`, the rows as even as can be."""
    if cards <= 0:
        return 1
    rows = math.ceil(cards / most_columns(width))
    return math.ceil(cards / rows)


class CardGrid(QScrollArea):
    """A grid of cards whose columns share the width; rows beyond `MAX_ROWS` scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        inner = QWidget()
        # The page's background shows through, as when the cards sat straight on it.
        inner.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.grid = QGridLayout(inner)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(SPACING)
        self.setWidget(inner)
        self.cards: list[QWidget] = []
        self._placed: list[QWidget] = []
        self.columns = 0
        self.height_budget = 10_000

    def set_height_budget(self, height: int) -> None:
        """Take at most `height` px (but always one row); more cards scroll."""
        if height != self.height_budget:
            self.height_budget = height
            self._arrange(self.viewport().width() or self.width())

    def set_cards(self, cards: list[QWidget]) -> None:
        """Show these cards, in order, in place of the ones before."""
        self.cards = list(cards)
        self.columns = 0  # lay out afresh
        self._arrange(self.viewport().width() or self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-flow the cards for the new width."""
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        columns = balanced_columns(len(self.cards), width)
        if self._rows_height(width, columns, len(self.cards)) > self.height_budget:
            # Not every row shows: fill each row, so as many cards as can be show.
            columns = min(len(self.cards), most_columns(width))
        if columns != self.columns or self._placed != self.cards:
            for card in self._placed:
                self.grid.removeWidget(card)
            for column in range(max(self.columns, columns)):
                self.grid.setColumnStretch(column, 1 if column < columns else 0)
            for index, card in enumerate(self.cards):
                self.grid.addWidget(card, index // columns, index % columns)
            self._placed = list(self.cards)
            self.columns = columns
        if not self.cards:
            self.setFixedHeight(0)
            return
        rows = math.ceil(len(self.cards) / columns)
        shown = rows
        while shown > 1 and self._rows_height(width, columns, shown * columns) > \
                self.height_budget:
            shown -= 1
        scrolls = rows > shown
        # When rows scroll, each is as tall as the tallest card, so whole rows scroll
        # into view and no sliver of the row above shows over the picked card's row.
        row_height = self._tallest(width, columns) if scrolls else 0
        for row in range(max(rows, self.grid.rowCount())):
            self.grid.setRowMinimumHeight(row, row_height)
        if scrolls:
            self.setFixedHeight(row_height * shown + SPACING * (shown - 1))
        else:
            self.setFixedHeight(self._rows_height(width, columns, shown * columns))

    def _tallest(self, width: int, columns: int) -> int:
        """The tallest card's height at `columns` a row beside a scroll bar."""
        usable = width - self.verticalScrollBar().sizeHint().width()
        card_width = max(1, (usable - SPACING * (columns - 1)) // columns)
        return max(_height(card, card_width) for card in self.cards)

    def _rows_height(self, width: int, columns: int, count: int) -> int:
        """The height of the rows holding the first `count` cards at `columns` a row."""
        card_width = max(1, (width - SPACING * (columns - 1)) // columns)
        shown = self.cards[:count]
        heights = [max(_height(card, card_width) for card in shown[first:first + columns])
                   for first in range(0, len(shown), columns)]
        return sum(heights) + SPACING * max(len(heights) - 1, 0)


def _height(card: QWidget, width: int) -> int:
    layout = card.layout()
    if layout is not None and layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return card.sizeHint().height()

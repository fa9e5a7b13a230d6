"""Which leg a set was done on."""

from enum import StrEnum


class Side(StrEnum):
    """The working leg of a set; `BOTH` is for bilateral exercises."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"

    @property
    def label(self) -> str:
        """The word shown to the athlete, in capitals so it reads from across a room."""
        return self.value.upper()

    def other(self) -> "Side":
        """The opposite leg (`BOTH` has no opposite and returns itself)."""
        if self is Side.LEFT:
            return Side.RIGHT
        if self is Side.RIGHT:
            return Side.LEFT
        return self

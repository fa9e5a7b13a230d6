"""Which leg a set was for, from what athletes write in other apps.

None of Strong, Hevy, FitNotes or Liftosaur records a side, so athletes put it
in words: an exercise called "Bulgarian Split Squat (Left)" or "… - L", or a set
note that starts "R:" or "Left". "(Each Side)" in a name, or "each side" in a
note, means every set was done once on each leg.
"""

import re
from dataclasses import dataclass

from app.domain.sides import Side

_WORDS = {"left": Side.LEFT, "l": Side.LEFT, "lt": Side.LEFT,
          "right": Side.RIGHT, "r": Side.RIGHT, "rt": Side.RIGHT}
_EACH = r"(?:each|per|both)\s+(?:sides?|legs?|arms?)"
# Before a side word at the end of a name: an opening bracket, a dash or colon, a space.
_LEAD = r"(?:\s*(?P<open>[(\[])\s*|\s*[-–—:,/]\s*|\s+)"
_CLOSE = r"\s*(?(open)[)\]])\s*$"
# At the end of a name: "(Left)", "[R]", "- L", ": right leg", or a last word "Left".
_NAME_SIDE = re.compile(
    rf"{_LEAD}(?P<side>left|right|lt|rt|l|r)(?:\s+(?:leg|side|foot))?{_CLOSE}", re.IGNORECASE)
_NAME_EACH = re.compile(rf"{_LEAD}{_EACH}{_CLOSE}", re.IGNORECASE)
# At the start of a note: the side, then the end of the note or a separator. A lone
# letter may also be followed by a space ("L 8 reps"); a whole word may not, so
# "Left knee sore" says nothing about which leg the set was for.
_NOTE_SIDE = re.compile(
    r"^\s*[(\[]?\s*(?:(?P<word>left|right)(?:\s+(?:leg|side|foot))?"
    r"|(?P<letter>lt|rt|l|r))\s*[)\]]?"
    r"(?:$|\s*[-–—:;,./!)]|(?(letter)\s|(?!)))",
    re.IGNORECASE,
)
_NOTE_EACH = re.compile(rf"\b{_EACH}\b", re.IGNORECASE)


@dataclass(frozen=True)
class NamedSide:
    """An exercise name split into the exercise and the side words around it."""

    base: str
    side: Side | None
    each_side: bool


def split_name(name: str) -> NamedSide:
    """The exercise behind a name like "Bulgarian Split Squat (Left)", and its side.

    A name that is nothing but a side word is left whole.
    """
    cleaned = " ".join(name.split())
    match = _NAME_SIDE.search(cleaned)
    if match and match.start() > 0:
        return NamedSide(cleaned[:match.start()].rstrip(" -–—:,/"),
                         _WORDS[match.group("side").casefold()], False)
    match = _NAME_EACH.search(cleaned)
    if match and match.start() > 0:
        return NamedSide(cleaned[:match.start()].rstrip(" -–—:,/"), None, True)
    return NamedSide(cleaned, None, False)


def side_in_note(note: str) -> Side | None:
    """The side a set note starts with ("L", "Right:", "(R) felt fine"), or None."""
    match = _NOTE_SIDE.match(note)
    if match is None:
        return None
    return _WORDS[(match.group("word") or match.group("letter")).casefold()]


def each_side_in_note(note: str) -> bool:
    """Whether a note says the set was done on each leg ("8 each side", "per leg")."""
    return bool(_NOTE_EACH.search(note))

"""What a service call changed: the one change channel from the use cases to the views.

Modelled on Anki's ``OpChanges``: a mutating call returns one of these, and
each view looks only at the fields it draws from, so a volume-slider step never
reloads the History list.
"""

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which kinds of stored data a call added, edited or removed."""

    athletes: bool = False
    exercises: bool = False
    plans: bool = False
    # Sessions or their sets: History, Progress and the sheets redraw.
    sessions: bool = False
    # The keys of the preferences that changed (an athlete's or the gym's).
    preferences: frozenset[str] = frozenset()
    # Assessments, their trials, or the battery's custom tests: the Assessments view,
    # Progress's test charts and the assessment sheets redraw.
    assessments: bool = False
    # The kiosk's outbox of sets waiting for the gym's server (its badge redraws).
    outbox: bool = False
    # The athlete's training block: started, stopped, or a session's own values (issue 20).
    programme: bool = False

    def __or__(self, other: "Changes") -> "Changes":
        merged = {
            f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)
        }
        return Changes(**merged)

    @property
    def any(self) -> bool:
        """True when anything at all changed."""
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A service call's result and what it changed."""

    value: T
    changes: Changes = NOTHING

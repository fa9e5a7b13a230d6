"""Four-part tempo notation and the clock that paces reps by it.

A tempo such as ``3-1-1-0`` gives seconds for each phase of a rep, in the order
eccentric (lowering) - bottom pause - concentric (lifting) - top pause. ``X``
means "explosive": as fast as possible, which we time as `EXPLOSIVE_SECONDS`.

Everything here is computed from elapsed time, never by counting ticks, so a
late or irregular timer cannot make the rep count drift.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from app.domain.clock import Clock
from app.domain.errors import ValidationError
from app.domain.messages import Message, message

EXPLOSIVE_SECONDS = 0.5
"""How long an ``X`` (explosive) phase lasts on the pacing clock.

Half a second is about how long a fast single-leg drive takes; it must be a
multiple of 0.5 so that sums of phases stay exact in binary floating point.
"""

MAX_PHASE_SECONDS = 10

Phase = Literal["eccentric", "bottom", "concentric", "top"]
PHASES: tuple[Phase, ...] = ("eccentric", "bottom", "concentric", "top")

_PART = r"\s*(10|[0-9]|[xX])\s*"
# One separator kind throughout: "3-1/1-0" is more likely a typo than a tempo.
_SEPARATED = re.compile(rf"^{_PART}([-/–]){_PART}\2{_PART}\2{_PART}$")
_COMPACT = re.compile(r"^\s*([0-9xX])([0-9xX])([0-9xX])([0-9xX])\s*$")


class TempoError(ValidationError):
    """A tempo that cannot be read or cannot be performed."""


def _expected(got: object) -> Message:
    return message(
        "Tempo must be four phases like 3-1-1-0 (lower, pause, lift, pause), each 0–{max} "
        "seconds or X; got '{got}'", max=MAX_PHASE_SECONDS, got=got)


def _seconds(part: str) -> float:
    return EXPLOSIVE_SECONDS if part in ("x", "X") else float(part)


def _notation(seconds: float) -> str:
    return "X" if seconds == EXPLOSIVE_SECONDS else str(int(seconds))


@dataclass(frozen=True)
class TempoPosition:
    """Where in the tempo an elapsed time falls.

    `rep` is the number of completed reps; `phase` is the phase under way (a
    phase of zero length is never reported); `remaining`, `duration` and
    `fraction` describe that phase in seconds and as 0..1 done.
    """

    rep: int
    phase: Phase
    remaining: float
    fraction: float
    duration: float


@dataclass(frozen=True)
class TempoEvent:
    """A boundary the pacing clock crossed.

    ``kind == "phase"``: `phase` has just started during rep number `rep`
    (1 for the first rep). ``kind == "rep"``: rep number `rep` has just been
    completed and `phase` is the phase that ended it. `at` is the elapsed time
    the boundary was scheduled for, so a caller can measure how late it heard.
    """

    kind: Literal["phase", "rep"]
    phase: Phase
    rep: int
    at: float


@dataclass(frozen=True)
class Tempo:
    """Seconds for each phase of one rep; build one with `Tempo.parse`.

    Each phase is a whole number of seconds from 0 to `MAX_PHASE_SECONDS`, or
    `EXPLOSIVE_SECONDS` for ``X``; the rep as a whole must take some time.
    """

    eccentric: float
    bottom: float
    concentric: float
    top: float
    # Non-zero phases as (name, start within the rep, duration); derived once
    # because the pacing clock looks them up on every timer tick.
    _segments: tuple[tuple[Phase, float, float], ...] = field(
        init=False, repr=False, compare=False
    )
    _starts: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        allowed = {float(n) for n in range(MAX_PHASE_SECONDS + 1)} | {EXPLOSIVE_SECONDS}
        durations = (self.eccentric, self.bottom, self.concentric, self.top)
        if any(d not in allowed for d in durations):
            raise TempoError(_expected(durations))
        if sum(durations) <= 0:
            raise TempoError(message(
                "A rep must take some time; tempo {tempo} has every phase at 0 s", tempo=self))
        segments: list[tuple[Phase, float, float]] = []
        start = 0.0
        for name, duration in zip(PHASES, durations, strict=True):
            if duration > 0:
                segments.append((name, start, duration))
                start += duration
        object.__setattr__(self, "_segments", tuple(segments))
        object.__setattr__(self, "_starts", tuple(start for _, start, _ in segments))

    @classmethod
    def parse(cls, text: str) -> "Tempo":
        """Read tempo notation: ``3-1-1-0``, ``3110``, ``31X0``, ``2/1/1/0``, ``10-0-1-0``.

        Surrounding spaces and a lowercase ``x`` are fine. Anything else raises
        `TempoError` with a message that says what was expected.
        """
        separated = _SEPARATED.match(text)
        if separated:
            parts = [separated.group(i) for i in (1, 3, 4, 5)]
        else:
            compact = _COMPACT.match(text)
            if not compact:
                raise TempoError(_expected(text))
            parts = list(compact.groups())
        return cls(*(_seconds(p) for p in parts))

    def __str__(self) -> str:
        """Canonical notation, e.g. ``3-1-X-0``."""
        return "-".join(
            _notation(s) for s in (self.eccentric, self.bottom, self.concentric, self.top)
        )

    @property
    def rep_seconds(self) -> float:
        """How long one rep takes."""
        return self.eccentric + self.bottom + self.concentric + self.top

    @property
    def phases(self) -> tuple[Phase, ...]:
        """The phases that take time, in the order of a rep."""
        return tuple(name for name, _, _ in self._segments)

    def legend(self) -> str:
        """The tempo in plain words: ``3-1-1-0: 3 s down, 1 s pause, 1 s up, no pause``."""

        def move(seconds: float, direction: str) -> str:
            if seconds == EXPLOSIVE_SECONDS:
                return f"explosive {direction}"
            return f"{_notation(seconds)} s {direction}" if seconds else f"no {direction} phase"

        def pause(seconds: float) -> str:
            if seconds == EXPLOSIVE_SECONDS:
                return "brief pause"
            return f"{_notation(seconds)} s pause" if seconds else "no pause"

        words = (
            move(self.eccentric, "down"),
            pause(self.bottom),
            move(self.concentric, "up"),
            pause(self.top),
        )
        return f"{self}: {', '.join(words)}"

    def position(self, elapsed_seconds: float) -> TempoPosition:
        """Where a set paced by this tempo is after `elapsed_seconds`.

        Negative (or NaN) elapsed time raises `TempoError`: it means the caller
        mixed up its time base, and guessing would hide that.
        """
        rep, within = self._split(elapsed_seconds)
        index = bisect_right(self._starts, within) - 1
        name, start, duration = self._segments[index]
        done = within - start
        return TempoPosition(
            rep=rep,
            phase=name,
            remaining=duration - done,
            fraction=done / duration,
            duration=duration,
        )

    def _split(self, elapsed_seconds: float) -> tuple[int, float]:
        """Completed reps and seconds into the current rep, by floor division."""
        if not elapsed_seconds >= 0:
            raise TempoError(f"Elapsed time cannot be negative (got {elapsed_seconds})")
        reps, within = divmod(elapsed_seconds, self.rep_seconds)
        return int(reps), within

    def _boundaries_until(self, elapsed_seconds: float) -> int:
        """How many boundaries (phase starts and rep ends) lie at or before this time."""
        rep, within = self._split(elapsed_seconds)
        per_rep = len(self._segments) + 1
        return rep * per_rep + bisect_right(self._starts, within)

    def _boundary(self, index: int) -> TempoEvent:
        """The `index`-th boundary from the start of the set, counting from 0.

        Each rep contributes its phase starts, then its completion; the time is
        computed by multiplication so that it never accumulates rounding error.
        """
        per_rep = len(self._segments) + 1
        rep, slot = divmod(index, per_rep)
        if slot < len(self._segments):
            name, start, _ = self._segments[slot]
            return TempoEvent("phase", name, rep + 1, rep * self.rep_seconds + start)
        return TempoEvent("rep", self._segments[-1][0], rep + 1, (rep + 1) * self.rep_seconds)


class BoundaryTracker:
    """Reports each tempo boundary exactly once, however irregularly it is polled.

    If several boundaries passed since the last poll, all of them come back in
    order; polling twice at the same elapsed time returns nothing the second time.
    """

    def __init__(self, tempo: Tempo) -> None:
        self._tempo = tempo
        self._next = 0

    def poll(self, elapsed_seconds: float) -> list[TempoEvent]:
        """Boundaries at or before `elapsed_seconds` not reported by an earlier poll."""
        reached = self._tempo._boundaries_until(elapsed_seconds)
        events = [self._tempo._boundary(i) for i in range(self._next, reached)]
        self._next = max(self._next, reached)
        return events


class TempoClock:
    """Paces a set by a tempo on an injected monotonic clock.

    Elapsed time is the clock's reading minus the start instant minus the
    time spent paused; pausing therefore shifts every later boundary by
    exactly the length of the pause. Before `start`, elapsed time is 0 and
    `poll` reports nothing. `pause` while not running and `resume` while not
    paused do nothing, so a UI can call them without tracking state itself.
    """

    def __init__(self, tempo: Tempo, clock: Clock) -> None:
        self.tempo = tempo
        self._clock = clock
        self._started_at: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._tracker = BoundaryTracker(tempo)

    @property
    def started(self) -> bool:
        """Whether `start` has been called."""
        return self._started_at is not None

    @property
    def paused(self) -> bool:
        """Whether the clock is started and currently paused."""
        return self._paused_at is not None

    def start(self, at: float | None = None) -> None:
        """Start (or restart) pacing from rep 0.

        `at` is the clock instant the set began, if that was earlier than now:
        a scheduler that noticed late passes the instant it meant, so the
        first rep is not shortened or lengthened by the delay.
        """
        self._started_at = self._clock.now() if at is None else at
        self._paused_at = None
        self._paused_total = 0.0
        self._tracker = BoundaryTracker(self.tempo)

    def pause(self) -> None:
        """Freeze elapsed time until `resume`."""
        if self.started and not self.paused:
            self._paused_at = self._clock.now()

    def resume(self) -> None:
        """Continue from where `pause` froze elapsed time."""
        if self._paused_at is not None:
            self._paused_total += self._clock.now() - self._paused_at
            self._paused_at = None

    def elapsed(self) -> float:
        """Seconds of pacing since `start`, not counting pauses."""
        if self._started_at is None:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock.now()
        return now - self._started_at - self._paused_total

    def position(self) -> TempoPosition:
        """Where the set is in the tempo right now."""
        return self.tempo.position(self.elapsed())

    def poll(self) -> list[TempoEvent]:
        """Phase and rep boundaries crossed since the last poll, each exactly once."""
        if not self.started:
            return []
        return self._tracker.poll(self.elapsed())

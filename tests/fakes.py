"""Test doubles shared by the fixtures in conftest.py."""

from dataclasses import dataclass, field


@dataclass
class FakeClock:
    """A monotonic clock that moves only when a test says so."""

    t: float = 1000.0

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        assert seconds >= 0, "a monotonic clock never goes back"
        self.t += seconds


@dataclass
class FakeCueSink:
    """Records every cue the session asks for, in order, instead of playing it."""

    cues: list[str] = field(default_factory=list)

    def play(self, cue: str) -> None:
        self.cues.append(cue)

    def say(self, text: str) -> None:
        self.cues.append(f"say:{text}")

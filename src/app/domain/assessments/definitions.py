"""What a field test is: its unit, which way is better, its trials, its cap and its sources.

A `TestDefinition` is everything the app needs to run and score one per-leg
test. The built-in battery is data (`resources/tests/*.toml`, read by
`app.domain.assessments.definition_file`); a coach's own tests are built by
`app.domain.assessments.custom`. Every number a built-in test carries (the
90 % line, the 4 cm flag, the 45 s cap, the metronome pace) names the study
it comes from in `sources`.
"""

from dataclasses import dataclass, field
from enum import StrEnum


class Better(StrEnum):
    """Which direction is an improvement: more (distance, reps) or less (time to cover 6 m)."""

    HIGHER = "higher"
    LOWER = "lower"


class Timing(StrEnum):
    """How a trial's value comes about, and so what the app's timer does during it.

    ENTERED: measured with a tape or a stopwatch and typed in.
    HOLD: the app times a hold from "go" until a tap, stopping by itself at the cap.
    PACED: reps at a metronome pace until the athlete can no longer keep it.
    WINDOW: reps counted by tap during a fixed window (e.g. 30 s).
    """

    ENTERED = "entered"
    HOLD = "hold"
    PACED = "paced"
    WINDOW = "window"


@dataclass(frozen=True)
class Reference:
    """A published source, with `supports` saying what Legwork takes from it."""

    key: str
    citation: str
    doi: str
    supports: str

    @property
    def url(self) -> str:
        """A link that resolves the DOI, or an empty string without one."""
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def short(self) -> str:
        """``Noyes et al. 1991``-style short form: the text before the year's bracket."""
        authors, _, rest = self.citation.partition(" (")
        year = rest[:4]
        names = [name.strip() for name in authors.split(",")]
        surname = names[0].split(" ")[0] if names else authors
        if len(names) == 1:
            return f"{surname} {year}"
        if len(names) == 2:
            return f"{surname} & {names[1].split(' ')[0]} {year}"
        return f"{surname} et al. {year}"


@dataclass(frozen=True)
class Metronome:
    """A steady beat: `bpm` beats a minute, `beats_per_rep` of them for one rep (up, down)."""

    bpm: int
    beats_per_rep: int

    @property
    def beat_seconds(self) -> float:
        """Seconds between two beats."""
        return 60.0 / self.bpm

    @property
    def rep_seconds(self) -> float:
        """Seconds one rep takes at this pace."""
        return self.beat_seconds * self.beats_per_rep


@dataclass(frozen=True)
class TestDefinition:
    """One per-leg field test.

    `trials` is how many scored trials each leg gets; the best one counts
    (the highest, or the lowest when `better` is LOWER). `cap` is the highest
    value a trial can have: the protocol's stop (balance ends at 45 s) or,
    for open-ended tests, a limit that catches a typo (a hop of 3000 cm).
    `decimals` is the precision a value is shown with; reps are whole
    numbers only (`counts_whole`). `symmetry_line` (%) marks a limb symmetry index below it;
    `difference_flag` (in `unit`) marks legs further apart than it;
    `normalise_to_leg_length` shows each leg's value as % of its leg length
    when the lengths are known. `window_seconds` is the length of a WINDOW
    test, `metronome` the pace of a PACED one.
    """

    __test__ = False  # a domain value, not a pytest class, whatever its name

    id: str
    name: str
    unit: str
    better: Better
    trials: int
    cap: float | None
    decimals: int
    summary: str = ""
    protocol: tuple[str, ...] = ()
    sheet_cue: str = ""
    group: str = ""
    timing: Timing = Timing.ENTERED
    metronome: Metronome | None = None
    window_seconds: float | None = None
    symmetry_line: float | None = None
    difference_flag: float | None = None
    normalise_to_leg_length: bool = False
    sources: tuple[Reference, ...] = field(default=())
    builtin: bool = True

    @property
    def source(self) -> str:
        """The primary source as one line of text (the first of `sources`), or "" for none."""
        if not self.sources:
            return ""
        first = self.sources[0]
        return f"{first.citation} https://doi.org/{first.doi}" if first.doi else first.citation

    @property
    def scoring(self) -> str:
        """How a leg's score is taken, e.g. ``best of 2 trials, higher is better``."""
        trials = "1 trial" if self.trials == 1 else f"best of {self.trials} trials"
        return f"{trials}, {self.better.value} is better"

    @property
    def counts_whole(self) -> bool:
        """Whether results are whole counts (reps), so a fraction is a typo."""
        return self.unit.casefold() in {"rep", "reps"}

    def number(self, value: float) -> str:
        """A value with this test's precision, a trailing ".0" dropped: ``152``, ``2.34``."""
        text = f"{value:.{self.decimals}f}"
        return text.removesuffix(".0") if self.decimals == 1 else text

    def format(self, value: float) -> str:
        """A value with its unit: ``152 cm``, ``133.5 cm``, ``2.34 s``, ``12 reps``."""
        return f"{self.number(value)} {self.unit}"

    def to_json(self) -> dict[str, object]:
        """The public JSON shape used by `legwork tests --json`."""
        return {
            "id": self.id,
            "name": self.name,
            "unit": self.unit,
            "better": self.better.value,
            "trials": self.trials,
            "cap": self.cap,
            "source": self.source,
            "sources": [
                {"citation": r.citation, "doi": r.doi or None, "supports": r.supports}
                for r in self.sources
            ],
            "summary": self.summary,
            "protocol": list(self.protocol),
            "timing": self.timing.value,
            "metronome_bpm": self.metronome.bpm if self.metronome else None,
            "window_seconds": self.window_seconds,
            "symmetry_line": self.symmetry_line,
            "difference_flag": self.difference_flag,
            "normalise_to_leg_length": self.normalise_to_leg_length,
            "group": self.group,
            "builtin": self.builtin,
        }

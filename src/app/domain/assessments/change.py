"""Change since the last assessment: each leg's best and the symmetry, then and now."""

from dataclasses import dataclass

from app.domain.assessments.definitions import Better, TestDefinition
from app.domain.assessments.scoring import LEGS, TestResult, is_better
from app.domain.sides import Side


@dataclass(frozen=True)
class LegChange:
    """One leg's best on one test last time and this time (either may be missing)."""

    side: Side
    before: float | None
    now: float | None
    better: Better
    normalised: bool = False
    """True when both values are % of leg length rather than the test's unit."""

    @property
    def delta(self) -> float | None:
        """now − before, in the test's unit; None unless both are known."""
        if self.before is None or self.now is None:
            return None
        return self.now - self.before

    @property
    def improved(self) -> bool | None:
        """True when the leg got better, False when worse or level, None when unknown."""
        if self.before is None or self.now is None:
            return None
        return is_better(self.now, self.before, self.better)


@dataclass(frozen=True)
class TestChange:
    """How one test moved between two assessments: both legs and the symmetry index."""

    __test__ = False  # a domain value, not a pytest class, whatever its name

    test: TestDefinition
    legs: tuple[LegChange, LegChange]
    lsi_before: float | None
    lsi_now: float | None

    @property
    def lsi_delta(self) -> float | None:
        """Change of the symmetry index in percentage points; None unless both are known."""
        if self.lsi_before is None or self.lsi_now is None:
            return None
        return self.lsi_now - self.lsi_before

    def leg(self, side: Side) -> LegChange:
        """The change of one leg."""
        return self.legs[0] if side is Side.LEFT else self.legs[1]

    def text(self) -> str:
        """One line for a report, e.g. ``L +12 cm, R +20 cm; LSI 84 → 91 %``."""
        parts = []
        for change in self.legs:
            letter = change.side.label[0]
            if change.delta is None:
                parts.append(f"{letter} –")
            else:
                sign = "+" if change.delta >= 0 else "−"
                amount = (
                    f"{abs(change.delta):.1f} %LL" if change.normalised
                    else self.test.format(abs(change.delta))
                )
                parts.append(f"{letter} {sign}{amount}")
        text = ", ".join(parts)
        if self.lsi_before is not None and self.lsi_now is not None:
            text += f"; LSI {int(self.lsi_before)} → {int(self.lsi_now)} %"
        return text


def change_since(now: TestResult, before: TestResult | None) -> TestChange | None:
    """Compare this assessment's result of a test with the last one; None without a last one.

    Legs are compared on their scored values (% of leg length when both
    assessments knew it, else the raw best), so a change of leg-length
    entry never reads as a change of reach.
    """
    if before is None:
        return None
    legs = []
    for side in LEGS:
        then, current = before.leg(side), now.leg(side)
        both_normalised = then.normalised is not None and current.normalised is not None
        legs.append(
            LegChange(
                side=side,
                before=then.normalised if both_normalised else then.best,
                now=current.normalised if both_normalised else current.best,
                better=now.test.better,
                normalised=both_normalised,
            )
        )
    return TestChange(
        test=now.test,
        legs=(legs[0], legs[1]),
        lsi_before=before.symmetry.lsi,
        lsi_now=now.symmetry.lsi,
    )

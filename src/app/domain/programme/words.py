"""A block's doses in English, for the command line, the calendar file and the printed sheet.

The UI writes the same values in the user's language (`app.ui.programme.wording`).
"""

from app.domain.plan import LegPrescription
from app.domain.programme.calibration import LegFinding
from app.domain.programme.prescription import Hold, ItemDose
from app.domain.sides import Side
from app.domain.units import Unit, format_load

HOLD_TEXT = {
    Hold.LIGHT_WEEK: "lighter week: rung and load stay",
    Hold.TAPER: "race taper: rung and load stay",
    Hold.LEARNING: "learning weeks: no load added yet",
    Hold.GAP: "two weeks or more since you last trained: this repeats your last session",
}


def dose_text(leg: LegPrescription, unit: Unit) -> str:
    """One leg's dose: "3 × 8–12 · 12 kg · level 2"."""
    reps = str(leg.reps_max) if leg.reps_min == leg.reps_max else f"{leg.reps_min}–{leg.reps_max}"
    return f"{leg.sets} × {reps} · {format_load(leg.load_kg, unit)} · level {leg.level + 1}"


def item_lines(item: ItemDose, unit: Unit) -> list[str]:
    """An exercise's doses, one line per leg (weaker leg first), with why a change waits."""
    order = [item.first, *(s for s in (Side.LEFT, Side.RIGHT) if s is not item.first)]
    lines = []
    if item.unilateral:
        for side in order:
            if side is None:
                continue
            mark = " (first)" if side is item.first else ""
            own = " (your values)" if side in item.own else ""
            lines.append(f"{side}{mark}: {dose_text(item.leg(side), unit)}{own}")
    else:
        lines.append(f"both legs: {dose_text(item.leg(Side.BOTH), unit)}")
    if item.held is not None:
        lines.append(HOLD_TEXT[item.held])
    return lines


def _try_text(level: int, load_kg: float, unit: Unit) -> str:
    return f"level {level + 1}" + (f" at {format_load(load_kg, unit)}" if load_kg else "")


def finding_text(finding: LegFinding, unit: Unit) -> str:
    """Why a leg starts where it does, from its calibration session.

    "left: level 3, 10 reps with good form; level 4 failed at 6 reps".
    """
    start = finding.start
    parts = []
    if finding.passed is not None:
        parts.append(f"{_try_text(start.level, start.load_kg, unit)}, "
                     f"{finding.passed.reps} reps with good form")
    failed = finding.failed
    if failed is not None:
        form = [name for name, answer in (("knee", failed.form_knee), ("hips", failed.form_hips))
                if answer is False]
        why = f"at {failed.reps} reps" + (f", {' and '.join(form)} “no”" if form else "")
        parts.append(f"{_try_text(failed.progression_level, failed.load_kg, unit)} failed {why}")
    if finding.passed is None:
        parts.append(f"starts on {_try_text(start.level, start.load_kg, unit)}")
    return f"{finding.side}: " + "; ".join(parts)

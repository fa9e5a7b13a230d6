"""The test battery's words in the user's language: rules, timers, symmetry and change.

The domain describes a test and its result as values (`TestDefinition`,
`TestResult`, `TestChange`); this module puts them into words through Qt's
translation. Test names, units and protocols are data, shown as they are.
"""

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.domain.assessments.change import TestChange
from app.domain.assessments.definitions import Better, TestDefinition, Timing
from app.domain.assessments.scoring import TestResult
from app.domain.assessments.screen_time import ScreenTime
from app.ui.shell.theme import side_word

translate = QCoreApplication.translate
"""Qt's translation; lupdate finds the words by this name."""

def rule_text(test: TestDefinition) -> str:
    """How a leg is scored: "Best of 3 trials a leg, higher is better"."""
    if test.trials == 1:
        if test.better is Better.HIGHER:
            return translate("AssessmentWording", "1 trial a leg, higher is better")
        return translate("AssessmentWording", "1 trial a leg, lower is better")
    text = (translate("AssessmentWording", "Best of {trials} trials a leg, higher is better")
            if test.better is Better.HIGHER
            else translate("AssessmentWording", "Best of {trials} trials a leg, lower is better"))
    return text.format(trials=test.trials)


def timing_text(test: TestDefinition) -> str:
    """Who measures a trial: the app's timer, its metronome, or a tape and a stopwatch."""
    if test.timing is Timing.HOLD:
        cap = f"{test.cap:g}" if test.cap is not None else "–"
        return translate("AssessmentWording", "timed by the app, {cap} s at most").format(cap=cap)
    if test.timing is Timing.PACED and test.metronome is not None:
        return translate(
            "AssessmentWording", "reps to the app's metronome, {bpm} beats a minute"
        ).format(bpm=test.metronome.bpm)
    if test.timing is Timing.WINDOW and test.window_seconds is not None:
        return translate("AssessmentWording", "reps counted in {seconds} s").format(
            seconds=f"{test.window_seconds:g}")
    return translate("AssessmentWording", "measured, then typed in ({unit})").format(
        unit=test.unit)


def value_text(test: TestDefinition, value: float | None) -> str:
    """A trial or a best with its unit ("152 cm", "2.34 s"), or a dash."""
    return "–" if value is None else test.format(value)


def lsi_text(lsi: float | None) -> str:
    """The symmetry index as shown: rounded down, so 89.9 % never reads "90 %"."""
    if lsi is None:
        return "–"
    return translate("AssessmentWording", "{lsi} %").format(lsi=math.floor(lsi))


def symmetry_text(result: TestResult) -> str:
    """Which leg is weaker and how the index stands against the test's line, if any."""
    symmetry = result.symmetry
    if result.left.best is None and result.right.best is None:
        return translate("AssessmentWording", "No trials")
    if result.left.best is None or result.right.best is None:
        return translate("AssessmentWording", "One leg only")
    if symmetry.lsi is None:
        return translate("AssessmentWording", "Both legs scored zero")
    if symmetry.weaker is None:
        parts = [translate("AssessmentWording", "Legs level")]
    else:
        parts = [translate("AssessmentWording", "{side} weaker").format(
            side=side_word(symmetry.weaker))]
    if symmetry.line is not None:
        relation = (translate("AssessmentWording", "below the {line} % line")
                    if symmetry.below_line
                    else translate("AssessmentWording", "at or above the {line} % line"))
        parts.append(relation.format(line=f"{symmetry.line:g}"))
    if result.difference_flagged and result.difference is not None:
        parts.append(translate("AssessmentWording", "legs {gap} apart").format(
            gap=result.test.format(result.difference)))
    return " · ".join(parts)


def change_text(change: TestChange | None) -> str:
    """Each leg's change and the index then and now: "LEFT +12 cm ▲ · RIGHT −4 cm ▼ · 84 → 91 %"."""
    if change is None:
        return translate("AssessmentWording", "First time")
    parts = []
    for leg in change.legs:
        if leg.delta is None:
            parts.append(translate("AssessmentWording", "{side} –").format(
                side=side_word(leg.side)))
            continue
        sign = "+" if leg.delta >= 0 else "−"
        amount = (translate("AssessmentWording", "{value} % of leg length").format(
            value=f"{abs(leg.delta):.1f}") if leg.normalised
            else change.test.format(abs(leg.delta)))
        arrow = "" if leg.improved is None or leg.delta == 0 else (
            " ▲" if leg.improved else " ▼")
        parts.append(f"{side_word(leg.side)} {sign}{amount}{arrow}")
    if change.lsi_before is not None and change.lsi_now is not None:
        parts.append(translate("AssessmentWording", "symmetry {before} → {now} %").format(
            before=math.floor(change.lsi_before), now=math.floor(change.lsi_now)))
    return " · ".join(parts)


def minutes_text(time: ScreenTime) -> str:
    """A testing day's screen time: "About 14 minutes at the screen"."""
    if time.minutes <= 1:
        return translate("AssessmentWording", "About a minute at the screen")
    return translate("AssessmentWording", "About {minutes} minutes at the screen").format(
        minutes=time.minutes)


def line_summary_text(results: Iterable[TestResult]) -> str:
    """How many of the tests held to a symmetry line reach it (the hop battery's 90 %)."""
    held = [r for r in results if r.symmetry.line is not None and r.symmetry.lsi is not None]
    if not held:
        return ""
    passed = sum(1 for r in held if not r.symmetry.below_line)
    lines = " / ".join(f"{line:g} %" for line in sorted({r.symmetry.line for r in held
                                                          if r.symmetry.line is not None}))
    return translate(
        "AssessmentWording", "{passed} of {count} tests with a {line} symmetry line reach it."
    ).format(passed=passed, count=len(held), line=lines)

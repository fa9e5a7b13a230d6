"""What goes on the two assessment sheets, as plain values: no Qt, no database.

`build_test_day_sheet` lists the chosen tests with boxes for each trial on
each leg, for a testing day without a screen. `build_report_sheet` turns a
finished assessment's report into each leg's values, the symmetry and the
change since last time. The renderer (`assessment_render`) only draws these.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from app.dates import day_text
from app.domain.assessments.definitions import Better, Reference, TestDefinition, Timing
from app.domain.assessments.scoring import LegResult, TestResult
from app.domain.sides import Side
from app.services.assessments import AssessmentReport
from app.sheets.layout import SheetHeader, local_day

LSI_LEGEND = (
    "LSI (limb symmetry index): the weaker leg as a % of the stronger. For the 6 m timed "
    "hop, where less time is better, it is the faster time ÷ the slower time. With an "
    "involved leg named, it is that leg ÷ the other leg (by time: other ÷ involved)."
)


@dataclass(frozen=True)
class TrialRow:
    """One test on the testing-day sheet: what to do and how many boxes per leg."""

    name: str
    cue: str
    rule: str
    trials: int
    unit: str


@dataclass(frozen=True)
class TestDaySheet:
    """A testing day on paper: leg lengths to write in, then a row per test."""

    __test__ = False  # a sheet, not a pytest class, whatever its name

    header: SheetHeader
    rows: tuple[TrialRow, ...]
    sources: str

    @property
    def max_trials(self) -> int:
        """The most trials any test takes: the width of the box grid."""
        return max((row.trials for row in self.rows), default=1)


@dataclass(frozen=True)
class ReportRow:
    """One test of a finished assessment: each leg, the symmetry, and the trend."""

    name: str
    left: str
    right: str
    left_trials: str
    right_trials: str
    lsi: str
    verdict: str
    flagged: bool
    trend: str


@dataclass(frozen=True)
class ReportSheet:
    """A finished assessment for the athlete's or the physio's folder."""

    header: SheetHeader
    facts: tuple[str, ...]
    rows: tuple[ReportRow, ...]
    summary: str
    legend: str
    sources: str
    notes: str


def _rule(test: TestDefinition) -> str:
    parts = [test.scoring]
    if test.cap is not None:
        parts.append(f"stops at {test.cap:g} {test.unit}" if test.timing is Timing.HOLD
                     else f"max {test.cap:g} {test.unit}")
    if test.symmetry_line is not None:
        parts.append(f"symmetry line {test.symmetry_line:g} %")
    if test.difference_flag is not None:
        parts.append(f"flag if legs differ by > {test.difference_flag:g} {test.unit}")
    return " · ".join(parts)


def sources_text(tests: Iterable[TestDefinition]) -> str:
    """The references of the tests on a sheet, short form with DOI where known, no repeats."""
    seen: dict[str, Reference] = {}
    for test in tests:
        for reference in test.sources:
            seen.setdefault(reference.key, reference)
    if not seen:
        return ""
    items = [f"{r.short} (doi {r.doi})" if r.doi else r.short for r in seen.values()]
    return (
        "Sources: " + "; ".join(items)
        + ". Full references and what each supports: docs/assessments.md or `legwork tests --json`."
    )


def build_test_day_sheet(
    tests: Sequence[TestDefinition], *, athlete: str = "", day: date | None = None
) -> TestDaySheet:
    """The sheet to take to a testing day; `day` None leaves the date to be written in."""
    rows = tuple(
        TrialRow(
            name=test.name,
            cue=test.sheet_cue or test.summary,
            rule=_rule(test),
            trials=test.trials,
            unit=test.unit,
        )
        for test in tests
    )
    header = SheetHeader(
        title="Leg test battery",
        kind="Testing day",
        athlete=athlete,
        date=day_text(day) if day else "",
        instructions=(
            "Warm up first. Do each test on the sound (or stronger) leg first, then the other, "
            "taking turns trial by trial. Write each trial in its box; the best trial of each "
            "leg counts. A trial that breaks the test's rule (a touch-down, a stumble) is "
            "repeated, not written down."
        ),
    )
    return TestDaySheet(header=header, rows=rows, sources=sources_text(tests))


def _leg_value(result: TestResult, leg: LegResult) -> str:
    if leg.best is None:
        return "–"
    return result.test.format(leg.best)


def _trials_text(result: TestResult, leg: LegResult) -> str:
    """The small line under a leg's best: % of leg length, then every trial if more than one."""
    parts = []
    if leg.normalised is not None:
        parts.append(f"{leg.normalised:.1f} %LL")
    if len(leg.trials) > 1:
        parts.append("trials " + ", ".join(result.test.number(value) for value in leg.trials))
    return " · ".join(parts)


def _verdict(result: TestResult) -> str:
    words = []
    if result.symmetry.weaker is not None:
        words.append(f"{result.symmetry.weaker.label.lower()} weaker")
    if result.symmetry.line is not None and result.symmetry.lsi is not None:
        below = result.symmetry.below_line
        words.append(f"{'below' if below else 'meets'} {result.symmetry.line:g} % line")
    if result.difference is not None and result.test.difference_flag is not None:
        gap = result.test.format(result.difference)
        words.append(f"gap {gap}" + (f" > {result.test.difference_flag:g}" if
                                     result.difference_flagged else ""))
    return ", ".join(words)


def _trend(report: AssessmentReport, test_id: str) -> str:
    change = report.changes.get(test_id)
    if change is None:
        return "first time tested"
    since = day_text(local_day(report.compared_with[test_id]))
    return f"since {since}: {change.text()}"


def _facts(report: AssessmentReport) -> tuple[str, ...]:
    info = report.info
    facts = []
    if info.involved is not None:
        facts.append(f"Involved leg: {info.involved}")
    lengths = info.leg_lengths
    if lengths[Side.LEFT] is not None or lengths[Side.RIGHT] is not None:
        shown = [
            f"{side} {lengths[side]:g} cm" for side in (Side.LEFT, Side.RIGHT)
            if lengths[side] is not None
        ]
        facts.append("Leg length " + ", ".join(shown) + " (%LL = % of leg length)")
    return tuple(facts)


def build_report_sheet(report: AssessmentReport) -> ReportSheet:
    """The one-page report of a finished (or abandoned) assessment."""
    rows = []
    for result in report.results:
        lsi = result.symmetry.lsi
        rows.append(ReportRow(
            name=result.test.name + (" (time)" if result.test.better is Better.LOWER else ""),
            left=_leg_value(result, result.left),
            right=_leg_value(result, result.right),
            left_trials=_trials_text(result, result.left),
            right_trials=_trials_text(result, result.right),
            lsi=f"{int(lsi)} %" if lsi is not None else "–",
            verdict=_verdict(result),
            flagged=result.flagged,
            trend=_trend(report, result.test.id),
        ))
    status = report.info.status.value
    kind = "Assessment report" if status == "finished" else f"Assessment report ({status})"
    header = SheetHeader(
        title="Leg test battery",
        kind=kind,
        athlete=report.athlete,
        date=day_text(local_day(report.info.started_at)),
        instructions=(
            "Each leg's best trial, how even the legs are, and the change since the last "
            "finished assessment. Flagged rows are in bold."
        ),
    )
    return ReportSheet(
        header=header,
        facts=_facts(report),
        rows=tuple(rows),
        summary=report.line_summary,
        legend=LSI_LEGEND,
        sources=sources_text(r.test for r in report.results),
        notes=report.info.notes,
    )

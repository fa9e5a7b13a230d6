"""What goes on a printed sheet, as plain values: no Qt, no database.

`build_plan_sheet` turns a plan, the library and last time's sets into a
`PlanSheet`; `build_summary_sheet` turns a finished session and the athlete's
earlier sets into a `SummarySheet`. The renderer only draws these values, so
everything a sheet says can be tested without painting it. `paginate` splits
blocks of known heights into pages.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.dates import day_text
from app.domain.exercise import Exercise
from app.domain.metrics import Measure, best_e1rm, best_set, measure_value, symmetry
from app.domain.plan import Plan, PlanItem
from app.domain.records import RPE_MAX, RPE_MIN, SetEntry
from app.domain.sides import Side
from app.domain.tempo import Tempo
from app.domain.units import Unit, format_load
from app.resources import resource_path

MAX_CUES = 3
MAX_CHART_POINTS = 12
RPE_HELP = (
    f"RPE = effort from {RPE_MIN:g} (easy) to {RPE_MAX:g} (nothing left), in half steps; "
    "or write the reps you had left, e.g. 2 RIR"
)
"""The effort scale the sheet explains: the one the app's log and the exports use."""

SetsBySide = Mapping[Side, Sequence[SetEntry]]


@dataclass(frozen=True)
class SheetHeader:
    """The top of every page: what the sheet is, for whom, and when.

    An empty `athlete` or `date` is printed as a line to write on.
    """

    title: str
    kind: str
    athlete: str
    date: str
    instructions: str


@dataclass(frozen=True)
class LastTime:
    """One leg's sets from the latest finished session, e.g. ``8 × 10 kg, 7 × 10 kg``."""

    side: Side
    text: str


@dataclass(frozen=True)
class PlanBlock:
    """One exercise of a plan sheet and the boxes to fill in for it.

    `cells` lists every (set number, leg) pair that gets reps, load and RPE
    boxes, set by set, in the order of `sides` (LEFT then RIGHT, or BOTH).
    """

    name: str
    illustration: Path | None
    cues: tuple[str, ...]
    tempo_legend: str
    target: str
    sides: tuple[Side, ...]
    sets: int
    last_time: tuple[LastTime, ...]
    last_time_date: str

    @property
    def cells(self) -> tuple[tuple[int, Side], ...]:
        """Every (set number, leg) pair, row by row."""
        return tuple((n, side) for n in range(1, self.sets + 1) for side in self.sides)

    def last_time_for(self, side: Side) -> str:
        """Last time's sets on this leg, or an empty string if there are none."""
        return next((last.text for last in self.last_time if last.side is side), "")


@dataclass(frozen=True)
class PlanSheet:
    """A plan as a sheet to take to the gym."""

    header: SheetHeader
    blocks: tuple[PlanBlock, ...]
    unit: Unit
    columns: tuple[str, ...]


@dataclass(frozen=True)
class LegBest:
    """How one leg's best set this session compares with every earlier session."""

    side: Side
    best_set: str
    e1rm: str
    new_best: bool
    earlier_best: str

    @property
    def text(self) -> str:
        """One line for the sheet, e.g. ``best set 8 × 12 kg, est. 1RM 15.2 kg: new best``."""
        words = f"best set {self.best_set}"
        if self.e1rm:
            words += f", est. 1RM {self.e1rm}"
        if self.new_best:
            return f"{words}: new best"
        if self.earlier_best:
            return f"{words} (best before: {self.earlier_best})"
        return f"{words} (first time logged)"


@dataclass(frozen=True)
class ChartSeries:
    """One leg's values over time for a progress chart; `days` are date ordinals."""

    side: Side
    days: tuple[int, ...]
    values: tuple[float, ...]


@dataclass(frozen=True)
class SummaryBlock:
    """One exercise of a finished session: its sets per leg, symmetry, bests and a chart."""

    name: str
    sides: tuple[Side, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    lsi: str
    flagged: bool
    bests: tuple[LegBest, ...]
    chart_label: str
    chart: tuple[ChartSeries, ...]


@dataclass(frozen=True)
class SummarySheet:
    """A finished session as a sheet for the athlete's or coach's folder."""

    header: SheetHeader
    blocks: tuple[SummaryBlock, ...]
    notes: str


def sides_of(unilateral: bool) -> tuple[Side, ...]:
    """The legs a sheet gives columns to: LEFT and RIGHT, or BOTH for a two-leg exercise."""
    return (Side.LEFT, Side.RIGHT) if unilateral else (Side.BOTH,)


def local_day(moment: datetime) -> date:
    """The calendar day of an aware UTC time on this computer's clock."""
    return moment.astimezone().date()


def format_set(entry: SetEntry, unit: Unit) -> str:
    """One set as ``8 × 10 kg`` or ``8 × bodyweight``."""
    return f"{entry.reps} × {format_load(entry.load_kg, unit)}"


def last_time_text(entries: Sequence[SetEntry], unit: Unit) -> str:
    """One leg's sets, short enough for a table cell.

    ``8, 7 reps at 10 kg`` when every set had the same load, ``8, 8 reps,
    bodyweight`` without load, otherwise ``8 × 12 kg, 8 × 10 kg``.
    """
    loads = {e.load_kg for e in entries}
    if len(loads) != 1:
        return ", ".join(format_set(e, unit) for e in entries)
    reps = ", ".join(str(e.reps) for e in entries)
    load = loads.pop()
    if load == 0:
        return f"{reps} reps, {format_load(load, unit)}"
    return f"{reps} reps at {format_load(load, unit)}"


def _target(item: PlanItem, unit: Unit) -> str:
    reps = (
        str(item.reps_min) if item.reps_min == item.reps_max
        else f"{item.reps_min}–{item.reps_max}"
    )
    per = " per leg" if item.unilateral else ""
    sets = "set" if item.sets == 1 else "sets"
    return f"{item.sets} {sets} × {reps} reps{per}, {format_load(item.load_kg, unit)}"


def _illustration(exercise: Exercise | None) -> Path | None:
    if exercise is None or not exercise.illustration:
        return None
    path = resource_path("illustrations", exercise.illustration)
    return path if path.is_file() else None


def build_plan_sheet(
    plan: Plan,
    exercises: Mapping[str, Exercise],
    last: Mapping[str, SetsBySide],
    *,
    athlete: str = "",
    day: date | None = None,
    unit: Unit = Unit.KG,
) -> PlanSheet:
    """The sheet for a planned session.

    `exercises` maps ids to library entries (cues and illustrations come from
    there; an item whose exercise is missing still gets its boxes). `last`
    is `app.storage.last_time.last_sets` for the athlete: each leg's sets of
    the latest finished session. `day` None leaves the date to be written in.
    """
    blocks = []
    for item in plan.items:
        exercise = exercises.get(item.exercise_id)
        sides = sides_of(item.unilateral)
        done = last.get(item.exercise_id, {})
        last_time = tuple(
            LastTime(side, last_time_text(done[side], unit)) for side in sides if done.get(side)
        )
        moments = [e.recorded_at for entries in done.values() for e in entries]
        blocks.append(
            PlanBlock(
                name=item.exercise_name,
                illustration=_illustration(exercise),
                cues=exercise.form_tips[:MAX_CUES] if exercise else (),
                tempo_legend=Tempo.parse(item.tempo).legend(),
                target=_target(item, unit),
                sides=sides,
                sets=item.sets,
                last_time=last_time,
                last_time_date=day_text(local_day(max(moments))) if moments else "",
            )
        )
    header = SheetHeader(
        title=plan.name,
        kind="Session plan",
        athlete=athlete,
        date=day_text(day) if day else "",
        instructions=(
            "After each set, write the reps, the load and how hard it felt for each leg. "
            + RPE_HELP + "."
        ),
    )
    return PlanSheet(
        header=header, blocks=tuple(blocks), unit=unit, columns=("Reps", f"Load ({unit})", "RPE")
    )


def leg_bests(
    current: Sequence[SetEntry], earlier: Sequence[SetEntry], unit: Unit
) -> tuple[LegBest, ...]:
    """Each leg's best set this session against the best of all earlier sessions.

    A leg has a new best when its best set is heavier (or as heavy with more
    reps) than every earlier set on that leg, or its estimated 1RM is higher.
    A leg with no earlier sets has no "new best": it is logged for the first time.
    """
    bests = []
    for side in (Side.LEFT, Side.RIGHT, Side.BOTH):
        now = [e for e in current if e.side is side]
        top = best_set(now)
        if top is None:
            continue
        before = [e for e in earlier if e.side is side]
        top_before = best_set(before)
        e1rm_now, e1rm_before = best_e1rm(now), best_e1rm(before)
        new_best = top_before is not None and (
            (top.load_kg, top.reps) > (top_before.load_kg, top_before.reps)
            or (e1rm_now is not None and (e1rm_before is None or e1rm_now > e1rm_before))
        )
        bests.append(
            LegBest(
                side=side,
                best_set=format_set(top, unit),
                e1rm=format_load(e1rm_now, unit) if e1rm_now is not None else "",
                new_best=new_best,
                earlier_best=format_set(top_before, unit) if top_before else "",
            )
        )
    return tuple(bests)


def progress_series(history: Iterable[SetEntry]) -> tuple[Measure, tuple[ChartSeries, ...]]:
    """Per-leg values by training day for a small chart, the latest `MAX_CHART_POINTS` days.

    Volume when any set carried load, otherwise total reps: bodyweight-only
    work has no volume to show.
    """
    entries = list(history)
    measure = Measure.VOLUME if any(e.load_kg > 0 for e in entries) else Measure.REPS
    days = sorted({local_day(e.recorded_at) for e in entries})[-MAX_CHART_POINTS:]
    series = []
    for side in (Side.LEFT, Side.RIGHT, Side.BOTH):
        points = [
            (day, measure_value(
                [e for e in entries if e.side is side and local_day(e.recorded_at) == day],
                measure,
            ))
            for day in days
        ]
        kept = [(day.toordinal(), value) for day, value in points if value is not None]
        if kept:
            series.append(
                ChartSeries(side, tuple(d for d, _ in kept), tuple(v for _, v in kept))
            )
    return measure, tuple(series)


def _lsi_text(entries: Sequence[SetEntry]) -> tuple[str, bool]:
    result = symmetry(entries)
    if result.lsi is None:
        return result.reason, False
    return f"LSI {int(result.lsi)}% ({result.measure.label}). {result.reason}", result.flagged


def build_summary_sheet(
    *,
    plan_name: str,
    athlete: str,
    day: date,
    status: str,
    notes: str,
    sets: Sequence[SetEntry],
    earlier: Mapping[str, Sequence[SetEntry]],
    exercise_names: Mapping[str, str],
    unit: Unit = Unit.KG,
) -> SummarySheet:
    """The sheet for a finished session.

    `sets` are the session's sets; `earlier` maps each exercise id to the
    athlete's sets of it from before this session (for bests and the chart).
    `status` is added to the heading unless it is "finished".
    """
    groups: dict[str, list[SetEntry]] = {}
    for entry in sets:
        groups.setdefault(entry.exercise_id, []).append(entry)
    blocks = []
    for exercise_id, entries in groups.items():
        present = {e.side for e in entries}
        sides = (Side.BOTH,) if present == {Side.BOTH} else (Side.LEFT, Side.RIGHT)
        numbers = sorted({e.set_number for e in entries})
        rows = tuple(
            (number, tuple(
                ", ".join(
                    format_set(e, unit) for e in entries
                    if e.set_number == number and e.side is side
                ) for side in sides
            ))
            for number in numbers
        )
        lsi, flagged = _lsi_text(entries) if sides != (Side.BOTH,) else ("", False)
        before = list(earlier.get(exercise_id, ()))
        measure, chart = progress_series([*before, *entries])
        chart_label = "reps" if measure is Measure.REPS else f"volume ({unit}×reps)"
        blocks.append(
            SummaryBlock(
                name=exercise_names.get(exercise_id, exercise_id),
                sides=sides,
                rows=rows,
                lsi=lsi,
                flagged=flagged,
                bests=leg_bests(entries, before, unit),
                chart_label=chart_label,
                chart=chart,
            )
        )
    kind = "Session summary" if status == "finished" else f"Session summary ({status})"
    header = SheetHeader(
        title=plan_name,
        kind=kind,
        athlete=athlete,
        date=day_text(day),
        instructions=(
            "What each leg did, how even the legs were (LSI: the weaker leg as a "
            "percentage of the stronger), and any new bests."
        ),
    )
    return SummarySheet(header=header, blocks=tuple(blocks), notes=notes)


def paginate(heights: Sequence[float], capacity: float, tail: float = 0.0) -> list[list[int]]:
    """Split blocks of the given heights into pages, in order, filling each page greedily.

    Returns the block indexes of each page. `capacity` is the height free for
    blocks on a page; `tail` is room needed after the last block (the notes
    area): when it does not fit, the last page holds only the tail and its
    index list is empty. A block taller than a page gets a page of its own.
    There is always at least one page.
    """
    pages: list[list[int]] = [[]]
    used = 0.0
    for index, height in enumerate(heights):
        if pages[-1] and used + height > capacity:
            pages.append([])
            used = 0.0
        pages[-1].append(index)
        used += height
    if tail and pages[-1] and used + tail > capacity:
        pages.append([])
    return pages

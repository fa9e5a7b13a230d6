"""What goes on a printed sheet, as plain values: no Qt, no database.

`build_plan_sheet` turns a plan, the library and last time's sets into a
`PlanSheet`; `build_summary_sheet` turns a finished session and the athlete's
earlier sets into a `SummarySheet`. The renderer only draws these values, so
everything a sheet says can be tested without painting it. `paginate` splits
blocks of known heights into pages.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from app.dates import day_text
from app.domain.advice_text import advice_text
from app.domain.body_mass import body_mass_carry_kg
from app.domain.exercise import Exercise
from app.domain.metrics import (
    LSI_THRESHOLD,
    Measure,
    best_e1rm,
    best_set,
    measure_value,
    symmetry,
)
from app.domain.plan import Plan, PlanItem
from app.domain.progression import ReasonKind, advise
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
FORM_HELP = "Form check: knee over the toes, hips level; ✓ yes, ✗ no, – not answered"
NO_ATHLETE_NOTE = (
    "No athlete was named, so the Last time boxes are left empty: write in what you did "
    "last time."
)
"""Said on a plan sheet printed for no one: its Last time boxes are blank on purpose."""
DEMO_NOTE = "Last time comes from the demo athlete's made-up history, not anyone's training."
FIRST_TIME = "first time"
"""A Last time box for an athlete who has not done the exercise before."""
FORM_MARKS = {True: "✓", False: "✗", None: "–"}

SHOWN_IN_THE_BLOCK = frozenset({
    ReasonKind.ONE_LEG_ONLY, ReasonKind.TARGET_MET, ReasonKind.SETS_SHORT,
    ReasonKind.FORM_FAULT, ReasonKind.NO_FORM, ReasonKind.WEAKER_MISSED_TARGET,
    ReasonKind.WEAKER_BELOW_LINE, ReasonKind.WEAKER_LIGHTER_LOAD,
})
"""Reasons for the advice that a summary's table (sets, loads, form marks) and symmetry line
already show: its "Next time" gives the rest (effort, sessions in a row, the load that moves
to the next rung) and what to do."""

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
    """A plan as a sheet to take to the gym.

    Without `for_athlete` (printed for no one in particular) the Last time
    boxes are left blank to write in, and the instructions say why.
    """

    header: SheetHeader
    blocks: tuple[PlanBlock, ...]
    unit: Unit
    columns: tuple[str, ...]
    for_athlete: bool = True

    def last_time_box(self, block: PlanBlock, side: Side) -> str:
        """What a Last time box holds: the sets, "first time", or nothing for no one."""
        if not self.for_athlete:
            return ""
        return block.last_time_for(side) or FIRST_TIME


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
        """One line for the sheet, e.g. ``best set 8 × 12 kg, est. 1RM 96 kg: new best``.

        The estimate is from the load the leg carried (body mass included), so it is
        left out when the body mass is unknown.
        """
        words = f"best set {self.best_set}"
        if self.e1rm:
            words += f", est. 1RM {self.e1rm} (load carried)"
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
class LoggedCell:
    """What one leg did in one set on a summary: ``8 × 10 kg`` and both form answers' marks.

    `str()` reads it in a line, ``8 × 10 kg · knee ✓ hips ✗`` (empty for no set).
    """

    text: str
    knee: str
    hips: str

    def __str__(self) -> str:
        return f"{self.text} · knee {self.knee} hips {self.hips}" if self.text else ""


@dataclass(frozen=True)
class SummaryBlock:
    """One exercise of a finished session: its sets per leg, symmetry, bests and a chart."""

    name: str
    sides: tuple[Side, ...]
    rows: tuple[tuple[int, tuple[LoggedCell, ...]], ...]
    lsi: str
    flagged: bool
    bests: tuple[LegBest, ...]
    chart_label: str
    chart: tuple[ChartSeries, ...]
    advice: str = ""


@dataclass(frozen=True)
class SummarySheet:
    """A finished session as a sheet for the athlete's or coach's folder."""

    header: SheetHeader
    blocks: tuple[SummaryBlock, ...]
    notes: str
    chart_label: str = ""


def sides_of(unilateral: bool) -> tuple[Side, ...]:
    """The legs a sheet gives columns to: LEFT and RIGHT, or BOTH for a two-leg exercise."""
    return (Side.LEFT, Side.RIGHT) if unilateral else (Side.BOTH,)


def local_day(moment: datetime) -> date:
    """The calendar day of an aware UTC time on this computer's clock."""
    return moment.astimezone().date()


def format_set(entry: SetEntry, unit: Unit) -> str:
    """One set as ``8 × 10 kg`` or ``8 × bodyweight``."""
    return f"{entry.reps} × {format_load(entry.load_kg, unit)}"


def _cell(entries: Sequence[SetEntry], unit: Unit) -> LoggedCell:
    """One leg's set of one number (very rarely logged twice: both, in order)."""
    return LoggedCell(
        ", ".join(format_set(e, unit) for e in entries),
        " ".join(FORM_MARKS[e.form_knee] for e in entries),
        " ".join(FORM_MARKS[e.form_hips] for e in entries),
    )


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
    caution: str = "",
    demo: bool = False,
) -> PlanSheet:
    """The sheet for a planned session, with the evidence's `caution` under the instructions.

    `exercises` maps ids to library entries (cues and illustrations come from
    there; an item whose exercise is missing still gets its boxes). `last`
    is `app.storage.last_time.last_sets` for the athlete: each leg's sets of
    the latest finished session. Without an `athlete` there is no last time:
    the boxes stay blank and the sheet says so; for the `demo` athlete it says
    that the numbers are made up. `day` None leaves the date to be written in.
    """
    if not athlete:
        last = {}
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
    whose = NO_ATHLETE_NOTE if not athlete else DEMO_NOTE if demo else ""
    header = SheetHeader(
        title=plan.name,
        kind="Session plan",
        athlete=athlete,
        date=day_text(day) if day else "",
        instructions=" ".join(part for part in (
            "After each set, write the reps, the load and how hard it felt for each leg.",
            RPE_HELP + ".", whose, caution) if part),
    )
    return PlanSheet(
        header=header, blocks=tuple(blocks), unit=unit, columns=("Reps", f"Load ({unit})", "RPE"),
        for_athlete=bool(athlete),
    )


def leg_bests(
    current: Sequence[SetEntry], earlier: Sequence[SetEntry], unit: Unit,
    carry_kg: float | None = 0.0,
) -> tuple[LegBest, ...]:
    """Each leg's best set this session against the best of all earlier sessions.

    A leg has a new best when its best set is heavier (or as heavy with more
    reps) than every earlier set on that leg, or its estimated 1RM is higher.
    The 1RM is estimated from the load the leg carried (`carry_kg` is the
    body-mass part): with the body mass unknown (None) there is none, so 12 ×
    2 kg single-leg squats never print as a 2.8 kg one-rep max. A leg with no
    earlier sets has no "new best": it is logged for the first time.
    """
    bests = []
    for side in (Side.LEFT, Side.RIGHT, Side.BOTH):
        now = [e for e in current if e.side is side]
        top = best_set(now)
        if top is None:
            continue
        before = [e for e in earlier if e.side is side]
        top_before = best_set(before)
        e1rm_now, e1rm_before = best_e1rm(now, carry_kg), best_e1rm(before, carry_kg)
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


def progress_series(
    history: Iterable[SetEntry], measure: Measure = Measure.REPS, carry_kg: float | None = 0.0
) -> tuple[ChartSeries, ...]:
    """Per-leg values of `measure` by training day, for the latest `MAX_CHART_POINTS` days.

    The sheet picks one measure for all its charts (`sheet_chart_measure`), so
    side-by-side charts never switch between reps and load.
    """
    entries = list(history)
    days = sorted({local_day(e.recorded_at) for e in entries})[-MAX_CHART_POINTS:]
    series = []
    for side in (Side.LEFT, Side.RIGHT, Side.BOTH):
        points = [
            (day, measure_value(
                [e for e in entries if e.side is side and local_day(e.recorded_at) == day],
                measure, carry_kg,
            ))
            for day in days
        ]
        kept = [(day.toordinal(), value) for day, value in points if value is not None]
        if kept:
            series.append(
                ChartSeries(side, tuple(d for d, _ in kept), tuple(v for _, v in kept))
            )
    return tuple(series)


def sheet_chart_measure(carries: Iterable[float | None]) -> Measure:
    """One measure for every chart on a sheet: volume of the load carried, or reps.

    Volume needs the body-mass part of every exercise's load; without it
    (`None` for any exercise) every chart shows reps, never a mix.
    """
    return Measure.REPS if any(c is None for c in carries) else Measure.VOLUME


def chart_label(measure: Measure, unit: Unit) -> str:
    """The y-axis label of the sheet's charts."""
    # Short enough to stand along the y axis of a chart 28 mm high.
    return "reps" if measure is Measure.REPS else f"{unit} carried × reps"


def line_legend(line: float) -> str:
    """What the symmetry line on a sheet is."""
    if line == LSI_THRESHOLD:
        return (f"The {line:g}% line is the return-to-sport benchmark used after knee "
                "injury, not a norm for healthy runners.")
    return f"The {line:g}% symmetry line was set by the athlete or coach."


def _lsi_text(
    entries: Sequence[SetEntry], carry_kg: float | None, line: float
) -> tuple[str, bool]:
    result = symmetry(entries, Measure.VOLUME, carry_kg=carry_kg, line=line)
    if result.lsi is None:
        return result.reason, False
    # Rounded down, as everywhere: 89.6 % never reads "89" beside "at or above the 90% line".
    legs = f"{result.weaker} leg weaker" if result.weaker is not None else "legs level"
    where = "below" if result.flagged else "at or above"
    return (f"LSI {int(result.lsi)}% ({result.measure.label}), {legs}: {where} the "
            f"{line:g}% line.", result.flagged)


def _previous_session(earlier: Sequence[SetEntry]) -> list[SetEntry]:
    """The sets of the latest earlier training day (the session before this one)."""
    if not earlier:
        return []
    last = max(local_day(e.recorded_at) for e in earlier)
    return [e for e in earlier if local_day(e.recorded_at) == last]


def _advice(
    exercise: Exercise | None, entries: Sequence[SetEntry], earlier: Sequence[SetEntry],
    unit: Unit, body_mass_kg: float | None, line: float,
) -> str:
    if exercise is None:
        return ""
    level = max(e.progression_level for e in entries)
    level = min(level, max(len(exercise.progressions), 1) - 1)
    advice = advise(entries, exercise, level, unit, previous=_previous_session(earlier),
                    body_mass_kg=body_mass_kg, line=line)
    # What the table and the symmetry line already say is not said twice.
    told = tuple(reason for reason in advice.reasons if reason.kind not in SHOWN_IN_THE_BLOCK)
    return advice_text(replace(advice, reasons=told), exercise, unit)


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
    exercises: Mapping[str, Exercise] | None = None,
    body_mass_kg: float | None = None,
    line: float = LSI_THRESHOLD,
) -> SummarySheet:
    """The sheet for a finished session.

    `sets` are the session's sets; `earlier` maps each exercise id to the
    athlete's sets of it from before this session (for bests, the chart and
    "two sessions in a row"). `exercises` (the library) gives each exercise's
    body-mass share and ladder, for the load carried and the next-time advice;
    `body_mass_kg` is the athlete's body mass on the session's day, if known;
    `line` the symmetry line in %. `status` is added to the heading unless it
    is "finished".
    """
    library = exercises or {}
    groups: dict[str, list[SetEntry]] = {}
    for entry in sets:
        groups.setdefault(entry.exercise_id, []).append(entry)
    carries = {
        exercise_id: (body_mass_carry_kg(library[exercise_id], body_mass_kg)
                      if exercise_id in library else 0.0)
        for exercise_id in groups
    }
    measure = sheet_chart_measure(carries.values())
    blocks = []
    for exercise_id, entries in groups.items():
        present = {e.side for e in entries}
        sides = (Side.BOTH,) if present == {Side.BOTH} else (Side.LEFT, Side.RIGHT)
        numbers = sorted({e.set_number for e in entries})
        rows = tuple(
            (number, tuple(
                _cell([e for e in entries if e.set_number == number and e.side is side], unit)
                for side in sides
            ))
            for number in numbers
        )
        carry = carries[exercise_id]
        lsi, flagged = _lsi_text(entries, carry, line) if sides != (Side.BOTH,) else ("", False)
        before = list(earlier.get(exercise_id, ()))
        blocks.append(
            SummaryBlock(
                name=exercise_names.get(exercise_id, exercise_id),
                sides=sides,
                rows=rows,
                lsi=lsi,
                flagged=flagged,
                bests=leg_bests(entries, before, unit, carry),
                chart_label=chart_label(measure, unit),
                chart=progress_series([*before, *entries], measure, carry),
                advice=_advice(library.get(exercise_id), entries, before, unit, body_mass_kg,
                               line),
            )
        )
    kind = "Session summary" if status == "finished" else f"Session summary ({status})"
    mass = ("" if body_mass_kg is None
            else f" Load carried counts {format_load(body_mass_kg, unit)} of body mass at "
                 "each exercise's share.")
    header = SheetHeader(
        title=plan_name,
        kind=kind,
        athlete=athlete,
        date=day_text(day),
        instructions=(
            "LSI: the weaker leg as a percentage of the stronger, set for set. "
            f"{line_legend(line)} {FORM_HELP}.{mass}"
        ),
    )
    return SummarySheet(header=header, blocks=tuple(blocks), notes=notes,
                        chart_label=chart_label(measure, unit))


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

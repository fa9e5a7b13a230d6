"""The training block on one sheet, as values: the weeks × sessions grid and the coming doses.

No Qt: `programme_render` draws it. `programme_sheet` gathers the block
through the services, as the app and `legwork programme show` see it.
"""

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.dates import day_text
from app.domain.programme.schedule import SessionStatus
from app.domain.programme.words import HOLD_TEXT, dose_text
from app.domain.sides import Side
from app.domain.units import Unit
from app.services.programme import BlockSession, Programme
from app.sheets.layout import SheetHeader

if TYPE_CHECKING:
    from app.services.database import Database

INSTRUCTIONS = (
    "Tick a box when you have trained. A session you miss moves to the next free day, at most "
    "three in a week; after two weeks away the next session repeats your last one. Each leg has "
    "its own dose: the weaker leg goes first and does one set more. Pain is a reason to stop; "
    "after an injury, a physiotherapist decides."
)


@dataclass(frozen=True)
class Cell:
    """One session in the grid: its day, what it is, and whether it is done, moved or missed."""

    day: str
    status: SessionStatus
    note: str
    today: bool


@dataclass(frozen=True)
class WeekRow:
    """One week of the block: its number, what kind of week, and its sessions."""

    number: int
    kind: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class DoseRow:
    """One exercise of the coming sessions: each leg's dose and why a change waits."""

    exercise: str
    left: str
    right: str
    note: str


@dataclass(frozen=True)
class ProgrammeSheet:
    """Everything the programme sheet prints."""

    header: SheetHeader
    summary: str
    weeks: tuple[WeekRow, ...]
    columns: int
    coming: str
    doses: tuple[DoseRow, ...]


def _cell(session: BlockSession, today: date) -> Cell:
    notes = []
    if session.status is SessionStatus.MOVED:
        notes.append(f"moved from {session.planned:%a %-d %b}")
    elif session.status is SessionStatus.MISSED:
        notes.append("missed")
    elif session.status is SessionStatus.DONE:
        notes.append("done")
    if session.taper:
        notes.append("taper")
    elif session.light:
        notes.append("lighter")
    return Cell(f"{session.day:%a} {session.day.day} {session.day:%b}", session.status,
                " · ".join(notes), session.day == today)


def _week_kind(sessions: list[BlockSession]) -> str:
    if any(s.taper for s in sessions):
        return "race taper"
    if any(s.light for s in sessions):
        return "lighter"
    return "learning" if sessions and sessions[0].phase == "learn" else "building"


def _first_mark(side: Side, first: Side | None) -> str:
    return " · first" if side is first else ""


def build_programme_sheet(shown: Programme, athlete: str, unit: Unit) -> ProgrammeSheet:
    """The sheet of a block as it stands on `shown.today`."""
    spec = shown.block.spec
    by_week: dict[int, list[BlockSession]] = {}
    for session in shown.sessions:
        by_week.setdefault(session.week, []).append(session)
    weeks = tuple(
        WeekRow(number, _week_kind(sessions), tuple(_cell(s, shown.today) for s in sessions))
        for number, sessions in sorted(by_week.items())
    )
    race = f", race on {day_text(spec.race)}" if spec.race else ""
    summary = (f"{shown.block.plan.name}: {spec.weeks} weeks from {day_text(spec.start)}"
               f"{race}. {len(shown.sessions)} sessions.")
    upcoming = shown.next
    doses: list[DoseRow] = []
    coming = "Every session of the block is done or past."
    if upcoming is not None:
        week = [s for s in by_week[upcoming.week] if s.open and s.day >= shown.today]
        days = ", ".join(day_text(s.day) for s in week)
        coming = f"Week {upcoming.week}, each leg's dose: {days}"
        if shown.block.calibration_due:
            # Until the calibration session has run, these doses are only the defaults.
            coming += (". First, the calibration session finds each leg's starting level "
                       "and load; these doses then change to start there")
        for item in upcoming.items:
            left, right = item.leg(Side.LEFT), item.leg(Side.RIGHT)
            note = HOLD_TEXT[item.held] if item.held is not None else ""
            if item.own:
                note = "; ".join(n for n in (note, "your own values") if n)
            doses.append(DoseRow(
                item.exercise_name,
                dose_text(left, unit) + _first_mark(Side.LEFT, item.first),
                dose_text(right, unit) + _first_mark(Side.RIGHT, item.first),
                note))
    header = SheetHeader(title="Training block", kind="Programme sheet", athlete=athlete,
                         date=day_text(shown.today), instructions=INSTRUCTIONS)
    columns = max((len(w.cells) for w in weeks), default=1)
    return ProgrammeSheet(header, summary, weeks, columns, coming, tuple(doses))


def programme_sheet(db: "Database | None", athlete_name: str | None) -> ProgrammeSheet:
    """The programme sheet of an athlete's block (the home athlete's without a name)."""
    from app.domain.errors import ValidationError
    from app.services import programme as service
    from app.services.athletes import find_athlete
    from app.services.preferences import preferences

    athlete = find_athlete(db, athlete_name)
    shown = None
    if db is not None and athlete is not None:
        unit = preferences(db, athlete.id).unit
        shown = service.programme(db, athlete.id, service.local_today(), unit=unit)
    if shown is None or athlete is None:
        raise ValidationError("There is no training block to print: start one with "
                              "`legwork programme start --days mon,thu`.")
    return build_programme_sheet(shown, athlete.name, unit)

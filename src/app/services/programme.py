"""The training block (issue 20): start it, see its calendar, train today's session, stop it.

The domain decides everything (the calendar in `app.domain.programme.schedule`,
each leg's dose in `app.domain.programme.prescription`, from the advice cards'
rules); this module reads what they need from storage — the block, the
sessions of it trained, and the sets of each exercise's last two sessions,
not the whole history — and records what the athlete did.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING

from app.domain.clock import Clock
from app.domain.errors import ValidationError
from app.domain.exercise import Exercise
from app.domain.messages import Message, message
from app.domain.metrics import LSI_THRESHOLD
from app.domain.plan import BUILTIN_PLAN_NAME, LegPrescription, Plan, PlanItem
from app.domain.preferences import TrainingPreferences
from app.domain.programme.block import Block, BlockStatus, Calibration, OwnValues
from app.domain.programme.calibration import LegFinding, calibration_plan, find_starts
from app.domain.programme.prescription import (
    ItemDose,
    LegStart,
    SessionKind,
    current_leg,
    prescribe,
    session_plan,
    with_own_values,
)
from app.domain.programme.schedule import (
    OPEN_STATUSES,
    BlockSpec,
    ScheduledSession,
    SessionStatus,
    check_block,
    long_gap,
    next_session,
    parse_days,
    schedule,
)
from app.domain.programme.template import Template
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.domain.units import Unit
from app.programme_template import block_template
from app.services.changes import Changes, Outcome
from app.services.plans import find_plan
from app.services.sessions import OpenSession, utc_now

if TYPE_CHECKING:
    from app.storage.database import Database

PROGRAMME = Changes(programme=True)


@dataclass(frozen=True)
class BlockSession:
    """One session of the block as it stands: its place in the calendar and each leg's dose.

    `items` are what the session prescribes (for a done session, what it was
    started with); `gap` is set on the next session when the last one trained
    was `gap_days` or more before it; `training_session_id` opens a done one
    in History.
    """

    number: int
    day: date
    planned: date
    week: int
    status: SessionStatus
    light: bool
    taper: bool
    phase: str
    items: tuple[ItemDose, ...]
    gap: bool = False
    training_session_id: int | None = None

    @property
    def open(self) -> bool:
        """Still to be done (planned or moved)."""
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class Programme:
    """The athlete's block on `today`: every session in date order, and what comes next."""

    block: Block
    template: Template
    today: date
    sessions: tuple[BlockSession, ...]
    found: Mapping[str, Mapping[Side, LegFinding]] = field(default_factory=dict)
    """What the calibration session found, per exercise and leg (empty without one)."""

    @property
    def next(self) -> BlockSession | None:
        """The first session still to do, today or later."""
        return next((s for s in self.sessions if s.open and s.day >= self.today), None)

    @property
    def todays(self) -> BlockSession | None:
        """The session planned or moved to today, if there is one."""
        upcoming = self.next
        return upcoming if upcoming is not None and upcoming.day == self.today else None

    def session(self, number: int) -> BlockSession:
        """A session by its number; `ValidationError` for a number the block does not have."""
        found = next((s for s in self.sessions if s.number == number), None)
        if found is None:
            raise ValidationError(message("The block has no session {number}.", number=number))
        return found


def _exercise_map(db: "Database") -> dict[str, Exercise]:
    from app.services.library import exercises

    return {exercise.id: exercise for exercise in exercises(db)}


LastTwo = Mapping[str, tuple[list[SetEntry], list[SetEntry]]]
"""Each exercise's last two sessions' sets (latest, previous)."""


def _starting_points(
    plan: Plan, known: Mapping[str, Exercise], history: LastTwo,
    given: Mapping[str, Mapping[Side, LegStart]],
) -> dict[str, dict[Side, LegStart]]:
    """Each leg's start: what the athlete entered, else where its last session left it."""
    starts: dict[str, dict[Side, LegStart]] = {}
    for item in plan.items:
        exercise = known.get(item.exercise_id)
        sides = (Side.LEFT, Side.RIGHT) if item.unilateral else (Side.BOTH,)
        fallback = LegStart(item.progression_level, item.load_kg)
        latest = history.get(item.exercise_id, ([], []))[0]
        starts[item.exercise_id] = {
            side: given.get(item.exercise_id, {}).get(side) or (
                current_leg(latest, side, exercise, fallback) if exercise else fallback)
            for side in sides
        }
    return starts


def suggested_starts(
    db: "Database", athlete_id: int, plan_name: str | None = None,
) -> tuple[Plan, dict[str, dict[Side, LegStart]]]:
    """A plan's exercises and where each leg would start: where its last session left it."""
    from app.storage.programme import last_two_sessions

    plan = find_plan(db, athlete_id, plan_name or BUILTIN_PLAN_NAME)
    history = last_two_sessions(db, athlete_id, (item.exercise_id for item in plan.items))
    return plan, _starting_points(plan, _exercise_map(db), history, {})


def start_block(
    db: "Database", athlete_id: int, *, days: str | Sequence[int], today: date,
    weeks: int | None = None, start: date | None = None, race: date | None = None,
    plan_name: str | None = None, starts: Mapping[str, Mapping[Side, LegStart]] | None = None,
    calibrate: bool = False,
) -> Outcome[tuple[Block, tuple[Message, ...]]]:
    """Start a block; returns it with any warnings (back-to-back days).

    Refused with one sentence and nothing stored (`ValidationError`,
    `NotFoundError`): days outside 2–3 or unknown, weeks outside the
    template's, a start in the past, a race before the start, an unknown plan,
    a block already under way. Each leg starts where `starts` says, else where
    its latest session left it, else at the plan's rung and load; with
    `calibrate`, the block's calibration session then finds each leg's start
    (`start_calibration_session`).
    """
    from app.storage.programme import create_block, last_two_sessions

    template = block_template()
    chosen = parse_days(days) if isinstance(days, str) else tuple(sorted(set(days)))
    spec = BlockSpec(start or today, template.default_weeks if weeks is None else weeks,
                     chosen, race)
    warnings = check_block(spec, template, today)
    plan = find_plan(db, athlete_id, plan_name or BUILTIN_PLAN_NAME)
    history = last_two_sessions(db, athlete_id, (item.exercise_id for item in plan.items))
    points = _starting_points(plan, _exercise_map(db), history, starts or {})
    block = create_block(db, athlete_id, template_id=template.id, spec=spec, plan=plan,
                         start=points, calibration=Calibration() if calibrate else None)
    return Outcome((block, warnings), PROGRAMME)


def _planned_items(
    block: Block, known: Mapping[str, Exercise], kind: SessionKind, template: Template,
    history: LastTwo, unit: Unit,
    body_mass_kg: float | None, line: float,
) -> tuple[ItemDose, ...]:
    doses = []
    for item in block.plan.items:
        exercise = known.get(item.exercise_id)
        if exercise is None:
            continue  # a custom exercise deleted since the block began
        latest, previous = history.get(item.exercise_id, ([], []))
        doses.append(prescribe(exercise, latest, kind, template, unit, previous=previous,
                               start=block.start.get(item.exercise_id), body_mass_kg=body_mass_kg,
                               line=line))
    return tuple(doses)


def _done_items(plan: Plan | None) -> tuple[ItemDose, ...]:
    if plan is None:
        return ()
    return tuple(_item_dose(item) for item in plan.items)


def _item_dose(item: PlanItem) -> ItemDose:
    legs = item.legs or tuple(
        LegPrescription(side, item.sets, item.reps_min, item.reps_max, item.load_kg,
                        item.progression_level)
        for side in ((Side.LEFT, Side.RIGHT) if item.unilateral else (Side.BOTH,)))
    return ItemDose(item.exercise_id, item.exercise_name, item.unilateral, item.tempo, legs,
                    item.first)


def _with_own(items: tuple[ItemDose, ...], own: OwnValues | None) -> tuple[ItemDose, ...]:
    if not own:
        return items
    return tuple(with_own_values(i, own[i.exercise_id]) if i.exercise_id in own else i
                 for i in items)


def programme(
    db: "Database", athlete_id: int, today: date, *, unit: Unit = Unit.KG,
    line: float = LSI_THRESHOLD, tz: tzinfo | None = None,
) -> Programme | None:
    """The athlete's block as it stands on `today` (None without one).

    Reads the block, the sessions of it trained, their own values, and the
    sets of each exercise's last two sessions; every open session carries the
    dose the rules give now (the next one may be held after a long gap).
    """
    from app.services.body_mass import body_mass_log
    from app.storage.programme import (
        current_block,
        done_sessions,
        last_two_sessions,
        own_values,
        session_plans,
    )

    block = current_block(db, athlete_id)
    if block is None:
        return None
    template = block_template()
    done = done_sessions(db, block.id)
    calendar = schedule(block.spec, template, {d.number: d.day for d in done}, today)
    history = last_two_sessions(db, athlete_id, block.exercise_ids)
    trained = [e.recorded_at for latest, _ in history.values() for e in latest]
    last_day = max(trained).astimezone(tz).date() if trained else None
    known = _exercise_map(db)
    body_mass = body_mass_log(db, athlete_id).on(today)
    own = own_values(db, block.id)
    done_plans = session_plans(db, (d.training_session_id for d in done))
    training_ids = {d.number: d.training_session_id for d in done}
    found = _findings(db, block, known)
    upcoming = next_session(calendar, today)
    cache: dict[SessionKind, tuple[ItemDose, ...]] = {}
    sessions = []
    for scheduled in calendar:
        if scheduled.status is SessionStatus.DONE:
            items = _done_items(done_plans.get(training_ids[scheduled.number]))
            gap = False
        else:
            gap = scheduled is upcoming and long_gap(last_day, scheduled.day, template)
            kind = SessionKind(scheduled.phase, scheduled.light, scheduled.taper, gap)
            if kind not in cache:
                cache[kind] = _planned_items(block, known, kind, template, history, unit,
                                             body_mass, line)
            items = _with_own(cache[kind], own.get(scheduled.number))
        sessions.append(_session(scheduled, items, gap, training_ids.get(scheduled.number)))
    return Programme(block, template, today, tuple(sessions), found)


def _session(
    s: ScheduledSession, items: tuple[ItemDose, ...], gap: bool, training_id: int | None,
) -> BlockSession:
    return BlockSession(number=s.number, day=s.day, planned=s.planned, week=s.week,
                        status=s.status, light=s.light, taper=s.taper, phase=s.phase.id,
                        items=items, gap=gap, training_session_id=training_id)


def session_name(block: Block, session: BlockSession) -> str:
    """What a block session is called in History: "Block · week 3, session 5"."""
    return f"Block · week {session.week}, session {session.number}"


def start_block_session(
    db: "Database", athlete_id: int, clock: Clock, prefs: TrainingPreferences, today: date,
    *, number: int | None = None, line: float = LSI_THRESHOLD, tz: tzinfo | None = None,
    wall_clock: Callable[[], datetime] = utc_now,
) -> Outcome[OpenSession]:
    """Open a live session for today's session of the block (or session `number`).

    The plan prescribes each leg its own sets, reps, load and rung (with the
    athlete's own values), so the live session is filled in per leg; the
    block records the session as done on `today` once it has a set.
    """
    from app.services.sessions import start_session
    from app.storage.programme import link_session

    current = programme(db, athlete_id, today, unit=prefs.unit, line=line, tz=tz)
    if current is None:
        raise ValidationError(message("You have no training block; start one first."))
    if current.block.status is not BlockStatus.ACTIVE:
        raise ValidationError(message("Your training block is paused; resume it first."))
    chosen = current.next if number is None else current.session(number)
    if chosen is None or not chosen.open:
        raise ValidationError(message("Every session of your block is done or past."))
    plan = session_plan(session_name(current.block, chosen), chosen.items,
                        rest_between_sides_s=prefs.rest_between_sides_s,
                        rest_between_sets_s=prefs.rest_between_sets_s)
    opened = start_session(db, athlete_id, plan, clock, prefs, wall_clock=wall_clock)
    link_session(db, current.block.id, chosen.number, opened.value.session_id, today)
    return Outcome(opened.value, opened.changes | PROGRAMME)


def set_own_values(
    db: "Database", athlete_id: int, number: int, values: OwnValues, today: date,
) -> Outcome[None]:
    """Keep the athlete's own values for an open session of the block (they replace the rules')."""
    from app.storage.programme import set_own_values as store

    current = programme(db, athlete_id, today)
    if current is None:
        raise ValidationError(message("You have no training block; start one first."))
    if not current.session(number).open:
        raise ValidationError(message("Only a session still to do can be changed."))
    store(db, current.block.id, number, values)
    return Outcome(None, PROGRAMME)


def _findings(
    db: "Database", block: Block, known: Mapping[str, Exercise],
) -> dict[str, dict[Side, LegFinding]]:
    """What the block's calibration session found, from its sets (empty before it ran)."""
    from app.storage.sessions import recorded_sets_for_session, session_plan

    calibration = block.calibration
    if calibration is None or calibration.session_id is None:
        return {}
    plan = session_plan(db, calibration.session_id)
    entries = [r.entry for r in recorded_sets_for_session(db, calibration.session_id)]
    if plan is None or not entries:
        return {}
    reps_min = {item.exercise_id: item.reps_min for item in plan.items}
    found = {}
    for exercise_id in block.exercise_ids:
        exercise = known.get(exercise_id)
        if exercise is not None and exercise_id in reps_min:
            legs = find_starts(exercise, entries, reps_min[exercise_id])
            if legs:
                found[exercise_id] = legs
    return found


def _calibrating_block(db: "Database", athlete_id: int) -> Block:
    """The athlete's block, waiting for its calibration session; else one sentence."""
    from app.storage.programme import current_block

    block = current_block(db, athlete_id)
    if block is None:
        raise ValidationError(message("You have no training block; start one first."))
    if not block.calibration_due:
        raise ValidationError(message(
            "Your block's starting points are set already; no calibration session is due."))
    return block


def start_calibration_session(
    db: "Database", athlete_id: int, clock: Clock, prefs: TrainingPreferences, *,
    wall_clock: Callable[[], datetime] = utc_now,
) -> Outcome[OpenSession]:
    """Open the block's calibration session: each leg tries each rung, then loads, once.

    Every set aims for the bottom of the block's rep range at the first
    phase's tempo; a leg stops on an exercise at its first failing set. When
    the session is finished (`finish_calibration`), each leg's start is its
    highest passing try. Refused with one sentence: no block, a paused one, or
    one whose starts are not to be found by calibration or were found already.
    """
    from app.services.sessions import start_session
    from app.storage.programme import set_calibration

    block = _calibrating_block(db, athlete_id)
    if block.status is not BlockStatus.ACTIVE:
        raise ValidationError(message("Your training block is paused; resume it first."))
    known = _exercise_map(db)
    exercises = [known[i] for i in block.exercise_ids if i in known]
    plan = calibration_plan(exercises, block_template().phases[0], prefs.unit,
                            rest_between_sides_s=prefs.rest_between_sides_s,
                            rest_between_sets_s=prefs.rest_between_sets_s)
    opened = start_session(db, athlete_id, plan, clock, prefs, wall_clock=wall_clock)
    set_calibration(db, block.id, Calibration(opened.value.session_id))
    return Outcome(opened.value, opened.changes | PROGRAMME)


def finish_calibration(db: "Database", athlete_id: int, session_id: int) -> Outcome[Block | None]:
    """Make what calibration session `session_id` found the block's starts, leg by leg.

    Returns the block (None when the session is not its calibration session,
    or has no sets yet: the calibration then stays due). A leg with no sets
    in the session keeps the start it had.
    """
    from app.storage.programme import current_block, set_calibration

    block = current_block(db, athlete_id)
    if block is None or block.calibration is None or block.calibration.session_id != session_id:
        return Outcome(None, Changes())
    found = _findings(db, block, _exercise_map(db))
    if not found:
        return Outcome(None, Changes())
    starts = {exercise: {side: leg.start for side, leg in legs.items()}
              for exercise, legs in found.items()}
    done = Calibration(session_id, done=True)
    return Outcome(set_calibration(db, block.id, done, starts), PROGRAMME)


def skip_calibration(db: "Database", athlete_id: int) -> Outcome[Block]:
    """Do without the calibration session: each leg starts where the block's starts say.

    Refused with one sentence when no calibration session is due.
    """
    from app.storage.programme import set_calibration

    block = _calibrating_block(db, athlete_id)
    assert block.calibration is not None
    done = Calibration(block.calibration.session_id, done=True)
    return Outcome(set_calibration(db, block.id, done), PROGRAMME)


def _set_status(db: "Database", athlete_id: int, status: BlockStatus) -> Outcome[Block]:
    from app.storage.programme import current_block, set_block_status

    block = current_block(db, athlete_id)
    if block is None:
        raise ValidationError(message("You have no training block; start one first."))
    return Outcome(set_block_status(db, block.id, status), PROGRAMME)


def stop_block(db: "Database", athlete_id: int) -> Outcome[Block]:
    """Stop the athlete's block; every session and set already logged stays."""
    return _set_status(db, athlete_id, BlockStatus.STOPPED)


def pause_block(db: "Database", athlete_id: int) -> Outcome[Block]:
    """Pause the block: no session is offered until it is resumed; nothing logged changes."""
    return _set_status(db, athlete_id, BlockStatus.PAUSED)


def resume_block(db: "Database", athlete_id: int) -> Outcome[Block]:
    """Resume a paused block."""
    return _set_status(db, athlete_id, BlockStatus.ACTIVE)


def local_today(tz: tzinfo | None = None) -> date:
    """Today's date where the athlete is (the computer's time zone unless given)."""
    return datetime.now(UTC).astimezone(tz).date()


def todays_sessions(
    db: "Database", athlete_ids: Sequence[int], today: date,
) -> dict[int, BlockSession]:
    """Each athlete's block session for today, for those who have one (the kiosk's tiles)."""
    from app.storage.programme import athletes_with_blocks

    found: dict[int, BlockSession] = {}
    for athlete_id in athletes_with_blocks(db, athlete_ids):
        shown = programme(db, athlete_id, today)
        todays = shown.todays if shown is not None else None
        if todays is not None:
            found[athlete_id] = todays
    return found

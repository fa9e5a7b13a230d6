"""A training session, from start to finish: the engine is set up here and every set is stored.

The session engine (`app.domain.session`) decides; these functions give it
what it needs from the history (the weaker leg, last time's sets), open and
close the session in the database, and store each side-set. The Qt side
(`app.ui.session.controller`) only drives the engine and turns results into
signals.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from app.domain.clock import Clock
from app.domain.errors import ValidationError
from app.domain.messages import message
from app.domain.plan import CALIBRATION_PLAN_NAME, Plan
from app.domain.preferences import TrainingPreferences
from app.domain.programme.calibration import is_calibration, leave_out
from app.domain.records import SessionInfo, SetEntry
from app.domain.session import CountingMode, SessionEngine, SetRef
from app.domain.side_order import weaker_leg
from app.services.changes import Changes, Outcome
from app.services.plans import find_plan

if TYPE_CHECKING:
    from app.storage.database import Database

WEAKER_LEG_WINDOW = timedelta(weeks=4)
"""How far back the sets that decide which leg is weaker go."""

SESSIONS = Changes(sessions=True)


def utc_now() -> datetime:
    """The wall-clock time sets are stamped with, aware UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class OpenSession:
    """A session under way: its id in the database and the engine that runs it.

    `set_ids` gives the stored id of each side-set already recorded when it
    was opened (a resumed session's), so those can be corrected too.
    """

    session_id: int
    engine: SessionEngine
    set_ids: Mapping[SetRef, int] = field(default_factory=dict)


def _engine(
    db: "Database", athlete_id: int, plan: Plan, clock: Clock, prefs: TrainingPreferences,
    now: datetime, wall_clock: Callable[[], datetime], mode: CountingMode,
) -> SessionEngine:
    """An engine that knows the weaker leg and last time's loads for this plan."""
    from app.storage.last_time import last_sets
    from app.storage.sessions import sets_for

    exercise_ids = {item.exercise_id for item in plan.items}
    recent = [
        entry
        for exercise_id in exercise_ids
        for entry in sets_for(db, athlete_id, exercise_id, now - WEAKER_LEG_WINDOW, None)
    ]
    last_time = {
        (exercise_id, side): entries[-1]
        for exercise_id, by_side in last_sets(db, athlete_id, exercise_ids).items()
        for side, entries in by_side.items()
        if entries
    }
    # A calibration session's legs each try their own ladder and stop at a failing try.
    calibrating = is_calibration(plan)
    return SessionEngine(
        plan, clock, mode=mode, weaker=weaker_leg(recent), last_time=last_time,
        count_in_s=float(prefs.count_in_s), wall_clock=wall_clock,
        match_weaker=not calibrating, leave_out=leave_out if calibrating else None,
    )


def start_session(
    db: "Database", athlete_id: int, plan: Plan, clock: Clock, prefs: TrainingPreferences, *,
    wall_clock: Callable[[], datetime] = utc_now,
) -> Outcome[OpenSession]:
    """Open a session for `plan` and its engine, counting reps as `prefs` say.

    The plan and the counting mode are kept with the session, so it resumes
    exactly as it began. A gym's server that cannot be reached raises
    `DatabaseUnreachableError` with one plain sentence (a session cannot start
    offline; once started, a kiosk keeps its sets in its outbox).
    """
    from app.storage.database import is_connection_error
    from app.storage.errors import DatabaseUnreachableError
    from app.storage.sessions import start_session as store

    now = datetime.now(UTC)
    mode = prefs.counting_mode
    try:
        engine = _engine(db, athlete_id, plan, clock, prefs, now, wall_clock, mode)
        session_id = store(db, athlete_id, plan.name, started_at=now, plan=plan,
                           counting_mode=mode.value)
    except Exception as error:
        if is_connection_error(error) and not isinstance(error, DatabaseUnreachableError):
            raise DatabaseUnreachableError(message(
                "The gym's server cannot be reached; try again in a moment.")) from error
        raise
    return Outcome(OpenSession(session_id, engine), SESSIONS)


def unfinished_session(db: "Database", athlete_id: int) -> SessionInfo | None:
    """The athlete's session left open (the app was closed or killed mid-session), if any."""
    from app.storage.sessions import unfinished_session as latest_open

    return latest_open(db, athlete_id)


def resume_session(
    db: "Database", athlete_id: int, info: SessionInfo, clock: Clock, prefs: TrainingPreferences,
    *, wall_clock: Callable[[], datetime] = utc_now,
) -> OpenSession:
    """Carry on with a session left open, at the side-set after the last one stored.

    The plan is the one the session was started with (or, for a session from
    before plans were kept with sessions, the plan of that name), and reps are
    counted the way they were when it started (the mode chosen now, for a
    session from before that was kept). Raises `NotFoundError` if that plan is
    gone and `ValidationError` if it no longer fits the sets stored.
    """
    from app.storage.sessions import (
        recorded_sets_for_session,
        session_counting_mode,
        session_plan,
    )

    plan = session_plan(db, info.id) or find_plan(db, athlete_id, info.plan_name)
    kept = session_counting_mode(db, info.id)
    mode = CountingMode(kept) if kept in set(CountingMode) else prefs.counting_mode
    engine = _engine(db, athlete_id, plan, clock, prefs, info.started_at, wall_clock, mode)
    recorded = [r for r in recorded_sets_for_session(db, info.id) if not r.entry.warmup]
    try:
        engine.restore(r.entry for r in recorded)
    except ValidationError as error:
        raise ValidationError(message(
            "The session “{plan}” cannot be resumed: {problem}", plan=info.plan_name,
            problem=error.message)) from error
    # The engine keeps the very entries it was given: match them back to their ids.
    ids = {id(r.entry): r.id for r in recorded}
    set_ids = {ref: ids[id(entry)] for ref, entry in engine.entries().items()}
    return OpenSession(info.id, engine, set_ids)


def record_set(db: "Database", session_id: int, entry: SetEntry) -> Outcome[int]:
    """Store one accepted side-set, committed at once; returns its id.

    `ValidationError` for a closed session or bad values, `StorageWriteError`
    when the database cannot take the write; nothing is stored either way.
    """
    from app.storage.sessions import record_set as store

    return Outcome(store(db, session_id, entry), SESSIONS)


def correct_set(
    db: "Database", session_id: int, set_id: int, entry: SetEntry,
) -> Outcome[SetEntry]:
    """Store the athlete's correction of a side-set recorded in this session, committed at once.

    `NotFoundError` if the set is not one of the session's, `ValidationError`
    for bad values, `StorageWriteError` when the database cannot take the
    write; nothing is changed in any of those cases.
    """
    from app.storage.sessions import correct_session_set

    return Outcome(correct_session_set(db, session_id, set_id, entry), SESSIONS)


def finish_session(db: "Database", session_id: int) -> Outcome[SessionInfo]:
    """Close a session that ran to its end (or was ended early); its sets stay as stored.

    A block's calibration session, once closed, sets the block's starts.
    """
    from app.storage.sessions import finish_session as close

    info = close(db, session_id)
    return Outcome(info, SESSIONS | _calibrated(db, info))


def _calibrated(db: "Database", info: SessionInfo) -> Changes:
    if info.plan_name != CALIBRATION_PLAN_NAME:
        return Changes()
    from app.services.programme import finish_calibration

    return finish_calibration(db, info.athlete_id, info.id).changes


def end_unfinished(db: "Database", session_id: int) -> Outcome[SessionInfo]:
    """Close a session left open without resuming it; its sets stay in the history."""
    from app.storage.sessions import abandon_session

    info = abandon_session(db, session_id)
    return Outcome(info, SESSIONS | _calibrated(db, info))

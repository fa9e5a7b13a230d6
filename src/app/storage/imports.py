"""Writing an import: the whole plan in one transaction, and nothing that is already there.

A session is already there when the athlete has one with the same source key
(an imported workout) or, for Legwork's own files, the same start. Within such
a session a set is already there when it has the same source key, or for
Legwork's files the same exercise, side, set number and time. So importing a
file twice, or a later export that overlaps an earlier one, adds only the new
sets. Sessions and sets go in with bulk Core inserts (no ORM object per row):
a 500,000-row file is one transaction of a few executemany calls.

Assessments (only Legwork's own files carry them) go in the same
transaction: one is already there when the athlete has one started at the
same moment; within it a test is matched by its id and a trial by its test,
leg and number, so only trials it lacks are added. What is already there is
left as it is (its status, notes and each test's rules on the day).
"""

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import DateTime, Dialect, Table, func, insert, select, tuple_
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.imports.plan import ImportPlan, PlannedSession, PlannedSet
from app.domain.sides import Side
from app.domain.transfer import AssessedTest, AssessmentRecord
from app.storage.database import Database
from app.storage.exercises import custom_exercise_row
from app.storage.models import (
    AssessmentRow,
    AssessmentTestRow,
    AssessmentTrialRow,
    AthleteRow,
    ExerciseRow,
    SetEntryRow,
    TrainingSessionRow,
    UTCDateTime,
)
from app.storage.session_totals import refresh_session_totals

Progress = Callable[[int, int], None]
"""Told (sets written, sets to write) as an import goes, for a progress bar."""

# Rows per executemany: big enough to be fast, small enough for a lively progress bar.
CHUNK = 5_000
# Values per IN (...) list: well under every database's limit on bound parameters.
_IN_LIMIT = 500

T = TypeVar("T")


@dataclass(frozen=True)
class WriteSummary:
    """What an import added, and what it found already there."""

    athletes_added: tuple[str, ...]
    exercises_added: int
    sessions_added: int
    sessions_extended: int
    sessions_skipped: int
    sets_added: int
    sets_already_there: int
    warmups_added: int
    sided_added: int
    assessments_added: int = 0
    assessments_extended: int = 0
    trials_added: int = 0
    trials_already_there: int = 0

    @property
    def sessions_with_new_sets(self) -> int:
        """Sessions created, or given sets they did not have."""
        return self.sessions_added + self.sessions_extended

    @property
    def assessments_with_new_trials(self) -> int:
        """Assessments created, or given trials (or tests) they did not have."""
        return self.assessments_added + self.assessments_extended


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


@dataclass
class _Target:
    """Where one planned session goes: its athlete, an existing session or a new one."""

    planned: PlannedSession
    athlete_id: int | None
    session_id: int | None
    new_sets: list[PlannedSet]


def write_plan(
    db: Database, plan: ImportPlan, *, dry_run: bool = False, progress: Progress | None = None
) -> WriteSummary:
    """Store `plan` (athletes, exercises, sessions, sets) in one transaction.

    Only what is not already there is written. With `dry_run`, nothing is
    written and the summary says what would have been. A failure of any kind
    rolls everything back. `progress` is called as the sets go in.
    """
    with db.session() as session:
        athletes, added_athletes = _athletes(session, plan, dry_run)
        exercises = _exercises(session, plan, dry_run)
        assessed = _write_assessments(session, plan.assessments, athletes, dry_run)
        targets = [_Target(p, athletes.get(p.athlete.casefold()), None, list(p.sets))
                   for p in plan.sessions]
        _match_sessions(session, targets)
        already = _drop_existing_sets(session, targets, exercises)
        new_sets = [s for t in targets for s in t.new_sets]
        created = [t for t in targets if t.session_id is None]
        matched = [t for t in targets if t.session_id is not None]
        summary = WriteSummary(
            athletes_added=tuple(added_athletes),
            exercises_added=len(plan.new_exercises),
            sessions_added=len(created),
            sessions_extended=sum(1 for t in matched if t.new_sets),
            sessions_skipped=sum(1 for t in matched if not t.new_sets),
            sets_added=len(new_sets),
            sets_already_there=already,
            warmups_added=sum(1 for s in new_sets if s.warmup),
            sided_added=sum(1 for s in new_sets if s.side is not Side.BOTH),
            assessments_added=assessed.added, assessments_extended=assessed.extended,
            trials_added=assessed.trials_added, trials_already_there=assessed.trials_there,
        )
        if not dry_run:
            _insert_sessions(session, created)
            _insert_sets(session, targets, exercises, len(new_sets), progress)
            refresh_session_totals(session, [t.session_id for t in targets
                                             if t.session_id is not None and t.new_sets])
        return summary


def _athletes(session: Session, plan: ImportPlan,
              dry_run: bool) -> tuple[dict[str, int], list[str]]:
    ids = {name.casefold(): athlete_id for athlete_id, name in session.execute(
        select(AthleteRow.id, AthleteRow.name))}
    added: list[str] = []
    named = [*(p.athlete for p in plan.sessions), *(a.athlete for a in plan.assessments)]
    for name in dict.fromkeys(named):
        if name.casefold() in ids:
            continue
        added.append(name)
        if not dry_run:
            row = AthleteRow(name=name, is_demo=False)
            session.add(row)
            session.flush()
            ids[name.casefold()] = row.id
    return ids, added


def _exercises(session: Session, plan: ImportPlan, dry_run: bool) -> dict[str, int]:
    ids = {slug: row_id for slug, row_id in session.execute(
        select(ExerciseRow.slug, ExerciseRow.id))}
    clashes = [e.id for e in plan.new_exercises if e.id in ids]
    if clashes:
        raise ValidationError(
            f"The exercise library changed since this import was prepared ({', '.join(clashes)} "
            "now exists); prepare it again.")
    if not dry_run and plan.new_exercises:
        rows = [custom_exercise_row(exercise) for exercise in plan.new_exercises]
        session.add_all(rows)
        session.flush()
        ids.update((row.slug, row.id) for row in rows)
    missing = sorted({s.exercise_id for p in plan.sessions for s in p.sets} - set(ids)
                     - ({e.id for e in plan.new_exercises} if dry_run else set()))
    if missing:
        raise ValidationError(f"The exercises {', '.join(missing)} are no longer in the library.")
    return ids


def _match_sessions(session: Session, targets: list[_Target]) -> None:
    """Point each target at the athlete's existing session, when there is one."""
    keyed = [t for t in targets if t.athlete_id is not None and t.planned.key is not None]
    for chunk in _chunks(keyed, _IN_LIMIT):
        wanted = {(t.athlete_id, t.planned.key): t for t in chunk}
        found = session.execute(
            select(TrainingSessionRow.athlete_id, TrainingSessionRow.source_key,
                   TrainingSessionRow.id)
            .where(tuple_(TrainingSessionRow.athlete_id, TrainingSessionRow.source_key)
                   .in_(list(wanted))))
        for athlete_id, key, session_id in found:
            wanted[(athlete_id, key)].session_id = session_id
    timed = [t for t in targets if t.athlete_id is not None and t.planned.key is None]
    for chunk in _chunks(timed, _IN_LIMIT):
        by_start: dict[tuple[int | None, datetime], _Target] = {
            (t.athlete_id, t.planned.started_at): t for t in chunk}
        same_start = session.execute(
            select(TrainingSessionRow.athlete_id, TrainingSessionRow.started_at,
                   TrainingSessionRow.id)
            .where(TrainingSessionRow.athlete_id.in_({t.athlete_id for t in chunk}),
                   TrainingSessionRow.started_at.in_({t.planned.started_at for t in chunk})))
        for athlete_id, started_at, session_id in same_start:
            target = by_start.get((athlete_id, started_at))
            if target is not None:
                target.session_id = session_id


def _natural(exercise_id: int, side: str, set_number: int,
             recorded_at: datetime) -> tuple[Any, ...]:
    return (exercise_id, side, set_number, recorded_at)


def _drop_existing_sets(session: Session, targets: list[_Target],
                        exercises: dict[str, int]) -> int:
    """Remove from each matched target the sets its session already has; returns how many."""
    matched = {t.session_id: t for t in targets if t.session_id is not None}
    dropped = 0
    for chunk in _chunks(list(matched), _IN_LIMIT):
        keys: set[tuple[int, str]] = set()
        natural: set[tuple[int, tuple[Any, ...]]] = set()
        for sid, key, exercise_id, side, number, at in session.execute(
            select(SetEntryRow.session_id, SetEntryRow.source_key, SetEntryRow.exercise_id,
                   SetEntryRow.side, SetEntryRow.set_number, SetEntryRow.recorded_at)
            .where(SetEntryRow.session_id.in_(chunk))
        ):
            if key is not None:
                keys.add((sid, key))
            natural.add((sid, _natural(exercise_id, side, number, at)))
        for sid in chunk:
            target = matched[sid]
            kept = []
            for planned in target.new_sets:
                there = (sid, planned.key) in keys if planned.key is not None else (
                    sid, _natural(exercises.get(planned.exercise_id, -1), planned.side.value,
                                  planned.set_number, planned.recorded_at)) in natural
                if not there:
                    kept.append(planned)
            dropped += len(target.new_sets) - len(kept)
            target.new_sets = kept
    return dropped


def _insert_sessions(session: Session, created: list[_Target]) -> None:
    if not created:
        return
    rows = [{
        "athlete_id": t.athlete_id, "plan_name": t.planned.plan_name,
        "started_at": t.planned.started_at, "finished_at": t.planned.finished_at,
        "status": t.planned.status, "notes": t.planned.notes, "source_key": t.planned.key,
    } for t in created]
    # Ids come back in the order of the rows, on SQLite and PostgreSQL alike.
    table = TrainingSessionRow.__table__
    assert isinstance(table, Table)
    ids = session.connection().execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows,
    ).scalars().all()
    for target, session_id in zip(created, ids, strict=True):
        target.session_id = session_id


_SET_COLUMNS = (
    "session_id", "exercise_id", "side", "set_number", "reps", "load_kg", "tempo", "rpe", "rir",
    "touchdowns", "progression_level", "form_knee", "form_hips", "notes", "recorded_at", "warmup",
    "source_key",
)
_PLACEHOLDERS: dict[str, Callable[[int, str], str]] = {
    "qmark": lambda n, name: "?", "format": lambda n, name: "%s",
    "numeric": lambda n, name: f":{n}", "named": lambda n, name: f":{name}",
    "pyformat": lambda n, name: f"%({name})s",
}


_SIDE_TEXT = {side: side.value for side in Side}


def _set_rows(targets: Iterable[_Target], exercises: dict[str, int],
              convert: Callable[[datetime], Any],
              flag: Callable[[Any], Any]) -> Iterator[tuple[Any, ...]]:
    for target in targets:
        session_id = target.session_id
        for s in target.new_sets:
            yield (
                session_id, exercises[s.exercise_id], _SIDE_TEXT[s.side], s.set_number, s.reps,
                s.load_kg, s.tempo, s.rpe, s.rir, s.touchdowns, s.progression_level,
                None if s.form_knee is None else flag(s.form_knee),
                None if s.form_hips is None else flag(s.form_hips), s.notes,
                convert(s.recorded_at), flag(s.warmup), s.key,
            )


def _utc_processor(dialect: Dialect) -> Callable[[datetime], Any]:
    """`UTCDateTime`'s conversion for the dialect, with its common case (already UTC) first."""
    to_naive = UTCDateTime().process_bind_param
    store = DateTime().dialect_impl(dialect).bind_processor(dialect)
    if store is None:
        return lambda value: to_naive(value, dialect)
    # SQLite stores text; when its format is ISO 8601 with microseconds (SQLAlchemy's
    # default), datetime's own isoformat writes it several times faster.
    sample = datetime(2001, 2, 3, 4, 5, 6)
    if store(sample) == sample.isoformat(" ", "microseconds"):
        def iso(value: datetime) -> Any:
            if value.tzinfo is UTC and value.year >= 1000:
                # "2025-02-03 12:00:00.000000+00:00" less its offset.
                return value.isoformat(" ", "microseconds")[:-6]
            return store(to_naive(value, dialect))
        return iso

    def process(value: datetime) -> Any:
        return store(to_naive(value, dialect))
    return process


def _insert_sets(session: Session, targets: list[_Target], exercises: dict[str, int],
                 total: int, progress: Progress | None) -> None:
    """Insert the new sets with the driver's executemany, a chunk at a time.

    The statement is the plainest INSERT in the driver's own parameter style,
    and each value goes through its column type's bind processor, exactly as
    SQLAlchemy would send it; what is skipped is SQLAlchemy's per-row
    bookkeeping, which costs more than SQLite's own work on a big file.
    """
    connection = session.connection()
    dialect = connection.dialect
    table = SetEntryRow.__table__
    assert isinstance(table, Table)
    placeholder = _PLACEHOLDERS[dialect.paramstyle]
    sql = (f"INSERT INTO {table.name} ({', '.join(_SET_COLUMNS)}) VALUES "
           f"({', '.join(placeholder(n, c) for n, c in enumerate(_SET_COLUMNS, start=1))})")
    positional = dialect.paramstyle in ("qmark", "format", "numeric")

    def processor(column: str) -> Callable[[Any], Any]:
        # The dialect's own type (SQLite's DATETIME writes its fixed text format).
        process = table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
        return process if process is not None else (lambda value: value)

    flag = processor("warmup")
    # SQLite stores a flag as 0 or 1, which int() gives at C speed.
    if flag(True) == 1 and flag(False) == 0 and type(flag(True)) is int:
        flag = int
    rows = _set_rows(targets, exercises, _utc_processor(dialect), flag)
    done = 0
    if progress is not None:
        progress(0, total)
    while True:
        batch = list(itertools.islice(rows, CHUNK))
        if not batch:
            break
        params: Any = batch if positional else [dict(zip(_SET_COLUMNS, row, strict=True))
                                                for row in batch]
        connection.exec_driver_sql(sql, params)
        done += len(batch)
        if progress is not None:
            progress(done, total)


@dataclass
class _Assessed:
    """What writing a file's assessments added, and what it found already there."""

    added: int = 0
    extended: int = 0
    trials_added: int = 0
    trials_there: int = 0


def _write_assessments(session: Session, records: Sequence[AssessmentRecord],
                       athletes: dict[str, int], dry_run: bool) -> _Assessed:
    """Add each assessment the athlete lacks, and the tests and trials the matched ones lack."""
    counts = _Assessed()
    for record in records:
        athlete_id = athletes.get(record.athlete.casefold())
        existing = None if athlete_id is None else session.scalar(
            select(AssessmentRow).where(AssessmentRow.athlete_id == athlete_id,
                                        AssessmentRow.started_at == record.started_at)
            .order_by(AssessmentRow.id).limit(1))
        if existing is None:
            counts.added += 1
            counts.trials_added += record.trial_count
            if not dry_run:
                assert athlete_id is not None
                row = AssessmentRow(
                    athlete_id=athlete_id, started_at=record.started_at,
                    finished_at=record.finished_at, status=record.status,
                    involved_side=record.involved.value if record.involved else None,
                    leg_length_left_cm=record.leg_length_left_cm,
                    leg_length_right_cm=record.leg_length_right_cm, notes=record.notes,
                )
                session.add(row)
                session.flush()
                _add_tests(session, row.id, record.tests, {})
            continue
        trials, tests = _add_missing(session, existing.id, record.tests, dry_run)
        counts.trials_added += trials
        counts.trials_there += record.trial_count - trials
        counts.extended += 1 if trials or tests else 0
    return counts


def _add_missing(session: Session, assessment_id: int, tests: Sequence[AssessedTest],
                 dry_run: bool) -> tuple[int, int]:
    """Add the tests and trials an assessment already there lacks; returns how many of each."""
    stored = {row.test_slug: row for row in session.scalars(
        select(AssessmentTestRow).where(AssessmentTestRow.assessment_id == assessment_id))}
    new_tests = sum(1 for test in tests if test.definition.id not in stored)
    taken = {(test_id, side, number) for test_id, side, number in session.execute(
        select(AssessmentTestRow.test_slug, AssessmentTrialRow.side,
               AssessmentTrialRow.trial_number)
        .join(AssessmentTrialRow, AssessmentTrialRow.assessment_test_id == AssessmentTestRow.id)
        .where(AssessmentTestRow.assessment_id == assessment_id))}
    missing = [AssessedTest(test.definition, tuple(
        t for t in test.trials if (test.definition.id, t.side.value, t.number) not in taken))
        for test in tests]
    added = sum(len(test.trials) for test in missing)
    if not dry_run:
        _add_tests(session, assessment_id, missing, stored)
    return added, new_tests


def _add_tests(session: Session, assessment_id: int, tests: Sequence[AssessedTest],
               stored: dict[str, AssessmentTestRow]) -> None:
    """Store each test the assessment lacks (after its others), then the trials given."""
    position = session.scalar(select(func.max(AssessmentTestRow.position)).where(
        AssessmentTestRow.assessment_id == assessment_id)) or 0
    for test in tests:
        rules = test.definition
        row = stored.get(rules.id)
        if row is None:
            position += 1
            row = AssessmentTestRow(
                assessment_id=assessment_id, position=position, test_slug=rules.id,
                name=rules.name, unit=rules.unit, better=rules.better.value,
                trials=rules.trials, cap=rules.cap, decimals=rules.decimals,
                symmetry_line=rules.symmetry_line, difference_flag=rules.difference_flag,
                normalise_to_leg_length=rules.normalise_to_leg_length,
            )
            session.add(row)
            session.flush()
        session.add_all(AssessmentTrialRow(
            assessment_test_id=row.id, side=trial.side.value, trial_number=trial.number,
            value=trial.value, recorded_at=trial.recorded_at) for trial in test.trials)
    session.flush()

"""Assessments (testing days), the tests chosen for them, their trials, and coaches' tests.

Every write commits at once in its own transaction: a trial the athlete has
entered must survive the app crashing a second later. Values are checked by
the domain (`app.domain.assessments.scoring.check_trial`) against the test
as it was stored for that assessment; the tables' CHECK constraints are the
last line behind that. Functions return plain values, never ORM rows.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.assessments.definitions import Better, TestDefinition
from app.domain.assessments.scoring import check_leg_length, check_trial
from app.domain.errors import ValidationError
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.models import (
    AssessmentRow,
    AssessmentTestRow,
    AssessmentTrialRow,
    AthleteRow,
    CustomTestRow,
    utc_now,
)


class AssessmentStatus(StrEnum):
    """Where an assessment stands; only one in progress takes trials."""

    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    ABANDONED = "abandoned"


@dataclass(frozen=True)
class AssessmentInfo:
    """An assessment as plain values (times aware UTC, leg lengths in cm)."""

    id: int
    athlete_id: int
    started_at: datetime
    finished_at: datetime | None
    status: AssessmentStatus
    involved: Side | None
    leg_length_left_cm: float | None
    leg_length_right_cm: float | None
    notes: str

    @property
    def leg_lengths(self) -> dict[Side, float | None]:
        """Each leg's length in cm, None where not given."""
        return {Side.LEFT: self.leg_length_left_cm, Side.RIGHT: self.leg_length_right_cm}


@dataclass(frozen=True)
class RecordedTrial:
    """A stored trial, with the id needed to correct or remove it."""

    id: int
    assessment_id: int
    test_id: str
    side: Side
    trial_number: int
    value: float
    recorded_at: datetime


@dataclass(frozen=True)
class StoredAssessment:
    """An assessment with its tests (as stored on the day) and every trial so far."""

    info: AssessmentInfo
    tests: tuple[TestDefinition, ...]
    trials: tuple[RecordedTrial, ...]

    def trials_of(self, test_id: str, side: Side) -> tuple[float, ...]:
        """One leg's trial values on one test, in trial order."""
        return tuple(
            t.value for t in sorted(self.trials, key=lambda t: t.trial_number)
            if t.test_id == test_id and t.side is side
        )


# -- custom tests ---------------------------------------------------------------------


def _definition(slug: str, row: CustomTestRow | AssessmentTestRow, **rules: Any) -> TestDefinition:
    """A test from a custom-test row or an assessment's copy; `rules` add the copy's flags."""
    return TestDefinition(
        id=slug, name=row.name, unit=row.unit, better=Better(row.better), trials=row.trials,
        cap=row.cap, decimals=row.decimals, **rules,
    )


def _custom(row: CustomTestRow) -> TestDefinition:
    return _definition(
        row.slug, row, summary="A test added by a coach.", group="custom", builtin=False
    )


def add_custom_test(db: Database, test: TestDefinition) -> TestDefinition:
    """Store a coach's test (built by `app.domain.assessments.custom.new_custom_test`)."""
    with db.session() as session:
        if session.scalar(select(CustomTestRow.id).where(CustomTestRow.slug == test.id)):
            raise ValidationError(f"A test called '{test.name}' is already in the battery.")
        row = CustomTestRow(
            slug=test.id, name=test.name, unit=test.unit, better=test.better.value,
            trials=test.trials, cap=test.cap, decimals=test.decimals,
        )
        session.add(row)
        session.flush()
        return _custom(row)


def list_custom_tests(db: Database) -> list[TestDefinition]:
    """The coaches' tests, in the order they were added."""
    with db.session() as session:
        return [_custom(row) for row in session.scalars(select(CustomTestRow).order_by("id"))]


def delete_custom_test(db: Database, test_id: str) -> None:
    """Remove a coach's test from the battery; past assessments keep their copy of it."""
    with db.session() as session:
        row = session.scalar(select(CustomTestRow).where(CustomTestRow.slug == test_id))
        if row is None:
            raise NotFoundError(f"There is no custom test {test_id!r}.")
        session.delete(row)


# -- assessments --------------------------------------------------------------------------


def _info(row: AssessmentRow) -> AssessmentInfo:
    return AssessmentInfo(
        id=row.id,
        athlete_id=row.athlete_id,
        started_at=row.started_at,
        finished_at=row.finished_at,
        status=AssessmentStatus(row.status),
        involved=Side(row.involved_side) if row.involved_side else None,
        leg_length_left_cm=row.leg_length_left_cm,
        leg_length_right_cm=row.leg_length_right_cm,
        notes=row.notes,
    )


def _stored_test(row: AssessmentTestRow) -> TestDefinition:
    return _definition(
        row.test_slug, row, symmetry_line=row.symmetry_line,
        difference_flag=row.difference_flag,
        normalise_to_leg_length=row.normalise_to_leg_length,
    )


def _require(session: Session, assessment_id: int) -> AssessmentRow:
    row = session.get(AssessmentRow, assessment_id)
    if row is None:
        raise NotFoundError(f"There is no assessment with id {assessment_id}.")
    return row


def _require_in_progress(row: AssessmentRow) -> None:
    if row.status != AssessmentStatus.IN_PROGRESS:
        state = AssessmentStatus(row.status).value.replace("_", " ")
        raise ValidationError(
            f"Assessment {row.id} is {state}; only an assessment in progress takes trials "
            "or can be closed."
        )


def start_assessment(
    db: Database,
    athlete_id: int,
    tests: Sequence[TestDefinition],
    *,
    involved: Side | None = None,
    leg_lengths: tuple[float | None, float | None] = (None, None),
    started_at: datetime | None = None,
) -> int:
    """Open an assessment of `tests` (in that order) for an athlete; returns its id."""
    if not tests:
        raise ValidationError("Choose at least one test for the assessment.")
    if len({t.id for t in tests}) != len(tests):
        raise ValidationError("Each test can be chosen only once per assessment.")
    if involved is not None and involved not in (Side.LEFT, Side.RIGHT):
        raise ValidationError("The involved leg is the left or the right one.")
    left = check_leg_length(Side.LEFT, leg_lengths[0])
    right = check_leg_length(Side.RIGHT, leg_lengths[1])
    with db.session() as session:
        if session.get(AthleteRow, athlete_id) is None:
            raise NotFoundError(f"There is no athlete with id {athlete_id}.")
        row = AssessmentRow(
            athlete_id=athlete_id,
            started_at=started_at or utc_now(),
            status=AssessmentStatus.IN_PROGRESS.value,
            involved_side=involved.value if involved else None,
            leg_length_left_cm=left,
            leg_length_right_cm=right,
            notes="",
        )
        session.add(row)
        session.flush()
        for position, test in enumerate(tests, start=1):
            session.add(AssessmentTestRow(
                assessment_id=row.id, position=position, test_slug=test.id, name=test.name,
                unit=test.unit, better=test.better.value, trials=test.trials, cap=test.cap,
                decimals=test.decimals, symmetry_line=test.symmetry_line,
                difference_flag=test.difference_flag,
                normalise_to_leg_length=test.normalise_to_leg_length,
            ))
        return row.id


def set_leg_lengths(
    db: Database, assessment_id: int, left_cm: float | None, right_cm: float | None
) -> AssessmentInfo:
    """Give (or clear) each leg's length for reach normalisation; allowed until finished."""
    left = check_leg_length(Side.LEFT, left_cm)
    right = check_leg_length(Side.RIGHT, right_cm)
    with db.session() as session:
        row = _require(session, assessment_id)
        _require_in_progress(row)
        row.leg_length_left_cm, row.leg_length_right_cm = left, right
        return _info(row)


def _test_row(session: Session, assessment_id: int, test_id: str) -> AssessmentTestRow:
    row = session.scalar(select(AssessmentTestRow).where(
        AssessmentTestRow.assessment_id == assessment_id, AssessmentTestRow.test_slug == test_id
    ))
    if row is None:
        raise ValidationError(f"The test {test_id!r} is not part of assessment {assessment_id}.")
    return row


def _recorded(row: AssessmentTrialRow, assessment_id: int, test_id: str) -> RecordedTrial:
    return RecordedTrial(
        id=row.id, assessment_id=assessment_id, test_id=test_id, side=Side(row.side),
        trial_number=row.trial_number, value=row.value, recorded_at=row.recorded_at,
    )


def record_trial(
    db: Database,
    assessment_id: int,
    test_id: str,
    side: Side,
    value: float,
    *,
    trial_number: int | None = None,
    recorded_at: datetime | None = None,
) -> RecordedTrial:
    """Store one trial, committed at once; `trial_number` None takes the leg's next one.

    Refused with `ValidationError`, writing nothing: a leg other than left or
    right, a test not in the assessment, a closed assessment, a trial number
    already taken or beyond the test's trials, and any value the domain
    refuses (negative, zero time, beyond the cap). An unknown assessment is
    `NotFoundError`.
    """
    if side not in (Side.LEFT, Side.RIGHT):
        raise ValidationError("A trial is on the left or the right leg.")
    with db.session() as session:
        assessment = _require(session, assessment_id)
        _require_in_progress(assessment)
        test_row = _test_row(session, assessment_id, test_id)
        taken = set(session.scalars(select(AssessmentTrialRow.trial_number).where(
            AssessmentTrialRow.assessment_test_id == test_row.id,
            AssessmentTrialRow.side == side.value,
        )))
        number = trial_number if trial_number is not None else max(taken, default=0) + 1
        checked = check_trial(_stored_test(test_row), value, number)
        if number in taken:
            raise ValidationError(
                f"Trial {number} on the {side} leg is already recorded; correct it instead."
            )
        row = AssessmentTrialRow(
            assessment_test_id=test_row.id, side=side.value, trial_number=number,
            value=checked, recorded_at=recorded_at or utc_now(),
        )
        session.add(row)
        try:
            session.flush()
        except IntegrityError:
            # Another screen recorded the same trial a moment ago.
            raise ValidationError(
                f"Trial {number} on the {side} leg was just recorded elsewhere; reload."
            ) from None
        return _recorded(row, assessment_id, test_id)


def _trial_with_test(session: Session, trial_id: int) -> tuple[AssessmentTrialRow,
                                                                   AssessmentTestRow]:
    found = session.execute(
        select(AssessmentTrialRow, AssessmentTestRow)
        .join(AssessmentTestRow, AssessmentTrialRow.assessment_test_id == AssessmentTestRow.id)
        .where(AssessmentTrialRow.id == trial_id)
    ).first()
    if found is None:
        raise NotFoundError(f"There is no recorded trial with id {trial_id}.")
    return found[0], found[1]


def correct_trial(db: Database, trial_id: int, value: float) -> RecordedTrial:
    """Replace a mistyped trial's value (checked like a new one) while the assessment is open."""
    with db.session() as session:
        trial, test_row = _trial_with_test(session, trial_id)
        _require_in_progress(_require(session, test_row.assessment_id))
        trial.value = check_trial(_stored_test(test_row), value, trial.trial_number)
        return _recorded(trial, test_row.assessment_id, test_row.test_slug)


def delete_trial(db: Database, trial_id: int) -> None:
    """Remove a trial while the assessment is open (a false start entered by mistake)."""
    with db.session() as session:
        trial, test_row = _trial_with_test(session, trial_id)
        _require_in_progress(_require(session, test_row.assessment_id))
        session.delete(trial)


def _close(
    db: Database, assessment_id: int, status: AssessmentStatus, at: datetime | None,
    notes: str | None,
) -> AssessmentInfo:
    with db.session() as session:
        row = _require(session, assessment_id)
        _require_in_progress(row)
        row.status = status.value
        row.finished_at = at or utc_now()
        if notes is not None:
            row.notes = notes
        return _info(row)


def finish_assessment(
    db: Database, assessment_id: int, *, finished_at: datetime | None = None,
    notes: str | None = None,
) -> AssessmentInfo:
    """Mark an assessment in progress finished (now, unless `finished_at` is given)."""
    return _close(db, assessment_id, AssessmentStatus.FINISHED, finished_at, notes)


def abandon_assessment(
    db: Database, assessment_id: int, *, at: datetime | None = None
) -> AssessmentInfo:
    """Mark an assessment in progress abandoned; its trials are kept."""
    return _close(db, assessment_id, AssessmentStatus.ABANDONED, at, None)


def get_assessment(db: Database, assessment_id: int) -> StoredAssessment:
    """An assessment with its tests in order and all its trials; `NotFoundError` if none."""
    with db.session() as session:
        row = _require(session, assessment_id)
        test_rows = list(session.scalars(
            select(AssessmentTestRow)
            .where(AssessmentTestRow.assessment_id == assessment_id)
            .order_by(AssessmentTestRow.position)
        ))
        slugs = {test.id: test.test_slug for test in test_rows}
        trial_rows = session.scalars(
            select(AssessmentTrialRow)
            .where(AssessmentTrialRow.assessment_test_id.in_(list(slugs)))
            .order_by(AssessmentTrialRow.recorded_at, AssessmentTrialRow.id)
        )
        return StoredAssessment(
            info=_info(row),
            tests=tuple(_stored_test(test) for test in test_rows),
            trials=tuple(
                _recorded(t, assessment_id, slugs[t.assessment_test_id]) for t in trial_rows
            ),
        )


def assessments_for(
    db: Database,
    athlete_id: int,
    *,
    status: AssessmentStatus | None = None,
    before: datetime | None = None,
    limit: int | None = None,
) -> list[AssessmentInfo]:
    """The athlete's assessments started before `before` (if given), newest first."""
    query = select(AssessmentRow).where(AssessmentRow.athlete_id == athlete_id)
    if status is not None:
        query = query.where(AssessmentRow.status == status.value)
    if before is not None:
        query = query.where(AssessmentRow.started_at < before)
    query = query.order_by(AssessmentRow.started_at.desc(), AssessmentRow.id.desc()).limit(limit)
    with db.session() as session:
        return [_info(row) for row in session.scalars(query)]


def unfinished_assessment(db: Database, athlete_id: int) -> AssessmentInfo | None:
    """The athlete's latest assessment still in progress (left open by a crash), or None."""
    found = assessments_for(db, athlete_id, status=AssessmentStatus.IN_PROGRESS, limit=1)
    return found[0] if found else None


def finished_assessment_ids_with_test(db: Database, athlete_id: int, test_id: str) -> list[int]:
    """Ids of the athlete's finished assessments that include `test_id`, oldest first."""
    query = (
        select(AssessmentRow.id)
        .join(AssessmentTestRow, AssessmentTestRow.assessment_id == AssessmentRow.id)
        .where(
            AssessmentRow.athlete_id == athlete_id,
            AssessmentRow.status == AssessmentStatus.FINISHED.value,
            AssessmentTestRow.test_slug == test_id,
        )
        .order_by(AssessmentRow.started_at, AssessmentRow.id)
    )
    with db.session() as session:
        return list(session.scalars(query))


def trial_count(db: Database, assessment_id: int) -> int:
    """How many trials an assessment holds (for a quick "nothing recorded yet" check)."""
    with db.session() as session:
        return session.scalar(
            select(func.count(AssessmentTrialRow.id))
            .join(AssessmentTestRow, AssessmentTrialRow.assessment_test_id == AssessmentTestRow.id)
            .where(AssessmentTestRow.assessment_id == assessment_id)
        ) or 0

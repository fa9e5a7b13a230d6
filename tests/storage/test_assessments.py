"""Assessments on a real SQLite file: trials committed at once, bad input writing nothing."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from app.battery import builtin_tests
from app.domain.assessments.custom import new_custom_test
from app.domain.errors import ValidationError
from app.domain.sides import Side
from app.storage import assessments as store
from app.storage.athletes import create_athlete
from app.storage.errors import NotFoundError
from tests.builders import separate_connection


def battery_test(test_id: str):
    return next(t for t in builtin_tests() if t.id == test_id)


@pytest.fixture
def athlete(database):
    return create_athlete(database, "Ana")


@pytest.fixture
def assessment_id(database, athlete) -> int:
    tests = [battery_test("single-hop"), battery_test("timed-hop")]
    return store.start_assessment(database, athlete.id, tests, involved=Side.RIGHT,
                                  leg_lengths=(90.0, 91.5))


def raw_trials(database) -> list[tuple]:
    """Read the table through a separate connection: only committed rows are visible there."""
    with separate_connection(database) as conn:
        return [tuple(row) for row in conn.execute(
            text("SELECT side, trial_number, value FROM assessment_trial ORDER BY id")
        )]


def test_a_trial_is_committed_the_moment_it_is_recorded(database, assessment_id) -> None:
    store.record_trial(database, assessment_id, "single-hop", Side.LEFT, 151)
    store.record_trial(database, assessment_id, "single-hop", Side.RIGHT, 133.5)
    assert raw_trials(database) == [("left", 1, 151.0), ("right", 1, 133.5)]


def test_the_next_trial_number_is_taken_per_leg(database, assessment_id) -> None:
    first = store.record_trial(database, assessment_id, "single-hop", Side.LEFT, 150)
    second = store.record_trial(database, assessment_id, "single-hop", Side.LEFT, 155)
    other = store.record_trial(database, assessment_id, "single-hop", Side.RIGHT, 140)
    assert (first.trial_number, second.trial_number, other.trial_number) == (1, 2, 1)
    stored = store.get_assessment(database, assessment_id)
    assert stored.trials_of("single-hop", Side.LEFT) == (150.0, 155.0)
    assert stored.info.involved is Side.RIGHT
    assert stored.info.leg_lengths == {Side.LEFT: 90.0, Side.RIGHT: 91.5}
    assert [t.id for t in stored.tests] == ["single-hop", "timed-hop"]
    assert stored.tests[1].symmetry_line == 90.0


@pytest.mark.parametrize(
    ("test_id", "value", "number", "message"),
    [
        ("single-hop", -5, None, "cannot be negative"),
        ("timed-hop", 0.0, None, "A time of zero is not possible"),
        ("timed-hop", 25.0, None, "beyond the 6 m timed hop's cap of 20 s"),
        ("single-hop", 150, 3, "takes 2 trials per leg; there is no trial 3"),
        ("heel-rise", 20, None, "'heel-rise' is not part of assessment"),
    ],
)
def test_bad_trials_write_nothing(database, assessment_id, test_id, value, number,
                                  message) -> None:
    with pytest.raises(ValidationError, match=message):
        store.record_trial(database, assessment_id, test_id, Side.LEFT, value,
                           trial_number=number)
    assert raw_trials(database) == []


def test_a_taken_trial_number_is_refused_and_can_be_corrected(database, assessment_id) -> None:
    trial = store.record_trial(database, assessment_id, "timed-hop", Side.LEFT, 2.31)
    with pytest.raises(ValidationError, match="Trial 1 on the left leg is already recorded"):
        store.record_trial(database, assessment_id, "timed-hop", Side.LEFT, 2.2, trial_number=1)
    fixed = store.correct_trial(database, trial.id, 2.13)
    assert fixed.value == 2.13
    with pytest.raises(ValidationError, match="A time of zero"):
        store.correct_trial(database, trial.id, 0)
    store.delete_trial(database, trial.id)
    assert raw_trials(database) == []


def test_a_finished_assessment_takes_no_more_trials(database, assessment_id) -> None:
    store.record_trial(database, assessment_id, "single-hop", Side.LEFT, 150)
    info = store.finish_assessment(database, assessment_id, notes="Windy car park")
    assert info.status is store.AssessmentStatus.FINISHED and info.finished_at is not None
    with pytest.raises(ValidationError, match="is finished; only an assessment in progress"):
        store.record_trial(database, assessment_id, "single-hop", Side.RIGHT, 140)
    with pytest.raises(ValidationError):
        store.finish_assessment(database, assessment_id)
    assert store.get_assessment(database, assessment_id).info.notes == "Windy car park"


def test_unknown_ids_are_not_found(database, athlete) -> None:
    with pytest.raises(NotFoundError, match="no assessment with id 99"):
        store.get_assessment(database, 99)
    with pytest.raises(NotFoundError, match="no athlete with id 42"):
        store.start_assessment(database, 42, [battery_test("single-hop")])
    with pytest.raises(NotFoundError, match="no recorded trial"):
        store.delete_trial(database, 7)


def test_starting_needs_tests_and_plausible_leg_lengths(database, athlete) -> None:
    with pytest.raises(ValidationError, match="Choose at least one test"):
        store.start_assessment(database, athlete.id, [])
    with pytest.raises(ValidationError, match="got 9 cm for the left leg"):
        store.start_assessment(database, athlete.id, [battery_test("single-hop")],
                               leg_lengths=(9, None))
    assert store.assessments_for(database, athlete.id) == []


def test_unfinished_and_newest_first(database, athlete) -> None:
    hop = [battery_test("single-hop")]
    old = store.start_assessment(database, athlete.id, hop,
                                 started_at=datetime(2025, 3, 1, 9, tzinfo=UTC))
    store.finish_assessment(database, old)
    new = store.start_assessment(database, athlete.id, hop,
                                 started_at=datetime(2025, 4, 1, 9, tzinfo=UTC))
    assert [a.id for a in store.assessments_for(database, athlete.id)] == [new, old]
    unfinished = store.unfinished_assessment(database, athlete.id)
    assert unfinished is not None and unfinished.id == new
    assert store.finished_assessment_ids_with_test(database, athlete.id, "single-hop") == [old]


def test_custom_tests_are_stored_and_a_past_assessment_keeps_its_copy(database, athlete) -> None:
    wall = new_custom_test(name="Wall sit", unit="s", better="higher", trials=1, cap=300)
    assert store.add_custom_test(database, wall).builtin is False
    with pytest.raises(ValidationError, match="already in the battery"):
        store.add_custom_test(database, wall)
    assessment = store.start_assessment(database, athlete.id, [wall])
    store.record_trial(database, assessment, "wall-sit", Side.LEFT, 95)
    store.delete_custom_test(database, "wall-sit")
    assert store.list_custom_tests(database) == []
    stored = store.get_assessment(database, assessment)
    assert stored.tests[0].name == "Wall sit" and stored.tests[0].cap == 300
    assert stored.trials_of("wall-sit", Side.LEFT) == (95.0,)


def test_deleting_an_athlete_removes_their_assessments(database, athlete, assessment_id) -> None:
    store.record_trial(database, assessment_id, "single-hop", Side.LEFT, 150)
    from app.storage.models import AthleteRow

    with database.session() as session:
        session.delete(session.get(AthleteRow, athlete.id))
    assert raw_trials(database) == []

"""The per-leg test battery's use cases: run an assessment, record trials, report, history.

The Assessments view, the kiosk, Progress and the sheets call these and
nothing below them. A mutating call returns an `Outcome` whose `Changes`
has `assessments=True`; read calls return plain domain values. The domain
decides every rule (checking a trial, the best of the trials, symmetry,
change since last time); storage records.
"""

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from app.battery import builtin_tests
from app.domain.assessments.change import TestChange, change_since
from app.domain.assessments.custom import new_custom_test
from app.domain.assessments.definitions import Better, TestDefinition
from app.domain.assessments.order import (
    Step,
    first_leg,
    next_step,
    preferred_first,
    run_order,
    usual_weaker,
)
from app.domain.assessments.scoring import (
    LEGS,
    TestResult,
    line_summary,
    score_test,
    weakest_first,
)
from app.domain.errors import ValidationError
from app.domain.side_order import SideOrder
from app.domain.sides import Side
from app.services.changes import Changes, Outcome
from app.storage import assessments as store
from app.storage.assessments import AssessmentInfo, AssessmentStatus, RecordedTrial
from app.storage.athletes import list_athletes
from app.storage.database import Database
from app.storage.errors import NotFoundError

CHANGED = Changes(assessments=True)


@dataclass(frozen=True)
class AssessmentReport:
    """An assessment scored: each test's result and its change since the last assessment.

    `results` keep the battery order of the day. `changes` and `compared_with`
    (the start of the earlier assessment each test is compared with) hold
    only tests that had an earlier finished result.
    """

    info: AssessmentInfo
    athlete: str
    results: tuple[TestResult, ...]
    changes: dict[str, TestChange]
    compared_with: dict[str, datetime]

    @property
    def weakest_first(self) -> list[TestResult]:
        """The results ordered by symmetry, the least even first (for Progress's card)."""
        return weakest_first(self.results)

    @property
    def line_summary(self) -> str:
        """One sentence on the tests held to a symmetry line (the hop battery's 90 %)."""
        return line_summary(self.results)

    @property
    def recorded(self) -> bool:
        """Whether any trial at all was recorded."""
        return any(r.left.trials or r.right.trials for r in self.results)


@dataclass(frozen=True)
class HistoryPoint:
    """One finished assessment's result of one test: each leg's best and the symmetry."""

    assessment_id: int
    started_at: datetime
    left: float | None
    right: float | None
    lsi: float | None
    normalised: bool


@dataclass(frozen=True)
class TestHistory:
    """One test over time for one athlete, oldest first (for Progress's chart)."""

    __test__ = False  # a service value, not a pytest class, whatever its name

    test: TestDefinition
    points: tuple[HistoryPoint, ...]


@dataclass(frozen=True)
class TestingDay:
    """An assessment as the screen running it needs it: the plan of trials and where it stands.

    `tests` are the day's tests with today's words and timers; `steps` every
    trial in the order they are run; `results` each test scored so far.
    """

    info: AssessmentInfo
    tests: tuple[TestDefinition, ...]
    steps: tuple[Step, ...]
    trials: tuple[RecordedTrial, ...]
    results: dict[str, TestResult]

    @property
    def done(self) -> frozenset[tuple[str, Side, int]]:
        """Every (test, leg, trial number) recorded."""
        return frozenset((t.test_id, t.side, t.trial_number) for t in self.trials)

    def test(self, test_id: str) -> TestDefinition:
        """One of the day's tests."""
        return next(t for t in self.tests if t.id == test_id)

    def next_step(self, skipped: Collection[str] = ()) -> Step | None:
        """The next trial to run, leaving out the tests in `skipped`; None when none is left."""
        return next_step((s for s in self.steps if s.test_id not in skipped), self.done)

    def missing(self) -> int:
        """How many trials of the plan are not recorded."""
        return sum(
            1 for s in self.steps if (s.test_id, s.side, s.trial_number) not in self.done
        )

    @property
    def last_trial(self) -> RecordedTrial | None:
        """The trial recorded most recently (the one "undo" takes back), or None."""
        return max(self.trials, key=lambda t: (t.recorded_at, t.id), default=None)


# -- the battery -------------------------------------------------------------------------


def battery(db: Database | None) -> list[TestDefinition]:
    """Every test that can be chosen: the built-in battery, then coaches' tests."""
    return [*builtin_tests(), *(store.list_custom_tests(db) if db is not None else ())]


def find_test(db: Database | None, test_id: str) -> TestDefinition:
    """The test with this id; `NotFoundError` naming the tests there are."""
    tests = battery(db)
    found = next((t for t in tests if t.id == test_id), None)
    if found is None:
        known = ", ".join(t.id for t in tests)
        raise NotFoundError(f"There is no test {test_id!r}. Tests: {known}.")
    return found


def add_custom_test(
    db: Database, *, name: str, unit: str, better: str | Better, trials: int,
    cap: float | None = None,
) -> Outcome[TestDefinition]:
    """Add a coach's test to the battery; bad input gets one sentence and writes nothing."""
    tests = battery(db)
    test = new_custom_test(
        name=name, unit=unit, better=better, trials=trials, cap=cap,
        taken_ids=[t.id for t in tests], taken_names=[t.name for t in tests],
    )
    return Outcome(store.add_custom_test(db, test), CHANGED)


def remove_custom_test(db: Database, test_id: str) -> Outcome[None]:
    """Take a coach's test out of the battery; assessments that used it keep their results."""
    if any(t.id == test_id for t in builtin_tests()):
        raise ValidationError("The built-in tests cannot be removed, only left out of a day.")
    store.delete_custom_test(db, test_id)
    return Outcome(None, CHANGED)


def _described(test: TestDefinition) -> TestDefinition:
    """A stored copy of a test with today's words and sources, keeping the day's numbers."""
    current = next((t for t in builtin_tests() if t.id == test.id), None)
    if current is None:
        return replace(test, builtin=False, group=test.group or "custom")
    return replace(
        test, summary=current.summary, protocol=current.protocol, sheet_cue=current.sheet_cue,
        group=current.group, timing=current.timing, metronome=current.metronome,
        window_seconds=current.window_seconds, sources=current.sources, builtin=True,
    )


# -- running an assessment ---------------------------------------------------------------


def start_assessment(
    db: Database,
    athlete_id: int,
    test_ids: Sequence[str] | None = None,
    *,
    involved: Side | None = None,
    leg_lengths: tuple[float | None, float | None] = (None, None),
    started_at: datetime | None = None,
) -> Outcome[AssessmentInfo]:
    """Open an assessment of the chosen tests (default: the whole battery, in its order)."""
    tests = battery(db) if test_ids is None else [find_test(db, t) for t in test_ids]
    assessment_id = store.start_assessment(
        db, athlete_id, tests, involved=involved, leg_lengths=leg_lengths, started_at=started_at,
    )
    return Outcome(store.get_assessment(db, assessment_id).info, CHANGED)


def record_trial(
    db: Database, assessment_id: int, test_id: str, side: Side, value: float, *,
    trial_number: int | None = None,
) -> Outcome[RecordedTrial]:
    """Record one trial, committed before this returns (None: the leg's next trial number)."""
    trial = store.record_trial(
        db, assessment_id, test_id, Side(side), value, trial_number=trial_number
    )
    return Outcome(trial, CHANGED)


def correct_trial(db: Database, trial_id: int, value: float) -> Outcome[RecordedTrial]:
    """Fix a mistyped trial while the assessment is open."""
    return Outcome(store.correct_trial(db, trial_id, value), CHANGED)


def delete_trial(db: Database, trial_id: int) -> Outcome[None]:
    """Remove a trial entered by mistake while the assessment is open."""
    store.delete_trial(db, trial_id)
    return Outcome(None, CHANGED)


def set_leg_lengths(
    db: Database, assessment_id: int, left_cm: float | None, right_cm: float | None
) -> Outcome[AssessmentInfo]:
    """Give each leg's length (cm) so reach is also shown as % of leg length."""
    return Outcome(store.set_leg_lengths(db, assessment_id, left_cm, right_cm), CHANGED)


def next_trial(
    db: Database, assessment_id: int, preferred_first: Side = Side.LEFT
) -> Step | None:
    """The next trial to run, test by test with the legs taking turns; None when all are done.

    The sound leg starts when an involved leg is set, else `preferred_first`
    (the athlete's side order). Trials already recorded are skipped, so this
    also resumes an assessment left open by a crash.
    """
    stored = store.get_assessment(db, assessment_id)
    steps = run_order(stored.tests, first_leg(stored.info.involved, preferred_first))
    done = {(t.test_id, t.side, t.trial_number) for t in stored.trials}
    return next_step(steps, done)


def testing_day(
    db: Database, assessment_id: int, preferred: Side = Side.LEFT
) -> TestingDay:
    """An assessment's plan of trials (starting as `next_trial` does), its trials and scores."""
    stored = store.get_assessment(db, assessment_id)
    steps = run_order(stored.tests, first_leg(stored.info.involved, preferred))
    return TestingDay(
        info=stored.info,
        tests=tuple(_described(t) for t in stored.tests),
        steps=tuple(steps),
        trials=stored.trials,
        results=_score(stored),
    )


def first_leg_for(db: Database, athlete_id: int, order: SideOrder) -> Side:
    """The leg an athlete's testing day starts on, from their side order.

    "Weaker first" takes the leg that was weaker on most tests of their last
    finished assessment (the left leg before the first one, or on a tie).
    """
    weaker = None
    if order is SideOrder.WEAKER_FIRST:
        latest = latest_battery(db, athlete_id)
        weaker = usual_weaker(latest.results) if latest is not None else None
    return preferred_first(order, weaker)


def finish_assessment(
    db: Database, assessment_id: int, *, notes: str | None = None,
    finished_at: datetime | None = None,
) -> Outcome[AssessmentReport]:
    """Close the assessment and return its report (missing trials simply stay missing)."""
    store.finish_assessment(db, assessment_id, notes=notes, finished_at=finished_at)
    return Outcome(assessment_report(db, assessment_id), CHANGED)


def abandon_assessment(db: Database, assessment_id: int) -> Outcome[AssessmentInfo]:
    """Give up an assessment; its trials are kept but it never counts as "last time"."""
    return Outcome(store.abandon_assessment(db, assessment_id), CHANGED)


# -- reading results --------------------------------------------------------------------


def list_assessments(db: Database, athlete_id: int) -> list[AssessmentInfo]:
    """Every assessment of the athlete, newest first."""
    return store.assessments_for(db, athlete_id)


def unfinished_assessment(db: Database, athlete_id: int) -> AssessmentInfo | None:
    """An assessment left in progress (to offer resuming it), or None."""
    return store.unfinished_assessment(db, athlete_id)


def _score(stored: store.StoredAssessment) -> dict[str, TestResult]:
    return {
        test.id: score_test(
            _described(test),
            {side: stored.trials_of(test.id, side) for side in LEGS},
            involved=stored.info.involved,
            leg_lengths=stored.info.leg_lengths,
        )
        for test in stored.tests
    }


def _athlete_name(db: Database, athlete_id: int) -> str:
    return next((a.name for a in list_athletes(db) if a.id == athlete_id), "")


def assessment_report(db: Database, assessment_id: int) -> AssessmentReport:
    """An assessment's results and, per test, the change since the last finished assessment.

    "Last" is the most recent finished assessment started before this one
    that has a result for that test; abandoned ones never count.
    """
    stored = store.get_assessment(db, assessment_id)
    results = _score(stored)
    earlier = store.assessments_for(
        db, stored.info.athlete_id, status=AssessmentStatus.FINISHED,
        before=stored.info.started_at,
    )
    changes: dict[str, TestChange] = {}
    compared: dict[str, datetime] = {}
    for info in earlier:
        waiting = [t for t in results if t not in changes]
        if not waiting:
            break
        previous = _score(store.get_assessment(db, info.id))
        for test_id in waiting:
            then = previous.get(test_id)
            if then is None or (then.left.best is None and then.right.best is None):
                continue
            change = change_since(results[test_id], then)
            if change is not None:
                changes[test_id] = change
                compared[test_id] = info.started_at
    return AssessmentReport(
        info=stored.info,
        athlete=_athlete_name(db, stored.info.athlete_id),
        results=tuple(results.values()),
        changes=changes,
        compared_with=compared,
    )


def latest_battery(db: Database, athlete_id: int) -> AssessmentReport | None:
    """The athlete's latest finished assessment, scored; None before the first one."""
    latest = store.assessments_for(db, athlete_id, status=AssessmentStatus.FINISHED, limit=1)
    return assessment_report(db, latest[0].id) if latest else None


def history_of_test(db: Database, athlete_id: int, test_id: str) -> TestHistory:
    """Each leg's best and the symmetry index of one test at every finished assessment."""
    points = []
    test: TestDefinition | None = None
    for assessment_id in store.finished_assessment_ids_with_test(db, athlete_id, test_id):
        stored = store.get_assessment(db, assessment_id)
        result = _score(stored)[test_id]
        test = result.test
        if result.left.best is None and result.right.best is None:
            continue
        points.append(HistoryPoint(
            assessment_id=assessment_id,
            started_at=stored.info.started_at,
            left=result.left.scored,
            right=result.right.scored,
            lsi=result.symmetry.lsi,
            normalised=result.left.normalised is not None,
        ))
    if test is None:
        test = find_test(db, test_id)
    return TestHistory(test=test, points=tuple(points))

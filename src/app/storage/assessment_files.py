"""Assessments in Legwork's export files: read from the database, written out, read back.

An assessment travels with its tests' rules as they were on the day (the
copy the assessment keeps) and every trial, so a report made from the
imported history is the report made before. The CSV has one row per trial
(`TRIAL_COLUMNS`, after the sets' columns; `timestamp`, `athlete` and
`side` are shared with the sets), repeating the assessment's and the test's
details on each row as set rows repeat their session's. The JSON nests
assessments → tests → trials. Both are read by `AssessmentReader`, with
the same checks as the app's own entry (`check_trial`, `check_leg_length`).
See docs/history-and-export.md.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import groupby
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.assessments.definitions import Better, TestDefinition
from app.domain.assessments.scoring import check_leg_length, check_trial
from app.domain.athletes import clean_athlete_name
from app.domain.errors import ValidationError
from app.domain.imports.problems import ProblemList
from app.domain.imports.values import BadCell
from app.domain.sides import Side
from app.domain.transfer import AssessedTest, AssessmentRecord, TrialRecord, checked_test_rules
from app.storage.assessments import AssessmentStatus
from app.storage.legwork_cells import (
    choice_cell,
    count_cell,
    flag_cell,
    json_objects,
    json_text,
    number_cell,
    optional_number_cell,
    time_cell,
    whole_cell,
)
from app.storage.models import AssessmentRow, AssessmentTestRow, AssessmentTrialRow, AthleteRow

TRIAL_COLUMNS = (
    "test", "trial", "value", "test_name", "test_unit", "better", "trials", "cap", "decimals",
    "symmetry_line", "difference_flag", "normalise_to_leg_length", "assessment_started",
    "assessment_finished", "assessment_status", "involved_leg", "leg_length_left_cm",
    "leg_length_right_cm", "assessment_notes",
)
"""The columns a trial row fills besides `timestamp`, `athlete` and `side` (empty on set rows)."""

REQUIRED_TRIAL_COLUMNS = (
    "test", "trial", "value", "test_name", "test_unit", "better", "trials", "assessment_started",
)
"""Columns a CSV with trial rows must have; the others fall back to empty."""

# JSON field → CSV column, so one reader checks both.
_ASSESSMENT_FIELDS = {
    "athlete": "athlete", "started": "assessment_started", "finished": "assessment_finished",
    "status": "assessment_status", "involved": "involved_leg",
    "leg_length_left_cm": "leg_length_left_cm", "leg_length_right_cm": "leg_length_right_cm",
    "notes": "assessment_notes",
}
_TEST_FIELDS = {
    "id": "test", "name": "test_name", "unit": "test_unit", "better": "better",
    "trials": "trials", "cap": "cap", "decimals": "decimals", "symmetry_line": "symmetry_line",
    "difference_flag": "difference_flag", "normalise_to_leg_length": "normalise_to_leg_length",
}
_TRIAL_FIELDS = {"timestamp": "timestamp", "side": "side", "trial": "trial", "value": "value"}
_LEGS = {Side.LEFT.value: Side.LEFT, Side.RIGHT.value: Side.RIGHT}


# ---------------------------------------------------------------------------- export


def assessment_records(session: Session, athlete_id: int | None) -> Iterator[AssessmentRecord]:
    """Every assessment (one athlete's, or everyone's) with its tests and trials, oldest first."""
    query = (
        select(AthleteRow.name, AssessmentRow, AssessmentTestRow, AssessmentTrialRow)
        .join(AssessmentRow, AssessmentRow.athlete_id == AthleteRow.id)
        .join(AssessmentTestRow, AssessmentTestRow.assessment_id == AssessmentRow.id,
              isouter=True)
        .join(AssessmentTrialRow, AssessmentTrialRow.assessment_test_id == AssessmentTestRow.id,
              isouter=True)
        .order_by(AthleteRow.id, AssessmentRow.started_at, AssessmentRow.id,
                  AssessmentTestRow.position, AssessmentTrialRow.recorded_at,
                  AssessmentTrialRow.id)
        .execution_options(yield_per=500)
    )
    if athlete_id is not None:
        query = query.where(AthleteRow.id == athlete_id)
    for _, rows in groupby(session.execute(query), key=lambda row: row[1].id):
        rows_of_one = list(rows)
        name, assessment = rows_of_one[0][0], rows_of_one[0][1]
        tests = []
        for _, test_rows in groupby(rows_of_one, key=lambda row: row[2].id if row[2] else None):
            one_test = list(test_rows)
            test = one_test[0][2]
            if test is None:
                continue
            tests.append(AssessedTest(_definition(test), tuple(
                TrialRecord(Side(t.side), t.trial_number, t.value, t.recorded_at)
                for *_, t in one_test if t is not None)))
        yield AssessmentRecord(
            athlete=name, started_at=assessment.started_at, finished_at=assessment.finished_at,
            status=assessment.status,
            involved=Side(assessment.involved_side) if assessment.involved_side else None,
            leg_length_left_cm=assessment.leg_length_left_cm,
            leg_length_right_cm=assessment.leg_length_right_cm,
            notes=assessment.notes, tests=tuple(tests),
        )


def _definition(row: AssessmentTestRow) -> TestDefinition:
    return TestDefinition(
        id=row.test_slug, name=row.name, unit=row.unit, better=Better(row.better),
        trials=row.trials, cap=row.cap, decimals=row.decimals, symmetry_line=row.symmetry_line,
        difference_flag=row.difference_flag, normalise_to_leg_length=row.normalise_to_leg_length,
    )


def _number(value: float | None) -> str:
    # The shortest text that reads back to the same float; "152" reads nicer than "152.0".
    return "" if value is None else repr(float(value)).removesuffix(".0")


def _time(value: datetime | None) -> str:
    return "" if value is None else value.astimezone(UTC).isoformat()


def trial_rows(record: AssessmentRecord) -> Iterator[dict[str, str]]:
    """One CSV row (column → cell) per trial of the assessment, its details repeated."""
    details = {
        "athlete": record.athlete, "assessment_started": _time(record.started_at),
        "assessment_finished": _time(record.finished_at), "assessment_status": record.status,
        "involved_leg": record.involved.value if record.involved else "",
        "leg_length_left_cm": _number(record.leg_length_left_cm),
        "leg_length_right_cm": _number(record.leg_length_right_cm),
        "assessment_notes": record.notes,
    }
    for test in record.tests:
        rules = test.definition
        test_cells = {
            "test": rules.id, "test_name": rules.name, "test_unit": rules.unit,
            "better": rules.better.value, "trials": str(rules.trials), "cap": _number(rules.cap),
            "decimals": str(rules.decimals), "symmetry_line": _number(rules.symmetry_line),
            "difference_flag": _number(rules.difference_flag),
            "normalise_to_leg_length": str(rules.normalise_to_leg_length).lower(),
        }
        for trial in test.trials:
            yield {**details, **test_cells, "timestamp": _time(trial.recorded_at),
                   "side": trial.side.value, "trial": str(trial.number),
                   "value": _number(trial.value)}


def assessment_json(record: AssessmentRecord) -> dict[str, Any]:
    """The assessment as the JSON export nests it: its details, its tests, their trials."""
    return {
        "athlete": record.athlete, "started": _time(record.started_at),
        "finished": _time(record.finished_at) or None, "status": record.status,
        "involved": record.involved.value if record.involved else None,
        "leg_length_left_cm": record.leg_length_left_cm,
        "leg_length_right_cm": record.leg_length_right_cm, "notes": record.notes,
        "tests": [{
            "id": test.definition.id, "name": test.definition.name,
            "unit": test.definition.unit, "better": test.definition.better.value,
            "trials": test.definition.trials, "cap": test.definition.cap,
            "decimals": test.definition.decimals,
            "symmetry_line": test.definition.symmetry_line,
            "difference_flag": test.definition.difference_flag,
            "normalise_to_leg_length": test.definition.normalise_to_leg_length,
            "recorded": [{"timestamp": _time(t.recorded_at), "side": t.side.value,
                          "trial": t.number, "value": t.value} for t in test.trials],
        } for test in record.tests],
    }


# ---------------------------------------------------------------------------- import


@dataclass
class _Assessment:
    """An assessment being read: where it was first seen, its details and its tests."""

    row: int
    details: tuple[Any, ...]
    tests: dict[str, tuple[int, TestDefinition, list[TrialRecord]]] = field(default_factory=dict)
    trials: dict[tuple[str, Side, int], int] = field(default_factory=dict)


def _leg_length(side: Side, text: str) -> float | None:
    try:
        return check_leg_length(side, optional_number_cell(f"leg_length_{side}_cm", text))
    except ValidationError as exc:
        raise BadCell(str(exc)) from None


def _rules(cells: Mapping[str, str]) -> TestDefinition:
    get = cells.get
    try:
        return checked_test_rules(
            test_id=get("test", "").strip(), name=get("test_name", "").strip(),
            unit=get("test_unit", "").strip(),
            better=choice_cell("better", get("better", ""), Better),
            trials=whole_cell("trials", get("trials", "")),
            cap=optional_number_cell("cap", get("cap", "")),
            decimals=count_cell("decimals", get("decimals", "")),
            symmetry_line=optional_number_cell("symmetry_line", get("symmetry_line", "")),
            difference_flag=optional_number_cell("difference_flag", get("difference_flag", "")),
            normalise_to_leg_length=bool(flag_cell("normalise_to_leg_length",
                                                   get("normalise_to_leg_length", ""))),
        )
    except ValidationError as exc:
        raise BadCell(str(exc)) from None


class AssessmentReader:
    """Collects the assessments of one file, cell by cell, noting each bad row in `problems`.

    `test(cells, row)` files a test under its assessment (both checked, and
    checked against rows seen before); `trial(cells, row)` also reads one
    trial. Cells are named as the CSV's columns.
    """

    def __init__(self, problems: ProblemList) -> None:
        self.problems = problems
        self._assessments: dict[tuple[str, datetime], _Assessment] = {}
        self.rows = 0

    def _assessment(self, cells: Mapping[str, str], row: int) -> _Assessment:
        get = cells.get
        try:
            athlete = clean_athlete_name(get("athlete", ""))
        except ValidationError as exc:
            raise BadCell(str(exc)) from None
        started = time_cell("assessment_started", get("assessment_started", ""))
        finished_text = get("assessment_finished", "")
        finished = time_cell("assessment_finished", finished_text) if finished_text.strip() \
            else None
        if get("assessment_status", "").strip():
            status = choice_cell("assessment_status", get("assessment_status", ""),
                                 AssessmentStatus)
        else:
            status = AssessmentStatus.IN_PROGRESS if finished is None \
                else AssessmentStatus.FINISHED
        involved_text = get("involved_leg", "").strip().casefold()
        if involved_text and involved_text not in _LEGS:
            raise BadCell(f"involved_leg must be left, right or empty (got {involved_text!r})")
        details = (
            athlete, started, finished, status.value, _LEGS.get(involved_text),
            _leg_length(Side.LEFT, get("leg_length_left_cm", "")),
            _leg_length(Side.RIGHT, get("leg_length_right_cm", "")),
            get("assessment_notes", ""),
        )
        found = self._assessments.setdefault((athlete.casefold(), started),
                                             _Assessment(row, details))
        if found.details != details:
            raise BadCell(
                f"its assessment details (finish time, status, involved leg, leg lengths or "
                f"notes) differ from row {found.row}, which has the same athlete and "
                "assessment_started")
        return found

    def test(self, cells: Mapping[str, str], row: int) -> tuple[_Assessment, TestDefinition]:
        """The assessment and the test `cells` belong to, filed if new; `BadCell` if wrong."""
        assessment = self._assessment(cells, row)
        rules = _rules(cells)
        first_row, known, _ = assessment.tests.setdefault(rules.id, (row, rules, []))
        if known != rules:
            raise BadCell(f"the rules of test {rules.id} (name, unit, trials, cap…) differ "
                          f"from row {first_row} of the same assessment")
        return assessment, rules

    def trial(self, cells: Mapping[str, str], row: int) -> None:
        """Read one trial (with its test and assessment); `BadCell` says what is wrong."""
        assessment, rules = self.test(cells, row)
        side_text = cells.get("side", "").strip().casefold()
        side = _LEGS.get(side_text)
        if side is None:
            raise BadCell(f"a trial's side must be left or right (got {side_text!r})")
        number = whole_cell("trial", cells.get("trial", ""))
        try:
            value = check_trial(rules, number_cell("value", cells.get("value", "")), number)
        except ValidationError as exc:
            raise BadCell(str(exc)) from None
        recorded_at = time_cell("timestamp", cells.get("timestamp", ""))
        earlier = assessment.trials.setdefault((rules.id, side, number), row)
        if earlier != row:
            raise BadCell(f"trial {number} of the {side} leg on {rules.id} is also on row "
                          f"{earlier}")
        assessment.tests[rules.id][2].append(TrialRecord(side, number, value, recorded_at))

    def add(self, cells: Mapping[str, str], row: int, place: str = "", *,
            with_trial: bool = True) -> None:
        """`trial` (or only `test`), noting a problem instead of raising it."""
        self.rows += 1
        try:
            if with_trial:
                self.trial(cells, row)
            else:
                self.test(cells, row)
        except BadCell as problem:
            self.problems.add(row, str(problem), place)

    def result(self) -> tuple[AssessmentRecord, ...]:
        """The assessments read, in the order the file has them."""
        records = []
        for found in self._assessments.values():
            athlete, started, finished, status, involved, left, right, notes = found.details
            records.append(AssessmentRecord(
                athlete=athlete, started_at=started, finished_at=finished, status=status,
                involved=involved, leg_length_left_cm=left, leg_length_right_cm=right,
                notes=notes, tests=tuple(AssessedTest(rules, tuple(trials))
                                         for _, rules, trials in found.tests.values()),
            ))
        return tuple(records)


def read_json_assessments(items: object, reader: AssessmentReader, first_row: int) -> int:
    """Read the JSON export's `assessments` list into `reader`; returns the last row used.

    JSON has no rows, so each trial gets the next number after `first_row`
    (to tell items apart) and a place ("Ann, assessment 2, test 1, trial 3").
    """
    row = first_row
    for a_index, assessment in json_objects(items, "assessments", "the file"):
        cells = {_ASSESSMENT_FIELDS[k]: json_text(v) for k, v in assessment.items()
                 if k in _ASSESSMENT_FIELDS}
        place = f"{cells.get('athlete', '')}, assessment {a_index}"
        tests = list(json_objects(assessment.get("tests"), "tests", place))
        if not tests:
            row += 1
            reader.problems.add(row, "an assessment needs at least one test", place)
        for t_index, test in tests:
            test_cells = dict(cells)
            test_cells.update({_TEST_FIELDS[k]: json_text(v) for k, v in test.items()
                               if k in _TEST_FIELDS})
            trials = list(json_objects(test.get("recorded", []), "recorded",
                                       f"{place}, test {t_index}"))
            if not trials:
                row += 1
                reader.add(test_cells, row, f"{place}, test {t_index}", with_trial=False)
            for x_index, trial in trials:
                row += 1
                trial_cells = dict(test_cells)
                trial_cells.update({_TRIAL_FIELDS[k]: json_text(v) for k, v in trial.items()
                                    if k in _TRIAL_FIELDS})
                reader.add(trial_cells, row, f"{place}, test {t_index}, trial {x_index}")
    return row

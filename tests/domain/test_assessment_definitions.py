"""The shipped battery: every test cited, every number sourced, and broken files refused."""

import shutil
from pathlib import Path

import pytest

from app.battery import builtin_tests
from app.domain.assessments.custom import new_custom_test
from app.domain.assessments.definition_file import TestFileError, load_battery
from app.domain.assessments.definitions import Better, Timing
from app.domain.errors import ValidationError
from app.resources import resource_path

HOP_BATTERY = ("single-hop", "triple-hop", "crossover-hop", "timed-hop")


def by_id() -> dict:
    return {t.id: t for t in builtin_tests()}


def test_the_battery_holds_the_issue_s_eight_tests_in_testing_order() -> None:
    assert [t.id for t in builtin_tests()] == [
        "balance-eyes-closed", "y-balance-anterior", "single-hop", "triple-hop",
        "crossover-hop", "timed-hop", "single-leg-squat-30s", "heel-rise",
    ]


def test_every_test_has_a_protocol_in_steps_and_a_cited_source() -> None:
    for test in builtin_tests():
        assert len(test.protocol) >= 3, test.id
        assert test.sources, test.id
        assert test.sheet_cue and test.summary
        for reference in test.sources:
            assert reference.supports and "(" in reference.citation
            assert not reference.doi or reference.doi.startswith("10.")


def test_the_hop_battery_is_held_to_the_90_percent_line_with_its_sources() -> None:
    tests = by_id()
    for test_id in HOP_BATTERY:
        test = tests[test_id]
        assert test.symmetry_line == 90
        cited = {r.key for r in test.sources}
        # The tests (Noyes), their protocol (Reid) and the 90 % line (Munro, Grindem).
        assert {"noyes-1991", "reid-2007", "munro-2011", "grindem-2016"} <= cited
    assert tests["timed-hop"].better is Better.LOWER
    assert tests["timed-hop"].unit == "s"
    assert all(tests[t].better is Better.HIGHER for t in HOP_BATTERY[:3])
    others = set(tests) - set(HOP_BATTERY)
    assert all(tests[t].symmetry_line is None for t in others)


def test_numbers_that_come_from_a_study() -> None:
    tests = by_id()
    reach = tests["y-balance-anterior"]
    assert reach.difference_flag == 4.0 and reach.normalise_to_leg_length
    assert "plisky-2006" in {r.key for r in reach.sources}
    balance = tests["balance-eyes-closed"]
    assert (balance.cap, balance.trials, balance.timing) == (45, 3, Timing.HOLD)
    assert [r.key for r in balance.sources] == ["springer-2007"]
    heel = tests["heel-rise"]
    assert heel.timing is Timing.PACED and heel.metronome is not None
    assert (heel.metronome.bpm, heel.metronome.beats_per_rep) == (60, 2)
    assert heel.metronome.rep_seconds == 2.0
    squat = tests["single-leg-squat-30s"]
    assert (squat.timing, squat.window_seconds) == (Timing.WINDOW, 30)


def test_json_shape_for_the_cli() -> None:
    shape = by_id()["timed-hop"].to_json()
    assert shape["better"] == "lower" and shape["trials"] == 2 and shape["unit"] == "s"
    assert str(shape["source"]).startswith("Noyes FR, Barber SD, Mangine RE (1991).")
    assert str(shape["source"]).endswith("https://doi.org/10.1177/036354659101900518")


@pytest.fixture
def battery_copy(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "tests"
    shutil.copytree(resource_path("tests"), folder)
    references = tmp_path / "references.toml"
    shutil.copyfile(resource_path("assessment-references.toml"), references)
    return folder, references


def test_a_test_citing_an_unknown_reference_is_refused(battery_copy) -> None:
    folder, references = battery_copy
    path = folder / "single-hop.toml"
    path.write_text(path.read_text().replace('"noyes-1991", ', '"nobody-2024", '))
    with pytest.raises(TestFileError, match=r"single-hop.toml: field 'sources' cites unknown"):
        load_battery(folder, references)


def test_a_reference_that_supports_nothing_is_refused(battery_copy) -> None:
    folder, references = battery_copy
    (folder / "balance-eyes-closed.toml").unlink()
    with pytest.raises(TestFileError, match=r"references \['springer-2007'\] support no test"):
        load_battery(folder, references)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('better = "higher"', 'better = "longer"', "field 'better' must be one of"),
        ("trials = 2", "trials = 9", "field 'trials' must be a whole number from 1 to 5"),
        ('id = "single-hop"', 'id = "hop"', "field 'id' must match the file name"),
        ("cap = 400", "cap = -4", "field 'cap' must be a number above zero"),
        ("symmetry_line = 90", "symmetry_line = 190", "must be a percentage up to 100"),
    ],
)
def test_broken_test_files_name_the_file_and_field(battery_copy, old, new, message) -> None:
    folder, references = battery_copy
    path = folder / "single-hop.toml"
    path.write_text(path.read_text().replace(old, new))
    with pytest.raises(TestFileError, match=message) as caught:
        load_battery(folder, references)
    assert str(caught.value).startswith("single-hop.toml")


def test_a_coach_adds_a_test() -> None:
    test = new_custom_test(name="  Side  hop 30 s ", unit="reps", better="higher", trials=2,
                           cap=80, taken_ids=["single-hop"])
    assert (test.id, test.name, test.decimals, test.cap, test.builtin) == (
        "side-hop-30-s", "Side hop 30 s", 0, 80.0, False)
    timed = new_custom_test(name="Figure-8 hop", unit="s", better=Better.LOWER, trials=3, cap=None)
    assert timed.decimals == 2 and timed.cap is None and timed.better is Better.LOWER


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "  "}, "Give the test a name."),
        ({"name": "Single hop", "taken": ["single-hop"]}, "already in the battery"),
        ({"unit": ""}, "Give the unit the results are in"),
        ({"better": "longer"}, "Say whether higher or lower results are better"),
        ({"trials": 0}, "A test takes 1 to 5 trials per leg (got 0)."),
        ({"trials": 6}, "A test takes 1 to 5 trials per leg (got 6)."),
        ({"cap": 0}, "A cap must be a number above zero, or left empty (got 0)."),
    ],
)
def test_a_bad_custom_test_is_refused_with_one_sentence(fields, message) -> None:
    values = {"name": "Wall sit", "unit": "s", "better": "higher", "trials": 1, "cap": 120.0}
    taken = fields.pop("taken", [])
    values.update(fields)
    with pytest.raises(ValidationError) as caught:
        new_custom_test(**values, taken_ids=taken)
    assert message in str(caught.value)

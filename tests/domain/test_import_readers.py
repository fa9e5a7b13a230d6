"""Each generation of each app's export, read from files written for these tests.

The files in tests/data/imports are made up, in the exact layouts the apps
write (quoting, separators, units, set types); they are not anyone's history.
"""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.imports.formats import detect, read_as
from app.domain.imports.model import SkipReason, SourceApp, SourceFile
from app.domain.imports.problems import ImportRefusedError
from app.domain.imports.table import open_table
from app.domain.units import Unit

DATA = Path(__file__).parents[1] / "data" / "imports"
LONDON = ZoneInfo("Europe/London")


def _read_text(text: str, app: SourceApp | None = None) -> SourceFile:
    table = open_table(text.splitlines(keepends=True))
    assert table is not None
    found = detect(table)
    return read_as(app or found, table, LONDON)  # type: ignore[arg-type]


def _text(name: str) -> str:
    # As written, line endings and all.
    return (DATA / name).read_bytes().decode("utf-8-sig")


def _read(name: str) -> SourceFile:
    return _read_text(_text(name))


def _sets(source: SourceFile) -> list[tuple[object, ...]]:
    return [(s.exercise, s.reps, s.load, s.unit, s.warmup, s.notes)
            for session in source.sessions for s in session.sets]


@pytest.mark.parametrize(("name", "app"), [
    ("strong-semicolon-units.csv", SourceApp.STRONG),
    ("strong-comma-no-duration.csv", SourceApp.STRONG),
    ("strong-comma-duration.csv", SourceApp.STRONG),
    ("strong-2025.csv", SourceApp.STRONG),
    ("strong-workout-number.csv", SourceApp.STRONG),
    ("hevy-kg.csv", SourceApp.HEVY),
    ("hevy-lbs.csv", SourceApp.HEVY),
    ("fitnotes-android-kgs.csv", SourceApp.FITNOTES),
    ("fitnotes-android-lbs.csv", SourceApp.FITNOTES),
    ("fitnotes-android-new.csv", SourceApp.FITNOTES),
    ("fitnotes-ios.csv", SourceApp.FITNOTES),
    ("liftosaur.csv", SourceApp.LIFTOSAUR),
])
def test_the_app_is_told_from_the_header(name: str, app: SourceApp) -> None:
    assert _read(name).app is app


def test_strong_semicolon_export_with_unit_columns() -> None:
    source = _read("strong-semicolon-units.csv")
    assert source.units == {Unit.KG, Unit.LB}
    first, second = source.sessions
    assert (first.title, first.notes) == ("Hill legs", "Windy; cold")
    assert first.started_at == datetime(2020, 3, 2, 18, 5, 10, tzinfo=UTC)
    assert first.finished_at == first.started_at + timedelta(minutes=42)
    assert _sets(source)[1] == ("Bulgarian Split Squat (Right)", 8, 12.5, Unit.KG, False, "")
    assert [s.rpe for s in first.sets] == [None, None, 8.0, 8.5, None]
    assert _sets(source)[4] == ("Back Squat", 5, 135.0, Unit.LB, False, "")
    assert second.sets[0].load == 0.0 and second.sets[0].exercise == "Pull Up"
    assert source.skipped == {SkipReason.CARDIO: 1}


def test_strong_comma_export_without_duration_states_no_unit() -> None:
    source = _read("strong-comma-no-duration.csv")
    assert source.units == frozenset() and not source.unit_stated
    assert [s.finished_at for s in source.sessions] == [None, None]
    assert [s.unit for s in source.sessions[0].sets] == [None] * 4
    assert [s.notes for s in source.sessions[0].sets][:2] == ["L", "R - slow lowering"]
    assert source.sessions[0].sets[3].exercise == "Hip Thrust, Banded"
    assert source.sessions[0].notes == "Before work"


def test_strong_comma_export_with_duration_skips_rest_timers_and_cardio() -> None:
    source = _read("strong-comma-duration.csv")
    evening, quick = source.sessions
    assert evening.finished_at - evening.started_at == timedelta(hours=1, minutes=5)
    assert quick.finished_at - quick.started_at == timedelta(minutes=38)
    assert source.skipped == {SkipReason.CARDIO: 1, SkipReason.REST_TIMER: 1}
    assert [s.exercise for s in evening.sets] == ["Calf Raise (Single Leg)"] * 2 + [
        "Deadlift (Barbell)"] * 2


def test_strong_2025_export_with_set_types_and_float_reps() -> None:
    source = _read("strong-2025.csv")
    sets = source.sessions[0].sets
    assert [s.warmup for s in sets] == [True, False, False, False, False]
    assert [s.reps for s in sets] == [10, 8, 8, 12, 9]
    assert sets[1].load == 25.0, "lb-to-kg noise is rounded away"
    assert [s.notes for s in sets] == ["", "", "", "drop set", "failure"]
    assert source.skipped == {SkipReason.CARDIO: 1}


def test_strong_quoted_semicolon_export_with_workout_number() -> None:
    source = _read("strong-workout-number.csv")
    track, _ = source.sessions
    assert source.units == {Unit.KG}
    assert track.finished_at - track.started_at == timedelta(seconds=2700)
    assert track.notes == "Felt quick"
    assert [s.warmup for s in track.sets] == [True, False, False, False]
    assert [s.notes for s in track.sets] == ["", "R: knee fine", "L", "failure"]
    assert source.skipped == {SkipReason.CARDIO: 1, SkipReason.REST_TIMER: 1}


def test_hevy_metric_export() -> None:
    source = _read("hevy-kg.csv")
    legs, = source.sessions
    assert (legs.title, legs.notes) == ("Legs, then hills", "Felt strong")
    # Local times in London, which keeps summer time in September.
    assert legs.started_at == datetime(2025, 9, 15, 6, 48, tzinfo=UTC)
    assert legs.finished_at == datetime(2025, 9, 15, 7, 50, tzinfo=UTC)
    assert [s.warmup for s in legs.sets][:3] == [True, False, False]
    pull_up = legs.sets[3]
    assert (pull_up.exercise, pull_up.load, pull_up.reps) == ("Pull Up", 0.0, 8)
    assert [s.notes for s in legs.sets[4:6]] == ["failure", "drop set"]
    assert legs.sets[5].load == 140.0
    assert source.skipped == {SkipReason.CARDIO: 2}


def test_hevy_imperial_export() -> None:
    source = _read("hevy-lbs.csv")
    assert source.units == {Unit.LB}
    assert source.sessions[0].started_at == datetime(2024, 3, 3, 18, 5, tzinfo=UTC)
    assert [s.load for s in source.sessions[0].sets] == [15.0, 35.0, 35.0, 225.0]


def test_fitnotes_older_android_exports_carry_the_unit_in_the_header() -> None:
    kgs, lbs = _read("fitnotes-android-kgs.csv"), _read("fitnotes-android-lbs.csv")
    assert kgs.units == {Unit.KG} and lbs.units == {Unit.LB}
    assert [len(s.sets) for s in kgs.sessions] == [3, 1], "one session per day"
    assert kgs.sessions[0].started_at == datetime(2016, 5, 2, 11, 0, tzinfo=UTC), "midday"
    assert kgs.sessions[0].title == "Legs"
    assert kgs.skipped == {SkipReason.CARDIO: 1}


def test_fitnotes_newer_android_export_with_unquoted_commas_in_names() -> None:
    source = _read("fitnotes-android-new.csv")
    day, = source.sessions
    assert [s.exercise for s in day.sets] == [
        "Barbell Squat", "Barbell Squat", "Curl, Hammer", "Split Squat, Rear Foot Elevated - L",
        "Split Squat, Rear Foot Elevated - R", "Calf Raise", "Calf Raise"]
    assert [s.warmup for s in day.sets][:2] == [True, False], "a 'warm up' comment"
    assert [s.unit for s in day.sets][-2:] == [Unit.LB, Unit.LB]
    assert day.title == "Legs, Biceps"


def test_fitnotes_ios_export_keeps_the_weight_the_athlete_typed() -> None:
    source = _read("fitnotes-ios.csv")
    typed = [(s.load, s.unit) for s in source.sessions[0].sets]
    assert typed == [(16.0, Unit.KG), (36.0, Unit.LB)]
    assert source.skipped == {SkipReason.CARDIO: 1}


def test_liftosaur_history() -> None:
    source = _read("liftosaur.csv")
    day_a, day_b = source.sessions
    assert day_a.title == "Runner Strength – Day A"
    assert day_a.finished_at == datetime(2025, 3, 10, 6, 15, tzinfo=UTC)
    assert [s.warmup for s in day_a.sets] == [True, False, False]
    assert [s.recorded_at.minute for s in day_a.sets] == [5, 8, 15]  # type: ignore[union-attr]
    assert (day_a.sets[2].load, day_a.sets[2].unit) == (30.0, Unit.LB)
    assert day_a.sets[1].rpe == 8.0
    assert source.skipped == {SkipReason.NOT_DONE: 1}
    assert len(day_b.sets) == 1


def test_byte_order_mark_crlf_and_trailing_empty_columns_are_fine() -> None:
    text = _text("strong-comma-duration.csv")
    assert "\r\n" in text
    padded = "\ufeff" + text.replace("\r\n", ",,\r\n")
    assert _sets(_read_text(padded)) == _sets(_read_text(text))


def test_keys_identify_sets_across_exports_of_the_same_history() -> None:
    text = _text("strong-2025.csv")
    lines = text.splitlines(keepends=True)
    shorter = "".join(lines[:4])
    whole, part = _read_text(text), _read_text(shorter)
    assert [s.key for s in part.sessions[0].sets] == [s.key for s in whole.sessions[0].sets][:3]
    assert len({s.key for s in whole.sessions[0].sets}) == 5
    assert part.sessions[0].key == whole.sessions[0].key == "strong:2025-02-03T12:00:00"


@pytest.mark.parametrize("name", ["strong-comma-duration.csv", "hevy-kg.csv",
                                  "fitnotes-android-new.csv", "liftosaur.csv"])
def test_a_file_cut_off_mid_row_is_refused_at_that_row(name: str) -> None:
    text = _text(name).rstrip()
    last = text.rindex("\n") + 1
    cut = text[: last + (len(text) - last) // 2]
    rows = len(cut.splitlines())
    with pytest.raises(ImportRefusedError) as refused:
        _read_text(cut)
    assert refused.value.problems[0].row == rows
    assert "cut off" in str(refused.value)


def test_an_unclosed_quote_at_the_end_is_refused() -> None:
    text = _text("hevy-kg.csv")
    cut = text[: text.rindex('"Cycling"') + 4]
    with pytest.raises(ImportRefusedError, match="not valid CSV"):
        _read_text(cut)


@pytest.mark.parametrize(("name", "old", "new", "row", "reason"), [
    ("strong-2025.csv", ",8.0,0,0.0,8\n", ",-8.0,0,0.0,8\n", 3, "reps cannot be negative"),
    ("strong-2025.csv", ",25.0,8.0", ",-25.0,8.0", 4, "a load cannot be negative"),
    ("strong-2025.csv", '",D,', '",X,', 5, "Set Order must be a number, W, D, F"),
    ("hevy-kg.csv", "15 Sep 2025, 07:48", "15/09/2025 07:48", 2, "start_time must be a date"),
    ("hevy-kg.csv", ",9.5\n", ",12\n", 7, "RPE must be between 1 and 10"),
    ("liftosaur.csv", "1,8,8,0", "maybe,8,8,0", 2, "Is Warmup Set? must be 1 or 0"),
    ("fitnotes-android-kgs.csv", "82.5,5", "82.5,lots", 6, "reps must be a number"),
])
def test_a_bad_value_is_refused_with_its_row_and_reason(
    name: str, old: str, new: str, row: int, reason: str
) -> None:
    text = _text(name).replace("\r\n", "\n")
    assert old in text
    with pytest.raises(ImportRefusedError) as refused:
        _read_text(text.replace(old, new, 1))
    assert refused.value.problems[0].row == row
    assert reason in str(refused.value)
    assert str(refused.value).endswith("Nothing was imported.")
    assert ".." not in str(refused.value)


def test_a_header_of_another_app_is_refused_when_the_app_is_forced() -> None:
    text = _text("hevy-kg.csv")
    with pytest.raises(ImportRefusedError, match="row 1: the header is not a Strong export's"):
        _read_text(text, SourceApp.STRONG)


def test_unknown_headers_are_not_claimed_by_any_app() -> None:
    table = open_table(["Day,Lift,Kilos\n", "2025-01-01,Squat,100\n"])
    assert table is not None and detect(table) is None

"""The sheet layout model: what each block says, bests, and pagination (no Qt, no database)."""

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.plan import Plan, PlanItem, builtin_plan
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises
from app.sheets.layout import (
    build_plan_sheet,
    build_summary_sheet,
    last_time_text,
    leg_bests,
    paginate,
    progress_series,
)

DAY1 = datetime(2025, 3, 1, 8, tzinfo=UTC)
DAY2 = datetime(2025, 3, 4, 8, tzinfo=UTC)


def entry(side: Side, reps: int, load: float, n: int = 1, at: datetime = DAY2) -> SetEntry:
    return SetEntry("single-leg-squat", side, n, reps, load, "3-1-1-0", at)


def library() -> dict[str, object]:
    return {e.id: e for e in builtin_exercises()}


def test_builtin_plan_blocks_carry_cues_tempo_legend_and_boxes() -> None:
    sheet = build_plan_sheet(builtin_plan(builtin_exercises()), library(), {}, athlete="Sam")
    assert [b.name for b in sheet.blocks] == [e.name for e in builtin_exercises()]
    squat = sheet.blocks[0]
    assert squat.tempo_legend == "3-1-1-0: 3 s down, 1 s pause, 1 s up, no pause"
    assert 2 <= len(squat.cues) <= 3 and squat.cues[0] == "Knee tracks over the second toe"
    assert squat.illustration is not None and squat.illustration.is_file()
    assert squat.target == "2 sets × 8–12 reps per leg, bodyweight"
    assert squat.cells == ((1, Side.LEFT), (1, Side.RIGHT), (2, Side.LEFT), (2, Side.RIGHT))
    assert squat.last_time == () and squat.last_time_date == ""
    assert sheet.header.athlete == "Sam" and sheet.header.date == ""
    assert sheet.columns == ("Reps", "Load (kg)", "RPE")


def test_last_time_per_leg_and_units() -> None:
    plan = builtin_plan(builtin_exercises())
    last = {"single-leg-squat": {
        Side.LEFT: [entry(Side.LEFT, 8, 12.0), entry(Side.LEFT, 7, 10.0, 2)],
        Side.RIGHT: [entry(Side.RIGHT, 9, 12.0), entry(Side.RIGHT, 9, 12.0, 2)],
    }}
    squat = build_plan_sheet(plan, library(), last).blocks[0]
    assert squat.last_time_for(Side.LEFT) == "8 × 12 kg, 7 × 10 kg"
    assert squat.last_time_for(Side.RIGHT) == "9, 9 reps at 12 kg"
    assert squat.last_time_date == "Tue 4 Mar 2025"
    in_lb = build_plan_sheet(plan, library(), last, unit=Unit.LB)
    assert in_lb.columns[1] == "Load (lb)"
    assert in_lb.blocks[0].last_time_for(Side.RIGHT) == "9, 9 reps at 26.5 lb"


def test_bodyweight_last_time_reads_plainly() -> None:
    assert last_time_text([entry(Side.LEFT, 12, 0), entry(Side.LEFT, 10, 0, 2)], Unit.KG) == (
        "12, 10 reps, bodyweight"
    )


def test_two_leg_exercise_gets_one_column_and_missing_exercise_still_prints() -> None:
    plan = Plan("Mine", (PlanItem("goblet-squat", "Goblet squat", 3, 10, 10, "2-0-1-0",
                                  unilateral=False, load_kg=16),))
    block = build_plan_sheet(plan, library(), {}).blocks[0]
    assert block.sides == (Side.BOTH,)
    assert block.cues == () and block.illustration is None
    assert block.target == "3 sets × 10 reps, 16 kg"
    assert len(block.cells) == 3


def test_new_best_only_when_beating_every_earlier_session() -> None:
    earlier = [entry(Side.LEFT, 8, 10.0, at=DAY1), entry(Side.RIGHT, 8, 14.0, at=DAY1)]
    now = [entry(Side.LEFT, 8, 12.0), entry(Side.RIGHT, 8, 12.0)]
    left, right = leg_bests(now, earlier, Unit.KG)
    assert left.new_best and left.text.endswith("new best")
    assert not right.new_best and "best before: 8 × 14 kg" in right.text


def test_first_time_is_not_a_new_best() -> None:
    (left,) = leg_bests([entry(Side.LEFT, 8, 0.0)], [], Unit.KG)
    assert not left.new_best and left.text == "best set 8 × bodyweight (first time logged)"


def test_progress_series_uses_reps_without_load_and_one_point_per_day() -> None:
    history = [entry(Side.LEFT, 8, 0, at=DAY1), entry(Side.LEFT, 9, 0, 2, at=DAY1),
               entry(Side.RIGHT, 10, 0, at=DAY2)]
    measure, series = progress_series(history)
    assert measure.value == "reps"
    left, right = series
    assert left.side is Side.LEFT and left.values == (17.0,)
    assert right.days == (date(2025, 3, 4).toordinal(),)


def test_summary_sheet_has_sets_lsi_and_bests() -> None:
    sets = [entry(Side.LEFT, 8, 9.0), entry(Side.RIGHT, 8, 10.0)]
    sheet = build_summary_sheet(
        plan_name="Plan", athlete="Sam", day=date(2025, 3, 4), status="finished", notes="",
        sets=sets, earlier={"single-leg-squat": [entry(Side.LEFT, 8, 8.0, at=DAY1)]},
        exercise_names={"single-leg-squat": "Single-leg squat"},
    )
    (block,) = sheet.blocks
    assert block.rows == ((1, ("8 × 9 kg", "8 × 10 kg")),)
    assert block.lsi.startswith("LSI 90%")
    assert not block.flagged
    assert [b.new_best for b in block.bests] == [True, False]
    assert sheet.header.kind == "Session summary" and sheet.header.date == "Tue 4 Mar 2025"


def test_paginate_keeps_order_and_puts_notes_on_the_last_page() -> None:
    assert paginate([40] * 5, 230, tail=24) == [[0, 1, 2, 3, 4]]
    assert paginate([40] * 5, 200, tail=24) == [[0, 1, 2, 3, 4], []]
    assert paginate([40] * 12, 200, tail=24) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11]]
    assert paginate([300, 10], 200) == [[0], [1]]
    assert paginate([], 200, tail=24) == [[]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(1, 150), max_size=30), st.floats(150, 300), st.floats(0, 60))
def test_paginate_never_overfills_a_page(
    heights: list[float], capacity: float, tail: float
) -> None:
    pages = paginate(heights, capacity, tail)
    assert [i for page in pages for i in page] == list(range(len(heights)))
    for page in pages:
        assert len(page) == 1 or sum(heights[i] for i in page) <= capacity
    last = pages[-1]
    if last:
        assert sum(heights[i] for i in last) + tail <= capacity or (tail == 0 and len(last) == 1)


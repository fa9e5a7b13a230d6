"""The sheet layout model: what each block says, bests, and pagination (no Qt, no database)."""

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.metrics import Measure
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


def entry(side: Side, reps: int, load: float, n: int = 1, at: datetime = DAY2,
          **values: object) -> SetEntry:
    return SetEntry("single-leg-squat", side, n, reps, load, "3-1-1-0", at,
                    **values)  # type: ignore[arg-type]


def library() -> dict[str, object]:
    return {e.id: e for e in builtin_exercises()}


def test_builtin_plan_blocks_carry_cues_tempo_legend_and_boxes() -> None:
    sheet = build_plan_sheet(builtin_plan(builtin_exercises()), library(), {}, athlete="Sam")
    plan_names = [item.exercise_name for item in builtin_plan(builtin_exercises()).items]
    assert [b.name for b in sheet.blocks] == plan_names
    assert "Single-leg bent-knee calf raise" not in plan_names  # library only
    squat = sheet.blocks[0]
    assert squat.tempo_legend == "3-1-1-0: 3 s down, 1 s pause, 1 s up, no pause"
    assert 2 <= len(squat.cues) <= 3 and squat.cues[0] == "Knee tracks over the second toe"
    assert squat.illustration is not None and squat.illustration.is_file()
    assert squat.target == "3 sets × 8–12 reps per leg, bodyweight"
    assert squat.cells == ((1, Side.LEFT), (1, Side.RIGHT), (2, Side.LEFT), (2, Side.RIGHT),
                           (3, Side.LEFT), (3, Side.RIGHT))
    assert squat.last_time == () and squat.last_time_date == ""
    assert sheet.header.athlete == "Sam" and sheet.header.date == ""
    assert sheet.columns == ("Reps", "Load (kg)", "RPE")


def test_last_time_per_leg_and_units() -> None:
    plan = builtin_plan(builtin_exercises())
    last = {"single-leg-squat": {
        Side.LEFT: [entry(Side.LEFT, 8, 12.0), entry(Side.LEFT, 7, 10.0, 2)],
        Side.RIGHT: [entry(Side.RIGHT, 9, 12.0), entry(Side.RIGHT, 9, 12.0, 2)],
    }}
    sheet = build_plan_sheet(plan, library(), last, athlete="Sam")
    squat = sheet.blocks[0]
    assert squat.last_time_for(Side.LEFT) == "8 × 12 kg, 7 × 10 kg"
    assert sheet.last_time_box(squat, Side.LEFT) == "8 × 12 kg, 7 × 10 kg"
    assert sheet.last_time_box(sheet.blocks[1], Side.LEFT) == "first time"
    assert squat.last_time_for(Side.RIGHT) == "9, 9 reps at 12 kg"
    assert squat.last_time_date == "Tue 4 Mar 2025"
    in_lb = build_plan_sheet(plan, library(), last, unit=Unit.LB, athlete="Sam")
    assert in_lb.columns[1] == "Load (lb)"
    assert in_lb.blocks[0].last_time_for(Side.RIGHT) == "9, 9 reps at 26.5 lb"


def test_a_sheet_for_no_one_leaves_last_time_blank_and_says_so() -> None:
    plan = builtin_plan(builtin_exercises())
    last = {"single-leg-squat": {Side.LEFT: [entry(Side.LEFT, 8, 12.0)]}}
    sheet = build_plan_sheet(plan, library(), last)
    assert not sheet.for_athlete and sheet.header.athlete == ""
    assert all(sheet.last_time_box(block, side) == "" and block.last_time == ()
               for block in sheet.blocks for side in block.sides)
    assert "No athlete was named, so the Last time boxes are left empty" in \
        sheet.header.instructions
    demo = build_plan_sheet(plan, library(), last, athlete="Demo runner", demo=True)
    assert demo.blocks[0].last_time_for(Side.LEFT) == "8 reps at 12 kg"
    assert "demo athlete's made-up history" in demo.header.instructions


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


def test_progress_series_one_point_per_day() -> None:
    history = [entry(Side.LEFT, 8, 0, at=DAY1), entry(Side.LEFT, 9, 0, 2, at=DAY1),
               entry(Side.RIGHT, 10, 0, at=DAY2)]
    left, right = progress_series(history)
    assert left.side is Side.LEFT and left.values == (17.0,)
    assert right.days == (date(2025, 3, 4).toordinal(),)
    # volume of the load carried with 70 kg of body mass: (8 + 9) × 70 = 1190
    (left_volume, _) = progress_series(history, Measure.VOLUME, 70.0)
    assert left_volume.values == (1190.0,)


def _summary(sets, earlier=(), **options):
    options.setdefault("exercises", library())
    return build_summary_sheet(
        plan_name="Plan", athlete="Sam", day=date(2025, 3, 4), status="finished", notes="",
        sets=sets, earlier={"single-leg-squat": list(earlier)},
        exercise_names={"single-leg-squat": "Single-leg squat"}, **options,
    )


def test_summary_sheet_has_sets_with_both_form_answers_lsi_and_bests() -> None:
    sets = [entry(Side.LEFT, 8, 10.0, form_knee=True, form_hips=False),
            entry(Side.RIGHT, 9, 10.0)]
    sheet = _summary(sets, [entry(Side.LEFT, 8, 8.0, at=DAY1)])
    (block,) = sheet.blocks
    assert [(n, tuple(map(str, cells))) for n, cells in block.rows] == [
        (1, ("8 × 10 kg · knee ✓ hips ✗", "9 × 10 kg · knee – hips –"))]
    left, _right = block.rows[0][1]
    assert (left.text, left.knee, left.hips) == ("8 × 10 kg", "✓", "✗")
    # without a body mass the legs compare on reps at the same load: 8 / 9 = 88.9 %
    assert block.lsi.startswith("LSI 88% (reps at the same load)")
    assert block.flagged
    assert [b.new_best for b in block.bests] == [True, False]
    assert sheet.header.kind == "Session summary" and sheet.header.date == "Tue 4 Mar 2025"
    assert "return-to-sport benchmark used after knee injury" in sheet.header.instructions


def test_no_one_rep_max_from_two_kilos_without_the_body_mass() -> None:
    # 12 × 2 kg single-leg squats used to print "est. 1RM 2.8 kg: new best"
    sets = [entry(Side.LEFT, 12, 2.0), entry(Side.RIGHT, 12, 2.0)]
    earlier = [entry(Side.LEFT, 12, 0.0, at=DAY1), entry(Side.RIGHT, 12, 0.0, at=DAY1)]
    left = _summary(sets, earlier, exercises=library()).blocks[0].bests[0]
    assert left.e1rm == "" and "1RM" not in left.text
    # with a 70 kg athlete the leg carried 72 kg: 72 × (1 + 12/30) = 100.8 kg
    weighed = _summary(sets, earlier, exercises=library(), body_mass_kg=70.0)
    assert weighed.blocks[0].bests[0].text == (
        "best set 12 × 2 kg, est. 1RM 100.8 kg (load carried): new best")


def test_one_measure_for_every_chart_on_a_sheet() -> None:
    # eight bodyweight sessions then a 2 kg one: without body mass every chart shows reps
    # (no flat zero then a cliff); with it, every chart shows volume of the load carried
    earlier = [entry(side, 12, 0.0, at=DAY1) for side in (Side.LEFT, Side.RIGHT)]
    sets = [entry(Side.LEFT, 12, 2.0), entry(Side.RIGHT, 12, 2.0)]
    plain = _summary(sets, earlier, exercises=library())
    assert plain.chart_label == plain.blocks[0].chart_label == "reps"
    assert plain.blocks[0].chart[0].values == (12.0, 12.0)
    weighed = _summary(sets, earlier, exercises=library(), body_mass_kg=70.0)
    assert weighed.blocks[0].chart_label == "kg carried × reps"
    assert weighed.blocks[0].chart[0].values == (840.0, 864.0)  # 12 × 70, 12 × 72


def test_the_sheet_says_what_to_do_next_time() -> None:
    sets = [entry(side, 12, 0.0, n=n, rpe=7.0, form_knee=True, form_hips=True,
                  progression_level=3) for n in (1, 2, 3) for side in (Side.LEFT, Side.RIGHT)]
    (block,) = _summary(sets, exercises=library()).blocks
    assert block.advice.endswith("Move to level 5: Weighted single-leg squat (a dumbbell in "
                                 "each hand, at your sides), at 4 kg, starting again at 8 reps.")


def test_a_line_set_by_the_coach() -> None:
    sheet = _summary([entry(Side.LEFT, 9, 0.0), entry(Side.RIGHT, 10, 0.0)], line=95.0)
    assert sheet.blocks[0].flagged
    assert "The 95% symmetry line was set by the athlete or coach." in sheet.header.instructions


def test_plan_sheet_carries_the_caution() -> None:
    sheet = build_plan_sheet(builtin_plan(builtin_exercises()), library(), {},
                             caution="Pain is a reason to stop.")
    assert sheet.header.instructions.endswith("Pain is a reason to stop.")

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


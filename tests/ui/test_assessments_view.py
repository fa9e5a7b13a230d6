"""The Assessments view: a battery run leg by leg by keyboard, bad input refused, the results."""

import pytest
from PySide6.QtCore import Qt

from app.domain.session import Cue
from app.domain.sides import Side
from app.services import assessments as service
from app.ui.assessments.assessments_view import AssessmentsView
from tests.builders import count_rows

SINGLE_HOP = "single-hop"
BALANCE = "balance-eyes-closed"
SQUATS = "single-leg-squat-30s"


@pytest.fixture
def view(qtbot, controller, ui_settings, fake_clock, cue_sink):
    view = AssessmentsView(controller, ui_settings, clock=fake_clock, cue_sink=cue_sink,
                           autotick=False)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def _choose(view: AssessmentsView, *test_ids: str) -> None:
    for row in view.picker.rows:
        row.check.setChecked(row.test.id in test_ids)


def _type(qtbot, view: AssessmentsView, text: str) -> None:
    entry = view.run_page.entry
    entry.clear()
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def _stored(view: AssessmentsView) -> list[tuple[str, Side, int, float]]:
    assert view.run is not None
    day = service.testing_day(view.controller.require_db(), view.run.assessment_id)
    return sorted((t.test_id, t.side, t.trial_number, t.value) for t in day.trials)


def test_the_picker_lists_the_whole_battery_ticked_with_its_screen_time(view):
    ids = [row.test.id for row in view.picker.rows]
    assert {SINGLE_HOP, BALANCE, SQUATS, "heel-rise", "timed-hop"} <= set(ids)
    assert view.picker.whole_battery()
    assert view.picker.start_button.accessibleName() == "Start the whole battery"
    # The promise: the whole battery fits 15 minutes of screen time.
    assert "14 min" in view.picker.estimate_label.text()
    _choose(view, SINGLE_HOP)
    assert view.picker.start_button.accessibleName() == "Start 1 test"


def test_a_hop_test_runs_leg_by_leg_by_keyboard_and_each_trial_is_stored_at_once(
        qtbot, view, cue_sink):
    _choose(view, SINGLE_HOP)
    view.picker.start_button.click()
    assert view.pages.currentWidget() is view.run_page
    assert view.run is not None and view.run.step.side is Side.LEFT
    assert view.run_page.side_label.text() == "LEFT"

    _type(qtbot, view, "152")
    # In the history before the screen moves on, and the banner turns to the other leg.
    assert count_rows(view.controller.require_db(), "assessment_trial") == 1
    assert view.run.step.side is Side.RIGHT and view.run_page.side_label.text() == "RIGHT"
    assert Cue.SWITCH_LEGS.value in cue_sink.cues

    for value in ("140", "155,5", "138cm"):
        _type(qtbot, view, value)
    assert _stored(view) == [
        (SINGLE_HOP, Side.LEFT, 1, 152.0), (SINGLE_HOP, Side.LEFT, 2, 155.5),
        (SINGLE_HOP, Side.RIGHT, 1, 140.0), (SINGLE_HOP, Side.RIGHT, 2, 138.0)]
    assert view.run.step is None
    assert view.run_page.title_label.text() == "Every trial is in"
    # Every saved trial is listed to check before the results.
    listed = view.run_page.how_label.text()
    assert "152 · 155.5 cm" in listed and "140 · 138 cm" in listed

    # Enter once more shows the results: the left leg's best, the right's, the symmetry.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.pages.currentWidget() is view.results
    assert view.results.summary_label.isVisible()
    table = view.results.table
    cells = [table.item(0, c).text() for c in range(table.columnCount()) if table.item(0, c)]
    assert any("155.5" in c for c in cells) and any("140" in c for c in cells)
    # 140 / 155.5 = 90.03 %, shown rounded down.
    assert any("90 %" in c for c in cells)


@pytest.mark.parametrize(("typed", "words"), [
    ("-20", "cannot be negative"),
    ("", "as a number"),
    ("far", "as a number"),
    ("900", "beyond the single-leg hop for distance's cap of 400 cm"),
])
def test_bad_input_gets_one_sentence_and_saves_nothing(qtbot, view, typed, words):
    _choose(view, SINGLE_HOP)
    view.picker.start_button.click()
    _type(qtbot, view, typed)

    error = view.run_page.error_label
    assert error.isVisible()
    assert words in error.text()
    assert error.text().count(". ") == 0 and error.text().endswith(".")
    assert count_rows(view.controller.require_db(), "assessment_trial") == 0
    # The run waits on the same leg and trial, the value kept to fix.
    assert view.run.step.side is Side.LEFT and view.run.step.trial_number == 1
    assert view.run_page.entry.text() == typed

    _type(qtbot, view, "150")
    assert not error.isVisible()
    assert count_rows(view.controller.require_db(), "assessment_trial") == 1


def test_a_balance_trial_is_timed_by_the_app_and_stopped_with_one_key(
        qtbot, view, fake_clock, cue_sink):
    _choose(view, BALANCE)
    view.picker.start_button.click()
    run = view.run
    assert run is not None
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.run_page.counter.text == "3"
    # The count-in, then the hold: the app's own clock, the session's cues.
    for _ in range(3 * 4 + 50):
        fake_clock.advance(0.25)
        run.tick()
    assert Cue.COUNT_IN.value in cue_sink.cues and Cue.GO.value in cue_sink.cues
    # 45 s cap, 12.5 s held: the big countdown, and a Stop button to tap.
    assert view.run_page.counter.text == "33"
    assert view.run_page.primary_button.isVisible()
    assert view.run_page.primary_button.accessibleName() == "Stop"
    qtbot.keyClick(view, Qt.Key.Key_Space)  # the foot touched down
    assert view.run_page.entry_box.isVisible()
    timed = float(view.run_page.entry.text())
    assert 12.0 <= timed <= 13.0
    assert count_rows(view.controller.require_db(), "assessment_trial") == 0
    qtbot.keyClick(view.run_page.entry, Qt.Key.Key_Return)
    assert _stored(view) == [(BALANCE, Side.LEFT, 1, timed)]
    assert run.step.side is Side.RIGHT


def test_escape_throws_a_false_start_away_and_nothing_is_stored(qtbot, view, fake_clock):
    _choose(view, BALANCE)
    view.picker.start_button.click()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    fake_clock.advance(5.0)
    view.run.tick()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.busy()
    assert count_rows(view.controller.require_db(), "assessment_trial") == 0
    assert view.run.step.side is Side.LEFT and view.run.step.trial_number == 1


def test_undo_last_trial_takes_it_back_to_enter_again(qtbot, view):
    _choose(view, SINGLE_HOP)
    view.picker.start_button.click()
    _type(qtbot, view, "152")
    view.run_page.undo_trial_button.click()
    assert count_rows(view.controller.require_db(), "assessment_trial") == 0
    assert view.run.step.side is Side.LEFT and view.run.step.trial_number == 1


def test_an_assessment_left_open_is_offered_to_carry_on_where_it_stopped(
        qtbot, controller, ui_settings, fake_clock, cue_sink, view):
    _choose(view, SINGLE_HOP)
    view.picker.start_button.click()
    _type(qtbot, view, "152")
    view.stop()

    again = AssessmentsView(controller, ui_settings, clock=fake_clock, cue_sink=cue_sink,
                            autotick=False)
    qtbot.addWidget(again)
    again.show()
    assert again.picker.resume_card.isVisible()
    assert not again.picker.start_button.isEnabled()
    again.picker.resume_button.click()
    assert again.run is not None
    assert again.run.step.side is Side.RIGHT and again.run.step.trial_number == 1


def test_the_main_window_has_assessments_in_the_side_bar_on_ctrl_6(qtbot, window):
    assert window.nav_buttons["assessments"].text() == "Assessments"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "assessments"
    assert window.assessments_view.isVisible()

"""The kiosk's Tests screen (by touch) and Progress's Tests tab (the latest battery, over time)."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.sides import Side
from app.services import assessments as service
from app.ui.assessments.progress_section import TestProgress
from tests.builders import count_rows, kiosk_database
from tests.fakes import FakeClock
from tests.ui.kiosk_helpers import open_kiosk, touch_problems, unlock_and_close

HOP = "single-hop"
TIMED = "timed-hop"


def _tap_value(keys, text: str) -> None:
    for key in text:
        keys.press(key)


def test_the_kiosk_runs_a_test_by_touch_with_a_keypad(qtbot, tmp_path: Path,
                                                      fake_clock: FakeClock) -> None:
    path = tmp_path / "gym.db"
    kiosk_database(path, {"Ida": None})
    window = open_kiosk(qtbot, path, fake_clock)
    window.picker.tile("Ida").click()
    home = window.home
    assert home is not None
    home.tests_tab.click()
    view = home.assessments_view
    assert home.pages.currentWidget() is view and view.isVisible()
    # A shared screen: no coach's tests, no printing.
    assert not view.picker.add_button.isVisibleTo(view)
    assert not view.picker.print_button.isVisibleTo(view)
    for row in view.picker.rows:
        row.check.setChecked(row.test.id == HOP)
    view.picker.start_button.click()
    page = view.run_page
    assert page.keys is not None and page.keys.isVisible()
    assert not touch_problems(window), touch_problems(window)

    assert "-" not in page.keys.keys  # a negative distance cannot even be typed here
    page.save_button.click()
    assert "as a number" in page.error_label.text()
    assert count_rows(view.controller.require_db(), "assessment_trial") == 0

    _tap_value(page.keys, "152.5")
    page.save_button.click()
    assert count_rows(view.controller.require_db(), "assessment_trial") == 1
    assert view.run is not None and view.run.step.side is Side.RIGHT
    assert page.side_label.text() == "RIGHT"
    unlock_and_close(window)


def _finish(db, athlete_id: int, day: datetime, trials: dict[str, tuple[float, float]]) -> None:
    info = service.start_assessment(db, athlete_id, list(trials), started_at=day).value
    for test_id, (left, right) in trials.items():
        service.record_trial(db, info.id, test_id, Side.LEFT, left)
        service.record_trial(db, info.id, test_id, Side.RIGHT, right)
    service.finish_assessment(db, info.id, finished_at=day)


@pytest.fixture
def tests_tab(qtbot, controller, ui_settings):
    widget = TestProgress(controller, ui_settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def test_with_no_assessment_the_tab_says_so_and_opens_assessments(qtbot, tests_tab):
    tests_tab.show()
    assert tests_tab.pages.currentWidget() is tests_tab.empty
    with qtbot.waitSignal(tests_tab.assessments_requested):
        tests_tab.open_button.click()


def test_the_latest_battery_shows_the_weakest_symmetry_first_and_each_test_over_time(
        tests_tab, controller):
    db, athlete = controller.require_db(), controller.require_athlete().id
    _finish(db, athlete, datetime(2025, 3, 1, 9, tzinfo=UTC), {HOP: (150.0, 120.0)})
    # Hop 140 / 150 = 93 %; timed hop 2.10 s / 2.50 s = 84 % (the faster ÷ the slower).
    _finish(db, athlete, datetime(2025, 4, 1, 9, tzinfo=UTC),
            {HOP: (150.0, 140.0), TIMED: (2.10, 2.50)})
    tests_tab.show()

    assert tests_tab.pages.currentWidget() is tests_tab.content
    assert [c.test_id for c in tests_tab.cards] == [TIMED, HOP]
    assert tests_tab.cards[0].lsi_label.text() == "84 %"
    assert tests_tab.cards[1].lsi_label.text() == "93 %"
    assert tests_tab.test_id == TIMED

    tests_tab.set_test(HOP)
    assert tests_tab.leg_chart is not None and tests_tab.symmetry_chart is not None
    assert [(p.left, p.right) for p in tests_tab.history.points] == [(150.0, 120.0),
                                                                     (150.0, 140.0)]
    assert [int(p.lsi) for p in tests_tab.history.points] == [80, 93]
    assert tests_tab.note.text() == ""


def test_a_newly_finished_assessment_reaches_the_tab_through_the_change_channel(
        qtbot, tests_tab, controller):
    tests_tab.show()
    db, athlete = controller.require_db(), controller.require_athlete().id
    info = controller.apply(service.start_assessment(db, athlete, [HOP]))
    for side, value in ((Side.LEFT, 150.0), (Side.RIGHT, 130.0)):
        controller.apply(service.record_trial(db, info.id, HOP, side, value))
    controller.apply(service.finish_assessment(db, info.id))
    assert tests_tab.pages.currentWidget() is tests_tab.content
    assert [c.test_id for c in tests_tab.cards] == [HOP]
    assert "One assessment so far" in tests_tab.note.text()


def test_progress_shows_the_tests_tab_beside_training(qtbot, window):
    window.show_view("progress")
    progress = window.progress_view
    assert [progress.tabs.tabText(i) for i in range(progress.tabs.count())] == [
        "Training", "Tests"]
    assert progress.tabs.widget(1) is progress.tests
    progress.tests.open_button.click()
    assert window.current_view() == "assessments"

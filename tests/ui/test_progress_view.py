"""The Progress view against a known history: the data behind every chart, cards, empty states."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain import preferences as prefs
from app.domain.metrics import Measure
from app.domain.progress import TimeRange
from app.domain.sides import Side
from app.domain.units import KG_PER_LB, Unit
from app.library import builtin_exercises
from app.services.changes import Changes
from app.ui.progress.charts import week_x
from app.ui.progress.progress_view import ProgressView
from app.ui.shell.theme import DARK, LIGHT, ThemeChoice, apply_theme
from tests.builders import log_session

SQUAT = "single-leg-squat"
LUNGE = "reverse-lunge"
NOW = datetime(2025, 4, 30, 12, tzinfo=UTC)
# Three squat sessions: Mon 3 Mar, Thu 6 Mar, Mon 28 Apr (all inside 12 weeks of NOW).
DAYS = (datetime(2025, 3, 3, 7, tzinfo=UTC), datetime(2025, 3, 6, 7, tzinfo=UTC),
        datetime(2025, 4, 28, 7, tzinfo=UTC))
# (left reps, left load, right reps, right load) per session, two sets per leg.
SQUAT_SETS = ((8, 10.0, 10, 10.0), (9, 10.0, 10, 10.0), (10, 12.0, 10, 12.0))


def _log(db, athlete_id, started, sets):
    log_session(db, athlete_id, started, sets, rpe=7.5, form_knee=True, form_hips=True)


@pytest.fixture
def history(controller):
    athlete = controller.athlete.id
    for day, (lr, ll, rr, rl) in zip(DAYS, SQUAT_SETS, strict=True):
        sets = [(SQUAT, Side.LEFT, lr, ll), (SQUAT, Side.RIGHT, rr, rl)] * 2
        _log(controller.db, athlete, day, sets)
    _log(controller.db, athlete, DAYS[1] + timedelta(hours=5), [(LUNGE, Side.LEFT, 12, 0.0)] * 2)
    return controller


@pytest.fixture
def view(qtbot, controller, ui_settings):
    view = ProgressView(controller, ui_settings, now=lambda: NOW, tz=UTC)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def _ys(curve):
    values = curve.getData()[1]
    return [] if values is None else list(values)


def _stamps(days):
    return [d.timestamp() for d in days]


def test_per_leg_series_show_each_legs_reps_by_session(history, view):
    view.refresh()
    xs, left = view.per_leg_chart.left_curve.getData()
    _, right = view.per_leg_chart.right_curve.getData()

    assert view.exercise_combo.currentData() == SQUAT
    assert list(xs) == _stamps(DAYS)
    assert list(left) == [16, 18, 20] and list(right) == [20, 20, 20]
    assert view.per_leg_chart.measure_label == "Reps"


def test_load_measures_need_the_body_mass_and_then_count_the_load_carried(history, view):
    view.set_measure(Measure.VOLUME)
    # Without a body mass there is no load carried to show: no line, and a note says why.
    assert _ys(view.per_leg_chart.left_curve) == []
    assert view.note.isVisible() and "body mass" in view.note.text()
    # The symmetry still compares reps per set at the shared load: 8 / 10, 9 / 10, 10 / 10.
    assert _ys(view.lsi_chart.curve) == [80.0, 90.0, 100.0]

    history.record_body_mass(70.0, Unit.KG, DAYS[0].date())

    # single-leg squat, all of 70 kg on the leg: left 2 × 8 × (10 + 70) = 1280,
    # 2 × 9 × 80 = 1440, 2 × 10 × (12 + 70) = 1640
    assert _ys(view.per_leg_chart.left_curve) == [1280.0, 1440.0, 1640.0]
    assert view.per_leg_chart.measure_label == "Volume (kg carried)"
    assert not view.note.isVisible()

    view.controller.set_preference(prefs.UNIT, Unit.LB)

    lb = _ys(view.per_leg_chart.right_curve)
    assert lb == pytest.approx([1600 / KG_PER_LB, 1600 / KG_PER_LB, 1640 / KG_PER_LB])
    assert view.per_leg_chart.measure_label == "Volume (lb carried)"


def test_e1rm_measure_says_it_is_an_estimate_of_the_load_carried(history, view):
    history.record_body_mass(70.0, Unit.KG, DAYS[0].date())
    view.set_measure(Measure.BEST_E1RM)
    assert "estimate" in view.per_leg_chart.measure_label
    assert "estimate" in view.measure_combo.currentText()
    assert _ys(view.per_leg_chart.left_curve) == pytest.approx(
        [80 * (1 + 8 / 30), 80 * (1 + 9 / 30), 82 * (1 + 10 / 30)])


def test_the_symmetry_line_is_labelled_and_the_athlete_can_set_their_own(history, view):
    view.refresh()
    assert view.lsi_chart.line_label() == "90 %: return to sport after knee injury"

    history.set_preference(prefs.SYMMETRY_LINE, 95)

    assert _ys(view.lsi_chart.target_line) == [95.0, 95.0]
    assert view.lsi_chart.below_zone.region() == (0.0, 95.0)
    assert view.lsi_chart.line_label() == "95 %: your line"
    # the 90 % session (6 March) is below the athlete's own 95 % line
    assert "below the 95 % line" in view.lsi_chart.hover_text(DAYS[1].timestamp())


def test_lsi_points_and_weekly_bars(history, view):
    view.refresh()
    xs, lsi = view.lsi_chart.curve.getData()
    assert list(xs) == _stamps(DAYS)
    assert list(lsi) == [80.0, 90.0, 100.0]
    assert list(view.lsi_chart.target_line.getData()[1]) == [90.0, 90.0]
    assert view.lsi_chart.below_zone.region() == (0.0, 90.0)
    assert list(view.lsi_chart.below_zone.top.getData()[1]) == [90.0, 90.0]

    bar_x, heights = view.weekly_chart.bars.getData()
    weeks = {x: h for x, h in zip(bar_x, heights, strict=True)}
    assert weeks[week_x(datetime(2025, 3, 3).date())] == 3  # two squat sessions and a lunge one
    assert weeks[week_x(datetime(2025, 4, 28).date())] == 1
    assert sum(heights) == 4
    assert view.weekly_chart.target_band.region() == (2, 3)


def test_time_range_narrows_every_chart(history, view):
    view.refresh()
    view.set_time_range(TimeRange.WEEKS_4)

    assert list(view.per_leg_chart.left_curve.getData()[1]) == [20]
    assert list(view.lsi_chart.curve.getData()[1]) == [100.0]
    assert sum(view.weekly_chart.bars.getData()[1]) == 1
    assert view.range_buttons[TimeRange.WEEKS_4].isChecked()


def test_hover_shows_the_exact_values_and_date(history, view):
    view.refresh()
    text = view.per_leg_chart.hover_text(DAYS[0].timestamp() + 3600)
    assert "Mon 3 Mar 2025" in text and "LEFT: 16" in text and "RIGHT: 20" in text
    assert "80.0 %" in view.lsi_chart.hover_text(DAYS[0].timestamp())
    assert "3 sessions, on target" in view.weekly_chart.hover_text(
        week_x(datetime(2025, 3, 3).date()))
    assert view.per_leg_chart.hover_text(NOW.timestamp() + 400 * 86400) is None


def test_summary_cards_show_symmetry_trend_weaker_leg_and_next_step(history, view):
    view.refresh()
    cards = {card.card.exercise.id: card for card in view.cards}

    squat = cards[SQUAT]
    assert squat.lsi_label.text() == "LSI 100 %"
    # 100 % now against 90 % on 6 March, the latest session at least 4 weeks earlier.
    assert "+10" in squat.trend_label.text()
    assert "Legs level" in squat.weaker_label.text()
    assert squat.advice_label.text().startswith("Next: ")
    assert "Only the LEFT leg" in cards[LUNGE].weaker_label.text()


def test_clicking_a_card_shows_its_exercise(history, view, qtbot):
    view.refresh()
    lunge_card = next(c for c in view.cards if c.card.exercise.id == LUNGE)
    qtbot.mouseClick(lunge_card, Qt.MouseButton.LeftButton)

    assert view.exercise_combo.currentData() == LUNGE
    assert view.note.isVisible()
    assert "Only your LEFT leg" in view.note.text() and "RIGHT" in view.note.text()
    assert _ys(view.lsi_chart.curve) == []


def test_an_exercise_with_nothing_in_range_says_so(history, view):
    view.refresh()
    view.set_exercise(LUNGE)
    view.set_time_range(TimeRange.WEEKS_4)
    assert "No sets of Reverse lunge in the last 4 weeks" in view.note.text()


def test_new_history_redraws_the_view(history, view):
    view.refresh()
    _log(history.db, history.athlete.id, NOW - timedelta(days=1),
         [(SQUAT, Side.LEFT, 11, 12.0), (SQUAT, Side.RIGHT, 11, 12.0)])
    history.publish(Changes(sessions=True))
    assert list(view.per_leg_chart.left_curve.getData()[1]) == [16, 18, 20, 11]


def test_empty_state_explains_and_offers_a_session_or_demo(controller, view, qtbot):
    assert view.pages.currentWidget() is view.empty
    assert not view.exercise_combo.isVisible()
    assert not view.athlete_combo.isVisible()  # only one athlete so far
    with qtbot.waitSignal(view.start_session_requested):
        view.empty.start_button.click()

    view.empty.demo_button.click()

    assert controller.athlete.is_demo
    assert view.pages.currentWidget() is view.content
    assert view.athlete_combo.isVisible() and view.athlete_combo.count() == 2
    assert len(view.cards) == len(builtin_exercises())
    assert len(view.per_leg_chart.left_curve.getData()[1]) > 0


def test_athlete_switcher_changes_whose_history_is_shown(history, view):
    history.load_demo_data()
    assert view.athlete_combo.isVisible()
    home = view.athlete_combo.findText(history.athletes()[0].name)

    view.athlete_combo.setCurrentIndex(home)
    view.athlete_combo.activated.emit(home)

    assert not history.athlete.is_demo
    assert list(view.per_leg_chart.left_curve.getData()[1]) == [16, 18, 20]


def test_theme_change_recolours_the_legs(history, view):
    view.refresh()
    assert view.per_leg_chart.left_curve.opts["pen"].color().name() == LIGHT.left
    view.settings.set_theme(ThemeChoice.DARK)
    assert view.per_leg_chart.left_curve.opts["pen"].color().name() == DARK.left
    assert view.per_leg_chart.right_curve.opts["pen"].color().name() == DARK.right
    left, right = view.per_leg_chart.left_curve, view.per_leg_chart.right_curve
    assert left.opts["symbol"] != right.opts["symbol"]  # apart in greyscale too
    assert left.opts["pen"].style() != right.opts["pen"].style()


def test_switching_measure_relabels_the_cards_in_place(history, view):
    view.refresh()
    shown = list(view.cards)
    squat = next(c for c in view.cards if c.card.exercise.id == SQUAT)
    assert squat.basis_label.text() == f"symmetry on {Measure.REPS.label}"

    view.set_measure(Measure.VOLUME)

    assert view.cards == shown  # the same cards, refilled: the row does not flicker
    # no body mass: the legs are compared on reps at the same load instead
    assert squat.basis_label.text() == f"symmetry on {Measure.REPS_AT_SAME_LOAD.label}"
    history.record_body_mass(70.0, Unit.KG, DAYS[0].date())
    assert view.cards == shown
    assert squat.basis_label.text() == f"symmetry on {Measure.VOLUME.label}"
    # Per set, 10 × 82 kg carried on each leg on 28 Apr; 9 × 80 against 10 × 80 on 6 March.
    assert squat.lsi_label.text() == "LSI 100 %" and "+10" in squat.trend_label.text()
    lunge = next(c for c in view.cards if c.card.exercise.id == LUNGE)
    assert "Only the LEFT leg" in lunge.weaker_label.text()
    assert not lunge.basis_label.isVisible()


def test_all_history_charts_show_new_sets_after_a_history_change(history, view):
    view.refresh()
    view.set_time_range(TimeRange.ALL)
    assert list(view.per_leg_chart.left_curve.getData()[1]) == [16, 18, 20]
    view.set_exercise(LUNGE)
    view.set_exercise(SQUAT)  # back to an exercise already read

    _log(history.db, history.athlete.id, NOW - timedelta(days=1),
         [(SQUAT, Side.LEFT, 11, 12.0), (SQUAT, Side.RIGHT, 12, 12.0)])
    history.publish(Changes(sessions=True))

    assert list(view.per_leg_chart.left_curve.getData()[1]) == [16, 18, 20, 11]
    assert list(view.per_leg_chart.right_curve.getData()[1]) == [20, 20, 20, 12]
    assert sum(view.weekly_chart.bars.getData()[1]) == 5


def test_cards_follow_the_athlete_with_fewer_or_more_exercises(history, view):
    history.load_demo_data()
    assert len(view.cards) == len(builtin_exercises())
    home = history.athletes()[0]

    history.set_athlete(home.id)

    assert sorted(c.card.exercise.id for c in view.cards) == sorted([SQUAT, LUNGE])
    assert all(c.isVisible() for c in view.cards)
    history.set_athlete(next(a.id for a in history.athletes() if a.is_demo))
    assert len(view.cards) == len(builtin_exercises())
    assert all(c.isVisible() for c in view.cards)


def _one_line(label) -> bool:
    return label.height() < 1.6 * label.fontMetrics().lineSpacing()


def test_cards_share_the_width_of_the_row_at_1280_px(controller, window, qtbot):
    controller.load_demo_data()
    window.show_view("progress")
    view = window.view("progress")
    qtbot.wait(1)

    assert len(view.cards) == len(builtin_exercises())
    rows = {card.y() for card in view.cards}
    assert len(rows) == 1, "six cards fit one row at 1280 px"
    used = sum(card.width() for card in view.cards) + 10 * (len(view.cards) - 1)
    assert used >= view.content.width() - 2, "no part of the row is left empty"
    assert len({card.width() for card in view.cards}) <= 2  # equal shares, give or take a pixel
    for card in view.cards:
        # "no change in 4 / weeks" broke onto two lines beside an empty third of the row
        assert _one_line(card.trend_label), card.trend_label.text()


def test_many_one_leg_exercises_wrap_and_scroll_without_squeezing_the_charts(
    controller, window, qtbot
):
    from app.storage.exercises import add_custom_exercise
    from tests.builders import exercise

    athlete = controller.athlete.id
    slugs = [f"one-leg-drill-{n}" for n in range(14)]
    for slug in slugs:
        # One long name makes its card, and its row, taller than the others.
        name = "One leg drill 13 on a box with a long name" if slug.endswith("-13") else None
        add_custom_exercise(controller.db, exercise(slug, name, builtin=False,
                                                    unilateral=False))
    for day in range(3):
        _log(controller.db, athlete, NOW - timedelta(days=3 * day + 1),
             [(slug, side, 8, 10.0) for slug in slugs for side in (Side.LEFT, Side.RIGHT)])
    controller.publish(Changes(exercises=True, sessions=True))
    window.show_view("progress")
    view = window.view("progress")
    qtbot.wait(1)

    assert len(view.cards) == 14
    widths = {card.width() for card in view.cards}
    assert min(widths) >= 160 and max(widths) - min(widths) <= 1, "readable, equal shares"
    assert all(_one_line(card.trend_label) for card in view.cards)
    assert view.card_grid.height() <= 0.3 * view.height()
    assert view.card_grid.verticalScrollBar().maximum() > 0, "the other rows scroll"
    assert view.per_leg_chart.height() >= view.per_leg_chart.minimumHeight()

    # Charting an exercise whose card is on a row scrolled out of sight brings it into view,
    # outlined; only that card is.
    last = view.cards[-1]
    view.set_exercise(last.card.exercise.id)
    qtbot.wait(1)
    top = last.mapTo(view.card_grid.viewport(), last.rect().topLeft()).y()
    assert top >= 0 and top + last.height() <= view.card_grid.viewport().height()
    assert [card.property("charted") for card in view.cards] == [False] * 13 + [True]
    shown_height = view.card_grid.viewport().height()
    for card in view.cards:
        # Whole rows in view: no sliver of a card cut off by the grid's edge.
        y = card.mapTo(view.card_grid.viewport(), card.rect().topLeft()).y()
        visible = min(y + card.height(), shown_height) - max(y, 0)
        assert visible <= 0 or visible == card.height(), (card.card.exercise.id, y, visible)


def test_the_exercise_list_has_every_exercise_with_sets_cards_first(controller, view):
    from app.storage.exercises import add_custom_exercise
    from tests.builders import exercise

    add_custom_exercise(controller.db, exercise("back-squat", "Back squat", builtin=False,
                                                unilateral=False))
    athlete = controller.athlete.id
    _log(controller.db, athlete, DAYS[0], [("back-squat", Side.BOTH, 5, 100.0),
                                           (SQUAT, Side.LEFT, 8, 10.0),
                                           (SQUAT, Side.RIGHT, 8, 10.0)])
    controller.publish(Changes(exercises=True, sessions=True))
    view.refresh()

    listed = [view.exercise_combo.itemData(i) for i in range(view.exercise_combo.count())]
    assert listed == [SQUAT, None, "back-squat"]  # a separator between the two kinds
    assert [c.card.exercise.id for c in view.cards] == [SQUAT]

    view.set_exercise("back-squat")

    assert _ys(view.per_leg_chart.both_curve) == [5.0]
    assert "no sets for one leg at a time" in view.note.text()
    assert ("BOTH" in [label.text for _, label in view.per_leg_chart.legend.items])


def test_history_of_two_sided_lifts_only_shows_charts_not_the_empty_page(controller, view):
    from app.storage.exercises import add_custom_exercise
    from tests.builders import exercise

    add_custom_exercise(controller.db, exercise("bench-press", "Bench press", builtin=False,
                                                unilateral=False))
    _log(controller.db, controller.athlete.id, DAYS[0], [("bench-press", Side.BOTH, 5, 60.0)])
    controller.publish(Changes(exercises=True, sessions=True))
    view.refresh()

    assert view.pages.currentWidget() is view.content
    assert view.cards == [] and view.card_grid.height() == 0
    assert view.exercise_combo.currentData() == "bench-press"


def test_redraws_update_the_same_curves_in_place(history, view):
    view.refresh()
    charts = (view.per_leg_chart, view.lsi_chart, view.weekly_chart)
    before = [list(chart.getPlotItem().listDataItems()) for chart in charts]
    curves = (view.per_leg_chart.left_curve, view.per_leg_chart.right_curve)

    for change in (lambda: view.set_time_range(TimeRange.ALL), lambda: view.set_exercise(LUNGE),
                   lambda: view.set_measure(Measure.VOLUME), view.refresh,
                   lambda: view.set_exercise(SQUAT)):
        change()
        # One curve per leg, filled with setData: no item is added, none replaced.
        assert [list(chart.getPlotItem().listDataItems()) for chart in charts] == before
        assert (view.per_leg_chart.left_curve, view.per_leg_chart.right_curve) == curves
    assert all(c.opts["autoDownsample"] and c.opts["clipToView"] for c in curves)


@pytest.fixture
def app_theme(qapp):
    """The app's own light theme (its fonts and padding), put back as it was afterwards."""
    sheet, palette = qapp.styleSheet(), qapp.palette()
    apply_theme(qapp, ThemeChoice.LIGHT)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def test_at_1280_by_800_the_caution_and_a_note_leave_the_charts_their_room(
    app_theme, controller, window, qtbot
):
    # A first start shows the caution banner; a history whose last sets are months old
    # adds the "nothing in range" note. Together they left the page shorter than its
    # charts' minimum, and the lower charts were drawn over the legs' legend.
    old = datetime.now(UTC) - timedelta(days=200)
    _log(controller.db, controller.athlete.id, old,
         [(item.id, side, 12, 20.0) for item in builtin_exercises() for side in Side] * 3)
    controller.publish(Changes(sessions=True))
    window.show_view("progress")
    view = window.view("progress")
    qtbot.wait(1)

    assert window.caution is not None and window.caution.isVisible()
    assert view.note.isVisible() and "No sets of" in view.note.text()
    legs, lsi, weekly = view.per_leg_chart, view.lsi_chart, view.weekly_chart
    assert legs.geometry().bottom() < min(lsi.geometry().top(), weekly.geometry().top())
    assert max(lsi.geometry().bottom(), weekly.geometry().bottom()) < view.content.height()
    for chart in (legs, lsi, weekly):
        assert chart.height() >= chart.minimumHeight(), chart.accessibleName()

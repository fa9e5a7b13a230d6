"""The training block in the app: the wizard, the Programme view, today's card, reminders, kiosk."""

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain.athletes import KioskAthlete
from app.domain.errors import LegworkError
from app.domain.programme.schedule import SessionStatus
from app.domain.records import SetEntry
from app.domain.session import SessionState
from app.domain.sides import Side
from app.services import programme as service
from app.services import sessions
from app.ui.kiosk.picker import AthletePicker
from app.ui.programme.programme_view import ProgrammeView
from app.ui.programme.reminder import Reminder
from app.ui.programme.source import today
from app.ui.programme.wizard import BlockWizard
from app.ui.shell.controller import AppController
from app.ui.shell.main_window import MainWindow
from app.ui.shell.settings import UiSettings
from tests.fakes import FakeClock, FakeCueSink
from tests.ui.session_helpers import make_view

L, R = Side.LEFT, Side.RIGHT


def _days_with_today() -> str:
    """Two training days, today one of them, not back to back."""
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    now = today().weekday()
    return f"{names[now]},{names[(now + 3) % 7]}"


def _start_block(controller: AppController) -> None:
    controller.apply(service.start_block(controller.require_db(),
                                         controller.require_athlete().id,
                                         days=_days_with_today(), today=today()))


def test_a_block_is_set_up_in_the_wizard_with_two_presses(
    qtbot, controller: AppController,
) -> None:
    wizard = BlockWizard(controller)
    qtbot.addWidget(wizard)
    assert wizard.chosen_days() == (0, 3) and wizard.weeks.value() == 8
    with qtbot.waitSignal(controller.changed) as published:
        qtbot.mouseClick(wizard.start_button, Qt.MouseButton.LeftButton)
    assert published.args[0].programme and wizard.started
    shown = service.programme(controller.require_db(), controller.require_athlete().id, today())
    assert shown is not None and shown.block.spec.days == (0, 3) and shown.block.spec.weeks == 8


def test_the_wizard_says_at_once_what_is_wrong_and_what_is_worth_knowing(
    qtbot, controller: AppController,
) -> None:
    wizard = BlockWizard(controller)
    qtbot.addWidget(wizard)
    wizard.day_buttons[3].click()  # Thursday off: Monday alone
    assert not wizard.start_button.isEnabled()
    assert wizard.note.text() == "Choose 2 or 3 training days a week (got 1)."
    wizard.day_buttons[1].click()  # Tuesday: back to back with Monday
    assert wizard.start_button.isEnabled() and "back to back" in wizard.note.text()
    wizard.has_race.setChecked(True)
    wizard.race.setDate(wizard.start.date())
    assert not wizard.start_button.isEnabled() and "must come after" in wizard.note.text()


def test_each_legs_start_is_entered_in_the_wizard(qtbot, controller: AppController) -> None:
    wizard = BlockWizard(controller)
    qtbot.addWidget(wizard)
    squat = wizard.rows["single-leg-squat"]
    squat.rungs[L].setCurrentIndex(1)
    squat.loads[R].setValue(4.0)
    wizard.start_button.click()
    shown = service.programme(controller.require_db(), controller.require_athlete().id, today())
    assert shown is not None
    dose = shown.sessions[0].items[0]
    assert (dose.leg(L).level, dose.leg(L).load_kg) == (1, 0.0)
    assert (dose.leg(R).level, dose.leg(R).load_kg) == (0, 4.0)


def test_the_view_shows_the_weeks_with_today_marked_and_the_doses(
    qtbot, controller: AppController, ui_settings: UiSettings,
) -> None:
    view = ProgrammeView(controller, ui_settings, tray_available=False)
    qtbot.addWidget(view)
    view.show()
    assert view.empty.isVisibleTo(view) and not view.block_part.isVisibleTo(view)
    _start_block(controller)
    assert view.block_part.isVisibleTo(view)
    assert len(view.cells) == 16
    (marked,) = [cell for cell in view.cells if cell.today]
    assert marked.session.day == today() and "today" in marked.accessibleName()
    assert "Today" in view.detail_title.text()
    assert "Single-leg squat" in view.detail.text() and "2 × 8–12" in view.detail.text()
    assert "notification area" in view.reminder_note.text()


def test_a_done_session_opens_in_history(qtbot, window: MainWindow) -> None:
    controller = window.controller
    _start_block(controller)
    opened = service.start_block_session(controller.require_db(),
                                         controller.require_athlete().id, FakeClock(),
                                         controller.preferences, today())
    sessions.record_set(controller.require_db(), opened.value.session_id, SetEntry(
        "single-leg-squat", L, 1, 10, 0.0, "3-1-1-0", datetime.now().astimezone(), rpe=7.0))
    controller.publish(opened.changes)
    window.show_view("programme")
    view = window.programme_view
    (done,) = [cell for cell in view.cells if cell.session.status is SessionStatus.DONE]
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert window.current_view() == "history"
    assert window.history_view.current_session_id() == opened.value.session_id


def test_todays_session_starts_from_the_start_page_filled_in_per_leg(
    qtbot, controller: AppController, ui_settings: UiSettings,
) -> None:
    db, athlete = controller.require_db(), controller.require_athlete()
    controller.apply(service.start_block(
        db, athlete.id, days=_days_with_today(), today=today(),
        starts={"single-leg-squat": {L: service.LegStart(1, 6.0), R: service.LegStart(1, 4.0)}}))
    view = make_view(controller, ui_settings, FakeClock(), FakeCueSink())
    qtbot.addWidget(view)
    card = view.today_card
    assert card.isVisibleTo(view) and card.title.text() == "Today's session from your block"
    assert "L</b> 2 × 8–12 · 6 kg · level 2" in card.doses.text()
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    session = view.session
    assert session is not None and view.pages.currentWidget() is view.live
    squat = session.plan.items[0]
    assert (squat.leg(L).load_kg, squat.leg(R).load_kg) == (6.0, 4.0)  # type: ignore[union-attr]
    session.engine.start()
    view.clock.advance(10)  # type: ignore[attr-defined]  # past the count-in
    session.engine.tick()
    session.engine.end_set()
    assert session.engine.state is SessionState.SIDE_DONE
    first = session.engine.current.side
    assert session.prefill().load_kg == {L: 6.0, R: 4.0}[first]


def test_with_a_block_session_today_the_summary_leaves_the_doses_to_the_block(
    qtbot, controller: AppController, ui_settings: UiSettings,
) -> None:
    view = make_view(controller, ui_settings, FakeClock(), FakeCueSink())
    qtbot.addWidget(view)
    summary = view.training_summary
    assert summary is not None
    summary.refresh()
    assert not summary.block_note.isVisibleTo(view)
    assert summary.today_title.text().startswith("Today · ")
    controller.apply(service.start_block(
        controller.require_db(), controller.require_athlete().id, days=_days_with_today(),
        today=today()))
    # One "today" on the page: the block's card, not the plan's advice beside it.
    assert view.today_card.isVisibleTo(view)
    assert summary.block_note.isVisibleTo(view)
    assert summary.today_title.text() == "Today · your training block"
    assert not any(label.isVisibleTo(view) for row in summary.today_labels for label in row)


def test_the_card_is_hidden_without_a_block(qtbot, controller: AppController,
                                            ui_settings: UiSettings) -> None:
    view = make_view(controller, ui_settings, FakeClock(), FakeCueSink())
    qtbot.addWidget(view)
    assert not view.today_card.isVisibleTo(view)


class _Now:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.mark.parametrize("tray", [False])
def test_the_reminder_comes_once_on_a_training_day_after_its_time(
    qtbot, controller: AppController, ui_settings: UiSettings, tray: bool,
) -> None:
    _start_block(controller)
    ui_settings.set_reminder(True, "17:00")
    now = _Now(datetime.combine(today(), time(16, 59)))
    reminder = Reminder(ui_settings, lambda day: service.programme(
        controller.require_db(), controller.require_athlete().id, day),
        clock=now, tray_available=tray)
    assert reminder.tray is None, "the no-tray path"
    assert not reminder.check(), "not before its time"
    now.moment += timedelta(minutes=1)
    with qtbot.waitSignal(reminder.reminded) as said:
        assert reminder.check()
    assert "Today's single-leg session" in said.args[0]
    assert not reminder.check(), "once a day"
    now.moment += timedelta(days=1)
    assert reminder.check(), "not trained today: the session moved to tomorrow, and says so"
    reminder.suspended = True
    now.moment += timedelta(days=2)
    assert not reminder.check(), "never while the kiosk has the screen"
    ui_settings.set_reminder(False, "17:00")
    assert not reminder.timer.isActive()
    reminder.stop()


def test_a_kiosk_tile_shows_todays_block_session(qtbot) -> None:
    people = [KioskAthlete(1, "Ida", False, None), KioskAthlete(2, "Ola", False, None)]
    picker = AthletePicker(lambda _search: people)
    qtbot.addWidget(picker)
    picker.todays_sessions = lambda ids: {1: "Today: block session, week 3"}
    picker.refresh()
    assert picker.tile("Ida").todays_session.text() == "Today: block session, week 3"
    assert not hasattr(picker.tile("Ola"), "todays_session")


def test_the_kiosk_window_asks_for_todays_sessions(qtbot, controller: AppController) -> None:
    from app.ui.programme.kiosk_tile import todays_session_texts

    _start_block(controller)
    athlete = controller.require_athlete().id
    texts = todays_session_texts(controller, [athlete, athlete + 1])
    assert texts == {athlete: "Today: block session, week 1"}


def test_enter_starts_the_block_from_the_wizard(qtbot, controller: AppController) -> None:
    wizard = BlockWizard(controller)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.started and not wizard.isVisible()


def test_the_athlete_changes_a_legs_values_and_they_are_kept_as_theirs(
    qtbot, controller: AppController,
) -> None:
    from app.ui.programme.own_values_dialog import OwnValuesDialog

    _start_block(controller)
    db, athlete = controller.require_db(), controller.require_athlete()
    shown = service.programme(db, athlete.id, today())
    assert shown is not None and shown.next is not None
    number = shown.next.number
    dialog = OwnValuesDialog(shown.next, controller.preferences.unit, lambda values:
                             controller.apply(service.set_own_values(db, athlete.id, number,
                                                                     values, today())))
    qtbot.addWidget(dialog)
    sets, _low, _high, load, _rung = dialog.fields[("single-leg-squat", R)]
    load.setValue(4.0)
    sets.setValue(3)
    dialog.save()
    again = service.programme(db, athlete.id, today())
    assert again is not None and again.next is not None
    squat = again.next.items[0]
    assert (squat.leg(R).load_kg, squat.leg(R).sets) == (4.0, 3)
    assert squat.own == frozenset({R}) and squat.leg(L).load_kg == 0.0


# --- The calibration session -----------------------------------------------------------------


def test_the_wizard_offers_to_find_the_starting_points_in_a_first_session(
    qtbot, controller: AppController,
) -> None:
    wizard = BlockWizard(controller)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.enter_starts.isChecked() and wizard.starts_scroll.isVisible()
    qtbot.mouseClick(wizard.calibrate, Qt.MouseButton.LeftButton)
    assert wizard.calibrate.isChecked() and not wizard.starts_scroll.isVisible()
    assert "Your first session tries each exercise's rungs" in wizard.starts_note.text()
    qtbot.mouseClick(wizard.start_button, Qt.MouseButton.LeftButton)
    shown = service.programme(controller.require_db(), controller.require_athlete().id, today())
    assert shown is not None and shown.block.calibration_due


def _calibrating_view(qtbot, controller: AppController,  # type: ignore[no-untyped-def]
                      ui_settings: UiSettings):
    """A block waiting for its calibration session, and the Session view on a fake clock."""
    controller.apply(service.start_block(controller.require_db(),
                                         controller.require_athlete().id,
                                         days=_days_with_today(), today=today(), calibrate=True))
    clock = FakeClock()
    view = make_view(controller, ui_settings, clock, FakeCueSink())
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view, clock


def _run_calibration(qtbot, view, clock: FakeClock, log) -> None:  # type: ignore[no-untyped-def]
    """Press through the live session; `log(exercise, side, rung)` fills in each side-set's log."""
    from tests.ui.session_helpers import tick_until

    while view.session is not None:
        if view.session.state is SessionState.REST:
            qtbot.keyClick(view, Qt.Key.Key_Return)  # skip the rest
        if view.session.state is SessionState.READY:
            qtbot.keyClick(view, Qt.Key.Key_Return)
        tick_until(view, clock, SessionState.SIDE_DONE)
        engine = view.session.engine
        ref = engine.current
        item = engine.plan.items[ref.item_index]
        log(item.exercise_id, ref.side, item.level_for(ref.side))
        qtbot.keyClick(view.log_panel.save, Qt.Key.Key_Return)


def test_a_calibration_session_runs_from_the_start_page_and_the_view_shows_what_it_found(
    qtbot, controller: AppController, ui_settings: UiSettings,
) -> None:
    view, clock = _calibrating_view(qtbot, controller, ui_settings)
    db, athlete = controller.require_db(), controller.require_athlete()
    card = view.today_card
    assert card.title.text() == "First: your calibration session"
    assert card.start_button.text() == "Start the calibration session"
    assert card.skip_button.isVisibleTo(view)
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert view.session is not None and view.pages.currentWidget() is view.live
    assert "level 1" in view.live.exercise_label.text()
    # Each item is one try per leg: counted as tries, not as exercises of one set.
    assert view.live.details_label.text().startswith("Try 1 of at most ")
    assert "Exercise 1 of" not in view.live.details_label.text()
    panel = view.log_panel
    yes, no = panel.knee.findData(True), panel.knee.findData(False)
    tried: list[tuple[str, Side, int]] = []

    def log(exercise: str, side: Side, rung: int) -> None:
        tried.append((exercise, side, rung))
        panel.knee.setCurrentIndex(yes)
        panel.hips.setCurrentIndex(panel.hips.findData(True))
        if exercise != "single-leg-squat":
            panel.reps.setValue(3)           # every other exercise: short on its first rung
        elif side is L and rung == 2:
            panel.reps.setValue(6)           # left squat: rungs 1–2 pass, rung 3 fails
        elif side is R:
            panel.knee.setCurrentIndex(no)   # right squat: the knee caves on rung 1

    _run_calibration(qtbot, view, clock, log)
    squat = [(side, rung) for exercise, side, rung in tried if exercise == "single-leg-squat"]
    assert sorted(squat) == [(L, 0), (L, 1), (L, 2), (R, 0)]
    assert len(tried) == 4 + 4 * 2, "each other exercise: one failed try per leg"
    assert view.pages.currentWidget() is view.done
    shown = service.programme(db, athlete.id, today())
    assert shown is not None and not shown.block.calibration_due
    first = shown.sessions[0].items[0]
    assert (first.leg(L).level, first.leg(R).level) == (1, 0)
    assert card.title.text() == "Today's session from your block"
    assert not card.skip_button.isVisibleTo(view)

    programme_view = ProgrammeView(controller, ui_settings, tray_available=False)
    qtbot.addWidget(programme_view)
    programme_view.show()
    found = programme_view.found.text()
    assert "Where each leg started: found by calibration" in found
    assert "level 2, 8 reps with good form; level 3 failed at 6 reps" in found
    assert "level 1 failed at 8 reps, knee “no”; starts on level 1" in found
    assert programme_view.start_button.text() == "Start today's session"


def test_a_bad_value_in_the_calibration_session_is_refused_and_nothing_is_stored(
    qtbot, controller: AppController, ui_settings: UiSettings,
) -> None:
    from app.storage.sessions import sets_for_session
    from tests.ui.session_helpers import tick_until

    view, clock = _calibrating_view(qtbot, controller, ui_settings)
    db, athlete = controller.require_db(), controller.require_athlete()
    programme_view = ProgrammeView(controller, ui_settings, tray_available=False)
    qtbot.addWidget(programme_view)
    assert programme_view.start_button.text() == "Start the calibration session"
    with qtbot.waitSignal(programme_view.calibration_requested):
        qtbot.mouseClick(programme_view.start_button, Qt.MouseButton.LeftButton)
    view.start_calibration_session()
    assert view.session is not None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    tick_until(view, clock, SessionState.SIDE_DONE)
    view.log_panel.load.setText("-5")
    qtbot.keyClick(view.log_panel.save, Qt.Key.Key_Return)
    assert view.log_panel.error.isVisible()
    assert view.log_panel.error.text().count(".") == 1, "one plain sentence"
    assert view.session.state is SessionState.SIDE_DONE
    assert sets_for_session(db, view.session.session_id) == []
    shown = service.programme(db, athlete.id, today())
    assert shown is not None and shown.block.calibration_due


def test_the_calibration_session_can_be_skipped_and_then_is_not_offered(
    qtbot, controller: AppController, ui_settings: UiSettings,
) -> None:
    view, _clock = _calibrating_view(qtbot, controller, ui_settings)
    programme_view = ProgrammeView(controller, ui_settings, tray_available=False)
    qtbot.addWidget(programme_view)
    programme_view.show()
    assert programme_view.skip_calibration_button.isVisible()
    assert "Calibration session first" in programme_view.found.text()
    qtbot.mouseClick(programme_view.skip_calibration_button, Qt.MouseButton.LeftButton)
    assert not programme_view.skip_calibration_button.isVisible()
    assert programme_view.found.text() == ""
    assert programme_view.start_button.text() == "Start today's session"
    assert view.today_card.title.text() == "Today's session from your block"
    with pytest.raises(LegworkError, match="no calibration session is due"):
        service.skip_calibration(controller.require_db(), controller.require_athlete().id)

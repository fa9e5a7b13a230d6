"""The live session view, driven by keys and clicks on a fake clock, recorded in a real database."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.domain import preferences as prefs
from app.domain.errors import ValidationError
from app.domain.plan import BUILTIN_PLAN_NAME, Plan
from app.domain.records import SessionStatus
from app.domain.session import CountingMode, SessionState, SideLog
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises
from app.storage.sessions import (
    abandon_session,
    get_session,
    sets_for_session,
    unfinished_session,
)
from app.ui.session.session_view import SessionView
from app.ui.shell.controller import AppController
from app.ui.shell.settings import UiSettings
from tests.builders import plan
from tests.fakes import FakeClock, FakeCueSink
from tests.ui.session_helpers import (
    failing_set_writes,
    make_view,
    open_controller,
    save_plan,
    tick_until,
)

S = SessionState
L, R = Side.LEFT, Side.RIGHT


@pytest.fixture
def view(qtbot, controller: AppController, ui_settings: UiSettings, fake_clock: FakeClock,
         cue_sink: FakeCueSink) -> SessionView:
    widget = make_view(controller, ui_settings, fake_clock, cue_sink)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def short_plan(**changes: object) -> Plan:
    return plan("Short", **changes)


def press(qtbot, view: SessionView, key: Qt.Key) -> None:
    qtbot.keyClick(view, key)


def test_built_in_plan_runs_end_to_end_and_every_side_set_is_stored(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock
) -> None:
    qtbot.mouseClick(view.picker.card(BUILTIN_PLAN_NAME).start_button, Qt.MouseButton.LeftButton)
    assert view.session is not None
    session_id = view.session.session_id
    typed_loads = {0: "10", 3: "12.5 kg"}
    logged = 0
    while view.session is not None:
        if view.session.state is S.REST:
            press(qtbot, view, Qt.Key.Key_Return)  # skip the rest
        if view.session.state is S.READY:
            press(qtbot, view, Qt.Key.Key_Return)
        tick_until(view, fake_clock, S.SIDE_DONE)
        assert view.log_panel.isVisible()
        if logged in typed_loads:
            view.log_panel.load.setText(typed_loads[logged])
        press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
        logged += 1

    exercises = [e for e in builtin_exercises() if e.in_builtin_plan]
    stored = sets_for_session(controller.db, session_id)
    assert len(stored) == logged == len(exercises) * 3 * 2
    expected = [(e.id, n, side) for e in exercises for n in (1, 2, 3) for side in (L, R)]
    assert [(s.exercise_id, s.set_number, s.side) for s in stored] == expected
    by_id = {e.id: e for e in exercises}
    assert all(s.reps == by_id[s.exercise_id].reps_max for s in stored)
    assert all(s.tempo == by_id[s.exercise_id].tempo for s in stored)
    assert [s.load_kg for s in stored[:4]] == [10.0, 0.0, 0.0, 12.5]
    assert get_session(controller.db, session_id).status is SessionStatus.FINISHED
    assert view.pages.currentWidget() is view.done
    assert f"You logged {logged} side-sets" in view.done.summary.text()


def test_one_set_plays_the_exact_cue_sequence(
    qtbot, view: SessionView, cue_sink: FakeCueSink, fake_clock: FakeClock
) -> None:
    view.start_plan(short_plan(reps_max=2, reps_min=2))
    press(qtbot, view, Qt.Key.Key_Space)
    tick_until(view, fake_clock, S.SIDE_DONE)
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    rep = ["go", "say:down", "phase", "say:hold", "phase", "say:up", "rep"]
    assert cue_sink.cues == [
        "count_in", "say:3", "count_in", "say:2", "count_in", "say:1",
        *rep, "say:1", *rep, "say:2", "set_done",
        "switch_legs", "say:switch to your right leg",
    ]


def test_the_screen_follows_each_stage(
    qtbot, view: SessionView, fake_clock: FakeClock
) -> None:
    view.start_plan(short_plan())
    assert view.live.side_label.text() == "LEFT"
    assert view.live.exercise_label.text() == "Single-leg squat"
    assert "Set 1 of 1" in view.live.details_label.text()
    # Ready for the left side, the line says what follows it, not the left side again.
    assert view.live.next_label.text() == \
        "Then 10 s rest, then Single-leg squat, set 1 of 1, RIGHT leg"
    assert "8 kg" in view.live.details_label.text()
    press(qtbot, view, Qt.Key.Key_Return)
    assert (view.counter.text, view.counter.caption) == ("3", "Get ready")
    fake_clock.advance(3.0)
    view.session.tick()
    fake_clock.advance(0.5)
    view.session.tick()
    assert view.live.tempo_bar.label() == "LOWER  1.5 s"
    assert view.live.tempo_bar.fraction == pytest.approx(0.25)
    fake_clock.advance(2.0)
    view.session.tick()
    assert view.live.tempo_bar.label() == "HOLD  0.5 s"
    fake_clock.advance(1.0)
    view.session.tick()
    assert view.live.tempo_bar.label().startswith("LIFT")
    fake_clock.advance(0.5)
    view.session.tick()
    assert (view.counter.text, view.counter.caption) == ("1", "of 3 reps")
    tick_until(view, fake_clock, S.SIDE_DONE)
    assert view.log_panel.isVisible()
    assert view.log_panel.reps.value() == 3
    assert view.log_panel.load.text() == "8 kg"
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    assert view.session.state is S.REST
    assert view.live.side_label.text() == "RIGHT"
    assert (view.counter.text, view.counter.caption) == ("0:10", "Rest")
    qtbot.mouseClick(view.live.add_rest_button, Qt.MouseButton.LeftButton)
    assert view.counter.text == "0:25"
    qtbot.mouseClick(view.live.primary_button, Qt.MouseButton.LeftButton)  # skip rest
    assert view.session.state is S.COUNT_IN


def test_side_colours_mean_the_same_leg_everywhere(view: SessionView) -> None:
    view.start_plan(short_plan())
    assert view.colours.left in view.live.side_label.styleSheet()
    view.session.skip_set()
    assert view.live.side_label.text() == "RIGHT"
    assert view.colours.right in view.live.side_label.styleSheet()


def test_manual_counting_by_key_click_clicker_and_headset(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock
) -> None:
    controller.set_preference(prefs.COUNTING_MODE, CountingMode.MANUAL)
    view.start_plan(short_plan(reps_max=10))
    press(qtbot, view, Qt.Key.Key_Space)
    tick_until(view, fake_clock, S.WORKING)
    press(qtbot, view, Qt.Key.Key_Space)
    qtbot.mouseClick(view.counter, Qt.MouseButton.LeftButton)
    press(qtbot, view, Qt.Key.Key_PageDown)
    press(qtbot, view, Qt.Key.Key_MediaTogglePlayPause)
    assert view.counter.text == "4"
    press(qtbot, view, Qt.Key.Key_Backspace)
    press(qtbot, view, Qt.Key.Key_PageUp)
    assert view.counter.text == "2"
    press(qtbot, view, Qt.Key.Key_P)
    assert view.session.state is S.PAUSED
    assert view.counter.caption.startswith("PAUSED")
    press(qtbot, view, Qt.Key.Key_Space)  # the clicker's "next" resumes
    assert view.session.state is S.WORKING
    press(qtbot, view, Qt.Key.Key_Return)  # done with this side
    assert view.log_panel.reps.value() == 2
    # The clicker saves the log even while a field has the focus.
    view.log_panel.notes.setFocus()
    qtbot.keyClick(view.log_panel.notes, Qt.Key.Key_PageDown)
    stored = sets_for_session(controller.db, view.session.session_id)
    assert [(s.side, s.reps, s.load_kg) for s in stored] == [(L, 2, 8.0)]


def test_tempo_mode_ignores_a_stray_tap_while_the_clock_counts(
    qtbot, view: SessionView, fake_clock: FakeClock
) -> None:
    view.start_plan(short_plan())
    press(qtbot, view, Qt.Key.Key_Space)
    tick_until(view, fake_clock, S.WORKING)
    press(qtbot, view, Qt.Key.Key_Space)
    qtbot.mouseClick(view.counter, Qt.MouseButton.LeftButton)
    assert view.session.state is S.WORKING
    assert view.counter.text == "0"


def test_escape_pauses_and_asks(qtbot, view: SessionView, monkeypatch, fake_clock) -> None:
    view.start_plan(short_plan())
    press(qtbot, view, Qt.Key.Key_Return)
    seen: list[SessionState] = []

    def ask() -> str:
        seen.append(view.session.state)
        return "resume"

    monkeypatch.setattr(view, "ask_what_next", ask)
    press(qtbot, view, Qt.Key.Key_Escape)
    assert seen == [S.PAUSED]
    assert view.session.state is S.COUNT_IN
    monkeypatch.setattr(view, "ask_what_next", lambda: "end")
    press(qtbot, view, Qt.Key.Key_Escape)
    assert view.session is None
    assert view.done.title.text() == "Session ended early"


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("load", "-5", "cannot be negative"),
        ("load", "600", "500 kg or less"),
        ("load", "heavy", "is not a load"),
        ("reps", 101, "Reps must be 100 or fewer"),
    ],
)
def test_bad_log_values_are_refused_with_a_message_and_nothing_is_written(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock,
    field: str, text: object, message: str,
) -> None:
    view.start_plan(short_plan())
    press(qtbot, view, Qt.Key.Key_Return)
    tick_until(view, fake_clock, S.SIDE_DONE)
    if field == "load":
        view.log_panel.load.setText(str(text))
    else:
        view.log_panel.reps.setValue(int(text))
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    assert view.log_panel.error.isVisible()
    assert message in view.log_panel.error.text()
    assert view.session.state is S.SIDE_DONE
    assert sets_for_session(controller.db, view.session.session_id) == []


@pytest.mark.parametrize("rpe", [0.5, 11.0])
def test_rpe_outside_one_to_ten_is_refused(
    view: SessionView, controller: AppController, fake_clock: FakeClock, rpe: float
) -> None:
    view.start_plan(short_plan())
    view.session.start()
    tick_until(view, fake_clock, S.SIDE_DONE)
    with pytest.raises(ValidationError, match="RPE must be between 1 and 10"):
        view.session.accept(SideLog(reps=3, load_kg=0.0, rpe=rpe))
    assert sets_for_session(controller.db, view.session.session_id) == []


def test_the_log_is_in_the_user_unit(qtbot, view: SessionView, controller, fake_clock) -> None:
    controller.set_preference(prefs.UNIT, Unit.LB)
    view.start_plan(short_plan(load_kg=0.0))
    press(qtbot, view, Qt.Key.Key_Return)
    tick_until(view, fake_clock, S.SIDE_DONE)
    assert view.log_panel.load.text() == "bodyweight"
    view.log_panel.load.setText("22.5")
    view.log_panel.rpe.setCurrentIndex(view.log_panel.rpe.findData(8.5))
    view.log_panel.touchdowns.setValue(2)
    view.log_panel.knee.setCurrentIndex(view.log_panel.knee.findData(True))
    view.log_panel.hips.setCurrentIndex(view.log_panel.hips.findData(False))
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    [entry] = sets_for_session(controller.db, view.session.session_id)
    assert entry.load_kg == pytest.approx(22.5 * 0.45359237)
    assert (entry.rpe, entry.touchdowns, entry.form_knee, entry.form_hips) == (8.5, 2, True, False)


def test_the_form_check_starts_empty_and_enter_records_no_answer(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock
) -> None:
    # Both questions start unanswered ("—") on every side, so one Enter never records good
    # form the athlete did not report; the set is then "not judged" by the progression rules.
    view.start_plan(short_plan(sets=2))
    press(qtbot, view, Qt.Key.Key_Return)
    tick_until(view, fake_clock, S.SIDE_DONE)
    panel = view.log_panel
    assert (panel.knee.currentData(), panel.hips.currentData()) == (None, None)
    assert panel.knee.currentText() == panel.hips.currentText() == "—"
    press(qtbot, panel.save, Qt.Key.Key_Return)
    [first] = sets_for_session(controller.db, view.session.session_id)
    assert (first.form_knee, first.form_hips) == (None, None)
    # answered on the next side, then empty again on the one after
    tick_until(view, fake_clock, S.SIDE_DONE)
    panel.knee.setCurrentIndex(panel.knee.findData(True))
    panel.hips.setCurrentIndex(panel.hips.findData(True))
    press(qtbot, panel.save, Qt.Key.Key_Return)
    tick_until(view, fake_clock, S.SIDE_DONE)
    assert (panel.knee.currentData(), panel.hips.currentData()) == (None, None)
    second = sets_for_session(controller.db, view.session.session_id)[1]
    assert (second.form_knee, second.form_hips) == (True, True)


def test_the_count_is_at_least_120_px_high_at_full_hd(qtbot, view: SessionView, fake_clock) -> None:
    view.resize(1920, 1080)
    view.start_plan(short_plan())
    qtbot.wait(1)
    glyph = QFontMetrics(view.counter.number_font()).tightBoundingRect("8")
    assert glyph.height() >= 120
    small = glyph.height()
    view.resize(1000, 640)
    qtbot.wait(1)
    assert QFontMetrics(view.counter.number_font()).tightBoundingRect("8").height() < small


def test_library_queue_becomes_a_plan_and_starts_in_two_clicks(
    qtbot, view: SessionView, controller: AppController
) -> None:
    controller.queue_exercise("reverse-lunge")
    controller.queue_exercise("single-leg-calf-raise")
    card = view.picker.cards[0]
    assert card.plan.name == "Queued from library"
    assert [i.exercise_id for i in card.plan.items] == ["reverse-lunge", "single-leg-calf-raise"]
    qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert view.session is not None and view.pages.currentWidget() is view.live
    assert view.live.exercise_label.text() == "Reverse lunge"


def test_an_unfinished_session_is_resumed_on_open(
    qtbot, tmp_path: Path, ui_settings: UiSettings, fake_clock: FakeClock,
    cue_sink: FakeCueSink, monkeypatch,
) -> None:
    first = open_controller(tmp_path / "crash.db")
    view = make_view(first, ui_settings, fake_clock, cue_sink)
    qtbot.addWidget(view)
    plan = short_plan(sets=2)
    save_plan(first, plan)
    view.start_plan(plan)
    for _ in range(3):
        if view.session.state is S.REST:
            view.session.skip_rest()
        view.session.start() if view.session.state is S.READY else None
        tick_until(view, fake_clock, S.SIDE_DONE)
        view.session.accept(SideLog(reps=2, load_kg=8.0))
    session_id = view.session.session_id
    view.session.stop()
    first.close()  # as good as a crash: the session was never finished

    second = AppController(f"sqlite:///{tmp_path / 'crash.db'}")
    again = make_view(second, ui_settings, FakeClock(), FakeCueSink())
    qtbot.addWidget(again)
    monkeypatch.setattr(again, "ask_to_resume", lambda info: True)
    second.open_database()
    assert again.session is not None and again.session.session_id == session_id
    current = again.session.engine.current
    assert (current.set_number, current.side) == (2, R)
    assert again.live.side_label.text() == "RIGHT"
    assert again.session.engine.target_reps() == 2
    second.close()


def test_declining_to_resume_ends_the_session_and_keeps_its_sets(
    qtbot, tmp_path: Path, ui_settings: UiSettings, fake_clock: FakeClock,
    cue_sink: FakeCueSink, monkeypatch,
) -> None:
    first = open_controller(tmp_path / "crash.db")
    view = make_view(first, ui_settings, fake_clock, cue_sink)
    qtbot.addWidget(view)
    view.start_plan(short_plan())
    view.session.start()
    tick_until(view, fake_clock, S.SIDE_DONE)
    view.session.accept(SideLog(reps=2, load_kg=8.0))
    session_id = view.session.session_id
    view.session.stop()
    first.close()

    second = AppController(f"sqlite:///{tmp_path / 'crash.db'}")
    again = make_view(second, ui_settings, FakeClock(), FakeCueSink())
    qtbot.addWidget(again)
    monkeypatch.setattr(again, "ask_to_resume", lambda info: False)
    second.open_database()
    assert again.session is None
    assert get_session(second.db, session_id).status is SessionStatus.ABANDONED
    assert len(sets_for_session(second.db, session_id)) == 1
    assert unfinished_session(second.db, second.athlete.id) is None
    second.close()


def test_file_new_session_opens_the_plan_picker(window) -> None:
    window.show_view("library")
    window.actions_by_name["new_session"].trigger()
    assert window.current_view() == "session"
    assert window.session_view.pages.currentWidget() is window.session_view.picker
    assert window.session_view.picker.cards


# ------------------------------------------------------- a set is stored before it shows


def test_when_the_write_fails_the_athlete_stays_on_the_log_and_can_save_again(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock,
    cue_sink: FakeCueSink,
) -> None:
    view.start_plan(short_plan())
    press(qtbot, view, Qt.Key.Key_Return)
    tick_until(view, fake_clock, S.SIDE_DONE)
    view.log_panel.load.setText("9")
    with failing_set_writes(controller.require_db()):
        press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    assert view.session.state is S.SIDE_DONE, "the engine waits on the log"
    assert view.log_panel.isVisible() and view.log_panel.load.text() == "9"
    assert "could not write to your history (disk I/O error)" in view.log_panel.error.text()
    assert sets_for_session(controller.db, view.session.session_id) == []
    assert "switch_legs" not in cue_sink.cues, "nothing said the set was done"

    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    stored = sets_for_session(controller.db, view.session.session_id)
    assert [(e.side, e.load_kg) for e in stored] == [(L, 9.0)]
    assert view.session.state is S.REST
    assert (view.counter.text, view.live.side_label.text()) == ("0:10", "RIGHT")
    assert cue_sink.cues[-2:] == ["switch_legs", "say:switch to your right leg"]


def test_a_set_for_a_session_closed_elsewhere_stays_on_the_log_with_the_reason(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock,
) -> None:
    view.start_plan(short_plan())
    press(qtbot, view, Qt.Key.Key_Return)
    tick_until(view, fake_clock, S.SIDE_DONE)
    abandon_session(controller.require_db(), view.session.session_id)
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    assert view.session.state is S.SIDE_DONE
    assert "only a session in progress can take new sets" in view.log_panel.error.text()
    assert sets_for_session(controller.db, view.session.session_id) == []
    press(qtbot, view, Qt.Key.Key_P)
    assert view.session.state is S.PAUSED, "the keys still drive the session"


# ------------------------------------------------------- correcting a side already logged


def log_left_side(qtbot, view: SessionView, fake_clock: FakeClock, load: str = "8") -> None:
    """Start the short plan's first side, do it, log it with Enter: the rest begins."""
    press(qtbot, view, Qt.Key.Key_Return)
    tick_until(view, fake_clock, S.SIDE_DONE)
    view.log_panel.load.setText(load)
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    assert view.session.state is S.REST


def test_the_last_side_is_corrected_by_keyboard_during_the_rest(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock,
) -> None:
    statuses: list[str] = []
    controller.status_message.connect(statuses.append)
    view.start_plan(short_plan())
    log_left_side(qtbot, view, fake_clock)
    fake_clock.advance(4)
    view.session.tick()
    assert view.counter.text == "0:06"
    assert view.live.correct_button.isVisible()
    press(qtbot, view, Qt.Key.Key_C)
    panel = view.log_panel
    assert panel.isVisible() and panel.heading.text() == "Correct your left leg"
    assert (panel.reps.value(), panel.load.text()) == (3, "8 kg")
    assert view.live.side_label.text() == "LEFT"
    assert "Correcting: Single-leg squat, set 1 of 1, LEFT leg" in view.live.details_label.text()
    assert view.session.state is S.PAUSED, "the rest waits while the athlete corrects"
    fake_clock.advance(30)
    view.session.tick()
    # Type as a person would: the reps are selected, then Tab to the load.
    qtbot.keyClicks(panel.reps, "2")
    qtbot.keyClick(panel.reps, Qt.Key.Key_Tab)
    assert panel.load.hasFocus()
    panel.load.selectAll()
    qtbot.keyClicks(panel.load, "10")
    qtbot.keyClick(panel.load, Qt.Key.Key_Return)
    stored = sets_for_session(controller.db, view.session.session_id)
    assert [(e.side, e.reps, e.load_kg) for e in stored] == [(L, 2, 10.0)]
    assert statuses[-1] == "Corrected: Single-leg squat, set 1 of 1, LEFT leg, 2 reps."
    assert not panel.isVisible() and view.hasFocus()
    assert view.session.state is S.REST
    assert (view.counter.text, view.live.side_label.text()) == ("0:06", "RIGHT")
    assert view.session.engine.target_reps() == 2, "the right leg aims for what the left did"


def test_the_last_side_is_corrected_by_mouse_or_kept_as_it_was(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock,
) -> None:
    view.start_plan(short_plan(sets=2))
    log_left_side(qtbot, view, fake_clock)
    qtbot.mouseClick(view.live.correct_button, Qt.MouseButton.LeftButton)
    panel = view.log_panel
    assert panel.cancel.isVisible() and panel.save.text() == "Save correction  ⏎"
    panel.touchdowns.setValue(2)
    panel.knee.setCurrentIndex(panel.knee.findData(False))
    qtbot.mouseClick(panel.cancel, Qt.MouseButton.LeftButton)
    (kept,) = sets_for_session(controller.db, view.session.session_id)
    assert (kept.touchdowns, kept.form_knee) == (0, None)
    assert view.session.state is S.REST and not panel.isVisible()

    qtbot.mouseClick(view.live.correct_button, Qt.MouseButton.LeftButton)
    assert panel.touchdowns.value() == 0, "the form shows what is stored"
    panel.touchdowns.setValue(2)
    panel.knee.setCurrentIndex(panel.knee.findData(False))
    panel.notes.setText("hand on the wall")
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    (fixed,) = sets_for_session(controller.db, view.session.session_id)
    assert (fixed.touchdowns, fixed.form_knee, fixed.notes) == (2, False, "hand on the wall")
    assert panel.save.text() == "Save  ⏎" and not panel.cancel.isVisible()
    # The next side's log is the usual one again.
    press(qtbot, view, Qt.Key.Key_Return)
    tick_until(view, fake_clock, S.SIDE_DONE)
    assert panel.heading.text().startswith("Log your right leg")
    assert panel.touchdowns.value() == 0 and panel.notes.text() == ""


def test_a_correction_shows_only_once_it_is_stored(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock,
) -> None:
    statuses: list[str] = []
    controller.status_message.connect(statuses.append)
    view.start_plan(short_plan())
    log_left_side(qtbot, view, fake_clock)
    press(qtbot, view, Qt.Key.Key_C)
    view.log_panel.reps.setValue(1)
    with failing_set_writes(controller.require_db(), statement_start="UPDATE SET_ENTRY"):
        press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    assert "could not write to your history (disk I/O error)" in view.log_panel.error.text()
    assert view.log_panel.isVisible() and view.log_panel.reps.value() == 1
    assert [e.reps for e in sets_for_session(controller.db, view.session.session_id)] == [3]
    assert view.session.engine.entries()[view.session.engine.last_logged()].reps == 3
    assert not any(text.startswith("Corrected") for text in statuses)
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    assert [e.reps for e in sets_for_session(controller.db, view.session.session_id)] == [1]


def test_the_sessions_last_side_is_corrected_from_the_summary(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock,
) -> None:
    view.start_plan(short_plan())
    session_id = view.session.session_id
    log_left_side(qtbot, view, fake_clock)
    press(qtbot, view, Qt.Key.Key_Return)
    tick_until(view, fake_clock, S.SIDE_DONE)
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    assert view.pages.currentWidget() is view.done
    assert "RIGHT 3 reps" in view.done.summary.text()
    assert view.done.correct_button.isVisible()
    press(qtbot, view, Qt.Key.Key_C)
    assert view.pages.currentWidget() is view.live
    assert view.log_panel.heading.text() == "Correct your right leg"
    view.log_panel.reps.setValue(2)
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    assert view.pages.currentWidget() is view.done
    assert "RIGHT 2 reps" in view.done.summary.text()
    assert [e.reps for e in sets_for_session(controller.db, session_id)] == [3, 2]
    assert get_session(controller.db, session_id).status is SessionStatus.FINISHED


def test_a_resumed_session_counts_the_way_it_began(
    qtbot, tmp_path: Path, ui_settings: UiSettings, fake_clock: FakeClock,
    cue_sink: FakeCueSink, monkeypatch,
) -> None:
    first = open_controller(tmp_path / "crash.db")
    first.set_preference(prefs.COUNTING_MODE, CountingMode.MANUAL)
    view = make_view(first, ui_settings, fake_clock, cue_sink)
    qtbot.addWidget(view)
    plan = short_plan(sets=2)
    save_plan(first, plan)
    view.start_plan(plan)
    view.session.start()
    tick_until(view, fake_clock, S.WORKING)
    for _ in range(3):
        press(qtbot, view, Qt.Key.Key_Space)
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    view.session.stop()
    # Later the athlete switches to tempo counting; the open session began by hand.
    first.set_preference(prefs.COUNTING_MODE, CountingMode.TEMPO)
    first.close()

    second = AppController(f"sqlite:///{tmp_path / 'crash.db'}")
    again = make_view(second, ui_settings, clock := FakeClock(), FakeCueSink())
    qtbot.addWidget(again)
    again.resize(1280, 800)
    again.show()
    monkeypatch.setattr(again, "ask_to_resume", lambda info: True)
    statuses: list[str] = []
    second.status_message.connect(statuses.append)
    second.open_database()
    assert second.preferences.counting_mode is CountingMode.TEMPO
    session = again.session
    assert session is not None and session.engine.mode is CountingMode.MANUAL
    assert "you count the reps, as when it began" in statuses[-1]
    press(qtbot, again, Qt.Key.Key_Space)
    tick_until(again, clock, S.WORKING)
    assert again.live.tempo_bar.idle_text == "Tap the number or press Space for each rep"
    clock.advance(60)
    session.tick()
    assert session.engine.count == 0, "no clock counts for this athlete"
    press(qtbot, again, Qt.Key.Key_Space)
    assert session.engine.count == 1
    second.close()


@pytest.mark.parametrize(("text", "message"), [("-20", "cannot be negative"),
                                               ("heavy", "is not a load")])
def test_a_correction_with_a_bad_load_is_refused_and_the_stored_side_stays(
    qtbot, view: SessionView, controller: AppController, fake_clock: FakeClock,
    text: str, message: str,
) -> None:
    view.start_plan(short_plan())
    log_left_side(qtbot, view, fake_clock)
    press(qtbot, view, Qt.Key.Key_C)
    view.log_panel.load.setText(text)
    press(qtbot, view.log_panel.save, Qt.Key.Key_Return)
    assert view.log_panel.isVisible() and message in view.log_panel.error.text()
    stored = sets_for_session(controller.db, view.session.session_id)
    assert [(e.reps, e.load_kg) for e in stored] == [(3, 8.0)]
    # Esc keeps the side as it was and the rest carries on.
    press(qtbot, view.log_panel, Qt.Key.Key_Escape)
    assert not view.log_panel.isVisible() and view.session.state is S.REST

"""A whole exercise driven from the keyboard in the main window: the keys never leave the session.

Every key goes to whatever widget has the focus (`QApplication.focusWidget()`),
as a real key press would; after each one the window must still show the
session and the focus must still be on the session screen, never on the side
bar, where the next Space would switch views while the rest timer runs on.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.domain import preferences as prefs
from app.domain.session import CountingMode, SessionState
from app.domain.sides import Side
from app.storage.sessions import sets_for_session
from app.ui.session.session_view import SessionView
from app.ui.shell.main_window import MainWindow
from tests.builders import plan
from tests.fakes import FakeClock, FakeCueSink
from tests.ui.session_helpers import save_plan, tick_until

K = Qt.Key
S = SessionState


def on_the_session(window: MainWindow) -> QWidget:
    """The widget with the focus, after checking it is the session screen's."""
    view = window.session_view
    focused = QApplication.focusWidget()
    assert window.current_view() == "session"
    assert focused is not None, "nothing has the keyboard"
    assert view.isAncestorOf(focused), f"the focus left the session for {focused!r}"
    assert not any(button.hasFocus() for button in window.nav_buttons.values())
    return focused


def press(window: MainWindow, *keys: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press each key on the focused widget, as the keyboard would."""
    for key in keys:
        QTest.keyClick(on_the_session(window), key, modifier)
        on_the_session(window)


def type_text(window: MainWindow, text: str) -> None:
    QTest.keyClicks(on_the_session(window), text)
    on_the_session(window)


@pytest.fixture
def session_window(qtbot, window: MainWindow, controller, fake_clock: FakeClock,
                   cue_sink: FakeCueSink, monkeypatch) -> MainWindow:
    view = window.session_view
    view.clock, view.cue_sink, view.autotick = fake_clock, cue_sink, False
    # Esc asks what next in a message box; the athlete answers "keep going".
    monkeypatch.setattr(view, "ask_what_next", lambda: "resume")
    save_plan(controller, plan("Both legs", sets=2))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.mark.parametrize("mode", [CountingMode.MANUAL, CountingMode.TEMPO])
def test_a_whole_exercise_of_both_legs_by_keyboard_never_leaves_the_session(
    qtbot, session_window: MainWindow, controller, fake_clock: FakeClock, mode: CountingMode,
) -> None:
    window = session_window
    controller.set_preference(prefs.COUNTING_MODE, mode)
    window.show_view("session")
    view: SessionView = window.session_view
    qtbot.mouseClick(view.picker.card("Both legs").start_button, Qt.MouseButton.LeftButton)
    assert view.session is not None
    session_id = view.session.session_id
    starts = [K.Key_Space, K.Key_PageDown, K.Key_MediaPlay, K.Key_Space]
    for side_set in range(4):
        session = view.session
        assert session is not None
        if session.state is S.READY:
            press(window, starts[side_set])
        tick_until(view, fake_clock, S.WORKING)
        if mode is CountingMode.MANUAL:
            press(window, K.Key_Space, K.Key_Space, K.Key_Backspace, K.Key_P)
            assert session.state is S.PAUSED
            press(window, K.Key_P, K.Key_Space, K.Key_PageDown)
            assert session.state is S.SIDE_DONE, "three reps counted by hand"
        else:
            press(window, K.Key_Space, K.Key_PageDown, K.Key_P)
            assert session.state is S.PAUSED
            press(window, K.Key_P)
            tick_until(view, fake_clock, S.SIDE_DONE)
        assert view.log_panel.isVisible()
        if side_set == 0:
            # A click into the load, a new value typed, then Enter from the field.
            qtbot.mouseClick(view.log_panel.load, Qt.MouseButton.LeftButton)
            press(window, K.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
            type_text(window, "9")
        elif side_set == 1:
            # Tab through the log to the touch-downs; Tab never leaves the session screen.
            for _ in range(12):
                press(window, K.Key_Tab)
                if view.log_panel.touchdowns.hasFocus():
                    break
            assert view.log_panel.touchdowns.hasFocus()
            type_text(window, "1")
        press(window, K.Key_Return)
        if side_set == 3:
            break
        assert session.state is S.REST
        # Stray presses while resting: nothing ends the rest or leaves the session.
        press(window, K.Key_Space, K.Key_Space, K.Key_Backspace, K.Key_PageUp, K.Key_Escape)
        assert session.state is S.REST
        press(window, K.Key_Return)  # skip the rest
        assert session.state is S.COUNT_IN

    assert view.session is None and view.pages.currentWidget() is view.done
    assert window.current_view() == "session"
    stored = sets_for_session(controller.db, session_id)
    assert [(e.set_number, e.side) for e in stored] == [
        (1, Side.LEFT), (1, Side.RIGHT), (2, Side.LEFT), (2, Side.RIGHT)]
    assert [e.reps for e in stored] == [3, 3, 3, 3]
    assert (stored[0].load_kg, stored[1].touchdowns) == (9.0, 1)


def test_coming_back_to_a_running_session_gives_it_the_keys(
    qtbot, session_window: MainWindow,
) -> None:
    window = session_window
    window.show_view("session")
    view = window.session_view
    qtbot.mouseClick(view.picker.card("Both legs").start_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(window, K.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "progress"
    # Tabbed onto the side bar while looking at Progress, then back with Ctrl+2.
    window.nav_buttons["library"].setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(window, K.Key_2, Qt.KeyboardModifier.ControlModifier)
    press(window, K.Key_Space)
    assert view.session is not None and view.session.state is S.COUNT_IN

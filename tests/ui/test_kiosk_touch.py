"""Touch use: the keypads, new athletes, search, and every target big enough for a finger."""

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QWidget,
)

from app.domain.sides import Side
from app.library import builtin_exercises
from app.storage.database import open_database
from app.storage.exercises import sync_builtin_exercises
from app.ui.kiosk.keypad import BACKSPACE, edited
from app.ui.kiosk.picker import SEARCH_FROM
from app.ui.kiosk.style import MIN_TARGET_PX
from app.ui.kiosk.window import KioskWindow
from app.ui.shell.settings import UiSettings
from app.ui.shell.theme import ThemeChoice
from tests.builders import T0, kiosk_database, log_session
from tests.fakes import FakeClock
from tests.ui.kiosk_helpers import (
    SCREENS,
    open_kiosk,
    reach_the_log,
    start_first_plan,
    touch_problems,
    unlock_and_close,
)


@pytest.mark.parametrize(
    ("text", "key", "decimal", "result"),
    [
        ("12", "3", False, "123"),
        ("12", BACKSPACE, False, "1"),
        ("", BACKSPACE, False, ""),
        ("12", ".", False, "12"),
        ("12", ".", True, "12."),
        ("12.5", ".", True, "12.5"),
        ("123456", "7", False, "123456"),
    ],
)
def test_keypad_editing_rules(text: str, key: str, decimal: bool, result: str) -> None:
    assert edited(text, key, max_length=6, decimal=decimal) == result


@pytest.mark.parametrize("screen", SCREENS)
def test_every_kiosk_screen_fits_and_every_target_is_at_least_48_px(
    qtbot, tmp_path: Path, fake_clock: FakeClock, screen: str
) -> None:
    UiSettings().set_theme(ThemeChoice.DARK)
    path = tmp_path / "gym.db"
    kiosk_database(path, {"Ida": None, "Ola": "1234"})
    window = open_kiosk(qtbot, path, fake_clock, screen=screen)
    whole = window.screen().geometry()
    problems: list[str] = []

    def check(page: str) -> None:
        qtbot.wait(1)
        # The real window, as the platform placed it: the screen's size, whatever the page.
        assert window.geometry() == whole, f"{page}: the window is {window.geometry()}"
        problems.extend(f"{page}: {problem}" for problem in touch_problems(window))

    check("picker")
    window.picker.tile("Ola").click()
    check("PIN pad")
    window.pin_pad.type_pin("1234")
    assert window.home is not None
    view = window.home.session_view
    check("plan picker")
    view.start_plan(view.picker.cards[0].plan)
    check("pre-set")
    assert view.session is not None
    view.session.start()
    fake_clock.advance(4)
    view.session.tick()
    check("running")
    fake_clock.advance(60)
    view.session.tick()
    if view.session.state.value == "working":
        view.session.end_set()
    check("per-leg log")
    window.home.keypad.open_for(view.log_panel.reps)
    check("keypad")
    window.home.keypad.close_pad()
    view.log_panel.submit()
    check("rest")
    window.home.show_progress()
    check("progress")
    window.home.done_button.click()
    window.picker.tile("Ola").click()
    window.pin_pad.type_pin("1234")
    check("resumed session")
    window.show_new_athlete()
    check("new athlete")
    window.show_admin()
    check("admin")
    assert not problems, "\n".join(problems)
    unlock_and_close(window)


def test_log_fields_open_the_keypad_and_take_its_value(
    qtbot, tmp_path: Path, fake_clock: FakeClock
) -> None:
    window, view = start_first_plan(qtbot, tmp_path, fake_clock)
    assert window.home is not None
    reach_the_log(view, fake_clock)
    panel = view.log_panel
    assert panel.isVisible()
    from PySide6.QtCore import Qt

    qtbot.mouseClick(panel.reps.lineEdit(), Qt.MouseButton.LeftButton)
    overlay = window.home.keypad
    assert overlay.isVisible() and overlay.editing is panel.reps
    for key in ("9", BACKSPACE, "8"):
        overlay.pad.keys.press(key)
    overlay.pad.ok_button.click()
    assert panel.reps.value() == 8
    qtbot.mouseClick(panel.load, Qt.MouseButton.LeftButton)
    overlay.pad.keys.press("7")
    overlay.pad.cancel_button.click()
    assert panel.load.text() != "7", "Cancel leaves the field alone"
    assert not overlay.isVisible()
    assert not panel.notes.isVisible(), "no free text without a keyboard"
    unlock_and_close(window)


def _add_through_the_form(window: KioskWindow, name: str) -> None:
    window.picker.new_button.click()
    for ch in name:
        window.new_athlete.keyboard.type(ch)


def test_a_new_athlete_with_a_pin_is_added_and_opened(
    qtbot, tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "gym.db"
    kiosk_database(path, {"Ida": None})
    window = open_kiosk(qtbot, path, fake_clock)
    _add_through_the_form(window, "kari berg")
    assert window.new_athlete.name.text() == "Kari Berg"
    window.new_athlete.pin_button.click()
    window.pin_pad.type_pin("2580")
    window.pin_pad.type_pin("2581")
    assert "different" in window.pin_pad.message.text()
    window.pin_pad.type_pin("2580")
    window.pin_pad.type_pin("2580")
    assert window.home is not None and window.home.name_label.text() == "Kari Berg"
    window.home.done_button.click()
    tile = window.picker.tile("Kari Berg")
    assert tile.athlete.has_pin
    unlock_and_close(window)


@pytest.mark.parametrize(("name", "message"), [("", "cannot be empty"), ("ida", "already")])
def test_a_bad_name_is_explained_and_nobody_is_added(
    qtbot, tmp_path: Path, fake_clock: FakeClock, name: str, message: str
) -> None:
    path = tmp_path / "gym.db"
    kiosk_database(path, {"Ida": None})
    window = open_kiosk(qtbot, path, fake_clock)
    _add_through_the_form(window, name)
    window.new_athlete.pin_button.click()
    assert window.pages.currentWidget() is window.new_athlete, "no PIN asked for a bad name"
    assert message in window.new_athlete.error.text()
    window.new_athlete.cancel_button.click()
    assert [t.athlete.name for t in window.picker.tiles] == ["Ida"]
    unlock_and_close(window)


def test_search_appears_with_many_athletes_and_narrows_the_tiles(
    qtbot, tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "gym.db"
    names = [f"Runner {chr(65 + i)}" for i in range(SEARCH_FROM - 1)]
    kiosk_database(path, dict.fromkeys(names))
    window = open_kiosk(qtbot, path, fake_clock)
    assert not window.picker.search_box.isVisible()
    window.picker.new_button.click()
    _add_through_the_form(window, "")
    for ch in "Kari":
        window.new_athlete.keyboard.type(ch)
    window.new_athlete.plain_button.click()
    assert window.home is not None
    window.home.done_button.click()
    assert window.picker.search_box.isVisible()
    from PySide6.QtCore import Qt

    qtbot.mouseClick(window.picker.search, Qt.MouseButton.LeftButton)
    assert window.picker.keyboard.isVisible()
    for ch in "ka":
        window.picker.keyboard.type(ch)
    assert [t.athlete.name for t in window.picker.tiles] == ["Kari"]
    window.picker.clear_search.click()
    assert len(window.picker.tiles) == SEARCH_FROM
    unlock_and_close(window)


def _tap(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_deleting_asks_on_a_screen_of_its_own_and_keeps_the_history(
    qtbot, tmp_path: Path, fake_clock: FakeClock, isolated_settings: Path
) -> None:
    path = tmp_path / "gym.db"
    ids = kiosk_database(path, {"Ida": None, "Ola": None})
    with open_database(f"sqlite:///{path}") as db:
        sync_builtin_exercises(db, builtin_exercises())
        for day in range(2):
            log_session(db, ids["Ola"], T0 + timedelta(days=day),
                        [("single-leg-squat", Side.LEFT, 8, 10.0)])
    window = open_kiosk(qtbot, path, fake_clock)
    window.show_admin()
    _tap(qtbot, window.admin.manage_buttons[ids["Ola"]])
    assert window.pages.currentWidget() is window.member
    assert window.member.facts.text().startswith("2 sessions")
    first_tap = window.member.delete_button
    spot = first_tap.mapTo(window, first_tap.rect().center())
    _tap(qtbot, first_tap)
    assert window.pages.currentWidget() is window.confirm
    assert window.confirm.title.text() == "Delete Ola?"
    assert "2 sessions" in window.confirm.body.text()
    assert len(window.controller.tiles()) == 2, "nothing deleted by the first tap"
    # A second tap on the same spot lands on "Keep", or on nothing: never on Delete.
    confirm = window.confirm.confirm_button
    assert not QRect(confirm.mapTo(window, QPoint(0, 0)), confirm.size()).contains(spot)
    hit = window.childAt(spot)
    if isinstance(hit, QAbstractButton):
        _tap(qtbot, hit)
    assert len(window.controller.tiles()) == 2
    window.show_member(ids["Ola"])
    _tap(qtbot, window.member.delete_button)
    _tap(qtbot, window.confirm.confirm_button)
    assert [t.name for t in window.controller.tiles()] == ["Ida"]
    assert window.pages.currentWidget() is window.admin
    (kept,) = (isolated_settings / "data" / "deleted-athletes").glob("Ola *.csv")
    assert kept.read_text(encoding="utf-8").count("single-leg-squat") == 2, "both sessions kept"
    window.admin.back_button.click()
    assert [t.athlete.name for t in window.picker.tiles] == ["Ida"]
    unlock_and_close(window)


def test_the_admin_renames_a_member_resets_and_removes_their_pin_and_adds_one(
    qtbot, tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "gym.db"
    ids = kiosk_database(path, {"Ida": None, "Ola": "1234"})
    window = open_kiosk(qtbot, path, fake_clock)
    window.show_admin()
    _tap(qtbot, window.admin.manage_buttons[ids["Ola"]])
    _tap(qtbot, window.member.rename_button)
    assert window.new_athlete.name.text() == "Ola"
    for _ in range(3):
        window.new_athlete.keyboard.backspace()
    _tap(qtbot, window.new_athlete.keyboard.accents_button)
    for letter in "ÅSE":
        _tap(qtbot, window.new_athlete.keyboard.keys[letter])
    window.new_athlete.keyboard.type(" ")
    for letter in "ØVREBØ":
        _tap(qtbot, window.new_athlete.keyboard.keys[letter])
    assert window.new_athlete.name.text() == "Åse Øvrebø"
    _tap(qtbot, window.new_athlete.rename_button)
    assert window.pages.currentWidget() is window.member
    assert window.member.title.text() == "Åse Øvrebø"

    # A forgotten PIN: the admin lets the member choose a new one.
    _tap(qtbot, window.member.pin_button)
    window.pin_pad.type_pin("2468")
    window.pin_pad.type_pin("2468")
    assert window.pages.currentWidget() is window.member
    assert window.controller.check_athlete_pin(ids["Ola"], "2468")
    _tap(qtbot, window.member.remove_pin_button)
    assert not window.controller.tile(ids["Ola"]).has_pin
    assert not window.member.remove_pin_button.isVisible()

    window.show_admin()
    _tap(qtbot, window.admin.add_button)
    window.new_athlete.keyboard.type("kari")
    _tap(qtbot, window.new_athlete.plain_button)
    assert window.pages.currentWidget() is window.admin, "the admin stays in the panel"
    assert [t.name for t in window.controller.tiles()] == ["Ida", "Kari", "Åse Øvrebø"]
    window.show_admin()
    _tap(qtbot, window.admin.manage_buttons[ids["Ida"]])
    _tap(qtbot, window.member.rename_button)
    window.new_athlete.name.setText("kari")
    _tap(qtbot, window.new_athlete.rename_button)
    assert "already" in window.new_athlete.error.text()
    assert window.controller.tile(ids["Ida"]).name == "Ida"
    unlock_and_close(window)


def test_the_keyboard_has_a_shift_key_and_the_systems_letters(qtbot) -> None:

    from app.ui.kiosk.keypad import LetterKeyboard

    field = QLineEdit()
    keyboard = LetterKeyboard(field, language="nb_NO")
    qtbot.addWidget(keyboard)
    keyboard.show()
    assert {"Æ", "Ø", "Å"} <= set(keyboard.keys)
    for text in ("M", "C"):
        _tap(qtbot, keyboard.keys[text])
    assert keyboard.keys["A"].text() == "a", "keys show what a tap types"
    _tap(qtbot, keyboard.shift_button)
    assert keyboard.keys["A"].text() == "A"
    _tap(qtbot, keyboard.keys["A"])
    _tap(qtbot, keyboard.keys["R"])
    assert field.text() == "McAr"
    english = LetterKeyboard(QLineEdit(), language="en_GB")
    qtbot.addWidget(english)
    assert all(b.text() != "Ø" for b in english.letter_page.findChildren(QAbstractButton))


def test_effort_is_chosen_from_big_buttons_on_the_kiosk(
    qtbot, tmp_path: Path, fake_clock: FakeClock
) -> None:
    window, view = start_first_plan(qtbot, tmp_path, fake_clock)
    assert window.home is not None
    reach_the_log(view, fake_clock)
    panel = view.log_panel
    _tap(qtbot, panel.rpe)
    overlay = window.home.keypad
    assert overlay.isVisible() and overlay.editing is panel.rpe
    buttons = overlay.choices.buttons
    assert buttons[0].text() == "No rating", "the 'not said' choice has words, not a blank"
    assert all(min(b.width(), b.height()) >= 64 for b in buttons)
    (eight,) = [b for b in buttons if b.text() == "8"]
    _tap(qtbot, eight)
    assert not overlay.isVisible()
    assert panel.rpe.currentData() == 8.0
    _tap(qtbot, panel.rir)
    _tap(qtbot, overlay.choices.buttons[3])
    assert panel.rir.currentData() == 2
    _tap(qtbot, panel.knee)
    answers = overlay.choices.buttons
    assert [b.text() for b in answers] == ["Not watched", "Yes", "No"]
    assert all(min(b.width(), b.height()) >= MIN_TARGET_PX for b in answers), "for a finger"
    _tap(qtbot, answers[2])
    assert panel.knee.currentData() is False
    assert panel.hips.currentData() is None, "the other form answer is still unanswered"
    unlock_and_close(window)


def test_the_kiosk_session_speaks_of_taps_not_keys(
    qtbot, tmp_path: Path, fake_clock: FakeClock
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window, view = start_first_plan(qtbot, tmp_path, fake_clock)
    assert view.session is not None

    def shown_words() -> str:
        texts = [b.text() for b in view.findChildren(QAbstractButton) if b.isVisible()]
        texts += [label.text() for label in view.findChildren(QLabel) if label.isVisible()]
        texts += [view.live.tempo_bar.idle_text, view.counter.caption]
        return " | ".join(texts)

    pages = []
    pages.append(shown_words())
    view.session.start()
    fake_clock.advance(5)
    view.session.tick()
    pages.append(shown_words())
    view.toggle_pause()
    pages.append(shown_words())
    view.toggle_pause()
    fake_clock.advance(200)
    view.session.tick()
    if view.session.state.value == "working":
        view.session.end_set()
    pages.append(shown_words())
    for words in pages:
        for key_hint in ("press", "⏎", "␣", "⌫", "Space", "Enter", "  P"):
            assert key_hint not in words, f"{key_hint!r} shown on a touchscreen: {words}"
    assert "tap Save" in pages[-1]
    unlock_and_close(window)


@pytest.mark.parametrize("screen", SCREENS)
def test_a_new_members_progress_page_has_no_clipped_text_and_no_demo_data(
    qtbot, tmp_path: Path, fake_clock: FakeClock, screen: str
) -> None:
    from PySide6.QtWidgets import QLabel

    path = tmp_path / "gym.db"
    kiosk_database(path, {"Åse Øvrebø": None})
    window = open_kiosk(qtbot, path, fake_clock, screen=screen)
    _tap(qtbot, window.picker.tile("Åse Øvrebø"))
    assert window.home is not None
    _tap(qtbot, window.home.progress_tab)
    empty = window.home.progress_view.empty
    qtbot.waitUntil(empty.isVisible)
    words = " ".join(label.text() for label in empty.findChildren(QLabel))
    assert "demo" not in words.lower()
    body = empty.body
    assert body.height() >= body.heightForWidth(body.width()), "every line shows"
    assert not empty.demo_button.isVisible()
    unlock_and_close(window)

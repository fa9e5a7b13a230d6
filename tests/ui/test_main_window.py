"""The main window: navigation, menus, remembered state, theme, library search."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.shell.controller import AppController
from app.ui.shell.main_window import VIEW_KEYS, MainWindow
from app.ui.shell.settings import UiSettings
from app.ui.shell.theme import DARK, LIGHT, ThemeChoice


def test_window_has_title_menus_and_every_view_is_reachable(window: MainWindow, qtbot) -> None:
    assert window.windowTitle() == "Legwork"
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]
    for key in VIEW_KEYS:
        qtbot.mouseClick(window.nav_buttons[key], Qt.MouseButton.LeftButton)
        assert window.current_view() == key
        assert window.stack.currentWidget().isVisible()


def test_menu_shortcuts_are_set(window: MainWindow) -> None:
    shortcuts = {name: a.shortcut().toString() for name, a in window.actions_by_name.items()}
    assert shortcuts["new_session"] == "Ctrl+N"
    assert shortcuts["print_sheet"] == "Ctrl+P"
    assert shortcuts["quit"] == "Ctrl+Q"
    assert shortcuts["view_progress"] == "Ctrl+3"
    for name in ("export", "import", "backup", "kiosk", "about", "theme_dark"):
        assert name in window.actions_by_name


def test_keyboard_shortcut_switches_view(window: MainWindow, qtbot) -> None:
    window.actions_by_name["view_history"].trigger()
    assert window.current_view() == "history"
    assert window.nav_buttons["history"].isChecked()


def test_status_bar_names_the_home_athlete(window: MainWindow) -> None:
    assert window.controller.athlete is not None
    assert window.athlete_label.text() == f"Athlete: {window.controller.athlete.name}"


def test_size_position_and_last_view_survive_a_restart(
    qtbot, tmp_path: Path, ui_settings: UiSettings
) -> None:
    controller = AppController(f"sqlite:///{tmp_path / 'a.db'}")
    first = MainWindow(controller, ui_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 700)
    first.show_view("progress")
    first.close()

    second = MainWindow(AppController(f"sqlite:///{tmp_path / 'a.db'}"), ui_settings)
    qtbot.addWidget(second)
    assert second.current_view() == "progress"
    assert (second.width(), second.height()) == (1100, 700)


def test_theme_override_changes_the_palette_and_is_remembered(
    window: MainWindow, ui_settings: UiSettings
) -> None:
    app = QApplication.instance()
    window.actions_by_name["theme_dark"].trigger()
    assert app.palette().window().color().name() == DARK.window
    assert ui_settings.theme() is ThemeChoice.DARK
    window.actions_by_name["theme_light"].trigger()
    assert app.palette().window().color().name() == LIGHT.window
    assert window.actions_by_name["theme_light"].isChecked()


def test_unknown_saved_view_falls_back_to_library(qtbot, tmp_path: Path, ui_settings) -> None:
    ui_settings.set_last_view("no-such-view")
    main = MainWindow(AppController(f"sqlite:///{tmp_path / 'b.db'}"), ui_settings)
    qtbot.addWidget(main)
    assert main.current_view() == "library"


def test_about_lists_the_research_as_links(window: MainWindow, qtbot) -> None:
    from app.evidence import shipped_evidence
    from app.ui.shell.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    html = dialog.references.toHtml()
    assert html.count("href=") == len(shipped_evidence().numbered()) == 11
    assert "https://doi.org/10.1249/MSS.0b013e318168da2f" in html
    assert dialog.references.openExternalLinks()


def test_the_home_athlete_can_be_renamed_and_a_bad_name_is_refused(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QInputDialog

    answers = iter([("   ", True), ("Sam Runner", True)])
    prompts: list[str] = []

    def fake_get_text(_parent, _title, prompt, text=""):
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake_get_text))
    window.actions_by_name["rename_athlete"].trigger()
    assert "cannot be empty" in prompts[1], "the refusal is explained and asked again"
    assert window.athlete_label.text() == "Athlete: Sam Runner"
    window.controller.close()
    again = AppController(f"sqlite:///{tmp_path / 'legwork.db'}")
    again.open_database()
    assert again.athlete is not None and again.athlete.name == "Sam Runner"
    again.close()


def test_the_app_starts_with_the_cursor_in_the_library_search(window: MainWindow, qtbot) -> None:
    # The cursor is placed at the first paint, which may have come and gone already:
    # wait for that moment (the other views are built right after it), not for a signal.
    started: list[bool] = []
    window.when_views_ready(lambda: started.append(True))
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    assert window.focusWidget() is window.library_view.search


def test_the_chosen_time_range_stands_out(window: MainWindow) -> None:
    window.set_theme(ThemeChoice.LIGHT)
    window.show_view("progress")
    buttons = list(window.progress_view.range_buttons.values())
    checked = [b for b in buttons if b.isChecked()]
    assert len(checked) == 1
    other = next(b for b in buttons if not b.isChecked())
    chosen_look, other_look = checked[0].grab().toImage(), other.grab().toImage()
    y = chosen_look.rect().center().y()
    # Sample the button face away from the text: the chosen range is filled
    # with the accent colour, the others are not.
    accent = LIGHT.accent
    assert chosen_look.pixelColor(5, y).name() == accent
    assert other_look.pixelColor(5, y).name() != accent


def test_file_export_does_not_build_the_history_view(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "mine.csv"), "CSV, loads in kg (*.csv)"))
    window.show_view("library")
    window.actions_by_name["export"].trigger()
    assert (tmp_path / "mine.csv").is_file()
    assert "history" not in window.views, "exporting needs no History view"


def test_first_start_shows_the_caution_until_it_is_acknowledged(
    window: MainWindow, qtbot, tmp_path: Path, ui_settings: UiSettings
) -> None:
    banner = window.caution
    assert banner is not None and banner.isVisible()
    assert "Pain is a reason to stop" in banner.text.text()
    assert "physiotherapist decides" in banner.text.text()
    # the banner never takes the focus the current view keeps
    assert QApplication.focusWidget() is window.library_view.search
    qtbot.mouseClick(banner.ok, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert ui_settings.caution_seen()
    again = MainWindow(AppController(f"sqlite:///{tmp_path / 'other.db'}"), ui_settings)
    qtbot.addWidget(again)
    assert again.caution is None


def test_the_history_opens_before_the_views_that_need_not_hear_it(
        qtbot, tmp_path: Path, ui_settings: UiSettings) -> None:
    from datetime import UTC, datetime

    from app.domain.sides import Side
    from tests.builders import log_session

    url = f"sqlite:///{tmp_path / 'legwork.db'}"
    earlier = AppController(url)
    earlier.open_database()
    assert earlier.db is not None and earlier.athlete is not None
    log_session(earlier.db, earlier.athlete.id, datetime(2026, 11, 30, 7, tzinfo=UTC),
                [("single-leg-squat", Side.LEFT, 8, 0.0), ("single-leg-squat", Side.RIGHT, 8, 0.0)])
    earlier.close()
    ui_settings.set_last_view("progress")
    controller = AppController(url)
    window = MainWindow(controller, ui_settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    built_at_open: list[list[str]] = []
    controller.database_opened.connect(lambda: built_at_open.append(sorted(window.views)))
    window.show()
    window.when_ready_to_open(controller.open_database)
    every_view: list[bool] = []
    window.when_views_ready(lambda: every_view.append(True))
    qtbot.waitUntil(lambda: bool(every_view), timeout=5000)

    # Only the view on screen heard the history open; the others were built after it,
    # reading it then.
    assert built_at_open == [["progress"]]
    assert window.progress_view.cards, "Progress drew the session at once"
    window.show_view("history")
    assert window.history_view.session_list.model.rowCount() == 1
    controller.close()


def test_a_window_opened_on_another_view_offers_to_resume_an_unfinished_session(
        qtbot, tmp_path: Path, ui_settings: UiSettings, monkeypatch) -> None:
    from app.domain.preferences import TrainingPreferences
    from app.services import sessions
    from app.ui.session.session_view import SessionView
    from tests.builders import plan
    from tests.fakes import FakeClock

    url = f"sqlite:///{tmp_path / 'legwork.db'}"
    earlier = AppController(url)
    earlier.open_database()
    assert earlier.db is not None and earlier.athlete is not None
    left_open = sessions.start_session(earlier.db, earlier.athlete.id, plan(), FakeClock(),
                                       TrainingPreferences()).value
    earlier.close()  # as good as a crash: the session was never finished
    asked: list[str] = []

    def carry_on(view: SessionView, info: sessions.SessionInfo) -> bool:
        asked.append(info.plan_name)
        return True

    monkeypatch.setattr(SessionView, "ask_to_resume", carry_on)
    ui_settings.set_last_view("library")
    controller = AppController(url)
    window = MainWindow(controller, ui_settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.when_ready_to_open(controller.open_database)
    qtbot.waitUntil(lambda: window.current_view() == "session", timeout=5000)

    # Asked once, after the history opened (the Session view was built just after it).
    assert asked == ["Short"]
    resumed = window.session_view.session
    assert resumed is not None and resumed.session_id == left_open.session_id
    controller.close()

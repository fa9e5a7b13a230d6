"""File → Preferences: every setting round-trips, bad values are refused, changes apply at once.

Training preferences are the athlete's, in the database; the theme and the
volume are the computer's, in QSettings.
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox

from app.domain import preferences as prefs
from app.domain.errors import ValidationError
from app.domain.preferences import TrainingPreferences
from app.domain.side_order import SideOrder
from app.domain.units import Unit
from app.services.changes import Changes
from app.services.preferences import preferences, set_preference
from app.storage.database import Database
from app.storage.preferences import store_preferences, stored_preferences
from app.ui.shell.controller import AppController
from app.ui.shell.main_window import MainWindow
from app.ui.shell.settings import THEME_KEY, VOLUME_KEY, UiSettings
from app.ui.shell.settings_dialog import KIOSK_LOCKED_NOTE, SettingsDialog
from app.ui.shell.theme import DARK, LIGHT, ThemeChoice


def _ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def ini_path(tmp_path: Path) -> Path:
    return tmp_path / "ui.ini"


@pytest.fixture
def dialog(qtbot, ui_settings: UiSettings, controller: AppController) -> SettingsDialog:
    dlg = SettingsDialog(ui_settings, controller)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _pick(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(box.findData(value))


def _reopened(ini_path: Path) -> UiSettings:
    """A second, independent reader of the same file, as the next run of the app would be."""
    return UiSettings(_ini(ini_path))


def _reopened_preferences(history_url: str) -> TrainingPreferences:
    """The home athlete's preferences as the next run of the app reads them."""
    again = AppController(history_url)
    again.open_database()
    try:
        return again.preferences
    finally:
        again.close()


def test_a_fresh_install_shows_the_defaults(dialog: SettingsDialog) -> None:
    assert dialog.unit.currentData() == "kg"
    assert dialog.theme.currentText() == "Same as my system"
    assert dialog.rest_between_sides.value() == 30
    assert dialog.rest_between_sets.value() == 90
    assert dialog.count_in.value() == 3
    assert dialog.side_order.currentText() == "Weaker leg first"
    assert dialog.sounds.isChecked() and dialog.voice.isChecked()
    assert dialog.volume.value() == 80 and dialog.volume_label.text() == "80 %"


def test_every_control_is_saved_as_it_changes_and_read_back_next_time(
    dialog: SettingsDialog, ui_settings: UiSettings, controller: AppController,
    history_url: str, ini_path: Path, qtbot,
) -> None:
    heard: list[str] = []
    ui_settings.notifier.changed.connect(heard.append)
    controller.changed.connect(lambda changes: heard.extend(changes.preferences))
    _pick(dialog.unit, "lb")
    _pick(dialog.theme, "dark")
    dialog.rest_between_sides.setValue(45)
    dialog.rest_between_sets.setValue(120)
    dialog.count_in.setValue(5)
    _pick(dialog.side_order, "alternate")
    qtbot.mouseClick(dialog.sounds, Qt.MouseButton.LeftButton)
    dialog.volume.setValue(35)

    ui_settings.sync()
    again = _reopened(ini_path)
    assert again.theme() is ThemeChoice.DARK
    assert again.volume() == 35
    controller.close()
    stored = _reopened_preferences(history_url)
    assert stored.unit is Unit.LB
    assert stored.rest_between_sides_s == 45
    assert stored.rest_between_sets_s == 120
    assert stored.count_in_s == 5
    assert stored.side_order is SideOrder.ALTERNATE
    assert stored.sounds is False
    assert stored.voice is True
    assert dialog.volume_label.text() == "35 %"
    assert {prefs.UNIT, THEME_KEY, prefs.REST_BETWEEN_SIDES, prefs.COUNT_IN, prefs.SOUNDS,
            VOLUME_KEY} <= set(heard)


def test_a_reopened_dialog_shows_what_was_saved(
    qtbot, ui_settings: UiSettings, controller: AppController
) -> None:
    controller.set_preference(prefs.UNIT, Unit.LB)
    controller.set_preference(prefs.SIDE_ORDER, SideOrder.LEFT_FIRST)
    controller.set_preference(prefs.COUNT_IN, 0)
    controller.set_preference(prefs.VOICE, False)
    dlg = SettingsDialog(ui_settings, controller)
    qtbot.addWidget(dlg)
    assert dlg.unit.currentText() == "Pounds (lb)"
    assert dlg.side_order.currentText() == "Left leg first"
    assert dlg.count_in.text() == "None", "a zero count-in reads as a word, not 0 s"
    assert not dlg.voice.isChecked()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sides=st.integers(0, 600), sets=st.integers(0, 600), count_in=st.integers(0, 10),
    volume=st.integers(0, 100), sounds=st.booleans(),
)
def test_any_allowed_value_round_trips_through_storage(
    tmp_path: Path, database: Database, sides: int, sets: int, count_in: int, volume: int,
    sounds: bool,
) -> None:
    from app.storage.athletes import ensure_home_athlete

    athlete = ensure_home_athlete(database, "Runner").id
    for key, value in ((prefs.REST_BETWEEN_SIDES, sides), (prefs.REST_BETWEEN_SETS, sets),
                       (prefs.COUNT_IN, count_in), (prefs.SOUNDS, sounds)):
        set_preference(database, athlete, key, value)
    path = tmp_path / "round-trip.ini"
    first = UiSettings(_ini(path))
    first.set_volume(volume)
    first.sync()
    stored = preferences(database, athlete)
    assert (stored.rest_between_sides_s, stored.rest_between_sets_s, stored.count_in_s,
            stored.sounds, _reopened(path).volume()) == (sides, sets, count_in, sounds, volume)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (prefs.REST_BETWEEN_SIDES, -1, "Rest between sides must be a whole number from 0 to 600"),
        (prefs.REST_BETWEEN_SETS, 601, "Rest between sets must be a whole number from 0 to 600"),
        (prefs.REST_BETWEEN_SETS, 90.5, "whole number"),
        (prefs.COUNT_IN, 11, "The count-in must be a whole number from 0 to 10"),
        (prefs.UNIT, "stone", "'stone' is not one of: kg, lb"),
        (prefs.SIDE_ORDER, "right_first", "is not one of"),
        (prefs.SOUNDS, "perhaps", "on or off"),
    ],
)
def test_bad_training_preferences_are_refused_and_nothing_is_written(
    controller: AppController, key: str, value: object, message: str
) -> None:
    heard: list[Changes] = []
    controller.changed.connect(heard.append)
    with pytest.raises(ValidationError, match=message):
        controller.set_preference(key, value)
    assert heard == []
    assert stored_preferences(controller.require_db(), controller.require_athlete().id) == {}


@pytest.mark.parametrize(
    ("setter", "value", "message"),
    [
        ("set_volume", 101, "Volume must be a whole number from 0 to 100"),
        ("set_volume", True, "whole number"),
        ("set_theme", "sepia", "is not one of: system, light, dark"),
    ],
)
def test_bad_display_settings_are_refused_and_nothing_is_written(
    ui_settings: UiSettings, ini_path: Path, setter: str, value: object, message: str
) -> None:
    heard: list[str] = []
    ui_settings.notifier.changed.connect(heard.append)
    with pytest.raises(ValidationError, match=message):
        getattr(ui_settings, setter)(value)
    ui_settings.sync()
    assert heard == []
    assert not ini_path.exists() or "=" not in ini_path.read_text()


def test_damaged_values_read_as_defaults(ini_path: Path, controller: AppController) -> None:
    raw = _ini(ini_path)
    for key, junk in ((VOLUME_KEY, "-4"), (THEME_KEY, "neon")):
        raw.setValue(key, junk)
    raw.sync()
    s = _reopened(ini_path)
    assert s.volume() == 80
    assert s.theme() is ThemeChoice.SYSTEM
    db, athlete = controller.require_db(), controller.require_athlete().id
    store_preferences(db, athlete, {
        prefs.REST_BETWEEN_SIDES: "soon", prefs.COUNT_IN: "99", prefs.SOUNDS: "perhaps",
        prefs.UNIT: "stone", prefs.SIDE_ORDER: "hop",
    })
    assert preferences(db, athlete) == TrainingPreferences()


def test_typing_a_rest_over_the_limit_cannot_save_it(
    dialog: SettingsDialog, controller: AppController, qtbot
) -> None:
    box = dialog.rest_between_sets
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "9999")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.value() <= 600
    assert controller.preferences.rest_between_sets_s <= 600


def test_a_refused_value_is_explained_in_the_dialog(dialog: SettingsDialog) -> None:
    dialog._write(dialog.settings.set_volume, 250)
    assert dialog.error.isVisible()
    assert "Volume must be a whole number from 0 to 100" in dialog.error.text()
    dialog._write(dialog.settings.set_volume, 50)
    assert not dialog.error.isVisible()


def test_volume_is_greyed_out_while_tones_and_voice_are_both_off(
    dialog: SettingsDialog, qtbot
) -> None:
    qtbot.mouseClick(dialog.sounds, Qt.MouseButton.LeftButton)
    assert dialog.volume.isEnabled(), "the voice still speaks"
    qtbot.mouseClick(dialog.voice, Qt.MouseButton.LeftButton)
    assert not dialog.volume.isEnabled()


def test_kiosk_timeout_is_locked_for_everyone_but_the_admin(
    dialog: SettingsDialog, ui_settings: UiSettings, controller: AppController, qtbot
) -> None:
    assert not dialog.kiosk_idle.isEnabled()
    assert dialog.kiosk_note.text() == KIOSK_LOCKED_NOTE
    admin = SettingsDialog(ui_settings, controller, admin=True)
    qtbot.addWidget(admin)
    assert admin.kiosk_idle.value() == 90, "the kiosk's own default"
    assert admin.kiosk_idle.isEnabled()
    assert admin.kiosk_note.text() != KIOSK_LOCKED_NOTE
    admin.kiosk_idle.setValue(600)
    # The kiosk reads its timeout from the shared database, so that is where it goes.
    assert controller.kiosk_idle_timeout_s() == 600


def _window_colour() -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_preferences_opens_from_the_file_menu_with_ctrl_comma(window: MainWindow, qtbot) -> None:
    action = window.actions_by_name["preferences"]
    assert action.shortcut().toString() == "Ctrl+,"
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    seen: list[SettingsDialog] = []

    def close_it() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, SettingsDialog) and w.isVisible()]
        seen.extend(dialogs)
        for found in dialogs:
            found.reject()

    QTimer.singleShot(0, close_it)
    action.trigger()
    assert len(seen) == 1
    assert not seen[0].kiosk_idle.isEnabled(), "the menu opens the athlete's view"


def test_theme_changes_at_once_and_the_app_hears_about_it(
    window: MainWindow, ui_settings: UiSettings, qtbot
) -> None:
    window.set_theme(ThemeChoice.LIGHT)
    assert _window_colour() == LIGHT.window
    heard: list[str] = []
    window.controller.changed.connect(lambda changes: heard.extend(sorted(changes.preferences)))
    dlg = SettingsDialog(ui_settings, window.controller, parent=window)
    qtbot.addWidget(dlg)
    _pick(dlg.theme, "dark")
    assert _window_colour() == DARK.window
    assert window.actions_by_name["theme_dark"].isChecked()
    _pick(dlg.unit, "lb")
    assert heard == [THEME_KEY, prefs.UNIT]
    window.set_theme(ThemeChoice.LIGHT)
    assert _window_colour() == LIGHT.window


# ------------------------------------------ training preferences belong to the athlete


def test_the_computers_old_settings_become_the_home_athletes_once(
    qtbot, ini_path: Path, history_url: str
) -> None:
    old = _ini(ini_path)
    for key, value in (("units/load", "lb"), ("session/counting_mode", "manual"),
                       ("session/rest_between_sides_s", "45"), ("cues/voice", "false"),
                       ("session/side_order", "hop"), ("cues/volume", "30")):
        old.setValue(key, value)
    old.sync()
    settings_file = UiSettings(_ini(ini_path))
    controller = AppController(history_url)
    window = MainWindow(controller, settings_file)
    qtbot.addWidget(window)
    controller.open_database()
    chosen = controller.preferences
    assert (chosen.unit, chosen.counting_mode.value, chosen.rest_between_sides_s,
            chosen.voice) == (Unit.LB, "manual", 45, False)
    assert chosen.side_order is SideOrder.WEAKER_FIRST, "a damaged value is left behind"
    assert settings_file.legacy_training_preferences() == {}
    assert settings_file.volume() == 30, "the computer's volume stays the computer's"
    controller.set_preference(prefs.UNIT, Unit.KG)
    controller.close()

    again = AppController(history_url)
    second = MainWindow(again, UiSettings(_ini(ini_path)))
    qtbot.addWidget(second)
    again.open_database()
    assert again.preferences.unit is Unit.KG, "carried over once, never again"
    again.close()


# ------------------------------------------ comparing the legs: body mass and the line


def test_body_mass_is_optional_dated_and_kept_per_athlete(
    dialog: SettingsDialog, controller: AppController, qtbot
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    assert dialog.body_mass.text() == "not given"
    assert "compared on reps at the same load" in dialog.body_mass_note.text()
    # Save with nothing typed records nothing and says why
    dialog.body_mass_save.click()
    assert not controller.body_mass_log() and dialog.error.isVisible()
    dialog.body_mass_day.setDate(QDate(2025, 3, 1))
    dialog.body_mass.setValue(68.5)
    with qtbot.waitSignal(controller.changed) as changed:
        dialog.body_mass_save.click()
    assert changed.args == [Changes(preferences=frozenset({"body_mass"}))]
    assert [(e.day, e.kg) for e in controller.body_mass_log().entries] == [(date(2025, 3, 1), 68.5)]
    assert "68.5 kg on Sat 1 Mar 2025" in dialog.body_mass_note.text()


def test_body_mass_is_typed_in_the_chosen_unit(
    dialog: SettingsDialog, controller: AppController
) -> None:
    _pick(dialog.unit, Unit.LB.value)
    assert dialog.body_mass.suffix() == " lb"
    dialog.body_mass.setValue(150.0)
    dialog.body_mass_save.click()
    (entry,) = controller.body_mass_log().entries
    assert entry.kg == pytest.approx(150 * 0.45359237)


def test_the_symmetry_line_defaults_to_ninety_and_says_what_ninety_is(
    dialog: SettingsDialog, controller: AppController, history_url: str
) -> None:
    assert dialog.symmetry_line.value() == controller.preferences.symmetry_line_percent == 90
    assert "return-to-sport benchmark used after knee injury" in dialog.symmetry_note.text()
    dialog.symmetry_line.setValue(85)
    assert controller.preferences.symmetry_line_percent == 85
    with pytest.raises(ValidationError, match="from 50 to 100"):
        controller.set_preference(prefs.SYMMETRY_LINE, 101)
    controller.close()
    assert _reopened_preferences(history_url).symmetry_line_percent == 85, "the athlete's own"

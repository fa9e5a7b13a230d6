"""File → Preferences: every setting round-trips, bad values are refused, changes apply at once."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox

from app.domain.errors import ValidationError
from app.domain.side_order import SideOrder
from app.domain.units import Unit
from app.ui.controller import AppController
from app.ui.main_window import MainWindow
from app.ui.settings import (
    COUNT_IN_KEY,
    REST_SIDES_KEY,
    SOUNDS_KEY,
    THEME_KEY,
    UNIT_KEY,
    VOLUME_KEY,
    UiSettings,
)
from app.ui.settings_dialog import KIOSK_LOCKED_NOTE, SettingsDialog
from app.ui.theme import DARK, LIGHT, ThemeChoice


def _ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def ini_path(tmp_path: Path) -> Path:
    return tmp_path / "ui.ini"


@pytest.fixture
def ui_settings(ini_path: Path) -> UiSettings:
    return UiSettings(_ini(ini_path))


@pytest.fixture
def dialog(qtbot, ui_settings: UiSettings) -> SettingsDialog:
    dlg = SettingsDialog(ui_settings)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


@pytest.fixture
def window(qtbot, tmp_path: Path, ui_settings: UiSettings):
    controller = AppController(f"sqlite:///{tmp_path / 'legwork.db'}")
    main = MainWindow(controller, ui_settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    controller.close()


def _pick(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(box.findData(value))


def _reopened(ini_path: Path) -> UiSettings:
    """A second, independent reader of the same file, as the next run of the app would be."""
    return UiSettings(_ini(ini_path))


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
    dialog: SettingsDialog, ui_settings: UiSettings, ini_path: Path, qtbot
) -> None:
    heard: list[str] = []
    ui_settings.notifier.changed.connect(heard.append)
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
    assert again.unit() is Unit.LB
    assert again.theme() is ThemeChoice.DARK
    assert again.rest_between_sides_s() == 45
    assert again.rest_between_sets_s() == 120
    assert again.count_in_s() == 5
    assert again.side_order() is SideOrder.ALTERNATE
    assert again.sounds_enabled() is False
    assert again.voice_enabled() is True
    assert again.volume() == 35
    assert dialog.volume_label.text() == "35 %"
    assert {UNIT_KEY, THEME_KEY, REST_SIDES_KEY, COUNT_IN_KEY, SOUNDS_KEY, VOLUME_KEY} <= set(heard)


def test_a_reopened_dialog_shows_what_was_saved(qtbot, ui_settings: UiSettings) -> None:
    ui_settings.set_unit(Unit.LB)
    ui_settings.set_side_order(SideOrder.LEFT_FIRST)
    ui_settings.set_count_in_s(0)
    ui_settings.set_voice_enabled(False)
    dlg = SettingsDialog(ui_settings)
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
def test_any_allowed_value_round_trips_through_the_file(
    tmp_path: Path, sides: int, sets: int, count_in: int, volume: int, sounds: bool,
) -> None:
    path = tmp_path / "round-trip.ini"
    first = UiSettings(_ini(path))
    first.set_rest_between_sides_s(sides)
    first.set_rest_between_sets_s(sets)
    first.set_count_in_s(count_in)
    first.set_volume(volume)
    first.set_sounds_enabled(sounds)
    first.sync()
    again = _reopened(path)
    assert (again.rest_between_sides_s(), again.rest_between_sets_s(), again.count_in_s(),
            again.volume(), again.sounds_enabled()) == (sides, sets, count_in, volume, sounds)


@pytest.mark.parametrize(
    ("setter", "value", "message"),
    [
        ("set_rest_between_sides_s", -1, "Rest between sides must be a whole number from 0 to 600"),
        ("set_rest_between_sets_s", 601, "Rest between sets must be a whole number from 0 to 600"),
        ("set_rest_between_sets_s", 90.5, "whole number"),
        ("set_count_in_s", 11, "The count-in must be a whole number from 0 to 10"),
        ("set_volume", 101, "Volume must be a whole number from 0 to 100"),
        ("set_volume", True, "whole number"),
        ("set_unit", "stone", "'stone' is not one of: kg, lb"),
        ("set_side_order", "right_first", "is not one of"),
        ("set_theme", "sepia", "is not one of: system, light, dark"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(
    ui_settings: UiSettings, ini_path: Path, setter: str, value: object, message: str
) -> None:
    heard: list[str] = []
    ui_settings.notifier.changed.connect(heard.append)
    with pytest.raises(ValidationError, match=message):
        getattr(ui_settings, setter)(value)
    ui_settings.sync()
    assert heard == []
    assert not ini_path.exists() or "=" not in ini_path.read_text()


def test_damaged_values_in_the_file_read_as_defaults(ini_path: Path) -> None:
    raw = _ini(ini_path)
    for key, junk in ((REST_SIDES_KEY, "soon"), (COUNT_IN_KEY, "99"), (VOLUME_KEY, "-4"),
                      (SOUNDS_KEY, "perhaps"), (UNIT_KEY, "stone"),
                      ("session/side_order", "hop"), (THEME_KEY, "neon")):
        raw.setValue(key, junk)
    raw.sync()
    s = _reopened(ini_path)
    assert s.rest_between_sides_s() == 30
    assert s.count_in_s() == 3
    assert s.volume() == 80
    assert s.sounds_enabled() is True
    assert s.unit() is Unit.KG
    assert s.side_order() is SideOrder.WEAKER_FIRST
    assert s.theme() is ThemeChoice.SYSTEM


def test_typing_a_rest_over_the_limit_cannot_save_it(
    dialog: SettingsDialog, ui_settings: UiSettings, qtbot
) -> None:
    box = dialog.rest_between_sets
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "9999")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.value() <= 600
    assert ui_settings.rest_between_sets_s() <= 600


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
    dialog: SettingsDialog, ui_settings: UiSettings, qtbot, tmp_path: Path
) -> None:
    assert not dialog.kiosk_idle.isEnabled()
    assert dialog.kiosk_note.text() == KIOSK_LOCKED_NOTE
    controller = AppController(f"sqlite:///{tmp_path / 'kiosk.db'}")
    controller.open_database()
    admin = SettingsDialog(ui_settings, admin=True, controller=controller)
    qtbot.addWidget(admin)
    assert admin.kiosk_idle.value() == 90, "the kiosk's own default"
    assert admin.kiosk_idle.isEnabled()
    assert admin.kiosk_note.text() != KIOSK_LOCKED_NOTE
    admin.kiosk_idle.setValue(600)
    # The kiosk reads its timeout from the shared database, so that is where it goes.
    assert controller.kiosk_idle_timeout_s() == 600
    controller.close()


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
    window.controller.settings_changed.connect(heard.append)
    dlg = SettingsDialog(ui_settings, parent=window)
    qtbot.addWidget(dlg)
    _pick(dlg.theme, "dark")
    assert _window_colour() == DARK.window
    assert window.actions_by_name["theme_dark"].isChecked()
    _pick(dlg.unit, "lb")
    assert heard == [THEME_KEY, UNIT_KEY]
    window.set_theme(ThemeChoice.LIGHT)
    assert _window_colour() == LIGHT.window


@pytest.fixture
def athlete_dialog(qtbot, tmp_path: Path, ui_settings: UiSettings):
    controller = AppController(f"sqlite:///{tmp_path / 'legwork.db'}")
    controller.open_database()
    dlg = SettingsDialog(ui_settings, controller=controller)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    controller.close()


def test_body_mass_is_optional_dated_and_kept_per_athlete(athlete_dialog, qtbot) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    dlg = athlete_dialog
    controller = dlg._controller
    assert dlg.body_mass.text() == "not given"
    assert "compared on reps at the same load" in dlg.body_mass_note.text()
    # Save with nothing typed records nothing and says why
    dlg.body_mass_save.click()
    assert not controller.body_mass_log() and dlg.error.isVisible()
    dlg.body_mass_day.setDate(QDate(2025, 3, 1))
    dlg.body_mass.setValue(68.5)
    with qtbot.waitSignal(controller.settings_changed) as changed:
        dlg.body_mass_save.click()
    assert changed.args == ["body_mass"]
    assert [(e.day, e.kg) for e in controller.body_mass_log().entries] == [(date(2025, 3, 1), 68.5)]
    assert "68.5 kg on 01 Mar 2025" in dlg.body_mass_note.text()


def test_body_mass_is_typed_in_the_chosen_unit(athlete_dialog) -> None:
    dlg = athlete_dialog
    dlg.unit.setCurrentIndex(dlg.unit.findData(Unit.LB.value))
    assert dlg.body_mass.suffix() == " lb"
    dlg.body_mass.setValue(150.0)
    dlg.body_mass_save.click()
    (entry,) = dlg._controller.body_mass_log().entries
    assert entry.kg == pytest.approx(150 * 0.45359237)


def test_the_symmetry_line_defaults_to_ninety_and_says_what_ninety_is(
    dialog: SettingsDialog, ui_settings: UiSettings
) -> None:
    assert dialog.symmetry_line.value() == ui_settings.symmetry_line_percent() == 90
    assert "return-to-sport benchmark used after knee injury" in dialog.symmetry_note.text()
    dialog.symmetry_line.setValue(85)
    assert ui_settings.symmetry_line_percent() == 85
    with pytest.raises(ValidationError, match="from 50 to 100"):
        ui_settings.set_symmetry_line_percent(101)

"""Accessibility: names and tooltips on every control, keyboard-only use, visible focus,
and text that follows the system font size."""

import re
from datetime import UTC, datetime
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.domain.plan import BUILTIN_PLAN_NAME
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.domain.units import Unit
from app.ui.history.set_edit_dialog import SetEditDialog
from app.ui.library.custom_exercise_dialog import CustomExerciseDialog
from app.ui.programme.wizard import BlockWizard
from app.ui.session.plan_editor import PlanEditorDialog
from app.ui.shell.about_dialog import AboutDialog
from app.ui.shell.controller import AppController
from app.ui.shell.main_window import VIEW_KEYS, VIEW_NUMBERS, MainWindow
from app.ui.shell.restore_dialog import RestoreDialog
from app.ui.shell.settings import UiSettings
from app.ui.shell.settings_dialog import SettingsDialog
from app.ui.shell.theme import DARK, LIGHT, ThemeChoice, apply_theme, stylesheet
from tests.ui.test_translations import clipped_widgets

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider,
            QAbstractItemView, QTextEdit, QPlainTextEdit, pg.PlotWidget)
# A list or a text pane announces its content; its name is what matters.
NAME_IS_ENOUGH = (QAbstractItemView, QTextEdit, QPlainTextEdit)
# Parts Qt builds inside a control (a spin box's editor, a combo's pop-up list,
# scroll bars, headers): they belong to the control that holds them.
INSIDE = (QAbstractSpinBox, QComboBox, QCalendarWidget, pg.PlotWidget, QTabBar, QLineEdit)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessibleName, else a button's own
    text or the form label that is the field's buddy."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _is_part_of_another_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INSIDE):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_")


def undescribed_controls(root: QWidget) -> list[str]:
    """Controls under `root` a user can reach that lack a name or a tooltip."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _is_part_of_another_control(widget):
            continue
        plot = isinstance(widget, pg.PlotWidget)
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not plot:
            # Not reachable by keyboard (the session's big buttons keep Space and
            # Enter for the session); they are still checked where they are built.
            if not widget.toolTip():
                problems.append(f"{type(widget).__name__} {accessible_name(widget)!r}: no tooltip")
            continue
        label = f"{type(widget).__name__} {accessible_name(widget)!r}"
        if not accessible_name(widget):
            problems.append(f"{label}: no accessible name")
        if not widget.toolTip() and not isinstance(widget, NAME_IS_ENOUGH):
            problems.append(f"{label}: no tooltip")
    return problems


@pytest.fixture(autouse=True)
def demo_history(controller: AppController) -> None:
    """The demo runner's made-up history, so every view is full."""
    controller.load_demo_data()


# --------------------------------------------------------- names and tooltips


def test_every_control_in_every_view_has_a_name_and_a_tooltip(window: MainWindow) -> None:
    problems: dict[str, list[str]] = {}
    for key in VIEW_KEYS:
        window.show_view(key)
        problems[key] = undescribed_controls(window.view(key))
    window.show_view("session")
    window.session_view.picker.card(BUILTIN_PLAN_NAME).start_button.click()
    problems["session (live)"] = undescribed_controls(window.session_view)
    problems["nav"] = undescribed_controls(window.findChild(QWidget, "navBar"))
    assert {key: found for key, found in problems.items() if found} == {}


def _dialogs(window: MainWindow, controller: AppController, ui_settings: UiSettings) -> dict:
    entry = SetEntry(exercise_id="single-leg-squat", side=Side.LEFT, set_number=1, reps=8,
                     load_kg=10.0, tempo="3-1-1-0", recorded_at=datetime(2026, 1, 5, tzinfo=UTC))
    return {
        "about": AboutDialog(window),
        "custom exercise": CustomExerciseDialog([], window),
        "settings": SettingsDialog(ui_settings, controller, admin=True, parent=window),
        "set edit": SetEditDialog(entry, Unit.KG, "Single-leg squat, set 1", LIGHT, window),
        "restore": RestoreDialog(controller.backups(), window),
        "plan editor": PlanEditorDialog(controller.exercises(), Unit.KG, parent=window),
        "block wizard": BlockWizard(controller, window),
    }


def test_every_control_in_every_dialog_has_a_name_and_a_tooltip(
    qtbot, window: MainWindow, controller: AppController, ui_settings: UiSettings
) -> None:
    controller.back_up_now()  # so the restore dialog lists a backup in its table
    problems = {}
    for name, dialog in _dialogs(window, controller, ui_settings).items():
        dialog.show()
        problems[name] = undescribed_controls(dialog)
        dialog.close()
    assert {name: found for name, found in problems.items() if found} == {}


def test_the_check_spots_a_control_without_a_name_or_tooltip(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    bare = QLineEdit(holder)
    assert undescribed_controls(holder) == [
        "QLineEdit '': no accessible name", "QLineEdit '': no tooltip"
    ]
    bare.setAccessibleName("Search")
    bare.setToolTip("Type to search")
    assert undescribed_controls(holder) == []


# ------------------------------------------------------------------- keyboard


def _tab_stops(window: MainWindow, limit: int = 120) -> list[QWidget]:
    """Press Tab until focus comes round again; the widgets it visited, in order."""
    seen: list[QWidget] = [QApplication.focusWidget()]
    for _ in range(limit):
        window.focusNextChild()
        QApplication.processEvents()
        current = QApplication.focusWidget()
        if current is None or current is seen[0]:
            break
        seen.append(current)
    return seen


def test_tab_reaches_the_nav_the_search_the_list_and_the_primary_actions(
    window: MainWindow,
) -> None:
    window.show_view("library")
    library = window.library_view
    library.select(library.visible_exercise_ids()[0])
    window.nav_buttons["library"].setFocus()
    stops = _tab_stops(window)
    # The nav works like a tab bar: Tab reaches the current view's button, the
    # arrow keys move between views (see the next test).
    for wanted in (window.nav_buttons["library"], library.search, library.list,
                   library.muscle_filter, library.page.findChild(QAbstractButton)):
        assert wanted in stops, f"Tab never reaches {accessible_name(wanted)!r}"

    window.show_view("history")
    window.nav_buttons["history"].setFocus()
    stops = _tab_stops(window)
    history = window.history_view
    for wanted in (history.session_list.sessions, history.session_detail.sets,
                   history.session_list.show_all_button, history.session_list.exercise_filter,
                   history.session_list.from_date):
        assert wanted in stops, f"Tab never reaches {accessible_name(wanted)!r}"

    window.show_view("session")
    window.nav_buttons["session"].setFocus()
    start = window.session_view.picker.card(BUILTIN_PLAN_NAME).start_button
    stops = _tab_stops(window)
    assert start in stops and window.nav_buttons["session"] in stops


def test_arrow_keys_move_between_views_in_the_nav(qtbot, window: MainWindow) -> None:
    window.show_view("library")
    window.nav_buttons["library"].setFocus()
    for key in VIEW_KEYS[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert QApplication.focusWidget() is window.nav_buttons[key]
        assert window.current_view() == key
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert window.current_view() == VIEW_KEYS[-2]


def test_ctrl_and_a_number_reach_each_view(qtbot, window: MainWindow) -> None:
    window.nav_buttons["library"].setFocus()
    for key in VIEW_KEYS:
        number = VIEW_NUMBERS[key]
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view() == key
        assert window.nav_buttons[key].isChecked()


def test_a_nav_button_is_pressed_with_the_keyboard(qtbot, window: MainWindow) -> None:
    window.show_view("library")
    window.nav_buttons["history"].setFocus()
    qtbot.keyClick(window.nav_buttons["history"], Qt.Key.Key_Space)
    assert window.current_view() == "history"


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_dialogs_close_with_escape_and_enter(
    qtbot, window: MainWindow, controller: AppController, ui_settings: UiSettings, key: Qt.Key
) -> None:
    for name, dialog in _dialogs(window, controller, ui_settings).items():
        if key is Qt.Key.Key_Return and name in ("custom exercise", "plan editor", "set edit",
                                                 "restore", "block wizard"):
            continue  # Enter saves, restores or starts in these; their own tests check that
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog, key)
        assert not dialog.isVisible(), f"{key.name} leaves the {name} dialog open"
        assert dialog.result() == QDialog.DialogCode.Rejected or key is Qt.Key.Key_Return


def test_enter_in_the_set_edit_dialog_saves(qtbot, window: MainWindow, controller, ui_settings):
    dialog = _dialogs(window, controller, ui_settings)["set edit"]
    dialog.show()
    dialog.reps.setValue(9)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes == {"reps": 9}


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_focus_is_drawn_on_nav_buttons_inputs_lists_and_buttons(colours) -> None:
    rules = stylesheet(colours)
    for selector in ("#navBar QToolButton:focus", "QPushButton:focus", "QLineEdit:focus",
                     "QComboBox:focus", "QDateEdit:focus", "QListView:focus", "QTreeView:focus"):
        assert selector in rules
    nav_focus = rules.split("#navBar QToolButton:focus")[1].split("}")[0]
    assert f"border: 2px solid {colours.accent}" in nav_focus


def test_the_focused_nav_button_looks_different(qtbot, window: MainWindow) -> None:
    apply_theme(QApplication.instance(), ThemeChoice.LIGHT)
    window.show_view("library")
    button = window.nav_buttons["progress"]
    window.nav_buttons["history"].setFocus()
    unfocused = button.grab().toImage()
    button.setFocus()
    QApplication.processEvents()
    assert button.hasFocus()
    assert button.grab().toImage() != unfocused


# --------------------------------------------------------------- text scaling


def test_no_text_size_is_a_fixed_number_of_pixels() -> None:
    # Pixel sizes computed from a widget's height or width (the session's rep
    # counter and banners grow with the window) are meant; fixed ones are not.
    literal_px = re.compile(r"font-size:\s*\d+(\.\d+)?px|setPixelSize\(\s*\d+\s*\)")
    computed = re.compile(r"setPixelSize\(.*(height|width|rect|size|_h\b)")
    root = Path(__file__).resolve().parents[2] / "src" / "app" / "ui"
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal_px.search(line) or ("setPixelSize" in line and not computed.search(line))
    ]
    assert offenders == []


def test_the_theme_scales_with_the_system_font() -> None:
    small, large = stylesheet(LIGHT, base_pt=10.0), stylesheet(LIGHT, base_pt=15.0)
    assert "font-size: 17.0pt" in small and "font-size: 25.5pt" in large


@pytest.fixture
def large_font(qapp):
    """The system font at 1.5 times its size, for one test."""
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    apply_theme(qapp, ThemeChoice.LIGHT)
    yield bigger
    qapp.setFont(original)
    apply_theme(qapp, ThemeChoice.LIGHT)


def test_key_labels_fit_with_text_one_and_a_half_times_larger(
    qtbot, large_font: QFont, window: MainWindow
) -> None:
    assert window.nav_buttons["library"].font().pointSizeF() >= large_font.pointSizeF()
    problems = {}
    for key in VIEW_KEYS:
        window.show_view(key)
        QApplication.processEvents()
        titles = [w for w in window.view(key).findChildren(QLabel) if w.property("role") == "title"]
        keys = [*window.nav_buttons.values(), *titles]
        problems[key] = [p for widget in keys for p in clipped_widgets(widget)]
    assert {key: found for key, found in problems.items() if found} == {}

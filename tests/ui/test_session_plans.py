"""Building, editing, saving and deleting plans from the session's start screen."""

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QSpinBox

from app.domain.plan import BUILTIN_PLAN_NAME, QUEUE_PLAN_NAME, Plan
from app.domain.preferences import TrainingPreferences
from app.domain.session import CountingMode
from app.domain.side_order import SideOrder
from app.domain.units import Unit
from app.library import builtin_exercises
from app.services.preferences import preferences
from app.storage.plans import list_plans, load_plan
from app.ui.session.plan_editor import PlanEditorDialog
from app.ui.session.session_view import SessionView
from app.ui.shell.controller import AppController
from app.ui.shell.settings import UiSettings
from tests.fakes import FakeClock, FakeCueSink
from tests.ui.session_helpers import make_view


@pytest.fixture
def view(qtbot, controller: AppController, ui_settings: UiSettings) -> SessionView:
    widget = make_view(controller, ui_settings, FakeClock(), FakeCueSink())
    qtbot.addWidget(widget)
    return widget


def editor(qtbot, plan: Plan | None = None) -> PlanEditorDialog:
    dialog = PlanEditorDialog(builtin_exercises(), Unit.KG, plan=plan)
    qtbot.addWidget(dialog)
    return dialog


def cell(dialog: PlanEditorDialog, row: int, column: int, kind: type):
    widget = dialog.table.cellWidget(row, column)
    assert isinstance(widget, kind)
    return widget


def test_a_new_row_brings_the_exercise_usual_dose(qtbot) -> None:
    dialog = editor(qtbot)
    first = builtin_exercises()[0]
    assert cell(dialog, 0, 0, QComboBox).currentData() == first.id
    assert cell(dialog, 0, 3, QSpinBox).value() == first.reps_max
    assert cell(dialog, 0, 4, QLineEdit).text() == first.tempo
    cell(dialog, 0, 0, QComboBox).setCurrentIndex(2)
    assert cell(dialog, 0, 4, QLineEdit).text() == builtin_exercises()[2].tempo


def test_saving_builds_a_checked_plan(qtbot) -> None:
    dialog = editor(qtbot)
    dialog.name.setText("  Tuesday legs ")
    dialog.add_row()
    cell(dialog, 1, 0, QComboBox).setCurrentIndex(1)
    cell(dialog, 1, 1, QSpinBox).setValue(3)
    cell(dialog, 1, 4, QLineEdit).setText("31X0")
    cell(dialog, 1, 7, QLineEdit).setText("12.5")
    cell(dialog, 1, 8, QComboBox).setCurrentIndex(2)
    dialog.save()
    assert dialog.plan is not None
    assert dialog.plan.name == "Tuesday legs"
    second = dialog.plan.items[1]
    assert (second.exercise_id, second.sets, second.tempo, second.load_kg, second.side_order) == (
        builtin_exercises()[1].id, 3, "3-1-X-0", 12.5, SideOrder.ALTERNATE,
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.name.setText(""), "Give the plan a name"),
        (lambda d: cell(d, 0, 4, QLineEdit).setText("3-1"), "Row 1: Tempo must be four phases"),
        (lambda d: cell(d, 0, 7, QLineEdit).setText("-4"), "Row 1: A load cannot be negative"),
        (lambda d: cell(d, 0, 7, QLineEdit).setText("501"), "Row 1: A load must be 500 kg"),
        (lambda d: cell(d, 0, 2, QSpinBox).setValue(20), "cannot be more than maximum reps"),
        (lambda d: d.table.setRowCount(0), "at least one exercise"),
    ],
)
def test_bad_plans_are_refused_with_a_message(qtbot, change, message: str) -> None:
    dialog = editor(qtbot)
    dialog.name.setText("Plan")
    change(dialog)
    dialog.save()
    assert dialog.plan is None
    assert message in dialog.error.text()
    assert not dialog.error.isHidden()


def test_rows_move_and_editing_keeps_every_value(qtbot) -> None:
    dialog = editor(qtbot)
    dialog.name.setText("P")
    dialog.add_row()
    cell(dialog, 1, 0, QComboBox).setCurrentIndex(3)
    dialog.table.selectRow(1)
    dialog._move_row(-1)
    dialog.save()
    assert dialog.plan is not None
    assert [i.exercise_id for i in dialog.plan.items] == [
        builtin_exercises()[3].id, builtin_exercises()[0].id,
    ]
    again = editor(qtbot, dialog.plan)
    again.save()
    assert again.plan == dialog.plan


def test_saved_plans_appear_as_cards_and_can_be_deleted(
    qtbot, view: SessionView, controller: AppController, monkeypatch
) -> None:
    assert [c.plan.name for c in view.picker.cards] == [BUILTIN_PLAN_NAME]

    def fill(dialog: PlanEditorDialog) -> int:
        dialog.name.setText("Hill prep")
        dialog.save()
        return 1

    monkeypatch.setattr(PlanEditorDialog, "exec", fill)
    view.picker.new_button.click()
    assert list_plans(controller.db, controller.athlete.id) == ["Hill prep"]
    card = view.picker.card("Hill prep")
    assert card.edit_button.isVisibleTo(card)
    assert load_plan(controller.db, controller.athlete.id, "Hill prep").items[0].exercise_id == (
        builtin_exercises()[0].id
    )
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    card.delete_button.click()
    assert list_plans(controller.db, controller.athlete.id) == []
    assert [c.plan.name for c in view.picker.cards] == [BUILTIN_PLAN_NAME]


def test_counting_mode_choice_is_remembered(
    qtbot, view: SessionView, controller: AppController
) -> None:
    assert view.picker.tempo_mode.isChecked()
    view.picker.manual_mode.click()
    assert controller.preferences.counting_mode.value == "manual"
    assert preferences(controller.require_db(), controller.require_athlete().id) == replace(
        TrainingPreferences(), counting_mode=CountingMode.MANUAL), "kept with the athlete"


@pytest.mark.parametrize("name", [BUILTIN_PLAN_NAME, "runner's SINGLE-leg session ",
                                  QUEUE_PLAN_NAME])
def test_a_plan_cannot_take_the_name_of_one_of_legworks_own(
    qtbot, view: SessionView, controller: AppController, monkeypatch, name: str
) -> None:
    shown: list[PlanEditorDialog] = []

    def fill(dialog: PlanEditorDialog) -> int:
        shown.append(dialog)
        dialog.name.setText(name)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PlanEditorDialog, "exec", fill)
    view.picker.new_button.click()
    assert "belongs to one of Legwork's own plans" in shown[0].error.text()
    assert shown[0].plan is None
    assert list_plans(controller.db, controller.athlete.id) == []
    assert [c.plan.name for c in view.picker.cards] == [BUILTIN_PLAN_NAME]


def test_renaming_a_plan_to_a_refused_name_keeps_the_old_one(
    qtbot, view: SessionView, controller: AppController, monkeypatch
) -> None:
    def fill(name: str):
        def exec_(dialog: PlanEditorDialog) -> int:
            dialog.name.setText(name)
            dialog.save()
            return dialog.result()
        return exec_

    monkeypatch.setattr(PlanEditorDialog, "exec", fill("Hill prep"))
    view.picker.new_button.click()
    monkeypatch.setattr(PlanEditorDialog, "exec", fill(BUILTIN_PLAN_NAME))
    view.picker.card("Hill prep").edit_button.click()
    assert list_plans(controller.db, controller.athlete.id) == ["Hill prep"]

"""The Library view: all five exercises with every field, search and filters, own exercises."""


import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from app.library import builtin_exercises
from app.ui.library.custom_exercise_dialog import CustomExerciseDialog
from app.ui.shell.controller import AppController
from app.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def on_library(window: MainWindow) -> None:
    window.show_view("library")


def test_lists_the_exercises_and_the_why_page(window: MainWindow) -> None:
    view = window.library_view
    assert view.visible_exercise_ids() == [e.id for e in builtin_exercises()]
    assert view.list.item(0).text() == "Why single-leg training"
    assert "single-leg sport" in view.why_page.toPlainText()


def test_the_why_page_cites_each_claim_and_starts_with_the_caution(window: MainWindow) -> None:
    text = window.library_view.why_page.toPlainText()
    assert text.index("Pain is a reason to stop") < text.index("Running is a single-leg sport")
    assert "physiotherapist decides" in text
    # claims carry their reference numbers and strength, rendered from the data
    assert "improved running economy by 5 %" in text and "(training trial: well-trained" in text
    assert "did not change how they ran" in text
    html = window.library_view.why_page.toHtml()
    assert "https://doi.org/10.2519/jospt.2011.3470" in html


@pytest.mark.parametrize("exercise", builtin_exercises(), ids=lambda e: e.id)
def test_detail_pane_shows_every_field(window: MainWindow, exercise) -> None:
    view = window.library_view
    view.select(exercise.id)
    text = view.page._text.toPlainText()
    header = " ".join(
        label.text() for label in (view.page._name, view.page._dose, view.page._tags)
    )
    assert exercise.name in header and exercise.tempo in header
    assert f"{exercise.reps_min}–{exercise.reps_max} reps per leg" in header
    assert all(m in header for m in exercise.muscles)
    assert all(e in header for e in exercise.equipment)
    assert exercise.why[:40] in text
    for value in (*exercise.steps, *exercise.form_tips):
        assert value in text
    for level in exercise.progressions:
        assert level.name in text and level.criterion in text
    assert view.page._illustration.renderer().isValid()
    # The detail pane wraps its text: no sideways scrolling.
    assert not view.page._text.horizontalScrollBar().isVisible()


def test_typing_filters_the_list(window: MainWindow, qtbot) -> None:
    view = window.library_view
    qtbot.keyClicks(view.search, "lunge")
    assert view.visible_exercise_ids() == ["reverse-lunge"]
    view.search.clear()
    qtbot.keyClicks(view.search, "zzz")
    assert view.visible_exercise_ids() == []


def test_muscle_and_equipment_filters(window: MainWindow) -> None:
    view = window.library_view
    view.muscle_filter.setCurrentIndex(view.muscle_filter.findData("calves"))
    assert view.visible_exercise_ids() == [
        "single-leg-calf-raise", "single-leg-bent-knee-calf-raise"]
    view.muscle_filter.setCurrentIndex(0)
    view.equipment_filter.setCurrentIndex(view.equipment_filter.findData("barbell"))
    assert set(view.visible_exercise_ids()) == {"reverse-lunge", "rear-foot-elevated-split-squat"}


def test_add_to_session_queues_the_exercise(window: MainWindow, qtbot) -> None:
    view = window.library_view
    view.select("reverse-lunge")
    with qtbot.waitSignal(window.controller.session_queue_changed):
        view.page._add.click()
    assert window.controller.session_queue == ["reverse-lunge"]
    assert "Reverse lunge" in window.statusBar().currentMessage()


def test_own_exercise_is_saved_and_listed_after_a_restart(
    window: MainWindow, qtbot, tmp_path
) -> None:
    def fill_and_save() -> None:
        dialog = window.findChild(CustomExerciseDialog)
        dialog.name.setText("Step-down")
        dialog.instructions.setPlainText("Stand on a step\nLower the free heel slowly")
        dialog.tempo.setText("4-0-1-0")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill_and_save)
    window.add_custom_exercise()
    assert "step-down" in window.library_view.visible_exercise_ids()
    window.controller.close()

    again = AppController(f"sqlite:///{tmp_path / 'legwork.db'}")
    again.open_database()
    step_down = again.exercise("step-down")
    assert step_down is not None and step_down.tempo == "4-0-1-0" and not step_down.builtin
    again.close()


def test_bad_custom_exercise_keeps_the_dialog_open_with_a_reason(qtbot) -> None:
    dialog = CustomExerciseDialog(["single-leg-squat"])
    qtbot.addWidget(dialog)
    dialog.name.setText("Single-leg squat")
    dialog.instructions.setPlainText("Do it")
    dialog.accept()
    assert dialog.exercise is None
    assert "already in the library" in dialog.error.text()
    dialog.name.setText("Hop")
    dialog.tempo.setText("3-1")
    dialog.accept()
    assert dialog.exercise is None and "empo" in dialog.error.text()

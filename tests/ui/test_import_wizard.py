"""File → Import…: the wizard driven as a person drives it, by keys and clicks, on files
written here (Strong, Hevy, Legwork): what it found, a mapping and the unit changed, a
refused file, Cancel, the summary, the views refreshed, and the window alive meanwhile."""

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

from app.battery import builtin_tests
from app.domain.sides import Side
from app.domain.transfer import ExportFormat
from app.services.history import export_history
from app.storage import imports as import_writer
from app.storage.assessments import finish_assessment, record_trial, start_assessment
from app.storage.exercises import list_custom_exercises
from app.storage.sessions import recorded_sets_for_session, sessions_for
from app.ui.history import import_wizard as wizard_module
from app.ui.history.import_jobs import wait_for_jobs
from app.ui.history.import_wizard import (
    DONE_PAGE,
    FILE_PAGE,
    FOUND_PAGE,
    WRITING_PAGE,
    ImportWizard,
)
from app.ui.shell.main_window import MainWindow
from tests.builders import count_rows, log_session

STRONG_HEADER = ("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
                 "Seconds,Notes,Workout Notes,RPE\n")


def strong_export(path: Path, workouts: int = 2, sets_per_workout: int = 4) -> Path:
    """A made-up Strong export (comma layout, no unit stated) of a few leg days."""
    names = ["Bulgarian Split Squat", "Deadlift (Barbell)"]
    start = datetime(2024, 1, 8, 7, 0)
    lines = [STRONG_HEADER]
    for workout in range(workouts):
        when = (start + timedelta(days=2 * workout)).strftime("%Y-%m-%d %H:%M:%S")
        for index in range(sets_per_workout):
            name = names[index % len(names)]
            order = index // len(names) + 1
            load = 20 + (index % 3) * 2.5
            lines.append(f'{when},"Legs",52min,"{name}",{order},{load},8,0,0,"","",8\n')
        lines.append(f'{when},"Legs",52min,"Rowing (Machine)",1,0,0,2000,480,"","",\n')
    path.write_text("".join(lines), encoding="utf-8")
    return path


def broken_export(path: Path) -> Path:
    """A Strong export whose third set has a negative load."""
    path.write_text(
        STRONG_HEADER
        + '2024-01-08 07:00:00,"Legs",52min,"Bulgarian Split Squat",1,20,8,0,0,"","",8\n'
        + '2024-01-08 07:00:00,"Legs",52min,"Bulgarian Split Squat",2,20,8,0,0,"","",8\n'
        + '2024-01-08 07:00:00,"Legs",52min,"Bulgarian Split Squat",3,-25,8,0,0,"","",8\n',
        encoding="utf-8")
    return path


def _stored(window: MainWindow) -> tuple[int, ...]:
    db = window.controller.require_db()
    return tuple(count_rows(db, t) for t in ("training_session", "set_entry", "exercise"))


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on whatever holds the keyboard focus, as a person would."""
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifier)


@pytest.fixture
def wizard(qtbot, window: MainWindow) -> Iterator[ImportWizard]:
    """File → Import… opened on the main window, its file field holding the keyboard."""
    window.actions_by_name["import"].trigger()
    opened = window.import_wizard
    assert opened is not None
    qtbot.waitUntil(opened.isVisible)
    opened.activateWindow()
    qtbot.waitUntil(lambda: opened.file_page.path.hasFocus())
    yield opened
    # Nothing is left running behind the test, not even a read the wizard stopped waiting for:
    # a worker still busy would touch the next test's database.
    qtbot.waitUntil(lambda: not opened.busy)
    assert wait_for_jobs(20_000)
    if window.import_wizard is opened:
        # Still open: closed here, so no hidden wizard outlives the test (see the theme test).
        opened.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(opened))


def _choose(qtbot, wizard: ImportWizard, path: Path) -> None:
    """Type the file's name and press Enter; wait until Legwork has read it (or refused it)."""
    QTest.keyClicks(wizard.file_page.path, str(path))
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.busy)
    if wizard.currentId() == FOUND_PAGE:
        # The page hands the keyboard to its table once the wizard has shown it.
        qtbot.waitUntil(wizard.found_page.table.hasFocus)


def _import(qtbot, wizard: ImportWizard) -> None:
    """Enter on the page of what was found: Import, then wait for the summary."""
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == DONE_PAGE)


def test_the_wizard_shows_what_it_found_before_writing_anything(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path
) -> None:
    before = _stored(window)
    _choose(qtbot, wizard, strong_export(tmp_path / "strong_workouts.csv"))
    assert wizard.currentId() == FOUND_PAGE
    page = wizard.found_page
    assert page.subTitle() == "In strong_workouts.csv:"
    assert page.app.text() == "Strong, comma-separated export with Duration"
    assert page.athlete.text() == f"the history of {window.controller.require_athlete().name}"
    assert page.sessions.text() == "2, from Mon 8 Jan 2024 to Wed 10 Jan 2024"
    assert page.sets.text() == "8, 0 with a side (left or right)"
    assert page.skipped.text() == "2 cardio rows (no reps)"
    assert not page.assessments.isVisibleTo(page)
    assert page.unit.isVisibleTo(page) and page.unit.currentText() == "kg"
    assert "does not say which unit" in page.unit_note.text()
    rows = [[page.table.item(r, c).text() for c in range(4)]
            for r in range(page.table.rowCount())]
    assert rows == [
        ["Bulgarian Split Squat", "4", "Rear-foot-elevated split squat", "one leg"],
        ["Deadlift (Barbell)", "4", "Deadlift (Barbell) (new, your own)", "both legs"],
    ]
    assert page.mapping_label.text() == "“Bulgarian Split Squat” &becomes:"
    assert page.mapping.currentText() == "Rear-foot-elevated split squat"
    assert _stored(window) == before


def test_a_changed_mapping_and_unit_are_what_gets_imported(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path
) -> None:
    _choose(qtbot, wizard, strong_export(tmp_path / "strong.csv"))
    page = wizard.found_page
    # The table holds the keyboard; the second exercise, then Tab to what it becomes.
    assert page.table.hasFocus()
    _press(Qt.Key.Key_Down)
    assert page.mapping_label.text() == "“Deadlift (Barbell)” &becomes:"
    _press(Qt.Key.Key_Tab)
    assert page.mapping.hasFocus()
    target = page.mapping.findText("Single-leg Romanian deadlift")
    assert target > 0
    page.mapping.setCurrentIndex(target - 1)
    _press(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not wizard.busy)
    assert page.table.item(1, 2).text() == "Single-leg Romanian deadlift"
    # The unit: the file says none; these loads were logged in pounds.
    page.unit.setFocus()
    _press(Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not wizard.busy)
    assert page.unit.currentText() == "lb"
    page.table.setFocus()
    _import(qtbot, wizard)
    db, athlete = window.controller.require_db(), window.controller.require_athlete()
    sets = [r.entry for s in sessions_for(db, athlete.id)
            for r in recorded_sets_for_session(db, s.id)]
    assert sorted({s.exercise_id for s in sets}) == [
        "rear-foot-elevated-split-squat", "single-leg-romanian-deadlift"]
    assert min(s.load_kg for s in sets) == pytest.approx(20 * 0.45359237)
    assert list_custom_exercises(db) == []
    text = wizard.done_page.text.text()
    assert "The file gives no unit: its loads were read as lb." in text


def test_a_mapping_to_a_new_exercise_of_my_own_makes_one(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path
) -> None:
    _choose(qtbot, wizard, strong_export(tmp_path / "strong.csv"))
    page = wizard.found_page
    _press(Qt.Key.Key_Tab)
    assert page.mapping.hasFocus()
    page.mapping.setCurrentIndex(2)
    _press(Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: not wizard.busy)
    assert page.table.item(0, 2).text() == "Bulgarian Split Squat (new, your own)"
    _import(qtbot, wizard)
    mine = list_custom_exercises(window.controller.require_db())
    assert sorted(e.name for e in mine) == ["Bulgarian Split Squat", "Deadlift (Barbell)"]
    assert "2 new exercises of your own were added to the Library." in \
        wizard.done_page.text.text()


def test_the_summary_says_in_sentences_what_the_command_line_says_in_one(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = strong_export(tmp_path / "strong.csv")
    _choose(qtbot, wizard, path)
    _import(qtbot, wizard)
    assert wizard.done_page.text.text().split("\n\n") == [
        "Imported 8 sets in 2 sessions from Strong.",
        "None of them is a warm-up.",
        "None of them says which leg it was for, so each counts for both legs.",
        "Left out 2 cardio rows (no reps).",
        "1 new exercise of your own was added to the Library.",
        "The file gives no unit: its loads were read as kg.",
    ]
    assert window.statusBar().currentMessage() == "Imported 8 sets in 2 sessions from Strong."
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.import_wizard is None)
    # The same file again adds nothing, and says so.
    window.actions_by_name["import"].trigger()
    again = window.import_wizard
    assert again is not None and again is not wizard
    qtbot.waitUntil(again.isVisible)
    again.activateWindow()
    qtbot.waitUntil(lambda: again.file_page.path.hasFocus())
    _choose(qtbot, again, path)
    assert again.found_page.sets.text().endswith("0 new, 8 already in your history")
    _import(qtbot, again)
    assert again.done_page.text.text().split("\n\n")[:2] == [
        "No new sets from Strong.",
        "Left out 2 cardio rows (no reps).",
    ]
    assert "8 sets were already in your history" in again.done_page.text.text()


def test_a_refused_file_says_why_in_one_sentence_and_nothing_is_imported(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path
) -> None:
    before = _stored(window)
    _choose(qtbot, wizard, broken_export(tmp_path / "broken.csv"))
    assert wizard.currentId() == FILE_PAGE
    assert wizard.file_page.note.text() == (
        "row 4: a load cannot be negative (got -25). Nothing was imported.")
    assert wizard.file_page.path.hasFocus()
    assert _stored(window) == before
    # Another name, a file that is not there: one sentence too.
    wizard.file_page.path.clear()
    _choose(qtbot, wizard, tmp_path / "missing.csv")
    assert wizard.file_page.note.text().startswith("There is no file")
    # Esc closes the wizard, with nothing written.
    _press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.import_wizard is None)
    assert _stored(window) == before


@pytest.mark.parametrize(("content", "sentence"), [
    ("Day,Lift,Kilos\n2024-01-08,Squat,100\n",
     "row 1: Legwork cannot tell which app wrote this file: its header (Day, Lift, Kilos) is "
     "not that of a Strong, Hevy, FitNotes, Liftosaur or Legwork export. Nothing was imported."),
    (STRONG_HEADER + '2024-01-08 07:00:00,"Legs",52min,"Bulgarian Split Squat",1,20,8,0,0,"","",8\n'
     + '2024-01-08 07:00:00,"Legs",52min,"Bulgar',
     "row 3: not valid CSV (unexpected end of data); is the file cut off? Nothing was imported."),
    ("", "row 1: the file is empty. Nothing was imported."),
], ids=["unknown-format", "cut-off", "empty"])
def test_a_file_legwork_cannot_read_stays_on_the_first_page_with_one_sentence(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path, content: str, sentence: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(content, encoding="utf-8")
    before = _stored(window)
    _choose(qtbot, wizard, path)
    assert wizard.currentId() == FILE_PAGE
    assert wizard.file_page.note.text() == sentence
    # Next stays available: the person can fix the name (or the file) and try again.
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert _stored(window) == before


def test_browse_fills_in_the_file_and_escape_on_the_second_page_imports_nothing(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    path = strong_export(tmp_path / "strong.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    assert wizard.file_page.path.text() == str(path)
    before = _stored(window)
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == FOUND_PAGE and not wizard.busy)
    _press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.import_wizard is None)
    assert _stored(window) == before


def test_escape_while_a_file_is_read_closes_at_once_and_the_read_ends_quietly(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = strong_export(tmp_path / "big.csv", workouts=200, sets_per_workout=30)
    before = _stored(window)
    QTest.keyClicks(wizard.file_page.path, str(path))
    _press(Qt.Key.Key_Return)
    assert wizard.busy
    _press(Qt.Key.Key_Escape)
    assert window.import_wizard is None
    # The read left behind ends before the history could be closed, and its result goes nowhere.
    assert wait_for_jobs(20_000)
    QApplication.processEvents()  # delivers the read's result, which must change nothing
    assert wizard.preview is None
    assert _stored(window) == before


def test_cancel_while_writing_rolls_everything_back(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    # The writer holds after its first chunk until Escape has been pressed, so Cancel always
    # lands in the middle of the transaction however busy the machine is.
    monkeypatch.setattr(import_writer, "CHUNK", 100)
    escaped = threading.Event()
    run_import = wizard_module.run_import

    def run_until_escaped(db, preview, progress):
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done > 0:
                assert escaped.wait(20), "Escape never came"
        return run_import(db, preview, report)

    monkeypatch.setattr(wizard_module, "run_import", run_until_escaped)
    _choose(qtbot, wizard, strong_export(tmp_path / "strong.csv", workouts=10, sets_per_workout=30))
    before = _stored(window)
    bar = wizard.writing_page.bar

    def cancel_once(value: int) -> None:
        if value > 0 and not escaped.is_set():
            _press(Qt.Key.Key_Escape)
            # Cancel is asked for: the button cannot be pressed twice, and the page says so.
            assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
            assert wizard.writing_page.note.text() == "Cancelling: nothing will be kept…"
            escaped.set()

    bar.valueChanged.connect(cancel_once)
    with qtbot.waitSignal(wizard.cancelled, timeout=20_000):
        _press(Qt.Key.Key_Return)
    assert escaped.is_set() and window.import_wizard is None
    assert _stored(window) == before
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was imported."


def test_the_window_keeps_going_while_a_big_file_is_imported(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = strong_export(tmp_path / "big.csv", workouts=500, sets_per_workout=30)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(wizard.currentId()))
    timer.start()
    try:
        _choose(qtbot, wizard, path)
        assert wizard.found_page.sets.text().startswith(QLocale().toString(15_000))
        _import(qtbot, wizard)
    finally:
        timer.stop()
    # The timer ran on the window's thread while the worker read, checked and wrote.
    assert ticks.count(WRITING_PAGE) >= 2
    assert wizard.writing_page.bar.value() == wizard.writing_page.bar.maximum() == 15_000
    assert _stored(window)[:2] == (500, 15_000)


def test_history_and_progress_show_the_imported_history_at_once(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path
) -> None:
    window.show_view("progress")
    progress = window.progress_view
    assert progress.pages.currentWidget() is progress.empty
    _choose(qtbot, wizard, strong_export(tmp_path / "strong.csv"))
    _import(qtbot, wizard)
    # On screen during the import: redrawn as soon as it is in.
    assert progress.pages.currentWidget() is progress.content
    # A card compares the legs, so the two-leg deadlift is charted but has no card.
    assert [card.name_label.text() for card in progress.cards] == [
        "Rear-foot-elevated split squat"]
    charted = [progress.exercise_combo.itemText(i) for i in range(progress.exercise_combo.count())]
    assert "Deadlift (Barbell)" in charted
    window.show_view("history")
    assert len(window.history_view.session_ids()) == 2


def test_a_legwork_export_shows_its_athletes_and_assessments_and_brings_them_in(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path
) -> None:
    from app.storage.athletes import create_athlete
    from app.storage.database import open_database

    other = tmp_path / "other.db"
    hop = next(t for t in builtin_tests() if t.id == "single-hop")
    start = datetime(2025, 5, 5, 9, 0, tzinfo=UTC)
    with open_database(f"sqlite:///{other}") as db:
        from app.library import builtin_exercises
        from app.storage.exercises import sync_builtin_exercises

        sync_builtin_exercises(db, builtin_exercises())
        cleo = create_athlete(db, "Cleo")
        log_session(db, cleo.id, start, [("reverse-lunge", Side.LEFT, 8, 12.5),
                                         ("reverse-lunge", Side.RIGHT, 8, 12.5)])
        day = start_assessment(db, cleo.id, [hop], started_at=start + timedelta(days=1))
        for side, value in ((Side.LEFT, 150.0), (Side.RIGHT, 138.0)):
            record_trial(db, day, "single-hop", side, value)
        finish_assessment(db, day)
        export_history(db, tmp_path / "cleo.json", ExportFormat.JSON)
    _choose(qtbot, wizard, tmp_path / "cleo.json")
    page = wizard.found_page
    assert page.app.text() == "Legwork JSON export"
    assert page.athlete.text() == "the history of Cleo (new athlete) (as the file names them)"
    assert page.assessments.isVisibleTo(page)
    assert page.assessments.text() == "1, with 2 trials"
    assert not page.unit.isVisibleTo(page)
    assert page.unit_note.text() == "in kg, as the file says"
    assert not page.mapping.isEnabled()
    _import(qtbot, wizard)
    text = wizard.done_page.text.text()
    assert "Imported 2 assessment trials in 1 assessment." in text
    assert "No rows of the file were left out." in text
    assert "Cleo was added as a new athlete." in text
    assert count_rows(window.controller.require_db(), "assessment_trial") == 2


def test_every_page_works_by_keyboard_alone(
    qtbot, window: MainWindow, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = strong_export(tmp_path / "strong.csv")
    QTest.keyClicks(QApplication.focusWidget(), str(path))
    # Tab reaches Browse…, and Shift+Tab comes back to the field.
    _press(Qt.Key.Key_Tab)
    assert wizard.file_page.browse.hasFocus()
    _press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert wizard.file_page.path.hasFocus()
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == FOUND_PAGE and not wizard.busy)
    page = wizard.found_page
    qtbot.waitUntil(page.table.hasFocus)
    visited = []
    for _ in range(8):
        _press(Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert page.mapping in visited and page.unit in visited
    assert wizard.button(QWizard.WizardButton.CommitButton) in visited
    page.table.setFocus()
    _import(qtbot, wizard)
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.import_wizard is None)
    window.show_view("history")
    assert len(window.history_view.session_ids()) == 2


def test_the_theme_can_change_after_the_wizard_was_closed(
    qtbot, window: MainWindow, wizard: ImportWizard
) -> None:
    # A closed wizard kept alive made Qt crash on the next restyle: it must be gone.
    _press(Qt.Key.Key_Escape)
    assert window.import_wizard is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))
    window.actions_by_name["theme_dark"].trigger()
    window.actions_by_name["theme_light"].trigger()
    assert window.actions_by_name["theme_light"].isChecked()

"""The History view: sessions by date, sets per leg, edits with undo/redo, export and import."""

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.dates import moment_text
from app.domain.records import RPE_CHOICES, SetEntry
from app.domain.sides import Side
from app.services.changes import Changes
from app.storage.sessions import (
    finish_session,
    record_set,
    recorded_sets_for_session,
    start_session,
)
from app.ui.history.history_view import HistoryView
from app.ui.history.import_wizard import FOUND_PAGE
from app.ui.history.set_edit_dialog import SetEditDialog
from app.ui.session.side_log_panel import SideLogPanel
from app.ui.shell.controller import AppController
from app.ui.shell.effort import select_rpe
from app.ui.shell.main_window import MainWindow
from app.ui.shell.settings import UiSettings
from app.ui.shell.theme import colours_for
from tests.builders import log_session

T0 = datetime(2026, 9, 1, 6, 30, tzinfo=UTC)
SQUAT, CALF = "single-leg-squat", "single-leg-calf-raise"


def _fill(controller: AppController) -> list[int]:
    db, athlete = controller.require_db(), controller.require_athlete()
    squats = [(SQUAT, Side.LEFT, 8, 10.0), (SQUAT, Side.RIGHT, 8, 10.0)]
    base = log_session(db, athlete.id, T0, squats, plan_name="Base", minutes=30, set_number=1,
                       rpe=7.0)
    start = T0 + timedelta(days=3)
    hills = start_session(db, athlete.id, "Hills", started_at=start)
    for minute, (slug, side, reps, load) in enumerate(
            [*squats, (CALF, Side.LEFT, 8, 0.0), (CALF, Side.RIGHT, 8, 0.0)]):
        # the left squat's form check: knee yes, hips no; the others unanswered
        knee, hips = (True, False) if (slug, side) == (SQUAT, Side.LEFT) else (None, None)
        record_set(db, hills, SetEntry(slug, side, 1, reps, load, "3-1-1-0",
                                       start + timedelta(minutes=minute), rpe=7.0,
                                       form_knee=knee, form_hips=hips))
    finish_session(db, hills, finished_at=start + timedelta(minutes=30))
    controller.publish(Changes(sessions=True))
    return [base, hills]


def _open(qtbot, folder: Path) -> MainWindow:
    """A second window, on a history of its own."""
    controller = AppController(f"sqlite:///{folder / 'legwork.db'}")
    controller.open_database()
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(controller, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_view("history")
    return window


@pytest.fixture(autouse=True)
def on_history(window: MainWindow) -> None:
    window.show_view("history")


@pytest.fixture
def filled(window: MainWindow) -> tuple[MainWindow, list[int]]:
    return window, _fill(window.controller)


def _stored(window: MainWindow, session_id: int) -> list[tuple[str, int, float, float | None]]:
    with sqlite3.connect(window.controller.db.path) as db:  # type: ignore[union-attr]
        rows = db.execute(
            "SELECT side, reps, load_kg, rpe FROM set_entry WHERE session_id = ? ORDER BY id",
            (session_id,),
        ).fetchall()
    db.close()
    return rows


def _row(view: HistoryView, row: int) -> list[str]:
    """The texts of one row of the session list, column by column."""
    model = view.session_list.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def _answer_dialog(monkeypatch: pytest.MonkeyPatch, fill) -> list[SetEditDialog]:
    shown: list[SetEditDialog] = []

    def fake_exec(dialog: SetEditDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SetEditDialog, "exec", fake_exec)
    return shown


def test_an_empty_history_says_so(window: MainWindow) -> None:
    view = window.history_view
    assert view.session_ids() == []
    assert view.session_detail.currentWidget() is view.session_detail.empty_label
    assert "No sessions yet" in view.session_detail.empty_label.text()


def test_sessions_are_listed_newest_first_in_local_time(filled) -> None:
    window, (base, hills) = filled
    view = window.history_view
    assert view.session_ids() == [hills, base]
    when, left, right, _ = _row(view, 0)
    assert when == f"{moment_text(T0 + timedelta(days=3))}\nHills"
    assert left == right == "2 sets\n16 reps · 80 kg"
    assert view.session_list.count_label.text() == "2 sessions"


def test_opening_a_session_shows_its_sets_per_exercise_and_leg_in_side_colours(filled) -> None:
    window, (base, hills) = filled
    view = window.history_view
    view.select_session(hills)
    assert view.session_detail.session_title.text() == moment_text(T0 + timedelta(days=3))
    facts = view.session_detail.session_facts.text()
    assert "Hills" in facts and "30 min" in facts
    assert view.shown_sets() == [
        ("Single-leg squat", "LEFT", "8", "10 kg"), ("Single-leg squat", "RIGHT", "8", "10 kg"),
        ("Single-leg calf raise", "LEFT", "8", "bodyweight"),
        ("Single-leg calf raise", "RIGHT", "8", "bodyweight"),
    ]
    colours = colours_for(window.settings.theme())
    group = view.session_detail.sets.topLevelItem(0)
    assert group.child(0).foreground(1).color() == QColor(colours.left)
    assert group.child(1).foreground(1).color() == QColor(colours.right)
    view.select_session(base)
    assert [row[0] for row in view.shown_sets()] == ["Single-leg squat"] * 2


def test_both_form_answers_show_in_their_own_column(filled) -> None:
    window, (_, hills) = filled
    view = window.history_view
    view.select_session(hills)
    sets = view.session_detail.sets
    group = sets.topLevelItem(0)
    assert sets.headerItem().text(5) == "Form"
    left, right = group.child(0), group.child(1)
    assert left.text(5) == "knee ✓ hips ✗"
    assert left.toolTip(5) == "Knee over the toes: yes. Hips level: no."
    assert right.text(5) == "knee – hips –"
    assert right.toolTip(5) == "Knee over the toes: not answered. Hips level: not answered."


def test_filters_narrow_by_exercise_leg_and_dates(filled) -> None:
    window, (base, hills) = filled
    view = window.history_view
    view.session_list.exercise_filter.setCurrentIndex(view.session_list.exercise_filter.findData("single-leg-calf-raise"))
    assert view.session_ids() == [hills]
    assert view.session_list.count_label.text() == "1 session matches the filters"
    view.session_list.side_filter.setCurrentIndex(view.session_list.side_filter.findData(Side.RIGHT))
    assert view.shown_sets() == [("Single-leg calf raise", "RIGHT", "8", "bodyweight")]
    view.session_list.side_filter.setCurrentIndex(view.session_list.side_filter.findData(Side.BOTH))
    assert view.session_ids() == []
    assert "No sessions match these filters" in view.session_detail.empty_label.text()
    view.session_list.show_all()
    assert view.session_ids() == [hills, base]
    first = (T0 - timedelta(days=1)).date()
    view.set_date_range(first, first + timedelta(days=2))
    assert view.session_ids() == [base]
    view.set_date_range(date(2030, 1, 2), date(2030, 1, 1))
    assert "first date is after the last" in view.session_detail.empty_label.text()


def test_edit_undo_redo_each_commit_and_survive_a_restart(
    filled, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, (base, _) = filled
    view = window.history_view
    view.select_session(base)
    first = recorded_sets_for_session(window.controller.db, base)[0]  # type: ignore[arg-type]
    view.select_set(first.id)

    def fill(dialog: SetEditDialog) -> None:
        dialog.reps.setValue(10)
        dialog.load.setText("12.5")
        select_rpe(dialog.rpe, 8.5)

    _answer_dialog(monkeypatch, fill)
    view.session_detail.edit_button.click()
    assert _stored(window, base)[0] == ("left", 10, 12.5, 8.5)
    assert view.shown_sets()[0] == ("Single-leg squat", "LEFT", "10", "12.5 kg")
    assert window.actions_by_name["undo"].text() == "&Undo Edit set"

    window.actions_by_name["undo"].trigger()
    assert _stored(window, base)[0] == ("left", 8, 10.0, 7.0)
    assert view.shown_sets()[0] == ("Single-leg squat", "LEFT", "8", "10 kg")
    window.actions_by_name["redo"].trigger()
    assert _stored(window, base)[0] == ("left", 10, 12.5, 8.5)
    window.actions_by_name["undo"].trigger()
    shown = view.shown_sets()

    window.close()
    window.controller.close()
    reopened = _open(qtbot, tmp_path)
    reopened.history_view.select_session(base)
    assert reopened.history_view.shown_sets() == shown
    assert _stored(reopened, base)[0] == ("left", 8, 10.0, 7.0)
    reopened.controller.close()


@pytest.mark.parametrize(
    ("load", "rpe", "message"),
    [
        ("heavy", 7.0, "“heavy” is not a load"),
        ("-5", 7.0, "A load cannot be negative"),
        ("600", 7.0, "A load must be 500 kg or less"),
    ],
)
def test_bad_values_are_refused_in_the_dialog_and_nothing_changes(
    filled, monkeypatch: pytest.MonkeyPatch, load: str, rpe: float, message: str
) -> None:
    window, (base, _) = filled
    view = window.history_view
    view.select_session(base)
    view.select_set(recorded_sets_for_session(window.controller.db, base)[0].id)  # type: ignore[arg-type]
    before = _stored(window, base)

    def fill(dialog: SetEditDialog) -> None:
        dialog.load.setText(load)
        select_rpe(dialog.rpe, rpe)

    shown = _answer_dialog(monkeypatch, fill)
    view.edit_selected_set()
    assert not shown[0].error.isHidden()
    assert message in shown[0].error.text()
    assert shown[0].result() == 0
    assert _stored(window, base) == before
    assert view.undo_stack.count() == 0


def test_delete_a_set_then_undo_brings_it_back(filled) -> None:
    window, (base, _) = filled
    view = window.history_view
    view.select_session(base)
    before = _stored(window, base)
    view.select_set(recorded_sets_for_session(window.controller.db, base)[1].id)  # type: ignore[arg-type]
    view.session_detail.delete_set_button.click()
    assert _stored(window, base) == before[:1]
    assert [row[1] for row in view.shown_sets()] == ["LEFT"]
    window.actions_by_name["undo"].trigger()
    assert _stored(window, base) == before
    assert [row[1] for row in view.shown_sets()] == ["LEFT", "RIGHT"]


def test_delete_a_session_asks_first_and_undo_restores_it(
    filled, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, (base, hills) = filled
    view = window.history_view
    view.select_session(hills)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    view.session_detail.delete_session_button.click()
    assert view.session_ids() == [hills, base]
    view.session_detail.delete_session_button.click()
    assert view.session_ids() == [base]
    assert _stored(window, hills) == []
    window.actions_by_name["undo"].trigger()
    assert view.session_ids() == [hills, base]
    assert len(_stored(window, hills)) == 4
    window.actions_by_name["redo"].trigger()
    assert view.session_ids() == [base]


def test_the_edit_menu_sits_between_file_and_view(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles.index("&Edit") == titles.index("&File") + 1
    assert titles.index("&View") == titles.index("&Edit") + 1
    assert window.actions_by_name["undo"].shortcut().toString() == "Ctrl+Z"
    assert window.actions_by_name["redo"].shortcut().toString() == "Ctrl+Shift+Z"
    assert not window.actions_by_name["undo"].isEnabled()


def test_file_export_and_import_round_trip_through_the_menus(
    filled, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ = filled
    out = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(out), "CSV, loads in kg (*.csv)"))
    window.actions_by_name["export"].trigger()
    exported = tmp_path / "mine.csv"
    assert exported.read_text(encoding="utf-8").count("\n") == 7
    assert "Exported 6 sets to mine.csv" in window.statusBar().currentMessage()

    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = _open(qtbot, other_folder)
    other.show_view("history")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(exported), ""))
    other.actions_by_name["import"].trigger()
    wizard = other.import_wizard
    assert wizard is not None
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == FOUND_PAGE and not wizard.busy)
    with qtbot.waitSignal(wizard.imported):
        wizard.next()
    assert len(other.history_view.session_ids()) == 2
    assert "Imported 6 sets in 2 sessions from Legwork." in other.statusBar().currentMessage()
    wizard.accept()
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))
    other.controller.close()


def test_the_set_editor_offers_the_logs_effort_scale(qtbot, filled) -> None:
    window, (base, _) = filled
    entry = recorded_sets_for_session(window.controller.db, base)[0].entry
    dialog = SetEditDialog(entry, window.controller.preferences.unit, "", colours_for(
        window.settings.theme()), window)
    panel = SideLogPanel()
    qtbot.addWidget(panel)
    offered = [dialog.rpe.itemData(i) for i in range(dialog.rpe.count())]
    logged = [panel.rpe.itemData(i) for i in range(panel.rpe.count())]
    assert offered == logged == [None, *RPE_CHOICES]
    assert (RPE_CHOICES[0], RPE_CHOICES[-1]) == (1.0, 10.0)
    assert dialog.rpe.currentData() == 7.0


def test_history_reloads_for_new_sets_and_not_for_a_volume_step(
    filled, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ = filled
    view: HistoryView = window.history_view
    reloads: list[bool] = []
    view.reloaded.connect(lambda: reloads.append(True))
    window.settings.set_volume(40)
    window.settings.set_volume(41)
    assert reloads == [], "a volume step is not a change to the history"
    window.controller.publish(Changes(sessions=True))
    assert reloads == [True]


def test_a_day_reads_the_same_in_history_in_the_charts_and_on_the_sheets(filled) -> None:
    from app.dates import day_text
    from app.sheets.charts import PerLegChart
    from app.sheets.layout import build_plan_sheet
    from tests.builders import plan

    window, (base, _) = filled
    view = window.history_view
    first = view.session_list.from_date
    assert first.text() == day_text(first.date().toPython())
    assert first.text().startswith(("Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ", "Sun "))
    day = T0.astimezone().date()
    assert build_plan_sheet(plan(), {}, {}, athlete="", day=day).header.date == day_text(day)
    chart = PerLegChart()
    chart.set_series([(T0, 8.0)], [(T0, 9.0)], "Reps")
    assert chart.hover_text(T0.timestamp()).startswith(day_text(day))
    view.select_session(base)
    assert view.session_detail.session_title.text().startswith(day_text(day) + ", ")


def _many_sessions(controller: AppController, count: int) -> list[int]:
    """`count` one-set sessions, a day apart, oldest first."""
    db, athlete = controller.require_db(), controller.require_athlete()
    ids = [log_session(db, athlete.id, T0 + timedelta(days=n), [(SQUAT, Side.LEFT, 8, 10.0)],
                       plan_name=f"Day {n}") for n in range(count)]
    controller.publish(Changes(sessions=True))
    return ids


def test_history_reads_one_page_at_a_time_as_it_scrolls(window: MainWindow, qtbot) -> None:
    from app.domain.history import PAGE_SIZE

    ids = _many_sessions(window.controller, 2 * PAGE_SIZE + 5)
    view = window.history_view
    model = view.session_list.model
    assert model.rows_fetched == PAGE_SIZE, "opening History reads the first page only"
    assert view.session_ids() == ids[::-1][:PAGE_SIZE]
    assert view.session_list.count_label.text() == f"{2 * PAGE_SIZE + 5} sessions"
    tree = view.session_list.sessions
    for shown in (2 * PAGE_SIZE, 2 * PAGE_SIZE + 5):
        tree.scrollToBottom()
        qtbot.waitUntil(lambda shown=shown: len(view.session_ids()) == shown)
    assert view.session_ids() == ids[::-1]
    assert not model.canFetchMore()
    # Every session was read once, never more than a page at a time.
    assert model.rows_fetched == len(ids)
    assert model.largest_fetch == PAGE_SIZE


def test_the_oldest_session_stays_open_through_a_delete_and_its_undo(
    window: MainWindow, qtbot
) -> None:
    from app.domain.history import PAGE_SIZE

    ids = _many_sessions(window.controller, PAGE_SIZE + 3)
    view = window.history_view
    view.session_list.sessions.scrollToBottom()
    qtbot.waitUntil(lambda: len(view.session_ids()) == len(ids))
    view.select_session(ids[0])
    view.select_set(recorded_sets_for_session(window.controller.db, ids[0])[0].id)  # type: ignore[arg-type]
    view.session_detail.delete_set_button.click()
    assert view.current_session_id() == ids[0] and view.shown_sets() == []
    window.actions_by_name["undo"].trigger()
    assert view.current_session_id() == ids[0]
    assert view.shown_sets() == [("Single-leg squat", "LEFT", "8", "10 kg")]


def test_the_open_session_shows_its_id_for_the_command_line(filled) -> None:
    window, (_, hills) = filled
    view = window.history_view
    view.select_session(hills)
    assert view.session_detail.session_facts.text().endswith(f"session {hills}")
    assert f"legwork sheet --session {hills}" in view.session_detail.session_facts.toolTip()


def test_at_1280_pixels_the_plan_is_whole_and_each_leg_says_how_many_sets(
    window: MainWindow
) -> None:
    db, athlete = window.controller.require_db(), window.controller.require_athlete()
    plan_name = "Demo: runner's single-leg session"
    log_session(db, athlete.id, T0, [(SQUAT, Side.LEFT, 8, 10.0), (SQUAT, Side.RIGHT, 8, 10.0),
                                     (SQUAT, Side.LEFT, 8, 10.0), (SQUAT, Side.RIGHT, 9, 10.0)],
                plan_name=plan_name)
    window.controller.publish(Changes(sessions=True))
    assert window.width() == 1280
    view = window.history_view
    tree = view.session_list.sessions
    when, left, right, _ = _row(view, 0)
    assert when.splitlines()[1] == plan_name
    room = tree.columnWidth(0) - 2 * 6  # the cell's padding (TREE_STYLE)
    assert room >= tree.fontMetrics().horizontalAdvance(plan_name)
    assert (left, right) == ("2 sets\n16 reps · 160 kg", "2 sets\n17 reps · 170 kg")
    header = tree.model().headerData
    assert "Sets on the left leg" in header(1, Qt.Orientation.Horizontal,
                                            Qt.ItemDataRole.ToolTipRole)



def test_at_1280_pixels_the_open_session_shows_every_column_beside_the_list(
    window: MainWindow
) -> None:
    db, athlete = window.controller.require_db(), window.controller.require_athlete()
    plan_name = "Demo: runner's single-leg session"
    session = start_session(db, athlete.id, plan_name, started_at=T0)
    for minute in range(26):  # enough for a vertical scroll bar, which takes width too
        warmup = minute < 2
        record_set(db, session, SetEntry(SQUAT, Side.LEFT, 1, 11, 22.5, "3-1-1-0",
                                         T0 + timedelta(minutes=minute), rpe=9.5,
                                         form_knee=True, form_hips=True,
                                         notes="Knee drifted in on the last reps",
                                         warmup=warmup))
    finish_session(db, session, finished_at=T0 + timedelta(minutes=30))
    window.controller.publish(Changes(sessions=True))
    assert window.width() == 1280
    view = window.history_view
    view.select_session(session)
    QApplication.processEvents()  # lay out the table and its scroll bars
    sets = view.session_detail.sets
    # Tempo and Notes are not pushed behind a sideways scroll bar...
    assert sets.header().length() <= sets.viewport().width()
    # ...and the list beside it still has the plan's whole name.
    tree = view.session_list.sessions
    assert tree.columnWidth(0) - 2 * 6 >= tree.fontMetrics().horizontalAdvance(plan_name)

def test_warm_ups_are_marked_in_the_session_and_counted_apart_in_the_list(
    window: MainWindow
) -> None:
    db, athlete = window.controller.require_db(), window.controller.require_athlete()
    session = start_session(db, athlete.id, "Imported", started_at=T0)
    for minute, warmup in enumerate((True, False)):
        record_set(db, session, SetEntry(SQUAT, Side.LEFT, 1, 8 if warmup else 6,
                                         4.0 if warmup else 12.0, "3-1-1-0",
                                         T0 + timedelta(minutes=minute), warmup=warmup))
    finish_session(db, session, finished_at=T0 + timedelta(minutes=30))
    window.controller.publish(Changes(sessions=True))
    view = window.history_view
    tree = view.session_list.sessions
    _, left, _, other = _row(view, 0)
    assert left == "1 set\n6 reps · 72 kg", "the warm-up is not a working set"
    assert other == "1 warm-up" and not tree.isColumnHidden(3)
    view.select_session(session)
    group = view.session_detail.sets.topLevelItem(0)
    warm, working = group.child(0), group.child(1)
    assert (warm.text(0), working.text(0)) == ("warm-up", "1")
    assert "left out of progress" in warm.toolTip(0)
    assert warm.font(0).italic() and not working.font(0).italic()


def test_without_warm_ups_or_two_leg_sets_the_other_column_is_hidden(filled) -> None:
    window, _ = filled
    assert window.history_view.session_list.sessions.isColumnHidden(3)

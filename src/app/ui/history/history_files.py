"""File → Export… and File → Import…: the history to and from a file, without the History view.

Each asks for a file, calls `app.services.history`, and reports in the status
bar or, when refused, in a message box; what an import changed goes out on
the controller's change channel like any other change.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain.errors import LegworkError
from app.domain.transfer import ExportFormat, ImportRefusedError
from app.domain.units import Unit
from app.services import history
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text

_EXPORT_FILTERS = {
    "CSV, loads in kg (*.csv)": Unit.KG,
    "CSV, loads in lb (*.csv)": Unit.LB,
    "JSON (*.json)": Unit.KG,
}


def export_history(controller: AppController, path: Path, unit: Unit = Unit.KG) -> int:
    """Write the current athlete's history to `path` (CSV or JSON by suffix); sets written."""
    db, athlete = controller.db, controller.athlete
    if db is None or athlete is None:
        raise LegworkError("The history is not open yet.")
    return history.export_history(db, path, ExportFormat.for_path(path), athlete_id=athlete.id,
                                  unit=unit)


def ask_export(controller: AppController, parent: QWidget) -> None:
    """File → Export…: choose a file and a format, then export."""
    athlete = controller.athlete
    stem = "legwork-history" + (f"-{athlete.name}" if athlete else "")
    suggested = Path.home() / f"{stem.replace(' ', '-').lower()}-{date.today().isoformat()}.csv"
    name, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("HistoryFiles", "Export history"), str(suggested),
        ";;".join(_EXPORT_FILTERS),
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".json"):
        path = path.with_name(path.name + (".json" if chosen.startswith("JSON") else ".csv"))
    try:
        count = export_history(controller, path, _EXPORT_FILTERS.get(chosen, Unit.KG))
    except LegworkError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("HistoryFiles", "Export failed"),
                            error_text(error))
        return
    text = (QCoreApplication.translate("HistoryFiles", "Exported 1 set to {file}.") if count == 1
            else QCoreApplication.translate("HistoryFiles", "Exported {count} sets to {file}."))
    controller.status_message.emit(text.format(count=count, file=path.name))


def ask_import(controller: AppController, parent: QWidget) -> None:
    """File → Import…: choose a Legwork CSV or JSON export and import it, or say why not."""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("HistoryFiles", "Import history"), str(Path.home()),
        QCoreApplication.translate(
            "HistoryFiles", "Legwork export (*.csv *.json);;All files (*)"),
    )
    if not name:
        return
    refused = QCoreApplication.translate("HistoryFiles", "Nothing was imported")
    try:
        summary = controller.apply(history.import_history(controller.require_db(), Path(name)))
    except ImportRefusedError as error:
        listed = "\n".join(f"• {problem}" for problem in error.problems)
        more = error.total - len(error.problems)
        QMessageBox.warning(
            parent, refused,
            QCoreApplication.translate(
                "HistoryFiles", "{file} has problems, so nothing was imported:").format(
                file=Path(name).name) + f"\n\n{listed}"
            + ("\n" + QCoreApplication.translate("HistoryFiles", "…and {more} more.").format(
                more=more) if more else ""),
        )
        return
    except LegworkError as error:
        QMessageBox.warning(parent, refused, error_text(error))
        return
    skipped = (" " + QCoreApplication.translate(
        "HistoryFiles", "{count} already in your history were skipped.").format(
        count=summary.sessions_skipped) if summary.sessions_skipped else "")
    controller.status_message.emit(
        QCoreApplication.translate("HistoryFiles", "Imported {sets} sets in {sessions} sessions.")
        .format(sets=summary.sets_added, sessions=summary.sessions_added) + skipped
    )

"""File → Export…: the history to a file, without the History view.

It asks for a file, calls `app.services.history`, and reports in the status
bar or, when refused, in a message box. File → Import… is the import wizard
(`import_wizard`).
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain.errors import LegworkError
from app.domain.transfer import ExportFormat
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
    text = text.format(count=count, file=path.name)
    assessments, _trials = history.assessments_to_export(
        controller.require_db(), athlete_id=controller.require_athlete().id)
    if assessments:
        text += " " + (
            QCoreApplication.translate("HistoryFiles", "Your assessment went with them.")
            if assessments == 1 else QCoreApplication.translate(
                "HistoryFiles", "Your {count} assessments went with them.").format(
                count=assessments))
    controller.status_message.emit(text)

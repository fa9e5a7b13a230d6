"""What the plan cards do: new, edit and delete plans, and the counting mode, through the services.

The picker (`PlanPicker`) only shows cards and reports presses; this keeps it
filled from the built-in plan, the Library queue and the athlete's own plans,
and redraws it when any of those, or the athlete, changes.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain import preferences as prefs
from app.domain.errors import LegworkError
from app.domain.plan import Plan
from app.services import plans
from app.services.changes import Changes
from app.ui.session.plan_editor import PlanEditorDialog
from app.ui.session.plan_picker import PlanPicker
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text


class PlanActions(QObject):
    """Keeps a plan picker filled and carries out its Edit, Delete, New and mode presses.

    With `editable` off (a shared touchscreen) the athlete's plans offer Start only.
    """

    def __init__(self, controller: AppController, picker: PlanPicker, *, editable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._picker = picker
        self._editable = editable
        self._parent = parent
        picker.new_button.setVisible(editable)
        picker.new_plan_requested.connect(lambda: self.edit(None))
        picker.edit_requested.connect(self.edit)
        picker.delete_requested.connect(self.delete)
        picker.mode_changed.connect(
            lambda value: self._try(lambda: controller.set_preference(prefs.COUNTING_MODE, value)))
        controller.athlete_changed.connect(self.refresh)
        controller.session_queue_changed.connect(self.refresh)
        controller.changed.connect(self._changed)
        if controller.db is not None:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the cards from the built-in plan, the queue and the athlete's plans."""
        db, athlete = self._controller.db, self._controller.athlete
        if db is None or athlete is None:
            return
        self._picker.set_mode(self._controller.preferences.counting_mode)
        self._picker.show_plans(plans.builtin(), self._controller.queued_plan(),
                                plans.saved_plans(db, athlete.id), editable=self._editable)

    def _changed(self, changes: object) -> None:
        assert isinstance(changes, Changes)
        if changes.plans or changes.exercises or changes.athletes:
            self.refresh()
        elif prefs.COUNTING_MODE in changes.preferences:
            self._picker.set_mode(self._controller.preferences.counting_mode)

    def _try(self, change: Callable[[], object]) -> None:
        """Make a change; a refusal goes to the status bar."""
        try:
            change()
        except LegworkError as error:
            self._controller.status_message.emit(error_text(error))

    def edit(self, plan: object) -> None:
        """Open the plan editor (a new plan when `plan` is None); it saves through the service."""
        controller, chosen = self._controller, self._controller.preferences
        old = plan if isinstance(plan, Plan) else None
        dialog = PlanEditorDialog(
            controller.exercises(), chosen.unit, plan=old,
            default_rests=(chosen.rest_between_sides_s, chosen.rest_between_sets_s),
            default_order=chosen.side_order, parent=self._parent,
            save=lambda new: controller.apply(plans.save_plan(
                controller.require_db(), controller.require_athlete().id, new,
                replacing=old.name if old is not None else None)),
        )
        if dialog.exec() and dialog.plan is not None:
            controller.status_message.emit(
                self.tr("Saved your plan “{name}”.").format(name=dialog.plan.name))

    def delete(self, name: str) -> None:
        """Delete one of the athlete's plans after asking."""
        answer = QMessageBox.question(
            self._parent, self.tr("Delete plan?"),
            self.tr("Delete your plan “{name}”? Sessions you did with it stay in your "
                    "history.").format(name=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            controller = self._controller
            self._try(lambda: controller.apply(plans.delete_plan(
                controller.require_db(), controller.require_athlete().id, name)))

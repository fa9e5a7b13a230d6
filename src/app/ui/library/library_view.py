"""The Library view: a searchable list of exercises beside a detail pane."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.exercise import filter_exercises
from app.domain.exercise_file import EQUIPMENT, MUSCLE_GROUPS
from app.evidence import evidence_page
from app.services.changes import Changes
from app.ui.library.exercise_page import ExercisePage
from app.ui.shell.controller import AppController

WHY_ID = "__why__"
_ID_ROLE = Qt.ItemDataRole.UserRole


class LibraryView(QWidget):
    """Type to filter, pick a muscle group or equipment, read an exercise in full."""

    new_exercise_requested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exercises…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setToolTip(self.tr("Type part of a name, muscle or piece of equipment"))
        self.muscle_filter = self._combo(
            self.tr("All muscle groups"), MUSCLE_GROUPS, self.tr("Filter by muscle group")
        )
        self.equipment_filter = self._combo(
            self.tr("Any equipment"), EQUIPMENT, self.tr("Filter by equipment")
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setUniformItemSizes(True)
        new_button = QPushButton(self.tr("New exercise…"))
        new_button.setToolTip(self.tr("Add an exercise of your own to the library"))
        new_button.clicked.connect(self.new_exercise_requested)

        filters = QHBoxLayout()
        filters.addWidget(self.muscle_filter, 1)
        filters.addWidget(self.equipment_filter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(new_button)

        self.page = ExercisePage()
        self.page.add_to_session_requested.connect(controller.queue_exercise)
        self.why_page = QTextBrowser()
        self.why_page.setOpenExternalLinks(True)
        self.why_page.setAccessibleName(self.tr("Why single-leg training"))
        self.why_page.document().setDocumentMargin(14)
        # Rendered from the claims and references data: every claim with its sources.
        self.why_page.setMarkdown(evidence_page())
        self.detail = QStackedWidget()
        self.detail.addWidget(self.why_page)
        self.detail.addWidget(self.page)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 900])
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 12)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self.refresh)
        self.muscle_filter.currentIndexChanged.connect(self.refresh)
        self.equipment_filter.currentIndexChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._show_current)
        controller.changed.connect(
            lambda changes: self.refresh() if isinstance(changes, Changes) and changes.exercises
            else None)
        self.refresh()

    @staticmethod
    def _combo(everything: str, values: tuple[str, ...], tip: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(value.capitalize(), value)
        combo.setToolTip(tip)
        combo.setAccessibleName(tip)
        return combo

    def visible_exercise_ids(self) -> list[str]:
        """Ids of the exercises the list shows now (the Why page excluded)."""
        ids = (self.list.item(i).data(_ID_ROLE) for i in range(self.list.count()))
        return [i for i in ids if i != WHY_ID]

    def refresh(self) -> None:
        """Rebuild the list from the library and the current search and filters."""
        current = self.list.currentItem()
        keep = current.data(_ID_ROLE) if current is not None else None
        shown = filter_exercises(
            self._controller.exercises(),
            self.search.text(),
            self.muscle_filter.currentData(),
            self.equipment_filter.currentData(),
        )
        self.list.blockSignals(True)
        self.list.clear()
        filtering = bool(self.search.text().strip()) or self.muscle_filter.currentIndex() > 0 \
            or self.equipment_filter.currentIndex() > 0
        if not filtering:
            why = QListWidgetItem(self.tr("Why single-leg training"))
            why.setData(_ID_ROLE, WHY_ID)
            font = why.font()
            font.setBold(True)
            why.setFont(font)
            self.list.addItem(why)
        for exercise in shown:
            item = QListWidgetItem(exercise.name if exercise.builtin else f"{exercise.name}  ★")
            item.setData(_ID_ROLE, exercise.id)
            item.setToolTip(", ".join(exercise.muscles))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.select(keep if keep in [*self.visible_exercise_ids(), WHY_ID] else None)

    def select(self, exercise_id: str | None) -> None:
        """Show one exercise (or the first entry when the id is not listed)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == exercise_id:
                self.list.setCurrentRow(row)
                return
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _show_current(self) -> None:
        item = self.list.currentItem()
        exercise_id = item.data(_ID_ROLE) if item is not None else WHY_ID
        exercise = self._controller.exercise(exercise_id)
        if exercise is None:
            self.detail.setCurrentWidget(self.why_page)
            return
        self.page.show_exercise(exercise)
        self.detail.setCurrentWidget(self.page)

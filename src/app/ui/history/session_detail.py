"""The right half of History: one session, its sets per exercise and leg, and what to do next."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.dates import moment_text
from app.domain.records import SessionRecord, SetEntry
from app.domain.units import Unit, format_load
from app.ui.history.session_list import ID_ROLE
from app.ui.shell.theme import Colours, side_word
from app.ui.shell.translation import QT_TRANSLATE_NOOP

# Marked for translation here, translated where shown (context "HistoryView").
_STATUS_WORDS = {
    "finished": QT_TRANSLATE_NOOP("HistoryView", "Finished"),
    "abandoned": QT_TRANSLATE_NOOP("HistoryView", "Stopped early"),
    "in_progress": QT_TRANSLATE_NOOP("HistoryView", "Not finished"),
}
# Eight columns share half the window: narrower cell padding and indent than the list's,
# so every column, the notes too, fits beside the list at 1280 px without a scroll bar.
_SETS_STYLE = """
    QTreeView::item { padding: 6px 3px; }
    QHeaderView::section { padding: 6px 3px; }
"""
_ANSWER_MARKS = {True: "✓", False: "✗", None: "–"}
_ANSWER_WORDS = {
    True: QT_TRANSLATE_NOOP("HistoryView", "yes"),
    False: QT_TRANSLATE_NOOP("HistoryView", "no"),
    None: QT_TRANSLATE_NOOP("HistoryView", "not answered"),
}


def _form_text(entry: SetEntry) -> str:
    """Both form answers in a narrow column: "knee ✓ hips ✗"."""
    return QCoreApplication.translate("HistoryView", "knee {knee} hips {hips}").format(
        knee=_ANSWER_MARKS[entry.form_knee], hips=_ANSWER_MARKS[entry.form_hips])


def _set_label(entry: SetEntry) -> str:
    """The set's number, or "warm-up" for a warm-up set (imported from another app)."""
    if entry.warmup:
        return QCoreApplication.translate("HistoryView", "warm-up")
    return str(entry.set_number)


def _form_tooltip(entry: SetEntry) -> str:
    def word(answer: bool | None) -> str:
        return QCoreApplication.translate("HistoryView", _ANSWER_WORDS[answer])

    return QCoreApplication.translate(
        "HistoryView", "Knee over the toes: {knee}. Hips level: {hips}.").format(
            knee=word(entry.form_knee), hips=word(entry.form_hips))


class SessionDetail(QStackedWidget):
    """A session's facts and sets, or a sentence saying why there is none to show."""

    edit_requested = Signal()
    delete_set_requested = Signal()
    delete_session_requested = Signal()
    set_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setProperty("role", "subtitle")
        self.addWidget(self.empty_label)
        self.page = self._build_page()
        self.addWidget(self.page)

    def _build_page(self) -> QWidget:
        self.session_title = QLabel()
        self.session_title.setProperty("role", "title")
        self.session_facts = QLabel()
        self.session_facts.setProperty("role", "subtitle")
        self.session_facts.setWordWrap(True)
        # The id is for `legwork sheet --session ID`: let it be selected and copied.
        self.session_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit set…"))
        self.edit_button.setToolTip(self.tr("Correct the selected set (Enter)"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_set_button = QPushButton(self.tr("Delete set"))
        self.delete_set_button.setToolTip(
            self.tr("Remove the selected set (Delete); Ctrl+Z brings it back"))
        self.delete_set_button.clicked.connect(self.delete_set_requested)
        self.delete_session_button = QPushButton(self.tr("Delete session…"))
        self.delete_session_button.setToolTip(self.tr("Remove this whole session and its sets"))
        self.delete_session_button.clicked.connect(self.delete_session_requested)

        self.sets = QTreeWidget()
        self.sets.setAccessibleName(self.tr("Sets of the session"))
        self.sets.setHeaderLabels([self.tr("Set"), self.tr("Leg"), self.tr("Reps"), self.tr("Load"),
                                   self.tr("RPE"), self.tr("Form"), self.tr("Tempo"),
                                   self.tr("Notes")])
        self.sets.headerItem().setToolTip(
            5, self.tr("The form check: knee over the toes, hips level (✓ yes, ✗ no, – not "
                       "answered)"))
        self.sets.setRootIsDecorated(False)
        self.sets.setStyleSheet(_SETS_STYLE)
        self.sets.setIndentation(12)
        self.sets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.sets.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Notes take what is left and may shrink to a word (their tooltip holds the whole
        # note) rather than push the table sideways. A stretched *last* section never
        # gets narrower than the default section size, so Notes stretch as a column.
        header.setMinimumSectionSize(24)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.sets.itemDoubleClicked.connect(lambda _item, _column: self.edit_requested.emit())
        self.sets.currentItemChanged.connect(self.set_chosen)
        for keys, signal in (((QKeySequence.StandardKey.Delete,), self.delete_set_requested),
                             (("Return", "Enter"), self.edit_requested)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.sets)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(signal)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_set_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_session_button)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.session_title)
        column.addWidget(self.session_facts)
        column.addWidget(self.sets, 1)
        column.addLayout(buttons)
        return page

    def show_empty(self, text: str) -> None:
        """No session to show; say why."""
        self.empty_label.setText(text)
        self.setCurrentWidget(self.empty_label)

    def show_record(self, record: SessionRecord, names: dict[str, str], unit: Unit,
                    colours: Colours) -> None:
        """Show a session: when, plan, status, length, notes, and its sets by exercise."""
        info = record.info
        self.session_title.setText(moment_text(info.started_at))
        status = _STATUS_WORDS.get(info.status.value)
        facts = [info.plan_name or self.tr("Free session"),
                 QCoreApplication.translate("HistoryView", status) if status else ""]
        if info.finished_at is not None:
            minutes = round((info.finished_at - info.started_at).total_seconds() / 60)
            facts.append(self.tr("{minutes} min").format(minutes=minutes))
        if info.notes:
            facts.append(f"“{info.notes}”")
        facts.append(self.tr("session {id}").format(id=info.id))
        self.session_facts.setText(" · ".join(fact for fact in facts if fact))
        self.session_facts.setToolTip(self.tr(
            "Its id is {id}: print its sheet with “legwork sheet --session {id}”, "
            "or find it with “legwork sessions”.").format(id=info.id))
        self._fill_sets(record, names, unit, colours)
        self.setCurrentWidget(self.page)

    def _fill_sets(self, record: SessionRecord, names: dict[str, str], unit: Unit,
                   colours: Colours) -> None:
        keep = self.selected_set_id()
        self.sets.clear()
        bold = QFont(self.sets.font())
        bold.setBold(True)
        groups: dict[str, QTreeWidgetItem] = {}
        chosen: QTreeWidgetItem | None = None
        for recorded in record.sets:
            entry = recorded.entry
            group = groups.get(entry.exercise_id)
            if group is None:
                group = QTreeWidgetItem([names.get(entry.exercise_id, entry.exercise_id)])
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[entry.exercise_id] = group
            item = QTreeWidgetItem([
                _set_label(entry), side_word(entry.side), str(entry.reps),
                format_load(entry.load_kg, unit),
                "–" if entry.rpe is None else f"{entry.rpe:g}", _form_text(entry), entry.tempo,
                entry.notes,
            ])
            item.setData(0, ID_ROLE, recorded.id)
            if entry.warmup:
                item.setToolTip(0, QCoreApplication.translate(
                    "HistoryView", "Warm-up set {number}: kept in your history, left out of "
                    "progress, records and advice").format(number=entry.set_number))
                item.setForeground(0, QBrush(QColor(colours.muted)))
                italic = QFont(self.sets.font())
                italic.setItalic(True)
                item.setFont(0, italic)
            item.setToolTip(5, _form_tooltip(entry))
            item.setToolTip(7, entry.notes)
            item.setForeground(1, QBrush(QColor(colours.side(entry.side))))
            item.setFont(1, bold)
            group.addChild(item)
            if keep is not None and recorded.id == keep:
                chosen = item
        # Built apart and added at once: each item added to a shown tree costs a layout.
        self.sets.addTopLevelItems(list(groups.values()))
        for group in groups.values():
            group.setFirstColumnSpanned(True)
        self.sets.expandAll()
        if chosen is not None:
            self.sets.setCurrentItem(chosen)

    def _rows(self) -> list[tuple[QTreeWidgetItem, QTreeWidgetItem]]:
        rows = []
        for group_index in range(self.sets.topLevelItemCount()):
            group = self.sets.topLevelItem(group_index)
            assert group is not None
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                assert child is not None
                rows.append((group, child))
        return rows

    def selected_set_id(self) -> int | None:
        """The id of the set selected, if any."""
        item = self.sets.currentItem()
        value = None if item is None else item.data(0, ID_ROLE)
        return None if value is None else int(value)

    def select_set(self, set_id: int) -> None:
        """Select a set by id."""
        for _group, child in self._rows():
            if child.data(0, ID_ROLE) == set_id:
                self.sets.setCurrentItem(child)
                return

    def shown_sets(self) -> list[tuple[str, str, str, str]]:
        """(exercise, leg, reps, load) of each set shown, as the athlete reads them."""
        return [(group.text(0), child.text(1), child.text(2), child.text(3))
                for group, child in self._rows()]

    def enable_set_buttons(self, chosen: bool) -> None:
        """Edit and Delete set only with a set selected."""
        self.edit_button.setEnabled(chosen)
        self.delete_set_button.setEnabled(chosen)

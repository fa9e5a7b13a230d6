"""File → Import…: bring in history from Strong, Hevy, FitNotes, Liftosaur or a Legwork export.

Four pages: choose the file; see what Legwork found in it (the app, the unit,
sessions, sets, dates, assessments, and what each exercise becomes, with a
way to change a mapping or the unit); watch it being written; read what was
added. Reading, previewing and writing run off the window's thread
(`import_jobs`), so a 15,000-row export never freezes the window, and Cancel
while writing rolls everything back. The wizard holds no rule of its own: it
shows what `app.services.imports` found and passes the person's choices back
to it, and what the import changed goes out on the controller's change
channel, so History and Progress show the new history at once.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.dates import day_text
from app.domain.errors import LegworkError
from app.domain.units import Unit
from app.services.athletes import default_athlete_name
from app.services.changes import Outcome
from app.services.imports import (
    NEW_EXERCISE,
    ExerciseChoice,
    ImportOptions,
    ImportPreview,
    ImportSummary,
    SkipReason,
    SourceApp,
    SourceFile,
    mapping_choices,
    preview_import,
    read_import,
    run_import,
)
from app.ui.history.import_jobs import ImportCancelled, Job, Progress, start
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text
from app.ui.shell.theme import Colours
from app.ui.shell.translation import QT_TRANSLATE_NOOP

FILE_PAGE, FOUND_PAGE, WRITING_PAGE, DONE_PAGE = range(4)
_COLUMNS = 4


def _count(number: int) -> str:
    """A count as the person's locale writes it ("15,000")."""
    return QLocale().toString(number)


class _Note(QLabel):
    """A line under a page's controls that says what is going on, or what went wrong."""

    def __init__(self, colours: Colours) -> None:
        super().__init__()
        self.colours = colours
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Status"))

    def busy(self, text: str) -> None:
        self.setStyleSheet(f"color: {self.colours.muted};")
        self.setText(text)

    def problem(self, text: str) -> None:
        self.setStyleSheet(f"color: {self.colours.warning}; font-weight: 600;")
        self.setText(text)

    def clear_note(self) -> None:
        self.setText("")


class FilePage(QWizardPage):
    """Page 1: which file (typed, pasted, or chosen with Browse…)."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(self.tr(
            "Legwork reads the CSV exports of Strong, Hevy, FitNotes and Liftosaur, and its "
            "own CSV and JSON files. Nothing is written until you have seen what it found."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The exported file, e.g. strong_workouts.csv"))
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.textChanged.connect(self._path_edited)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setToolTip(self.tr("Choose the exported file"))
        self.browse.clicked.connect(self.choose_file)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        where = QLabel(self.tr(
            "Export your workouts as a CSV file from the other app (each has an export in its "
            "settings), then choose that file here. Legwork tells the app from the file. "
            "Importing the same file again, or a later export of the same history, adds only "
            "what is new."))
        where.setWordWrap(True)
        where.setProperty("role", "subtitle")
        self.note = _Note(wizard.colours)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(row)
        layout.addWidget(where)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.path.setFocus()

    def chosen(self) -> Path | None:
        """The file named in the field, or None while it is empty."""
        text = self.path.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def choose_file(self) -> None:
        """Browse…: pick the export in the system's file dialog."""
        start_in = self.chosen() or Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import history"), str(start_in),
            self.tr("Exports (*.csv *.json *.txt);;All files (*)"))
        if name:
            self.path.setText(name)
            self.path.setFocus()

    def _path_edited(self) -> None:
        self.note.clear_note()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.chosen() is not None and not self.owner.busy

    def validatePage(self) -> bool:
        # Next reads the file off the window's thread; the wizard moves on when it is read.
        return self.owner.file_ready(self.chosen())


class FoundPage(QWizardPage):
    """Page 2: what the file holds, what each exercise becomes, and the unit; then Import."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What Legwork found"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(18)
        self.facts.setVerticalSpacing(6)
        self.app = self._fact(self.tr("From"))
        self.athlete = self._fact(self.tr("Into"))
        self.sessions = self._fact(self.tr("Sessions"))
        self.sets = self._fact(self.tr("Sets"))
        self.assessments = self._fact(self.tr("Assessments"))
        self.skipped = self._fact(self.tr("Left out"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit of the loads"))
        for unit in Unit:
            self.unit.addItem(unit.value, unit)
        self.unit.setToolTip(self.tr("The file does not say which unit its loads are in"))
        self.unit.activated.connect(self._unit_chosen)
        self.unit_note = QLabel()
        self.unit_note.setWordWrap(True)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit)
        unit_row.addWidget(self.unit_note, 1)
        unit_label = QLabel(self.tr("&Loads"))
        unit_label.setBuddy(self.unit)
        self.facts.addRow(unit_label, unit_row)

        self.table = QTableWidget(0, _COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("In the file"), self.tr("Sets"), self.tr("Becomes"), self.tr("Legs")])
        self.table.setAccessibleName(self.tr("Exercises in the file"))
        self.table.setToolTip(self.tr("Pick an exercise to change what it becomes"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table (for the mapping below) instead of walking its cells.
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._row_picked)

        self.mapping_label = QLabel()
        self.mapping = QComboBox()
        self.mapping.setAccessibleName(self.tr("What the selected exercise becomes"))
        self.mapping.setMaxVisibleItems(20)
        self.mapping.activated.connect(self._mapping_chosen)
        self.mapping_label.setBuddy(self.mapping)
        mapping_row = QHBoxLayout()
        self.mapping.setMinimumWidth(360)
        mapping_row.addWidget(self.mapping_label)
        mapping_row.addWidget(self.mapping)
        mapping_row.addStretch(1)

        self.note = _Note(wizard.colours)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(self.facts)
        exercises = QLabel(self.tr("Exercises, and what each becomes in Legwork"))
        exercises.setStyleSheet("font-weight: 600;")
        layout.addWidget(exercises)
        layout.addWidget(self.table, 1)
        layout.addLayout(mapping_row)
        layout.addWidget(self.note)
        self.setTabOrder(self.unit, self.table)
        self.setTabOrder(self.table, self.mapping)

    def _fact(self, name: str) -> QLabel:
        value = QLabel()
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.addRow(name, value)
        return value

    def initializePage(self) -> None:
        self.show_preview()
        # After the wizard has given the page's first control the focus.
        QTimer.singleShot(0, self.table.setFocus)

    def isComplete(self) -> bool:
        return self.owner.preview is not None and not self.owner.busy \
            and not self.owner.preview_problem

    # -- showing a preview --------------------------------------------------------------

    def show_preview(self) -> None:
        """Fill the page from the wizard's latest preview."""
        preview = self.owner.preview
        if preview is None:
            return
        path = self.owner.path
        self.setSubTitle(self.tr("In {file}:").format(file=path.name if path else ""))
        # Each layout's description starts with its app's name ("Strong, comma-separated…").
        layout = preview.layout
        self.app.setText(layout if layout.startswith(preview.app.label)
                         else f"{preview.app.label}: {layout}")
        self._show_athlete(preview)
        self._show_sessions(preview)
        self._show_sets(preview)
        self._show_assessments(preview)
        self._show_skipped(preview)
        self._show_unit(preview)
        self._show_exercises(preview.exercises)
        self.completeChanged.emit()

    def _show_athlete(self, preview: ImportPreview) -> None:
        names = sorted({s.athlete for s in preview.plan.sessions}
                       | {a.athlete for a in preview.plan.assessments}) or [preview.athlete]
        new = set(preview.new.athletes_added) if preview.new else set()
        shown = [self.tr("{name} (new athlete)").format(name=n) if n in new else n
                 for n in names]
        text = self.tr("the history of {names}").format(names=", ".join(shown))
        if preview.app is SourceApp.LEGWORK:
            text += " " + self.tr("(as the file names them)")
        self.athlete.setText(text)

    def _show_sessions(self, preview: ImportPreview) -> None:
        days = preview.days()
        if days is None:
            self.sessions.setText(self.tr("none"))
            return
        first, last = (day_text(day) for day in days)
        span = self.tr("on {day}").format(day=first) if first == last \
            else self.tr("from {first} to {last}").format(first=first, last=last)
        self.sessions.setText(self.tr("{count}, {span}").format(
            count=_count(preview.sessions), span=span))

    def _show_sets(self, preview: ImportPreview) -> None:
        parts = [_count(preview.sets)]
        warmups, sided = preview.plan.warmups, preview.plan.with_side
        if warmups:
            parts.append(self.tr("{count} warm-ups").format(count=_count(warmups)))
        parts.append(self.tr("{count} with a side (left or right)").format(count=_count(sided)))
        text = ", ".join(parts)
        new = preview.new
        if new is not None and new.sets_already_there:
            text += " — " + self.tr("{new} new, {there} already in your history").format(
                new=_count(new.sets_added), there=_count(new.sets_already_there))
        self.sets.setText(text)

    def _show_assessments(self, preview: ImportPreview) -> None:
        shown = preview.assessments > 0
        self.assessments.setVisible(shown)
        self.facts.labelForField(self.assessments).setVisible(shown)
        if shown:
            self.assessments.setText(self.tr("{count}, with {trials} trials").format(
                count=_count(preview.assessments), trials=_count(preview.trials)))

    def _show_skipped(self, preview: ImportPreview) -> None:
        skipped = preview.plan.skipped
        words = {
            SkipReason.CARDIO: self.tr("{count} cardio rows (no reps)"),
            SkipReason.REST_TIMER: self.tr("{count} rest-timer rows"),
            SkipReason.NOT_DONE: self.tr("{count} sets planned but not done"),
        }
        parts = [words[reason].format(count=_count(skipped[reason]))
                 for reason in SkipReason if skipped.get(reason)]
        self.skipped.setText(", ".join(parts) if parts else self.tr("nothing"))

    def _show_unit(self, preview: ImportPreview) -> None:
        assumed = preview.unit
        self.unit.setVisible(assumed is not None)
        if assumed is not None:
            self.unit.setCurrentIndex(self.unit.findData(assumed))
            self.unit_note.setText(self.tr(
                "The file does not say which unit its loads are in; choose the one you "
                "logged in."))
            return
        units = " " + self.tr("and") + " "
        stated = units.join(unit.value for unit in Unit if unit in preview.stated_units)
        self.unit_note.setText(self.tr("in {units}, as the file says").format(units=stated)
                               if stated else self.tr("no loads in the file"))

    def _show_exercises(self, choices: tuple[ExerciseChoice, ...]) -> None:
        selected = self.owner.selected_source
        self.table.blockSignals(True)
        self.table.setRowCount(len(choices))
        for row, choice in enumerate(choices):
            becomes = self.tr("{name} (new, your own)").format(name=choice.exercise_name) \
                if choice.new else choice.exercise_name
            legs = self.tr("one leg") if choice.unilateral else self.tr("both legs")
            for column, text in enumerate((choice.source, _count(choice.sets), becomes, legs)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, choice.source)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        sources = [choice.source for choice in choices]
        self.table.selectRow(sources.index(selected) if selected in sources else 0)
        self.table.blockSignals(False)
        self._row_picked()

    # -- the person's choices -----------------------------------------------------------

    def _current_choice(self) -> ExerciseChoice | None:
        preview = self.owner.preview
        rows = self.table.selectionModel().selectedRows()
        if preview is None or not rows:
            return None
        return preview.exercises[rows[0].row()]

    def _row_picked(self) -> None:
        choice = self._current_choice()
        legwork = self.owner.preview is not None and self.owner.preview.app is SourceApp.LEGWORK
        self.mapping.setEnabled(choice is not None and not legwork)
        if choice is None:
            self.mapping_label.setText(self.tr("&Becomes:"))
            return
        self.owner.selected_source = choice.source
        self.mapping_label.setText(self.tr("“{name}” &becomes:").format(name=choice.source))
        if legwork:
            self.mapping.setToolTip(self.tr(
                "A Legwork file names its exercises by id; they are kept as they are"))
        self._fill_mapping(NEW_EXERCISE if choice.new else choice.exercise_id)

    def _fill_mapping(self, current: str) -> None:
        self.mapping.blockSignals(True)
        self.mapping.clear()
        self.mapping.addItem(self.tr("A new exercise of my own"), NEW_EXERCISE)
        self.mapping.insertSeparator(1)
        for exercise in self.owner.library:
            name = exercise.name if exercise.builtin \
                else self.tr("{name} (your own)").format(name=exercise.name)
            self.mapping.addItem(name, exercise.id)
        self.mapping.setCurrentIndex(max(self.mapping.findData(current), 0))
        self.mapping.blockSignals(False)

    def _mapping_chosen(self, index: int) -> None:
        choice = self._current_choice()
        if choice is not None:
            self.owner.change_mapping(choice.source, str(self.mapping.itemData(index)))

    def _unit_chosen(self, index: int) -> None:
        self.owner.change_unit(Unit(self.unit.itemData(index)))


class WritingPage(QWizardPage):
    """Page 3: the progress bar while the sets go in, one transaction off the window's thread."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr(
            "Everything goes in at once or not at all: Cancel stops and keeps nothing."))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.setTextVisible(True)
        self.bar.setMinimumHeight(28)
        self.label = QLabel()
        self.note = _Note(wizard.colours)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addWidget(self.note)
        layout.addStretch(2)

    def initializePage(self) -> None:
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Checking what is already in your history…"))
        self.note.clear_note()
        self.owner.start_import()

    def show_progress(self, done: int, total: int) -> None:
        """Move the bar: `done` of `total` sets written."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("Writing {done} of {total} sets…").format(
            done=_count(done), total=_count(total)))

    def isComplete(self) -> bool:
        return self.owner.summary is not None


class DonePage(QWizardPage):
    """Page 4: what was added, in sentences (the same facts as `legwork import` prints)."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Import finished"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("What was imported"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        summary, preview = self.owner.summary, self.owner.preview
        if summary is None or preview is None:
            return
        self.setSubTitle(self.tr("From {file}:").format(
            file=self.owner.path.name if self.owner.path else ""))
        self.text.setText("\n\n".join(summary_sentences(summary, preview)))


_CONTEXT = "ImportWizard"


def _translated(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _counted(count: int, one: str, many: str, **values: Any) -> str:
    """`one` or `many` (marked for translation where written) in the person's language."""
    return _translated(one if count == 1 else many).format(count=_count(count), **values)


_SKIPPED = (
    (SkipReason.CARDIO, QT_TRANSLATE_NOOP(_CONTEXT, "Left out 1 cardio row (no reps)."),
     QT_TRANSLATE_NOOP(_CONTEXT, "Left out {count} cardio rows (no reps).")),
    (SkipReason.REST_TIMER, QT_TRANSLATE_NOOP(_CONTEXT, "Left out 1 rest-timer row."),
     QT_TRANSLATE_NOOP(_CONTEXT, "Left out {count} rest-timer rows.")),
    (SkipReason.NOT_DONE,
     QT_TRANSLATE_NOOP(_CONTEXT, "Left out 1 set that was planned but not done."),
     QT_TRANSLATE_NOOP(_CONTEXT, "Left out {count} sets that were planned but not done.")),
)


def summary_sentences(summary: ImportSummary, preview: ImportPreview) -> list[str]:
    """What `legwork import` prints as one line, as sentences in the person's language."""
    w, app = summary.written, summary.app.label
    if w.sets_added:
        lines = [
            _counted(w.sets_added, QT_TRANSLATE_NOOP(_CONTEXT, "Imported 1 set"),
                     QT_TRANSLATE_NOOP(_CONTEXT, "Imported {count} sets")) + " "
            + _counted(summary.sessions, QT_TRANSLATE_NOOP(_CONTEXT, "in 1 session from {app}."),
                       QT_TRANSLATE_NOOP(_CONTEXT, "in {count} sessions from {app}."), app=app),
            _counted(w.warmups_added, QT_TRANSLATE_NOOP(
                _CONTEXT, "1 of them is a warm-up: History shows it; Progress, records and "
                "advice leave it out."), QT_TRANSLATE_NOOP(
                _CONTEXT, "{count} of them are warm-ups: History shows them; Progress, records "
                "and advice leave them out.")) if w.warmups_added
            else _translated(QT_TRANSLATE_NOOP(_CONTEXT, "None of them is a warm-up.")),
            _counted(w.sided_added,
                     QT_TRANSLATE_NOOP(_CONTEXT, "1 of them has a side (left or right)."),
                     QT_TRANSLATE_NOOP(_CONTEXT, "{count} of them have a side (left or right)."))
            if w.sided_added else _translated(QT_TRANSLATE_NOOP(
                _CONTEXT, "None of them says which leg it was for, so each counts for both "
                "legs.")),
        ]
    else:
        lines = [_translated(QT_TRANSLATE_NOOP(_CONTEXT, "No new sets from {app}.")).format(
            app=app)]
    left_out = [_counted(summary.skipped[reason], one, many)
                for reason, one, many in _SKIPPED if summary.skipped.get(reason)]
    lines.extend(left_out or [_translated(QT_TRANSLATE_NOOP(
        _CONTEXT, "No rows of the file were left out."))])
    if w.sets_already_there:
        lines.append(_counted(w.sets_already_there, QT_TRANSLATE_NOOP(
            _CONTEXT, "1 set was already in your history and was not added again."),
            QT_TRANSLATE_NOOP(_CONTEXT, "{count} sets were already in your history and were "
                              "not added again.")))
    if w.trials_added or w.assessments_with_new_trials:
        lines.append(
            _counted(w.trials_added, QT_TRANSLATE_NOOP(_CONTEXT, "Imported 1 assessment trial"),
                     QT_TRANSLATE_NOOP(_CONTEXT, "Imported {count} assessment trials")) + " "
            + _counted(w.assessments_with_new_trials,
                       QT_TRANSLATE_NOOP(_CONTEXT, "in 1 assessment."),
                       QT_TRANSLATE_NOOP(_CONTEXT, "in {count} assessments.")))
    if w.trials_already_there:
        lines.append(_counted(w.trials_already_there,
                              QT_TRANSLATE_NOOP(_CONTEXT, "1 trial was already there."),
                              QT_TRANSLATE_NOOP(_CONTEXT, "{count} trials were already there.")))
    if w.exercises_added:
        lines.append(_counted(w.exercises_added, QT_TRANSLATE_NOOP(
            _CONTEXT, "1 new exercise of your own was added to the Library."),
            QT_TRANSLATE_NOOP(_CONTEXT, "{count} new exercises of your own were added to the "
                              "Library.")))
    lines.extend(_translated(QT_TRANSLATE_NOOP(_CONTEXT, "{name} was added as a new athlete."))
                 .format(name=name) for name in w.athletes_added)
    lines.append(_unit_sentence(preview))
    return [line for line in lines if line]


def _unit_sentence(preview: ImportPreview) -> str:
    if preview.unit is not None:
        return _translated(QT_TRANSLATE_NOOP(
            _CONTEXT, "The file gives no unit: its loads were read as {unit}.")).format(
            unit=preview.unit.value)
    if not preview.stated_units:
        return ""
    units = f" {_translated(QT_TRANSLATE_NOOP(_CONTEXT, 'and'))} ".join(
        unit.value for unit in Unit if unit in preview.stated_units)
    return _translated(QT_TRANSLATE_NOOP(
        _CONTEXT, "Loads were in {units}, as the file says.")).format(units=units)


class ImportWizard(QWizard):
    """File → Import…: choose, check, import, read what was added.

    `imported` is emitted with the `ImportSummary` once the history holds the
    import and the views were told; `cancelled` when Cancel rolled an import back.
    """

    imported = Signal(object)
    cancelled = Signal()

    def __init__(self, controller: AppController, colours: Colours,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.colours = colours
        self.setWindowTitle(self.tr("Import history"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(760, 560)
        self.resize(920, 680)
        self.path: Path | None = None
        self.source: SourceFile | None = None
        self.preview: ImportPreview | None = None
        self.preview_problem = False
        self.summary: ImportSummary | None = None
        self.mappings: dict[str, str] = {}
        self.unit: Unit | None = None
        self.selected_source: str | None = None
        self.library = mapping_choices(controller.db)
        self.job: Job | None = None
        self._ticket = 0
        self.file_page = FilePage(self)
        self.found_page = FoundPage(self)
        self.writing_page = WritingPage(self)
        self.done_page = DonePage(self)
        for key, page in ((FILE_PAGE, self.file_page), (FOUND_PAGE, self.found_page),
                          (WRITING_PAGE, self.writing_page), (DONE_PAGE, self.done_page)):
            self.setPage(key, page)
        self.finished.connect(self._forget)

    @property
    def busy(self) -> bool:
        """Whether a step is running off the window's thread (until its result is shown)."""
        return self.job is not None

    # -- running a step off the window's thread -----------------------------------------

    def _run(self, work: Callable[[Progress], Any], done: Callable[[Any], None],
             failed: Callable[[Exception], None],
             progressed: Callable[[int, int], None] | None = None) -> None:
        self._ticket += 1
        ticket = self._ticket

        def succeeded(result: object) -> None:
            if ticket == self._ticket:
                self._step_over()
                done(result)

        def went_wrong(error: object) -> None:
            assert isinstance(error, Exception)
            if ticket != self._ticket:
                return
            self._step_over()
            if not isinstance(error, LegworkError | ImportCancelled):
                raise error
            failed(error)

        job = Job(work)
        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(went_wrong)
        if progressed is not None:
            job.signals.progressed.connect(progressed)
        self.job = start(job)
        self._pages_changed()

    def _step_over(self) -> None:
        self.job = None
        self._pages_changed()

    def _pages_changed(self) -> None:
        for page in (self.file_page, self.found_page, self.writing_page):
            page.completeChanged.emit()

    def _options(self) -> Callable[[SourceApp], ImportOptions]:
        """The options of a preview as chosen now; the athlete depends on the file's app.

        Other apps' files go into the history of the athlete on screen (the
        home athlete while the demo is on screen); Legwork's own files keep
        the athletes they name.
        """
        athlete = self.controller.athlete
        mine = athlete.name if athlete is not None and not athlete.is_demo else None
        unit, mappings, new_athlete = self.unit, dict(self.mappings), default_athlete_name()

        def options(app: SourceApp) -> ImportOptions:
            return ImportOptions(unit=unit, athlete=None if app is SourceApp.LEGWORK else mine,
                                 new_athlete=new_athlete, mappings=mappings)
        return options

    # -- page 1: reading ------------------------------------------------------------------

    def file_ready(self, path: Path | None) -> bool:
        """True when `path` is read and previewed; otherwise start reading it and say False."""
        if path is None:
            return False
        if path == self.path and self.preview is not None and not self.preview_problem:
            return True
        if self.busy:
            return False
        self.path, self.source, self.preview = path, None, None
        self.mappings, self.unit, self.selected_source = {}, None, None
        self.file_page.note.busy(self.tr("Reading {file}…").format(file=path.name))
        db, options = self.controller.require_db(), self._options()

        def work(_progress: Progress) -> tuple[SourceFile, ImportPreview]:
            source = read_import(path)
            return source, preview_import(db, source, options(source.app))

        self._run(work, self._read, self._not_read)
        return False

    def _read(self, result: object) -> None:
        assert isinstance(result, tuple)
        self.source, self.preview = result
        self.preview_problem = False
        self.file_page.note.clear_note()
        self.next()

    def _not_read(self, error: Exception) -> None:
        self.path, self.source = None, None
        assert isinstance(error, LegworkError)
        self.file_page.note.problem(error_text(error))
        self.file_page.path.setFocus()

    # -- page 2: choices ------------------------------------------------------------------

    def change_mapping(self, source: str, target: str) -> None:
        """Send an exercise name of the file to another exercise (or a new one), and look again."""
        self.mappings[source] = target
        self._preview_again()

    def change_unit(self, unit: Unit) -> None:
        """Read the loads of a file that states no unit in `unit`, and look again."""
        self.unit = unit
        self._preview_again()

    def _preview_again(self) -> None:
        source, db = self.source, self.controller.require_db()
        assert source is not None
        options = self._options()(source.app)
        self.found_page.note.busy(self.tr("Looking again…"))
        self._run(lambda _progress: preview_import(db, source, options), self._previewed,
                  self._not_previewed)

    def _previewed(self, preview: object) -> None:
        assert isinstance(preview, ImportPreview)
        self.preview, self.preview_problem = preview, False
        self.found_page.note.clear_note()
        self.found_page.show_preview()

    def _not_previewed(self, error: Exception) -> None:
        assert isinstance(error, LegworkError)
        self.preview_problem = True
        self.found_page.note.problem(error_text(error))
        self.found_page.completeChanged.emit()

    # -- page 3: writing ------------------------------------------------------------------

    def start_import(self) -> None:
        """Write the preview's history in one transaction off the window's thread."""
        preview, db = self.preview, self.controller.require_db()
        assert preview is not None
        self.summary = None
        self._run(lambda progress: run_import(db, preview, progress), self._written,
                  self._not_written, self.writing_page.show_progress)

    def _written(self, outcome: object) -> None:
        assert isinstance(outcome, Outcome)
        summary: object = self.controller.apply(outcome)
        assert isinstance(summary, ImportSummary)
        self.summary = summary
        if self.preview is not None:
            self.controller.status_message.emit(summary_sentences(summary, self.preview)[0])
        self.imported.emit(summary)
        self.next()

    def _not_written(self, error: Exception) -> None:
        if isinstance(error, ImportCancelled):
            self.controller.status_message.emit(
                self.tr("Import cancelled: nothing was imported."))
            self.cancelled.emit()
            super().reject()
            return
        assert isinstance(error, LegworkError)
        self.writing_page.bar.setRange(0, 1)
        self.writing_page.bar.setValue(0)
        self.writing_page.label.setText("")
        self.writing_page.note.problem(error_text(error))
        self.button(QWizard.WizardButton.CancelButton).setText(self.tr("Close"))

    # -- leaving ----------------------------------------------------------------------------

    def _forget(self) -> None:
        # A big file read is hundreds of megabytes; the closed wizard needs none of it.
        self.source, self.preview = None, None

    def reject(self) -> None:
        """Cancel or Esc: while writing, stop and roll back first; otherwise close at once."""
        if self.currentId() == WRITING_PAGE and self.job is not None:
            self.job.cancel()
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            self.writing_page.note.busy(self.tr("Cancelling: nothing will be kept…"))
            return
        # A read or a preview still running is left to finish; its result is not wanted.
        self._ticket += 1
        self.job = None
        super().reject()

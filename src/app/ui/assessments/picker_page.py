"""The start of the Assessments view: which tests, the involved leg, leg lengths, then Start.

It also offers to carry on with an assessment left unfinished, lists the
earlier ones (each opens its report), and prints the testing-day sheet. It
shows and asks; the view does the rest through the services.
"""

from collections.abc import Iterable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.dates import moment_text
from app.domain.assessments.definitions import TestDefinition
from app.domain.sides import Side
from app.ui.assessments.wording import rule_text, timing_text
from app.ui.shell.theme import side_word

ID_ROLE = Qt.ItemDataRole.UserRole


class TestRow(QWidget):
    """One test to tick: its name, and under it how it is scored and measured."""

    __test__ = False  # a widget, not a pytest class, whatever its name

    remove_requested = Signal(str)

    def __init__(self, test: TestDefinition, *, removable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.test = test
        self.check = QCheckBox(test.name)
        self.check.setChecked(True)
        self.check.setToolTip(test.summary)
        self.detail = QLabel(f"{rule_text(test)} · {timing_text(test)}")
        self.detail.setProperty("role", "subtitle")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(self.check)
        column.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 6)
        row.addLayout(column, 1)
        self.remove_button: QPushButton | None = None
        if removable:
            self.remove_button = QPushButton(self.tr("Remove"))
            self.remove_button.setToolTip(self.tr(
                "Take this coach's test out of the battery; earlier results keep it"))
            self.remove_button.setAccessibleName(
                self.tr("Remove {test}").format(test=test.name))
            self.remove_button.clicked.connect(lambda: self.remove_requested.emit(test.id))
            row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        # The detail sits under the box's text, not under the box.
        indent = self.check.style().pixelMetric(self.check.style().PixelMetric.PM_IndicatorWidth)
        self.detail.setContentsMargins(indent + 8, 0, 0, 0)


class PickerPage(QWidget):
    """Choose the tests (the whole battery by default) and what the day should know."""

    start_requested = Signal()
    resume_requested = Signal()
    set_aside_requested = Signal()
    add_test_requested = Signal()
    remove_test_requested = Signal(str)
    print_sheet_requested = Signal()
    report_requested = Signal(int)
    choice_changed = Signal()

    def __init__(self, *, touch: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.touch = touch
        self.rows: list[TestRow] = []
        title = QLabel(self.tr("Assessments"))
        title.setProperty("role", "kioskTitle" if touch else "title")
        intro = QLabel(self.tr(
            "Test each leg with the standard field tests, leg by leg, and see how even your "
            "legs are and how they change from one testing day to the next."))
        intro.setProperty("role", "subtitle")
        intro.setWordWrap(True)

        self.resume_card = QFrame()
        self.resume_card.setProperty("role", "card")
        self.resume_text = QLabel()
        self.resume_text.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Carry on"))
        self.resume_button.setProperty("role", "primary")
        self.resume_button.setToolTip(self.tr("Go on with the trials not done yet"))
        self.resume_button.clicked.connect(self.resume_requested)
        self.set_aside_button = QPushButton(self.tr("Set it aside"))
        self.set_aside_button.setToolTip(self.tr(
            "Keep its trials but never count it as last time; then start afresh"))
        self.set_aside_button.clicked.connect(self.set_aside_requested)
        resume = QHBoxLayout(self.resume_card)
        resume.setContentsMargins(14, 10, 14, 10)
        resume.addWidget(self.resume_text, 1)
        resume.addWidget(self.set_aside_button)
        resume.addWidget(self.resume_button)
        self.resume_card.hide()

        tests_title = QLabel(self.tr("Tests"))
        tests_title.setStyleSheet("font-weight: 700;")
        self.all_button = QPushButton(self.tr("Whole battery"))
        self.all_button.setToolTip(self.tr("Tick every test"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self.tr("None"))
        self.none_button.setToolTip(self.tr("Untick every test, to pick a few"))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        tests_head = QHBoxLayout()
        tests_head.addWidget(tests_title)
        tests_head.addStretch(1)
        tests_head.addWidget(self.all_button)
        tests_head.addWidget(self.none_button)
        self.tests_box = QWidget()
        self.tests_layout = QVBoxLayout(self.tests_box)
        self.tests_layout.setContentsMargins(4, 4, 12, 4)
        self.tests_layout.setSpacing(2)
        self.tests_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.tests_box)
        self.add_button = QPushButton(self.tr("Add a test…"))
        self.add_button.setToolTip(self.tr(
            "A coach's own test: name, unit, which way is better, trials and a cap"))
        self.add_button.clicked.connect(self.add_test_requested)
        # Parentless until laid out: hide it (never show it, which would open it as a window).
        if touch:
            self.add_button.hide()
        tests_column = QVBoxLayout()
        tests_column.addLayout(tests_head)
        tests_column.addWidget(scroll, 1)
        tests_column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.involved_combo = QComboBox()
        self.involved_combo.addItem(self.tr("Neither"), None)
        for side in (Side.LEFT, Side.RIGHT):
            self.involved_combo.addItem(side_word(side), side)
        self.involved_combo.setToolTip(self.tr(
            "The injured or operated leg, if any: each test then starts on the other leg, "
            "and symmetry is that leg against the other"))
        self.involved_combo.setAccessibleName(self.tr("Involved leg"))
        self.left_length = self._length_field(Side.LEFT)
        self.right_length = self._length_field(Side.RIGHT)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        involved_label = QLabel(self.tr("Involved leg"))
        involved_label.setBuddy(self.involved_combo)
        form.addWidget(involved_label, 0, 0)
        form.addWidget(self.involved_combo, 0, 1, 1, 2)
        lengths_label = QLabel(self.tr("Leg lengths (cm)"))
        lengths_label.setBuddy(self.left_length)
        form.addWidget(lengths_label, 1, 0)
        form.addWidget(self.left_length, 1, 1)
        form.addWidget(self.right_length, 1, 2)
        lengths_help = QLabel(self.tr(
            "Optional: front hip bone to inner ankle bone. Reach is then also shown as % of "
            "leg length."))
        lengths_help.setProperty("role", "subtitle")
        lengths_help.setWordWrap(True)
        form.addWidget(lengths_help, 2, 1, 1, 2)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(2, 1)
        day_card = QFrame()
        day_card.setProperty("role", "card")
        day = QVBoxLayout(day_card)
        day.setContentsMargins(14, 12, 14, 12)
        day_title = QLabel(self.tr("Before you start"))
        day_title.setStyleSheet("font-weight: 700;")
        day.addWidget(day_title)
        day.addLayout(form)

        self.estimate_label = QLabel()
        self.estimate_label.setProperty("role", "subtitle")
        self.estimate_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("pickerError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.start_button = QPushButton()
        self.start_button.setProperty("role", "primary")
        self.start_button.setToolTip(self.tr("Run the ticked tests leg by leg (Enter)"))
        self.start_button.setMinimumHeight(64 if touch else 48)
        self.start_button.clicked.connect(self.start_requested)
        self.print_button = QPushButton(self.tr("Print testing-day sheet…"))
        self.print_button.setToolTip(self.tr(
            "A sheet with a box for every trial of every test, to fill in with a pen"))
        self.print_button.clicked.connect(self.print_sheet_requested)
        # Parentless until laid out: hide it (never show it, which would open it as a window).
        if touch:
            self.print_button.hide()

        past_title = QLabel(self.tr("Earlier assessments"))
        past_title.setStyleSheet("font-weight: 700;")
        self.past_list = QListWidget()
        self.past_list.setAccessibleName(self.tr("Earlier assessments"))
        self.past_list.setToolTip(self.tr("Open one to see its results"))
        self.past_list.itemActivated.connect(self._past_activated)
        self.past_list.setSizePolicy(QSizePolicy.Policy.Preferred,
                                     QSizePolicy.Policy.Expanding)
        self.past_empty = QLabel(self.tr("None yet: your first results will be listed here."))
        self.past_empty.setProperty("role", "subtitle")
        self.past_empty.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Show results"))
        self.report_button.setToolTip(self.tr("The results of the assessment picked above"))
        self.report_button.clicked.connect(self._show_picked)

        day_column = QVBoxLayout()
        day_column.setSpacing(10)
        day_column.addWidget(day_card)
        day_column.addWidget(self.estimate_label)
        day_column.addWidget(self.error_label)
        day_column.addWidget(self.start_button)
        day_column.addWidget(self.print_button)
        day_column.addSpacing(8)
        day_column.addWidget(past_title)
        day_column.addWidget(self.past_list, 1)
        day_column.addWidget(self.past_empty, 1, Qt.AlignmentFlag.AlignTop)
        day_column.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(tests_column, 3)
        columns.addLayout(day_column, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.resume_card)
        layout.addLayout(columns, 1)

    def _length_field(self, side: Side) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(side_word(side))
        field.setAccessibleName(self.tr("{side} leg length in cm").format(side=side_word(side)))
        field.setToolTip(self.tr("{side} leg, in centimetres").format(side=side_word(side)))
        field.setMaxLength(6)
        return field

    # -- filling ------------------------------------------------------------------

    def show_tests(self, tests: Sequence[TestDefinition]) -> None:
        """List every test of the battery, keeping the ticks of tests already listed."""
        ticked = {row.test.id: row.check.isChecked() for row in self.rows}
        for row in self.rows:
            self.tests_layout.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for test in tests:
            row = TestRow(test, removable=not test.builtin and not self.touch)
            row.check.setChecked(ticked.get(test.id, True))
            row.check.toggled.connect(self._ticked)
            row.remove_requested.connect(self.remove_test_requested)
            self.tests_layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        self._ticked()

    def _tick_all(self, ticked: bool) -> None:
        for row in self.rows:
            row.check.blockSignals(True)
            row.check.setChecked(ticked)
            row.check.blockSignals(False)
        self._ticked()

    def _ticked(self, *_args: object) -> None:
        chosen = len(self.chosen_ids())
        whole = chosen == len(self.rows)
        if whole:
            text = self.tr("Start the whole battery")
        elif chosen == 1:
            text = self.tr("Start 1 test")
        else:
            text = self.tr("Start {count} tests").format(count=chosen)
        self.start_button.setText(text if self.touch else self.tr("{text}  ⏎").format(text=text))
        self.start_button.setAccessibleName(text)
        self.start_button.setEnabled(chosen > 0 and not self.resume_card.isVisibleTo(self))
        self.choice_changed.emit()

    def show_unfinished(self, started: datetime | None, done: int, total: int) -> None:
        """Offer to carry on with an assessment left open (None: there is none)."""
        self.resume_card.setVisible(started is not None)
        if started is not None:
            self.resume_text.setText(self.tr(
                "The assessment you started on {when} is not finished: {done} of {total} trials "
                "are saved. Carry on with it, or set it aside to start a new one.").format(
                    when=moment_text(started), done=done, total=total))
        self._ticked()

    def show_past(self, assessments: Iterable[tuple[int, datetime, bool]]) -> None:
        """List earlier assessments (id, start, finished) newest first; set-aside ones say so."""
        self.past_list.clear()
        for assessment_id, started, finished in assessments:
            text = moment_text(started) if finished else self.tr("{when} (set aside)").format(
                when=moment_text(started))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, assessment_id)
            self.past_list.addItem(item)
        has_any = self.past_list.count() > 0
        self.past_list.setVisible(has_any)
        self.past_empty.setVisible(not has_any)
        self.report_button.setVisible(has_any)
        if has_any:
            self.past_list.setCurrentRow(0)

    def show_estimate(self, text: str, tip: str) -> None:
        """How long the ticked tests keep the athlete at the screen."""
        self.estimate_label.setText(text)
        self.estimate_label.setToolTip(tip)

    def show_error(self, text: str) -> None:
        """One sentence on why the day could not start."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- reading ------------------------------------------------------------------

    def chosen_ids(self) -> list[str]:
        """The ticked tests, in battery order."""
        return [row.test.id for row in self.rows if row.check.isChecked()]

    def whole_battery(self) -> bool:
        """Whether every test is ticked."""
        return len(self.chosen_ids()) == len(self.rows)

    def involved(self) -> Side | None:
        """The involved leg chosen, or None."""
        value = self.involved_combo.currentData()
        return value if isinstance(value, Side) else None

    def leg_lengths(self) -> tuple[float | None, float | None]:
        """Each leg's length as typed: None when empty, NaN when it is not a number.

        The domain refuses NaN with its own sentence, as it does any other bad length.
        """
        return _number_or_none(self.left_length.text()), _number_or_none(self.right_length.text())

    def _past_activated(self, item: QListWidgetItem) -> None:
        self.report_requested.emit(int(item.data(ID_ROLE)))

    def _show_picked(self) -> None:
        item = self.past_list.currentItem()
        if item is not None:
            self._past_activated(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter starts the day from anywhere on the page (but the list opens its item)."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.start_button.isEnabled() and not self.past_list.hasFocus()):
            self.start_requested.emit()
            return
        super().keyPressEvent(event)


def _number_or_none(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return float("nan")

"""The detail pane of the library: everything about one exercise, readable at a glance."""

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.exercise import Exercise
from app.resources import resource_path


def exercise_html(exercise: Exercise) -> str:
    """The long-form text of an exercise as simple HTML for a QTextBrowser."""

    def items(values: tuple[str, ...], tag: str = "ul") -> str:
        return f"<{tag}>" + "".join(f"<li>{escape(v)}</li>" for v in values) + f"</{tag}>"

    ladder = "".join(
        f"<li><b>{escape(level.name)}</b><br/>"
        f"<i>{escape(level.criterion)}</i></li>"
        for level in exercise.progressions
    )
    def heading(text: str) -> str:
        return f"<h3>{escape(text)}</h3>"

    why = QCoreApplication.translate("ExercisePage", "Why runners do it")
    parts = [f"{heading(why)}<p>{escape(exercise.why)}</p>"] if exercise.why else []
    how = QCoreApplication.translate("ExercisePage", "How to do it")
    parts.append(heading(how) + items(exercise.steps, "ol"))
    if exercise.form_tips:
        tips = QCoreApplication.translate("ExercisePage", "Form tips")
        parts.append(heading(tips) + items(exercise.form_tips))
    if exercise.faults:
        faults = tuple(f.replace("Fix:", "<b>Fix:</b>") for f in map(escape, exercise.faults))
        parts.append(
            heading(QCoreApplication.translate("ExercisePage", "Faults to watch for")) + "<ul>"
            + "".join(f"<li>{fault}</li>" for fault in faults) + "</ul>"
        )
    parts.append(heading(QCoreApplication.translate("ExercisePage", "Progression"))
                 + f"<ol>{ladder}</ol>")
    return "\n".join(parts)


class ExercisePage(QWidget):
    """Header (illustration, name, dose, chips) above the scrolling instructions."""

    add_to_session_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise: Exercise | None = None
        header = QFrame()
        header.setProperty("role", "card")
        self._illustration = QSvgWidget()
        self._illustration.setFixedSize(QSize(150, 150))
        self._name = QLabel()
        self._name.setProperty("role", "title")
        self._name.setWordWrap(True)
        self._dose = QLabel()
        self._dose.setWordWrap(True)
        self._tags = QLabel()
        self._tags.setProperty("role", "subtitle")
        self._tags.setWordWrap(True)
        self._add = QPushButton(self.tr("Add to session"))
        self._add.setProperty("role", "primary")
        self._add.setToolTip(self.tr("Queue this exercise for your next session"))
        self._add.setAccessibleName(self.tr("Add to session"))
        self._add.clicked.connect(self._request_add)
        info = QVBoxLayout()
        info.addWidget(self._name)
        info.addWidget(self._dose)
        info.addWidget(self._tags)
        info.addStretch(1)
        info.addWidget(self._add, 0, Qt.AlignmentFlag.AlignLeft)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(16, 16, 16, 16)
        header_layout.setSpacing(20)
        header_layout.addWidget(self._illustration, 0, Qt.AlignmentFlag.AlignTop)
        header_layout.addLayout(info, 1)
        self._text = QTextBrowser()
        self._text.setOpenExternalLinks(True)
        self._text.document().setDocumentMargin(14)
        self._text.setAccessibleName(self.tr("Exercise instructions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(header)
        layout.addWidget(self._text, 1)

    def exercise(self) -> Exercise | None:
        """The exercise on show."""
        return self._exercise

    def show_exercise(self, exercise: Exercise) -> None:
        """Fill every part of the page from one exercise."""
        self._exercise = exercise
        self._name.setText(exercise.name)
        sets = (
            f"{exercise.sets_min}" if exercise.sets_min == exercise.sets_max
            else f"{exercise.sets_min}–{exercise.sets_max}"
        )
        dose = (
            self.tr("{sets} sets × {low}–{high} reps per leg") if exercise.unilateral
            else self.tr("{sets} sets × {low}–{high} reps both legs")
        ).format(sets=sets, low=exercise.reps_min, high=exercise.reps_max)
        tempo = self.tr("tempo {tempo}").format(tempo=f"<b>{exercise.tempo}</b>")
        self._dose.setText(
            f"<b>{dose}</b> &nbsp;·&nbsp; {tempo}"
            + ("" if exercise.builtin else f" &nbsp;·&nbsp; <i>{self.tr('your exercise')}</i>")
        )
        self._tags.setText(
            self.tr("Works: {muscles}").format(muscles=", ".join(exercise.muscles or ("—",)))
            + "<br/>"
            + self.tr("Equipment: {equipment}").format(equipment=", ".join(exercise.equipment))
        )
        svg = resource_path("illustrations", exercise.illustration or "")
        if exercise.illustration and svg.is_file():
            self._illustration.load(str(svg))
            self._illustration.show()
        else:
            self._illustration.hide()
        self._text.setHtml(exercise_html(exercise))

    def _request_add(self) -> None:
        if self._exercise is not None:
            self.add_to_session_requested.emit(self._exercise.id)

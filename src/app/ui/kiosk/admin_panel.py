"""The kiosk admin's panel (behind the admin PIN): idle timeout, admin PIN, athletes, exit."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from app.domain.athletes import KioskAthlete
from app.domain.idle import MAX_IDLE_TIMEOUT_S, MIN_IDLE_TIMEOUT_S

IDLE_STEP_S = 30


def duration_text(seconds: int) -> str:
    """90 → "1 min 30 s", 120 → "2 min", 45 → "45 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return QCoreApplication.translate("AdminPanel", "{seconds} s").format(seconds=rest)
    if not rest:
        return QCoreApplication.translate("AdminPanel", "{minutes} min").format(minutes=minutes)
    text = QCoreApplication.translate("AdminPanel", "{minutes} min {seconds} s")
    return text.format(minutes=minutes, seconds=rest)


class AdminPanel(QWidget):
    """Settings and athlete management; every change goes through signals to the window.

    Deleting takes two taps on the same athlete's button, the second one
    reading "Tap again to delete", so a brushed tile deletes nobody.
    """

    idle_timeout_chosen = Signal(int)
    change_pin_requested = Signal()
    delete_requested = Signal(int)
    leave_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.idle_s = MIN_IDLE_TIMEOUT_S
        self._armed: int | None = None
        self.delete_buttons: dict[int, QPushButton] = {}
        title = QLabel(self.tr("Kiosk admin"))
        title.setProperty("role", "kioskTitle")
        self.back_button = QPushButton(self.tr("Back to athletes"))
        self.back_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.back_requested)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.back_button)

        idle_title = QLabel(self.tr("Back to the start after no touch for"))
        self.less_button = QPushButton("−")
        self.less_button.setAccessibleName(self.tr("Shorter idle timeout"))
        self.more_button = QPushButton("+")
        self.more_button.setAccessibleName(self.tr("Longer idle timeout"))
        for button in (self.less_button, self.more_button):
            button.setProperty("role", "key")
        self.less_button.clicked.connect(lambda: self._step(-IDLE_STEP_S))
        self.more_button.clicked.connect(lambda: self._step(IDLE_STEP_S))
        self.idle_label = QLabel()
        self.idle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_label.setMinimumWidth(220)
        self.idle_label.setStyleSheet("font-size: 22pt; font-weight: 700;")
        idle_hint = QLabel(self.tr("Never while a set or a rest is running."))
        idle_hint.setProperty("role", "kioskHint")
        idle_row = QHBoxLayout()
        idle_row.addWidget(idle_title)
        idle_row.addSpacing(12)
        idle_row.addWidget(self.less_button)
        idle_row.addWidget(self.idle_label)
        idle_row.addWidget(self.more_button)
        idle_row.addSpacing(12)
        idle_row.addWidget(idle_hint)
        idle_row.addStretch(1)

        self.pin_button = QPushButton(self.tr("Change admin PIN"))
        self.pin_button.clicked.connect(self.change_pin_requested)
        self.leave_button = QPushButton(self.tr("Leave kiosk mode"))
        self.leave_button.setProperty("role", "danger")
        self.leave_button.clicked.connect(self.leave_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.pin_button)
        actions.addStretch(1)
        actions.addWidget(self.leave_button)

        people_title = QLabel(self.tr("Athletes"))
        people_title.setStyleSheet("font-size: 20pt; font-weight: 700;")
        people_hint = QLabel(self.tr("Deleting an athlete removes their plans and every session "
                             "they logged. It cannot be undone."))
        people_hint.setProperty("role", "kioskHint")
        people_hint.setWordWrap(True)
        self.people = QGridLayout()
        self.people.setHorizontalSpacing(16)
        self.people.setVerticalSpacing(8)
        self.people.setAlignment(Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        holder.setLayout(self.people)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        QScroller.grabGesture(scroll.viewport(),
                              QScroller.ScrollerGestureType.LeftMouseButtonGesture)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.setSpacing(16)
        layout.addLayout(head)
        layout.addLayout(idle_row)
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addWidget(people_title)
        layout.addWidget(people_hint)
        layout.addWidget(scroll, 1)

    def show_state(self, idle_s: int, athletes: list[KioskAthlete]) -> None:
        """Fill the panel with the current timeout and athletes."""
        self.idle_s = idle_s
        self._armed = None
        self._draw_idle()
        while self.people.count():
            item = self.people.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.delete_buttons = {}
        for row, athlete in enumerate(athletes):
            name = QLabel(athlete.name)
            name.setStyleSheet("font-size: 17pt;")
            button = QPushButton(self.tr("Delete…"))
            button.setAccessibleName(self.tr("Delete {name}").format(name=athlete.name))
            button.setMinimumWidth(360)
            button.clicked.connect(lambda _=False, a=athlete: self._delete_tapped(a))
            self.delete_buttons[athlete.id] = button
            self.people.addWidget(name, row, 0)
            self.people.addWidget(button, row, 1)
        self.people.setColumnStretch(2, 1)

    def _step(self, delta: int) -> None:
        self.idle_s = max(MIN_IDLE_TIMEOUT_S, min(MAX_IDLE_TIMEOUT_S, self.idle_s + delta))
        self._draw_idle()
        self.idle_timeout_chosen.emit(self.idle_s)

    def _draw_idle(self) -> None:
        self.idle_label.setText(duration_text(self.idle_s))
        self.less_button.setEnabled(self.idle_s > MIN_IDLE_TIMEOUT_S)
        self.more_button.setEnabled(self.idle_s < MAX_IDLE_TIMEOUT_S)

    def _delete_tapped(self, athlete: KioskAthlete) -> None:
        if self._armed == athlete.id:
            self._armed = None
            self.delete_requested.emit(athlete.id)
            return
        for other_id, button in self.delete_buttons.items():
            button.setText(self.tr("Delete…"))
            button.setProperty("role", "danger" if other_id == athlete.id else None)
            button.style().unpolish(button)
            button.style().polish(button)
        self._armed = athlete.id
        self.delete_buttons[athlete.id].setText(
            self.tr("Tap again to delete {name}").format(name=athlete.name))

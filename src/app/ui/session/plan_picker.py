"""The start screen of a session: pick a plan (two clicks to be training), or build one."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.plan import Plan
from app.domain.session import CountingMode


def plan_summary(plan: Plan) -> str:
    """One line about a plan: how many exercises and side-sets, and which exercises."""
    side_sets = sum(item.sets * (2 if item.unilateral else 1) for item in plan.items)
    names = ", ".join(item.exercise_name for item in plan.items)
    count = len(plan.items)
    exercises = (
        QCoreApplication.translate("PlanPicker", "1 exercise") if count == 1
        else QCoreApplication.translate("PlanPicker", "{count} exercises").format(count=count)
    )
    side_sets_text = QCoreApplication.translate("PlanPicker", "{count} side-sets").format(
        count=side_sets)
    return f"{exercises} · {side_sets_text} — {names}"


class PlanCard(QFrame):
    """A plan with Start, and Edit and Delete for the athlete's own plans."""

    def __init__(self, plan: Plan, *, editable: bool, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setProperty("role", "card")
        title = QLabel(plan.name)
        title.setObjectName("cardTitle")
        summary = QLabel(f"{note}{plan_summary(plan)}")
        summary.setProperty("role", "subtitle")
        summary.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(self.tr("Start {plan}").format(plan=plan.name))
        self.start_button.setToolTip(self.tr("Start a session with this plan now"))
        self.start_button.setMinimumWidth(120)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.edit_button.setToolTip(self.tr("Change this plan's exercises, sets and rests"))
        self.delete_button.setToolTip(self.tr("Delete this plan; your history keeps its sessions"))
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(summary)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.addLayout(text, 1)
        for button in (self.edit_button, self.delete_button):
            button.setVisible(editable)
            row.addWidget(button)
        row.addWidget(self.start_button)


SIDE_BY_SIDE_PX = 1300
"""From this width the summary stands beside the plan cards; narrower, above them."""


class PlanPicker(QWidget):
    """Cards for the built-in plan, the Library queue and the athlete's plans.

    The view fills it with `show_plans`; it reports choices by signal and
    keeps the counting mode switch (tempo-paced or counted by hand). A summary
    of the athlete's training (`set_summary`) stands beside the cards on a
    wide window and above them on a narrower one.
    """

    plan_chosen = Signal(object)
    new_plan_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(str)
    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Start a session"))
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr("Pick a plan and press Start. Each leg is trained on its own, with a quick "
            "log after every side so you can see how evenly your legs are doing.")
        )
        intro.setProperty("role", "subtitle")
        intro.setWordWrap(True)
        self.tempo_mode = QPushButton(self.tr("Paced by tempo"))
        self.tempo_mode.setToolTip(self.tr("The app counts a rep for every tempo cycle"))
        self.manual_mode = QPushButton(self.tr("I count my reps"))
        self.manual_mode.setToolTip(self.tr("Tap the big number, press Space or use a clicker"))
        self._modes = QButtonGroup(self)
        for button, mode in ((self.tempo_mode, CountingMode.TEMPO),
                             (self.manual_mode, CountingMode.MANUAL)):
            button.setCheckable(True)
            button.setProperty("role", "toggle")
            self._modes.addButton(button)
            button.clicked.connect(lambda _=False, m=mode: self.mode_changed.emit(m.value))
        self.new_button = QPushButton(self.tr("New plan…"))
        self.new_button.setToolTip(self.tr("Make a plan of your own"))
        self.new_button.clicked.connect(self.new_plan_requested)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Counting:")))
        head.addWidget(self.tempo_mode)
        head.addWidget(self.manual_mode)
        head.addStretch(1)
        head.addWidget(self.new_button)

        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(10)
        cards_column = QVBoxLayout()
        cards_column.addLayout(self.cards_box)
        cards_column.addStretch(1)
        self.summary_column = QVBoxLayout()
        self.summary_column.setContentsMargins(0, 0, 0, 0)
        self.summary_column.addStretch(1)
        # Right to left: the summary (added first) stands right of the cards when wide.
        # Summary and cards scroll as one page: on a short screen a scroll box of
        # their own would leave the cards a sliver under a long summary.
        holder = QWidget()
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom, holder)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(20)
        self.body.addLayout(self.summary_column)
        self.body.addLayout(cards_column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        self.cards: list[PlanCard] = []

    def set_summary(self, summary: QWidget) -> None:
        """Show a summary of the athlete's training with the cards (a widget of its own)."""
        self.summary_column.insertWidget(0, summary)
        self._arrange(self.width())

    def _arrange(self, width: int) -> None:
        wide = width >= SIDE_BY_SIDE_PX
        self.body.setDirection(QBoxLayout.Direction.RightToLeft if wide
                               else QBoxLayout.Direction.TopToBottom)
        # Beside the cards the summary takes half the width; above them, all of it.
        self.body.setStretch(0, 1 if wide else 0)
        self.body.setStretch(1, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put the summary beside the cards or above them, as the width allows."""
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def set_mode(self, mode: CountingMode) -> None:
        """Show which counting mode is chosen."""
        (self.tempo_mode if mode is CountingMode.TEMPO else self.manual_mode).setChecked(True)

    def show_plans(self, builtin: Plan, queued: Plan | None, own: list[Plan], *,
                   editable: bool = True) -> None:
        """Replace the cards: queued plan first (it is what the athlete just asked for).

        Without `editable` (a shared touchscreen) the athlete's plans offer Start only.
        """
        for card in self.cards:
            # Off the screen at once; deleteLater alone would leave it showing until idle.
            card.hide()
            self.cards_box.removeWidget(card)
            card.deleteLater()
        self.cards = []
        if queued is not None:
            self._add(queued, editable=False, note=self.tr("From your Library picks · "))
        self._add(builtin, editable=False, note=self.tr("Built in · "))
        for plan in own:
            self._add(plan, editable=editable)

    def card(self, name: str) -> PlanCard:
        """The card of the plan with this name (for tests and keyboard focus)."""
        return next(card for card in self.cards if card.plan.name == name)

    def _add(self, plan: Plan, *, editable: bool, note: str = "") -> None:
        card = PlanCard(plan, editable=editable, note=note)
        card.start_button.clicked.connect(lambda: self.plan_chosen.emit(plan))
        card.edit_button.clicked.connect(lambda: self.edit_requested.emit(plan))
        card.delete_button.clicked.connect(lambda: self.delete_requested.emit(plan.name))
        self.cards.append(card)
        self.cards_box.addWidget(card)
        card.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

"""The kiosk admin's panel (behind the admin PIN): idle timeout, admin PIN, members, exit.

Each member has a "Manage" button that opens their own page (`MemberPage`):
rename, a new PIN or none, delete. When the gym's server refused sets that
waited in this kiosk's outbox, they are listed here too, to send again or
dismiss; nothing is dropped without the admin saying so.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.dates import moment_text
from app.domain.athletes import KioskAthlete
from app.ui.session.wording import side_word

if TYPE_CHECKING:
    from app.services.set_delivery import RefusedItem

IDLE_PRESETS_S = (30, 60, 90, 120, 300, 600, 1800, 3600)
"""The idle timeouts the admin picks from with one tap (the range is 30 s to 1 h)."""


def duration_text(seconds: int) -> str:
    """90 → "1 min 30 s", 120 → "2 min", 45 → "45 s", 3600 → "1 h"."""
    if seconds == 3600:
        return QCoreApplication.translate("AdminPanel", "1 h")
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return QCoreApplication.translate("AdminPanel", "{seconds} s").format(seconds=rest)
    if not rest:
        return QCoreApplication.translate("AdminPanel", "{minutes} min").format(minutes=minutes)
    text = QCoreApplication.translate("AdminPanel", "{minutes} min {seconds} s")
    return text.format(minutes=minutes, seconds=rest)


def _scrolling(content: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return scroll


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "kioskSection")
    return label


def clear_layout(layout: QGridLayout | QVBoxLayout) -> None:
    """Remove and delete every widget in `layout` (a list about to be rebuilt)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


class AdminPanel(QWidget):
    """Settings, members and refused sets; every change goes through signals to the window."""

    idle_timeout_chosen = Signal(int)
    change_pin_requested = Signal()
    add_member_requested = Signal()
    manage_requested = Signal(int)
    """An athlete id: open that member's page."""
    send_again_requested = Signal(int)
    dismiss_requested = Signal(int)
    """A refused outbox item's id."""
    leave_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.idle_s = 0
        self.manage_buttons: dict[int, QPushButton] = {}
        self.send_again_buttons: dict[int, QPushButton] = {}
        self.dismiss_buttons: dict[int, QPushButton] = {}
        title = QLabel(self.tr("Kiosk admin"))
        title.setProperty("role", "kioskTitle")
        self.back_button = QPushButton(self.tr("Back to athletes"))
        self.back_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.back_requested)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.back_button)

        self.idle_buttons: dict[int, QPushButton] = {}
        self.idle_group = QButtonGroup(self)
        self.idle_group.setExclusive(True)
        presets = QHBoxLayout()
        presets.setSpacing(8)
        for seconds in IDLE_PRESETS_S:
            button = QPushButton(duration_text(seconds))
            button.setCheckable(True)
            button.setProperty("role", "choice")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, s=seconds: self._choose_idle(s))
            self.idle_group.addButton(button)
            self.idle_buttons[seconds] = button
            presets.addWidget(button)
        self.idle_label = QLabel()
        self.idle_label.setProperty("role", "kioskHint")
        self.idle_label.setWordWrap(True)

        self.pin_button = QPushButton(self.tr("Change admin PIN"))
        self.pin_button.clicked.connect(self.change_pin_requested)
        self.add_button = QPushButton(self.tr("+  Add member"))
        self.add_button.clicked.connect(self.add_member_requested)
        self.leave_button = QPushButton(self.tr("Leave kiosk mode"))
        self.leave_button.setProperty("role", "danger")
        self.leave_button.clicked.connect(self.leave_requested)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.add_button)
        actions.addWidget(self.pin_button)
        actions.addStretch(1)
        actions.addWidget(self.leave_button)

        self.people = QGridLayout()
        self.people.setHorizontalSpacing(16)
        self.people.setVerticalSpacing(8)
        self.people.setColumnStretch(0, 1)
        self.refused_title = _section(self.tr("Sets the gym's server refused"))
        self.refused_hint = QLabel(self.tr(
            "These sets were saved on this kiosk while the server was away, and the server "
            "would not take them when it came back (usually because the session or the member "
            "was removed meanwhile). Send one again once that is fixed, or dismiss it."))
        self.refused_hint.setProperty("role", "kioskHint")
        self.refused_hint.setWordWrap(True)
        self.refused = QVBoxLayout()
        self.refused.setSpacing(8)
        listing = QWidget()
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(10)
        column.addWidget(self.refused_title)
        column.addWidget(self.refused_hint)
        column.addLayout(self.refused)
        column.addSpacing(8)
        column.addWidget(_section(self.tr("Members")))
        column.addLayout(self.people)
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(_section(self.tr("Back to the start after no touch for")))
        layout.addLayout(presets)
        layout.addWidget(self.idle_label)
        layout.addLayout(actions)
        layout.addWidget(_scrolling(listing), 1)

    def show_state(self, idle_s: int, athletes: list[KioskAthlete],
                   refused: "list[RefusedItem]", exercise_name: dict[str, str]) -> None:
        """Fill the panel with the timeout, the members and any refused sets."""
        self.idle_s = idle_s
        self._draw_idle()
        clear_layout(self.people)
        self.manage_buttons = {}
        for row, athlete in enumerate(athletes):
            name = QLabel(athlete.name)
            name.setProperty("role", "kioskName")
            name.setWordWrap(True)
            pin = QLabel(self.tr("PIN") if athlete.has_pin else self.tr("no PIN"))
            pin.setProperty("role", "kioskHint")
            button = QPushButton(self.tr("Manage"))
            button.setAccessibleName(self.tr("Manage {name}").format(name=athlete.name))
            button.clicked.connect(lambda _=False, a=athlete.id: self.manage_requested.emit(a))
            self.manage_buttons[athlete.id] = button
            self.people.addWidget(name, row, 0)
            self.people.addWidget(pin, row, 1)
            self.people.addWidget(button, row, 2)
        self._draw_refused(refused, exercise_name)

    def _draw_refused(self, refused: "list[RefusedItem]", names: dict[str, str]) -> None:
        clear_layout(self.refused)
        self.send_again_buttons, self.dismiss_buttons = {}, {}
        for kept in refused:
            item = kept.item
            if item.entry is not None:
                entry = item.entry
                what = self.tr("Session {session}: {exercise}, {side}, set {number}, "
                               "{reps} reps").format(
                    session=item.session_id, exercise=names.get(entry.exercise_id,
                                                                entry.exercise_id),
                    side=side_word(entry.side).lower(), number=entry.set_number,
                    reps=entry.reps)
            else:
                what = self.tr("Session {session}: closing the session").format(
                    session=item.session_id)
            text = QLabel(self.tr("{what}\nRefused {when}: {reason}").format(
                what=what, when=moment_text(kept.refused_at), reason=kept.reason))
            text.setWordWrap(True)
            again = QPushButton(self.tr("Send again"))
            again.clicked.connect(lambda _=False, i=item.id: self.send_again_requested.emit(i))
            dismiss = QPushButton(self.tr("Dismiss…"))
            dismiss.clicked.connect(lambda _=False, i=item.id: self.dismiss_requested.emit(i))
            self.send_again_buttons[item.id] = again
            self.dismiss_buttons[item.id] = dismiss
            row = QHBoxLayout()
            row.addWidget(text, 1)
            row.addWidget(again)
            row.addWidget(dismiss)
            holder = QFrame()
            holder.setProperty("role", "sheet")
            holder.setLayout(row)
            self.refused.addWidget(holder)
        for widget in (self.refused_title, self.refused_hint):
            widget.setVisible(bool(refused))

    def _choose_idle(self, seconds: int) -> None:
        self.idle_s = seconds
        self._draw_idle()
        self.idle_timeout_chosen.emit(seconds)

    def _draw_idle(self) -> None:
        button = self.idle_buttons.get(self.idle_s)
        if button is not None:
            button.setChecked(True)
        else:
            # A timeout set with `legwork admin set-idle-timeout` that is not a preset.
            self.idle_group.setExclusive(False)
            for other in self.idle_buttons.values():
                other.setChecked(False)
            self.idle_group.setExclusive(True)
        self.idle_label.setText(self.tr(
            "Now {duration}. Held while reps are being counted or a rest runs, for up to "
            "three times as long.").format(duration=duration_text(self.idle_s)))


class MemberPage(QWidget):
    """One member, for the admin: rename, a new PIN or none, delete (confirmed on its own page)."""

    rename_requested = Signal(int)
    new_pin_requested = Signal(int)
    remove_pin_requested = Signal(int)
    delete_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.athlete_id = 0
        self.title = QLabel()
        self.title.setProperty("role", "kioskTitle")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setProperty("role", "kioskHint")
        self.facts.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back to admin"))
        self.back_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.back_requested)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.facts)
        head.addLayout(titles, 1)
        head.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)

        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.clicked.connect(lambda: self.rename_requested.emit(self.athlete_id))
        self.pin_button = QPushButton()
        self.pin_button.clicked.connect(lambda: self.new_pin_requested.emit(self.athlete_id))
        self.remove_pin_button = QPushButton(self.tr("Remove the PIN"))
        self.remove_pin_button.clicked.connect(
            lambda: self.remove_pin_requested.emit(self.athlete_id))
        self.delete_button = QPushButton(self.tr("Delete member…"))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.athlete_id))
        hints = (
            (self.rename_button, self.tr("Change the name on the tile; the history stays.")),
            (self.pin_button, self.tr("For a member who forgot theirs: they choose a new one "
                                      "now, typed twice.")),
            (self.remove_pin_button, self.tr("Anyone can then open this member's screens.")),
            (self.delete_button, self.tr("Removes the member and every session. You are asked "
                                         "again on the next screen.")),
        )
        self.action_grid = QGridLayout()
        self.action_grid.setHorizontalSpacing(20)
        self.action_grid.setVerticalSpacing(14)
        self.action_grid.setColumnStretch(1, 1)
        self.hint_labels: list[QLabel] = []
        for row, (button, hint) in enumerate(hints):
            button.setMinimumWidth(280)
            label = QLabel(hint)
            label.setProperty("role", "kioskHint")
            label.setWordWrap(True)
            self.hint_labels.append(label)
            self.action_grid.addWidget(button, row, 0)
            self.action_grid.addWidget(label, row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(20)
        layout.addLayout(head)
        layout.addLayout(self.action_grid)
        layout.addStretch(1)

    def show_member(self, athlete: KioskAthlete, sessions: int) -> None:
        """Show one member's name, session count and PIN, with their actions."""
        self.athlete_id = athlete.id
        self.title.setText(athlete.name)
        count = (self.tr("1 session") if sessions == 1
                 else self.tr("{count} sessions").format(count=sessions))
        guarded = self.tr("a PIN guards their screens") if athlete.has_pin \
            else self.tr("no PIN")
        self.facts.setText(f"{count} · {guarded}")
        self.pin_button.setText(self.tr("Give a new PIN") if athlete.has_pin
                                else self.tr("Set a PIN"))
        self.remove_pin_button.setVisible(athlete.has_pin)
        self.hint_labels[2].setVisible(athlete.has_pin)


class ConfirmPage(QWidget):
    """A question on a page of its own: the confirming button is far from where the first tap was.

    The first tap (Delete…, Dismiss…) sits on the left of the screen before;
    here Cancel is on the left and the confirming button on the right, so a
    second tap on the same spot cancels instead of confirming.
    """

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setProperty("role", "kioskTitle")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setProperty("role", "kioskBody")
        self.body.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setProperty("role", "primary")
        self.cancel_button.clicked.connect(self.cancelled)
        self.confirm_button = QPushButton()
        self.confirm_button.setProperty("role", "danger")
        self.confirm_button.clicked.connect(self.confirmed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(2)
        layout.addLayout(buttons)

    def ask(self, title: str, body: str, confirm: str, cancel: str) -> None:
        """Set the question and the two answers."""
        self.title.setText(title)
        self.body.setText(body)
        self.confirm_button.setText(confirm)
        self.cancel_button.setText(cancel)

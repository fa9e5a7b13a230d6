"""A name typed on the kiosk's screen: adding yourself (with a PIN if you want one), or the
admin adding or renaming a member."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.athletes import MAX_NAME_LENGTH
from app.ui.kiosk.keypad import LetterKeyboard


class NewAthletePage(QWidget):
    """Name field, on-screen letters, and "Add" with or without a PIN.

    It only collects the name; the window adds the athlete and reports a
    refusal (an empty or taken name) back with `show_error`.
    """

    add_requested = Signal(str, bool)
    """The typed name, and whether the athlete wants a PIN."""
    rename_requested = Signal(str)
    """The new name typed for the member being renamed."""
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title = QLabel(self.tr("New athlete"))
        title.setProperty("role", "kioskTitle")
        self.hint = hint = QLabel(self.new_hint())
        hint.setProperty("role", "kioskHint")
        hint.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setReadOnly(True)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("Your name"))
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setStyleSheet("font-size: 24pt; min-height: 64px;")
        self.error = QLabel()
        self.error.setProperty("role", "kioskError")
        self.error.setWordWrap(True)
        self.keyboard = LetterKeyboard(self.name)
        self.keyboard.done_button.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.plain_button = QPushButton(self.tr("Add without a PIN"))
        self.plain_button.clicked.connect(lambda: self.add_requested.emit(self.name.text(), False))
        self.pin_button = QPushButton(self.tr("Add with a PIN"))
        self.pin_button.setProperty("role", "primary")
        self.pin_button.clicked.connect(lambda: self.add_requested.emit(self.name.text(), True))
        self.rename_button = QPushButton(self.tr("Save the name"))
        self.rename_button.setProperty("role", "primary")
        self.rename_button.clicked.connect(lambda: self.rename_requested.emit(self.name.text()))
        self.rename_button.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.plain_button)
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.rename_button)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(hint)
        column.addWidget(self.name)
        column.addWidget(self.error)
        column.addWidget(self.keyboard, 1)
        column.addLayout(buttons)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(1200)
        # As wide as the screen allows up to 1200 px (keys for fingers), centred beyond that.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.addStretch(1)
        layout.addWidget(holder, 100)
        layout.addStretch(1)

    def new_hint(self) -> str:
        """What the form says when someone adds themselves."""
        return self.tr("Type your name as others at the gym know you. A PIN keeps your "
                       "training history to yourself.")

    def reset(self, *, by_admin: bool = False) -> None:
        """Empty the form for the next person (or for the admin adding a member)."""
        self.title.setText(self.tr("Add a member") if by_admin else self.tr("New athlete"))
        self.hint.setText(self.tr("Type the member's name as others at the gym know them.")
                          if by_admin else self.new_hint())
        for button in (self.plain_button, self.pin_button):
            button.show()
        self.rename_button.hide()
        self.name.clear()
        self.error.clear()

    def for_rename(self, current: str) -> None:
        """Ask for a member's new name, starting from the one they have."""
        self.title.setText(self.tr("Rename {name}").format(name=current))
        self.hint.setText(self.tr("Their sessions and PIN stay as they are."))
        for button in (self.plain_button, self.pin_button):
            button.hide()
        self.rename_button.show()
        self.error.clear()
        self.name.setText(current)

    def show_error(self, message: str) -> None:
        """Say why the athlete could not be added."""
        self.error.setText(message)

"""On-screen keypads for a screen with no keyboard: numbers (PINs, loads, reps) and letters.

`NumberPad` edits a short number or PIN; `PinPad` asks for a four-digit PIN
and hands it over as soon as the fourth digit is in; `LetterKeyboard` types
into a line edit (names, search); `ChoicePad` offers a drop-down's choices
as big buttons; `KeypadOverlay` lays a pad over a window to fill in one field
of a form, such as the session's per-leg log.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.keyboard import ACCENTED, BASE_ROWS, language_letters, typed_case
from app.domain.pin import PIN_LENGTH

BACKSPACE = "⌫"
_PIN_DOT, _PIN_GAP = "●", "○"


def _key(text: str, role: str, slot: Callable[..., object], name: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", role)
    button.setAccessibleName(name or text)
    # Keys never take focus: the field being edited keeps it, and a tap is all they do.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    button.clicked.connect(slot)
    return button


class DigitKeys(QWidget):
    """A telephone-style grid: 1–9, then ⌫, 0 and an optional decimal point."""

    pressed = Signal(str)
    """A digit, "." or BACKSPACE."""

    def __init__(self, *, decimal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(10)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        layout = ["1", "2", "3", "4", "5", "6", "7", "8", "9", BACKSPACE, "0", "."]
        for index, text in enumerate(layout):
            name = {"⌫": self.tr("Delete"), ".": self.tr("Decimal point")}.get(text, text)
            key = _key(text, "key", lambda _=False, t=text: self.pressed.emit(t), name)
            self.keys[text] = key
            grid.addWidget(key, index // 3, index % 3)
        self.keys["."].setVisible(decimal)

    def set_decimal(self, decimal: bool) -> None:
        """Offer the decimal point key (loads) or not (reps, PINs)."""
        self.keys["."].setVisible(decimal)

    def press(self, text: str) -> None:
        """Tap a key by its label (tests and hardware keys)."""
        self.keys[text].click()


def edited(text: str, key: str, *, max_length: int, decimal: bool) -> str:
    """`text` after one keypad key: digits up to `max_length`, one point if allowed."""
    if key == BACKSPACE:
        return text[:-1]
    if len(text) >= max_length or (key == "." and (not decimal or "." in text)):
        return text
    return text + key


class NumberPad(QFrame):
    """A display and digit keys with OK and Cancel, for one number."""

    accepted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "sheet")
        self.text = ""
        self.max_length = 6
        self.decimal = False
        self._fresh = True
        self.title = QLabel()
        self.title.setProperty("role", "kioskTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display = QLabel()
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("Value"))
        self.display.setStyleSheet("font-size: 34pt; font-weight: 700;")
        self.display.setMinimumHeight(70)
        self.keys = DigitKeys()
        self.keys.pressed.connect(self._pressed)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setProperty("role", "primary")
        self.ok_button.clicked.connect(lambda: self.accepted.emit(self.text))
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.ok_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.display)
        layout.addWidget(self.keys, 1)
        layout.addLayout(buttons)

    def start(self, title: str, text: str = "", *, decimal: bool = False,
              max_length: int = 6) -> None:
        """Show the pad for one value, starting from `text` (which the first key replaces)."""
        self.title.setText(title)
        self.decimal = decimal
        self.max_length = max_length
        self.keys.set_decimal(decimal)
        self.text = text
        self._fresh = True
        self._show()

    def _pressed(self, key: str) -> None:
        # The first digit replaces the prefilled value: retyping is quicker than deleting.
        if self._fresh and key != BACKSPACE:
            self.text = ""
        self._fresh = False
        self.text = edited(self.text, key, max_length=self.max_length, decimal=self.decimal)
        self._show()

    def _show(self) -> None:
        self.display.setText(self.text or " ")


class ChoicePad(QFrame):
    """A drop-down's choices as a grid of finger-sized buttons (RPE, reps in reserve)."""

    chosen = Signal(int)
    """The index of the chosen item in the drop-down."""
    cancelled = Signal()

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "sheet")
        self.title = QLabel()
        self.title.setProperty("role", "kioskTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        self.buttons: list[QPushButton] = []
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(self.grid, 1)
        layout.addWidget(self.cancel_button)

    def start(self, title: str, choices: list[str], current: int, none_text: str) -> None:
        """Offer `choices` (index 0 is "not said", shown as `none_text`), `current` marked."""
        self.title.setText(title)
        for button in self.buttons:
            self.grid.removeWidget(button)
            button.setParent(None)
            button.deleteLater()
        self.buttons = []
        for index, text in enumerate(choices):
            button = _key(none_text if index == 0 else text, "key",
                          lambda _=False, i=index: self.chosen.emit(i))
            button.setCheckable(True)
            button.setChecked(index == current)
            if index == 0:
                button.setProperty("role", "letter")
            self.buttons.append(button)
            self.grid.addWidget(button, index // self.COLUMNS, index % self.COLUMNS)


class PinPad(QWidget):
    """Four dots and digit keys; `pin_entered` fires as the fourth digit goes in.

    The owner checks the PIN and answers with `refuse(message)` (dots cleared,
    message shown) or moves on. `set_locked` greys the keys during a lock-out.
    """

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin = ""
        self.prompt = QLabel()
        self.prompt.setProperty("role", "kioskTitle")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.dots = QLabel()
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setAccessibleName(self.tr("PIN digits entered"))
        self.dots.setStyleSheet("font-size: 30pt; letter-spacing: 12px;")
        self.message = QLabel()
        self.message.setProperty("role", "kioskError")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(40)
        self.keys = DigitKeys()
        self.keys.setFixedSize(400, 420)
        self.keys.pressed.connect(self._pressed)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setMinimumWidth(200)
        self.cancel_button.clicked.connect(self.cancelled)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.prompt)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addWidget(self.keys, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._draw()

    def ask(self, prompt: str, *, message: str = "", cancellable: bool = True) -> None:
        """Start over with a new question."""
        self.prompt.setText(prompt)
        self.message.setText(message)
        self.cancel_button.setVisible(cancellable)
        self.pin = ""
        self.set_locked(False)
        self._draw()

    def refuse(self, message: str, *, calm: bool = False) -> None:
        """The PIN was not accepted: clear the dots and say why (`calm`: good news, not red)."""
        self.pin = ""
        self.message.setText(message)
        self.message.setProperty("role", "kioskHint" if calm else "kioskError")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self._draw()

    def set_locked(self, locked: bool) -> None:
        """Refuse taps on the digits (during a lock-out) or take them again."""
        self.keys.setEnabled(not locked)

    def type_pin(self, pin: str) -> None:
        """Tap each digit of `pin` in turn (tests, and a PIN from a hardware keypad)."""
        for digit in pin:
            self.keys.press(digit)

    def _pressed(self, key: str) -> None:
        self.pin = edited(self.pin, key, max_length=PIN_LENGTH, decimal=False)
        self._draw()
        if len(self.pin) == PIN_LENGTH:
            pin, self.pin = self.pin, ""
            self._draw()
            self.pin_entered.emit(pin)

    def _draw(self) -> None:
        self.dots.setText(_PIN_DOT * len(self.pin) + _PIN_GAP * (PIN_LENGTH - len(self.pin)))


class LetterKeyboard(QWidget):
    """A keyboard on screen that types into one `QLineEdit`, in any alphabet a name needs.

    The Latin letters with the kiosk language's own letters beside them (Æ Ø Å
    on a Norwegian system), a page of accented letters behind the "ÁÉ…" key,
    and a shift key that turns the next letter's case the other way. Keys show
    the case a tap will type.
    """

    done = Signal()

    def __init__(self, target: QLineEdit, parent: QWidget | None = None, *,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.keys: dict[str, QPushButton] = {}
        self._letter_keys: list[tuple[str, QPushButton]] = []
        self.shifted = False
        extra = language_letters(language if language is not None else QLocale().name())
        self.letter_page = self._page(BASE_ROWS, extra)
        self.accent_page = self._page(ACCENTED, "")
        self.accent_page.hide()
        self.shift_button = _key("⇧", "letter", self._toggle_shift, self.tr("Shift"))
        self.shift_button.setCheckable(True)
        self.accents_button = _key(self.tr("ÁÉ…"), "letter", self.toggle_accents,
                                   self.tr("Accented letters"))
        back = _key(BACKSPACE, "letter", self.backspace, self.tr("Delete"))
        self.keys[BACKSPACE] = back
        space = _key(self.tr("space"), "letter", lambda: self.type(" "), self.tr("Space"))
        self.keys[" "] = space
        self.done_button = _key(self.tr("Done"), "primary", self.done.emit)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.shift_button, 2)
        bottom.addWidget(self.accents_button, 2)
        bottom.addWidget(space, 8)
        bottom.addWidget(back, 2)
        bottom.addWidget(self.done_button, 3)
        rows = QVBoxLayout(self)
        rows.setSpacing(8)
        rows.setContentsMargins(0, 0, 0, 0)
        # The letters share the height; the bottom row is one row of keys, no taller.
        rows.addWidget(self.letter_page, 4)
        rows.addWidget(self.accent_page, 4)
        rows.addLayout(bottom, 1)
        target.textChanged.connect(self._label_keys)
        self._label_keys()

    def _page(self, letter_rows: tuple[str, ...], extra: str) -> QWidget:
        page = QWidget()
        page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        rows = QVBoxLayout(page)
        rows.setSpacing(8)
        rows.setContentsMargins(0, 0, 0, 0)
        # The language's letters go on the ends of the letter rows, as on a local keyboard.
        spread = [extra[i::3] for i in range(3)] if extra else ["", "", ""]
        for index, letters in enumerate(letter_rows):
            row = QHBoxLayout()
            row.setSpacing(8)
            added = spread[index - 1] if letter_rows is BASE_ROWS and index else ""
            for letter in letters + added:
                key = _key(letter, "letter", lambda _=False, ch=letter: self.type(ch))
                self.keys.setdefault(letter, key)
                if letter.isalpha():
                    self._letter_keys.append((letter, key))
                row.addWidget(key)
            rows.addLayout(row)
        return page

    def type(self, text: str) -> None:
        """Type `text`; a letter starts a word in capitals and continues in small letters."""
        for ch in text:
            self.target.insert(typed_case(ch, self.target.text(), shifted=self.shifted))
            if ch.isalpha() and self.shifted:
                self.shift_button.setChecked(False)
                self.shifted = False
        self._label_keys()

    def backspace(self) -> None:
        """Delete the character before the cursor."""
        self.target.backspace()

    def toggle_accents(self) -> None:
        """Switch between the Latin letters and the page of accented ones."""
        accents = not self.accent_page.isVisibleTo(self)
        self.accent_page.setVisible(accents)
        self.letter_page.setVisible(not accents)
        self.accents_button.setText(self.tr("ABC") if accents else self.tr("ÁÉ…"))

    def _toggle_shift(self) -> None:
        self.shifted = self.shift_button.isChecked()
        self._label_keys()

    def _label_keys(self) -> None:
        before = self.target.text()
        for letter, key in self._letter_keys:
            key.setText(typed_case(letter, before, shifted=self.shifted))


class KeypadOverlay(QWidget):
    """Dims its parent window and shows a `NumberPad` (or `ChoicePad`) for one form field.

    `attach(field)` makes a tap on a spin box or line edit open the number
    pad with the field's value; OK writes the typed value back, Cancel leaves
    it. `attach_choices(combo)` makes a tap on a drop-down open its choices as
    big buttons instead of a list with rows too small for a finger.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kioskOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.pad = NumberPad()
        self.pad.setFixedWidth(460)
        self.pad.accepted.connect(self._accepted)
        self.pad.cancelled.connect(self.close_pad)
        self.choices = ChoicePad()
        self.choices.setFixedWidth(620)
        self.choices.chosen.connect(self._chosen)
        self.choices.cancelled.connect(self.close_pad)
        self.choices.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.choices, 0, Qt.AlignmentFlag.AlignCenter)
        self._fields: dict[QObject, QWidget] = {}
        self._editing: QWidget | None = None
        parent.installEventFilter(self)
        self.hide()

    def attach_choices(self, combo: QComboBox, title: str, none_text: str) -> None:
        """Open big buttons for `combo`'s items when it is tapped (item 0 reads `none_text`)."""
        combo.setProperty("keypadTitle", title)
        combo.setProperty("keypadNone", none_text)
        combo.installEventFilter(self)
        self._fields[combo] = combo

    @property
    def editing(self) -> QWidget | None:
        """The field the pad is open for, or None."""
        return self._editing

    def attach(self, field: QSpinBox | QLineEdit, title: str, *, decimal: bool = False) -> None:
        """Open the pad when `field` is tapped; a spin box takes whole numbers only."""
        field.setProperty("keypadTitle", title)
        field.setProperty("keypadDecimal", decimal)
        inner = field.lineEdit() if isinstance(field, QSpinBox) else field
        if isinstance(field, QSpinBox):
            field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for watched in {field, inner}:
            watched.installEventFilter(self)
            self._fields[watched] = field

    def open_for(self, field: QWidget) -> None:
        """Show the pad for one attached field."""
        self._editing = field
        if isinstance(field, QComboBox):
            self.pad.hide()
            self.choices.show()
            self.choices.start(str(field.property("keypadTitle")),
                               [field.itemText(i) for i in range(field.count())],
                               field.currentIndex(), str(field.property("keypadNone")))
            self._cover()
            return
        self.choices.hide()
        self.pad.show()
        text = str(field.value()) if isinstance(field, QSpinBox) else (
            field.text() if isinstance(field, QLineEdit) else ""
        )
        # "bodyweight" and units are words, not digits: start a load from its number.
        number = "".join(ch for ch in text if ch.isdigit() or ch == ".")
        self.pad.start(str(field.property("keypadTitle")), number,
                       decimal=bool(field.property("keypadDecimal")))
        self._cover()

    def _cover(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def _chosen(self, index: int) -> None:
        field = self._editing
        self.close_pad()
        if isinstance(field, QComboBox):
            field.setCurrentIndex(index)

    def close_pad(self) -> None:
        """Hide the pad without changing the field."""
        self._editing = None
        self.hide()

    def _accepted(self, text: str) -> None:
        field = self._editing
        self.close_pad()
        if isinstance(field, QSpinBox):
            field.setValue(int(text or "0"))
        elif isinstance(field, QLineEdit):
            field.setText(text or "0")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the pad on a tap in an attached field; follow the parent's size."""
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            self.resize(event.size())
        elif watched in self._fields and event.type() == QEvent.Type.MouseButtonPress:
            self.open_for(self._fields[watched])
            return True
        return super().eventFilter(watched, event)

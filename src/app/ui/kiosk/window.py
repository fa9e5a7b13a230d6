"""The kiosk window: full screen, no frame, and no way out but the admin PIN.

Close requests (the window manager's, Alt+F4), Ctrl+Q, Ctrl+W, Esc and every
other shortcut are swallowed while the kiosk runs: an application-wide event
filter eats key presses with Ctrl, Alt or Meta, function keys and Esc before
any shortcut sees them, and `closeEvent` refuses. The operating system can
still switch away (Ctrl+Alt+F2, the Windows key); `docs/kiosk.md` explains
wrapping the app in an OS kiosk (such as `cage`) for a real lock-down.

The same filter notices every touch, click and key, restarting the idle
countdown; a timer checks it, and after the admin's timeout without a touch
(never while a set or rest runs) the athlete's work is saved and the screen
returns to the picker.
"""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from app.domain.clock import Clock
from app.domain.errors import LegworkError, ValidationError
from app.domain.idle import IdleTracker
from app.domain.lockout import LockedOutError, PinLockout
from app.ui.kiosk.admin_panel import AdminPanel
from app.ui.kiosk.athlete_home import AthleteHome
from app.ui.kiosk.controller import ADMIN, KioskController
from app.ui.kiosk.keypad import PinPad
from app.ui.kiosk.new_athlete import NewAthletePage
from app.ui.kiosk.picker import AthletePicker
from app.ui.kiosk.server_wait import ServerWaitPage
from app.ui.kiosk.style import kiosk_stylesheet
from app.ui.session.session_controller import CueSink
from app.ui.shell.messages import error_text
from app.ui.shell.settings import UiSettings
from app.ui.shell.theme import colours_for

IDLE_POLL_MS = 1000
_INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.KeyPress, QEvent.Type.Wheel,
})
_CHORD_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier)
_BLOCKED_KEYS = frozenset({Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Exit,
                           Qt.Key.Key_Menu, *(Qt.Key(Qt.Key.Key_F1.value + i) for i in range(35))})


def is_blocked_key(event: QKeyEvent) -> bool:
    """Keys that could close, switch or reach a menu: chords with Ctrl/Alt/Meta, Esc, F-keys.

    Plain keys stay usable: digits and letters for a USB keypad, and Space,
    Enter, arrows, Page Up/Down and media keys for a clicker during a set.
    """
    return bool(event.modifiers() & _CHORD_MODIFIERS) or event.key() in _BLOCKED_KEYS


class KioskWindow(QWidget):
    """The kiosk: picker → (PIN) → the athlete's screens → Done or idle → picker.

    With `entry_pin` (View → Kiosk mode) the admin PIN is asked for before
    anything else, and Cancel goes back to the desktop window. `clock`,
    `cue_sink`, `autotick` and `now` are for tests.
    """

    left_kiosk = Signal()
    """The admin unlocked the kiosk and it closed."""
    returned_to_picker = Signal(str)
    """The athlete's screens were cleared; carries "done" or "idle"."""

    def __init__(self, controller: KioskController, settings: UiSettings, *,
                 entry_pin: bool = False, cue_sink: CueSink | None = None,
                 autotick: bool = True, now: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Legwork kiosk"))
        self.setObjectName("kioskWindow")
        self.controller = controller
        self.settings = settings
        self.clock: Clock = controller.clock
        self._entry_pin = entry_pin
        self._cue_sink = cue_sink
        self._autotick = autotick
        self._unlocked = False
        self.home: AthleteHome | None = None
        self.idle: IdleTracker | None = None
        self._on_pin: Callable[[str], None] = lambda _pin: None
        self._on_cancel: Callable[[], None] = self.show_picker
        self._locked_for: PinLockout | None = None
        self._pin_owner = ADMIN
        self.setStyleSheet(kiosk_stylesheet(colours_for(settings.theme())))

        self.picker = AthletePicker(controller.tiles, now)
        self.picker.todays_sessions = self._todays_block_sessions
        self.picker.athlete_chosen.connect(self.pick_athlete)
        self.picker.new_athlete_requested.connect(self.show_new_athlete)
        self.picker.admin_requested.connect(self.ask_admin)
        self.pin_pad = PinPad()
        self.pin_pad.pin_entered.connect(lambda pin: self._on_pin(pin))
        self.pin_pad.cancelled.connect(lambda: self._on_cancel())
        self.new_athlete = NewAthletePage()
        self.new_athlete.add_requested.connect(self._add_athlete)
        self.new_athlete.cancelled.connect(self.show_picker)
        self.admin = AdminPanel()
        self.admin.idle_timeout_chosen.connect(self._set_idle_timeout)
        self.admin.change_pin_requested.connect(self._change_admin_pin)
        self.admin.delete_requested.connect(self._delete_athlete)
        self.admin.leave_requested.connect(self.leave_kiosk)
        self.admin.back_requested.connect(self.show_picker)
        self.server_wait = ServerWaitPage()
        self.pages = QStackedWidget()
        for page in (self.picker, self.pin_pad, self.new_athlete, self.admin, self.server_wait):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_POLL_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(250)
        self.lock_timer.timeout.connect(self.check_lockout)
        controller.database_opened.connect(self.start)
        controller.athletes_changed.connect(self.picker.refresh)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- start and leave ----------------------------------------------------

    def start(self) -> None:
        """Begin once the database is open: set the admin PIN on the first start, then pick."""
        self.idle = IdleTracker(self.clock, self.controller.idle_timeout_s())
        self.idle_timer.start()
        if not self.controller.has_admin_pin():
            self._set_admin_pin_twice(
                self.tr("Welcome! Choose a 4-digit admin PIN for this kiosk"),
                cancellable=self._entry_pin,
                on_cancel=self.leave_kiosk,
            )
        elif self._entry_pin:
            self._ask_pin(self.tr("Admin PIN to start kiosk mode"), ADMIN,
                          self._check_admin(self.show_picker), on_cancel=self.leave_kiosk)
        else:
            self.show_picker()

    def wait_for_server(self, reason: str) -> None:
        """The gym's server cannot be reached yet: say so until `start` runs."""
        self.server_wait.show_reason(reason)
        self.pages.setCurrentWidget(self.server_wait)

    def leave_kiosk(self) -> None:
        """Close the kiosk for good (only ever reached behind the admin PIN)."""
        self.clear_athlete()
        self._unlocked = True
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.close()
        self.left_kiosk.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Refuse to close unless the admin unlocked the kiosk (or there is no database)."""
        if self._unlocked or self.controller.db is None:
            event.accept()
            return
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys nobody handled stop here rather than reaching a parent."""
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note every touch for the idle countdown; swallow keys that could leave the kiosk."""
        kind = event.type()
        if kind in _INPUT_EVENTS and self.idle is not None:
            self.idle.touch()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ) and is_blocked_key(event):
            # Accepting the override stops Qt from firing any shortcut for the key;
            # returning True then keeps the key press itself from every widget.
            event.accept()
            return True
        return super().eventFilter(watched, event)

    # -- picking an athlete ------------------------------------------------

    def show_picker(self) -> None:
        """The start screen, freshly read from the database."""
        self._stop_lock_countdown()
        self.picker.refresh()
        self.pages.setCurrentWidget(self.picker)

    def _todays_block_sessions(self, athlete_ids: list[int]) -> dict[int, str]:
        from app.ui.programme.kiosk_tile import todays_session_texts

        return todays_session_texts(self.controller, athlete_ids)

    def pick_athlete(self, athlete_id: int) -> None:
        """A tile was tapped: ask for the athlete's PIN if they have one, then open."""
        tile = self.controller.tile(athlete_id)
        if tile is None:
            self.show_picker()
            return
        if not tile.has_pin:
            self.open_athlete(athlete_id)
            return

        def check(pin: str) -> bool:
            return self.controller.check_athlete_pin(athlete_id, pin)

        prompt = self.tr("Hi {name}! Your PIN, please").format(name=tile.name)
        self._ask_pin(prompt, str(athlete_id),
                      self._checked(check, lambda: self.open_athlete(athlete_id)))

    def open_athlete(self, athlete_id: int) -> None:
        """Build the athlete's session and progress screens and show them."""
        self.clear_athlete()
        self.controller.begin_athlete(athlete_id)
        home = AthleteHome(self.controller, self.settings, self.clock, cue_sink=self._cue_sink,
                           autotick=self._autotick)
        home.done_requested.connect(lambda: self.return_to_picker("done"))
        self.home = home
        self.pages.addWidget(home)
        self.pages.setCurrentWidget(home)
        home.session_view.refresh_plans()
        home.start()

    def return_to_picker(self, reason: str) -> None:
        """Save the athlete's work, clear their screens and show the picker."""
        self.clear_athlete()
        self.show_picker()
        self.returned_to_picker.emit(reason)

    def clear_athlete(self) -> None:
        """Save and destroy the current athlete's screens, if any; nobody is current after."""
        home = self.home
        if home is None:
            return
        self.home = None
        try:
            home.save_and_stop()
        finally:
            self.pages.removeWidget(home)
            # Unparented and deleted, not hidden: nothing of theirs stays for the next person.
            home.setParent(None)
            home.deleteLater()
            self.controller.end_athlete()

    # -- idle ----------------------------------------------------------------

    def check_idle(self) -> None:
        """Return to the picker if nobody has touched the screen for the timeout."""
        idle = self.idle
        if idle is None:
            return
        idle.set_busy(self.home is not None and self.home.busy())
        if idle.expired() and self.pages.currentWidget() is not self.picker:
            self.return_to_picker("idle")
        if idle.expired():
            idle.touch()

    def _set_idle_timeout(self, seconds: int) -> None:
        try:
            self.controller.set_idle_timeout_s(seconds)
        except ValidationError:
            return
        self.idle = IdleTracker(self.clock, seconds)

    # -- PINs --------------------------------------------------------------

    def _ask_pin(self, prompt: str, who: str, on_pin: Callable[[str], None], *,
                 on_cancel: Callable[[], None] | None = None, cancellable: bool = True) -> None:
        self._on_pin = on_pin
        self._on_cancel = on_cancel or self.show_picker
        self._pin_owner = who
        self.pin_pad.ask(prompt, cancellable=cancellable)
        self.pages.setCurrentWidget(self.pin_pad)
        lockout = self.controller.lockout(who)
        if lockout.is_locked():
            self._start_lock_countdown(lockout)

    def _checked(self, check: Callable[[str], bool],
                 on_success: Callable[[], None]) -> Callable[[str], None]:
        """A PIN handler: check (with lock-out), then go on or say what is wrong."""

        def handle(pin: str) -> None:
            try:
                correct = check(pin)
            except LockedOutError as error:
                self.pin_pad.refuse(error_text(error))
                return
            if correct:
                self._stop_lock_countdown()
                on_success()
                return
            lockout = self.controller.lockout(self._pin_owner)
            if lockout.is_locked():
                self._start_lock_countdown(lockout)
                return
            left = lockout.tries_left()
            self.pin_pad.refuse(
                self.tr("That PIN is not right. 1 try left.") if left == 1
                else self.tr("That PIN is not right. {left} tries left.").format(left=left))

        return handle

    def _check_admin(self, on_success: Callable[[], None]) -> Callable[[str], None]:
        return self._checked(self.controller.check_admin_pin, on_success)

    def _start_lock_countdown(self, lockout: PinLockout) -> None:
        self._locked_for = lockout
        self.pin_pad.set_locked(True)
        self.check_lockout()
        self.lock_timer.start()

    def _stop_lock_countdown(self) -> None:
        self._locked_for = None
        self.lock_timer.stop()
        self.pin_pad.set_locked(False)

    def check_lockout(self) -> None:
        """Count down a lock-out on the PIN pad, and open the keys again when it ends."""
        lockout = self._locked_for
        if lockout is None:
            return
        if lockout.is_locked():
            self.pin_pad.refuse(self.tr("Too many wrong PINs. Try again in {seconds} s.").format(
                seconds=lockout.whole_seconds_left()))
            return
        self._stop_lock_countdown()
        self.pin_pad.refuse(self.tr("You can try again now."))

    def ask_admin(self) -> None:
        """The Admin button: the admin PIN, then the admin panel."""
        self._ask_pin(self.tr("Admin PIN"), ADMIN, self._check_admin(self.show_admin))

    def show_admin(self) -> None:
        """The admin panel, filled from the database."""
        self.admin.show_state(self.controller.idle_timeout_s(), self.controller.tiles())
        self.pages.setCurrentWidget(self.admin)

    def _set_admin_pin_twice(self, prompt: str, *, cancellable: bool,
                             on_cancel: Callable[[], None], done: Callable[[], None] | None = None
                             ) -> None:
        def first(pin: str) -> None:
            def second(again: str) -> None:
                if again != pin:
                    self._set_admin_pin_twice(prompt, cancellable=cancellable,
                                              on_cancel=on_cancel, done=done)
                    self.pin_pad.refuse(self.tr("The two PINs were different. Start again."))
                    return
                self.controller.set_admin_pin(pin)
                (done or self.show_picker)()

            self._on_pin = second
            self.pin_pad.ask(self.tr("Type the same PIN again"), cancellable=cancellable)

        self._on_pin = first
        self._on_cancel = on_cancel
        self.pin_pad.ask(prompt, cancellable=cancellable)
        self.pages.setCurrentWidget(self.pin_pad)

    def _change_admin_pin(self) -> None:
        self._set_admin_pin_twice(self.tr("Choose a new 4-digit admin PIN"), cancellable=True,
                                  on_cancel=self.show_admin, done=self.show_admin)

    # -- athletes ------------------------------------------------------------

    def show_new_athlete(self) -> None:
        """The "New athlete" form."""
        self.new_athlete.reset()
        self.pages.setCurrentWidget(self.new_athlete)

    def _add_athlete(self, name: str, wants_pin: bool) -> None:
        try:
            self.controller.check_new_name(name)
        except ValidationError as error:
            self.new_athlete.show_error(error_text(error))
            return
        if not wants_pin:
            self._create(name, None)
            return

        def first(pin: str) -> None:
            def second(again: str) -> None:
                if again != pin:
                    self.pin_pad.ask(self.tr("Choose a 4-digit PIN"))
                    self._on_pin = first
                    self.pin_pad.refuse(self.tr("The two PINs were different. Start again."))
                    return
                self._create(name, pin)

            self._on_pin = second
            self.pin_pad.ask(self.tr("Type the same PIN again"))

        self._on_pin = first
        self._on_cancel = lambda: self.pages.setCurrentWidget(self.new_athlete)
        self.pin_pad.ask(self.tr("Choose a 4-digit PIN"))
        self.pages.setCurrentWidget(self.pin_pad)

    def _create(self, name: str, pin: str | None) -> None:
        try:
            athlete = self.controller.add_athlete(name, pin)
        except LegworkError as error:
            self.new_athlete.show_error(error_text(error))
            self.pages.setCurrentWidget(self.new_athlete)
            return
        self.open_athlete(athlete.id)

    def _delete_athlete(self, athlete_id: int) -> None:
        self.controller.delete_athlete(athlete_id)
        self.show_admin()

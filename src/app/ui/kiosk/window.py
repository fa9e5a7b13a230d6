"""The kiosk window: the whole screen, edge to edge, and no way out but the admin PIN.

The window asks the window manager for full screen (`_NET_WM_STATE_FULLSCREEN`)
rather than drawing itself frameless: a frameless window is marked "override"
on X11, and plain window managers such as matchbox then leave it at its own
size in a corner. When the screen changes size (a resolution change, a
rotated display) the window covers the new screen; its layout never asks for
more than the screen, so the screen decides its size, never its contents.

Close requests (the window manager's, Alt+F4), Ctrl+Q, Ctrl+W, Esc and every
other shortcut are swallowed while the kiosk runs: an application-wide event
filter eats key presses with Ctrl, Alt or Meta, function keys and Esc before
any shortcut sees them, and `closeEvent` refuses. The operating system can
still switch away (Ctrl+Alt+F2, the Windows key); `docs/kiosk.md` explains
wrapping the app in an OS kiosk (such as `cage`) for a real lock-down.

The same filter notices every touch, click and key, restarting the idle
countdown; a timer checks it, and after the admin's timeout without a touch
the screen returns to the picker (held while the app counts reps or a rest
runs, but never for more than three timeouts), the session kept open to
resume and nothing logged that the member did not confirm.

On a gym's server a second timer sends the sets waiting in the outbox (on a
worker thread) and redraws the quiet "offline — N sets waiting" badge.
"""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QScreen, QShowEvent
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QVBoxLayout, QWidget

from app.domain.clock import Clock
from app.domain.errors import LegworkError, ValidationError
from app.domain.idle import IdleTracker
from app.domain.lockout import LockedOutError, PinAttempts
from app.services.changes import Changes
from app.ui.kiosk.admin_panel import AdminPanel, ConfirmPage, MemberPage
from app.ui.kiosk.athlete_home import AthleteHome
from app.ui.kiosk.controller import ADMIN, KioskController
from app.ui.kiosk.keypad import PinPad
from app.ui.kiosk.new_athlete import NewAthletePage
from app.ui.kiosk.picker import AthletePicker
from app.ui.kiosk.server_wait import ServerWaitPage
from app.ui.kiosk.style import kiosk_stylesheet, screen_scale
from app.ui.session.session_controller import CueSink
from app.ui.shell.messages import error_text
from app.ui.shell.settings import UiSettings
from app.ui.shell.theme import colours_for

IDLE_POLL_MS = 1000
OUTBOX_POLL_MS = 1000
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
        super().__init__(parent, Qt.WindowType.Window)
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
        self._locked_for: PinAttempts | None = None
        self._pin_owner = ADMIN
        self.scale = 1.0
        self.setStyleSheet(kiosk_stylesheet(colours_for(settings.theme())))

        self.picker = AthletePicker(controller.tiles, now)
        self.picker.todays_sessions = self._todays_block_sessions
        self.picker.athlete_chosen.connect(self.pick_athlete)
        self.picker.new_athlete_requested.connect(self.show_new_athlete)
        self.picker.admin_requested.connect(self.ask_admin)
        self.pin_pad = PinPad()
        self.pin_pad.pin_entered.connect(lambda pin: self._on_pin(pin))
        self.pin_pad.cancelled.connect(lambda: self._on_cancel())
        self._by_admin = False
        self.new_athlete = NewAthletePage()
        self.new_athlete.add_requested.connect(self._add_athlete)
        self.new_athlete.rename_requested.connect(self._rename_member)
        self.new_athlete.cancelled.connect(self._name_cancelled)
        self.admin = AdminPanel()
        self.admin.idle_timeout_chosen.connect(self._set_idle_timeout)
        self.admin.change_pin_requested.connect(self._change_admin_pin)
        self.admin.add_member_requested.connect(lambda: self.show_new_athlete(by_admin=True))
        self.admin.manage_requested.connect(self.show_member)
        self.admin.send_again_requested.connect(self._send_again)
        self.admin.dismiss_requested.connect(self._confirm_dismiss)
        self.admin.leave_requested.connect(self.leave_kiosk)
        self.admin.back_requested.connect(self.show_picker)
        self.member = MemberPage()
        self.member.rename_requested.connect(self._ask_new_name)
        self.member.new_pin_requested.connect(self._ask_member_pin)
        self.member.remove_pin_requested.connect(self._remove_member_pin)
        self.member.delete_requested.connect(self._confirm_delete)
        self.member.back_requested.connect(self.show_admin)
        self.confirm = ConfirmPage()
        self._on_confirm: Callable[[], None] = self.show_admin
        self.confirm.confirmed.connect(lambda: self._on_confirm())
        self.confirm.cancelled.connect(lambda: self._on_confirm_cancel())
        self._on_confirm_cancel: Callable[[], None] = self.show_admin
        self.server_wait = ServerWaitPage()
        self.pages = QStackedWidget()
        for page in (self.picker, self.pin_pad, self.new_athlete, self.admin, self.member,
                     self.confirm, self.server_wait):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The screen sets the window's size: a page's minimum never makes it grow past it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.pages)
        self._watched_screen: QScreen | None = None

        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_POLL_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(250)
        self.lock_timer.timeout.connect(self.check_lockout)
        self.outbox_timer = QTimer(self)
        self.outbox_timer.setInterval(OUTBOX_POLL_MS)
        self.outbox_timer.timeout.connect(self.tend_outbox)
        controller.database_opened.connect(self.start)
        controller.athletes_changed.connect(self.picker.refresh)
        controller.changed.connect(self._changed)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- start and leave ----------------------------------------------------

    def start(self) -> None:
        """Begin once the database is open: set the admin PIN on the first start, then pick."""
        self.idle = IdleTracker(self.clock, self.controller.idle_timeout_s())
        self.idle_timer.start()
        if self.controller.delivery is not None:
            self.outbox_timer.start()
            self.draw_badges()
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
        self.outbox_timer.stop()
        self.controller.close_outbox()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.close()
        self.left_kiosk.emit()

    def showEvent(self, event: QShowEvent) -> None:
        """Follow the screen the window is on: its size now, and whenever it changes."""
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not handle.property("kioskWatched"):
            handle.setProperty("kioskWatched", True)
            handle.screenChanged.connect(self._watch_screen)
        self._watch_screen(self.screen())

    def _watch_screen(self, screen: QScreen | None) -> None:
        if screen is self._watched_screen:
            return
        if self._watched_screen is not None:
            self._watched_screen.geometryChanged.disconnect(self._cover)
        self._watched_screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._cover)
            self._cover(screen.geometry())

    def _cover(self, area: QRect) -> None:
        """Cover `area` (the screen's geometry), and stay full screen on it."""
        self.set_scale(screen_scale(area.width(), area.height()))
        if not self.isVisible() or self._unlocked:
            return
        if self.geometry() != area:
            self.setGeometry(area)
        if not self.isFullScreen():
            self.showFullScreen()

    def set_scale(self, scale: float) -> None:
        """Draw type and targets `scale` times their 1280 × 800 size (the screen's room)."""
        if scale == self.scale:
            return
        self.scale = scale
        self.setStyleSheet(kiosk_stylesheet(colours_for(self.settings.theme()), scale))
        self.picker.set_scale(scale)
        self.pin_pad.keys.setFixedSize(round(400 * scale), round(420 * scale))

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

    def _server_away(self, error: Exception) -> bool:
        """Say so on the picker if `error` means the gym's server is out of reach."""
        if not self.controller.is_offline(error):
            return False
        self.clear_athlete(keep_unconfirmed=False)
        self.show_picker()
        self.picker.show_notice(self.tr(
            "The gym's server cannot be reached just now, so nobody's screens can open. "
            "Sets already saved on this kiosk are kept and sent when it is back."))
        return True

    def _todays_block_sessions(self, athlete_ids: list[int]) -> dict[int, str]:
        from app.ui.programme.kiosk_tile import todays_session_texts

        # The tiles stay usable while the gym's server is away; so do they without the line.
        try:
            return todays_session_texts(self.controller, athlete_ids)
        except Exception as error:
            if not self.controller.is_offline(error):
                raise
            return {}

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
        try:
            self.controller.begin_athlete(athlete_id)
            home = AthleteHome(self.controller, self.settings, self.clock,
                               cue_sink=self._cue_sink, autotick=self._autotick,
                               scale=self.scale)
            home.done_requested.connect(lambda: self.return_to_picker("done"))
            self.home = home
            self.pages.addWidget(home)
            self.pages.setCurrentWidget(home)
            home.session_view.refresh_plans()
            home.start()
        except Exception as error:
            if not self._server_away(error):
                raise
            return
        self.draw_badges()

    def return_to_picker(self, reason: str) -> None:
        """Clear the athlete's screens and show the picker.

        After Done the side-set under way is saved; after "idle" nothing the
        member did not confirm is logged. Either way the session stays open.
        """
        self.clear_athlete(keep_unconfirmed=reason != "idle")
        self.show_picker()
        self.returned_to_picker.emit(reason)

    def clear_athlete(self, *, keep_unconfirmed: bool = True) -> None:
        """Stop and destroy the current athlete's screens, if any; nobody is current after."""
        home = self.home
        if home is None:
            return
        self.home = None
        try:
            home.save_and_stop(keep_unconfirmed=keep_unconfirmed)
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
        if lockout.is_locked(self.controller.now()):
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
            except Exception as error:
                if not self._server_away(error):
                    raise
                return
            if correct:
                self._stop_lock_countdown()
                on_success()
                return
            lockout = self.controller.lockout(self._pin_owner)
            now = self.controller.now()
            if lockout.is_locked(now):
                self._start_lock_countdown(lockout)
                return
            left = lockout.tries_left(now)
            self.pin_pad.refuse(
                self.tr("That PIN is not right. 1 try left.") if left == 1
                else self.tr("That PIN is not right. {left} tries left.").format(left=left))

        return handle

    def _check_admin(self, on_success: Callable[[], None]) -> Callable[[str], None]:
        return self._checked(self.controller.check_admin_pin, on_success)

    def _start_lock_countdown(self, lockout: PinAttempts) -> None:
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
        now = self.controller.now()
        if lockout.is_locked(now):
            self.pin_pad.refuse(self.tr("Too many wrong PINs. Try again in {seconds} s.").format(
                seconds=lockout.whole_seconds_left(now)))
            return
        self._stop_lock_countdown()
        self.pin_pad.refuse(self.tr("You can try again now."), calm=True)

    def ask_admin(self) -> None:
        """The Admin button: the admin PIN, then the admin panel."""
        self._ask_pin(self.tr("Admin PIN"), ADMIN, self._check_admin(self.show_admin))

    def show_admin(self) -> None:
        """The admin panel, filled from the database (and the outbox's refused sets)."""
        names = {e.id: e.name for e in self.controller.exercises()}
        self.admin.show_state(self.controller.idle_timeout_s(), self.controller.tiles(),
                              self.controller.refused_items(), names)
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

    def show_new_athlete(self, *, by_admin: bool = False) -> None:
        """The "New athlete" form (or, from the admin panel, "Add a member")."""
        self._by_admin = by_admin
        self.new_athlete.reset(by_admin=by_admin)
        self.pages.setCurrentWidget(self.new_athlete)

    def _name_cancelled(self) -> None:
        if self._by_admin:
            self.show_admin()
        else:
            self.show_picker()

    def _add_athlete(self, name: str, wants_pin: bool) -> None:
        try:
            self.controller.check_new_name(name)
        except ValidationError as error:
            self.new_athlete.show_error(error_text(error))
            return
        if not wants_pin:
            self._create(name, None)
            return
        self._ask_new_pin(self.tr("Choose a 4-digit PIN"),
                          lambda pin: self._create(name, pin),
                          on_cancel=lambda: self.pages.setCurrentWidget(self.new_athlete))

    def _ask_new_pin(self, prompt: str, chosen: Callable[[str], None], *,
                     on_cancel: Callable[[], None]) -> None:
        """Ask for a new PIN twice on the pad; `chosen` gets it once both agree."""

        def first(pin: str) -> None:
            def second(again: str) -> None:
                if again != pin:
                    self.pin_pad.ask(prompt)
                    self._on_pin = first
                    self.pin_pad.refuse(self.tr("The two PINs were different. Start again."))
                    return
                chosen(pin)

            self._on_pin = second
            self.pin_pad.ask(self.tr("Type the same PIN again"))

        self._on_pin = first
        self._on_cancel = on_cancel
        self._pin_owner = ADMIN
        self.pin_pad.ask(prompt)
        self.pages.setCurrentWidget(self.pin_pad)

    def _create(self, name: str, pin: str | None) -> None:
        try:
            athlete = self.controller.add_athlete(name, pin)
        except LegworkError as error:
            self.new_athlete.show_error(error_text(error))
            self.pages.setCurrentWidget(self.new_athlete)
            return
        if self._by_admin:
            self.show_admin()
        else:
            self.open_athlete(athlete.id)

    # -- the admin's member management ----------------------------------------

    def show_member(self, athlete_id: int) -> None:
        """One member's page in the admin panel."""
        tile = self.controller.tile(athlete_id)
        if tile is None:
            self.show_admin()
            return
        self.member.show_member(tile, self.controller.session_count(athlete_id))
        self.pages.setCurrentWidget(self.member)

    def _ask_new_name(self, athlete_id: int) -> None:
        tile = self.controller.tile(athlete_id)
        if tile is None:
            self.show_admin()
            return
        self._by_admin = True
        self.new_athlete.for_rename(tile.name)
        self.pages.setCurrentWidget(self.new_athlete)

    def _rename_member(self, name: str) -> None:
        athlete_id = self.member.athlete_id
        try:
            self.controller.rename_athlete_to(athlete_id, name)
        except LegworkError as error:
            self.new_athlete.show_error(error_text(error))
            return
        self.show_member(athlete_id)

    def _ask_member_pin(self, athlete_id: int) -> None:
        tile = self.controller.tile(athlete_id)
        if tile is None:
            self.show_admin()
            return

        def chosen(pin: str) -> None:
            self.controller.set_athlete_pin(athlete_id, pin)
            self.show_member(athlete_id)

        self._ask_new_pin(self.tr("{name}: choose a new 4-digit PIN").format(name=tile.name),
                          chosen, on_cancel=lambda: self.show_member(athlete_id))

    def _remove_member_pin(self, athlete_id: int) -> None:
        self.controller.set_athlete_pin(athlete_id, None)
        self.show_member(athlete_id)

    def _ask(self, title: str, body: str, confirm: str, cancel: str,
             on_confirm: Callable[[], None], on_cancel: Callable[[], None]) -> None:
        self.confirm.ask(title, body, confirm, cancel)
        self._on_confirm, self._on_confirm_cancel = on_confirm, on_cancel
        self.pages.setCurrentWidget(self.confirm)

    def _confirm_delete(self, athlete_id: int) -> None:
        tile = self.controller.tile(athlete_id)
        if tile is None:
            self.show_admin()
            return
        sessions = self.controller.session_count(athlete_id)
        count = (self.tr("1 session") if sessions == 1
                 else self.tr("{count} sessions").format(count=sessions))
        self._ask(
            self.tr("Delete {name}?").format(name=tile.name),
            self.tr("{name} and their {count} leave this kiosk's history, with their plans and "
                    "PIN. A copy of the sessions is kept on this computer, in the "
                    "“deleted-athletes” folder of Legwork's data folder; `legwork import` brings "
                    "them back.").format(name=tile.name, count=count),
            self.tr("Delete {name}").format(name=tile.name),
            self.tr("Keep {name}").format(name=tile.name),
            lambda: self._delete_athlete(athlete_id), lambda: self.show_member(athlete_id))

    def _delete_athlete(self, athlete_id: int) -> None:
        try:
            self.controller.delete_athlete(athlete_id)
        except LegworkError as error:
            self.confirm.body.setText(error_text(error))
            return
        self.show_admin()

    # -- the outbox (a gym's server) --------------------------------------------

    def tend_outbox(self) -> None:
        """Send waiting sets if a retry is due (on a worker thread), and redraw the badges."""
        self.controller.deliver_in_background()
        self.draw_badges()

    def draw_badges(self) -> None:
        """Show how things stand with the gym's server on the picker and the athlete's screens."""
        status = self.controller.outbox_status()
        self.picker.badge.show_status(status)
        if self.home is not None:
            self.home.badge.show_status(status)

    def _changed(self, changes: object) -> None:
        assert isinstance(changes, Changes)
        if changes.outbox:
            self.draw_badges()
            if self.pages.currentWidget() is self.admin:
                self.show_admin()

    def _send_again(self, item_id: int) -> None:
        self.controller.send_again(item_id)
        self.show_admin()

    def _confirm_dismiss(self, item_id: int) -> None:
        def dismiss() -> None:
            self.controller.dismiss(item_id)
            self.show_admin()

        self._ask(
            self.tr("Dismiss this set?"),
            self.tr("The gym's server refused it, and it is only on this kiosk. Once dismissed "
                    "it is gone for good; send it again instead if the reason has been fixed."),
            self.tr("Dismiss the set"), self.tr("Keep it"), dismiss, self.show_admin)

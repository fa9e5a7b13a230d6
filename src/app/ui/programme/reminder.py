"""A desktop note on a training day, at the time the athlete chose, while Legwork runs.

`QSystemTrayIcon` shows it where the desktop has a notification area; where
it has none (some Linux desktops, a bare window manager), the note goes to the
main window's status bar instead, so nothing depends on a tray. Never in
kiosk mode: a shared gym screen is nobody's reminder (the main window turns it
off while the kiosk is up, and the kiosk never makes one).
"""

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from app.services.programme import Programme
from app.ui.shell.settings import UiSettings

CHECK_MS = 60_000
"""How often the reminder looks at the clock: once a minute is on time for a session."""


def reminder_due(shown: Programme | None, now: datetime, at: time, last: date | None) -> bool:
    """Whether to remind now: today holds an open session, the time has come, not yet today."""
    if shown is None or shown.block.status.value != "active" or last == now.date():
        return False
    todays = shown.todays
    return todays is not None and now.time() >= at


class Reminder(QObject):
    """Checks once a minute; says "today's session is waiting" once on a training day.

    `programme` reads the block as it stands on a day; `clock` gives the local time
    (tests pass a fake one). `tray` is None where the desktop has no
    notification area: `reminded` is the no-tray path (the window shows it).
    """

    reminded = Signal(str)

    def __init__(
        self, settings: UiSettings, programme: Callable[[date], Programme | None], *,
        clock: Callable[[], datetime] = datetime.now, tray_available: bool | None = None,
        icon: QIcon | None = None, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._programme = programme
        self._clock = clock
        self.suspended = False
        self.last_day: date | None = None
        available = (QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None
                     else tray_available)
        self.tray: QSystemTrayIcon | None = None
        if available:
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip("Legwork")
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        settings.notifier.changed.connect(lambda _key: self._arm())
        self._arm()

    def _arm(self) -> None:
        on, _at = self._settings.reminder()
        if on:
            self.timer.start()
            if self.tray is not None:
                self.tray.show()
        else:
            self.timer.stop()
            if self.tray is not None:
                self.tray.hide()

    def check(self) -> bool:
        """Remind if it is time; True when a reminder went out."""
        on, at = self._settings.reminder()
        if not on or self.suspended:
            return False
        now = self._clock()
        hours, minutes = (int(x) for x in at.split(":"))
        shown = self._programme(now.date())
        if not reminder_due(shown, now, time(hours, minutes), self.last_day):
            return False
        self.last_day = now.date()
        text = self.tr("Today's single-leg session is waiting: open Legwork and press "
                       "Start today's session.")
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage("Legwork", text, QSystemTrayIcon.MessageIcon.Information)
        self.reminded.emit(text)
        return True

    def stop(self) -> None:
        """No more checks (the window is closing)."""
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

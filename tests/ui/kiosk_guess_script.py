"""Guess the admin PIN five times on a real kiosk window, then wait to be killed.

Used by test_kiosk_window.py: `python -m tests.ui.kiosk_guess_script DB` opens
the kiosk offscreen on the database, taps five wrong admin PINs on the PIN
pad, prints "locked" once the pad refuses taps, and sleeps until the test
sends SIGKILL (nothing is closed on purpose).
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.ui.kiosk.controller import KioskController
from app.ui.kiosk.window import KioskWindow
from app.ui.shell.settings import UiSettings
from tests.fakes import FakeCueSink


def main() -> None:
    """Lock the admin PIN through the window, announce it, and hang."""
    app = QApplication.instance() or QApplication([])
    controller = KioskController(f"sqlite:///{sys.argv[1]}")
    window = KioskWindow(controller, UiSettings(), cue_sink=FakeCueSink(), autotick=False)
    window.show()
    controller.open_database()
    window.picker.admin_button.click()
    for _ in range(5):
        window.pin_pad.type_pin("0101")
    assert not window.pin_pad.keys.isEnabled()
    app.processEvents()
    print("locked", flush=True)
    while True:
        time.sleep(1)


if __name__ == "__main__":
    main()

"""Run a real session on a database, accept some side-sets, then wait to be killed.

Used by test_session_resume.py: `python -m tests.ui.kill_session_script DB INI N`
starts the built-in plan through the real session view and controller on a
fake clock, accepts N side-sets (typing a load of 10 + the side-set's number),
prints "accepted <n>" after each and "waiting" once done, then sleeps until the
test sends SIGKILL. Nothing is closed or finished on purpose.
"""

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.domain.plan import BUILTIN_PLAN_NAME
from app.domain.session import SessionState
from app.ui.shell.settings import UiSettings
from tests.fakes import FakeClock, FakeCueSink
from tests.ui.session_helpers import make_view, open_controller, tick_until


def main() -> None:
    """Accept the side-sets, announce them, and hang."""
    database, ini, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = QApplication.instance() or QApplication([])
    clock = FakeClock()
    controller = open_controller(database)
    settings = UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    view = make_view(controller, settings, clock, FakeCueSink())
    view.picker.card(BUILTIN_PLAN_NAME).start_button.click()
    session = view.session
    assert session is not None
    for number in range(1, count + 1):
        if session.state is SessionState.REST:
            session.skip_rest()
        if session.state is SessionState.READY:
            session.start()
        tick_until(view, clock, SessionState.SIDE_DONE)
        view.log_panel.load.setText(str(10 + number))
        view.log_panel.submit()
        print(f"accepted {number}", flush=True)
    app.processEvents()
    print("waiting", flush=True)
    while True:
        time.sleep(1)


if __name__ == "__main__":
    main()

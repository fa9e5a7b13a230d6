"""Walk through every kiosk screen in a real window, one step per line on standard input.

`python -m tests.ui.kiosk_walk DATABASE_URL [--shots DIR --prefix NAME]` opens
the kiosk as `legwork --kiosk` does (full screen, on whatever platform
`QT_QPA_PLATFORM` names: xcb under Xvfb) on a fake clock with no sound, and
prints `page <name>` when each screen is showing. Without `--shots` it then
waits for a line on standard input before the next step, so a test can
measure the real window from outside (`tests/ui/test_kiosk_fullscreen.py`);
with `--shots` it saves a picture of the whole X screen for every step and
goes on by itself (the screenshots in the handoff notes).

`make_database` writes the history it expects: "Ida Berg" (no PIN, six
sessions), "Ola" (PIN 1234) and "Åse Øvrebø", with the admin PIN
`tests.builders.KIOSK_ADMIN_PIN`.
"""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.session import SessionState
from app.storage import kiosk as kiosk_store
from app.storage.database import open_database
from app.ui.kiosk.controller import KioskController
from app.ui.kiosk.window import KioskWindow
from app.ui.shell.application import create_application
from app.ui.shell.settings import UiSettings
from tests.builders import KIOSK_ADMIN_PIN, seed_history
from tests.fakes import FakeClock, FakeCueSink

SETTLE_MS = 400
"""Time for the window manager and the layouts to settle after each step."""


def _settle(ms: int = SETTLE_MS) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def make_database(url: str) -> None:
    """The gym the walk expects: Ida Berg with history, Ola with a PIN, Åse Øvrebø."""
    with open_database(url) as db:
        ida = seed_history(db, sessions=6, name="Ida Berg").athlete
        kiosk_store.add_kiosk_athlete(db, "Ola", "1234")
        kiosk_store.add_kiosk_athlete(db, "Åse Øvrebø")
        kiosk_store.set_admin_pin(db, KIOSK_ADMIN_PIN)
    assert ida.name == "Ida Berg"


def steps(window: KioskWindow, clock: FakeClock) -> list[tuple[str, Callable[[], None]]]:
    """Every kiosk screen, in the order a member and the admin meet them."""

    def session():  # type: ignore[no-untyped-def]
        assert window.home is not None and window.home.session_view.session is not None
        return window.home.session_view.session

    def pre_set() -> None:
        assert window.home is not None
        view = window.home.session_view
        view.start_plan(view.picker.cards[0].plan)

    def running() -> None:
        session().start()
        clock.advance(5.2)
        session().tick()

    def log() -> None:
        if session().state is SessionState.WORKING:
            session().end_set()

    def effort() -> None:
        assert window.home is not None
        window.home.keypad.open_for(window.home.session_view.log_panel.rpe)

    def rest() -> None:
        assert window.home is not None
        window.home.keypad.close_pad()
        window.home.session_view.log_panel.submit()

    def ola() -> int:
        return next(t.id for t in window.controller.tiles() if t.name == "Ola")

    def rename() -> None:
        window.member.rename_button.click()
        window.new_athlete.keyboard.toggle_accents()

    def progress() -> None:
        assert window.home is not None
        window.home.show_progress()

    def done() -> None:
        assert window.home is not None
        window.home.done_button.click()

    return [
        ("picker", lambda: None),
        ("pin-pad", lambda: window.picker.tile("Ola").click()),
        ("pin-wrong", lambda: window.pin_pad.type_pin("0000")),
        ("pin-locked", lambda: [window.pin_pad.type_pin("0000") for _ in range(4)]),
        ("pin-back", window.show_picker),
        ("athlete-home", lambda: window.picker.tile("Ida Berg").click()),
        ("session-pre-set", pre_set),
        ("session-running", running),
        ("session-log", log),
        ("session-effort", effort),
        ("session-rest", rest),
        ("progress", progress),
        ("done", done),
        ("progress-empty", lambda: (window.picker.tile("Åse Øvrebø").click(), progress())),
        ("done-empty", done),
        ("new-athlete", window.show_new_athlete),
        ("admin-pin", window.ask_admin),
        ("admin", lambda: window.pin_pad.type_pin(KIOSK_ADMIN_PIN)),
        ("member", lambda: window.show_member(ola())),
        ("member-rename", rename),
        ("member-back", lambda: window.show_member(ola())),
        ("confirm-delete", lambda: window.member.delete_button.click()),
    ]


def main(argv: list[str] | None = None) -> int:
    """Open the kiosk and walk it; returns the exit code."""
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--prefix", default="kiosk")
    parser.add_argument("--make", action="store_true", help="write the database first")
    args = parser.parse_args(argv)
    if args.make:
        make_database(args.url)
    app = create_application()
    clock = FakeClock()
    controller = KioskController(args.url, clock=clock)
    window = KioskWindow(controller, UiSettings(), cue_sink=FakeCueSink(), autotick=False)
    window.showFullScreen()
    _settle()
    controller.open_database()
    for name, step in steps(window, clock):
        step()
        _settle()
        print(f"page {name}", flush=True)
        if args.shots is not None:
            screen = window.screen()
            size = screen.geometry()
            path = args.shots / f"{args.prefix}-{size.width()}x{size.height()}-{name}.png"
            screen.grabWindow(0).save(str(path))
        elif not sys.stdin.readline():
            break
    window.leave_kiosk()
    controller.close()
    app.quit()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

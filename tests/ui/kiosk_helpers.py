"""Helpers shared by the kiosk UI tests: a kiosk window on a gym's database, driven as people do.

The database itself comes from `tests.builders.kiosk_database`.
"""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from app.ui.kiosk.controller import KioskController
from app.ui.kiosk.style import MIN_TARGET_PX
from app.ui.kiosk.window import KioskWindow
from app.ui.shell.settings import UiSettings
from tests.builders import kiosk_database
from tests.fakes import FakeClock, FakeCueSink

WALL_START = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


def wall_clock(clock: FakeClock):  # type: ignore[no-untyped-def]
    """Wall-clock time that moves with the test's fake monotonic clock (for stored lock-outs)."""
    return lambda: WALL_START + timedelta(seconds=clock.now())


SCREENS = ("desk", "kiosk-1280x800", "kiosk-1024x768")
"""The offscreen screens of `tests/data/offscreen-screen.json`: 1920×1080, 1280×800, 1024×768."""


def open_kiosk(qtbot, path: Path | str, clock: FakeClock, *, entry_pin: bool = False,
               screen: str = "kiosk-1280x800") -> KioskWindow:
    """A kiosk window on the database at `path` (or a URL), full screen on a test screen."""
    url = path if isinstance(path, str) else f"sqlite:///{path}"
    controller = KioskController(url, clock=clock, now=wall_clock(clock))
    window = KioskWindow(controller, UiSettings(), entry_pin=entry_pin, cue_sink=FakeCueSink(),
                         autotick=False)
    qtbot.addWidget(window)
    (chosen,) = [s for s in QGuiApplication.screens() if s.name() == screen]
    window.setGeometry(chosen.geometry())
    window.showFullScreen()
    controller.open_database()
    return window


def start_first_plan(qtbot, tmp_path: Path, clock: FakeClock, name: str = "Ida"):
    """A kiosk where `name` tapped their tile and picked the first plan; returns (window, view)."""
    path = tmp_path / "gym.db"
    kiosk_database(path, {name: None})
    window = open_kiosk(qtbot, path, clock)
    window.picker.tile(name).click()
    assert window.home is not None
    view = window.home.session_view
    view.start_plan(view.picker.cards[0].plan)
    assert view.session is not None
    return window, view


def reach_the_log(view, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    """Start the side that is ready and let it run until the per-leg log shows."""
    assert view.session is not None
    view.session.start()
    clock.advance(200)
    view.session.tick()
    if view.session.state.value == "working":
        view.session.end_set()


def unlock_and_close(window: KioskWindow) -> None:
    """Leave kiosk mode the admin's way, so the test can tidy up."""
    window.leave_kiosk()
    window.controller.close()


def touch_problems(window: KioskWindow) -> list[str]:
    """Targets under 48 px, targets cut off by the window's edge, and pages larger than it."""
    found = []
    area = window.rect()
    page = window.pages.currentWidget()
    need = page.minimumSizeHint()
    if need.width() > area.width() or need.height() > area.height():
        found.append(f"the page needs {need.width()}×{need.height()}")
    for widget in window.findChildren(QWidget):
        # A spin box's inner line edit is not a target of its own: the box is.
        if not widget.isVisibleTo(window) or isinstance(widget.parentWidget(), QSpinBox):
            continue
        if not isinstance(widget, QAbstractButton | QLineEdit | QSpinBox | QComboBox):
            continue
        if not widget.isVisible():
            continue
        size = widget.size()
        name = f"{type(widget).__name__} {widget.accessibleName() or widget.text()!r}" \
            if isinstance(widget, QAbstractButton) else \
            f"{type(widget).__name__} {widget.accessibleName()!r}"
        if min(size.width(), size.height()) < MIN_TARGET_PX:
            found.append(f"{name} is {size.width()}×{size.height()}")
        place = QRect(widget.mapTo(window, QPoint(0, 0)), size)
        if not area.contains(place) and _shown_in_viewport(widget, window):
            found.append(f"{name} at {place.getRect()} is cut off")
    return found


def _shown_in_viewport(widget: QWidget, window: KioskWindow) -> bool:
    """False for a widget inside a scroll area that the athlete scrolls to (not clipped)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return False
        parent = parent.parentWidget()
    return True

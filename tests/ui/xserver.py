"""A real X screen for the kiosk's window tests: Xvfb, a plain window manager, and xrandr.

The offscreen platform the other UI tests use has no window manager, so it
cannot show whether the kiosk really covers a screen. These tests start
`Xvfb` on a free display with `matchbox-window-manager -use_titlebar no` (a
manager that does nothing but what windows ask for), run the kiosk on Qt's
xcb platform in a process of its own, and look at its window from outside
with `xwininfo` and `xprop`, as a gym's technician would. `xrandr` changes the
screen's size to stand in for a new monitor or a rotated one.

Debian packages: xvfb, matchbox-window-manager, x11-utils (xwininfo, xprop),
x11-xserver-utils (xrandr); `.ci/run` installs them. Without them the tests
fail, naming what to install: a kiosk that does not cover its screen is a defect
a skipped test would hide.
"""

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

TOOLS = ("Xvfb", "matchbox-window-manager", "xwininfo", "xprop", "xrandr")
LARGEST = 1920
"""The X screen is made square at this size, so every mode (and its rotation) fits."""


def require_tools() -> None:
    """Fail, naming the Debian packages, when the X tools are not installed."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    reason = f"missing {', '.join(missing)} (Debian: xvfb matchbox-window-manager x11-utils " \
             "x11-xserver-utils)"
    pytest.fail(reason)


@dataclass(frozen=True)
class Geometry:
    """Where a window is and how big, as the X server has it."""

    x: int
    y: int
    width: int
    height: int


class XScreen:
    """One running Xvfb display with a window manager."""

    def __init__(self, display: str) -> None:
        self.display = display
        self._modes: set[str] = set()

    @property
    def env(self) -> dict[str, str]:
        """An environment for a Qt program on this display (xcb, not offscreen)."""
        environ = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
        environ.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        return environ

    def run(self, *command: str) -> str:
        """Run an X tool on this display and return what it printed."""
        return subprocess.run(command, env=self.env, capture_output=True, text=True,
                              check=True, timeout=30).stdout

    def set_size(self, width: int, height: int) -> None:
        """Change the screen's resolution (a new monitor, or the same one rotated)."""
        mode = f"{width}x{height}"
        if mode not in self._modes:
            self._modes.add(mode)
            subprocess.run(["xrandr", "--newmode", mode, "0", str(width), "0", "0", "0",
                            str(height), "0", "0", "0"], env=self.env, capture_output=True,
                           timeout=30)
            self.run("xrandr", "--addmode", "screen", mode)
        self.run("xrandr", "--output", "screen", "--mode", mode)

    def window_id(self, title: str, timeout_s: float = 60) -> str:
        """The id of the top-level window whose title starts with `title`, once it is mapped.

        (Qt adds the application's name after the window's own title.)
        """
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            tree = self.run("xwininfo", "-root", "-tree")
            for line in tree.splitlines():
                match = re.match(r'\s*(0x[0-9a-f]+) "(.*)":', line)
                if match and match.group(2).startswith(title):
                    state = self.run("xwininfo", "-id", match.group(1))
                    if "IsViewable" in state:
                        return match.group(1)
            time.sleep(0.2)
        raise AssertionError(f"no window called {title!r} appeared")

    def geometry(self, window: str) -> Geometry:
        """The window's place and size on the screen."""
        info = self.run("xwininfo", "-id", window)

        def number(label: str) -> int:
            match = re.search(rf"{label}:\s+(-?\d+)", info)
            assert match is not None, info
            return int(match.group(1))

        return Geometry(number("Absolute upper-left X"), number("Absolute upper-left Y"),
                        number("Width"), number("Height"))

    def wm_state(self, window: str) -> str:
        """The window's `_NET_WM_STATE`, as xprop prints it."""
        return self.run("xprop", "-id", window, "_NET_WM_STATE").strip()

    def wait_for_geometry(self, window: str, wanted: Geometry,
                          timeout_s: float = 10) -> Geometry:
        """The window's geometry once it equals `wanted`, or whatever it is after the wait."""
        deadline = time.monotonic() + timeout_s
        geometry = self.geometry(window)
        while geometry != wanted and time.monotonic() < deadline:
            time.sleep(0.1)
            geometry = self.geometry(window)
        return geometry


@contextmanager
def x_screen(width: int, height: int) -> Iterator[XScreen]:
    """An Xvfb display at `width` × `height` with matchbox managing windows; all stopped after."""
    require_tools()
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{LARGEST}x{LARGEST}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    manager: subprocess.Popen[bytes] | None = None
    try:
        with os.fdopen(read_fd) as answer:
            number = answer.readline().strip()
        assert number, "Xvfb did not start"
        screen = XScreen(f":{number}")
        screen.set_size(width, height)
        manager = subprocess.Popen(["matchbox-window-manager", "-use_titlebar", "no"],
                                   env=screen.env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        yield screen
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

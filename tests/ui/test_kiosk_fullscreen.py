"""The kiosk covers the whole screen under a real window manager, and follows it when it changes.

Run on Xvfb with `matchbox-window-manager -use_titlebar no` (see `tests/ui/xserver.py`):
the kiosk process is the real one, walked screen by screen, and its window is
measured from outside with xwininfo and xprop after every step.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.kiosk_walk import make_database
from tests.ui.xserver import Geometry, XScreen, x_screen

TITLE = "Legwork kiosk"


def _walk(screen: XScreen, url: str, home: Path) -> subprocess.Popen[str]:
    # The walk's settings go to the test's own folder, never the user's.
    env = {**screen.env, "XDG_CONFIG_HOME": str(home / "config")}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.ui.kiosk_walk", url], env=env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2],
    )


def _next_page(walk: subprocess.Popen[str]) -> str | None:
    assert walk.stdout is not None
    line = walk.stdout.readline()
    return line.split(" ", 1)[1].strip() if line.startswith("page ") else None


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768), (1920, 1080)])
def test_every_kiosk_screen_covers_the_screen_edge_to_edge(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    url = f"sqlite:///{tmp_path / 'gym.db'}"
    make_database(url)
    whole = Geometry(0, 0, *size)
    with x_screen(*size) as screen:
        walk = _walk(screen, url, tmp_path)
        try:
            window = screen.window_id(TITLE)
            pages = []
            while (page := _next_page(walk)) is not None:
                pages.append(page)
                assert screen.wait_for_geometry(window, whole) == whole, page
                assert "_NET_WM_STATE_FULLSCREEN" in screen.wm_state(window), page
                assert walk.stdin is not None
                walk.stdin.write("next\n")
                walk.stdin.flush()
            assert walk.wait(timeout=60) == 0, walk.stderr.read() if walk.stderr else ""
        finally:
            if walk.poll() is None:
                walk.kill()
                walk.wait()
    assert {"picker", "pin-pad", "session-log", "session-rest", "admin"} <= set(pages)


def test_the_kiosk_follows_a_resized_or_rotated_screen(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'gym.db'}"
    make_database(url)
    with x_screen(1280, 800) as screen:
        walk = _walk(screen, url, tmp_path)
        try:
            window = screen.window_id(TITLE)
            assert _next_page(walk) == "picker"
            for width, height in [(1024, 768), (800, 1280), (1920, 1080), (1280, 800)]:
                screen.set_size(width, height)
                whole = Geometry(0, 0, width, height)
                assert screen.wait_for_geometry(window, whole) == whole, (width, height)
                assert "_NET_WM_STATE_FULLSCREEN" in screen.wm_state(window)
        finally:
            walk.kill()
            walk.wait()

"""Killing the app mid-session (SIGKILL) loses no accepted side-set, and the session resumes."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.records import SessionStatus
from app.domain.session import SessionState, SideLog
from app.domain.sides import Side
from app.library import builtin_exercises
from app.storage.sessions import get_session, sets_for_session
from app.ui.shell.controller import AppController
from app.ui.shell.settings import UiSettings
from tests.fakes import FakeClock, FakeCueSink
from tests.ui.session_helpers import make_view, tick_until

ROOT = Path(__file__).resolve().parents[2]
ACCEPTED = 3


@pytest.mark.slow
def test_sigkill_mid_session_then_resume_with_every_accepted_set(
    qtbot, tmp_path: Path, ui_settings: UiSettings, monkeypatch
) -> None:
    database = tmp_path / "legwork.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")])}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.kill_session_script", str(database),
         str(tmp_path / "child.ini"), str(ACCEPTED)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    lines = []
    for line in child.stdout:
        lines.append(line.strip())
        if line.strip() == "waiting":
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert lines == [f"accepted {n}" for n in range(1, ACCEPTED + 1)] + ["waiting"]

    controller = AppController(f"sqlite:///{database}")
    view = make_view(controller, ui_settings, clock := FakeClock(), FakeCueSink())
    qtbot.addWidget(view)
    monkeypatch.setattr(view, "ask_to_resume", lambda info: True)
    controller.open_database()
    session = view.session
    assert session is not None
    stored = sets_for_session(controller.db, session.session_id)
    first = builtin_exercises()[0]
    assert [(s.exercise_id, s.set_number, s.side, s.load_kg) for s in stored] == [
        (first.id, 1, Side.LEFT, 11.0),
        (first.id, 1, Side.RIGHT, 12.0),
        (first.id, 2, Side.LEFT, 13.0),
    ]
    assert all(s.reps == first.reps_max for s in stored)
    current = session.engine.current
    assert (session.snapshot().exercise_id, current.set_number, current.side) == (
        first.id, 2, Side.RIGHT,
    )
    assert session.state is SessionState.READY
    assert view.live.side_label.text() == "RIGHT"

    session.start()
    tick_until(view, clock, SessionState.SIDE_DONE)
    session.accept(SideLog(reps=first.reps_max, load_kg=13.0))
    assert len(sets_for_session(controller.db, session.session_id)) == ACCEPTED + 1
    assert get_session(controller.db, session.session_id).status is SessionStatus.IN_PROGRESS
    controller.close()

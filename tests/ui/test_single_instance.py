"""One writer per database: a second Legwork is refused and wakes the first; commands wait too;
a holder that dies, however it dies, never blocks anyone."""

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.__main__ import main
from app.storage.backups import create_backup
from app.storage.integrity import marker_path
from app.storage.writer_lock import held_elsewhere, lock_path
from app.ui.shell.application import _refuse_second_instance
from app.ui.shell.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]
# A command that writes: it holds the database's writer lock while it works.
COMMAND_HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from app.services.database import writer_lock
    writer_lock(Path(sys.argv[1])).acquire()
    print("locked", flush=True)
    time.sleep(60)
""")
TRY_LOCK = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.services.database import writer_lock
    print("taken" if writer_lock(Path(sys.argv[1])).try_acquire() else "refused")
""")


@pytest.fixture
def first(history_file: Path, qtbot) -> Iterator[SingleInstance]:
    instance = SingleInstance(history_file)
    assert instance.acquire()
    yield instance
    instance.release()


def _env(tmp_path: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
           "QT_QPA_PLATFORM": "offscreen"}
    if tmp_path is not None:
        env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def _url(path: Path) -> list[str]:
    return ["--database-url", f"sqlite:///{path}"]


def _hold_as_a_command(database: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", COMMAND_HOLDER, str(database)],
                            stdout=subprocess.PIPE, text=True, env=_env())
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def _kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)


def test_the_window_holds_the_lock_against_other_processes_only(
    first: SingleInstance, history_file: Path
) -> None:
    assert lock_path(history_file).exists()
    assert not held_elsewhere(history_file), "this process's own lock does not block it"
    other = subprocess.run([sys.executable, "-c", TRY_LOCK, str(history_file)],
                           capture_output=True, text=True, env=_env(), timeout=60)
    assert other.stdout.strip() == "refused", other.stderr
    first.release()
    other = subprocess.run([sys.executable, "-c", TRY_LOCK, str(history_file)],
                           capture_output=True, text=True, env=_env(), timeout=60)
    assert other.stdout.strip() == "taken", other.stderr


def test_a_second_legwork_process_exits_with_a_message_and_wakes_the_first(
    first: SingleInstance, history_file: Path, qtbot
) -> None:
    with qtbot.waitSignal(first.raise_requested, timeout=60000):
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", *_url(history_file), "--quit-after-show"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
        )
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert err.startswith("legwork: Legwork is already open on")
    assert "Traceback" not in err


def test_different_databases_do_not_block_each_other(history_file: Path, tmp_path: Path) -> None:
    assert server_name(history_file) != server_name(tmp_path / "other.db")
    one, two = SingleInstance(history_file), SingleInstance(tmp_path / "other.db")
    try:
        assert one.acquire() and two.acquire()
    finally:
        one.release()
        two.release()


def test_a_command_that_writes_waits_while_another_holds_the_file_and_not_after_it_dies(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qtbot
) -> None:
    backup = create_backup(history_file, tmp_path / "b.db")
    proc = _hold_as_a_command(history_file)
    try:
        before = history_file.read_bytes()
        assert main([*_url(history_file), "restore", str(backup.path)]) == 1
        assert f"Legwork is open on {history_file} in a window, or another `legwork` command " \
               "is writing it" in capsys.readouterr().err
        assert history_file.read_bytes() == before
        window = SingleInstance(history_file)
        assert not window.acquire()
        assert not window.window_answered, "a command has no window to bring forward"
        with pytest.raises(Exception, match=f"A legwork command is writing {history_file}"):
            _refuse_second_instance(window, show_box=False)
        # The operating system drops the lock of a killed process at once.
        _kill(proc)
        assert lock_path(history_file).exists(), "the file stays; its lock is what counts"
        assert main([*_url(history_file), "restore", str(backup.path)]) == 0
        assert window.acquire(), "the next window takes over too"
        window.release()
    finally:
        proc.kill()
        proc.wait(timeout=10)


def test_a_killed_window_never_blocks_the_command_line(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = subprocess.Popen([sys.executable, "-m", "app", *_url(history_file)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=_env(tmp_path))
    try:
        # The window takes the lock first, then opens the history and leaves its marker.
        marker = marker_path(history_file)
        deadline = time.monotonic() + 60
        while not (marker.exists() and marker.read_text().strip() == str(window.pid)):
            assert window.poll() is None, window.communicate()[1]
            assert time.monotonic() < deadline, "the window never opened the history"
            time.sleep(0.1)
        assert main([*_url(history_file), "check", "--upgrade"]) == 1
        assert "Legwork is open on" in capsys.readouterr().err
        _kill(window)
        assert main([*_url(history_file), "check", "--upgrade"]) == 0
        assert "is sound" in capsys.readouterr().out
    finally:
        window.kill()
        window.communicate(timeout=10)


def test_a_lock_file_naming_a_live_process_blocks_nothing(
    history_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # What an older Legwork's crashed window left: its pid, now another live process's
    # (pid 1 always runs), in a lock file no process holds. On Windows any pid looked alive.
    lock_path(history_file).write_text(f"1\nlegwork\n{socket.gethostname()}\n")
    assert main([*_url(history_file), "check", "--upgrade"]) == 0
    window = SingleInstance(history_file)
    assert window.acquire()
    window.release()

"""One writer per database: a second Legwork is refused and wakes the first; commands wait too."""

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.__main__ import main
from app.storage.backups import create_backup
from app.storage.writer_lock import live_holder, lock_path, read_lock
from app.ui.shell.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]
HOLDER = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QCoreApplication, QLockFile
    app = QCoreApplication([])
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    assert lock.tryLock(1000)
    print("locked", flush=True)
    time.sleep(60)
""")


@pytest.fixture
def first(history_file: Path, qtbot) -> Iterator[SingleInstance]:
    instance = SingleInstance(history_file)
    assert instance.acquire()
    yield instance
    instance.release()


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
            "QT_QPA_PLATFORM": "offscreen"}


def test_the_lock_file_names_this_process(first: SingleInstance, history_file: Path) -> None:
    assert first.database == history_file
    holder = read_lock(history_file)
    assert holder is not None and holder.pid == os.getpid()
    assert live_holder(history_file) is None, "this process's own lock does not block it"


def test_a_second_instance_is_refused_and_raises_the_first(
    first: SingleInstance, history_file: Path, qtbot
) -> None:
    second = SingleInstance(history_file)
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert not second.acquire()


def test_a_second_legwork_process_exits_with_a_message_and_wakes_the_first(
    first: SingleInstance, history_file: Path, qtbot
) -> None:
    with qtbot.waitSignal(first.raise_requested, timeout=60000):
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "--database-url", f"sqlite:///{history_file}",
             "--quit-after-show"],
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


def test_restore_waits_while_another_legwork_holds_the_file(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = create_backup(history_file, tmp_path / "b.db")
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock_path(history_file))],
                            stdout=subprocess.PIPE, text=True, env=_env())
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        before = history_file.read_bytes()
        url = ["--database-url", f"sqlite:///{history_file}"]
        assert main([*url, "restore", str(backup.path)]) == 1
        assert f"Legwork is open on {history_file} (process {proc.pid})" in capsys.readouterr().err
        assert history_file.read_bytes() == before
        # A holder that crashed leaves a stale lock, which no longer counts.
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert lock_path(history_file).exists()
        assert main([*url, "restore", str(backup.path)]) == 0
        instance = SingleInstance(history_file)
        assert instance.acquire(), "Qt takes over a stale lock too"
        instance.release()
    finally:
        proc.kill()
        proc.wait(timeout=10)

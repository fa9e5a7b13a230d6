"""Checks on open: a damaged file is detected, moved aside byte for byte, and never written."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage import integrity
from app.storage.database import open_database
from app.storage.integrity import DamagedDatabaseError
from app.storage.schema import NotALegworkDatabaseError
from app.storage.sessions import sessions_for
from tests.storage.damage import corrupt_middle


def test_a_sound_database_opens_and_passes_the_quick_check(history_file: Path) -> None:
    result = integrity.check_file(history_file)
    assert result.ok and not result.full
    with open_database(str(history_file)) as db:
        assert len(sessions_for(db, 1)) > 0
    assert integrity.check_file(history_file, full=True).ok


def test_a_corrupted_file_is_moved_aside_unchanged_and_reported(history_file: Path) -> None:
    damaged_bytes = corrupt_middle(history_file)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(str(history_file))
    error = caught.value
    assert error.moved_to is not None
    assert error.moved_to.name.startswith("legwork.db.damaged-")
    assert error.moved_to.read_bytes() == damaged_bytes, "byte for byte as it was"
    assert not history_file.exists(), "nothing was created or written in its place"
    assert "damaged" in str(error) and str(error.moved_to) in str(error)
    assert "legwork restore" in str(error)


def test_side_files_move_with_the_damaged_file(history_file: Path) -> None:
    corrupt_middle(history_file)
    wal = history_file.with_name("legwork.db-wal")
    wal.write_bytes(b"")
    moved = integrity.move_aside(history_file)
    assert moved.with_name(moved.name + "-wal").exists()
    assert not wal.exists()


def test_two_damaged_files_in_one_second_get_different_names(tmp_path: Path) -> None:
    first = tmp_path / "x.db"
    first.write_bytes(b"one")
    moved_first = integrity.move_aside(first)
    first.write_bytes(b"two")
    moved_second = integrity.move_aside(first)
    assert moved_first != moved_second
    assert {moved_first.read_bytes(), moved_second.read_bytes()} == {b"one", b"two"}


def test_a_file_that_is_not_sqlite_is_refused_and_left_in_place(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my running log\n" * 100)
    with pytest.raises(NotALegworkDatabaseError):
        open_database(str(path))
    assert path.read_text().startswith("my running log")


def test_an_unclean_shutdown_triggers_the_full_check(
    history_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []
    real = integrity.check_file

    def spy(path: Path, *, full: bool = False) -> integrity.CheckResult:
        calls.append(full)
        return real(path, full=full)

    monkeypatch.setattr(integrity, "check_file", spy)
    open_database(str(history_file)).close()
    assert calls == [False], "a clean history gets the quick check"
    # A process that dies leaves its marker behind.
    subprocess.run(
        [sys.executable, "-c", f"import pathlib; pathlib.Path({str(history_file)!r} + '.open')"
         ".write_text(str(__import__('os').getpid()))"],
        check=True,
    )
    assert not integrity.closed_cleanly(history_file)
    db = open_database(str(history_file))
    assert calls == [False, True]
    assert integrity.marker_path(history_file).read_text().strip() == str(os.getpid())
    db.close()
    assert not integrity.marker_path(history_file).exists()


def test_a_marker_of_a_running_app_is_not_a_crash(history_file: Path) -> None:
    db = open_database(str(history_file))
    assert integrity.closed_cleanly(history_file)
    second = open_database(str(history_file))
    second.close()
    db.close()
    assert not integrity.marker_path(history_file).exists()


def test_the_check_never_writes_to_the_main_file(history_file: Path) -> None:
    before = history_file.read_bytes()
    integrity.check_file(history_file, full=True)
    assert history_file.read_bytes() == before


def test_other_sqlite_errors_are_not_called_damage(tmp_path: Path) -> None:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    with pytest.raises(sqlite3.OperationalError):
        integrity.check_file(folder)
    assert folder.is_dir()


def test_looking_at_a_history_leaves_no_side_file_behind(history_file: Path) -> None:
    with sqlite3.connect(history_file) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    before = {p.name: p.read_bytes() for p in history_file.parent.iterdir()}
    assert integrity.check_file(history_file, full=True).ok
    assert integrity.inspect_database(history_file) is not None
    assert {p.name: p.read_bytes() for p in history_file.parent.iterdir()} == before


def test_an_open_that_only_reads_reports_damage_and_leaves_the_file_as_it_is(
    history_file: Path,
) -> None:
    damaged_bytes = corrupt_middle(history_file)
    for _ in range(2):
        with pytest.raises(DamagedDatabaseError) as caught:
            integrity.inspect_database(history_file)
        assert caught.value.moved_to is None
        assert "Nothing was changed" in str(caught.value)
        assert [p.name for p in history_file.parent.iterdir()] == ["legwork.db"]
        assert history_file.read_bytes() == damaged_bytes


def test_a_damaged_file_another_process_is_writing_stays_where_it_is(history_file: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; "
         "from app.storage.writer_lock import WriterLock; "
         "WriterLock(Path(sys.argv[1])).acquire(); print('locked', flush=True); time.sleep(60)",
         str(history_file)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        corrupt_middle(history_file)
        with pytest.raises(DamagedDatabaseError, match="another Legwork window or command") as c:
            open_database(str(history_file))
        assert c.value.moved_to is None and history_file.exists()
    finally:
        holder.kill()
        holder.wait(timeout=10)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(str(history_file))
    assert caught.value.moved_to is not None, "once nobody holds it, a writer moves it aside"

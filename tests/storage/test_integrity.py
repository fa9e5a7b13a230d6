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

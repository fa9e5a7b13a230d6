"""The app's fast start on a large history: cheap checks before the window, `quick_check`
just after it, on a connection of its own that only reads."""

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from app.domain import preferences as prefs
from app.library import builtin_exercises
from app.services.database import open_history, set_damaged_history_aside
from app.services.preferences import set_preference
from app.storage import integrity
from app.storage.database import checked_alongside, open_database, open_existing_database
from app.storage.exercises import builtin_exercises_in_sync
from app.storage.integrity import BackgroundCheck, DamagedDatabaseError
from app.storage.sessions import sessions_for
from tests.storage.damage import corrupt_middle


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat the 2,000-set test history as a large one (the real threshold is 32 MB)."""
    monkeypatch.setattr(integrity, "QUICK_CHECK_MAY_WAIT_BYTES", 1)


def test_a_small_file_is_still_checked_before_it_opens(history_file: Path) -> None:
    assert history_file.stat().st_size < integrity.QUICK_CHECK_MAY_WAIT_BYTES
    corrupt_middle(history_file)
    with pytest.raises(DamagedDatabaseError):
        open_existing_database(str(history_file), defer_check=True)
    with pytest.raises(DamagedDatabaseError):
        open_database(str(history_file), defer_check=True)


def test_a_large_file_that_closed_cleanly_opens_before_its_check(history_file: Path,
                                                                  large: None) -> None:
    damaged_bytes = corrupt_middle(history_file)
    db = open_database(str(history_file), defer_check=True)
    assert db.check_pending
    result = BackgroundCheck(history_file).run()
    assert result is not None and not result.ok, "the check after the start finds it"
    error = set_damaged_history_aside(db, result.problems[0])
    assert not error.written
    assert error.moved_to is not None
    assert error.moved_to.read_bytes() == damaged_bytes, "the open and the check wrote nothing"
    assert not history_file.exists()
    assert "damaged" in str(error) and "did not write to it" in str(error)
    assert str(error.moved_to) in str(error)


def test_what_was_written_before_the_damage_was_found_is_said(history_file: Path,
                                                               large: None) -> None:
    corrupt_middle(history_file)
    db = open_history(str(history_file), defer_check=True)
    set_preference(db, 1, prefs.SOUNDS, False)  # the athlete changed a setting at once
    result = BackgroundCheck(history_file).run()
    assert result is not None and not result.ok
    error = set_damaged_history_aside(db, result.problems[0])
    assert error.written and error.moved_to is not None
    assert "stopped writing to it" in str(error) and "did not write" not in str(error)


def test_a_sound_large_file_passes_the_check_while_the_app_has_it_open(history_file: Path,
                                                                        large: None) -> None:
    with open_history(str(history_file), defer_check=True) as db:
        assert db.check_pending
        assert len(sessions_for(db, 1)) > 0
        result = BackgroundCheck(history_file).run()
        assert result is not None and result.ok


def test_after_an_unclean_shutdown_the_full_check_still_comes_first(history_file: Path,
                                                                     large: None) -> None:
    integrity.marker_path(history_file).write_text("999999999\n", encoding="utf-8")  # a dead pid
    corrupt_middle(history_file)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(str(history_file), defer_check=True)
    assert caught.value.moved_to is not None


def test_commands_never_defer_the_check(history_file: Path, large: None) -> None:
    corrupt_middle(history_file)
    with pytest.raises(DamagedDatabaseError):
        open_database(str(history_file))


def test_built_ins_to_write_mean_the_check_comes_first(history_file: Path, large: None,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    first, *rest = builtin_exercises()
    renamed = [dataclasses.replace(first, name="Renamed by a newer Legwork"), *rest]
    with open_database(str(history_file)) as db:
        assert builtin_exercises_in_sync(db, builtin_exercises())
        assert not builtin_exercises_in_sync(db, renamed)
        assert builtin_exercises_in_sync(db, builtin_exercises()), "looking wrote nothing"
    damaged_bytes = corrupt_middle(history_file)
    monkeypatch.setattr("app.services.database.builtin_exercises", lambda: renamed)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_history(str(history_file), defer_check=True)
    assert caught.value.moved_to is not None
    assert caught.value.moved_to.read_bytes() == damaged_bytes


def test_a_cancelled_check_reports_nothing(history_file: Path) -> None:
    check = BackgroundCheck(history_file)
    check.cancel()
    assert check.run() is None


def test_a_command_that_reads_checks_a_large_file_while_it_reads(history_file: Path,
                                                                 large: None) -> None:
    db = open_existing_database(str(history_file), defer_check=True)
    assert db is not None and db.check_pending
    with db:
        with checked_alongside(db):
            assert len(sessions_for(db, 1)) > 0
        assert not db.check_pending, "the check passed while the command read"


def test_a_read_that_fails_while_the_check_runs_is_reported_as_the_damage(
    history_file: Path, large: None
) -> None:
    damaged = corrupt_middle(history_file)
    db = open_existing_database(str(history_file), defer_check=True)
    assert db is not None
    with db, pytest.raises(DamagedDatabaseError) as caught, checked_alongside(db):
        raise sqlite3.DatabaseError("database disk image is malformed")
    assert "is damaged" in str(caught.value) and caught.value.moved_to is None
    assert history_file.read_bytes() == damaged, "a command that reads moves nothing"


def test_an_error_that_is_not_the_files_fault_is_not_called_damage(history_file: Path,
                                                                    large: None) -> None:
    db = open_existing_database(str(history_file), defer_check=True)
    assert db is not None
    with db, pytest.raises(OSError, match="No space left"), checked_alongside(db):
        raise OSError(28, "No space left on device")

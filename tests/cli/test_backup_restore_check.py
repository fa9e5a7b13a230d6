"""`legwork backup`, `restore` and `check`, and what every command does with a damaged database."""

import subprocess
import sys
from pathlib import Path

import pytest

from app.__main__ import main
from app.paths import backups_dir
from app.storage.backups import list_backups
from tests.storage.damage import corrupt_middle, count_rows


def _url(path: Path) -> list[str]:
    return ["--database-url", f"sqlite:///{path}"]


def test_check_passes_a_sound_database(
    history_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*_url(history_file), "check"]) == 0
    out = capsys.readouterr().out
    assert "is sound" in out and f"{count_rows(history_file, 'set_entry')} sets" in out
    assert "no backups yet" in out


def test_check_says_when_there_is_nothing_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*_url(tmp_path / "new.db"), "check"]) == 0
    assert "nothing to check" in capsys.readouterr().out
    assert not (tmp_path / "new.db").exists()


def test_damage_found_by_check_exits_1_and_moves_the_file_aside(history_file: Path) -> None:
    damaged = corrupt_middle(history_file)
    result = subprocess.run(
        [sys.executable, "-m", "app", *_url(history_file), "check"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("legwork: Your Legwork database")
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    moved = list(history_file.parent.glob("legwork.db.damaged-*"))
    assert [p.read_bytes() for p in moved if p.name.endswith("Z")] == [damaged]
    assert not history_file.exists()


@pytest.mark.parametrize("command", [["exercises"], ["backup"], ["export", "-o", "out.csv"]])
def test_every_command_meeting_damage_exits_1_and_leaves_it_renamed(
    history_file: Path, command: list[str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(history_file.parent)
    damaged = corrupt_middle(history_file)
    assert main([*_url(history_file), *command]) == 1
    assert "is damaged" in capsys.readouterr().err
    (moved,) = history_file.parent.glob("legwork.db.damaged-*Z")
    assert moved.read_bytes() == damaged


def test_backup_restore_round_trip_after_damage(
    history_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sets = count_rows(history_file, "set_entry")
    assert main([*_url(history_file), "backup"]) == 0
    assert f"({sets} sets)" in capsys.readouterr().out
    (backup,) = list_backups(history_file)
    corrupt_middle(history_file)
    assert main([*_url(history_file), "check"]) == 1
    capsys.readouterr()
    assert main([*_url(history_file), "restore", str(backup.path)]) == 0
    assert f"Restored {backup.sessions} sessions" in capsys.readouterr().out
    assert main([*_url(history_file), "check"]) == 0
    assert count_rows(history_file, "set_entry") == sets


def test_backup_to_a_chosen_file_or_folder(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.db"
    assert main([*_url(history_file), "backup", "-o", str(target)]) == 0
    assert count_rows(target, "set_entry") == count_rows(history_file, "set_entry")
    folder = tmp_path / "usb"
    folder.mkdir()
    assert main([*_url(history_file), "backup", "-o", str(folder)]) == 0
    assert len(list(folder.glob("legwork-*-manual.db"))) == 1
    assert not backups_dir(history_file).exists(), "-o writes only where it is told"


def test_restore_keeps_the_replaced_database(
    history_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.db"
    assert main([*_url(history_file), "backup", "-o", str(old)]) == 0
    assert main([*_url(history_file), "restore", str(old)]) == 0
    out = capsys.readouterr().out
    assert "is kept as" in out
    assert [b.reason for b in list_backups(history_file)] == ["before-restore"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["restore", "missing.db"], "no backup file"),
        (["restore", "."], "no backup file"),
        (["backup", "-o", "no/such/folder/x.db"], "Could not write the backup"),
    ],
)
def test_bad_arguments_get_a_plain_message_and_change_nothing(
    history_file: Path, args: list[str], message: str,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(history_file.parent)
    before = history_file.read_bytes()
    assert main([*_url(history_file), *args]) == 1
    assert message in capsys.readouterr().err
    assert history_file.read_bytes() == before


def test_backup_of_a_missing_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*_url(tmp_path / "none.db"), "backup"]) == 1
    assert "no database" in capsys.readouterr().err

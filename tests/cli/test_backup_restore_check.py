"""`legwork backup`, `restore` and `check`, and what every command does with a damaged database."""

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from app.__main__ import main
from app.domain.plan import BUILTIN_PLAN_NAME
from app.paths import backups_dir
from app.storage import integrity
from app.storage.backups import create_backup, list_backups, thin_backups
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


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: what a read-only command must leave alone."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


def _legwork(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120,
        cwd=cwd,
    )


def test_check_on_damage_stays_red_and_leaves_the_file_where_it_is(history_file: Path) -> None:
    corrupt_middle(history_file)
    before = _files(history_file.parent)
    for _ in range(2):  # a scheduled check never turns green by itself
        result = _legwork(*_url(history_file), "check", cwd=history_file.parent)
        assert result.returncode == 1
        assert result.stderr.startswith(f"legwork: Your Legwork database {history_file} is "
                                        "damaged (")
        assert "Traceback" not in result.stderr
        assert "There is no backup of it yet" in result.stderr
        assert "backups" not in result.stderr, "no folder that does not exist is named"
        assert _files(history_file.parent) == before, "nothing moved, renamed or created"


def test_check_on_damage_names_the_newest_good_backup(
    history_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*_url(history_file), "backup"]) == 0
    (older,) = list_backups(history_file)
    newest = create_backup(history_file, reason="manual", now=older.created_at + timedelta(hours=1))
    capsys.readouterr()
    corrupt_middle(history_file)
    assert main([*_url(history_file), "check"]) == 1
    err = capsys.readouterr().err
    assert f"Your newest good backup is {newest.path} (" in err
    restore = f"`legwork restore {newest.path}` puts it back, keeping the damaged file."
    assert f"{newest.sessions} sessions, {newest.sets} sets): {restore}" in err
    assert history_file.exists()


READ_ONLY_COMMANDS = [
    ["check"], ["exercises"], ["plans"], ["tests"], ["backup"],
    ["export", "-o", "out.csv"],
    ["sheet", "--session", "1", "-o", "out.pdf"],
    ["import", "--dry-run", "in.csv"],
]


@pytest.mark.parametrize("command", READ_ONLY_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_command_that_only_reads_never_moves_a_damaged_history(
    history_file: Path, command: list[str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(history_file.parent)
    (history_file.parent / "in.csv").write_text(
        (Path(__file__).parents[1] / "data" / "imports" / "strong-2025.csv").read_text())
    corrupt_middle(history_file)
    before = _files(history_file.parent)
    assert main([*_url(history_file), *command]) == 1
    err = capsys.readouterr().err
    assert f"Your Legwork database {history_file} is damaged" in err
    assert "Nothing was changed" in err and "legwork restore FILE" in err
    assert _files(history_file.parent) == before


@pytest.mark.parametrize("output", ["out.csv", "out.json"])
def test_an_export_checked_while_it_is_written_leaves_no_file_from_a_damaged_history(
    history_file: Path, output: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A large history's check runs beside the export (the real threshold is megabytes).
    monkeypatch.setattr(integrity, "QUICK_CHECK_MAY_WAIT_BYTES", 1)
    monkeypatch.chdir(history_file.parent)
    damaged = corrupt_middle(history_file)
    before = _files(history_file.parent)
    assert main([*_url(history_file), "export", "-o", output]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"legwork: Your Legwork database {history_file} is damaged (")
    assert "Nothing was changed" in err and "Traceback" not in err
    assert _files(history_file.parent) == before, "no export, whole or partial"
    assert history_file.read_bytes() == damaged


def test_an_export_checked_while_it_is_written_is_the_same_file(
    history_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main([*_url(history_file), "export", "-o", str(tmp_path / "checked-first.csv")]) == 0
    monkeypatch.setattr(integrity, "QUICK_CHECK_MAY_WAIT_BYTES", 1)
    assert main([*_url(history_file), "export", "-o", str(tmp_path / "alongside.csv")]) == 0
    first = (tmp_path / "checked-first.csv").read_bytes()
    assert first.count(b"\r\n") == count_rows(history_file, "set_entry") + 1
    assert (tmp_path / "alongside.csv").read_bytes() == first


def test_a_command_that_writes_moves_the_damaged_history_aside(
    history_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = corrupt_middle(history_file)
    assert main([*_url(history_file), "demo-data"]) == 1
    err = capsys.readouterr().err
    (moved,) = history_file.parent.glob("legwork.db.damaged-*Z")
    assert moved.read_bytes() == damaged
    assert f"it has been moved aside, unchanged, to {moved}" in err
    assert not history_file.exists()
    # Until the athlete restores or starts afresh, `check` says where the history went.
    assert main([*_url(history_file), "check"]) == 1
    err = capsys.readouterr().err
    assert f"There is no Legwork history at {history_file}: a damaged one was moved aside " \
           f"to {moved}" in err
    assert main([*_url(history_file), "demo-data"]) == 0, "the next write starts afresh"
    assert main([*_url(history_file), "check"]) == 0
    assert f"1 damaged copy is kept beside it (the newest is {moved})" in capsys.readouterr().out


def test_a_damaged_header_gets_the_same_advice(
    history_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*_url(history_file), "backup"]) == 0
    (backup,) = list_backups(history_file)
    capsys.readouterr()
    with history_file.open("r+b") as handle:
        handle.write(b"\0" * 100)
    before = _files(history_file.parent)
    assert main([*_url(history_file), "check"]) == 1
    err = capsys.readouterr().err
    assert f"{history_file} cannot be read as a SQLite database" in err
    assert f"Your newest good backup is {backup.path}" in err
    assert _files(history_file.parent) == before
    assert main([*_url(history_file), "restore", str(backup.path)]) == 0
    assert main([*_url(history_file), "check"]) == 0


@pytest.mark.parametrize("damage", ["pages", "header"])
def test_the_built_in_plan_sheet_prints_on_a_damaged_history(
    history_file: Path, tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if damage == "pages":
        corrupt_middle(history_file)
    else:
        with history_file.open("r+b") as handle:
            handle.write(b"\0" * 100)
    before = _files(history_file.parent)
    pdf = tmp_path / "plan.pdf"
    args = [*_url(history_file), "sheet", "--plan", BUILTIN_PLAN_NAME, "-o", str(pdf)]
    assert main([*args, "--athlete", "Runner"]) == 0
    out, err = capsys.readouterr()
    assert pdf.read_bytes().startswith(b"%PDF-") and "Wrote" in out
    assert "There is no backup of it yet" in err
    assert "printed anyway, without anyone's last results" in err
    assert _files(history_file.parent) == before
    # Any other sheet needs the history.
    assert main([*_url(history_file), "sheet", "--plan", "Mine", "-o", str(pdf)]) == 1


def test_an_older_schema_is_left_as_it_is_by_a_command_that_only_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "legwork.db"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "schema-0003.db", old)
    before = _files(tmp_path)
    assert main([*_url(old), "plans"]) == 1
    err = capsys.readouterr().err
    assert f"{old} was written by an older Legwork (schema 0003;" in err
    assert "run `legwork check --upgrade`" in err
    assert main([*_url(old), "check"]) == 0
    out = capsys.readouterr().out
    assert "is sound" in out and "written by an older Legwork" in out
    assert _files(tmp_path) == before, "no upgrade, no backup, no side file"
    assert main([*_url(old), "check", "--upgrade"]) == 0
    assert [b.reason for b in list_backups(old)] == ["before-upgrade"]
    assert main([*_url(old), "plans"]) == 0


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


# A real `legwork backup` that stops (to be killed) once its copy is written under its
# temporary name, before the check and the rename.
PAUSED_BACKUP = """
import sys, time
from app.storage import backups
copy = backups._copy_database
def copy_then_wait(source, target):
    copy(source, target)
    print("copied", flush=True)
    time.sleep(60)
backups._copy_database = copy_then_wait
from app.__main__ import main
sys.exit(main(["--database-url", sys.argv[1], "backup"]))
"""


def _killed_backup(database: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    proc = subprocess.Popen([sys.executable, "-c", PAUSED_BACKUP, f"sqlite:///{database}"],
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "copied"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL


def _part_files(database: Path) -> list[Path]:
    return sorted(backups_dir(database).glob(".legwork-*.partial*"))


def test_part_files_of_killed_backups_are_never_counted_and_go_after_a_minute(
    history_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(3):
        _killed_backup(history_file)
    left = _part_files(history_file)
    assert len(left) == 3, "each killed backup leaves its part-file"
    assert list_backups(history_file) == [], "a part-file is never a backup"
    assert thin_backups(history_file) == []
    # Two are old enough to be abandoned; one could still be another process's backup.
    minute_ago = time.time() - 61
    for stale in left[:2]:
        os.utime(stale, (minute_ago, minute_ago))
    assert main([*_url(history_file), "backup"]) == 0
    assert _part_files(history_file) == left[2:]
    assert [b.reason for b in list_backups(history_file)] == ["manual"]
    capsys.readouterr()
    os.utime(left[2], (minute_ago, minute_ago))
    assert main([*_url(history_file), "check"]) == 0
    out = capsys.readouterr().out
    assert f"Removed 1 unfinished backup file that an interrupted backup left in " \
           f"{backups_dir(history_file)}." in out
    assert _part_files(history_file) == []

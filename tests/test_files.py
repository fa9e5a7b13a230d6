"""One way to write a file whole: exports, printed sheets and backups alike reach the disk."""

import os
from pathlib import Path

import pytest

from app.domain.transfer import ExportFormat
from app.files import written_whole
from app.storage.athletes import create_athlete
from app.storage.backups import create_backup
from app.storage.database import Database
from app.storage.transfer import write_export


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths flushed to disk with fsync, as the kernel names them."""
    flushed: list[str] = []
    real = os.fsync

    def record(fd: int) -> None:
        flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", record)
    return flushed


def _flushed_whole(synced: list[str], destination: Path) -> bool:
    """The new content and the folder entry both reached the disk before the call returned."""
    beside = [p for p in synced if Path(p).parent == destination.parent
              and Path(p).name.startswith(f".{destination.name}.")]
    return bool(beside) and str(destination.parent) in synced


def test_a_failed_write_leaves_the_old_file_and_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), written_whole(target) as temp:
        temp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk on fire")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]


def test_exports_sheets_and_backups_all_flush_the_file_and_the_folder(
    qapp, tmp_path: Path, database: Database, synced: list[str]
) -> None:
    from app.sheets.layout import build_plan_sheet
    from app.sheets.render import write_pdf
    from tests.builders import plan

    create_athlete(database, "Ida")
    export = tmp_path / "out" / "history.csv"
    export.parent.mkdir()
    write_export(database, export, ExportFormat.CSV)
    assert _flushed_whole(synced, export), "the export"

    synced.clear()
    sheet = tmp_path / "out" / "plan.pdf"
    write_pdf(build_plan_sheet(plan(), {}, {}, athlete="Ida"), sheet)
    assert _flushed_whole(synced, sheet), "the printed sheet"

    synced.clear()
    backup = tmp_path / "out" / "copy.db"
    create_backup(database.path, backup)
    assert _flushed_whole(synced, backup), "the backup"

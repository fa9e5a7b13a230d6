"""Helpers for the data-safety tests: a database with real history, and deliberate damage."""

import shutil
import sqlite3
from pathlib import Path

from benchmarks.history import fill_history

PAGE = 4096


def history_database(path: Path, sets: int = 2000) -> Path:
    """A closed Legwork database at `path` holding about `sets` sets in finished sessions."""
    fill_history(path, sets=sets, athletes=2)
    return path


def corrupt_middle(path: Path, pages: int = 2) -> bytes:
    """Overwrite whole pages in the middle of the file with garbage; returns the new bytes."""
    size = path.stat().st_size
    offset = (size // 2) // PAGE * PAGE
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(bytes(range(256)) * (PAGE * pages // 256))
    return path.read_bytes()


def copy_database(source: Path, target: Path) -> Path:
    """Copy a closed database file (no -wal) to `target`."""
    shutil.copyfile(source, target)
    return target


def count_rows(path: Path, table: str) -> int:
    """Rows in one table, read with plain sqlite3."""
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

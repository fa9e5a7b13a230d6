"""Writing a file whole or not at all: the one way Legwork replaces a file it writes.

Exports, printed sheets and database backups all go through `written_whole`:
the new content goes to a temporary file beside the destination, is flushed to
the disk, and is renamed over the destination in one step, and the folder's
entry is flushed too. After a crash, a full disk or a power cut the chosen name
holds either the old file or the complete new one, never half of one.
"""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

# Files SQLite may leave beside a database it wrote (a backup is written as one).
_SIDE_FILE_SUFFIXES = ("-journal", "-wal", "-shm")


def sync(path: Path) -> None:
    """Flush a file, or a folder's entries, from the OS cache to the disk (best effort)."""
    flags = (os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        # Some file systems (and Windows folders) refuse fsync; the rename still holds.
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def written_whole(destination: Path) -> Iterator[Path]:
    """A new, empty temporary file beside `destination` to write; moved into place at the end.

    When the block finishes, the temporary file is synced, renamed over
    `destination` and the folder synced. When it raises, the temporary file
    (and any SQLite side file beside it) is removed and `destination` is left
    as it was. A missing or read-only folder raises `OSError` before the block runs.
    """
    folder = destination.parent if str(destination.parent) else Path(".")
    handle, name = tempfile.mkstemp(dir=folder, prefix=f".{destination.name}.", suffix=".partial")
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        sync(temp)
        os.replace(temp, destination)
        sync(folder)
    finally:
        for leftover in (temp, *(temp.with_name(temp.name + s) for s in _SIDE_FILE_SUFFIXES)):
            leftover.unlink(missing_ok=True)

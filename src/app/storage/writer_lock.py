"""Whether another Legwork process is using a database file, read without Qt.

The GUI holds a `QLockFile` at ``<database>.lock`` while it runs (see
`app.ui.shell.single_instance`). Qt writes the holder's pid, process name and host
name on the first three lines. Command-line commands that write (restore,
import, demo data) read that file here and refuse while the holder is alive,
so the GUI and a command never write the same file at once.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import LegworkError

LOCK_SUFFIX = ".lock"


class DatabaseInUseError(LegworkError):
    """Another Legwork process has the database open for writing."""


@dataclass(frozen=True)
class LockHolder:
    """Who holds a database's lock file, as written by `QLockFile`."""

    pid: int
    process_name: str
    host: str


def host_name() -> str:
    """This machine's name as Qt writes it in lock files."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # only where os.uname is missing (Windows); it is slow to import

    return socket.gethostname()


def lock_path(database: Path) -> Path:
    """The lock file beside a database: ``<database>.lock``."""
    return database.with_name(database.name + LOCK_SUFFIX)


def process_is_running(pid: int) -> bool:
    """Whether a process with this id exists on this machine.

    Only POSIX can ask cheaply (signal 0); elsewhere the answer is "yes",
    which errs towards refusing rather than writing twice.
    """
    if pid <= 0:
        return False
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(database: Path) -> LockHolder | None:
    """The holder named in the database's lock file, or None if there is no readable lock."""
    try:
        lines = lock_path(database).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None
    return LockHolder(
        pid=pid,
        process_name=lines[1] if len(lines) > 1 else "",
        host=lines[2] if len(lines) > 2 else "",
    )


def live_holder(database: Path) -> LockHolder | None:
    """The other process that holds the database's lock right now, or None.

    A lock left by a crashed process (its pid is gone) or held by this very
    process does not count. A lock from another host (a shared folder) does:
    there is no way to ask that machine, so it is safer to assume it is open.
    """
    holder = read_lock(database)
    same_host = holder is not None and holder.host in ("", host_name())
    if holder is None or (holder.pid == os.getpid() and same_host):
        return None
    if same_host and not process_is_running(holder.pid):
        return None
    return holder


def refuse_if_open_elsewhere(database: Path) -> None:
    """Raise `DatabaseInUseError` if another live Legwork process holds the database."""
    holder = live_holder(database)
    if holder is not None:
        where = "" if holder.host in ("", host_name()) else f" on {holder.host}"
        raise DatabaseInUseError(
            f"Legwork is open on {database} (process {holder.pid}{where}). Close the Legwork "
            "window first, then try again, so that two programs never write the same file."
        )

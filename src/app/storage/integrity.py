"""Checking a database file before anything writes to it, and moving a damaged one aside.

Runs on every open with the standard library's `sqlite3`, before SQLAlchemy
touches the file: `PRAGMA quick_check` normally, the full `integrity_check`
when the previous session did not close cleanly. The app alone may let the
quick check of a large file that was closed cleanly wait until its window is
usable (`quick_check_may_wait`, `BackgroundCheck`). What happens to a damaged
file depends on who opened it:

* an open that would write (the app, `import`, `restore`…) renames it with a
  timestamp, together with its -wal and -shm files, exactly as it was, so a new
  history can start in its place (`guard_database`);
* an open that only reads (`check`, `plans`, `export`, `sheet`…) leaves it
  exactly where and as it is and says what to do (`inspect_database`), so the
  next `legwork check` is red again until the athlete restores or starts afresh.

A damaged file is never written to and never deleted. Looking at a file never
leaves anything behind either (`connect_read_only`).
"""

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.backup_policy import utc_stamp
from app.domain.errors import LegworkError
from app.storage.writer_lock import held_elsewhere

SQLITE_MAGIC = b"SQLite format 3\x00"
OPEN_MARKER_SUFFIX = ".open"
DAMAGED_INFIX = ".damaged-"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
_DAMAGE_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})
QUICK_CHECK_MAY_WAIT_BYTES = 8 * 1024 * 1024
"""From this size on (about 30,000 sets), `quick_check` takes more than the data-safety
checks' share of a start (50 ms): it reads the whole file, about 4 ms a megabyte here.
Below it the check stays before the window; from it on, a clean history is checked
just after the window shows (docs/data-safety.md)."""


class DamagedDatabaseError(LegworkError):
    """The database file failed its integrity check.

    `moved_to` is where the damaged file now is, or None when it was left in
    place (an open that only reads, or another Legwork process had it open).
    `written` is True when the app had written to it (sets recorded in the
    seconds before the check that runs after its start), so "nothing was
    written" would not be true.
    """

    def __init__(self, message: str, database: Path, moved_to: Path | None, *,
                 written: bool = False) -> None:
        super().__init__(message)
        self.database = database
        self.moved_to = moved_to
        self.written = written


@dataclass(frozen=True)
class CheckResult:
    """What an integrity check found: no problems means the file is sound."""

    full: bool
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when the check found nothing wrong."""
        return not self.problems


def read_only_uri(path: Path) -> str:
    """A SQLite URI that reads `path` and leaves nothing behind; see `connect_read_only`."""
    # A log or journal that is already there belongs to another connection, or to a
    # crash: a read-only connection leaves it (and the file) exactly as they are.
    # Without one, a read-only connection to a WAL database would create -wal and -shm
    # files and leave them behind; a read-write one removes them when it closes, and
    # with `query_only` and an empty log it writes nothing into the file.
    logs = (path.with_name(path.name + suffix) for suffix in ("-wal", "-journal"))
    mode = "ro" if any(log.exists() for log in logs) else "rw"
    return f"{path.absolute().as_uri()}?mode={mode}"


@contextmanager
def connect_read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A `sqlite3` connection that can only read `path`, closed (leaving no file) at the end."""
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
        conn.execute("PRAGMA query_only=ON")
        yield conn


def looks_like_sqlite(path: Path) -> bool:
    """Whether the file starts with SQLite's header (a damaged database usually still does)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_file(path: Path, *, full: bool = False) -> CheckResult:
    """Run `quick_check` (or `integrity_check` with `full`) on the file, read-only.

    Damage the check reports, and errors SQLite raises because the file is
    corrupt, become problems; any other failure (no permission, a lock held
    too long) propagates as `sqlite3.Error`, since it says nothing about damage.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        # Checking must not write, not even a checkpoint of a log left by a crash.
        with connect_read_only(path) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return _damage_or_raise(exc, full)
    return _result(rows, full)


def _result(rows: list[tuple[object, ...]], full: bool) -> CheckResult:
    return CheckResult(full=full, problems=tuple(str(r[0]) for r in rows if str(r[0]) != "ok"))


def _damage_or_raise(exc: sqlite3.DatabaseError, full: bool) -> CheckResult:
    """An error SQLite raised because the file is corrupt is what the check found."""
    if getattr(exc, "sqlite_errorname", "") in _DAMAGE_CODES:
        return CheckResult(full=full, problems=(str(exc),))
    raise exc


def quick_check_may_wait(path: Path) -> bool:
    """Whether the app may open `path` before its `quick_check` and run it just after.

    Only a large SQLite file whose last session closed cleanly: after an
    unclean shutdown the full check always comes before anything writes, and
    a small file is checked at once because that costs nothing noticeable.
    """
    try:
        large = path.stat().st_size >= QUICK_CHECK_MAY_WAIT_BYTES
    except OSError:
        return False
    return large and looks_like_sqlite(path) and closed_cleanly(path)


class BackgroundCheck:
    """`quick_check` of a database the app already has open, run on a worker thread.

    It reads through a connection of its own that can only read
    (`connect_read_only`), so it never writes to the file, and `cancel` (from any
    thread) stops it at once when the app closes first.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._cancelled = False
        # `cancel` may come from another thread just as the connection closes: the lock
        # keeps it from interrupting a connection that is already closed.
        self._lock = threading.Lock()

    def run(self) -> CheckResult | None:
        """The check's result, or None when it was cancelled."""
        try:
            with connect_read_only(self.path) as conn:
                with self._lock:
                    if self._cancelled:
                        return None
                    self._conn = conn
                try:
                    rows = conn.execute("PRAGMA quick_check").fetchall()
                finally:
                    with self._lock:
                        self._conn = None
        except sqlite3.DatabaseError as exc:
            return None if self._cancelled else _damage_or_raise(exc, full=False)
        return _result(rows, full=False)

    def cancel(self) -> None:
        """Stop the check (it then returns None); safe from another thread."""
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()


def companions(path: Path) -> list[Path]:
    """The database's side files (-wal, -shm, -journal) that exist right now."""
    candidates = (path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES)
    return [candidate for candidate in candidates if candidate.exists()]


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database to ``<name>.damaged-<UTC stamp>``, with its side files.

    Renaming keeps every byte as it was (and on the same disk, so it cannot
    fail half-way for lack of space). Side files keep their suffix after the
    new name, so SQLite still pairs them if someone opens the copy.
    """
    stamp = utc_stamp(now or datetime.now(UTC))
    target = path.with_name(f"{path.name}{DAMAGED_INFIX}{stamp}")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.name}{DAMAGED_INFIX}{stamp}-{counter}")
        counter += 1
    # Side files first: if the main file's rename failed, the database would
    # still be whole where it was.
    for side in companions(path):
        os.replace(side, target.with_name(target.name + side.name[len(path.name) :]))
    os.replace(path, target)
    return target


def marker_path(path: Path) -> Path:
    """The marker that says the database is open: ``<database>.open``."""
    return path.with_name(path.name + OPEN_MARKER_SUFFIX)


def _process_is_running(pid: int) -> bool:
    """Whether a process with this id exists on this machine (POSIX only: signal 0)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _marker_owner_alive(marker: Path) -> bool:
    text = marker.read_text(encoding="utf-8").strip()
    if not text.isdigit():
        return False
    pid = int(text)
    # Elsewhere than POSIX another pid cannot be asked about cheaply, and the
    # price of guessing "crashed" is only the slower full check.
    return pid == os.getpid() or (os.name == "posix" and _process_is_running(pid))


def closed_cleanly(path: Path) -> bool:
    """False when a marker shows the last process using the file died without closing it."""
    try:
        return _marker_owner_alive(marker_path(path))
    except FileNotFoundError:
        return True
    except OSError:
        return False


def mark_open(path: Path) -> None:
    """Leave the open marker, unless a running process (an open app) already left one."""
    marker = marker_path(path)
    try:
        if _marker_owner_alive(marker):
            return
    except OSError:
        pass
    marker.write_text(f"{os.getpid()}\n", encoding="utf-8")


def mark_closed(path: Path) -> None:
    """Remove the open marker if this process left it."""
    marker = marker_path(path)
    try:
        if marker.read_text(encoding="utf-8").strip() == str(os.getpid()):
            marker.unlink()
    except OSError:
        return


def damaged_copies(path: Path) -> list[Path]:
    """The damaged files moved aside from `path` (``<name>.damaged-…``), newest first."""
    if not path.parent.is_dir():
        return []
    prefix = path.name + DAMAGED_INFIX
    found = [
        candidate for candidate in path.parent.iterdir()
        if candidate.name.startswith(prefix) and not candidate.name.endswith(COMPANION_SUFFIXES)
    ]
    return sorted(found, key=lambda candidate: candidate.name, reverse=True)


def damage_message(path: Path, moved_to: Path | None, problem: str, *, in_use: bool = False,
                   written: bool = False) -> str:
    """Plain words for a damaged database: what happened, where it is, what can be done.

    `moved_to` is where an open that would write moved it; None means it was left
    in place (an open that only reads, or `in_use`: another Legwork process has it).
    The advice names the newest good backup, or says there is none and what else helps.
    """
    from app.storage.backups import recovery_advice

    damaged = f"Your Legwork database {path} is damaged ({_one_line(problem)})"
    if moved_to is not None and written:
        return (
            f"{damaged}, so Legwork stopped writing to it (it holds only what was recorded "
            f"just after the start) and moved it aside to {moved_to}. "
            f"{recovery_advice(path, moved=True)}"
        )
    if moved_to is not None:
        return (
            f"{damaged}, so Legwork did not write to it: it has been moved aside, unchanged, "
            f"to {moved_to}. {recovery_advice(path, moved=True)}"
        )
    if in_use:
        return (
            f"{damaged}, and another Legwork window or command has it open, so it was left "
            f"where it is: close that first. {recovery_advice(path, moved=False)}"
        )
    return (
        f"{damaged}. Nothing was changed, and it stays where it is until you restore a "
        f"backup or start afresh. {recovery_advice(path, moved=False)}"
    )


def _one_line(problem: str) -> str:
    """SQLite's report on one line, without its "*** in database main ***" heading."""
    lines = [line.strip() for line in problem.splitlines()]
    return "; ".join(line for line in lines if line and not line.startswith("***")).rstrip(".")


def _checked(path: Path, full: bool | None) -> CheckResult | None:
    if not path.exists() or path.stat().st_size == 0 or not looks_like_sqlite(path):
        return None
    return check_file(path, full=not closed_cleanly(path) if full is None else full)


def inspect_database(path: Path, *, full: bool | None = None) -> CheckResult | None:
    """Check the database for an open that only reads; raise, leaving it in place, if damaged.

    `full=None` chooses: the full check after an unclean shutdown, the quick
    one otherwise. Returns None for a missing, empty or non-SQLite file
    (which the schema check reports on), else the passing result. Raises
    `DamagedDatabaseError` (with `moved_to` None) for a damaged file, which is
    neither moved nor written, so every later look finds it damaged again.
    """
    result = _checked(path, full)
    if result is None or result.ok:
        return result
    raise DamagedDatabaseError(damage_message(path, None, result.problems[0]), path, None)


def guard_database(path: Path, *, full: bool | None = None) -> CheckResult | None:
    """Check the database for an open that would write; move it aside and raise if damaged.

    Like `inspect_database`, but a damaged file is renamed aside (see `move_aside`)
    so that a new history can take its place, unless another Legwork process holds
    the file's writer lock, in which case it stays where it is.
    """
    result = _checked(path, full)
    if result is None or result.ok:
        return result
    raise set_aside(path, result.problems[0])


def set_aside(path: Path, problem: str, *, written: bool = False) -> DamagedDatabaseError:
    """Move a database found damaged aside (unless another Legwork process holds it);
    returns the error that says so, for the caller to raise or show.

    For an open that would write, and only once nothing has the file open to
    write: the caller closes its own connections first. `written` says the
    caller had written to it before the damage was found (see `has_written`).
    """
    if held_elsewhere(path):
        message = damage_message(path, None, problem, in_use=True)
        return DamagedDatabaseError(message, path, None, written=written)
    moved_to = move_aside(path)
    marker_path(path).unlink(missing_ok=True)
    message = damage_message(path, moved_to, problem, written=written)
    return DamagedDatabaseError(message, path, moved_to, written=written)


def has_written(path: Path) -> bool:
    """Whether the open connections have written to the database since it was opened.

    A clean close removes the write-ahead log, and the app's open creates it empty;
    anything written since is in it (SQLite reuses the log after a checkpoint
    rather than shrinking it). Asked while the app still has the file open.
    """
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False

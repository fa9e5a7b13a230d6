"""When to make automatic backups, which ones to keep, and how their files are named.

Pure rules on timestamps: storage makes and deletes the files, this module
decides. Every timestamp here is an aware datetime; names use UTC so that a
trip across time zones never reorders them.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
BACKUP_PREFIX = "legwork-"
BACKUP_SUFFIX = ".db"
# legwork-20250601T050000Z.db, optionally with a reason: legwork-20250601T050000Z-before-restore.db
_BACKUP_NAME = re.compile(r"^legwork-(\d{8}T\d{6}Z)(?:-([a-z0-9-]+))?\.db$")

# A backup is written under a temporary name first (app.files.written_whole):
# .legwork-20250601T050000Z-manual.db.k2j4h1.partial, plus SQLite's side files of it.
_PART_FILE_NAME = re.compile(r"^\.legwork-.+\.partial(?:-journal|-wal|-shm)?$")
STALE_PART_FILE_AGE = timedelta(minutes=1)
"""A part-file untouched this long was left by a backup that died: a live one writes its
part-file as it copies and checks the copy straight after, in seconds even for years of
history (docs/benchmarks.md)."""

AUTOMATIC_INTERVAL = timedelta(days=1)

REASON_DAILY = ""
REASON_AFTER_SESSION = "after-session"
REASON_BEFORE_UPGRADE = "before-upgrade"
REASON_BEFORE_RESTORE = "before-restore"
REASON_MANUAL = "manual"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what it holds (counts are None when it cannot be read)."""

    path: Path
    created_at: datetime
    """When it was made, aware UTC (from its name, else the file's modification time)."""
    reason: str
    revision: str | None
    sessions: int | None
    sets: int | None
    size_bytes: int
    problem: str | None = None
    """Why the file is not usable as a backup, or None if it is."""

    @property
    def ok(self) -> bool:
        """True when the file read as a Legwork database this version can restore."""
        return self.problem is None


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups survive thinning: the newest few, then one a week, then one a month."""

    keep_last: int = 10
    weekly_for_weeks: int = 8
    monthly_for_months: int = 12


def utc_stamp(moment: datetime) -> str:
    """`moment` as a compact UTC stamp for file names, e.g. ``20250601T050000Z``."""
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


def backup_file_name(moment: datetime, reason: str = "") -> str:
    """The file name of a backup made at `moment`, with an optional reason tag."""
    tag = f"-{reason}" if reason else ""
    return f"{BACKUP_PREFIX}{utc_stamp(moment)}{tag}{BACKUP_SUFFIX}"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """The UTC time and reason encoded in a backup's file name, or None if it is not one."""
    match = _BACKUP_NAME.match(name)
    if match is None:
        return None
    try:
        moment = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return moment, match.group(2) or ""


def is_part_file_name(name: str) -> bool:
    """Whether `name` is an unfinished backup's temporary file (never counted as a backup)."""
    return _PART_FILE_NAME.match(name) is not None


def part_file_is_stale(modified: datetime, now: datetime) -> bool:
    """Whether a part-file last written at `modified` was left by a backup that died.

    One written "in the future" (the clock was wrong) is younger than any age: it stays.
    """
    return now - modified >= STALE_PART_FILE_AGE


def automatic_backup_due(newest: datetime | None, now: datetime) -> bool:
    """Whether the once-a-day backup should run: none yet, or the newest is a day old.

    A newest backup in the future (the clock was wrong) counts as old, so a
    clock fixed backwards cannot stop backups for months.
    """
    if newest is None:
        return True
    age = now - newest
    return age >= AUTOMATIC_INTERVAL or age < timedelta(0)


def backups_to_keep(
    moments: Iterable[datetime], now: datetime, policy: RetentionPolicy | None = None
) -> set[datetime]:
    """Which of the backups made at `moments` thinning keeps.

    Kept: the newest `keep_last`; the newest backup of each of the last
    `weekly_for_weeks` weeks and of each of the last `monthly_for_months`
    calendar months (UTC); and anything stamped in the future, since a wrong
    clock is no reason to delete. Everything else may be deleted.
    """
    rules = policy or RetentionPolicy()
    newest_first = sorted(set(moments), reverse=True)
    keep = {m for m in newest_first if m > now}
    keep.update(newest_first[: rules.keep_last])
    weeks_seen: set[int] = set()
    months_seen: set[tuple[int, int]] = set()
    now_utc = now.astimezone(UTC)
    for moment in newest_first:
        if moment > now:
            continue
        utc = moment.astimezone(UTC)
        week = (now - moment) // timedelta(weeks=1)
        if week < rules.weekly_for_weeks and week not in weeks_seen:
            weeks_seen.add(week)
            keep.add(moment)
        month = (utc.year, utc.month)
        months_back = (now_utc.year - utc.year) * 12 + now_utc.month - utc.month
        if months_back < rules.monthly_for_months and month not in months_seen:
            months_seen.add(month)
            keep.add(moment)
    return keep


def after_session_backup_due(newest_backup: datetime | None, finished: Iterable[datetime]) -> bool:
    """Whether a session finished since the newest backup, so one should be made now.

    A finished session is backed up once, however often the history changes
    after it. Backup names are stamped to the second, so the comparison is too.
    """
    latest = max(finished, default=None)
    if latest is None:
        return False
    return newest_backup is None or latest.replace(microsecond=0) > newest_backup

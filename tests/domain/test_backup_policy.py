"""Backup thinning, the daily rhythm and backup file names, as pure rules on timestamps."""

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.backup_policy import (
    RetentionPolicy,
    automatic_backup_due,
    backup_file_name,
    backups_to_keep,
    parse_backup_name,
)

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def test_the_newest_ten_are_always_kept() -> None:
    hourly = [NOW - timedelta(hours=h) for h in range(30)]
    keep = backups_to_keep(hourly, NOW)
    assert set(hourly[:10]) <= keep


def test_a_year_of_daily_backups_thins_to_recent_weekly_and_monthly() -> None:
    daily = [NOW - timedelta(days=d) for d in range(365 * 2)]
    keep = backups_to_keep(daily, NOW)
    assert set(daily[:10]) <= keep
    # One per week for 8 weeks, one per month for a year: never more than 10 + 8 + 12.
    assert len(keep) <= 30
    assert len(keep) >= 20
    assert all(NOW - moment < timedelta(days=366) for moment in keep)
    months = {(m.year, m.month) for m in keep}
    assert len(months) == 12


def test_one_per_week_survives_for_eight_weeks() -> None:
    daily = [NOW - timedelta(days=d) for d in range(70)]
    keep = backups_to_keep(daily, NOW, RetentionPolicy(keep_last=0, monthly_for_months=0))
    assert len(keep) == 8
    assert {(NOW - m) // timedelta(weeks=1) for m in keep} == set(range(8))


def test_backups_stamped_in_the_future_are_never_thinned() -> None:
    future = NOW + timedelta(days=400)
    assert future in backups_to_keep([future], NOW, RetentionPolicy(0, 0, 0))


@settings(max_examples=60)
@given(st.lists(st.integers(min_value=0, max_value=800 * 24), max_size=80))
def test_thinning_keeps_the_newest_and_only_known_moments(hours_ago: list[int]) -> None:
    moments = [NOW - timedelta(hours=h) for h in hours_ago]
    keep = backups_to_keep(moments, NOW)
    assert keep <= set(moments)
    if moments:
        assert max(moments) in keep


def test_the_daily_backup_is_due_after_a_day_or_when_there_is_none() -> None:
    assert automatic_backup_due(None, NOW)
    assert not automatic_backup_due(NOW - timedelta(hours=23), NOW)
    assert automatic_backup_due(NOW - timedelta(days=1), NOW)
    assert automatic_backup_due(NOW + timedelta(days=3), NOW), "a clock that was ahead"


def test_names_are_utc_and_round_trip() -> None:
    oslo = datetime(2025, 6, 1, 7, 5, 9, tzinfo=timezone(timedelta(hours=2)))
    name = backup_file_name(oslo, "before-restore")
    assert name == "legwork-20250601T050509Z-before-restore.db"
    assert parse_backup_name(name) == (datetime(2025, 6, 1, 5, 5, 9, tzinfo=UTC), "before-restore")
    assert parse_backup_name(backup_file_name(oslo)) == (oslo, "")


def test_other_files_are_not_backups() -> None:
    for name in ("legwork.db", "legwork-2025.db", "legwork-20251399T000000Z.db",
                 "notes.txt", "legwork-20250601T050509Z.db-wal", ".legwork-x.db.partial"):
        assert parse_backup_name(name) is None

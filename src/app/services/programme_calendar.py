"""The block's sessions as an iCalendar file, for the athlete's phone or desktop calendar.

One event per session still to do (planned or moved), with an alarm before
it, and the missed ones as cancelled events. Each session keeps one UID for
the block's whole life, so importing a newer file moves or cancels the events
already in the calendar instead of adding a second copy; SEQUENCE rises when a
session moves or is missed, as RFC 5545 asks of an updated event.
"""

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.domain.programme.schedule import SessionStatus
from app.domain.programme.words import item_lines
from app.domain.units import Unit
from app.services.programme import BlockSession, Programme

SESSION_MINUTES = 60
"""How long an event lasts: about an hour, as the built-in plan does at three sets per leg."""
UID_DOMAIN = "legwork.app"


def session_uid(programme: Programme, session: BlockSession) -> str:
    """The session's UID: the same in every export of this block."""
    block = programme.block
    return (f"block-{block.athlete_id}-{block.id}-{block.spec.start:%Y%m%d}"
            f"-session-{session.number}@{UID_DOMAIN}")


def _summary(session: BlockSession) -> str:
    kind = " · race taper" if session.taper else " · lighter" if session.light else ""
    return f"Legwork: single-leg session (week {session.week}{kind})"


def _description(session: BlockSession, unit: Unit) -> str:
    lines = []
    if session.status is SessionStatus.MOVED:
        lines.append(f"Moved from {session.planned.isoformat()}.")
    for item in session.items:
        lines.append(item.exercise_name)
        lines.extend(f"  {line}" for line in item_lines(item, unit))
    lines.append("The doses are as planned today: open Legwork for the latest.")
    return "\n".join(lines)


def calendar_bytes(
    programme: Programme, *, at: time = time(7, 0), alarm_minutes: int = 30,
    tz: tzinfo | None = None, unit: Unit = Unit.KG, now: datetime | None = None,
) -> bytes:
    """The iCalendar file: an event at `at` on each session's day, an alarm before it.

    Without `tz` the times are "floating" (7:00 wherever the phone is, and
    across a daylight-saving change); with a zone (a `zoneinfo.ZoneInfo`) they
    carry it, and the file holds the zone's rules.
    """
    from icalendar import Alarm, Calendar, Event

    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//Legwork//Training block//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Legwork training block")
    for session in programme.sessions:
        if not session.open and session.status is not SessionStatus.MISSED:
            continue
        start = datetime.combine(session.day, at, tzinfo=tz)
        event = Event()
        event.add("uid", session_uid(programme, session))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=SESSION_MINUTES))
        event.add("summary", _summary(session))
        event.add("description", _description(session, unit))
        moved_days = (session.day - session.planned).days
        missed = session.status is SessionStatus.MISSED
        event.add("sequence", moved_days + (1 if missed else 0))
        event.add("status", "CANCELLED" if missed else "CONFIRMED")
        if not missed:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", "Single-leg session soon")
            alarm.add("trigger", timedelta(minutes=-alarm_minutes))
            event.add_component(alarm)
        calendar.add_component(event)
    if tz is not None:
        calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def first_day(programme: Programme) -> date | None:
    """The first day the file has an event on (for the command's report)."""
    days = [s.day for s in programme.sessions if s.open]
    return min(days) if days else None

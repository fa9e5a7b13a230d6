"""The block's calendar: which day each session is on, and whether it was done, moved or missed.

Pure and deterministic: the calendar is worked out afresh from the block
(start, weeks, weekdays, race), the days sessions were done and today's date,
so nothing about it is stored but the facts. The rules (docs/programme.md):

1. **Planned days.** Week *n* of the block is the seven days from
   `start + 7·(n−1)`; each holds one session on each chosen weekday. With a
   race inside the block, the block ends the day before the race, and the
   sessions in the last `taper_days` days before it are lighter, like every
   `light_every_weeks`-th week.
2. **Done.** A session done on any day counts on that day.
3. **Moved.** A session whose day has passed without it moves to the first day
   from today on that holds no other session, in its own block week or the
   next, as long as that week then holds no more than `max_sessions_per_week`
   sessions; it never moves past the block's end. Earlier sessions choose first.
4. **Missed.** A session that cannot move so is missed: the block goes on
   without it, and nothing logged is lost.

Dates are calendar days (`datetime.date`), so a week with a daylight-saving
change is seven days like any other.
"""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.messages import Message, message
from app.domain.programme.template import Phase, Template

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Weekday names as the command line takes them, Monday first (date.weekday() order)."""


class SessionStatus(StrEnum):
    """Where a session of the block stands."""

    PLANNED = "planned"
    DONE = "done"
    MISSED = "missed"
    MOVED = "moved"


OPEN_STATUSES = frozenset({SessionStatus.PLANNED, SessionStatus.MOVED})
"""A session in one of these is still to be done."""


@dataclass(frozen=True)
class BlockSpec:
    """What the athlete chose: first day, length in weeks, weekdays (0 = Monday), race day."""

    start: date
    weeks: int
    days: tuple[int, ...]
    race: date | None = None

    @property
    def end(self) -> date:
        """The first day after the block: its last week's end, or the race day."""
        last = self.start + timedelta(weeks=self.weeks)
        return min(last, self.race) if self.race is not None else last

    def week_of(self, day: date) -> int:
        """The 1-based block week a day falls in."""
        return (day - self.start).days // 7 + 1


@dataclass(frozen=True)
class Slot:
    """A session as planned: its number in the block (from 1) and its planned day."""

    number: int
    day: date


@dataclass(frozen=True)
class ScheduledSession:
    """A session of the block as it stands today.

    `day` is the day it is on now (the day it was done, moved to, or planned
    for); `planned` the day first planned; `week`, `light`, `taper` and
    `phase` follow `day`, so the dose follows the calendar.
    """

    number: int
    day: date
    planned: date
    week: int
    status: SessionStatus
    light: bool
    taper: bool
    phase: Phase

    @property
    def open(self) -> bool:
        """Still to be done (planned or moved)."""
        return self.status in OPEN_STATUSES


def parse_days(text: str) -> tuple[int, ...]:
    """Weekday numbers from "mon,thu[,sat]" (full names too), in week order.

    `ValidationError` for a name that is not a weekday or a day named twice.
    """
    days: list[int] = []
    for part in (p.strip().lower() for p in text.split(",")):
        number = next((i for i, names in enumerate(zip(WEEKDAYS, _FULL, strict=True))
                       if part in names), None)
        if number is None:
            raise ValidationError(message(
                "“{day}” is not a weekday: write mon, tue, wed, thu, fri, sat or sun.",
                day=part))
        if number in days:
            raise ValidationError(message("{day} is named twice.", day=WEEKDAYS[number]))
        days.append(number)
    return tuple(sorted(days))


_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def days_text(days: Sequence[int]) -> str:
    """The weekdays as the command line writes them: "mon,thu"."""
    return ",".join(WEEKDAYS[d] for d in days)


def check_block(spec: BlockSpec, template: Template, today: date) -> tuple[Message, ...]:
    """Refuse a block that breaks a rule (`ValidationError`); return warnings that do not.

    Refused: fewer or more training days than the template allows, a length
    outside its weeks, a start before today, a race before the start. Warned:
    two training days back to back (Sunday and Monday count), which leaves the
    legs a day's rest at most.
    """
    if not template.min_days <= len(spec.days) <= template.max_days:
        raise ValidationError(message(
            "Choose {low} or {high} training days a week (got {count}).",
            low=template.min_days, high=template.max_days, count=len(spec.days)))
    if not template.min_weeks <= spec.weeks <= template.max_weeks:
        raise ValidationError(message(
            "A block lasts {low} to {high} weeks (got {weeks}).",
            low=template.min_weeks, high=template.max_weeks, weeks=spec.weeks))
    if spec.start < today:
        raise ValidationError(message(
            "The block cannot start in the past ({start}); start today or later.",
            start=spec.start.isoformat()))
    if spec.race is not None and spec.race <= spec.start:
        raise ValidationError(message(
            "The race ({race}) must come after the block's start ({start}).",
            race=spec.race.isoformat(), start=spec.start.isoformat()))
    if not slots(spec):
        raise ValidationError(message(
            "The race is too close: no training day is left before it."))
    pairs = {(d, (d + 1) % 7) for d in spec.days}
    if any(b in spec.days for _a, b in pairs):
        return (message("Two of your training days are back to back; one day of rest "
                        "between sessions suits most legs better."),)
    return ()


def slots(spec: BlockSpec) -> tuple[Slot, ...]:
    """Every session of the block on its planned day, numbered from 1 in date order."""
    days = (spec.start + timedelta(days=offset) for offset in range((spec.end - spec.start).days))
    planned = [day for day in days if day.weekday() in spec.days]
    return tuple(Slot(number, day) for number, day in enumerate(planned, start=1))


def _placed(
    spec: BlockSpec, template: Template, slot: Slot, day: date, status: SessionStatus,
) -> ScheduledSession:
    week = spec.week_of(day)
    taper = spec.race is not None and (spec.race - day).days <= template.taper_days
    return ScheduledSession(
        number=slot.number, day=day, planned=slot.day, week=week, status=status,
        light=template.light_week(week) or taper, taper=taper, phase=template.phase(week),
    )


def schedule(
    spec: BlockSpec, template: Template, done: Mapping[int, date], today: date,
) -> list[ScheduledSession]:
    """The block's sessions as they stand on `today`, in date order (then by number).

    `done` maps a session's number to the day it was done.
    """
    planned = slots(spec)
    taken: set[date] = set()
    per_week: Counter[int] = Counter()
    placed: dict[int, ScheduledSession] = {}
    late: list[Slot] = []
    for slot in planned:
        if slot.number in done:
            day, status = done[slot.number], SessionStatus.DONE
        elif slot.day >= today:
            day, status = slot.day, SessionStatus.PLANNED
        else:
            late.append(slot)
            continue
        taken.add(day)
        per_week[spec.week_of(day)] += 1
        placed[slot.number] = _placed(spec, template, slot, day, status)
    for slot in late:
        own_week = spec.week_of(slot.day)
        day = max(today, slot.day + timedelta(days=1))
        moved_to = None
        while day < spec.end and spec.week_of(day) <= own_week + 1:
            if day not in taken and per_week[spec.week_of(day)] < template.max_sessions_per_week:
                moved_to = day
                break
            day += timedelta(days=1)
        if moved_to is None:
            placed[slot.number] = _placed(spec, template, slot, slot.day, SessionStatus.MISSED)
            continue
        taken.add(moved_to)
        per_week[spec.week_of(moved_to)] += 1
        placed[slot.number] = _placed(spec, template, slot, moved_to, SessionStatus.MOVED)
    return sorted(placed.values(), key=lambda s: (s.day, s.number))


def next_session(sessions: Sequence[ScheduledSession], today: date) -> ScheduledSession | None:
    """The first session still to do, today or later (today's, when there is one)."""
    return next((s for s in sessions if s.open and s.day >= today), None)


def long_gap(last_trained: date | None, day: date, template: Template) -> bool:
    """Whether `day` comes `gap_days` or more after the last day trained (never trained: no)."""
    return last_trained is not None and (day - last_trained).days >= template.gap_days

"""`legwork programme`: start, show, export or stop an 8–10-week training block."""

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.programme import BlockSession, Programme

NAME = "programme"
HELP = "a training block that schedules itself: start, show, ics (calendar file) or stop"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The four actions and their options."""
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = actions.add_parser("start", help="start a block (2 or 3 training days a week)")
    start.add_argument("--days", required=True, metavar="mon,thu[,sat]",
                       help="training weekdays, two or three of mon tue wed thu fri sat sun")
    start.add_argument("--weeks", type=int, metavar="N", help="length in weeks, 4 to 16 "
                       "(default: 8)")
    start.add_argument("--start", type=_day, metavar="YYYY-MM-DD",
                       help="first day (default: today)")
    start.add_argument("--race", type=_day, metavar="YYYY-MM-DD",
                       help="race day: the block ends before it, with lighter last days")
    start.add_argument("--plan", metavar="NAME",
                       help="the exercises: a plan's name (default: the built-in plan)")
    start.add_argument("--calibrate", action="store_true",
                       help="find each leg's starting rung and load in a first calibration "
                       "session (started from the app)")
    show = actions.add_parser("show", help="the block's weeks, sessions and each leg's dose")
    show.add_argument("--json", action="store_true", help="as JSON")
    ics = actions.add_parser("ics", help="write the planned sessions as an iCalendar file")
    ics.add_argument("-o", "--output", metavar="FILE.ics", type=Path, required=True,
                     help="calendar file to write")
    ics.add_argument("--time", metavar="HH:MM", default="07:00",
                     help="time of day of each session (default: 07:00)")
    ics.add_argument("--alarm", metavar="MINUTES", type=int, default=30,
                     help="alarm this many minutes before (default: 30)")
    actions.add_parser("stop", help="stop the block; everything logged stays")
    for sub in (start, show, ics, actions.choices["stop"]):
        sub.add_argument("--athlete", metavar="NAME",
                         help="whose block (default: the home athlete)")


def run(args: argparse.Namespace) -> int:
    """Carry out the chosen action; bad input is refused with one sentence and changes nothing."""
    if args.action in ("show", "ics"):
        return _read(args)
    return _write(args)


def _athlete_id(db: Any, name: str | None) -> int:
    from app.domain.errors import ValidationError
    from app.services.athletes import find_athlete

    athlete = find_athlete(db, name)
    if athlete is None:
        raise ValidationError("There is no athlete yet: open Legwork once, or name one with "
                              "--athlete.")
    return athlete.id


def _write(args: argparse.Namespace) -> int:
    from app.commands._database import open_for_writing
    from app.services import programme as service

    today = service.local_today()
    if args.action == "start":
        # Checked before the database is opened, so a bad choice creates nothing.
        from app.domain.programme.schedule import BlockSpec, check_block, parse_days
        from app.programme_template import block_template

        template = block_template()
        check_block(BlockSpec(args.start or today, args.weeks or template.default_weeks,
                              parse_days(args.days), args.race), template, today)
    _check_history(args)
    db = open_for_writing(args)
    try:
        athlete = _athlete_id(db, args.athlete)
        if args.action == "stop":
            service.stop_block(db, athlete)
            print("Stopped your training block; every session you logged stays in your history.")
            return 0
        block, warnings = service.start_block(
            db, athlete, days=args.days, today=today, weeks=args.weeks, start=args.start,
            race=args.race, plan_name=args.plan, calibrate=args.calibrate).value
        shown = service.programme(db, athlete, today)
    finally:
        db.close()
    for warning in warnings:
        print(f"Note: {warning}", file=sys.stderr)
    assert shown is not None
    first = shown.next
    print(f"Started your {block.spec.weeks}-week block of “{block.plan.name}” on "
          f"{_days(block.spec.days)}: {len(shown.sessions)} sessions"
          + (f", the first on {first.day:%a} {first.day.isoformat()}." if first else "."))
    if block.calibration_due:
        print("First, a calibration session finds where each leg starts: start it from the "
              "app's Session page.")
    return 0


def _check_history(args: argparse.Namespace) -> None:
    """Refuse before anything is written: no history, an unknown athlete, plan, or no block."""
    from app.commands._database import open_existing
    from app.domain.errors import ValidationError
    from app.services import programme as service
    from app.services.plans import find_plan

    db = open_existing(args)
    if db is None:
        raise ValidationError("There is no history yet: open Legwork once to make one.")
    try:
        athlete = _athlete_id(db, args.athlete)
        if args.action == "start" and args.plan is not None:
            find_plan(db, athlete, args.plan)
        if args.action == "stop" and service.programme(db, athlete, date.today()) is None:
            raise ValidationError(_NO_BLOCK)
    finally:
        db.close()


_NO_BLOCK = ("You have no training block yet: start one with "
             "`legwork programme start --days mon,thu`.")


def _days(days: tuple[int, ...]) -> str:
    from app.domain.programme.schedule import days_text

    return days_text(days).replace(",", ", ")


def _read(args: argparse.Namespace) -> int:
    from app.commands._database import open_existing
    from app.domain.errors import ValidationError
    from app.services import programme as service
    from app.services.library import exercises
    from app.services.preferences import preferences

    db = open_existing(args)
    if db is None:
        raise ValidationError(_NO_BLOCK)
    try:
        athlete = _athlete_id(db, args.athlete)
        unit = preferences(db, athlete).unit
        shown = service.programme(db, athlete, service.local_today(), unit=unit)
        known = {exercise.id: exercise for exercise in exercises(db)}
    finally:
        db.close()
    if shown is None:
        raise ValidationError(_NO_BLOCK)
    if args.action == "ics":
        return _write_ics(args, shown, unit)
    if args.json:
        print(json.dumps(programme_json(shown), indent=2, ensure_ascii=False))
    else:
        _print_text(shown, unit, known)
    return 0


def _write_ics(args: argparse.Namespace, shown: "Programme", unit: Any) -> int:
    from datetime import time

    from app.domain.errors import ValidationError
    from app.files import written_whole
    from app.services.programme_calendar import calendar_bytes

    try:
        at = time.fromisoformat(args.time)
    except ValueError:
        raise ValidationError(f"{args.time!r} is not a time of day: write HH:MM.") from None
    if not 0 <= args.alarm <= 24 * 60:
        raise ValidationError("The alarm must be 0 to 1440 minutes before the session.")
    data = calendar_bytes(shown, at=at, alarm_minutes=args.alarm, unit=unit)
    try:
        with written_whole(args.output) as path:
            path.write_bytes(data)
    except OSError as error:
        raise ValidationError(
            f"Cannot write {args.output}: {error.strerror or error}.") from None
    events = sum(1 for s in shown.sessions if s.open)
    print(f"Wrote {args.output} ({events} sessions to do, each with an alarm "
          f"{args.alarm} minutes before).")
    return 0


def _leg_json(leg: Any) -> dict[str, Any]:
    return {"sets": leg.sets, "reps_min": leg.reps_min, "reps_max": leg.reps_max,
            "load_kg": leg.load_kg, "level": leg.level}


def _session_json(session: "BlockSession") -> dict[str, Any]:
    from app.domain.sides import Side

    return {
        "number": session.number,
        "date": session.day.isoformat(),
        "planned_date": session.planned.isoformat(),
        "week": session.week,
        "status": session.status.value,
        "light": session.light,
        "taper": session.taper,
        "session_id": session.training_session_id,
        "items": [
            {"exercise_id": item.exercise_id,
             "left": _leg_json(item.leg(Side.LEFT)),
             "right": _leg_json(item.leg(Side.RIGHT)),
             "first": None if item.first is None else item.first.value,
             "held": None if item.held is None else item.held.value}
            for item in session.items
        ],
    }


def _calibration_json(shown: "Programme") -> dict[str, Any] | None:
    if shown.block.calibration is None:
        return None
    return {"due": shown.block.calibration_due,
            "found": {exercise: {side.value: {"level": leg.start.level,
                                              "load_kg": leg.start.load_kg}
                                 for side, leg in legs.items()}
                      for exercise, legs in shown.found.items()}}


def programme_json(shown: "Programme") -> dict[str, Any]:
    """The block as the `show --json` contract has it: `weeks` and `sessions` in date order.

    An extra `calibration` (null without one) says whether the calibration
    session is still due and what it found, per exercise and leg.
    """
    return {"weeks": shown.block.spec.weeks,
            "sessions": [_session_json(session) for session in shown.sessions],
            "calibration": _calibration_json(shown)}


def _print_text(shown: "Programme", unit: Any, known: dict[str, Any]) -> None:
    from app.dates import day_text
    from app.domain.advice_text import advice_text
    from app.domain.programme.schedule import SessionStatus
    from app.domain.programme.words import item_lines

    spec = shown.block.spec
    race = f", race {day_text(spec.race)}" if spec.race else ""
    print(f"{shown.block.plan.name}: {spec.weeks} weeks from {day_text(spec.start)} on "
          f"{_days(spec.days)}{race}.")
    week = 0
    for session in shown.sessions:
        if session.week != week:
            week = session.week
            print(f"Week {week}")
        notes = []
        if session.status is SessionStatus.MOVED:
            notes.append(f"moved from {day_text(session.planned)}")
        if session.light:
            notes.append("race taper" if session.taper else "lighter")
        if session.day == shown.today:
            notes.append("today")
        extra = f" ({', '.join(notes)})" if notes else ""
        print(f"  {day_text(session.day)}  {session.status.value}{extra}")
    _print_calibration(shown, unit, known)
    upcoming = shown.next
    if upcoming is not None:
        print(f"Next: {day_text(upcoming.day)}")
        for item in upcoming.items:
            print(f"  {item.exercise_name}")
            for line in item_lines(item, unit):
                print(f"    {line}")
            exercise = known.get(item.exercise_id)
            if item.advice is not None and exercise is not None and item.held is None:
                print(f"    why: {advice_text(item.advice, exercise, unit)}")


def _print_calibration(shown: "Programme", unit: Any, known: dict[str, Any]) -> None:
    from app.domain.programme.words import finding_text

    if shown.block.calibration_due:
        print("Calibration session: still to do (start it from the app's Session page); "
              "until then each leg starts on the first rung.")
    elif shown.found:
        print("Starting points found by calibration:")
        for exercise_id, legs in shown.found.items():
            exercise = known.get(exercise_id)
            print(f"  {exercise.name if exercise else exercise_id}")
            for leg in legs.values():
                print(f"    {finding_text(leg, unit)}")

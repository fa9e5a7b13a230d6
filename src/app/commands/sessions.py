"""`legwork sessions`: list recorded sessions with their ids, for `legwork sheet --session ID`."""

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.domain.history import SessionSummary

NAME = "sessions"
HELP = "list recorded sessions: id, start, athlete, sets per leg and plan (reads only)"
_HEADINGS = ("ID", "STARTED", "ATHLETE", "LEFT", "RIGHT", "TWO-LEG", "WARM-UPS", "PLAN")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument("--athlete", metavar="NAME",
                        help="list only this athlete's sessions (default: everyone's)")
    parser.add_argument("--since", metavar="DATE", type=_day,
                        help="list sessions started on this local day (YYYY-MM-DD) or later")
    parser.add_argument("--json", action="store_true",
                        help="print a JSON array (one object per session) instead of a table")


def run(args: argparse.Namespace) -> int:
    """Print the sessions, oldest first, as they are read (a page at a time)."""
    from app.commands._database import open_existing
    from app.services.athletes import athletes, find_athlete
    from app.services.history import session_list

    since = None if args.since is None else datetime.combine(args.since, time()).astimezone()
    db = open_existing(args)
    if db is None:
        _write(args.json, [], {})
        return 0
    with db:
        athlete = find_athlete(db, args.athlete) if args.athlete is not None else None
        names = {a.id: a.name for a in athletes(db)}
        try:
            _write(args.json, session_list(db, athlete.id if athlete else None, since=since),
                   names)
        except BrokenPipeError:
            # The reader stopped early (`legwork sessions | head`): not an error.
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python closes it at exit
    return 0


def _write(as_json: bool, summaries: Iterable["SessionSummary"], names: dict[int, str]) -> None:
    out = sys.stdout
    if as_json:
        # Streamed element by element: a gym's whole history is never held at once.
        out.write("[")
        written = 0
        for summary in summaries:
            out.write(("," if written else "") + "\n  "
                      + json.dumps(_json(summary, names), ensure_ascii=False))
            written += 1
        out.write("\n]\n" if written else "]\n")
        return
    rows = _rows(summaries, names)
    first = next(rows, None)
    if first is None:
        out.write("No sessions recorded yet.\n" if not names else "No sessions match.\n")
        return
    width = max((len(name) for name in names.values()), default=0)
    widths = (7, 16, max(width, len(_HEADINGS[2])), 4, 5, 7, 8)
    out.write(_line(_HEADINGS, widths))
    out.write(_line(first, widths))
    for row in rows:
        out.write(_line(row, widths))


def _rows(
    summaries: Iterable["SessionSummary"], names: dict[int, str]
) -> Iterator[tuple[str, ...]]:
    for s in summaries:
        yield (str(s.info.id), f"{s.info.started_at.astimezone():%Y-%m-%d %H:%M}",
               names.get(s.info.athlete_id, ""), str(s.left.sets), str(s.right.sets),
               str(s.both.sets), str(s.warmups), s.info.plan_name or "Free session")


def _line(cells: tuple[str, ...], widths: tuple[int, ...]) -> str:
    # The plan goes last and is never cut; numbers line up on the right.
    aligned = [cell.rjust(w) if n in (0, 3, 4, 5, 6) else cell.ljust(w)
               for n, (cell, w) in enumerate(zip(cells, widths, strict=False))]
    return "  ".join([*aligned, cells[-1]]).rstrip() + "\n"


def _json(summary: "SessionSummary", names: dict[int, str]) -> dict[str, Any]:
    info = summary.info
    return {
        "id": info.id,
        "date": info.started_at.astimezone(UTC).isoformat(),
        "plan": info.plan_name,
        "athlete": names.get(info.athlete_id, ""),
        "sets": {"left": summary.left.sets, "right": summary.right.sets,
                 "both": summary.both.sets},
        "warmups": summary.warmups,
        "status": info.status.value,
    }

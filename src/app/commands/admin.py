"""`legwork admin`: look after a gym kiosk from a shell: its admin PIN, idle timeout and members.

PINs are never arguments: they are read from standard input so a kiosk can be
provisioned over a remote shell without a PIN showing in the process list or
shell history. On a terminal each PIN is asked for twice without echo; piped
in, one line is read. A gym's IT person setting up thirty members from a list
runs `add-athlete` once per name (with `--pin`, each member's PIN piped in).
"""

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.athletes import AthleteInfo
    from app.services.database import Database

NAME = "admin"
HELP = "kiosk administration: admin PIN, idle timeout, members and their PINs"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The admin sub-commands."""
    sub = parser.add_subparsers(dest="admin_command", required=True)
    sub.add_parser(
        "set-pin",
        help="set the kiosk's 4-digit admin PIN, read from standard input",
        description="Set the kiosk's 4-digit admin PIN. On a terminal you are asked twice; "
        "otherwise one line is read from standard input, e.g. "
        "`printf '4821\\n' | legwork admin set-pin`.",
    )
    timeout = sub.add_parser(
        "set-idle-timeout",
        help="seconds without a touch before the kiosk returns to its start screen",
    )
    timeout.add_argument("seconds", type=int, help="30 to 3600 (90 unless changed)")
    add = sub.add_parser(
        "add-athlete", help="add a member to the kiosk (with --pin, their PIN from standard input)",
        description="Add a member. With --pin their 4-digit PIN is asked for (twice on a "
        "terminal) or read as one line from standard input; it is never an argument.",
    )
    add.add_argument("name", help="the member's name, in any alphabet (quote it if it has spaces)")
    add.add_argument("--pin", action="store_true", help="guard the member's screens with a PIN")
    reset = sub.add_parser(
        "reset-pin", help="give a member who forgot their PIN a new one (from standard input)",
        description="Give a member a new 4-digit PIN, read like set-pin's; --remove takes the "
        "PIN away instead. Wrong tries and a lock-out so far are forgotten.",
    )
    reset.add_argument("name", help="the member's name (case and extra spaces do not matter)")
    reset.add_argument("--remove", action="store_true", help="remove the PIN instead")
    rename = sub.add_parser("rename-athlete", help="rename a member; their history stays")
    rename.add_argument("old", help="the member's name now")
    rename.add_argument("new", help="the new name")


def _read_pin(whose: str) -> str:
    from app.domain.errors import ValidationError
    from app.domain.pin import validate_pin

    if sys.stdin.isatty():
        first = validate_pin(getpass.getpass(f"New {whose} PIN (4 digits): "))
        if getpass.getpass("Type it again: ") != first:
            raise ValidationError("The two PINs were different; nothing was changed.")
        return first
    line = sys.stdin.readline()
    if not line.strip():
        raise ValidationError("No PIN on standard input; nothing was changed.")
    return validate_pin(line.strip())


def run(args: argparse.Namespace) -> int:
    """Carry out the chosen admin action on the database from `--database-url` or the default."""
    from app.commands._database import database_url
    from app.domain.idle import validate_idle_timeout
    from app.services import kiosk
    from app.services.database import open_history

    command = args.admin_command
    # Everything that can be checked without the database is checked first, so a
    # mistake creates no file; PINs are read before the database is opened too.
    if command == "set-pin":
        pin = _read_pin("admin")
        with open_history(database_url(args)) as db:
            kiosk.set_admin_pin(db, pin)
            print(f"The kiosk admin PIN is set (in {db.location}).")
        return 0
    if command == "set-idle-timeout":
        seconds = validate_idle_timeout(args.seconds)
        with open_history(database_url(args)) as db:
            kiosk.set_idle_timeout_s(db, seconds)
            print(f"The kiosk returns to its start screen after {seconds} s without a touch.")
        return 0
    if command == "add-athlete":
        print(_add_athlete(database_url(args), args.name, wants_pin=args.pin))
    elif command == "rename-athlete":
        print(_rename_athlete(database_url(args), args.old, args.new))
    else:
        print(_reset_pin(database_url(args), args.name, remove=args.remove))
    return 0


def _add_athlete(url: str, typed: str, *, wants_pin: bool) -> str:
    from app.domain.athletes import check_typed_name
    from app.services import kiosk
    from app.services.database import open_history

    name = check_typed_name(typed)
    with open_history(url) as db:
        kiosk.check_new_name(db, name)
        pin = _read_pin(f"{name}'s") if wants_pin else None
        athlete = kiosk.add_athlete(db, name, pin).value
    return f"Added {athlete.name}" + (" with a PIN." if pin else " (no PIN).")


def _member(url: str, name: str) -> "tuple[Database, AthleteInfo]":
    """The history, open to write, and the member called `name`.

    The member is looked up read-only first, so renaming or resetting a PIN
    never creates a history, nor upgrades one for a name that is not there.
    """
    from app.services.athletes import find_athlete
    from app.services.database import open_existing_history, open_history

    reader = open_existing_history(url)
    if reader is None:
        find_athlete(None, name)
    else:
        with reader:
            find_athlete(reader, name)
    db = open_history(url)
    try:
        athlete = find_athlete(db, name)
    except BaseException:
        db.close()
        raise
    assert athlete is not None
    return db, athlete


def _rename_athlete(url: str, old: str, typed: str) -> str:
    from app.domain.athletes import check_typed_name
    from app.services import kiosk

    new = check_typed_name(typed)
    db, athlete = _member(url, old)
    with db:
        renamed = kiosk.rename_athlete(db, athlete.id, new).value
    return f"Renamed {athlete.name} to {renamed.name}."


def _reset_pin(url: str, name: str, *, remove: bool) -> str:
    from app.services import kiosk

    db, athlete = _member(url, name)
    with db:
        pin = None if remove else _read_pin(f"{athlete.name}'s")
        kiosk.set_athlete_pin(db, athlete.id, pin)
    return f"{athlete.name} has a new PIN." if pin else f"{athlete.name} has no PIN now."

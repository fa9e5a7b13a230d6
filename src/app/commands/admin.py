"""`legwork admin`: look after a gym kiosk from a shell (set its admin PIN, its idle timeout).

`set-pin` reads the PIN from standard input so a kiosk can be provisioned over
a remote shell without the PIN showing in the process list or shell history:
on a terminal it is asked for twice without echo; piped in, one line is read.
"""

import argparse
import getpass
import sys

NAME = "admin"
HELP = "kiosk administration: set the admin PIN or the idle timeout"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `set-pin` and `set-idle-timeout` sub-commands."""
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


def _read_pin() -> str:
    from app.domain.errors import ValidationError
    from app.domain.pin import validate_pin

    if sys.stdin.isatty():
        first = validate_pin(getpass.getpass("New admin PIN (4 digits): "))
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

    # Checked before the database is opened, so a mistake creates no file.
    if args.admin_command == "set-pin":
        pin = _read_pin()
        with open_history(database_url(args)) as db:
            kiosk.set_admin_pin(db, pin)
            print(f"The kiosk admin PIN is set (in {db.location}).")
        return 0
    seconds = validate_idle_timeout(args.seconds)
    with open_history(database_url(args)) as db:
        kiosk.set_idle_timeout_s(db, seconds)
        print(f"The kiosk returns to its start screen after {seconds} s without a touch.")
    return 0

"""The `legwork` command line: the GUI by default, sub-commands for the rest.

Heavy imports (Qt, SQLAlchemy) happen inside the code paths that need them so
`legwork --version` and `--help` answer at once and without a display.
"""

import argparse
import importlib
import keyword
import sys
from collections.abc import Sequence
from types import ModuleType

from app import __version__
from app.domain.errors import LegworkError

# Module names under app.commands, in the order `--help` lists them.
COMMANDS = (
    "exercises", "tests", "screenshots", "admin", "export", "import", "backup", "restore", "check",
    "plans", "sessions", "sheet", "demo-data", "copy", "programme",
)


def _command(name: str) -> ModuleType:
    module = name.replace("-", "_")
    # A command named like a Python keyword ("import") lives in a module with a trailing "_".
    if keyword.iskeyword(module):
        module += "_"
    return importlib.import_module(f"app.commands.{module}")


def build_parser() -> argparse.ArgumentParser:
    """The full parser: global options, then one sub-parser per command."""
    parser = argparse.ArgumentParser(
        prog="legwork",
        description=(
            "Legwork: single-leg strength training for runners. "
            "Run without a command to open the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"legwork {__version__}")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="database to use: a SQLite file (sqlite:///path/to/legwork.db) or a gym's "
        "PostgreSQL server (postgresql+psycopg://USER@HOST:PORT/DBNAME; the password may come "
        "from PGPASSWORD or ~/.pgpass) (default: $LEGWORK_DATABASE_URL, else legwork.db in "
        "your data folder)",
    )
    parser.add_argument(
        "--kiosk", action="store_true", help="open the full-screen kiosk for a shared gym screen"
    )
    # For benchmarks and packaging smoke tests: open, report, and exit cleanly.
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in COMMANDS:
        module = _command(name)
        command_parser = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command_parser)
        command_parser.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `legwork` script; returns the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from app.ui.shell.application import run_gui

            return run_gui(
                database_url=args.database_url, kiosk=args.kiosk,
                quit_after_show=args.quit_after_show,
            )
        code: int = args.run(args)
        return code
    except LegworkError as error:
        print(f"legwork: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

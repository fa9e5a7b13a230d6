"""`legwork screenshots OUTDIR`: one PNG per main view, without a display."""

import argparse
from pathlib import Path

NAME = "screenshots"
HELP = "render each main view to a PNG file (works without a display)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument("out_dir", metavar="OUTDIR", type=Path, help="folder for the PNG files")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--demo", action="store_true",
                        help="show the demo athlete's made-up history instead of a fresh install")


def run(args: argparse.Namespace) -> int:
    """Render the views and list the files written."""
    from app.domain.errors import ValidationError
    from app.ui.shell.screenshots import render_screenshots

    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError:
        raise ValidationError(f"--size must look like 1280x800 (got {args.size!r})") from None
    for path in render_screenshots(args.out_dir, width, height, args.theme, args.database_url,
                                   demo=args.demo):
        print(path)
    return 0

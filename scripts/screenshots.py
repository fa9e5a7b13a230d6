"""Render each main view of Legwork to PNG: `python scripts/screenshots.py OUTDIR`.

The same as `legwork screenshots OUTDIR`; kept as a script for docs tooling.
"""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main(["screenshots", *sys.argv[1:]]))

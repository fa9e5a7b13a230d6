"""PyInstaller's entry script: the frozen app runs exactly what `legwork` runs."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

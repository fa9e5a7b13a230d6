"""Guard against a Qt binding that corrupts the interpreter during a long session."""

import sys

from PySide6.QtGui import QPen


def test_repeated_qt_calls_do_not_leak_references_to_none() -> None:
    # PySide6 6.12.0 dropped a reference to None on every call of a method
    # returning nothing; after a few thousand calls (one session's redraws)
    # Python aborted with "deallocating None". pyproject.toml excludes it.
    pen = QPen()
    before = sys.getrefcount(None)
    for width in range(2000):
        pen.setWidth(width % 5)
    assert sys.getrefcount(None) - before > -100

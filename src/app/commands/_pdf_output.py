"""The end every `legwork sheet` shares: write the PDF inside a Qt application, then say so."""

from collections.abc import Callable
from pathlib import Path


def write_and_report(output: Path, write: Callable[[], int]) -> int:
    """Run `write` (it writes the PDF and returns its page count) and print what was written.

    A full QApplication, for every sheet: fonts need a GUI application, the summary's
    charts are widgets, and a bare QGuiApplication left behind in a process that later
    shows widgets (the test run, an embedding app) would abort it.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["legwork"])
    pages = write()
    del app
    noun = "page" if pages == 1 else "pages"
    print(f"Wrote {output} ({pages} {noun}).")
    return 0

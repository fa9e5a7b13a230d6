"""The floor for the start-up benchmark: a bare PySide6 QMainWindow, painted, then quit."""

import resource
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class BareWindow(QMainWindow):
    """Reports its first paint exactly as Legwork's MainWindow does (`first_painted`)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not getattr(self, "_reported", False):
            self._reported = True
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"shown peak_rss_kib={peak}", flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    """Show an empty main window, report like `legwork --quit-after-show`, and exit."""
    app = QApplication(sys.argv[:1])
    window = BareWindow()
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

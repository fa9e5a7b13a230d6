"""Loading the big third-party libraries on a thread while the window opens the history.

After its first paint the window still has to import SQLAlchemy (about 0.15 s)
to open the history, and numpy and pyqtgraph (about 0.2 s) before the Progress
view can draw a chart. Much of what the main thread does meanwhile (SQLite's
work, Qt's layout and drawing) runs without Python's interpreter lock, so the
window starts these imports on a thread at its first paint and part of them
happens during that work instead of after it. Only third-party modules are
loaded here, which never import Legwork's, so the two threads can at most wait
for a module the other is importing, never for each other in a circle.
Anything that must happen on the GUI thread (creating the charts) is left to
the views.
"""

import importlib
import threading

_MODULES = ("sqlalchemy", "sqlalchemy.orm", "numpy", "pyqtgraph", "pyqtgraph.exporters")


def _load() -> None:
    for name in _MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            # Whoever needs the module imports it again and reports the error there.
            return


def start_preloading() -> threading.Thread:
    """Import the libraries on a daemon thread; returns the started thread."""
    thread = threading.Thread(target=_load, name="legwork-preload", daemon=True)
    thread.start()
    return thread

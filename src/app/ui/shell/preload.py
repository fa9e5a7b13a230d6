"""Loading the charting libraries (numpy, pyqtgraph) on a thread while the history opens.

Importing them takes about 0.2 s, a large part of showing the Progress view
for the first time. Much of what the main thread does after the window's
first paint (SQLite's work opening the history, Qt's layout and drawing) runs
without Python's interpreter lock, so the window starts these imports on a
thread at its first paint and part of them happens during that work instead
of after it. Only these third-party modules are loaded here, which never
import Legwork's, so the two threads can at most wait for a module the other
is importing, never for each other in a circle. Creating the charts (which
must happen on the GUI thread) is left to the view.
"""

import importlib
import threading

_MODULES = ("numpy", "pyqtgraph", "pyqtgraph.exporters")


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

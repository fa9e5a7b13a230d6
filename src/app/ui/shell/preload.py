"""Loading the charting libraries (numpy, pyqtgraph) on a thread once the window is idle.

Importing them takes about 0.2 s, a large part of showing the Progress view
for the first time. The window starts this thread once every view is built,
after the view on screen has drawn the history, so the first visit to
Progress finds them loaded. Not earlier: importing is Python work that holds
the interpreter lock, and a thread started at the first paint made opening
the history (itself mostly imports) 0.3–0.4 s slower on two cores. Only when
Progress is the view on screen, which needs them at once, does the thread
start at the first paint, and part of the imports (loading numpy's libraries)
overlaps the opening. Only these third-party modules are loaded here,
which never import Legwork's, so the two threads can at most wait for a module
the other is importing, never for each other in a circle. Creating the charts
(which must happen on the GUI thread) is left to the view.
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


_thread: threading.Thread | None = None


def start_preloading() -> threading.Thread:
    """Import the libraries on a daemon thread, once per process; returns that thread."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_load, name="legwork-preload", daemon=True)
        _thread.start()
    return _thread


def wait_for_preloading(timeout_s: float) -> bool:
    """Wait up to `timeout_s` for the imports started here to end; True when none runs.

    Called before the process exits: Python stopping while a thread is halfway through
    importing an extension module (numpy, Qt's modules for pyqtgraph) can abort the
    process instead of letting it exit.
    """
    if _thread is None:
        return True
    _thread.join(timeout_s)
    return not _thread.is_alive()

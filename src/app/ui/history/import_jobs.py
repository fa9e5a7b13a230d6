"""The import wizard's work off the window's thread: reading, previewing and writing a file.

A big export takes seconds to read and to write; done on the window's thread
it would freeze the window. Each step runs as a `Job` on Qt's thread pool and
reports back through signals, which Qt delivers on the window's thread. The
history is the window's open `Database`: its engine hands the worker a
connection of its own from the pool, and a step's writes are one transaction
on it. `Job.cancel()` makes the next progress report raise `ImportCancelled`,
which rolls that transaction back.
"""

import functools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]


class ImportCancelled(Exception):
    """Raised in the worker when the person asked to stop; nothing was written."""


class JobSignals(QObject):
    """What a job tells the window: progress, then a result or the exception it raised."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """One step of an import on a pool thread: `work(progress)` gives the result."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (it then raises ImportCancelled)."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """Whether `cancel` was asked for."""
        return self._cancelled.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise ImportCancelled
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        """Do the work (on a pool thread) and report how it ended."""
        try:
            result = self.work(self._progress)
        except Exception as error:  # every failure, a refusal or a bug, goes back to the window
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


@functools.cache
def _pool() -> QThreadPool:
    # The imports' own pool, so closing the history waits for them and for nothing else.
    return QThreadPool()


def start(job: Job) -> Job:
    """Run `job` on the imports' thread pool; the caller keeps it (and so its signals) alive."""
    job.setAutoDelete(False)
    _pool().start(job)
    return job


def wait_for_jobs(msecs: int) -> bool:
    """Wait up to `msecs` for every job to end (one the wizard stopped waiting for too).

    True when none is left running: the history can then be closed under them.
    """
    return _pool().waitForDone(msecs)

"""Copying a whole history into an empty database of either kind (`legwork copy --to URL`).

A home user joining a gym copies their file onto the gym's server; a gym
leaving its server copies everything into a file. Every row goes with its id,
and the counts are compared at the end (`app.storage.copying`).
"""

from contextlib import ExitStack
from dataclasses import dataclass

from app.domain.errors import LegworkError
from app.services.database import (
    display_url,
    history_file,
    is_server_url,
    open_existing_history,
    writer_lock,
)


@dataclass(frozen=True)
class CopiedHistory:
    """Where a history was copied from and to (no passwords), and how many rows of what."""

    source: str
    target: str
    summary: str
    """The counts in words: "2 athletes, 14 exercises, …, 1,204 sets"."""


def copy_history(source_url: str, target_url: str) -> CopiedHistory:
    """Copy the history at `source_url` into the empty database at `target_url` (both checked).

    Refuses with one sentence, writing nothing, when the two are the same,
    when there is no history to copy, when a Legwork window or command is
    writing the target file (its writer lock is held for the whole copy), or
    when the target already holds data (`CopyRefusedError`). The source is only
    read: an older schema there is refused with how to upgrade it.
    """
    from app.storage.copying import copy_database
    from app.storage.database import open_database

    if target_url == source_url:
        raise LegworkError("The database to copy to is the one being copied; choose another.")
    source = open_existing_history(source_url)
    if source is None:
        raise LegworkError(
            f"There is no Legwork history at {display_url(source_url)} to copy yet.")
    with source, ExitStack() as held:
        if not is_server_url(target_url):
            held.enter_context(writer_lock(history_file(target_url)))
        # The target is opened as it is (not `open_history`): it must stay empty until the copy.
        with open_database(target_url) as target:
            report = copy_database(source, target)
            return CopiedHistory(source.location, target.location, report.summary())

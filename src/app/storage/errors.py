"""Errors the repositories raise besides the domain's `ValidationError`."""

from app.domain.errors import LegworkError
from app.domain.messages import message


class NotFoundError(LegworkError, LookupError):
    """A row asked for by id or name does not exist (deleted, or never there)."""


class DatabaseUnreachableError(LegworkError):
    """The PostgreSQL server could not be reached or refused the connection.

    Here rather than in `app.storage.database` so that the UI can catch it
    without loading SQLAlchemy.
    """


class StorageWriteError(LegworkError):
    """The database could not take a write (locked by another program, disk full, I/O error).

    Nothing was written; trying again may work once the cause is gone.
    """

    @classmethod
    def because(cls, error: BaseException) -> "StorageWriteError":
        """The error for a failed write, naming the database driver's or system's reason."""
        original = getattr(error, "orig", None) or error
        reason = getattr(original, "strerror", None) or str(original) or type(original).__name__
        return cls(message("Legwork could not write to your history ({reason}).",
                           reason=reason))

"""Errors the repositories raise besides the domain's `ValidationError`."""

from app.domain.errors import LegworkError


class NotFoundError(LegworkError, LookupError):
    """A row asked for by id or name does not exist (deleted, or never there)."""

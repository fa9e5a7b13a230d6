"""Error types the app raises for bad input; every user-facing failure is one of these."""


class LegworkError(Exception):
    """Base class for errors that carry a message meant for the user."""


class ValidationError(LegworkError, ValueError):
    """Input that breaks a rule of the domain (a bad value, a wrong field)."""

"""Error types the app raises for bad input; every user-facing failure is one of these."""

from app.domain.messages import Message


class LegworkError(Exception):
    """Base class for errors that carry a message meant for the user.

    The message is a plain English string or a `Message` (a template and its
    values); `message` always holds it as a `Message`, so the UI can show it
    translated, and `str(error)` is the English sentence.
    """

    def __init__(self, message: "str | Message" = "", *args: object) -> None:
        self.message = message if isinstance(message, Message) else Message(str(message))
        super().__init__(str(self.message), *args)


class ValidationError(LegworkError, ValueError):
    """Input that breaks a rule of the domain (a bad value, a wrong field)."""

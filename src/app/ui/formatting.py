"""How the UI writes stored values for people: times in the user's own zone."""

from datetime import datetime


def local_time_text(moment: datetime) -> str:
    """A stored UTC time as the user reads it: local date and time, e.g. 'Mon 2 Jun 2025, 07:05'."""
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"

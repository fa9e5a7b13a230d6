"""How Legwork writes days and times for people: one definition of each, for the app and sheets.

Stored times are aware UTC; people read them in their own time zone, so every
function here converts to local time first.
"""

from datetime import date, datetime

DAY_FORMAT_QT = "ddd d MMM yyyy"
"""`day_text`'s format in Qt's notation, for date fields (``QDateEdit.setDisplayFormat``)."""


def day_text(day: date) -> str:
    """A day as people read it: "Tue 4 Mar 2025"."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def moment_day_text(moment: datetime) -> str:
    """The local day of a stored time: "Tue 4 Mar 2025"."""
    return day_text(moment.astimezone().date())


def moment_text(moment: datetime) -> str:
    """A stored time as the user reads it, local date and time: "Mon 2 Jun 2025, 07:05"."""
    local = moment.astimezone()
    return f"{day_text(local.date())}, {local:%H:%M}"


def recent_day_text(moment: datetime, today: datetime) -> str:
    """A short local day for a line about "when": "3 Mar", with the year if not this year."""
    local, now = moment.astimezone(), today.astimezone()
    return f"{local.day} {local:%b}" if local.year == now.year else f"{local.day} {local:%b %Y}"


def days_between(moment: datetime, today: datetime) -> int:
    """Whole local calendar days from `moment` to `today` (0 is the same day)."""
    return (today.astimezone().date() - moment.astimezone().date()).days

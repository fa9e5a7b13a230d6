"""The training block in the app: the Programme view, the set-up wizard, today's card, reminders."""

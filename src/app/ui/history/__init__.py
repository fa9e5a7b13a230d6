"""The History view: past sessions, their sets, corrections with undo, export and import."""

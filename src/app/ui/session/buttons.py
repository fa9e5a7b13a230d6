"""The live screens' big buttons (a session's and a test's), which never take the keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def live_button(text: str, tip: str) -> QPushButton:
    """A button for a live screen; its accessible name leaves out the key named after it.

    The view keeps the keyboard focus, so Space and Enter always mean the live
    screen's actions rather than "press the focused button".
    """
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(text.split("  ")[0])
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setProperty("role", "sessionButton")
    return button

"""Which physical keys mean which session control, for a keyboard, a clicker or a headset.

What a control *does* at any moment is the engine's rule
(`SessionEngine.command_for`); this table only says which keys press it.
Keys, chosen so a clicker or a headset is enough while balancing on one leg:

- Space, Page Down, → / ↓, media Play/Pause or Next: `NEXT` (start, count a
  rep by hand, save the log, resume).
- Enter: `CONFIRM` (the same, and it also ends the side, even a tempo-paced one).
- Backspace, Page Up, ← / ↑, media Previous: `BACK` (undo the last rep).
- P, media Pause or Stop: `PAUSE` (pause or resume). Esc pauses and asks what next.
- C: `CORRECT` (correct the side logged last, between sides or once the session is over).
"""

from PySide6.QtCore import Qt

from app.domain.session import Control

K = Qt.Key
KEY_CONTROLS: dict[int, Control] = {
    **dict.fromkeys((K.Key_Space, K.Key_PageDown, K.Key_Right, K.Key_Down, K.Key_MediaPlay,
                     K.Key_MediaTogglePlayPause, K.Key_MediaNext), Control.NEXT),
    **dict.fromkeys((K.Key_Return, K.Key_Enter), Control.CONFIRM),
    **dict.fromkeys((K.Key_Backspace, K.Key_PageUp, K.Key_Left, K.Key_Up, K.Key_MediaPrevious),
                    Control.BACK),
    **dict.fromkeys((K.Key_P, K.Key_MediaPause, K.Key_MediaStop), Control.PAUSE),
    K.Key_C: Control.CORRECT,
}
"""Every key the session answers to (besides Esc), and the control it presses."""

REMOTE_KEYS = frozenset({K.Key_PageDown, K.Key_PageUp, K.Key_MediaPlay, K.Key_MediaPause,
                         K.Key_MediaStop, K.Key_MediaTogglePlayPause, K.Key_MediaNext,
                         K.Key_MediaPrevious})
"""Keys a clicker or headset sends: they drive the session even while a log field has focus."""

"""The kiosk's look: finger-sized targets and type that reads from a squat rack away."""

from app.ui.shell.theme import Colours

MIN_TARGET_PX = 48
"""The smallest thing a finger is asked to hit (WCAG 2.2 and platform guides say 44–48)."""
KEY_PX = 72
"""Keys of the on-screen keypads: bigger than the minimum, they are used with chalky hands."""

TILE_WIDTH = 320
TILE_HEIGHT = 132

# Pleasant, distinct tile colours that keep white initials readable (contrast ≥ 4.5:1).
TILE_COLOURS = ("#1f6f8b", "#8b3a62", "#5b5f97", "#2e7d32", "#a34700", "#6d4c41",
                "#00695c", "#7b1fa2", "#37474f", "#ad1457")


def tile_colour(name: str) -> str:
    """A colour that stays the same for a name on every start (not Python's salted hash)."""
    return TILE_COLOURS[sum(ord(ch) * (i + 1) for i, ch in enumerate(name)) % len(TILE_COLOURS)]


def initials(name: str) -> str:
    """Up to two capital letters for a tile: "Åsa Berg" → "ÅB", "Ola" → "OL"."""
    words = name.split()
    if len(words) >= 2:
        return (words[0][0] + words[-1][0]).upper()
    return name[:2].upper() if name else "?"


def kiosk_stylesheet(c: Colours) -> str:
    """Rules for everything inside the kiosk window (its dialogs included)."""
    return f"""
    QWidget {{ font-size: 15pt; }}
    QPushButton, QToolButton {{
        min-height: {MIN_TARGET_PX + 8}px; min-width: {MIN_TARGET_PX + 8}px;
        padding: 4px 14px; border-radius: 10px;
    }}
    QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox {{ min-height: {MIN_TARGET_PX + 4}px; }}
    QAbstractSpinBox QLineEdit {{ min-height: 0; padding: 0; border: none; }}
    /* The keypad replaces the arrows, which are too small for a finger. (Hidden here:
       setButtonSymbols(NoButtons) under a style sheet squeezes the text to 1 px.) */
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 0; border: none; }}
    QAbstractSpinBox::up-arrow, QAbstractSpinBox::down-arrow {{ image: none; width: 0; }}
    QComboBox QAbstractItemView::item {{ min-height: {MIN_TARGET_PX}px; }}
    QCheckBox {{ min-height: {MIN_TARGET_PX}px; }}
    QCheckBox::indicator {{ width: 32px; height: 32px; }}
    QScrollBar:vertical {{ width: 28px; }}
    QScrollBar:horizontal {{ height: 28px; }}
    QLabel[role="kioskTitle"] {{ font-size: 28pt; font-weight: 700; }}
    QLabel[role="kioskHint"] {{ font-size: 15pt; color: {c.muted}; }}
    QLabel[role="kioskError"] {{ font-size: 16pt; font-weight: 600; color: {c.warning}; }}
    QPushButton[role="key"] {{
        font-size: 24pt; font-weight: 600; min-width: {KEY_PX}px; min-height: {KEY_PX}px;
        padding: 0; background: {c.surface}; border: 1px solid {c.border};
    }}
    QPushButton[role="athleteTile"] {{
        min-width: {TILE_WIDTH}px; max-width: {TILE_WIDTH}px; min-height: {TILE_HEIGHT}px;
        max-height: {TILE_HEIGHT}px; padding: 0; background: {c.surface};
        border: 1px solid {c.border}; border-radius: 14px;
    }}
    QPushButton[role="athleteTile"]:pressed {{ border: 3px solid {c.accent}; }}
    QPushButton[role="key"]:pressed {{ background: {c.accent}; color: #ffffff; }}
    QPushButton[role="letter"] {{
        font-size: 18pt; min-width: {MIN_TARGET_PX + 8}px; min-height: {KEY_PX - 8}px;
        padding: 0; background: {c.surface}; border: 1px solid {c.border};
    }}
    QPushButton[role="letter"]:pressed {{ background: {c.accent}; color: #ffffff; }}
    QPushButton[role="primary"] {{ font-size: 17pt; }}
    QPushButton[role="danger"] {{
        background: {c.warning}; color: #ffffff; border-color: {c.warning}; font-weight: 600;
    }}
    QPushButton[role="tab"] {{
        font-size: 17pt; min-width: 160px; padding: 0 14px; border: none;
        border-bottom: 5px solid transparent; border-radius: 0; color: {c.muted};
        background: transparent;
    }}
    QPushButton[role="tab"]:checked {{
        color: {c.text}; font-weight: 700; border-bottom: 5px solid {c.accent};
    }}
    QFrame[role="sheet"] {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 16px;
    }}
    #kioskOverlay {{ background: rgba(0, 0, 0, 150); }}
    """

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


def screen_scale(width: int, height: int) -> float:
    """How much larger than at 1280 × 800 the kiosk draws on a screen of this size.

    A 1920 × 1080 screen gets larger type and targets (1.35×) instead of a
    small island in the middle; a 1024 × 768 one slightly smaller type, never
    smaller targets than `MIN_TARGET_PX`.
    """
    return round(max(0.85, min(1.5, width / 1280, height / 800)), 2)


def kiosk_stylesheet(c: Colours, scale: float = 1.0) -> str:
    """Rules for everything inside the kiosk window (its dialogs included), at `scale`."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    def px(size: int) -> int:
        return max(MIN_TARGET_PX, round(size * scale)) if size >= MIN_TARGET_PX \
            else round(size * scale)

    tile_w, tile_h = round(TILE_WIDTH * scale), round(TILE_HEIGHT * scale)
    return f"""
    QWidget {{ font-size: {pt(15)}; }}
    QPushButton, QToolButton {{
        min-height: {px(MIN_TARGET_PX + 8)}px; min-width: {px(MIN_TARGET_PX + 8)}px;
        padding: 4px {px(14)}px; border-radius: 10px; color: {c.text};
        background: {c.surface}; border: 1px solid {c.border};
    }}
    QPushButton:pressed, QToolButton:pressed {{ background: {c.accent}; color: #ffffff; }}
    QPushButton:checked {{ background: {c.accent}; color: #ffffff; border-color: {c.accent}; }}
    QPushButton:disabled {{
        color: {c.muted}; background: transparent; border: 1px dashed {c.border};
    }}
    QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox {{ min-height: {px(MIN_TARGET_PX + 4)}px; }}
    QAbstractSpinBox QLineEdit {{ min-height: 0; padding: 0; border: none; }}
    /* The keypad replaces the arrows, which are too small for a finger. (Hidden here:
       setButtonSymbols(NoButtons) under a style sheet squeezes the text to 1 px.) */
    QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 0; border: none; }}
    QAbstractSpinBox::up-arrow, QAbstractSpinBox::down-arrow {{ image: none; width: 0; }}
    QComboBox QAbstractItemView::item {{ min-height: {MIN_TARGET_PX}px; }}
    QCheckBox {{ min-height: {MIN_TARGET_PX}px; spacing: 12px; }}
    QCheckBox::indicator {{ width: {MIN_TARGET_PX}px; height: {MIN_TARGET_PX}px; }}
    QScrollBar:vertical {{ width: 28px; }}
    QScrollBar:horizontal {{ height: 28px; }}
    QLabel[role="kioskTitle"] {{ font-size: {pt(28)}; font-weight: 700; }}
    QLabel[role="kioskSection"] {{ font-size: {pt(19)}; font-weight: 700; }}
    QLabel[role="kioskName"] {{ font-size: {pt(17)}; }}
    QLabel[role="kioskBody"] {{ font-size: {pt(17)}; }}
    QLabel[role="kioskHint"] {{ font-size: {pt(15)}; color: {c.muted}; }}
    QLabel[role="kioskError"] {{ font-size: {pt(16)}; font-weight: 600; color: {c.warning}; }}
    QLabel[role="kioskNotice"] {{
        font-size: {pt(15)}; border: 1px solid {c.border}; border-radius: 10px; padding: 10px;
        background: {c.surface};
    }}
    #offlineBadge {{
        font-size: {pt(13)}; color: {c.muted}; border: 1px solid {c.border};
        border-radius: 14px; padding: 4px 14px; background: {c.surface};
    }}
    QPushButton[role="key"] {{
        font-size: {pt(24)}; font-weight: 600; min-width: {px(KEY_PX)}px;
        min-height: {px(KEY_PX)}px; padding: 0;
    }}
    QPushButton[role="athleteTile"] {{
        min-width: {tile_w}px; max-width: {tile_w}px; min-height: {tile_h}px;
        max-height: {tile_h}px; padding: 0; border-radius: 14px;
    }}
    QPushButton[role="athleteTile"]:pressed {{
        border: 3px solid {c.accent}; background: {c.surface}; color: {c.text};
    }}
    QPushButton[role="letter"] {{
        font-size: {pt(18)}; min-width: {px(MIN_TARGET_PX)}px; min-height: {px(KEY_PX - 8)}px;
        padding: 0;
    }}
    QPushButton[role="choice"] {{ font-size: {pt(14)}; padding: 4px 6px; }}
    QPushButton[role="primary"] {{
        font-size: {pt(17)}; font-weight: 600; background: {c.accent}; color: #ffffff;
        border-color: {c.accent};
    }}
    QPushButton[role="danger"] {{
        background: {c.warning}; color: #ffffff; border-color: {c.warning}; font-weight: 600;
    }}
    QPushButton[role="tab"] {{
        font-size: {pt(17)}; min-width: {round(160 * scale)}px; padding: 0 14px; border: none;
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

"""Light and dark looks, the side colours, and following the system's scheme.

Legwork draws with the Fusion style and its own palettes so the app looks the
same on every desktop, and so a manual light/dark choice always works (not
every platform honours an application's colour-scheme request).
"""

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.sides import Side
from app.resources import resource_path
from app.ui.shell.colour_vision import contrast_ratio, parse_hex
from app.ui.shell.translation import QT_TRANSLATE_NOOP


class ThemeChoice(StrEnum):
    """What the user picked in View → Theme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Colours:
    """The handful of colours every view draws with."""

    window: str
    surface: str
    text: str
    muted: str
    accent: str
    border: str
    left: str
    right: str
    warning: str
    dark: bool

    def side(self, side: Side) -> str:
        """The colour that means this leg everywhere in the app."""
        return self.left if side is Side.LEFT else self.right if side is Side.RIGHT else self.accent

    def on_side(self, side: Side) -> str:
        """Text colour that reads best on a fill of this leg's colour (white or near-black)."""
        return ink_on(self.side(side))


def ink_on(fill: str) -> str:
    """White or near-black, whichever contrasts more with a `#rrggbb` fill."""
    return max(("#ffffff", "#111318"),
               key=lambda ink: contrast_ratio(parse_hex(ink), parse_hex(fill)))


# Left is blue and right is orange (Okabe-Ito hues): the pair stays apart under
# protanopia, deuteranopia and tritanopia, and is always shown with the words.
# Right is also the lighter of the two, so they differ in lightness where hue
# fails (greyscale, tritanopia); tests/ui/test_colour_vision.py checks all this.
LIGHT = Colours(
    window="#f4f5f7", surface="#ffffff", text="#1d2230", muted="#5d6574",
    accent="#2f6f6a", border="#d5d9e0", left="#0a4c7b", right="#c75a00",
    warning="#b3261e", dark=False,
)
DARK = Colours(
    window="#17191e", surface="#21242b", text="#eceef2", muted="#a3a9b6",
    accent="#5fb3a9", border="#363a44", left="#3395db", right="#ffb870",
    warning="#ff8a80", dark=True,
)


# The words that always go with the side colours (the domain's `Side.label` is
# English data; these are for the screen, translated).
_SIDE_WORDS = {
    Side.LEFT: QT_TRANSLATE_NOOP("Sides", "LEFT"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Sides", "RIGHT"),
    Side.BOTH: QT_TRANSLATE_NOOP("Sides", "BOTH"),
}


def side_word(side: Side) -> str:
    """The word for a leg shown beside its colour ("LEFT", "RIGHT"), in the user's language."""
    return QCoreApplication.translate("Sides", _SIDE_WORDS[side])


def system_prefers_dark() -> bool:
    """Whether the desktop currently asks for a dark scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def colours_for(choice: ThemeChoice) -> Colours:
    """The palette a choice resolves to right now."""
    if choice is ThemeChoice.SYSTEM:
        return DARK if system_prefers_dark() else LIGHT
    return DARK if choice is ThemeChoice.DARK else LIGHT


def _palette(c: Colours) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: ink_on(c.accent),
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.left,
        QPalette.ColorRole.Mid: c.border,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(c.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(c.muted))
    return p


def stylesheet(c: Colours, base_pt: float = 10.0) -> str:
    """Application-wide style rules; widgets opt in with object names and properties.

    Sizes are multiples of the system font size (`base_pt`), so text follows
    the desktop's font setting instead of fixing one size.
    """

    def pt(factor: float) -> str:
        return f"{base_pt * factor:.1f}pt"

    # Fusion draws no arrows once a stylesheet styles the boxes, so ship our own.
    arrow_up = resource_path("icons", "arrow-up.svg").as_posix()
    arrow_down = resource_path("icons", "arrow-down.svg").as_posix()

    return f"""
    #navBar {{ background: {c.surface}; border-right: 1px solid {c.border}; }}
    #navBar QToolButton {{
        border: none; border-left: 4px solid transparent; padding: 12px 18px;
        background: transparent;
        text-align: left; font-size: {pt(1.15)}; color: {c.muted}; min-width: 150px;
    }}
    #navBar QToolButton:hover {{ color: {c.text}; background: {c.window}; }}
    #navBar QToolButton:checked {{
        color: {c.text}; font-weight: 600; border-left: 4px solid {c.accent};
        background: {c.window};
    }}
    #navBar QToolButton:focus {{
        outline: none; background: {c.window}; color: {c.text};
        border: 2px solid {c.accent}; border-left: 4px solid {c.accent};
        padding: 10px 16px 10px 18px;
    }}
    #brand {{ font-size: {pt(1.6)}; font-weight: 700; color: {c.accent}; padding: 18px 18px 14px; }}
    QLabel[role="title"] {{ font-size: {pt(1.7)}; font-weight: 600; }}
    QLabel[role="subtitle"] {{ color: {c.muted}; }}
    QLabel[role="chip"] {{
        border: 1px solid {c.border}; border-radius: 10px; padding: 2px 10px;
        background: {c.window}; color: {c.text};
    }}
    QFrame[role="card"] {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px;
    }}
    QFrame[role="card"][charted="true"] {{ border: 2px solid {c.accent}; }}
    QPushButton {{
        padding: 6px 14px; border: 1px solid {c.border}; border-radius: 6px;
        background: {c.surface};
    }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton:focus {{ border: 2px solid {c.accent}; }}
    QPushButton[role="primary"] {{
        background: {c.accent}; color: {ink_on(c.accent)}; border-color: {c.accent};
        font-weight: 600;
    }}
    QPushButton:checked {{
        background: {c.accent}; color: {ink_on(c.accent)}; border-color: {c.accent};
    }}
    QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit {{
        padding: 5px 8px; border: 1px solid {c.border}; border-radius: 6px;
        background: {c.surface};
    }}
    QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus,
    QPlainTextEdit:focus, QTextEdit:focus, QDateEdit:focus {{ border: 2px solid {c.accent}; }}
    QSpinBox, QDoubleSpinBox {{ padding-right: 24px; }}
    QSpinBox::up-button, QSpinBox::down-button,
    QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{
        subcontrol-origin: border; width: 22px; border-left: 1px solid {c.border};
        background: transparent;
    }}
    QSpinBox::up-button, QDoubleSpinBox::up-button {{
        subcontrol-position: top right; border-bottom: 1px solid {c.border};
    }}
    QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-position: bottom right; }}
    QSpinBox::up-button:hover, QSpinBox::down-button:hover,
    QDoubleSpinBox::up-button:hover, QDoubleSpinBox::down-button:hover {{
        background: {c.window};
    }}
    QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{
        image: url({arrow_up}); width: 10px; height: 6px;
    }}
    QSpinBox::down-arrow, QDoubleSpinBox::down-arrow,
    QComboBox::down-arrow, QDateEdit::down-arrow {{
        image: url({arrow_down}); width: 10px; height: 6px;
    }}
    QComboBox, QDateEdit {{ padding-right: 26px; }}
    QComboBox::drop-down, QDateEdit::drop-down {{
        subcontrol-origin: border; subcontrol-position: top right; width: 24px; border: none;
    }}
    QListView {{ border: 1px solid {c.border}; border-radius: 8px; background: {c.surface}; }}
    QListView::item {{ padding: 8px 10px; border-bottom: 1px solid {c.border}; }}
    QListView::item:selected {{ background: {c.accent}; color: {ink_on(c.accent)}; }}
    QTextBrowser {{ border: none; background: {c.surface}; }}
    QListView:focus, QTreeView:focus, QTableView:focus, QTextBrowser:focus {{
        border: 2px solid {c.accent};
    }}
    QStatusBar {{ color: {c.muted}; }}
    """


def apply_theme(app: QApplication, choice: ThemeChoice) -> Colours:
    """Restyle the whole application for a theme choice; returns the colours in use."""
    colours = colours_for(choice)
    app.setStyle("Fusion")
    app.setPalette(_palette(colours))
    base = QGuiApplication.font().pointSizeF()
    app.setStyleSheet(stylesheet(colours, base if base > 0 else 10.0))
    return colours

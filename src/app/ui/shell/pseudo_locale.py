"""A pseudo-locale: every string accented and stretched by 40 %, to test layouts.

Translations into German or Finnish often run 30–40 % longer than English.
Installing `PseudoLocaleTranslator` (or starting Legwork with
``LEGWORK_PSEUDO_LOCALE=1``) shows every translatable string as, for example,
``[Ŀéƒţ··]``: the brackets show where a string was clipped, the accents show
text that never went through ``tr()``, and the padding shows whether the layout
has room for a longer language.
"""

import math
import re

from PySide6.QtCore import QObject, QTranslator

STRETCH = 1.4
PAD = "·"

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒĝĥíĵķĺɱñöþǫŕšţüṽŵẋýžÅƁÇĐÉƑĜĤÍĴĶĿṀÑÖÞǪŔŠŢÜṼŴẊÝŽ",
)
# Markup, placeholders, entities and mnemonics pass through untouched, so the
# stretched text still formats, renders and keeps its keyboard accelerator.
_PROTECTED = re.compile(r"<[^>]*>|\{[^{}]*\}|%L?\d+|%n|&[a-zA-Z]+;|&#\d+;|&&|&(?=\S)")


def is_qt_context(context: str) -> bool:
    """Whether a translation context is one of Qt's own classes (QShortcut, QLineEdit…)."""
    return re.match(r"Q[A-Z]", context) is not None


def pseudo_translate(text: str) -> str:
    """The pseudo-locale form of one string: accented, bracketed, 40 % longer."""
    if not text:
        return text
    parts: list[str] = []
    visible = 0
    position = 0
    for match in _PROTECTED.finditer(text):
        plain = text[position:match.start()]
        parts.append(plain.translate(_ACCENTED))
        visible += len(plain)
        parts.append(match.group())
        if match.group().startswith("{"):
            visible += len(match.group())
        position = match.end()
    tail = text[position:]
    parts.append(tail.translate(_ACCENTED))
    visible += len(tail)
    extra = max(2, math.ceil(visible * (STRETCH - 1)))
    return "[" + "".join(parts) + PAD * (extra - 2) + "]"


class PseudoLocaleTranslator(QTranslator):
    """A translator that pseudo-translates Legwork's strings (and Qt's dialog buttons)."""

    # Qt's own contexts mostly hold text it parses back, such as the "Ctrl" in
    # key sequences; only the ones that label buttons are stretched.
    QT_CONTEXTS = frozenset({"QPlatformTheme", "QDialogButtonBox"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pseudoLocale")

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The stretched text for Legwork's contexts; None (untranslated) for Qt's others."""
        if is_qt_context(context) and context not in self.QT_CONTEXTS:
            return None
        return pseudo_translate(source_text)

    def isEmpty(self) -> bool:
        """Never empty, so Qt tells widgets the language changed when it is installed."""
        return False

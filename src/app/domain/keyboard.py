"""Which letters the kiosk's on-screen keyboard offers, and in which case a tap types them.

Gym members' names are not all ASCII: Åse Øvrebø, Zoë, José, Łukasz. The
keyboard has the 26 Latin letters, the letters of the kiosk's own language
beside them (`language_letters`), and a page of accented letters for any
other name (`ACCENTED`). Case follows names: a letter that starts a word is a
capital, the others small (`typed_case`); the shift key turns the next letter
the other way, for "McArthur" or "van der Berg".
"""

BASE_ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-.")

ACCENTED = (
    "ÁÀÂÄÃÅĀĄÆÇĆČĎÐÉ",
    "ÈÊËĒĘĚĞÍÌÎÏŁÑŃŇ",
    "ÓÒÔÖÕØŌŐŒŘŚŠŞßŤ",
    "ÚÙÛÜŪŮŰÝŸŹŽŻÞ",
)
"""The accented page, four rows: enough for names from Iceland to Poland to Portugal."""

LANGUAGE_LETTERS: dict[str, str] = {
    "nb": "ÆØÅ", "nn": "ÆØÅ", "no": "ÆØÅ", "da": "ÆØÅ",
    "sv": "ÅÄÖ", "fi": "ÅÄÖ", "et": "ÕÄÖÜ",
    "de": "ÄÖÜß", "nl": "ËÏ", "is": "ÁÐÉÍÓÚÝÞÆÖ",
    "fr": "ÉÈÊÀÇ", "es": "ÑÁÉÍÓÚ", "pt": "ÃÕÇÁÉ", "it": "ÀÈÉÌÒÙ",
    "pl": "ĄĆĘŁŃÓŚŹŻ", "cs": "ČĚŘŠŽŮÝ", "sk": "ČĽŇŠŤŽÝ", "hu": "ÁÉÖŐÜŰ",
    "tr": "ÇĞİÖŞÜ", "ro": "ĂÂÎȘȚ", "hr": "ČĆĐŠŽ", "sl": "ČŠŽ", "lt": "ĄČĘĖĮŠŲŪŽ",
    "lv": "ĀČĒĢĪĶĻŅŠŪŽ",
}

WORD_BREAKS = " -'"
"""After these (or at the start) a letter begins a new word."""


def language_letters(language: str) -> str:
    """The letters of a language beyond A–Z (`language` as in "nb" or "nb_NO"); "" if none."""
    code = language.replace("-", "_").split("_")[0].lower()
    return LANGUAGE_LETTERS.get(code, "")


def starts_word(before: str) -> bool:
    """Whether a letter typed after `before` begins a word."""
    return not before or before[-1] in WORD_BREAKS


def typed_case(letter: str, before: str, *, shifted: bool = False) -> str:
    """`letter` as a tap types it after `before`: a capital at a word's start, else small.

    `shifted` turns it the other way. "ß" has no one-letter capital and stays.
    """
    capital = starts_word(before) != shifted
    if letter == "ß":
        return letter
    return letter.upper() if capital else letter.lower()

"""Marking text for translation where it is defined and translating it where it is shown.

PySide6's stubs type `QT_TRANSLATE_NOOP` as returning `object`; this one is
the same marker (lupdate finds it by name) typed as what it is at run time,
the source text itself.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context` and return it unchanged."""
    del context  # only lupdate reads it
    return source

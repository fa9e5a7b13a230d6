"""The on-screen keyboard's letters: the kiosk's language, accents for any name, and case."""

import pytest

from app.domain.keyboard import ACCENTED, language_letters, typed_case


@pytest.mark.parametrize(("language", "letters"), [
    ("nb_NO", "ÆØÅ"), ("sv", "ÅÄÖ"), ("de_DE", "ÄÖÜß"), ("en_GB", ""), ("C", ""),
])
def test_each_language_brings_its_own_letters(language: str, letters: str) -> None:
    assert language_letters(language) == letters


def test_names_from_many_languages_can_be_typed_from_the_accented_page() -> None:
    page = "".join(ACCENTED)
    for name in ("Åse Øvrebø", "Zoë", "José", "Łukasz", "Þóra", "Ødegård", "Müller", "Çelik"):
        assert all(ch.upper() in page or ch.upper().isascii() for ch in name if ch.isalpha())


@pytest.mark.parametrize(("letter", "before", "shifted", "typed"), [
    ("Å", "", False, "Å"), ("S", "Å", False, "s"), ("Ø", "Åse ", False, "Ø"),
    ("V", "Van-", False, "V"), ("A", "Mc", True, "A"), ("V", "", True, "v"),
    ("ß", "Stra", False, "ß"),
])
def test_a_letter_is_a_capital_at_a_words_start_unless_shifted(
    letter: str, before: str, shifted: bool, typed: str
) -> None:
    assert typed_case(letter, before, shifted=shifted) == typed

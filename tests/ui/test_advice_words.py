"""Advice in the UI: the same sentences as the CLI and sheets, every template translatable."""

from app.domain.advice_text import TEMPLATES, advice_text
from app.domain.units import Unit
from app.ui.progress.advice_words import TRANSLATABLE, advice_sentences
from tests.domain.test_progression import SPLIT, advise, legs


def test_every_template_is_marked_for_the_translators() -> None:
    assert TRANSLATABLE == TEMPLATES


def test_untranslated_the_ui_says_exactly_what_the_sheet_says(qapp) -> None:
    advice = advise(legs(12, sets=1), SPLIT, 0, Unit.KG)
    assert advice_sentences(advice, SPLIT, Unit.KG) == advice_text(advice, SPLIT, Unit.KG)

"""What the domain says to a person reaches the screen in the user's language, filled in."""

import ast
from pathlib import Path

import pytest

from app.domain.errors import ValidationError
from app.domain.messages import message
from app.domain.records import validate_set_values
from app.domain.sides import Side
from app.ui.shell.messages import FIELD_NAMES, TEMPLATES, error_text, message_text
from app.ui.shell.pseudo_locale import PseudoLocaleTranslator, pseudo_translate

ROOT = Path(__file__).resolve().parents[2] / "src" / "app"


def _templates_in_the_code() -> set[str]:
    """Every literal template passed to `message(...)` outside the UI."""
    found = set()
    for path in ROOT.rglob("*.py"):
        if "ui" in path.relative_to(ROOT).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "message" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    return found


def test_every_sentence_of_the_domain_and_services_is_listed_for_translation() -> None:
    used = _templates_in_the_code()
    assert used, "the scan found the templates"
    assert used - TEMPLATES == set(), "templates the translators never see"
    assert TEMPLATES - used == set(), "listed templates no code uses any more"


def test_english_reads_as_the_domain_wrote_it() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_set_values(reps=101, load_kg=0)
    assert error_text(refused.value) == str(refused.value) == "Reps must be 100 or fewer (got 101)."


def test_a_translation_fills_in_the_values_and_puts_legs_and_fields_in_words(qapp) -> None:
    pseudo = PseudoLocaleTranslator(qapp)
    qapp.installTranslator(pseudo)
    try:
        reps = error_text(ValidationError(message(
            "Reps must be {max} or fewer (got {reps}).", max=100, reps=101)))
        leg = message_text(message(
            "Set {number} of {exercise} ({side}) is not part of the plan {plan!r}.",
            number=2, exercise="step-down", side=Side.LEFT, plan="Hills"))
        field = message_text(message(
            "{label} must be a whole number from {low} to {high}{unit} (got {value!r}).",
            label="Volume", low=0, high=100, unit="", value=101))
    finally:
        qapp.removeTranslator(pseudo)
    assert reps.startswith("[") and "100" in reps and "101" in reps
    assert pseudo_translate("LEFT") in leg, "the leg in the user's words"
    assert "'Hills'" in leg
    assert "Volume" in FIELD_NAMES
    assert pseudo_translate("Volume") in field, "the field's name translated too"


def test_a_sentence_nobody_listed_is_shown_as_written() -> None:
    assert message_text(message("Something {odd}.", odd="new")) == "Something new."

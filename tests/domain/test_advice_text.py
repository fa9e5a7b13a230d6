"""Advice in words: the sentences the CLI and the sheets print, from the advice's values."""

import pytest

from app.domain.advice_text import TEMPLATES, advice_text
from app.domain.units import Unit
from tests.domain.test_progression import BEFORE, BRIDGE, SPLIT, B, L, R, advise, legs, st


def text(advice, exercise=SPLIT, unit=Unit.KG) -> str:
    return advice_text(advice, exercise, unit)


def test_no_data() -> None:
    assert text(advise([], SPLIT, 0, Unit.KG)) == (
        "No sets of Split squat logged yet. Do a session and you'll get a suggestion for "
        "the next one.")


def test_one_set_per_leg_is_not_three() -> None:
    assert text(advise(legs(12, sets=1), SPLIT, 0, Unit.KG)) == (
        "On each leg, 1 of 3 sets reached 12 reps. "
        "Stay at bodyweight: aim for 3 sets of 12 reps per leg.")


def test_moving_up_a_rung() -> None:
    assert text(advise(legs(12), SPLIT, 0, Unit.KG)) == (
        "Both legs met the goal: 3 sets of 12 reps with good form and reps to spare. "
        "Move to level 2: Rear foot on a bench, at bodyweight, starting again at 8 reps.")


def test_the_first_loaded_rung_names_its_starting_load() -> None:
    assert text(advise(legs(12, level=1), SPLIT, 1, Unit.KG)).endswith(
        "Move to level 3: Dumbbells, at 4 kg, starting again at 8 reps.")


def test_adding_load_before_the_next_rung() -> None:
    advice = advise(legs(12, 10.0, level=2), SPLIT, 2, Unit.KG,
                    previous=legs(12, 10.0, level=2, when=BEFORE))
    assert text(advice) == (
        "Both legs met the goal: 3 sets of 12 reps with good form and reps to spare. "
        "The next rung starts once you meet the goal with 20 kg. "
        "Next time use 12 kg and build back up from 8 to 12 reps.")


def test_two_sessions_in_a_row() -> None:
    assert text(advise(legs(12, 20.0, level=2), SPLIT, 2, Unit.KG)) == (
        "The goal was met once; this rung asks for it in 2 sessions in a row. "
        "Do it again at 20 kg next session.")


def test_unjudged_sets_ask_for_the_effort() -> None:
    assert text(advise(legs(12, 10.0, rpe=None, level=3), SPLIT, 3, Unit.KG)) == (
        "On each leg, 3 sets have no effort rating, so they were not judged. "
        "Log RPE or reps in reserve. Stay at 10 kg: aim for 3 sets of 12 reps per leg.")


def test_too_hard_and_one_set_singular() -> None:
    entries = legs(12, 10.0, level=3)
    entries[-1] = st(R, 12, 10.0, n=3, rpe=9.0, level=3)
    assert "On the right leg, 1 set felt harder than RPE 8 (fewer than 2 reps left)." in text(
        advise(entries, SPLIT, 3, Unit.KG))


def test_the_weaker_leg_per_leg_steps() -> None:
    entries = [st(L, 12, n=n) for n in (1, 2, 3)]
    entries += [st(R, 12, n=1), st(R, 12, n=2), st(R, 10, n=3)]
    assert text(advise(entries, SPLIT, 0, Unit.KG)) == (
        "Your right leg missed the goal that your left leg met. "
        "Your left leg met the goal: 3 sets of 12 reps with good form and reps to spare. "
        "On the right leg, 2 of 3 sets reached 12 reps. "
        "Start with your right leg next time and give it one extra set. "
        "Left leg: level 2 (Rear foot on a bench) at bodyweight, 3 sets from 8 reps. "
        "Right leg: bodyweight again, 4 sets of 12 reps.")


def test_below_the_line_rounds_down() -> None:
    # per set 26 against 29 reps: 89.66 % reads "89%", never "90%" next to "below the 90%"
    entries = [st(L, 26, n=1), st(R, 29, n=1)]
    assert "Your left leg is at 89% of your right leg on reps at the same load, set for set, " \
        "below the 90% line." in text(advise(entries, SPLIT, 0, Unit.KG))


def test_pounds() -> None:
    advice = advise(legs(12, 12.473790175, level=3), SPLIT, 3, Unit.LB)
    assert text(advice, unit=Unit.LB).endswith(
        "Next time use 32.5 lb and build back up from 8 to 12 reps.")


def test_a_two_leg_exercise_speaks_of_sets_not_legs() -> None:
    entries = [st(B, 12, 20.0, n=n, ex="glute-bridge", level=3) for n in (1, 2, 3)]
    assert text(advise(entries, BRIDGE, 3, Unit.KG), BRIDGE).startswith(
        "Every set met the goal: 3 sets of 12 reps")


def test_one_leg_only() -> None:
    assert text(advise([st(L, 12, 10.0, n=n) for n in (1, 2, 3)], SPLIT, 0, Unit.KG)) == (
        "Only your left leg was logged: train both legs next time. "
        "Stay at 10 kg: aim for 3 sets of 12 reps per leg.")


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_templates_name_every_value(key: str) -> None:
    # a translator sees whole sentences and may reorder them: values go in by name
    template = TEMPLATES[key]
    assert "{}" not in template and "%s" not in template and "%d" not in template

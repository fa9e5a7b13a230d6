"""Progression advice in the reader's language: the domain's sentences through Qt's translation.

`app.domain.advice_text` builds the advice from its values in one place; this
module hands it a `Words` that translates every template (context "Advice").
The table below marks each template for the translators; a test keeps it equal
to the domain's own, so a sentence can never be shown untranslatable.
"""

from PySide6.QtCore import QCoreApplication

from app.domain.advice_text import advice_text
from app.domain.exercise import Exercise
from app.domain.metrics import Measure
from app.domain.progression import Advice
from app.domain.sides import Side
from app.domain.units import Unit
from app.ui.shell.translation import QT_TRANSLATE_NOOP

TRANSLATABLE = {
    "no_data": QT_TRANSLATE_NOOP(
        "Advice",
        "No sets of {exercise} logged yet. Do a session and you'll get a suggestion for "
        "the next one."),
    "level_up": QT_TRANSLATE_NOOP(
        "Advice",
        "Move to level {level}: {rung}, at {load}, starting again at {reps} reps."),
    "add_load": QT_TRANSLATE_NOOP(
        "Advice",
        "Next time use {load} and build back up from {reps} to {target} reps."),
    "repeat": QT_TRANSLATE_NOOP("Advice", "Do it again at {load} next session."),
    "stay": QT_TRANSLATE_NOOP("Advice", "Stay at {load}: aim for {sets} sets of {reps} reps."),
    "stay_per_leg": QT_TRANSLATE_NOOP(
        "Advice",
        "Stay at {load}: aim for {sets} sets of {reps} reps per leg."),
    "balance": QT_TRANSLATE_NOOP(
        "Advice",
        "Start with your {side} leg next time and give it one extra set."),
    "per_leg": QT_TRANSLATE_NOOP("Advice", "Each leg has its own next step."),
    "leg_level_up": QT_TRANSLATE_NOOP(
        "Advice",
        "{Side} leg: level {level} ({rung}) at {load}, {sets} sets from {reps} reps."),
    "leg_add_load": QT_TRANSLATE_NOOP(
        "Advice",
        "{Side} leg: {load}, {sets} sets from {reps} reps."),
    "leg_same": QT_TRANSLATE_NOOP(
        "Advice",
        "{Side} leg: {load} again, {sets} sets of {reps} reps."),
    "one_leg_only": QT_TRANSLATE_NOOP(
        "Advice",
        "Only your {side} leg was logged: train both legs next time."),
    "target_met_both": QT_TRANSLATE_NOOP(
        "Advice",
        "Both legs met the goal: {sets} sets of {reps} reps with good form and reps to "
        "spare."),
    "target_met_leg": QT_TRANSLATE_NOOP(
        "Advice",
        "Your {side} leg met the goal: {sets} sets of {reps} reps with good form and "
        "reps to spare."),
    "target_met_whole": QT_TRANSLATE_NOOP(
        "Advice",
        "Every set met the goal: {sets} sets of {reps} reps with good form and reps to "
        "spare."),
    "target_met_once": QT_TRANSLATE_NOOP(
        "Advice",
        "The goal was met once; this rung asks for it in {sessions} sessions in a row."),
    "load_for_next_rung": QT_TRANSLATE_NOOP(
        "Advice",
        "The next rung starts once you meet the goal with {load}."),
    "sets_short": QT_TRANSLATE_NOOP(
        "Advice",
        "{Subject}, {count} of {of} sets reached {reps} reps."),
    "too_hard_one": QT_TRANSLATE_NOOP(
        "Advice",
        "{Subject}, 1 set felt harder than RPE {rpe} (fewer than {rir} reps left)."),
    "too_hard_many": QT_TRANSLATE_NOOP(
        "Advice",
        "{Subject}, {count} sets felt harder than RPE {rpe} (fewer than {rir} reps left)."),
    "form_fault_one": QT_TRANSLATE_NOOP(
        "Advice",
        "{Subject}, the form check said no on 1 set; progress waits for clean reps."),
    "form_fault_many": QT_TRANSLATE_NOOP(
        "Advice",
        "{Subject}, the form check said no on {count} sets; progress waits for clean "
        "reps."),
    "no_effort_one": QT_TRANSLATE_NOOP(
        "Advice",
        "{Subject}, 1 set has no effort rating, so it was not judged. Log RPE or reps in "
        "reserve."),
    "no_effort_many": QT_TRANSLATE_NOOP(
        "Advice",
        "{Subject}, {count} sets have no effort rating, so they were not judged. Log RPE "
        "or reps in reserve."),
    "no_form_one": QT_TRANSLATE_NOOP(
        "Advice",
        "{Subject}, the form check was not answered on 1 set, so it was not judged."),
    "no_form_many": QT_TRANSLATE_NOOP(
        "Advice",
        "{Subject}, the form check was not answered on {count} sets, so they were not "
        "judged."),
    "weaker_missed": QT_TRANSLATE_NOOP(
        "Advice",
        "Your {side} leg missed the goal that your {other} leg met."),
    "weaker_below_line": QT_TRANSLATE_NOOP(
        "Advice",
        "Your {side} leg is at {percent}% of your {other} leg on {measure}, set for set, "
        "below the {line}% line."),
    "weaker_lighter": QT_TRANSLATE_NOOP(
        "Advice",
        "Your {side} leg worked at a lighter load without doing more reps."),
    "subject_both": QT_TRANSLATE_NOOP("Advice", "On each leg"),
    "subject_leg": QT_TRANSLATE_NOOP("Advice", "On the {side} leg"),
    "subject_whole": QT_TRANSLATE_NOOP("Advice", "In this session"),
}
_MEASURES = {
    Measure.VOLUME: QT_TRANSLATE_NOOP("Advice", "volume"),
    Measure.BEST_E1RM: QT_TRANSLATE_NOOP("Advice", "estimated 1RM"),
    Measure.REPS: QT_TRANSLATE_NOOP("Advice", "reps"),
    Measure.BEST_SET: QT_TRANSLATE_NOOP("Advice", "best set load"),
    Measure.REPS_AT_SAME_LOAD: QT_TRANSLATE_NOOP("Advice", "reps at the same load"),
}
_SIDES = {
    Side.LEFT: QT_TRANSLATE_NOOP("Advice", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Advice", "right"),
    Side.BOTH: QT_TRANSLATE_NOOP("Advice", "both"),
}


class QtWords:
    """The advice's words in the language Qt was set up with."""

    def text(self, template: str) -> str:
        """The template translated (placeholders are kept by the translators)."""
        return QCoreApplication.translate("Advice", template)

    def side(self, side: Side) -> str:
        """"left" or "right", translated, lower case."""
        return QCoreApplication.translate("Advice", _SIDES[side])

    def measure(self, measure: Measure) -> str:
        """A measure's name, translated."""
        return QCoreApplication.translate("Advice", _MEASURES[measure])


def advice_sentences(advice: Advice, exercise: Exercise, unit: Unit) -> str:
    """The whole advice as translated sentences, for a tooltip or a card."""
    return advice_text(advice, exercise, unit, QtWords())

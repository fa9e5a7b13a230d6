"""Progression advice in words: the one place an `Advice` becomes sentences.

The CLI and the sheets use it in English. The UI passes its own `Words`, which
runs every template through Qt's translation (`app.ui.progress.advice_words` marks each
template below for the translators; a test keeps the two lists equal). Values
are put in with `str.format` after translation, so a translator sees whole
sentences and may reorder them.
"""

from dataclasses import dataclass
from typing import Protocol

from app.domain.exercise import Exercise
from app.domain.metrics import Measure
from app.domain.progression import (
    RIR_MIN,
    RPE_MAX,
    Advice,
    AdviceKind,
    Change,
    LegStep,
    Reason,
    ReasonKind,
)
from app.domain.sides import Side
from app.domain.units import Unit, format_load


class Words(Protocol):
    """What the renderer needs from a language: templates, leg names, measure names."""

    def text(self, template: str) -> str:
        """The template in the reader's language (placeholders unchanged)."""
        ...

    def side(self, side: Side) -> str:
        """"left" or "right", in the reader's language, lower case."""
        ...

    def measure(self, measure: Measure) -> str:
        """A measure's name in the reader's language ("reps at the same load")."""
        ...


class English:
    """The templates as written: the CLI and the printed sheets."""

    def text(self, template: str) -> str:
        """The template unchanged."""
        return template

    def side(self, side: Side) -> str:
        """The side's own lower-case name."""
        return str(side)

    def measure(self, measure: Measure) -> str:
        """The measure's own label."""
        return measure.label


ENGLISH = English()

# Every template, in one table, so the UI can mark each one for translation.
TEMPLATES = {
    "no_data": "No sets of {exercise} logged yet. Do a session and you'll get a suggestion "
               "for the next one.",
    "level_up": "Move to level {level}: {rung}, at {load}, starting again at {reps} reps.",
    "add_load": "Next time use {load} and build back up from {reps} to {target} reps.",
    "repeat": "Do it again at {load} next session.",
    "stay": "Stay at {load}: aim for {sets} sets of {reps} reps.",
    "stay_per_leg": "Stay at {load}: aim for {sets} sets of {reps} reps per leg.",
    "balance": "Start with your {side} leg next time and give it one extra set.",
    "per_leg": "Each leg has its own next step.",
    "leg_level_up": "{Side} leg: level {level} ({rung}) at {load}, {sets} sets from {reps} reps.",
    "leg_add_load": "{Side} leg: {load}, {sets} sets from {reps} reps.",
    "leg_same": "{Side} leg: {load} again, {sets} sets of {reps} reps.",
    "one_leg_only": "Only your {side} leg was logged: train both legs next time.",
    "target_met_both": "Both legs met the goal: {sets} sets of {reps} reps with good form and "
                       "reps to spare.",
    "target_met_leg": "Your {side} leg met the goal: {sets} sets of {reps} reps with good form "
                      "and reps to spare.",
    "target_met_whole": "Every set met the goal: {sets} sets of {reps} reps with good form and "
                        "reps to spare.",
    "target_met_once": "The goal was met once; this rung asks for it in {sessions} sessions in "
                       "a row.",
    "load_for_next_rung": "The next rung starts once you meet the goal with {load}.",
    "sets_short": "{Subject}, {count} of {of} sets reached {reps} reps.",
    "too_hard_one": "{Subject}, 1 set felt harder than RPE {rpe} (fewer than {rir} reps left).",
    "too_hard_many": "{Subject}, {count} sets felt harder than RPE {rpe} (fewer than {rir} reps "
                     "left).",
    "form_fault_one": "{Subject}, the form check said no on 1 set; progress waits for clean reps.",
    "form_fault_many": "{Subject}, the form check said no on {count} sets; progress waits for "
                       "clean reps.",
    "no_effort_one": "{Subject}, 1 set has no effort rating, so it was not judged. Log RPE or "
                     "reps in reserve.",
    "no_effort_many": "{Subject}, {count} sets have no effort rating, so they were not judged. "
                      "Log RPE or reps in reserve.",
    "no_form_one": "{Subject}, the form check was not answered on 1 set, so it was not judged.",
    "no_form_many": "{Subject}, the form check was not answered on {count} sets, so they were "
                    "not judged.",
    "weaker_missed": "Your {side} leg missed the goal that your {other} leg met.",
    "weaker_below_line": "Your {side} leg is at {percent}% of your {other} leg on {measure}, set "
                         "for set, below the {line}% line.",
    "weaker_lighter": "Your {side} leg worked at a lighter load without doing more reps.",
    "subject_both": "On each leg",
    "subject_leg": "On the {side} leg",
    "subject_whole": "In this session",
}


@dataclass(frozen=True)
class _Render:
    words: Words
    exercise: Exercise
    unit: Unit

    def t(self, key: str, **values: object) -> str:
        return self.words.text(TEMPLATES[key]).format(**values)

    def load(self, kg: float) -> str:
        return format_load(kg, self.unit)

    def side(self, side: Side) -> str:
        return self.words.side(side)

    def rung(self, level: int) -> str:
        ladder = self.exercise.progressions
        return ladder[level].name if 0 <= level < len(ladder) else self.exercise.name

    def subject(self, side: Side | None) -> str:
        if side is None:
            return self.t("subject_both" if self.exercise.unilateral else "subject_whole")
        return self.t("subject_leg", side=self.side(side))

    def plural(self, key: str, count: int, **values: object) -> str:
        return self.t(f"{key}_one" if count == 1 else f"{key}_many", count=count, **values)

    def reason(self, reason: Reason) -> str:
        kind, side = reason.kind, reason.side
        if kind is ReasonKind.ONE_LEG_ONLY and side is not None:
            return self.t("one_leg_only", side=self.side(side))
        if kind is ReasonKind.TARGET_MET:
            if side is not None:
                return self.t("target_met_leg", side=self.side(side), sets=reason.count,
                              reps=reason.reps)
            key = "target_met_both" if self.exercise.unilateral else "target_met_whole"
            return self.t(key, sets=reason.count, reps=reason.reps)
        if kind is ReasonKind.TARGET_MET_ONCE:
            return self.t("target_met_once", sessions=reason.count)
        if kind is ReasonKind.LOAD_FOR_NEXT_RUNG and reason.load_kg is not None:
            return self.t("load_for_next_rung", load=self.load(reason.load_kg))
        if kind is ReasonKind.SETS_SHORT:
            return self.t("sets_short", Subject=self.subject(side), count=reason.count,
                          of=reason.of, reps=reason.reps)
        count = reason.count or 0
        if kind is ReasonKind.TOO_HARD:
            return self.plural("too_hard", count, Subject=self.subject(side), rpe=f"{RPE_MAX:g}",
                               rir=RIR_MIN)
        if kind is ReasonKind.FORM_FAULT:
            return self.plural("form_fault", count, Subject=self.subject(side))
        if kind is ReasonKind.NO_EFFORT:
            return self.plural("no_effort", count, Subject=self.subject(side))
        if kind is ReasonKind.NO_FORM:
            return self.plural("no_form", count, Subject=self.subject(side))
        assert side is not None, kind
        other = self.side(side.other())
        if kind is ReasonKind.WEAKER_MISSED_TARGET:
            return self.t("weaker_missed", side=self.side(side), other=other)
        if kind is ReasonKind.WEAKER_BELOW_LINE:
            assert reason.percent is not None and reason.measure is not None
            # Rounded down, so 89.6 % never reads "90%" next to "below the 90% line".
            return self.t("weaker_below_line", side=self.side(side), other=other,
                          percent=int(reason.percent), measure=self.words.measure(reason.measure),
                          line=f"{reason.line:g}")
        return self.t("weaker_lighter", side=self.side(side))

    def leg(self, step: LegStep) -> str:
        name = self.side(step.side).capitalize()
        if step.change is Change.LEVEL_UP:
            return self.t("leg_level_up", Side=name, level=step.level + 1,
                          rung=self.rung(step.level), load=self.load(step.load_kg),
                          sets=step.sets, reps=step.reps)
        if step.change is Change.ADD_LOAD:
            return self.t("leg_add_load", Side=name, load=self.load(step.load_kg),
                          sets=step.sets, reps=step.reps)
        return self.t("leg_same", Side=name, load=self.load(step.load_kg), sets=step.sets,
                      reps=step.reps)

    def headline(self, advice: Advice) -> list[str]:
        kind, first = advice.kind, advice.steps[0]
        if kind is AdviceKind.BALANCE and advice.weaker is not None:
            return [self.t("balance", side=self.side(advice.weaker)),
                    *(self.leg(step) for step in advice.steps)]
        if kind is AdviceKind.PER_LEG:
            return [self.t("per_leg"), *(self.leg(step) for step in advice.steps)]
        if advice.next_load_kg is None and kind in (AdviceKind.LEVEL_UP, AdviceKind.ADD_LOAD):
            return [self.leg(step) for step in advice.steps]
        if kind is AdviceKind.LEVEL_UP:
            return [self.t("level_up", level=first.level + 1, rung=self.rung(first.level),
                           load=self.load(first.load_kg), reps=first.reps)]
        if kind is AdviceKind.ADD_LOAD:
            target = self.exercise.target(first.level)
            return [self.t("add_load", load=self.load(first.load_kg), reps=first.reps,
                           target=target.reps)]
        if kind is AdviceKind.REPEAT:
            return [self.t("repeat", load=self.load(first.load_kg))]
        if len({(s.load_kg, s.sets, s.reps) for s in advice.steps}) > 1:
            return [self.leg(step) for step in advice.steps]
        key = "stay_per_leg" if self.exercise.unilateral else "stay"
        return [self.t(key, load=self.load(first.load_kg), sets=first.sets, reps=first.reps)]


def advice_text(advice: Advice, exercise: Exercise, unit: Unit, words: Words = ENGLISH) -> str:
    """The whole advice as a short paragraph: why, then what to do next time."""
    render = _Render(words, exercise, unit)
    if advice.kind is AdviceKind.NO_DATA or not advice.steps:
        return render.t("no_data", exercise=exercise.name)
    why = [render.reason(reason) for reason in advice.reasons]
    return " ".join([*why, *render.headline(advice)])

"""The session's words in the user's language: the next-up line, spoken cues, legs, clocks.

The engine describes these as values (`NextUp`, `Speech`); this module puts
them into words through Qt's translation.
"""

import math

from PySide6.QtCore import QCoreApplication

from app.domain.session import NextUp, NextUpKind, Speech, SpeechKind, StepInfo
from app.domain.sides import Side
from app.ui.shell.theme import side_word as theme_side_word


def side_word(side: Side) -> str:
    """The leg as the session view shows it: LEFT, RIGHT or BOTH LEGS."""
    if side is Side.BOTH:
        return QCoreApplication.translate("SessionView", "BOTH LEGS")
    return theme_side_word(side)


def step_text(step: StepInfo) -> str:
    """One side-set in words: "Step-down, set 1 of 2, LEFT leg"."""
    if step.side is Side.BOTH:
        text = QCoreApplication.translate(
            "SessionWording", "{exercise}, set {number} of {count}, both legs")
    else:
        text = QCoreApplication.translate(
            "SessionWording", "{exercise}, set {number} of {count}, {side} leg")
    return text.format(exercise=step.exercise_name, number=step.set_number,
                       count=step.set_count, side=theme_side_word(step.side))


def next_up_text(next_up: NextUp) -> str:
    """The line under the counter: what comes after this."""
    if next_up.kind is NextUpKind.SESSION_DONE:
        return QCoreApplication.translate("SessionWording", "Session complete")
    if next_up.kind is NextUpKind.LAST_SET:
        return QCoreApplication.translate("SessionWording", "Last set of the session")
    step = step_text(next_up.step) if next_up.step is not None else ""
    if next_up.kind is NextUpKind.UP_NEXT:
        return QCoreApplication.translate("SessionWording", "Up next: {step}").format(step=step)
    text = QCoreApplication.translate("SessionWording", "Then {seconds} s rest, then {step}")
    return text.format(seconds=f"{next_up.rest_s:g}", step=step)


def speech_text(speech: Speech) -> str:
    """What is said aloud for a spoken cue, in the user's language."""
    if speech.kind is SpeechKind.COUNT:
        return str(speech.number)
    if speech.kind is SpeechKind.SWITCH_LEGS:
        if speech.side is Side.RIGHT:
            return QCoreApplication.translate("SessionWording", "switch to your right leg")
        return QCoreApplication.translate("SessionWording", "switch to your left leg")
    return {
        SpeechKind.DOWN: QCoreApplication.translate("SessionWording", "down"),
        SpeechKind.HOLD: QCoreApplication.translate("SessionWording", "hold"),
        SpeechKind.UP: QCoreApplication.translate("SessionWording", "up"),
    }[speech.kind]


def clock_text(seconds: float) -> str:
    """Whole seconds left, rounded up, as m:ss (a countdown never shows 0 while running)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"

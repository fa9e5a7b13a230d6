"""The domain's sentences in the user's language.

The domain and the services describe a refusal (and the session its moments)
as a `Message`: an English template and the values that fill it. Every
template they use is listed here, marked for translation in the context
"Domain", so lupdate collects them for translators; `message_text` looks a
message up and fills it in, putting values the UI has words for (a leg, a
nested message, a field's name) into words too. A test checks the list
against every template in the code. A message that is not listed (a plain
English string) is shown as it is.
"""

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.domain.errors import LegworkError
from app.domain.messages import Message
from app.domain.sides import Side
from app.ui.shell.theme import side_word
from app.ui.shell.translation import QT_TRANSLATE_NOOP

CONTEXT = "Domain"

TEMPLATES: frozenset[str] = frozenset({
    QT_TRANSLATE_NOOP("Domain", "The athlete's name cannot be empty."),
    QT_TRANSLATE_NOOP("Domain", "The athlete's name cannot contain control characters."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "The athlete's name must be {max} characters or fewer (got {length}).",
    ),
    QT_TRANSLATE_NOOP("Domain", "There is already an athlete called {name!r}."),
    QT_TRANSLATE_NOOP("Domain", "The gym's server cannot be reached; try again in a moment."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Cannot keep a copy of the history in {folder!r}: {reason}. Nobody was deleted.",
    ),
    QT_TRANSLATE_NOOP("Domain", "Give the exercise a name."),
    QT_TRANSLATE_NOOP(
        "Domain", "Body mass must be between {low:g} and {high:g} kg (got {kg:g} kg)."
    ),
    QT_TRANSLATE_NOOP("Domain", "Keep the name to {max} characters or fewer."),
    QT_TRANSLATE_NOOP("Domain", "The name needs at least one letter or digit."),
    QT_TRANSLATE_NOOP("Domain", "An exercise called '{name}' is already in the library."),
    QT_TRANSLATE_NOOP("Domain", "Add at least one line of instructions."),
    QT_TRANSLATE_NOOP("Domain", "The rep range must run from low to high, between 1 and {max}."),
    QT_TRANSLATE_NOOP("Domain", "Sets must be between 1 and {max}."),
    QT_TRANSLATE_NOOP("Domain", "Unknown muscle group or equipment: {names}."),
    QT_TRANSLATE_NOOP("Domain", "Too many wrong PINs. Try again in {seconds} s."),
    QT_TRANSLATE_NOOP("Domain", "A PIN is exactly {length} digits, 0 to 9."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "{label} must be between {low:g} and {high:g}{unit} (got "
        "{value:g}{unit}).",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "The name “{name}” belongs to one of Legwork's own plans; give your "
        "plan another name.",
    ),
    QT_TRANSLATE_NOOP("Domain", "A plan item needs an exercise (the exercise id is empty)."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Minimum reps ({low}) cannot be more than maximum reps ({high}).",
    ),
    QT_TRANSLATE_NOOP("Domain", "Progression level cannot be negative (got {level})."),
    QT_TRANSLATE_NOOP("Domain", "Give the plan a name."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Keep the plan name to {max} characters or fewer (got {length}).",
    ),
    QT_TRANSLATE_NOOP("Domain", "A plan needs at least one exercise."),
    QT_TRANSLATE_NOOP("Domain", "There is no preference called {key!r}."),
    QT_TRANSLATE_NOOP("Domain", "{value!r} is not one of: {allowed}."),
    QT_TRANSLATE_NOOP("Domain", "{key} is on or off (got {value!r})."),
    QT_TRANSLATE_NOOP("Domain", "Reps cannot be negative (got {reps})."),
    QT_TRANSLATE_NOOP("Domain", "Reps must be {max} or fewer (got {reps})."),
    QT_TRANSLATE_NOOP("Domain", "Load cannot be negative (got {load} kg)."),
    QT_TRANSLATE_NOOP("Domain", "Load must be {max:g} kg or less (got {load:g} kg)."),
    QT_TRANSLATE_NOOP("Domain", "RPE must be between {low:g} and {high:g} (got {rpe:g})."),
    QT_TRANSLATE_NOOP("Domain", "Reps in reserve must be between 0 and {high} (got {rir})."),
    QT_TRANSLATE_NOOP("Domain", "Balance touch-downs cannot be negative (got {count})."),
    QT_TRANSLATE_NOOP("Domain", "Set numbers start at 1 (got {number})."),
    QT_TRANSLATE_NOOP("Domain", "The count-in cannot be negative (got {seconds:g} s)."),
    QT_TRANSLATE_NOOP("Domain", "Added rest must be more than 0 seconds (got {seconds:g})."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Set {number} of {exercise} ({side}) is not part of the plan {plan!r}.",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Tempo must be four phases like 3-1-1-0 (lower, pause, lift, pause), "
        "each 0–{max} seconds or X; got '{got}'",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "A rep must take some time; tempo {tempo} has every phase at 0 s",
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Cannot tell whether to write CSV or JSON for {file!r}: end the file "
        "name in .csv or .json, or choose a format.",
    ),
    QT_TRANSLATE_NOOP("Domain", "“{text}” is not a load. Type a number such as 12.5."),
    QT_TRANSLATE_NOOP("Domain", "A load must be zero or more kilograms (got {load})."),
    QT_TRANSLATE_NOOP("Domain", "Enter a load, or 0 for bodyweight."),
    QT_TRANSLATE_NOOP("Domain", "A load cannot be negative (got {load} {unit})."),
    QT_TRANSLATE_NOOP("Domain", "A load must be {limit} {unit} or less."),
    QT_TRANSLATE_NOOP(
        "Domain",
        "{label} must be a whole number from {low} to {high}{unit} (got "
        "{value!r}).",
    ),
    QT_TRANSLATE_NOOP("Domain", "Cannot write {file!r}: {reason}."),
    QT_TRANSLATE_NOOP("Domain", "The session “{plan}” cannot be resumed: {problem}"),
    QT_TRANSLATE_NOOP("Domain", "Legwork could not write to your history ({reason})."),
    # The training block (issue 20).
QT_TRANSLATE_NOOP("Domain", 'A block lasts {low} to {high} weeks (got {weeks}).'),
    QT_TRANSLATE_NOOP("Domain", 'A leg cannot have more sets than its plan item ({sets}).'),
    QT_TRANSLATE_NOOP("Domain", 'Choose {low} or {high} training days a week (got {count}).'),
    QT_TRANSLATE_NOOP("Domain", 'Each leg may have one prescription per plan item.'),
    QT_TRANSLATE_NOOP("Domain", 'Every session of your block is done or past.'),
    QT_TRANSLATE_NOOP("Domain", 'Only a session still to do can be changed.'),
    QT_TRANSLATE_NOOP(
        "Domain",
        'The block cannot start in the past ({start}); start today or '
        'later.',
    ),
    QT_TRANSLATE_NOOP("Domain", 'The block has no session {number}.'),
    QT_TRANSLATE_NOOP("Domain", "The race ({race}) must come after the block's start ({start})."),
    QT_TRANSLATE_NOOP("Domain", 'The race is too close: no training day is left before it.'),
    QT_TRANSLATE_NOOP(
        "Domain",
        'Two of your training days are back to back; one day of rest between '
        'sessions suits most legs better.',
    ),
    QT_TRANSLATE_NOOP(
        "Domain",
        'You already have a training block; stop it before starting '
        'another.',
    ),
    QT_TRANSLATE_NOOP("Domain", 'You have no training block; start one first.'),
    QT_TRANSLATE_NOOP("Domain", 'Your training block is paused; resume it first.'),
    QT_TRANSLATE_NOOP(
        "Domain",
        "Your block's starting points are set already; no calibration session is due.",
    ),
    QT_TRANSLATE_NOOP("Domain", '{day} is named twice.'),
    QT_TRANSLATE_NOOP(
        "Domain",
        '“{day}” is not a weekday: write mon, tue, wed, thu, fri, sat or '
        'sun.',
    ),
})
"""Every sentence the domain and the services may say to a person."""

FIELD_NAMES: frozenset[str] = frozenset({
    QT_TRANSLATE_NOOP("Domain", "Sets"),
    QT_TRANSLATE_NOOP("Domain", "Minimum reps"),
    QT_TRANSLATE_NOOP("Domain", "Maximum reps"),
    QT_TRANSLATE_NOOP("Domain", "Rest between sides"),
    QT_TRANSLATE_NOOP("Domain", "Rest between sets"),
    QT_TRANSLATE_NOOP("Domain", "Load"),
    QT_TRANSLATE_NOOP("Domain", "The count-in"),
    QT_TRANSLATE_NOOP("Domain", "The idle timeout"),
    QT_TRANSLATE_NOOP("Domain", "Volume"),
})
"""Names of fields that a sentence names as a value ("{label} must be…")."""


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _value(value: object) -> object:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, Side):
        return side_word(value)
    if isinstance(value, str) and value in FIELD_NAMES:
        return _translate(value)
    return value


def message_text(message: Message) -> str:
    """A message in the user's language, filled in."""
    if message.template not in TEMPLATES:
        return str(message)
    values: Mapping[str, object] = {k: _value(v) for k, v in message.values.items()}
    return _translate(message.template).format(**values)


def error_text(error: LegworkError) -> str:
    """Why something was refused, in the user's language."""
    return message_text(error.message)

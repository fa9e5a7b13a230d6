"""A block's doses, statuses and holds in the user's language.

The command line and the sheets use the English of `app.domain.programme.words`.
"""

from PySide6.QtCore import QCoreApplication

from app.domain.plan import LegPrescription
from app.domain.programme.calibration import LegFinding
from app.domain.programme.prescription import Hold
from app.domain.programme.schedule import SessionStatus
from app.domain.units import Unit, display_value
from app.ui.shell.translation import QT_TRANSLATE_NOOP

_CONTEXT = "Programme"

_STATUS = {
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("Programme", "planned"),
    SessionStatus.DONE: QT_TRANSLATE_NOOP("Programme", "done"),
    SessionStatus.MISSED: QT_TRANSLATE_NOOP("Programme", "missed"),
    SessionStatus.MOVED: QT_TRANSLATE_NOOP("Programme", "moved"),
}
_HOLD = {
    Hold.LIGHT_WEEK: QT_TRANSLATE_NOOP(
        "Programme", "Lighter week: fewer sets, and each leg keeps its rung and load."),
    Hold.TAPER: QT_TRANSLATE_NOOP(
        "Programme", "Race taper: fewer sets, and each leg keeps its rung and load."),
    Hold.LEARNING: QT_TRANSLATE_NOOP(
        "Programme", "Learning weeks: the movements first; no load is added yet."),
    Hold.GAP: QT_TRANSLATE_NOOP(
        "Programme", "It has been two weeks or more since you last trained: this session "
        "repeats your last one instead of adding load."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_word(status: SessionStatus) -> str:
    """"planned", "done", "missed" or "moved", translated."""
    return _tr(_STATUS[status])


def hold_text(hold: Hold) -> str:
    """Why a change waits, as a sentence."""
    return _tr(_HOLD[hold])


def load_words(kg: float, unit: Unit) -> str:
    """"bodyweight" or "12 kg" / "27.5 lb"."""
    if kg == 0:
        return _tr("bodyweight")
    return f"{display_value(kg, unit):g} {unit}"


def dose_words(leg: LegPrescription, unit: Unit) -> str:
    """"3 × 8–12 · 12 kg · level 2"."""
    reps = f"{leg.reps_max}" if leg.reps_min == leg.reps_max else f"{leg.reps_min}–{leg.reps_max}"
    return _tr("{sets} × {reps} · {load} · level {rung}").format(
        sets=leg.sets, reps=reps, load=load_words(leg.load_kg, unit), rung=leg.level + 1)


def _try_words(level: int, load_kg: float, unit: Unit) -> str:
    if load_kg == 0:
        return _tr("level {rung}").format(rung=level + 1)
    return _tr("level {rung} at {load}").format(rung=level + 1, load=load_words(load_kg, unit))


def finding_words(finding: LegFinding, unit: Unit) -> str:
    """Why a leg starts where it does: "level 3, 10 reps with good form; level 4 failed at 6 reps".

    The leg itself is named by the caller.
    """
    start = finding.start
    parts = []
    if finding.passed is not None:
        parts.append(_tr("{where}, {reps} reps with good form").format(
            where=_try_words(start.level, start.load_kg, unit), reps=finding.passed.reps))
    failed = finding.failed
    if failed is not None:
        where = _try_words(failed.progression_level, failed.load_kg, unit)
        if failed.form_knee is False or failed.form_hips is False:
            form = (_tr("knee and hips") if failed.form_knee is False and
                    failed.form_hips is False else
                    _tr("knee") if failed.form_knee is False else _tr("hips"))
            parts.append(_tr("{where} failed at {reps} reps, {form} “no”").format(
                where=where, reps=failed.reps, form=form))
        else:
            parts.append(_tr("{where} failed at {reps} reps").format(where=where,
                                                                      reps=failed.reps))
    if finding.passed is None:
        parts.append(_tr("starts on {where}").format(
            where=_try_words(start.level, start.load_kg, unit)))
    return "; ".join(parts)

"""What an athlete did last time: the sets of the latest finished session, per exercise and leg."""

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import false, func, select

from app.domain.records import SessionStatus, SetEntry
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.models import ExerciseRow, SetEntryRow, TrainingSessionRow
from app.storage.sessions import entry_from_row


def last_sets(
    db: Database,
    athlete_id: int,
    exercise_ids: Collection[str],
    *,
    before: datetime | None = None,
) -> dict[str, dict[Side, list[SetEntry]]]:
    """Each exercise's sets from the athlete's most recent finished session that had it.

    Keys are exercise slugs; an exercise never done (or an unknown slug) is
    absent. Each leg's sets come in set-number order; warm-ups are left out. `before` keeps only
    sessions started before that instant, so a summary can look back from a
    past session. One query: a window over the matching sets ranks sessions
    newest first per exercise and only the top-ranked session's sets come back.
    """
    if not exercise_ids:
        return {}
    recency = (
        func.dense_rank()
        .over(
            partition_by=SetEntryRow.exercise_id,
            order_by=(TrainingSessionRow.started_at.desc(), TrainingSessionRow.id.desc()),
        )
        .label("recency")
    )
    ranked = (
        select(SetEntryRow.id.label("set_id"), recency)
        .join(TrainingSessionRow, SetEntryRow.session_id == TrainingSessionRow.id)
        .join(ExerciseRow, SetEntryRow.exercise_id == ExerciseRow.id)
        .where(
            TrainingSessionRow.athlete_id == athlete_id,
            TrainingSessionRow.status == SessionStatus.FINISHED.value,
            ExerciseRow.slug.in_(list(exercise_ids)),
            SetEntryRow.warmup == false(),
        )
    )
    if before is not None:
        ranked = ranked.where(TrainingSessionRow.started_at < before)
    latest = ranked.subquery()
    query = (
        select(SetEntryRow, ExerciseRow.slug)
        .join(latest, SetEntryRow.id == latest.c.set_id)
        .join(ExerciseRow, SetEntryRow.exercise_id == ExerciseRow.id)
        .where(latest.c.recency == 1)
        .order_by(ExerciseRow.slug, SetEntryRow.set_number, SetEntryRow.recorded_at, SetEntryRow.id)
    )
    result: dict[str, dict[Side, list[SetEntry]]] = {}
    with db.session() as session:
        for row, slug in session.execute(query):
            # The sessions repository's row conversion, reused so the two never drift apart.
            entry = entry_from_row(row, slug)
            result.setdefault(slug, {}).setdefault(entry.side, []).append(entry)
    return result

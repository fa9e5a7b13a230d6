"""Per session, exercise and side totals of the sets, for Progress at scale.

`session_totals` holds, for each session, exercise and side, the count of
non-warm-up sets, Σ reps, Σ reps × load, the heaviest and lightest load and
the heaviest load for each rep count 1–12. Progress adds these up instead of
every set, so a keen athlete's 500,000 sets stay quick to chart. The table
is filled here from the sets already there, in one INSERT … SELECT … GROUP BY;
from then on every write of sets keeps it exact
(`app.storage.session_totals.refresh_session_totals`).

`training_session.set_count` (sets of any kind, warm-ups included) is kept
exact the same way, so counting the sessions with sets reads no set.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The Epley range of rep counts, as the domain had it at this revision.
_REPS = range(1, 13)


def upgrade() -> None:
    """Create `session_totals` and `training_session.set_count`; fill both from the sets."""
    totals = op.create_table(
        "session_totals",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("sets", sa.Integer(), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("volume_kg", sa.Float(), nullable=False),
        sa.Column("best_load_kg", sa.Float(), nullable=False),
        sa.Column("min_load_kg", sa.Float(), nullable=False),
        *(sa.Column(f"best_load_{n}", sa.Float(), nullable=True) for n in _REPS),
        sa.ForeignKeyConstraint(["session_id"], ["training_session.id"],
                                name=op.f("fk_session_totals_session_id_training_session"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["exercise_id"], ["exercise.id"],
                                name=op.f("fk_session_totals_exercise_id_exercise")),
        sa.PrimaryKeyConstraint("session_id", "exercise_id", "side",
                                name=op.f("pk_session_totals")),
        sqlite_with_rowid=False,
    )
    assert totals is not None
    sets = sa.table(
        "set_entry", sa.column("session_id"), sa.column("exercise_id"), sa.column("side"),
        sa.column("reps"), sa.column("load_kg"), sa.column("warmup", sa.Boolean()),
    )
    by_reps = [sa.func.max(sa.case((sets.c.reps == n, sets.c.load_kg), else_=None))
               for n in _REPS]
    aggregate = (
        sa.select(
            sets.c.session_id, sets.c.exercise_id, sets.c.side, sa.func.count(),
            sa.func.sum(sets.c.reps), sa.func.sum(sets.c.reps * sets.c.load_kg),
            sa.func.max(sets.c.load_kg), sa.func.min(sets.c.load_kg), *by_reps,
        )
        .where(sets.c.warmup == sa.false())
        .group_by(sets.c.session_id, sets.c.exercise_id, sets.c.side)
    )
    op.execute(totals.insert().from_select([c.name for c in totals.columns], aggregate))
    op.add_column("training_session", sa.Column("set_count", sa.Integer(), nullable=False,
                                                server_default=sa.text("0")))
    sessions = sa.table("training_session", sa.column("id"), sa.column("set_count"))
    op.execute(sessions.update().values(set_count=sa.select(sa.func.count()).where(
        sets.c.session_id == sessions.c.id).scalar_subquery()))


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    with op.batch_alter_table("training_session") as batch:
        batch.drop_column("set_count")
    op.drop_table("session_totals")

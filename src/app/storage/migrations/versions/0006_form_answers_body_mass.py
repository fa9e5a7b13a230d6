"""The form check's two answers (knee, hips) and the athlete's dated body mass.

`set_entry.form_ok` (one yes/no) becomes `form_knee` and `form_hips`. The old
log showed the form check ticked already, so a stored "yes" was usually the
untouched default rather than an answer: it becomes "not answered" (NULL) on
both. A stored "no" was an answer (the athlete unticked a box) but did not say
which: it becomes "no" on both, so the fault is not lost. NULL stays NULL.
This is `app.domain.records.legacy_form_answers`, which old CSV files use too.

`body_mass` holds dated entries per athlete (optional), from which the load a
leg carries is computed.

Revision ID: 0006
Revises: 0005
Create Date: 2025-04-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _set_entry_before_drop() -> sa.Table:
    """`set_entry` as it stands between the two steps below (0005 plus the two answers).

    Given to the batch operation, so SQLite can rebuild the table without
    reflecting it: the migration can then be written out as SQL offline too.
    """
    return sa.Table(
        "set_entry",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("set_number", sa.Integer(), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("load_kg", sa.Float(), nullable=False),
        sa.Column("tempo", sa.String(16), nullable=False),
        sa.Column("rpe", sa.Float(), nullable=True),
        sa.Column("rir", sa.Integer(), nullable=True),
        sa.Column("touchdowns", sa.Integer(), nullable=False),
        sa.Column("progression_level", sa.Integer(), nullable=False),
        sa.Column("form_ok", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("form_knee", sa.Boolean(), nullable=True),
        sa.Column("form_hips", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_set_entry"),
        sa.CheckConstraint("side IN ('left', 'right', 'both')", name="ck_set_entry_side_valid"),
        sa.CheckConstraint("set_number >= 1", name="ck_set_entry_set_number_positive"),
        sa.CheckConstraint("reps BETWEEN 0 AND 100", name="ck_set_entry_reps_range"),
        sa.CheckConstraint("load_kg BETWEEN 0 AND 500", name="ck_set_entry_load_kg_range"),
        sa.CheckConstraint("rpe IS NULL OR rpe BETWEEN 1 AND 10", name="ck_set_entry_rpe_range"),
        sa.CheckConstraint("rir IS NULL OR rir BETWEEN 0 AND 10", name="ck_set_entry_rir_range"),
        sa.CheckConstraint("touchdowns >= 0", name="ck_set_entry_touchdowns_not_negative"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["training_session.id"],
            name="fk_set_entry_session_id_training_session", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["exercise_id"], ["exercise.id"], name="fk_set_entry_exercise_id_exercise"
        ),
        sa.Index("ix_set_entry_exercise_id_side_recorded_at",
                 "exercise_id", "side", "recorded_at"),
        sa.Index("ix_set_entry_session_id_exercise_id_side_recorded_at_reps_load_kg",
                 "session_id", "exercise_id", "side", "recorded_at", "reps", "load_kg"),
    )


def upgrade() -> None:
    """Split the form answer, then add the body-mass table."""
    with op.batch_alter_table("set_entry") as batch:
        batch.add_column(sa.Column("form_knee", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("form_hips", sa.Boolean(), nullable=True))
    set_entry = sa.table(
        "set_entry",
        sa.column("form_ok", sa.Boolean()),
        sa.column("form_knee", sa.Boolean()),
        sa.column("form_hips", sa.Boolean()),
    )
    op.execute(
        set_entry.update()
        .where(set_entry.c.form_ok == sa.false())
        .values(form_knee=sa.false(), form_hips=sa.false())
    )
    with op.batch_alter_table("set_entry", copy_from=_set_entry_before_drop()) as batch:
        batch.drop_column("form_ok")

    op.create_table(
        "body_mass",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("mass_kg", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_body_mass"),
        sa.ForeignKeyConstraint(
            ["athlete_id"], ["athlete.id"], name="fk_body_mass_athlete_id_athlete",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("athlete_id", "measured_on",
                            name="uq_body_mass_athlete_id_measured_on"),
        sa.CheckConstraint("mass_kg BETWEEN 25 AND 300", name="ck_body_mass_mass_kg_range"),
    )


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    op.drop_table("body_mass")
    with op.batch_alter_table("set_entry") as batch:
        batch.add_column(sa.Column("form_ok", sa.Boolean(), nullable=True))
        batch.drop_column("form_hips")
        batch.drop_column("form_knee")

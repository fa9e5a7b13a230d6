"""Initial schema: athletes, exercises, plans, training sessions and sets.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create every table of the first release."""
    op.create_table(
        "athlete",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_athlete"),
        sa.UniqueConstraint("name", name="uq_athlete_name"),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_athlete_name_not_empty"),
    )
    op.create_table(
        "exercise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("unilateral", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("tempo", sa.String(16), nullable=False),
        sa.Column("sets_min", sa.Integer(), nullable=False),
        sa.Column("sets_max", sa.Integer(), nullable=False),
        sa.Column("reps_min", sa.Integer(), nullable=False),
        sa.Column("reps_max", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_exercise"),
        sa.UniqueConstraint("slug", name="uq_exercise_slug"),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_exercise_name_not_empty"),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plan"),
        sa.UniqueConstraint("athlete_id", "name", name="uq_plan_athlete_id_name"),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_plan_name_not_empty"),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athlete.id"],
            name="fk_plan_athlete_id_athlete",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "plan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("sets", sa.Integer(), nullable=False),
        sa.Column("reps_min", sa.Integer(), nullable=False),
        sa.Column("reps_max", sa.Integer(), nullable=False),
        sa.Column("tempo", sa.String(16), nullable=False),
        sa.Column("rest_between_sides_s", sa.Integer(), nullable=False),
        sa.Column("rest_between_sets_s", sa.Integer(), nullable=False),
        sa.Column("load_kg", sa.Float(), nullable=False),
        sa.Column("progression_level", sa.Integer(), nullable=False),
        sa.Column("side_order", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plan_item"),
        sa.UniqueConstraint("plan_id", "position", name="uq_plan_item_plan_id_position"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name="fk_plan_item_plan_id_plan", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["exercise_id"], ["exercise.id"], name="fk_plan_item_exercise_id_exercise"
        ),
    )
    op.create_table(
        "training_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("plan_name", sa.String(80), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_training_session"),
        sa.CheckConstraint(
            "status IN ('in_progress', 'finished', 'abandoned')",
            name="ck_training_session_status_valid",
        ),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athlete.id"],
            name="fk_training_session_athlete_id_athlete",
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_training_session_athlete_id_started_at",
        "training_session",
        ["athlete_id", "started_at"],
    )
    op.create_table(
        "set_entry",
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
        sa.PrimaryKeyConstraint("id", name="pk_set_entry"),
        sa.CheckConstraint("side IN ('left', 'right', 'both')", name="ck_set_entry_side_valid"),
        sa.CheckConstraint("set_number >= 1", name="ck_set_entry_set_number_positive"),
        sa.CheckConstraint("reps BETWEEN 0 AND 100", name="ck_set_entry_reps_range"),
        sa.CheckConstraint("load_kg BETWEEN 0 AND 500", name="ck_set_entry_load_kg_range"),
        sa.CheckConstraint("rpe IS NULL OR rpe BETWEEN 1 AND 10", name="ck_set_entry_rpe_range"),
        sa.CheckConstraint("rir IS NULL OR rir BETWEEN 0 AND 10", name="ck_set_entry_rir_range"),
        sa.CheckConstraint("touchdowns >= 0", name="ck_set_entry_touchdowns_not_negative"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name="fk_set_entry_session_id_training_session",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["exercise_id"], ["exercise.id"], name="fk_set_entry_exercise_id_exercise"
        ),
    )
    op.create_index(
        "ix_set_entry_exercise_id_side_recorded_at",
        "set_entry",
        ["exercise_id", "side", "recorded_at"],
    )
    op.create_index("ix_set_entry_session_id", "set_entry", ["session_id"])


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    op.drop_table("set_entry")
    op.drop_table("training_session")
    op.drop_table("plan_item")
    op.drop_table("plan")
    op.drop_table("exercise")
    op.drop_table("athlete")

"""The per-leg test battery: assessments, the tests chosen for them, each trial, custom tests.

Revision ID: 0005
Revises: 0004
Create Date: 2025-04-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the four assessment tables."""
    op.create_table(
        "custom_test",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("better", sa.String(8), nullable=False),
        sa.Column("trials", sa.Integer(), nullable=False),
        sa.Column("cap", sa.Float(), nullable=True),
        sa.Column("decimals", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_custom_test"),
        sa.UniqueConstraint("slug", name="uq_custom_test_slug"),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_custom_test_name_not_empty"),
        sa.CheckConstraint("better IN ('higher', 'lower')", name="ck_custom_test_better_valid"),
        sa.CheckConstraint("trials BETWEEN 1 AND 5", name="ck_custom_test_trials_range"),
        sa.CheckConstraint("cap IS NULL OR cap > 0", name="ck_custom_test_cap_positive"),
    )
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("involved_side", sa.String(8), nullable=True),
        sa.Column("leg_length_left_cm", sa.Float(), nullable=True),
        sa.Column("leg_length_right_cm", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assessment"),
        sa.CheckConstraint(
            "status IN ('in_progress', 'finished', 'abandoned')",
            name="ck_assessment_status_valid",
        ),
        sa.CheckConstraint(
            "involved_side IS NULL OR involved_side IN ('left', 'right')",
            name="ck_assessment_involved_side_valid",
        ),
        sa.CheckConstraint(
            "leg_length_left_cm IS NULL OR leg_length_left_cm BETWEEN 40 AND 130",
            name="ck_assessment_leg_length_left_range",
        ),
        sa.CheckConstraint(
            "leg_length_right_cm IS NULL OR leg_length_right_cm BETWEEN 40 AND 130",
            name="ck_assessment_leg_length_right_range",
        ),
        sa.ForeignKeyConstraint(
            ["athlete_id"],
            ["athlete.id"],
            name="fk_assessment_athlete_id_athlete",
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_assessment_athlete_id_started_at", "assessment", ["athlete_id", "started_at"]
    )
    op.create_table(
        "assessment_test",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("test_slug", sa.String(80), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("better", sa.String(8), nullable=False),
        sa.Column("trials", sa.Integer(), nullable=False),
        sa.Column("cap", sa.Float(), nullable=True),
        sa.Column("decimals", sa.Integer(), nullable=False),
        sa.Column("symmetry_line", sa.Float(), nullable=True),
        sa.Column("difference_flag", sa.Float(), nullable=True),
        sa.Column("normalise_to_leg_length", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assessment_test"),
        sa.UniqueConstraint(
            "assessment_id", "position", name="uq_assessment_test_assessment_id_position"
        ),
        sa.UniqueConstraint(
            "assessment_id", "test_slug", name="uq_assessment_test_assessment_id_test_slug"
        ),
        sa.CheckConstraint("better IN ('higher', 'lower')", name="ck_assessment_test_better_valid"),
        sa.CheckConstraint("trials BETWEEN 1 AND 5", name="ck_assessment_test_trials_range"),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name="fk_assessment_test_assessment_id_assessment",
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_assessment_test_test_slug_assessment_id",
        "assessment_test",
        ["test_slug", "assessment_id"],
    )
    op.create_table(
        "assessment_trial",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_test_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("trial_number", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assessment_trial"),
        sa.UniqueConstraint(
            "assessment_test_id", "side", "trial_number",
            name="uq_assessment_trial_assessment_test_id_side_trial_number",
        ),
        sa.CheckConstraint("side IN ('left', 'right')", name="ck_assessment_trial_side_valid"),
        sa.CheckConstraint("trial_number >= 1", name="ck_assessment_trial_trial_number_positive"),
        sa.CheckConstraint("value >= 0", name="ck_assessment_trial_value_not_negative"),
        sa.ForeignKeyConstraint(
            ["assessment_test_id"],
            ["assessment_test.id"],
            name="fk_assessment_trial_assessment_test_id_assessment_test",
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    op.drop_table("assessment_trial")
    op.drop_table("assessment_test")
    op.drop_table("assessment")
    op.drop_table("custom_test")

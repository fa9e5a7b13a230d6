"""Each athlete's training preferences, and the plan each session was started with.

`athlete_preference` keeps an athlete's unit, counting mode, side order, rests,
count-in and cue choices (one row per key), so athletes sharing a gym's kiosk
each train with their own; the desktop app carries its old settings over into
the home athlete's rows on the first start after this upgrade.

`training_session.plan` keeps the plan a session was started with, so a session
left open resumes with exactly that plan. The plan queued from the Library was
stored until now as if it were one of the athlete's own plans, under the name
"Queued from library"; an unfinished session of it gets that plan copied into
its row, so it still resumes once the app stops reading such stored copies.
No row is changed or removed.

Revision ID: 0004
Revises: 0003
Create Date: 2025-04-01
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The name as this revision knew it; a later rename in the code must not change
# what this migration did.
_QUEUE_PLAN_NAME = "Queued from library"

_plan = sa.table(
    "plan", sa.column("id", sa.Integer), sa.column("athlete_id", sa.Integer),
    sa.column("name", sa.String),
)
_item = sa.table(
    "plan_item", *(sa.column(name, sa.Integer) for name in (
        "plan_id", "position", "exercise_id", "sets", "reps_min", "reps_max",
        "rest_between_sides_s", "rest_between_sets_s", "progression_level")),
    sa.column("tempo", sa.String), sa.column("load_kg", sa.Float),
    sa.column("side_order", sa.String),
)
_exercise = sa.table(
    "exercise", sa.column("id", sa.Integer), sa.column("slug", sa.String),
    sa.column("name", sa.String), sa.column("unilateral", sa.Boolean),
)
_session = sa.table(
    "training_session", sa.column("id", sa.Integer), sa.column("athlete_id", sa.Integer),
    sa.column("plan_name", sa.String), sa.column("status", sa.String),
    sa.column("plan", sa.JSON),
)


def upgrade() -> None:
    """Add `athlete_preference` and `training_session.plan`; keep queued plans with sessions."""
    op.create_table(
        "athlete_preference",
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("athlete_id", "key", name="pk_athlete_preference"),
        sa.CheckConstraint("length(trim(key)) > 0", name="ck_athlete_preference_key_not_empty"),
        sa.ForeignKeyConstraint(
            ["athlete_id"], ["athlete.id"], name="fk_athlete_preference_athlete_id_athlete",
            ondelete="CASCADE",
        ),
    )
    with op.batch_alter_table("training_session") as batch:
        batch.add_column(sa.Column("plan", sa.JSON(), nullable=True))
    # Written-out SQL (`upgrade --sql`) has no rows to read; only a live upgrade copies plans.
    if not op.get_context().as_sql:
        _keep_queued_plans_with_their_sessions(op.get_bind())


def _plan_data(connection: sa.Connection, plan_id: int, name: str) -> dict[str, Any]:
    rows = connection.execute(
        sa.select(_item, _exercise.c.slug, _exercise.c.name, _exercise.c.unilateral)
        .join(_exercise, _item.c.exercise_id == _exercise.c.id)
        .where(_item.c.plan_id == plan_id)
        .order_by(_item.c.position)
    ).mappings()
    items = [
        {
            "exercise_id": row["slug"], "exercise_name": row["name"], "sets": row["sets"],
            "reps_min": row["reps_min"], "reps_max": row["reps_max"], "tempo": row["tempo"],
            "rest_between_sides_s": row["rest_between_sides_s"],
            "rest_between_sets_s": row["rest_between_sets_s"], "load_kg": row["load_kg"],
            "progression_level": row["progression_level"], "side_order": row["side_order"],
            "unilateral": bool(row["unilateral"]),
        }
        for row in rows
    ]
    return {"name": name, "items": items}


def _keep_queued_plans_with_their_sessions(connection: sa.Connection) -> None:
    queued = connection.execute(
        sa.select(_plan.c.id, _plan.c.athlete_id).where(_plan.c.name == _QUEUE_PLAN_NAME)
    ).all()
    for plan_id, athlete_id in queued:
        data = _plan_data(connection, plan_id, _QUEUE_PLAN_NAME)
        if data["items"]:
            connection.execute(
                _session.update()
                .where(_session.c.athlete_id == athlete_id,
                       _session.c.plan_name == _QUEUE_PLAN_NAME,
                       _session.c.status == "in_progress")
                .values(plan=data)
            )


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    with op.batch_alter_table("training_session") as batch:
        batch.drop_column("plan")
    op.drop_table("athlete_preference")

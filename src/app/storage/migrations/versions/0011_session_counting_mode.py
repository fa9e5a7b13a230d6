"""The counting mode each session was started in.

`training_session.counting_mode` ("tempo" or "manual") is the way reps were
counted when the session began, so a session left open (a crash, a closed
window, a kiosk's idle return) carries on counting the same way even if the
athlete's preference has changed since. NULL for sessions recorded before
this revision and for imported workouts: those resume in the mode chosen now.

Revision ID: 0011
Revises: 0007
Create Date: 2025-04-20
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the nullable `training_session.counting_mode`."""
    op.add_column("training_session", sa.Column("counting_mode", sa.String(10), nullable=True))


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    with op.batch_alter_table("training_session") as batch:
        batch.drop_column("counting_mode")

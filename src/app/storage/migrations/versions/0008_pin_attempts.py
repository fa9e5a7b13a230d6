"""The kiosk's PIN lock-out, kept in the database instead of the kiosk's memory.

`pin_attempts` holds, for the admin PIN ("admin") and each athlete's PIN
("athlete:<id>"), how many wrong PINs came in a row and until when (UTC)
entry is locked, so a restart or a killed kiosk does not give a guesser a
fresh set of tries, and kiosks sharing a server share the count.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the `pin_attempts` table."""
    op.create_table(
        "pin_attempts",
        sa.Column("pin", sa.String(40), nullable=False),
        sa.Column("wrong", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("pin", name="pk_pin_attempts"),
        sa.CheckConstraint("length(trim(pin)) > 0", name="ck_pin_attempts_pin_not_empty"),
        sa.CheckConstraint("wrong >= 0", name="ck_pin_attempts_wrong_not_negative"),
    )


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    op.drop_table("pin_attempts")

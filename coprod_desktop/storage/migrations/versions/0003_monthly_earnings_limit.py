"""A monthly earnings limit, for Universal Credit's monthly assessment periods.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

Universal Credit counts earnings by the month, and its month (the assessment period) starts
on the day of the person's claim, so the day each month starts is kept alongside the limit.
Adding columns is plain ALTER TABLE on SQLite too: no table rebuild.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("participants", sa.Column("monthly_limit_pence", sa.Integer(), nullable=True))
    op.add_column("participants", sa.Column("limit_month_starts", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("limit_month_starts")
        batch.drop_column("monthly_limit_pence")

"""Meeting packs and summaries: sessions gain a purpose and an ordered agenda, and each person
says whether their name may be printed in summaries and exports.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24

Existing sessions get an empty purpose and no agenda. Existing people get "no" for being named
in documents, the safe answer until someone asks them: they are counted instead of named.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agenda_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("lead", sa.String(length=100), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "minutes IS NULL OR minutes > 0", name=op.f("ck_agenda_items_minutes_positive")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["project_sessions.id"],
            name=op.f("fk_agenda_items_session_id_project_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.create_index("ix_agenda_items_session", ["session_id", "position"], unique=False)

    # Plain ADD COLUMN (as in 0003), not batch mode: on SQLite a batch rebuilds the table, and
    # the rebuilt participants table would lose AUTOINCREMENT, so a removed person's number
    # could be given to someone else.
    op.add_column(
        "participants",
        sa.Column(
            "consent_named_in_documents",
            sa.Boolean(name="consent_named_in_documents"),
            server_default=sa.false(),
            nullable=False,
        ),
    )
    op.add_column(
        "project_sessions", sa.Column("purpose", sa.Text(), server_default="", nullable=False)
    )


def downgrade() -> None:
    # Both tables keep AUTOINCREMENT when SQLite rebuilds them to drop a column.
    with op.batch_alter_table(
        "project_sessions", table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.drop_column("purpose")

    with op.batch_alter_table(
        "participants", table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.drop_column("consent_named_in_documents")

    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_items_session")

    op.drop_table("agenda_items")

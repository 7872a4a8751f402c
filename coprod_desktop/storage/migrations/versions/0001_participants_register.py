"""The participants register: people, their roles and their access needs.

Revision ID: 0001
Revises:
Create Date: 2026-11-24

Migrations are frozen in time: they spell out plain SQLAlchemy types instead of importing the
app's models, so that later changes to the models cannot change what this step does.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _choice(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        "participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("preferred_name", sa.String(length=200), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("pronouns", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=1000), nullable=False),
        sa.Column("postcode", sa.String(length=8), nullable=False),
        sa.Column(
            "preferred_contact",
            _choice("contact_method", "email", "phone", "text_message", "post", "in_person"),
            nullable=True,
        ),
        sa.Column("role_other", sa.String(length=200), nullable=False),
        sa.Column("access_other", sa.String(length=1000), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column(
            "consent_method",
            _choice(
                "consent_method",
                "signed_form",
                "easy_read_form",
                "verbal",
                "email",
                "online_form",
                "other",
            ),
            nullable=True,
        ),
        sa.Column("consent_contact", sa.Boolean(name="consent_contact"), nullable=False),
        sa.Column("consent_photos", sa.Boolean(name="consent_photos"), nullable=False),
        sa.Column(
            "consent_share_anonymised",
            sa.Boolean(name="consent_share_anonymised"),
            nullable=False,
        ),
        sa.Column(
            "payment_preference",
            _choice(
                "payment_preference",
                "bank_transfer",
                "cash",
                "voucher",
                "charity",
                "expenses_only",
                "declines",
            ),
            nullable=True,
        ),
        sa.Column("status", _choice("status", "active", "paused", "left"), nullable=False),
        # Timestamps are UTC, stored without a zone (see storage/types.py).
        sa.Column("status_changed_at", sa.DateTime(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sqlite_autoincrement=True,  # numbers are never reused
    )
    op.create_index("ix_participants_sort", "participants", ["sort_name", "id", "status"])
    if op.get_bind().dialect.name == "sqlite":  # see storage/models.py
        op.create_index(
            "ix_participants_search",
            "participants",
            ["sort_name", "id", "status", "search_text"],
        )

    op.create_table(
        "participant_access_needs",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column(
            "need",
            _choice(
                "access_need",
                "large_print",
                "easy_read",
                "bsl_interpreter",
                "hearing_loop",
                "step_free",
                "quiet_space",
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_participant_access_needs_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", "need", name=op.f("pk_participant_access_needs")),
    )
    op.create_index(
        "ix_participant_access_needs_need", "participant_access_needs", ["need", "participant_id"]
    )

    op.create_table(
        "participant_roles",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            _choice(
                "role",
                "lived_experience",
                "carer",
                "professional",
                "expert_by_learning",
                "staff",
                "other",
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_participant_roles_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", "role", name=op.f("pk_participant_roles")),
    )
    op.create_index("ix_participant_roles_role", "participant_roles", ["role", "participant_id"])


def downgrade() -> None:
    op.drop_index("ix_participant_roles_role", table_name="participant_roles")
    op.drop_table("participant_roles")
    op.drop_index("ix_participant_access_needs_need", table_name="participant_access_needs")
    op.drop_table("participant_access_needs")
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_participants_search", table_name="participants")
    op.drop_index("ix_participants_sort", table_name="participants")
    op.drop_table("participants")

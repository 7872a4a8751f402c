"""Diversity monitoring: answers kept apart from the register, the access log, the group's local
question, reference populations a group imports or enters (the 2021 census for England and
Wales is read from resources/, not stored), each project's chosen reference, and outreach plans.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

New tables only, so older data is untouched. Plain SQLAlchemy types only, as in 0001.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "monitoring_local_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_local_questions")),
    )
    op.create_table(
        "reference_populations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_populations")),
        sa.UniqueConstraint("name", name=op.f("uq_reference_populations_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "monitoring_access_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("happened_at", sa.DateTime(), nullable=False),
        sa.Column(
            "access",
            sa.Enum(
                "viewed",
                "recorded",
                "removed",
                name="monitoring_access",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("by_whom", sa.String(length=100), nullable=False),
        sa.Column("via", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_monitoring_access_log_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_access_log")),
    )
    with op.batch_alter_table("monitoring_access_log", schema=None) as batch_op:
        batch_op.create_index(
            "ix_monitoring_access_log_participant", ["participant_id"], unique=False
        )

    op.create_table(
        "monitoring_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("collected_on", sa.Date(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "paper_form",
                "online",
                "conversation",
                name="monitoring_method",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("age_band", sa.String(length=40), nullable=True),
        sa.Column("sex", sa.String(length=40), nullable=True),
        sa.Column("gender_identity", sa.String(length=40), nullable=True),
        sa.Column("gender_identity_write_in", sa.String(length=200), nullable=False),
        sa.Column("sexual_orientation", sa.String(length=40), nullable=True),
        sa.Column("sexual_orientation_write_in", sa.String(length=200), nullable=False),
        sa.Column("ethnic_group", sa.String(length=40), nullable=True),
        sa.Column("ethnic_group_write_in", sa.String(length=200), nullable=False),
        sa.Column("religion", sa.String(length=40), nullable=True),
        sa.Column("disability", sa.String(length=40), nullable=True),
        sa.Column("carer", sa.String(length=40), nullable=True),
        sa.Column("local_answer", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_monitoring_forms_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_forms")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("monitoring_forms", schema=None) as batch_op:
        batch_op.create_index(
            "ix_monitoring_forms_participant", ["participant_id", "collected_on"], unique=False
        )

    op.create_table(
        "outreach_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("question", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("population_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("who_they_are", sa.Text(), nullable=False),
        sa.Column("aspirations", sa.Text(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("barriers", sa.Text(), nullable=False),
        sa.Column("trusted_places", sa.Text(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ratio_at_start", sa.Integer(), nullable=True),
        sa.Column("share_at_start_bp", sa.Integer(), nullable=True),
        sa.Column("expected_share_bp", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["population_id"],
            ["reference_populations.id"],
            name=op.f("fk_outreach_plans_population_id_reference_populations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_outreach_plans_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_plans")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "project_references",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("population_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["population_id"],
            ["reference_populations.id"],
            name=op.f("fk_project_references_population_id_reference_populations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_references_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", name=op.f("pk_project_references")),
    )
    op.create_table(
        "reference_figures",
        sa.Column("population_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("share_bp", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "share_bp >= 0 AND share_bp <= 10000",
            name=op.f("ck_reference_figures_share_is_a_percentage"),
        ),
        sa.ForeignKeyConstraint(
            ["population_id"],
            ["reference_populations.id"],
            name=op.f("fk_reference_figures_population_id_reference_populations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "population_id", "question", "category", name=op.f("pk_reference_figures")
        ),
    )
    op.create_table(
        "outreach_actions",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_outreach_actions_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["outreach_plans.id"],
            name=op.f("fk_outreach_actions_plan_id_outreach_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("plan_id", "action_id", name=op.f("pk_outreach_actions")),
    )


def downgrade() -> None:
    op.drop_table("outreach_actions")
    op.drop_table("reference_figures")
    op.drop_table("project_references")
    op.drop_table("outreach_plans")
    with op.batch_alter_table("monitoring_forms", schema=None) as batch_op:
        batch_op.drop_index("ix_monitoring_forms_participant")

    op.drop_table("monitoring_forms")
    with op.batch_alter_table("monitoring_access_log", schema=None) as batch_op:
        batch_op.drop_index("ix_monitoring_access_log_participant")

    op.drop_table("monitoring_access_log")
    op.drop_table("reference_populations")
    op.drop_table("monitoring_local_questions")

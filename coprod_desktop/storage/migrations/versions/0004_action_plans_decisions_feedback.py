"""Action plans (shared goals, actions, owners, progress notes), the decision log, and feedback
("you said, we did").

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

New tables only, so older data is untouched. Plain SQLAlchemy types only, as in 0001. Links
between decisions, actions and feedback are SET NULL on delete, so removing one never takes
the others with it; people are RESTRICT, as everywhere (people leave, they are not deleted).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shared_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("success_looks_like", sa.Text(), nullable=False),
        sa.Column("how_we_will_know", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "agreed",
                "in_progress",
                "achieved",
                "set_aside",
                name="goal_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_shared_goals_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_goals")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("shared_goals", schema=None) as batch_op:
        batch_op.create_index("ix_shared_goals_project", ["project_id"], unique=False)

    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "consensus",
                "consent",
                "vote",
                "delegated",
                name="decision_method",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("what_it_changes", sa.Text(), nullable=False),
        sa.Column("others_present", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_decisions_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["project_sessions.id"],
            name=op.f("fk_decisions_session_id_project_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index("ix_decisions_project", ["project_id", "decided_on"], unique=False)

    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("what", sa.String(length=1000), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                "dropped",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("dropped_reason", sa.String(length=500), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status <> 'dropped' OR length(dropped_reason) > 0",
            name=op.f("ck_actions_dropped_has_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name=op.f("fk_actions_decision_id_decisions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["shared_goals.id"],
            name=op.f("fk_actions_goal_id_shared_goals"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_actions_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["project_sessions.id"],
            name=op.f("fk_actions_session_id_project_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index("ix_actions_due", ["status", "due_on"], unique=False)
        batch_op.create_index("ix_actions_project", ["project_id", "status"], unique=False)

    op.create_table(
        "decision_people",
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name=op.f("fk_decision_people_decision_id_decisions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_decision_people_participant_id_participants"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("decision_id", "participant_id", name=op.f("pk_decision_people")),
    )
    with op.batch_alter_table("decision_people", schema=None) as batch_op:
        batch_op.create_index("ix_decision_people_participant", ["participant_id"], unique=False)

    op.create_table(
        "action_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_action_notes_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_notes")),
    )
    with op.batch_alter_table("action_notes", schema=None) as batch_op:
        batch_op.create_index("ix_action_notes_action", ["action_id"], unique=False)

    op.create_table(
        "action_owners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("staff_name", sa.String(length=100), nullable=False),
        sa.CheckConstraint(
            "(participant_id IS NULL) <> (staff_name = '')",
            name=op.f("ck_action_owners_a_person_or_a_name"),
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_action_owners_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_action_owners_participant_id_participants"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_owners")),
    )
    with op.batch_alter_table("action_owners", schema=None) as batch_op:
        batch_op.create_index("ix_action_owners_action", ["action_id"], unique=False)
        batch_op.create_index("ix_action_owners_participant", ["participant_id"], unique=False)

    op.create_table(
        "feedback_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("said_on", sa.Date(), nullable=False),
        sa.Column("what_was_said", sa.Text(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column(
            "response_kind",
            sa.Enum(
                "not_yet",
                "we_did",
                "could_not",
                "in_progress",
                name="feedback_response",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "told_back",
                "closed",
                name="feedback_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_feedback_items_action_id_actions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name=op.f("fk_feedback_items_decision_id_decisions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_feedback_items_participant_id_participants"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_feedback_items_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["project_sessions.id"],
            name=op.f("fk_feedback_items_session_id_project_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_items")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("feedback_items", schema=None) as batch_op:
        batch_op.create_index("ix_feedback_items_project", ["project_id", "said_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("feedback_items", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_items_project")

    op.drop_table("feedback_items")
    with op.batch_alter_table("action_owners", schema=None) as batch_op:
        batch_op.drop_index("ix_action_owners_participant")
        batch_op.drop_index("ix_action_owners_action")

    op.drop_table("action_owners")
    with op.batch_alter_table("action_notes", schema=None) as batch_op:
        batch_op.drop_index("ix_action_notes_action")

    op.drop_table("action_notes")
    with op.batch_alter_table("decision_people", schema=None) as batch_op:
        batch_op.drop_index("ix_decision_people_participant")

    op.drop_table("decision_people")
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index("ix_actions_project")
        batch_op.drop_index("ix_actions_due")

    op.drop_table("actions")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index("ix_decisions_project")

    op.drop_table("decisions")
    with op.batch_alter_table("shared_goals", schema=None) as batch_op:
        batch_op.drop_index("ix_shared_goals_project")

    op.drop_table("shared_goals")

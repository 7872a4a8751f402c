"""The co-production journey: stories and the themes they are filed under (and the decisions
they informed), each project's moves round the cycle of co-production, the values self-check with
its ratings, and each participant's development log.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

New tables only, so older data is untouched; a project with no moves is "not placed on the cycle
yet" rather than guessed. Plain SQLAlchemy types only, as in 0001.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "themes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_key", sa.String(length=80), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_themes")),
        sa.UniqueConstraint("name_key", name=op.f("uq_themes_name_key")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "cycle_moves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "lived_experience",
                "stories",
                "collective_evidence",
                "strategic",
                "outputs",
                "evaluation",
                name="cycle_stage",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_cycle_moves_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycle_moves")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("cycle_moves", schema=None) as batch_op:
        batch_op.create_index("ix_cycle_moves_project", ["project_id", "moved_on"], unique=False)

    op.create_table(
        "development_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "skill",
                "training",
                "role",
                "reference",
                name="development_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("what", sa.String(length=300), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_development_entries_participant_id_participants"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_development_entries_project_id_projects"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_entries")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("development_entries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_development_entries_participant", ["participant_id", "happened_on"], unique=False
        )

    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("told_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column(
            "consent",
            sa.Enum(
                "internal_only",
                "anonymised",
                "with_name",
                name="story_consent",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_stories_participant_id_participants"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_stories_project_id_projects"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["project_sessions.id"],
            name=op.f("fk_stories_session_id_project_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.create_index("ix_stories_participant", ["participant_id"], unique=False)
        batch_op.create_index("ix_stories_told_on", ["told_on"], unique=False)

    op.create_table(
        "values_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "descriptive",
                "intermediate",
                "transformative",
                name="coproduction_level",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("lived_experience_count", sa.Integer(), nullable=False),
        sa.Column("staff_count", sa.Integer(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "lived_experience_count + staff_count >= 1",
            name=op.f("ck_values_checks_someone_took_part"),
        ),
        sa.CheckConstraint(
            "lived_experience_count >= 0 AND staff_count >= 0",
            name=op.f("ck_values_checks_counts_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_values_checks_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["project_sessions.id"],
            name=op.f("fk_values_checks_session_id_project_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_values_checks")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("values_checks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_values_checks_project", ["project_id", "checked_on"], unique=False
        )

    op.create_table(
        "decision_stories",
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name=op.f("fk_decision_stories_decision_id_decisions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name=op.f("fk_decision_stories_story_id_stories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("decision_id", "story_id", name=op.f("pk_decision_stories")),
    )
    with op.batch_alter_table("decision_stories", schema=None) as batch_op:
        batch_op.create_index("ix_decision_stories_story", ["story_id"], unique=False)

    op.create_table(
        "story_themes",
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories.id"],
            name=op.f("fk_story_themes_story_id_stories"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_story_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("story_id", "theme_id", name=op.f("pk_story_themes")),
    )
    with op.batch_alter_table("story_themes", schema=None) as batch_op:
        batch_op.create_index("ix_story_themes_theme", ["theme_id"], unique=False)

    op.create_table(
        "values_ratings",
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column(
            "value",
            sa.Enum(
                "sharing_power",
                "all_perspectives",
                "respecting_knowledge",
                "reciprocity",
                "relationships",
                name="coproduction_value",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name=op.f("ck_values_ratings_rating_1_to_5")),
        sa.ForeignKeyConstraint(
            ["check_id"],
            ["values_checks.id"],
            name=op.f("fk_values_ratings_check_id_values_checks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("check_id", "value", name=op.f("pk_values_ratings")),
    )


def downgrade() -> None:
    op.drop_table("values_ratings")
    with op.batch_alter_table("story_themes", schema=None) as batch_op:
        batch_op.drop_index("ix_story_themes_theme")

    op.drop_table("story_themes")
    with op.batch_alter_table("decision_stories", schema=None) as batch_op:
        batch_op.drop_index("ix_decision_stories_story")

    op.drop_table("decision_stories")
    with op.batch_alter_table("values_checks", schema=None) as batch_op:
        batch_op.drop_index("ix_values_checks_project")

    op.drop_table("values_checks")
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_index("ix_stories_told_on")
        batch_op.drop_index("ix_stories_participant")

    op.drop_table("stories")
    with op.batch_alter_table("development_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_development_entries_participant")

    op.drop_table("development_entries")
    with op.batch_alter_table("cycle_moves", schema=None) as batch_op:
        batch_op.drop_index("ix_cycle_moves_project")

    op.drop_table("cycle_moves")
    op.drop_table("themes")

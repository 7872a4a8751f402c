"""Projects, sessions and attendance; the rewards policy; payments; earnings limits.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Also seeds a default rewards policy (editable in the app), so a new database can work out
payments straight away. Plain SQLAlchemy types only, as in 0001.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_POLICY_SOURCE = (
    "Default rates shipped with coprod-desktop, from published public-involvement guidance: "
    "£25 an hour, £75 a half day, £150 a full day (NIHR-derived rates that many groups use; "
    "NIHR raised its own rates by 10% from 16 December 2025). Mileage at HMRC approved rates "
    "(45p a mile by car for the first 10,000 miles, 24p motorcycle, 20p bicycle). Public "
    "transport at cost; care or replacement-care costs at cost with a receipt. Check and change "
    "these to your own policy: they are a starting point, not advice."
)


def _choice(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("budget_pence", sa.Integer(), nullable=True),
        sa.Column(
            "stage",
            _choice("project_stage", "co_design", "co_decision", "co_delivery", "co_evaluation"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "budget_pence IS NULL OR budget_pence >= 0",
            name=op.f("ck_projects_budget_not_negative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        sqlite_autoincrement=True,
    )
    rates = op.create_table(
        "reward_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("hourly_pence", sa.Integer(), nullable=False),
        sa.Column("half_day_pence", sa.Integer(), nullable=False),
        sa.Column("full_day_pence", sa.Integer(), nullable=False),
        sa.Column("prep_hourly_pence", sa.Integer(), nullable=False),
        sa.Column("mileage_car_pence", sa.Integer(), nullable=False),
        sa.Column("mileage_motorcycle_pence", sa.Integer(), nullable=False),
        sa.Column("mileage_bicycle_pence", sa.Integer(), nullable=False),
        sa.Column("subsistence_cap_pence", sa.Integer(), nullable=False),
        sa.Column("care_needs_receipt", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "hourly_pence >= 0 AND half_day_pence >= 0 AND full_day_pence >= 0 "
            "AND prep_hourly_pence >= 0 AND mileage_car_pence >= 0 "
            "AND mileage_motorcycle_pence >= 0 AND mileage_bicycle_pence >= 0 "
            "AND subsistence_cap_pence >= 0",
            name=op.f("ck_reward_rates_rates_not_negative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward_rates")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_reward_rates_effective_from")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "project_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            _choice("session_kind", "meeting", "workshop", "interview_panel", "training", "event"),
            nullable=False,
        ),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("access_support", sa.String(length=1000), nullable=False),
        sa.Column(
            "payment_basis",
            _choice("payment_basis", "hourly", "half_day", "full_day"),
            nullable=False,
        ),
        sa.Column("prep_minutes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "end_time > start_time", name=op.f("ck_project_sessions_ends_after_start")
        ),
        sa.CheckConstraint("prep_minutes >= 0", name=op.f("ck_project_sessions_prep_not_negative")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_sessions_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_sessions")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_project_sessions_project", "project_sessions", ["project_id", "date"])
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            _choice("payment_kind", "fee", "expense", "voucher", "recognition"),
            nullable=False,
        ),
        sa.Column(
            "expense_type",
            _choice("expense_type", "mileage", "public_transport", "care", "subsistence", "other"),
            nullable=True,
        ),
        sa.Column("vehicle", _choice("vehicle", "car", "motorcycle", "bicycle"), nullable=True),
        sa.Column("tenth_miles", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("rates_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("incurred_on", sa.Date(), nullable=False),
        sa.Column("amount_pence", sa.Integer(), nullable=False),
        sa.Column("voucher_provider", sa.String(length=100), nullable=False),
        sa.Column("voucher_reference", sa.String(length=100), nullable=False),
        sa.Column("receipt_reference", sa.String(length=100), nullable=False),
        sa.Column(
            "status",
            _choice("payment_status", "draft", "approved", "paid", "cancelled"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("approved_by", sa.String(length=100), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column(
            "paid_method",
            _choice("payment_method", "bank_transfer", "cash", "voucher", "charity", "other"),
            nullable=True,
        ),
        sa.Column("paid_reference", sa.String(length=100), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_reason", sa.String(length=500), nullable=False),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind <> 'recognition' OR amount_pence = 0",
            name=op.f("ck_payments_recognition_has_no_money"),
        ),
        sa.CheckConstraint(
            "amount_pence >= 0 OR reverses_id IS NOT NULL",
            name=op.f("ck_payments_negative_only_to_reverse"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_payments_participant_id_participants"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_payments_project_id_projects"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["rates_id"],
            ["reward_rates.id"],
            name=op.f("fk_payments_rates_id_reward_rates"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["payments.id"],
            name=op.f("fk_payments_reverses_id_payments"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["project_sessions.id"],
            name=op.f("fk_payments_session_id_project_sessions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_payments_participant", "payments", ["participant_id", "incurred_on"])
    op.create_index("ix_payments_project", "payments", ["project_id"])
    op.create_index("ix_payments_session", "payments", ["session_id"])
    op.create_index("ix_payments_status", "payments", ["status", "incurred_on"])
    op.create_table(
        "session_attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            _choice("attendance_status", "invited", "attended", "apologies", "did_not_attend"),
            nullable=False,
        ),
        sa.Column("session_minutes", sa.Integer(), nullable=False),
        sa.Column("prep_minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "session_minutes >= 0 AND prep_minutes >= 0",
            name=op.f("ck_session_attendance_minutes_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_session_attendance_participant_id_participants"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["project_sessions.id"],
            name=op.f("fk_session_attendance_session_id_project_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "participant_id", name=op.f("pk_session_attendance")),
    )
    op.create_index("ix_session_attendance_participant", "session_attendance", ["participant_id"])
    # Adding columns never needs a table rebuild, so this is plain ALTER TABLE on SQLite too.
    op.add_column("participants", sa.Column("weekly_limit_pence", sa.Integer(), nullable=True))
    op.add_column("participants", sa.Column("tax_year_limit_pence", sa.Integer(), nullable=True))
    op.add_column(
        "participants",
        sa.Column("limit_note", sa.String(length=500), server_default="", nullable=False),
    )

    op.bulk_insert(
        rates,
        [
            {
                "effective_from": dt.date(2024, 4, 6),
                "hourly_pence": 2500,
                "half_day_pence": 7500,
                "full_day_pence": 15000,
                "prep_hourly_pence": 2500,
                "mileage_car_pence": 45,
                "mileage_motorcycle_pence": 24,
                "mileage_bicycle_pence": 20,
                "subsistence_cap_pence": 1000,
                "care_needs_receipt": True,
                "source": DEFAULT_POLICY_SOURCE,
                "created_at": dt.datetime(2026, 11, 24, 0, 0),
            }
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("limit_note")
        batch.drop_column("tax_year_limit_pence")
        batch.drop_column("weekly_limit_pence")
    op.drop_index("ix_session_attendance_participant", table_name="session_attendance")
    op.drop_table("session_attendance")
    op.drop_index("ix_payments_status", table_name="payments")
    op.drop_index("ix_payments_session", table_name="payments")
    op.drop_index("ix_payments_project", table_name="payments")
    op.drop_index("ix_payments_participant", table_name="payments")
    op.drop_table("payments")
    op.drop_index("ix_project_sessions_project", table_name="project_sessions")
    op.drop_table("project_sessions")
    op.drop_table("reward_rates")
    op.drop_table("projects")

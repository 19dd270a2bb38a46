"""Plans and session runs.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Tables of facilitator/plans/tables.py: plans and their items, templates
("strings"), session runs with their engine state for crash-safe resume, the
step log, and harvest notes with their tags. tests/unit/test_plans_store.py
checks that this matches the models exactly.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("venue", sa.String(300), nullable=False),
        sa.Column("facilitator", sa.String(300), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("available_minutes", sa.Integer(), nullable=True),
        sa.Column("harvest_tags", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_plan")),
    )
    op.create_table(
        "plan_item",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("plan_uuid", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("structure_id", sa.String(100), nullable=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("invitation", sa.Text(), nullable=False),
        sa.Column("step_minutes", sa.JSON(), nullable=False),
        sa.Column("minutes", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["plan_uuid"], ["plan.uuid"], name=op.f("fk_plan_item_plan_uuid_plan"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_plan_item")),
        sa.UniqueConstraint("plan_uuid", "position", name=op.f("uq_plan_item_plan_uuid")),
    )
    op.create_table(
        "plan_template",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("structure_ids", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_plan_template")),
    )
    op.create_table(
        "session_run",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("plan_uuid", sa.String(36), nullable=True),
        sa.Column("plan_title", sa.String(300), nullable=False),
        sa.Column("timeline", sa.JSON(), nullable=False),
        sa.Column("engine_state", sa.JSON(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["plan_uuid"], ["plan.uuid"], name=op.f("fk_session_run_plan_uuid_plan"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_session_run")),
    )
    op.create_index(op.f("ix_session_run_plan_uuid"), "session_run", ["plan_uuid"], unique=False)
    op.create_table(
        "run_step_log",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("run_uuid", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_index", sa.Integer(), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("item_title", sa.String(300), nullable=False),
        sa.Column("step_title", sa.String(300), nullable=False),
        sa.Column("planned_seconds", sa.Float(), nullable=False),
        sa.Column("budget_seconds", sa.Float(), nullable=False),
        sa.Column("actual_seconds", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["run_uuid"], ["session_run.uuid"], name=op.f("fk_run_step_log_run_uuid_session_run"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_run_step_log")),
    )
    op.create_index(op.f("ix_run_step_log_run_uuid"), "run_step_log", ["run_uuid"], unique=False)
    op.create_table(
        "harvest_tag",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_harvest_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_harvest_tag_name")),
    )
    op.create_table(
        "harvest_note",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("run_uuid", sa.String(36), nullable=False),
        sa.Column("item_index", sa.Integer(), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("item_title", sa.String(300), nullable=False),
        sa.Column("step_title", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["run_uuid"], ["session_run.uuid"], name=op.f("fk_harvest_note_run_uuid_session_run"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_harvest_note")),
    )
    op.create_index(op.f("ix_harvest_note_run_uuid"), "harvest_note", ["run_uuid"], unique=False)
    op.create_table(
        "note_tag",
        sa.Column("note_uuid", sa.String(36), nullable=False),
        sa.Column("tag_uuid", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(["note_uuid"], ["harvest_note.uuid"], name=op.f("fk_note_tag_note_uuid_harvest_note"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tag_uuid"], ["harvest_tag.uuid"], name=op.f("fk_note_tag_tag_uuid_harvest_tag"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("note_uuid", "tag_uuid", name=op.f("pk_note_tag")),
    )
    op.create_index(op.f("ix_note_tag_tag_uuid"), "note_tag", ["tag_uuid"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_note_tag_tag_uuid"), table_name="note_tag")
    op.drop_table("note_tag")
    op.drop_index(op.f("ix_harvest_note_run_uuid"), table_name="harvest_note")
    op.drop_table("harvest_note")
    op.drop_table("harvest_tag")
    op.drop_index(op.f("ix_run_step_log_run_uuid"), table_name="run_step_log")
    op.drop_table("run_step_log")
    op.drop_index(op.f("ix_session_run_plan_uuid"), table_name="session_run")
    op.drop_table("session_run")
    op.drop_table("plan_template")
    op.drop_table("plan_item")
    op.drop_table("plan")

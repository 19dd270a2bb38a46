"""Library: favourite structures.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "favourite",
        sa.Column("structure_id", sa.String(100), nullable=False),
        sa.Column("starred_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("structure_id", name=op.f("pk_favourite")),
    )


def downgrade() -> None:
    op.drop_table("favourite")

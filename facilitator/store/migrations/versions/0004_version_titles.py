"""The title belongs to the version: an amendment can change what the proposal is called.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05

``proposal_version.title`` is the one source of a proposal's title; each
existing version gets its proposal's title. ``proposal.title`` stays as a
copy of the newest version's title (for sorting, the log list and the
search index's trigger on ``proposal``), kept by the trigger
``proposal_title_follows_version`` whichever code path writes a version,
as ``decision`` keeps a copy of its newest revision.

No batch migration: SQLite adds a NOT NULL column with a default in place,
so ``proposal_version`` keeps its search triggers and its children.
The SQL is written out here, not imported, so this revision never changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FOLLOW = (
    "CREATE TRIGGER proposal_title_follows_version AFTER INSERT ON proposal_version "
    "WHEN NEW.number >= (SELECT max(number) FROM proposal_version WHERE proposal_id = NEW.proposal_id) "
    "BEGIN UPDATE proposal SET title = NEW.title WHERE id = NEW.proposal_id AND title IS NOT NEW.title; END"
)


def upgrade() -> None:
    op.add_column("proposal_version", sa.Column("title", sa.String(length=300), server_default="", nullable=False))
    # Filling the titles must not re-index every version's text: the search trigger on UPDATE
    # is set aside meanwhile and put back exactly as it was (its text read from the file).
    bind = op.get_bind()
    reindex = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name = 'proposal_version_search_au'").scalar()
    if reindex:
        op.execute("DROP TRIGGER proposal_version_search_au")
    op.execute("UPDATE proposal_version SET title = "
               "(SELECT title FROM proposal WHERE proposal.id = proposal_version.proposal_id)")
    if reindex:
        bind.exec_driver_sql(reindex)  # as written: no bind-parameter parsing of its text
    op.execute(FOLLOW)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS proposal_title_follows_version")
    op.execute("ALTER TABLE proposal_version DROP COLUMN title")  # SQLite 3.35+: in place, triggers kept

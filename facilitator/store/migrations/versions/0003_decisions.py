"""Decision log (SDMI meetings, proposals, rounds, stances), its search index and append-only guard.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Besides the tables this creates, with raw SQL (Alembic has no words for them):
- ``log_fts``, a contentless FTS5 index. Each searchable text is one FTS row
  whose rowid is ``(item no << 20) + n``, where ``log_search_item.no`` is a
  small number per proposal: a search reads the proposal off the rowid, and
  ranks and filters hits by the keys copied into ``log_search_item`` (team,
  date, agenda position, outcome), without a lookup per hit in the big
  tables (fast on 100,000 decisions). ``log_search_doc`` remembers which
  rowid holds which record's text.
- triggers on every table with free text that keep the index in step, so it
  is right whatever writes (the app, an import, a bulk load). A contentless
  index forgets a text only when given the same text back, which the
  triggers take from the OLD row.
- a trigger refusing UPDATE on ``decision_revision``: decisions are append-only.
The SQL is written out here, not imported, so this revision never changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DOC_BITS = 20  # up to a million texts per proposal
# table -> (searchable text, the proposal it belongs to); {r} is NEW or OLD.
SEARCHABLE = {
    "proposal": ("{r}.title", "{r}.id"),
    "proposal_version": ("{r}.text || ' ' || {r}.purpose || ' ' || {r}.what_changed || ' ' || {r}.why",
                         "{r}.proposal_id"),
    "stance": ("{r}.text", "(SELECT proposal_id FROM consent_round WHERE id = {r}.round_id)"),
    "meeting_note": ("{r}.text", "{r}.proposal_id"),
    "decision_revision": ("{r}.rationale || ' ' || {r}.reason",
                          "(SELECT proposal_id FROM decision WHERE id = {r}.decision_id)"),
    "decision_action": ("{r}.what", "(SELECT proposal_id FROM decision WHERE id = {r}.decision_id)"),
}


def _index_sql() -> list[str]:
    sql = [
        "CREATE VIRTUAL TABLE log_fts USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2')",
        "CREATE TRIGGER decision_revision_append_only BEFORE UPDATE ON decision_revision BEGIN "
        "SELECT RAISE(ABORT, 'decision revisions are append-only: add a new revision'); END",
    ]
    b = DOC_BITS
    for table, (body, proposal) in SEARCHABLE.items():
        new, old = f"trim({body.format(r='NEW')})", f"trim({body.format(r='OLD')})"
        add = (f"INSERT INTO log_search_doc(id, source_id) SELECT (SELECT coalesce(max(d.id) + 1, i.no << {b}) "
               f"FROM log_search_doc AS d WHERE d.id >= i.no << {b} AND d.id < (i.no + 1) << {b}), NEW.id "
               f"FROM log_search_item AS i WHERE i.proposal_id = {proposal.format(r='NEW')} AND {new} <> ''; "
               f"INSERT INTO log_fts(rowid, body) SELECT id, {new} FROM log_search_doc WHERE source_id = NEW.id;")
        drop = (f"INSERT INTO log_fts(log_fts, rowid, body) SELECT 'delete', id, {old} "
                f"FROM log_search_doc WHERE source_id = OLD.id; DELETE FROM log_search_doc WHERE source_id = OLD.id;")
        first = resort = last = ""
        if table == "proposal":  # the item comes first, follows the proposal, and goes last
            first = ("INSERT INTO log_search_item(proposal_id, team_id, sort_date, position) "
                     "SELECT NEW.id, team_id, date, NEW.position FROM meeting WHERE id = NEW.meeting_id; ")
            resort = ("UPDATE log_search_item SET (team_id, sort_date) = (SELECT team_id, date FROM meeting "
                      "WHERE id = NEW.meeting_id), position = NEW.position WHERE proposal_id = NEW.id; ")
            last = " DELETE FROM log_search_item WHERE proposal_id = OLD.id;"
        sql += [
            f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {first}{add} END",
            f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN {resort}{drop} {add} END",
            f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {drop}{last} END",
        ]
    sql += [  # the item's copies of the meeting's team and date and of the decision's outcome
        "CREATE TRIGGER meeting_search_au AFTER UPDATE OF date, team_id ON meeting BEGIN "
        "UPDATE log_search_item SET sort_date = NEW.date, team_id = NEW.team_id "
        "WHERE proposal_id IN (SELECT id FROM proposal WHERE meeting_id = NEW.id); END",
        "CREATE TRIGGER decision_search_ai AFTER INSERT ON decision BEGIN "
        "UPDATE log_search_item SET outcome = NEW.outcome WHERE proposal_id = NEW.proposal_id; END",
        "CREATE TRIGGER decision_search_au AFTER UPDATE OF outcome ON decision BEGIN "
        "UPDATE log_search_item SET outcome = NEW.outcome WHERE proposal_id = NEW.proposal_id; END",
        "CREATE TRIGGER decision_search_ad AFTER DELETE ON decision BEGIN "
        "UPDATE log_search_item SET outcome = NULL WHERE proposal_id = OLD.proposal_id; END",
    ]
    return sql


def upgrade() -> None:
    op.create_table(
        'log_search_doc',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('source_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_log_search_doc')),
        sa.UniqueConstraint('source_id', name=op.f('uq_log_search_doc_source_id'))
    )
    op.create_table(
        'log_search_item',
        sa.Column('no', sa.Integer(), nullable=False),
        sa.Column('proposal_id', sa.String(length=36), nullable=False),
        sa.Column('team_id', sa.String(length=36), nullable=False),
        sa.Column('sort_date', sa.Date(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('outcome', sa.String(length=30), nullable=True),
        sa.PrimaryKeyConstraint('no', name=op.f('pk_log_search_item')),
        sa.UniqueConstraint('proposal_id', name=op.f('uq_log_search_item_proposal_id'))
    )
    op.create_index(op.f('ix_log_search_item_sort_date'), 'log_search_item', ['sort_date'], unique=False)
    op.create_index('ix_log_search_item_team_date', 'log_search_item', ['team_id', 'sort_date'], unique=False)
    op.create_table(
        'person',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('display_name', sa.String(length=200), nullable=False),
        sa.Column('erased', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    op.create_table(
        'team',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('opening_round', sa.Boolean(), nullable=False),
        sa.Column('max_decision_rounds', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_team'))
    )
    op.create_table(
        'meeting',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('team_id', sa.String(length=36), nullable=False),
        sa.Column('date', sa.Date(), nullable=False),
        sa.Column('venue', sa.String(length=200), nullable=False),
        sa.Column('facilitator_id', sa.String(length=36), nullable=True),
        sa.Column('reporter_id', sa.String(length=36), nullable=True),
        sa.Column('skeleton', sa.Text(), nullable=False),
        sa.Column('run_id', sa.String(length=36), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['facilitator_id'], ['person.id'], name=op.f('fk_meeting_facilitator_id_person'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['reporter_id'], ['person.id'], name=op.f('fk_meeting_reporter_id_person'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['team_id'], ['team.id'], name=op.f('fk_meeting_team_id_team'), ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    op.create_index(op.f('ix_meeting_date'), 'meeting', ['date'], unique=False)
    op.create_index('ix_meeting_team_date', 'meeting', ['team_id', 'date'], unique=False)
    op.create_table(
        'meeting_attendee',
        sa.Column('meeting_id', sa.String(length=36), nullable=False),
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendee_meeting_id_meeting'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_meeting_attendee_person_id_person'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('meeting_id', 'person_id', name=op.f('pk_meeting_attendee'))
    )
    op.create_index(op.f('ix_meeting_attendee_person_id'), 'meeting_attendee', ['person_id'], unique=False)
    op.create_table(
        'proposal',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('meeting_id', sa.String(length=36), nullable=False),
        sa.Column('owner_id', sa.String(length=36), nullable=True),
        sa.Column('title', sa.String(length=300), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('reopened_from_id', sa.String(length=36), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_proposal_meeting_id_meeting'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_proposal_owner_id_person'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['reopened_from_id'], ['proposal.id'], name=op.f('fk_proposal_reopened_from_id_proposal'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal'))
    )
    op.create_index(op.f('ix_proposal_meeting_id'), 'proposal', ['meeting_id'], unique=False)
    op.create_index(op.f('ix_proposal_owner_id'), 'proposal', ['owner_id'], unique=False)
    op.create_index('ix_proposal_reopened_from_id', 'proposal', ['reopened_from_id'], unique=False, sqlite_where=sa.text('reopened_from_id IS NOT NULL'))
    op.create_table(
        'decision',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('proposal_id', sa.String(length=36), nullable=False),
        sa.Column('outcome', sa.String(length=30), nullable=False),
        sa.Column('review_date', sa.Date(), nullable=True),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("outcome IN ('adopted', 'adopted_after_amendment', 'deferred', 'withdrawn', 'no_consent_parked', 'referred_to_coach')", name=op.f('ck_decision_outcome')),
        sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_decision_proposal_id_proposal'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_decision')),
        sa.UniqueConstraint('proposal_id', name=op.f('uq_decision_proposal_id'))
    )
    op.create_index(op.f('ix_decision_outcome'), 'decision', ['outcome'], unique=False)
    op.create_index(op.f('ix_decision_review_date'), 'decision', ['review_date'], unique=False)
    op.create_table(
        'meeting_note',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('meeting_id', sa.String(length=36), nullable=False),
        sa.Column('proposal_id', sa.String(length=36), nullable=True),
        sa.Column('author_id', sa.String(length=36), nullable=True),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('note', 'notice', 'other_business')", name=op.f('ck_meeting_note_kind')),
        sa.ForeignKeyConstraint(['author_id'], ['person.id'], name=op.f('fk_meeting_note_author_id_person'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_note_meeting_id_meeting'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_meeting_note_proposal_id_proposal'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_note'))
    )
    op.create_index(op.f('ix_meeting_note_meeting_id'), 'meeting_note', ['meeting_id'], unique=False)
    op.create_index(op.f('ix_meeting_note_proposal_id'), 'meeting_note', ['proposal_id'], unique=False)
    op.create_table(
        'proposal_version',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('proposal_id', sa.String(length=36), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('purpose', sa.Text(), nullable=False),
        sa.Column('what_changed', sa.Text(), nullable=False),
        sa.Column('why', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_proposal_version_proposal_id_proposal'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_version')),
        sa.UniqueConstraint('proposal_id', 'number', name=op.f('uq_proposal_version_proposal_id'))
    )
    op.create_table(
        'consent_round',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('proposal_id', sa.String(length=36), nullable=False),
        sa.Column('version_id', sa.String(length=36), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('opening', 'clarifying', 'reactions', 'decision')", name=op.f('ck_consent_round_kind')),
        sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_consent_round_proposal_id_proposal'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['version_id'], ['proposal_version.id'], name=op.f('fk_consent_round_version_id_proposal_version'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_round')),
        sa.UniqueConstraint('proposal_id', 'number', name=op.f('uq_consent_round_proposal_id'))
    )
    op.create_index(op.f('ix_consent_round_version_id'), 'consent_round', ['version_id'], unique=False)
    op.create_table(
        'decision_action',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('decision_id', sa.String(length=36), nullable=False),
        sa.Column('what', sa.Text(), nullable=False),
        sa.Column('owner_id', sa.String(length=36), nullable=True),
        sa.Column('due', sa.Date(), nullable=True),
        sa.Column('done', sa.Boolean(), nullable=False),
        sa.Column('done_at', sa.DateTime(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_decision_action_decision_id_decision'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_decision_action_owner_id_person'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_action'))
    )
    op.create_index(op.f('ix_decision_action_decision_id'), 'decision_action', ['decision_id'], unique=False)
    op.create_index('ix_decision_action_open', 'decision_action', ['done', 'due'], unique=False)
    op.create_index(op.f('ix_decision_action_owner_id'), 'decision_action', ['owner_id'], unique=False)
    op.create_table(
        'decision_revision',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('decision_id', sa.String(length=36), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('outcome', sa.String(length=30), nullable=False),
        sa.Column('rationale', sa.Text(), nullable=False),
        sa.Column('review_date', sa.Date(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('author_id', sa.String(length=36), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("outcome IN ('adopted', 'adopted_after_amendment', 'deferred', 'withdrawn', 'no_consent_parked', 'referred_to_coach')", name=op.f('ck_decision_revision_outcome')),
        sa.ForeignKeyConstraint(['author_id'], ['person.id'], name=op.f('fk_decision_revision_author_id_person'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_decision_revision_decision_id_decision'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_revision')),
        sa.UniqueConstraint('decision_id', 'number', name=op.f('uq_decision_revision_decision_id'))
    )
    op.create_table(
        'stance',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('round_id', sa.String(length=36), nullable=False),
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.Column('value', sa.String(length=20), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('preference_not_objection', sa.Boolean(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint("NOT preference_not_objection OR value = 'concern'", name=op.f('ck_stance_preference_is_concern')),
        sa.CheckConstraint("value <> 'objection' OR length(trim(text)) > 0", name=op.f('ck_stance_objection_argued')),
        sa.CheckConstraint("value IN ('consent', 'concern', 'objection', 'input', 'pass')", name=op.f('ck_stance_value')),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_stance_person_id_person'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['round_id'], ['consent_round.id'], name=op.f('fk_stance_round_id_consent_round'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stance')),
        sa.UniqueConstraint('round_id', 'person_id', name=op.f('uq_stance_round_id'))
    )
    op.create_index(op.f('ix_stance_person_id'), 'stance', ['person_id'], unique=False)
    for statement in _index_sql():
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS log_fts")
    for table in ("stance", "decision_revision", "decision_action", "consent_round", "proposal_version",
                  "meeting_note", "decision", "proposal", "meeting_attendee", "meeting", "team",
                  "person", "log_search_doc", "log_search_item"):
        op.drop_table(table)  # drops its indexes and triggers with it

"""SDMI consent decisions: meetings, proposals, rounds, stances, outcomes.

Where things are:
  rules, rounds     the method's rules and the circle during a round (pure, no SQL)
  meetings          teams, people, meetings, attendees, skeleton, notes
  repository        proposals, versions, rounds, stances (saved one by one), resuming
  outcomes          outcome, corrections (append-only revisions), actions, reopening for review
  queries, history  the filtered log list with full-text search; one item's whole story
  export, importer  JSON (lossless, docs/log-format.md) and CSV out; JSON in (merge by UUID)
  privacy           erasing a participant, subject access
  tables            the SQLAlchemy models (migration 0003)
"""

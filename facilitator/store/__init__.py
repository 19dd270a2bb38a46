"""Storage: one SQLite file in the data home, reached through SQLAlchemy 2.

Schema changes go through Alembic migrations only (see migrations/), with a
backup taken first.
"""

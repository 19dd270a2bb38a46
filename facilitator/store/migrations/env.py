"""Alembic environment: always run on the connection the app hands over.

No logging.config.fileConfig here: it would silence the app's own loggers.
"""

from alembic import context

from facilitator.store.base import Base
from facilitator.store.schema import import_all_tables

import_all_tables()
connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

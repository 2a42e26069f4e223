"""Alembic environment: run on the connection `Store.open` hands over (no alembic.ini needed)."""
from __future__ import annotations

from alembic import context

from marsad.store.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

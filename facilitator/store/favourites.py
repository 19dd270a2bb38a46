"""Starred structures, kept in the database so they survive restarts and backups."""

from __future__ import annotations

from sqlalchemy import delete, select

from facilitator.store.db import Database
from facilitator.store.models import Favourite


def favourites(db: Database) -> frozenset[str]:
    with db.session() as s:
        return frozenset(s.scalars(select(Favourite.structure_id)))


def star(db: Database, structure_id: str) -> None:
    with db.session() as s:
        if s.get(Favourite, structure_id) is None:
            s.add(Favourite(structure_id=structure_id))


def unstar(db: Database, structure_id: str) -> None:
    with db.session() as s:
        s.execute(delete(Favourite).where(Favourite.structure_id == structure_id))


def set_starred(db: Database, structure_id: str, starred: bool) -> None:
    (star if starred else unstar)(db, structure_id)

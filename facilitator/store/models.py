"""Tables of the library side of the store (favourites).

Other areas (plans, runs, decisions) keep their tables in their own modules
and register them on the same Base.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from facilitator.store.base import Base, utcnow


class Favourite(Base):
    """A starred structure, by id: the structure file itself is never touched."""

    __tablename__ = "favourite"

    structure_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    starred_at: Mapped[datetime] = mapped_column(default=utcnow)

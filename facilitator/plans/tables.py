"""Tables for plans, templates, session runs and the harvest.

Every row has a UUID primary key, so records can be exported, imported and
merged across laptops without renumbering. A run keeps its own copy of what
it timed (``timeline``) and the plan's title, so its harvest survives the plan
being edited or deleted. Migration 0002 creates exactly these tables.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator.store.base import Base, new_uuid, utcnow

UUID = String(36)
TITLE = String(300)


class PlanRecord(Base):
    __tablename__ = "plan"

    uuid: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_uuid)
    title: Mapped[str] = mapped_column(TITLE)
    date: Mapped[date | None] = mapped_column()
    start_time: Mapped[time | None] = mapped_column()
    venue: Mapped[str] = mapped_column(TITLE, default="")
    facilitator: Mapped[str] = mapped_column(TITLE, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    available_minutes: Mapped[int | None] = mapped_column(Integer)
    harvest_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    items: Mapped[list[PlanItemRecord]] = relationship(
        order_by="PlanItemRecord.position", cascade="all, delete-orphan", passive_deletes=True)


class PlanItemRecord(Base):
    """One agenda line; ``position`` orders them (0, 1, 2 … within a plan)."""

    __tablename__ = "plan_item"
    __table_args__ = (UniqueConstraint("plan_uuid", "position"),)

    uuid: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_uuid)
    plan_uuid: Mapped[str] = mapped_column(UUID, ForeignKey("plan.uuid", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    structure_id: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(TITLE, default="")
    invitation: Mapped[str] = mapped_column(Text, default="")
    # {"<step index from 0>": minutes of one run}; JSON object keys are text.
    step_minutes: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    minutes: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="")


class TemplateRecord(Base):
    """A saved "string" of structures."""

    __tablename__ = "plan_template"

    uuid: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_uuid)
    name: Mapped[str] = mapped_column(TITLE)
    description: Mapped[str] = mapped_column(Text, default="")
    structure_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SessionRun(Base):
    """One time a plan was run. Unfinished (``finished_at`` empty) means resumable.

    ``engine_state`` is ``TimingEngine.to_state()``, written on every
    transition; ``timeline`` is the timed items it was made for.
    """

    __tablename__ = "session_run"

    uuid: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_uuid)
    plan_uuid: Mapped[str | None] = mapped_column(
        UUID, ForeignKey("plan.uuid", ondelete="SET NULL"), index=True)
    plan_title: Mapped[str] = mapped_column(TITLE, default="")
    timeline: Mapped[list[Any]] = mapped_column(JSON, default=list)
    engine_state: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class RunStepLog(Base):
    """Planned against actual running time for one step of a finished run."""

    __tablename__ = "run_step_log"

    uuid: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_uuid)
    run_uuid: Mapped[str] = mapped_column(
        UUID, ForeignKey("session_run.uuid", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item_index: Mapped[int] = mapped_column(Integer)
    step_index: Mapped[int] = mapped_column(Integer)
    item_title: Mapped[str] = mapped_column(TITLE, default="")
    step_title: Mapped[str] = mapped_column(TITLE, default="")
    planned_seconds: Mapped[float] = mapped_column(Float)
    budget_seconds: Mapped[float] = mapped_column(Float)
    actual_seconds: Mapped[float] = mapped_column(Float)


note_tag = Table(
    "note_tag",
    Base.metadata,
    Column("note_uuid", UUID, ForeignKey("harvest_note.uuid", ondelete="CASCADE"), primary_key=True),
    Column("tag_uuid", UUID, ForeignKey("harvest_tag.uuid", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class HarvestTag(Base):
    """A tag name, shared by every note (and, later, every session of a programme)."""

    __tablename__ = "harvest_tag"

    uuid: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class HarvestNote(Base):
    """What the room said during one step of a run. Titles are copied so the note reads alone."""

    __tablename__ = "harvest_note"

    uuid: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_uuid)
    run_uuid: Mapped[str] = mapped_column(
        UUID, ForeignKey("session_run.uuid", ondelete="CASCADE"), index=True)
    item_index: Mapped[int] = mapped_column(Integer)
    step_index: Mapped[int] = mapped_column(Integer)
    item_title: Mapped[str] = mapped_column(TITLE, default="")
    step_title: Mapped[str] = mapped_column(TITLE, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    tags: Mapped[list[HarvestTag]] = relationship(secondary=note_tag, order_by=HarvestTag.name)

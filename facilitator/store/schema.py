"""Import every table module so Base.metadata is complete (for migrations and tests)."""

from __future__ import annotations


def import_all_tables() -> None:
    import facilitator.decisions.tables  # noqa: F401
    import facilitator.plans.tables  # noqa: F401
    import facilitator.store.models  # noqa: F401

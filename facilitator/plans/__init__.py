"""Session plans: an agenda of structures with clock times, runs and their harvest.

model     Plan, PlanItem, Template (pure dataclasses, no storage)
resolve   items looked up in the library: minutes, warnings for missing/changed structures
schedule  clock times, total against time available, TimedItems for the timer
tables    SQLAlchemy tables (migration 0002)
repository, runs, resume, harvest   the database side, one short session per call
files, filecheck, filefields        plan files (TOML/JSON), docs/plan-format.md
views     JSON shapes shared by the CLI and the GUI

Nothing is imported here, so ``import facilitator.plans.model`` stays light.
"""

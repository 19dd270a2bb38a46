"""Facilitator core: structures, plans, timing, decisions, storage and handouts.

Nothing in this package imports Qt, so it runs headless (CLI, tests, self-test).
"""

__version__ = "0.1.0"
APP_NAME = "Facilitator"

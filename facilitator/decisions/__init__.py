"""SDMI consent decisions: meetings, proposals, rounds, stances, outcomes."""

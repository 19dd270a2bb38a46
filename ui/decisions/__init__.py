"""The Decisions page: SDMI meetings, the round screen, and the decision log (over facilitator.decisions)."""

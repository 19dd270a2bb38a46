"""Tables for the decision log (filled in by the decisions work)."""

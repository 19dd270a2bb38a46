"""Tables for plans and session runs (filled in by the plans work)."""

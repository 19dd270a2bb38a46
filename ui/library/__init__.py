"""The library window: search, filters, result list, detail pane, editor."""

"""Print preview, printing and Save as PDF for the core's reportlab documents."""

"""PDF documents (reportlab): structure cards and participant worksheets; fonts and styles.

Pure Python, no Qt. Every document embeds the bundled DejaVu Sans family only,
escapes user text, and is written atomically when given a path.

Longer documents have their own modules, imported on their own: ``pack`` (a
session pack, with progress and cancel), ``harvest`` (a session run's times and
notes) and ``minutes`` (decision minutes). Every renderer takes plain domain
objects and never opens the database (tests/unit/test_render_without_database.py).
"""

from facilitator.render.card import render_card, structure_card_flowables
from facilitator.render.document import build
from facilitator.render.style import Options
from facilitator.render.worksheet import WORKSHEET_IDS, render_worksheet, worksheet_flowables

__all__ = [
    "WORKSHEET_IDS",
    "Options",
    "build",
    "render_card",
    "render_worksheet",
    "structure_card_flowables",
    "worksheet_flowables",
]

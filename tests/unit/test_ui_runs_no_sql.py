"""ui/ runs no SQL: the meeting screens once kept their own queries (ui/decisions/data.py).

Why: a query in a page is a second copy of a rule the core already keeps
(which meeting, which notes, which item carries on), and it drifts. The
screens call facilitator.decisions and facilitator.plans instead.
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
FORBIDDEN = re.compile(r"^\s*(from|import)\s+(sqlalchemy\b|facilitator\.\w+\.tables\b)", re.MULTILINE)


def test_no_module_in_ui_imports_sqlalchemy_or_a_table_module() -> None:
    found = [f"{path.relative_to(UI.parent)}: {match.group(0).strip()}"
             for path in sorted(UI.rglob("*.py"))
             for match in FORBIDDEN.finditer(path.read_text(encoding="utf-8"))]
    assert found == [], "move these reads into facilitator/: " + "; ".join(found)

"""The Dutch translation: complete, in step with the interface, and safe to show."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "facilitator_nl.ts"


def messages() -> list[tuple[str, str, list[str], bool]]:
    out = []
    for ctx in ET.parse(TS).getroot().iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            assert t is not None
            forms = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
            out.append((ctx.findtext("name") or "", m.findtext("source") or "", forms, t.get("type") == "unfinished"))
    return out


def test_the_ts_and_qm_files_are_in_step_with_the_interface() -> None:
    """A new or changed string in ui/ must go through tools/update_translations.py."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_string_is_translated_and_keeps_its_placeholders() -> None:
    found = messages()
    assert len(found) > 600
    for context, source, forms, unfinished in found:
        assert not unfinished and all(forms), f"{context}: {source!r} has no Dutch yet"
        for form in forms:
            for token in set(re.findall(r"%[0-9n]", source)):
                assert token in form, f"{context}: {source!r} lost {token}"
            assert len(re.findall(r"&(?![a-z]+;|&)", source)) == len(re.findall(r"&(?![a-z]+;|&)", form)), source
            for tag in set(re.findall(r"</?([a-z0-9]+)", source)):
                assert f"<{tag}" in form or f"</{tag}" in form, f"{context}: {source!r} lost <{tag}>"


def test_strings_are_written_so_lupdate_can_find_them() -> None:
    """pyside6-lupdate skips single-quoted literals and tr() calls on other objects."""
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in (r"\btr\('", r"\btranslate\('", r"\b(?!self\b)[a-z_]+\.tr\(\""):
            hit = re.search(pattern, text)
            assert hit is None, f"{path.relative_to(ROOT)}: {text[hit.start():hit.start() + 60]!r}"

"""Refresh the translation files after interface strings change.

    python tools/update_translations.py          # .ts from the ui/ sources, then .qm
    python tools/update_translations.py --check  # exit 1 if a .ts or .qm is out of date (CI)

pyside6-lupdate finds every self.tr("…"), translate("Context", "…") and
QT_TRANSLATE_NOOP in ui/; translators edit resources/translations/*.ts (Qt
Linguist, or any editor); pyside6-lrelease compiles them into the .qm files
the app loads. Both tools come with PySide6.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def update(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-locations", "none",
                    "-target-language", ts.stem.split("_")[-1]],
                   cwd=ROOT, check=True, capture_output=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report files that are out of date")
    args = parser.parse_args(argv)
    stale = []
    for ts in sorted(FOLDER.glob("facilitator_*.ts")):
        qm = ts.with_suffix(".qm")
        if not args.check:
            update(ts)
            release(ts, qm)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh_ts, fresh_qm = Path(tmp) / ts.name, Path(tmp) / qm.name
            shutil.copy(ts, fresh_ts)
            update(fresh_ts)
            release(ts, fresh_qm)
            if not filecmp.cmp(ts, fresh_ts, shallow=False):
                stale.append(f"{ts.relative_to(ROOT)}: interface strings changed; run python tools/update_translations.py")
            if not qm.exists() or not filecmp.cmp(qm, fresh_qm, shallow=False):
                stale.append(f"{qm.relative_to(ROOT)}: not compiled from the .ts; run python tools/update_translations.py")
    print("\n".join(stale) or "translations are up to date")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

"""Write facilitator/store/migrations/schemas.json: the schema each revision creates.

    python tools/update_schemas.py          # after adding a migration
    python tools/update_schemas.py --check  # exit 1 if the file is out of date

A restore accepts only a file whose schema is exactly what our migrations
create at its revision (facilitator/store/identity.py); this file is that
"exactly", built by running the migrations on empty databases, so it is
never typed by hand.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.store import identity, migrate  # noqa: E402


def build() -> str:
    schemas: dict[str, list[list[str | None]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for revision in migrate.revision_chain():
            path = Path(folder) / f"{revision}.sqlite3"
            migrate.upgrade(path, revision)
            conn = sqlite3.connect(path)
            try:
                schemas[revision] = sorted(list(row) for row in identity.schema_of(conn))
            finally:
                conn.close()
    return json.dumps(schemas, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if schemas.json is out of date")
    args = parser.parse_args()
    text = build()
    current = identity.SCHEMAS.read_text(encoding="utf-8") if identity.SCHEMAS.exists() else ""
    if args.check:
        if text != current:
            print(f"{identity.SCHEMAS} is out of date: run python tools/update_schemas.py")
            return 1
        return 0
    identity.SCHEMAS.write_text(text, encoding="utf-8")
    print(f"wrote {identity.SCHEMAS.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

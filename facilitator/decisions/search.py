"""Full-text search over the log (SQLite FTS5), safe against whatever the user types.

People type words, not FTS5 syntax: every word is quoted, so ``AND``, ``"``,
``(``, ``-`` or ``NEAR`` are searched for as text and never raise a syntax
error. A word ending in ``*`` searches as a prefix (``rooster*``). Words are
combined with AND. Accents are folded by the tokenizer (``é`` finds ``e``).
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import CTE, Integer, TextualSelect, text

DOC_BITS = 20  # an FTS rowid is (item no << DOC_BITS) + n; see migration 0003
MAX_TERMS = 16  # a pasted paragraph should not become a 500-term query


def fts_query(user_text: str) -> str | None:
    """The FTS5 MATCH expression for what was typed; None when nothing searchable is left."""
    terms: list[str] = []
    cleaned = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in user_text)  # NUL breaks FTS5
    for word in cleaned.split():
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if not any(ch.isalnum() for ch in word):
            continue  # punctuation alone matches nothing the tokenizer keeps
        quoted = '"' + word.replace('"', '""') + '"'
        terms.append(quoted + ("*" if prefix else ""))
        if len(terms) == MAX_TERMS:
            break
    return " ".join(terms) or None


def hit_numbers() -> TextualSelect:
    """The item numbers of the texts matching the parameter ``match``, for ``no IN (...)``.

    Not DISTINCT: the IN list that SQLite builds from it keeps each number once anyway, and
    the numbers never travel through Python.
    """
    found = text(f"SELECT rowid >> {DOC_BITS} AS no FROM log_fts WHERE log_fts MATCH :match")
    return found.columns(no=Integer)


def hit_count() -> CTE:
    """How many texts match ``match``, as a one-row WITH table ``hit_count(texts)``: counting is the
    cheapest pass over the index (no rowids decoded), and MATERIALIZED runs it once however
    often the statement reads it."""
    counted = text("SELECT count(*) AS texts FROM log_fts WHERE log_fts MATCH :match")
    return counted.columns(texts=Integer).cte("hit_count").prefix_with("MATERIALIZED")

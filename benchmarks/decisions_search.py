"""Decision log at scale: 100,000 decisions with rounds and stances, searched and opened.

Prints
  decisions_search_median: X ms (target ≤ 50 ms)   full-text search through list_decisions()
  decisions_search_floor_median: F ms               the raw FTS5 MATCH finding the same items
  decisions_search_ratio: X/F (target ≤ 1.5)        the search against its floor, timed in turn
  decision_open_median: Y ms (target ≤ 20 ms)      decision_history() of a random item
  stance_save_median: Z ms                          record_stance() in a 40-person round (committed, synchronous=FULL)

The log is written straight into SQLite (one transaction, executemany) with
the FTS triggers of migration 0003 live, so the search index is built the
same way the app builds it. The floor is the cheapest way to find the items a
search lists: ``SELECT DISTINCT rowid >> 20 FROM log_fts WHERE log_fts MATCH ?``
fetched through a bare sqlite3 connection on the same file, timed right after
each search of the same words, so a busy machine slows both alike.
Run: .venv/bin/python benchmarks/decisions_search.py [--decisions N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator import paths  # noqa: E402

CARE_WORDS = ["rota", "weekend", "wound", "care", "insulin", "scanner", "bladder", "tablet", "photo", "consent", "client", "carer", "dementia", "night", "shift", "pairs", "planner", "budget", "training", "student", "mentor", "intake", "nurse", "team", "meeting", "coach", "survey", "letter", "café", "privacy", "folder", "record", "summary", "GP", "evening", "phone", "continuity", "fairness", "workload", "overtime", "holiday", "sickness", "medication", "round", "district", "bicycle", "car", "parking", "keys", "alarm", "fall", "prevention", "compression", "stockings", "catheter", "stoma", "diabetes", "palliative", "hospice", "family", "volunteer", "neighbourhood", "cliënt", "zorg", "wijk", "rooster", "overleg"]
SYLLABLES = ["ba", "be", "bi", "bo", "da", "de", "di", "do", "ka", "ke", "ki", "ko", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to"]


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words = list(CARE_WORDS)
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    rng.shuffle(words)
    return words


class Text:
    """Zipf-distributed words, so some words are everywhere and most are rare, like real minutes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = vocabulary(rng)
        weights = [1 / (rank + 1) for rank in range(len(self.words))]
        self.pool = rng.choices(self.words, weights=weights, k=400_000)
        self.i = 0

    def __call__(self, lo: int, hi: int) -> str:
        n = self.rng.randint(lo, hi)
        self.i = (self.i + n) % (len(self.pool) - 40)
        return " ".join(self.pool[self.i:self.i + n]).capitalize()


def ts(base: dt.datetime, seconds: int) -> str:
    return (base + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S.%f")


def generate(conn: sqlite3.Connection, decisions: int, rng: random.Random) -> None:
    text = Text(rng)
    uid = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))  # noqa: E731
    teams = [(uid(), f"Team {i}") for i in range(20)]
    people = {t: [(uid(), f"{rng.choice(CARE_WORDS).title()} {i}") for i in range(10)] for t, _ in teams}
    t0 = "2020-01-01 09:00:00.000000"
    conn.executemany("INSERT INTO team VALUES (?, ?, 0, NULL, ?)", [(t, n, t0) for t, n in teams])
    conn.executemany("INSERT INTO person VALUES (?, ?, 0, ?)", [(p, n, t0) for ps in people.values() for p, n in ps])
    rows: dict[str, list[tuple[object, ...]]] = {k: [] for k in (
        "meeting", "att", "proposal", "version", "round", "stance", "decision", "revision", "action", "note")}
    start = dt.datetime(2020, 1, 6, 13, 30)
    per_meeting = 4
    for mi in range(decisions // per_meeting):
        team, _ = teams[mi % len(teams)]
        circle = [p for p, _ in people[team][: rng.randint(6, 10)]]
        when = start + dt.timedelta(days=(mi // len(teams)) * 14 // 10)
        mid = uid()
        rows["meeting"].append((mid, team, when.date().isoformat(), "Buurthuis", circle[0], circle[1], "[]", None, ts(when, 0)))
        rows["att"] += [(mid, p, i) for i, p in enumerate(circle)]
        clock = 60
        for item in range(per_meeting):
            pid = uid()
            title = text(3, 7)
            rows["proposal"].append((pid, mid, circle[item % len(circle)], title, item, None, ts(when, clock)))
            versions = [uid()]
            rows["version"].append((versions[0], pid, 1, text(12, 30), text(5, 12), "", "", ts(when, clock + 1),
                                    title))
            rid = uid()
            rows["round"].append((rid, pid, versions[0], 1, "reactions", ts(when, clock + 2), ts(when, clock + 2)))
            rows["stance"] += [(uid(), rid, p, "input", text(6, 15), 0, ts(when, clock + 3), ts(when, clock + 3))
                               for p in rng.sample(circle, 2)]
            objections = rng.random() < 0.3
            for number in range(1, 3 if objections else 2):
                if number == 2:
                    versions.append(uid())
                    rows["version"].append((versions[1], pid, 2, text(12, 30), text(5, 12), text(4, 10), text(4, 10),
                                            ts(when, clock + 4), title))
                rid = uid()
                rows["round"].append((rid, pid, versions[-1], number + 1, "decision", ts(when, clock + 5), ts(when, clock + 5)))
                for p in circle:
                    r = rng.random()
                    value, said = ("objection", text(8, 20)) if objections and number == 1 and r < 0.2 else (
                        ("concern", text(6, 14)) if r < 0.3 else ("consent", ""))
                    rows["stance"].append((uid(), rid, p, value, said, 0, ts(when, clock + 6), ts(when, clock + 6)))
            did = uid()
            outcome = "adopted_after_amendment" if objections else rng.choice(["adopted"] * 8 + ["deferred", "withdrawn"])
            review = (when + dt.timedelta(days=rng.randint(30, 200))).date().isoformat()
            rows["decision"].append((did, pid, outcome, review, 1, ts(when, clock + 7)))
            rows["revision"].append((uid(), did, 1, outcome, text(6, 16), review, "", None, ts(when, clock + 7)))
            for _ in range(rng.randint(0, 2)):
                rows["action"].append((uid(), did, text(4, 9), rng.choice(circle), review, int(rng.random() < 0.6),
                                       None, ts(when, clock + 8)))
            if rng.random() < 0.3:
                rows["note"].append((uid(), mid, pid, None, "note", text(8, 20), ts(when, clock + 9)))
            clock += 600
    sql = {
        "meeting": "INSERT INTO meeting VALUES (?,?,?,?,?,?,?,?,?)",
        "att": "INSERT INTO meeting_attendee VALUES (?,?,?)",
        "proposal": "INSERT INTO proposal VALUES (?,?,?,?,?,?,?)",
        "version": "INSERT INTO proposal_version (id, proposal_id, number, text, purpose, what_changed, why, "
                   "created_at, title) VALUES (?,?,?,?,?,?,?,?,?)",  # the title since migration 0004
        "round": "INSERT INTO consent_round (id, proposal_id, version_id, number, kind, closed_at, created_at) VALUES (?,?,?,?,?,?,?)",
        "stance": "INSERT INTO stance VALUES (?,?,?,?,?,?,?,?)",
        "decision": "INSERT INTO decision VALUES (?,?,?,?,?,?)",
        "revision": "INSERT INTO decision_revision VALUES (?,?,?,?,?,?,?,?,?)",
        "action": "INSERT INTO decision_action VALUES (?,?,?,?,?,?,?,?)",
        "note": "INSERT INTO meeting_note VALUES (?,?,?,?,?,?,?)",
    }
    for key, statement in sql.items():
        conn.executemany(statement, rows[key])
    conn.commit()
    print("  rows: " + ", ".join(f"{k} {len(v):,}" for k, v in rows.items()), flush=True)


def timed(fn: Callable[[Any], object], args: Iterable[Any]) -> list[float]:
    """Milliseconds for fn(arg), for each arg."""
    out = []
    for arg in args:
        t = time.perf_counter()
        fn(arg)
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--decisions", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the generated home and print where it is")
    parser.add_argument("--reuse", metavar="DIR", type=Path, help="measure a home kept by an earlier --keep run")
    args = parser.parse_args()
    home = args.reuse or Path(tempfile.mkdtemp(prefix="facilitator-bench-"))
    os.environ[paths.ENV_HOME] = str(home)
    from sqlalchemy import select

    from facilitator.decisions import meetings, repository
    from facilitator.decisions.history import decision_history
    from facilitator.decisions.queries import PAGE, LogFilter, list_decisions
    from facilitator.decisions.search import DOC_BITS, fts_query
    from facilitator.decisions.tables import Proposal, Team
    from facilitator.store.db import open_database

    rng = random.Random(20260301)
    db = open_database()
    if not args.reuse:
        conn = sqlite3.connect(db.path)
        conn.execute("PRAGMA synchronous=OFF")
        t = time.perf_counter()
        generate(conn, args.decisions, rng)
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # do not leave the app a 1 GB checkpoint to do
        conn.close()
        with open(db.path, "rb+") as fh:  # nor 1 GB of dirty pages for its first fsync to flush
            os.fsync(fh.fileno())
        size = db.path.stat().st_size / 1e6
        print(f"generated {args.decisions:,} decisions in {time.perf_counter() - t:.1f} s ({size:.0f} MB)", flush=True)

    text = Text(random.Random(20260301))  # same vocabulary as the data
    by_rank = text.words
    queries = [by_rank[i] for i in range(40, 400, 12)]  # everyday words, neither everywhere nor unique
    queries += [f"{by_rank[i]} {by_rank[i + 7]}" for i in range(10, 200, 19)]  # two words
    queries += [by_rank[i][:4] + "*" for i in range(50, 300, 50)]  # prefixes
    with db.session() as s:
        teams = list(s.scalars(select(Team.id)))
        proposals = list(s.scalars(select(Proposal.id)))
    raw = sqlite3.connect(db.path)

    def floor(q: str) -> object:
        return raw.execute(f"SELECT DISTINCT rowid >> {DOC_BITS} FROM log_fts WHERE log_fts MATCH ?",
                           (fts_query(q),)).fetchall()

    for q in queries[:5]:
        list_decisions(db, LogFilter(text=q))  # warm the page cache, as a running app would be
        floor(q)
    search: list[float] = []
    floors: list[float] = []
    for q in queries * 3:  # in turn: search, then its floor
        search += timed(lambda q: list_decisions(db, LogFilter(text=q)), [q])
        floors += timed(floor, [q])
    raw.close()
    filtered = timed(lambda qt: list_decisions(db, LogFilter(text=qt[0], team_id=qt[1], outcome="adopted")),
                     zip(queries, teams * 3, strict=False))
    common = timed(lambda q: list_decisions(db, LogFilter(text=q)), [by_rank[0]] * 5)
    hits = statistics.median(len(list_decisions(db, LogFilter(text=q, limit=None))) for q in queries[:10])
    plain = timed(lambda _: list_decisions(db, LogFilter()), range(10))
    opens = timed(lambda pid: decision_history(db, pid), rng.sample(proposals, 300))

    circle = [meetings.add_person(db, f"Member {i}") for i in range(40)]
    meeting = meetings.create_meeting(db, teams[0], dt.date(2026, 3, 1), attendees=circle)
    saves: list[float] = []
    for n in range(5):
        pid = repository.add_proposal(db, meeting, f"Forty-person item {n}", "A concrete proposal")
        rid = repository.start_round(db, pid, "decision")
        turns = [(p, *(("objection", "argued objection") if i % 13 == 5 else ("consent", "")))
                 for i, p in enumerate(circle)]
        saves += timed(lambda turn, rid=rid: repository.record_stance(db, rid, *turn), turns)

    def line(name: str, values: list[float], target: str = "") -> None:
        tail = f" (target ≤ {target} ms)" if target else ""
        print(f"{name}: {statistics.median(values):.1f} ms{tail}   "
              f"[p90 {statistics.quantiles(values, n=10)[-1]:.1f} ms, max {max(values):.1f} ms, n={len(values)}]")

    print(f"search: {len(queries)} queries, median {hits:.0f} matching items each (first page of {PAGE} listed)")
    line("decisions_search_median", search, "50")
    line("decisions_search_floor_median", floors)
    print(f"decisions_search_ratio: {statistics.median(search) / statistics.median(floors):.2f} (target ≤ 1.5)   "
          f"[median of the per-query ratios {statistics.median(a / b for a, b in zip(search, floors, strict=True)):.2f}]")
    line("decisions_search_with_filters_median", filtered)
    line("decisions_search_most_common_word_median", common)
    line("decisions_list_unfiltered_median", plain)
    line("decision_open_median", opens, "20")
    line("stance_save_median", saves)
    db.close()
    if args.keep or args.reuse:
        print(f"home kept at {home}")
    else:
        import shutil

        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

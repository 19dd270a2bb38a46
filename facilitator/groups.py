"""Splitting a room into groups: sizes, random assignment and name lists.

Facilitators count the room and need an answer at once ("23 people in
foursomes?"), so the rule is simple and predictable, and nobody is ever left
alone in a group configuration.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Collection, Iterable

from facilitator import namelists
from facilitator.structures.model import Configuration

__all__ = [
    "MAX_PEOPLE",
    "assign",
    "describe_split",
    "keep_apart_conflicts",
    "read_names",
    "split",
    "target_size",
]

MAX_PEOPLE = 150
_FIXED = (Configuration.PAIRS, Configuration.TRIOS, Configuration.FOURSOMES)


def _configuration(configuration: str | Configuration) -> Configuration:
    try:
        return Configuration(configuration)
    except ValueError:
        known = ", ".join(c.value for c in Configuration)
        raise ValueError(
            f"unknown configuration {configuration!r}; expected one of {known}"
        ) from None


def target_size(configuration: str | Configuration, size: int | None = None) -> int:
    """The group size a configuration aims for (``size`` is needed for small groups).

    Whole group has no fixed size and is reported as 0.
    """
    config = _configuration(configuration)
    if size is not None and (isinstance(size, bool) or not isinstance(size, int)):
        raise ValueError(f"group size must be a whole number, not {size!r}")
    if config is Configuration.SMALL_GROUPS:
        if size is None:
            raise ValueError("small groups need a group size (for example 5)")
        if size < 2:
            raise ValueError(f"small groups need a size of 2 or more, not {size}")
        return size
    if config is Configuration.WHOLE_GROUP:
        if size is not None:
            raise ValueError("the whole group takes no group size")
        return 0
    fixed = config.size
    assert fixed is not None
    if size is not None and size != fixed:
        raise ValueError(f"{config.label.lower()} are groups of {fixed}, not {size}")
    return fixed


def split(count: int, configuration: str | Configuration, size: int | None = None) -> list[int]:
    """Group sizes for ``count`` people, largest first; they add up to ``count``.

    With target size t, form count // t groups, leaving r people over. If
    r ≤ (t + 1) / 2 they join r groups (a few groups one bigger); otherwise they
    start one more group, topped up with one person from other groups, so t − r
    groups are one short. Either way every group is within one of t and the
    fewest seats are out of place: 23 in foursomes → 5 foursomes and 1 trio
    (not 3 fives); 23 in trios → 5 trios and 2 foursomes (not a lone pair);
    7 in pairs → 2 pairs and 1 trio. Groups of 1 never appear outside "alone".
    Where no split keeps every group within one of t (2 people in foursomes,
    27 in groups of 12) the groups are even and as close to t as possible,
    fewer and bigger on a tie: [2], [14, 13].
    """
    config = _configuration(configuration)
    target = target_size(config, size)
    if isinstance(count, bool) or not isinstance(count, int):
        raise ValueError(f"the number of people must be a whole number, not {count!r}")
    if count < 1:
        raise ValueError(f"cannot split {count} people into groups; there must be at least 1")
    if config is Configuration.ALONE:
        return [1] * count
    if config is Configuration.WHOLE_GROUP:
        return [count]
    if count == 1:
        raise ValueError(f"{config.label.lower()} need at least 2 people; 1 person would be alone")
    return _balanced(count, target)


def _balanced(count: int, target: int) -> list[int]:
    groups, left_over = divmod(count, target)
    if left_over == 0:
        return [target] * groups
    short_groups = target - left_over
    spread = [target + 1] * left_over + [target] * (groups - left_over)
    short = [target] * (groups + 1 - short_groups) + [target - 1] * short_groups
    spread_fits = groups >= left_over
    short_fits = target - 1 >= 2 and groups + 1 >= short_groups
    options = [(spread, spread_fits), (short, short_fits)]
    if 2 * left_over > target + 1:
        options.reverse()
    for sizes, fits in options:
        if fits:
            return sizes
    # No split within one of the target exists (27 people in groups of 12, or
    # 2 in foursomes): even groups, as close to the target as they can be.
    best = min(range(1, count // 2 + 1), key=lambda g: (_deviation(count, g, target), g))
    return _even(count, best)


def _even(count: int, groups: int) -> list[int]:
    base, bigger = divmod(count, groups)
    return [base + 1] * bigger + [base] * (groups - bigger)


def _deviation(count: int, groups: int, target: int) -> int:
    sizes = _even(count, groups)
    return max(abs(sizes[0] - target), abs(sizes[-1] - target))


_NOUNS = {2: ("pair", "pairs"), 3: ("trio", "trios"), 4: ("foursome", "foursomes")}


def describe_split(sizes: Iterable[int], configuration: str | Configuration) -> str:
    """Say a split the way a facilitator would: '5 foursomes and 1 trio'."""
    config = _configuration(configuration)
    sizes = list(sizes)
    if not sizes or any(isinstance(s, bool) or not isinstance(s, int) or s < 1 for s in sizes):
        raise ValueError(f"not a split into groups: {sizes!r}")
    if config is Configuration.WHOLE_GROUP and len(sizes) == 1:
        return f"1 whole group of {sizes[0]}"
    if config is Configuration.ALONE and set(sizes) == {1}:
        return "1 person alone" if len(sizes) == 1 else f"{len(sizes)} people alone"
    counts = Counter(sizes)
    parts = []
    for group_size, number in sorted(counts.items(), key=lambda pair: (-pair[1], -pair[0])):
        named = config in _FIXED and group_size in _NOUNS
        if named:
            noun = _NOUNS[group_size][number != 1]
        else:
            noun = f"group{'s' if number != 1 else ''} of {group_size}"
        parts.append(f"{number} {noun}")
    if len(parts) == 1:
        return parts[0]
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


# -- random assignment --------------------------------------------------------

# Restarts and moves per person for the keep-apart search: ample for rooms up
# to MAX_PEOPLE, and bounded, so an impossible request still answers at once.
_ATTEMPTS = 6
_MOVES_PER_PERSON = 6


def assign(
    names: Iterable[str],
    configuration: str | Configuration,
    size: int | None = None,
    seed: int | str | None = None,
    keep_apart: Iterable[Collection[str]] | None = None,
) -> list[list[str]]:
    """Put people into random groups sized by ``split()`` (same order of groups).

    The same ``seed`` gives the same groups, so a facilitator can reprint
    them. ``keep_apart`` lists sets of people who should not share a group
    (a manager and their team); it is honoured whenever the search finds a
    way, otherwise the result has as few such meetings as it could find
    (check with ``keep_apart_conflicts``). Names not in ``names`` are ignored.
    """
    people = list(names)
    if len(people) > MAX_PEOPLE:
        raise ValueError(f"{len(people)} names is more than the limit of {MAX_PEOPLE}")
    repeated = sorted(name for name, n in Counter(people).items() if n > 1)
    if repeated:
        raise ValueError(f"names must be distinct; repeated: {', '.join(repeated)}")
    sizes = split(len(people), configuration, size)
    rng = random.Random(seed)
    rules = _rules(people, keep_apart)
    if rules:
        groups = _seat_apart(sizes, rules, rng)
    else:
        order = list(range(len(people)))
        rng.shuffle(order)
        groups = []
        for group_size in sizes:
            groups.append(order[:group_size])
            order = order[group_size:]
    return [[people[i] for i in group] for group in groups]


def keep_apart_conflicts(
    groups: Iterable[Iterable[str]], keep_apart: Iterable[Collection[str]]
) -> list[tuple[str, str]]:
    """Pairs of people sharing a group although a keep-apart set separates them."""
    sets = [set(members) for members in keep_apart]
    found: set[tuple[str, str]] = set()
    for group in groups:
        members = list(group)
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                if any(first in s and second in s for s in sets):
                    found.add((first, second) if first <= second else (second, first))
    return sorted(found)


def _rules(people: list[str], keep_apart: Iterable[Collection[str]] | None) -> list[list[int]]:
    """For each person (by index), the keep-apart sets they belong to; [] if none matter."""
    membership: list[list[int]] = [[] for _ in people]
    for rule, members in enumerate(keep_apart or ()):
        present = [i for i, name in enumerate(people) if name in members]
        if len(present) > 1:
            for i in present:
                membership[i].append(rule)
    return membership if any(membership) else []


class _Seating:
    """Groups being filled, with a count per group of each keep-apart set's members.

    The counts make the cost of a move a few additions, so the search can try
    every swap for a troubled person.
    """

    def __init__(self, sizes: list[int], rules: list[list[int]]) -> None:
        self.sizes = sizes
        self.rules = rules
        self.groups: list[list[int]] = [[] for _ in sizes]
        self.counts: list[Counter[int]] = [Counter() for _ in sizes]
        self.cost = 0  # pairs sharing a group that should not

    def free(self, g: int) -> int:
        return self.sizes[g] - len(self.groups[g])

    def meets(self, person: int, g: int) -> int:
        """How many people ``person`` should avoid are in group g (not counting themself)."""
        return sum(self.counts[g][r] for r in self.rules[person])

    def add(self, person: int, g: int) -> None:
        self.cost += self.meets(person, g)
        self.groups[g].append(person)
        self.counts[g].update(self.rules[person])

    def swap_change(self, g: int, i: int, h: int, j: int) -> int:
        """Change in cost if person i of group g and person j of group h swap."""
        p, q = self.groups[g][i], self.groups[h][j]
        rules_p, rules_q = self.rules[p], self.rules[q]
        leaving = self.meets(p, g) - len(rules_p) + self.meets(q, h) - len(rules_q)
        joining = sum(self.counts[g][r] - (r in rules_p) for r in rules_q) + sum(
            self.counts[h][r] - (r in rules_q) for r in rules_p
        )
        return joining - leaving

    def swap(self, g: int, i: int, h: int, j: int) -> None:
        self.cost += self.swap_change(g, i, h, j)
        p, q = self.groups[g][i], self.groups[h][j]
        self.groups[g][i], self.groups[h][j] = q, p
        self.counts[g].subtract(self.rules[p])
        self.counts[g].update(self.rules[q])
        self.counts[h].subtract(self.rules[q])
        self.counts[h].update(self.rules[p])


def _least_possible(sizes: list[int], rules: list[list[int]]) -> int:
    """A floor on the cost: each set spread as evenly as the number of groups allows."""
    groups = len(sizes)
    total = 0
    for members in Counter(r for person in rules for r in person).values():
        each, extra = divmod(members, groups)
        total += extra * (each + 1) * each // 2 + (groups - extra) * each * (each - 1) // 2
    return total


def _seat_apart(sizes: list[int], rules: list[list[int]], rng: random.Random) -> list[list[int]]:
    """Greedy seating of the constrained people, then swaps that reduce meetings.

    Stops as soon as no set could be spread better; restarts from a fresh
    shuffle when stuck, and keeps the best seating found.
    """
    floor = _least_possible(sizes, rules)
    best: list[list[int]] = []
    best_cost = -1
    for _ in range(_ATTEMPTS):
        seating = _greedy(sizes, rules, rng)
        groups, cost = _improve(seating, rng, floor)
        if best_cost < 0 or cost < best_cost:
            best, best_cost = groups, cost
        if best_cost <= floor:
            break
    return best


def _greedy(sizes: list[int], rules: list[list[int]], rng: random.Random) -> _Seating:
    """Deal members of each keep-apart set round the groups, then fill up at random."""
    seating = _Seating(sizes, rules)
    order = list(range(len(rules)))
    rng.shuffle(order)
    set_sizes = Counter(r for person in rules for r in person)
    constrained = sorted(
        (p for p in order if rules[p]),
        key=lambda p: (-max(set_sizes[r] for r in rules[p]), min(rules[p])),
    )
    group_order = list(range(len(sizes)))
    for person in constrained:
        rng.shuffle(group_order)  # random choice among equally good groups
        open_groups = [g for g in group_order if seating.free(g)]
        g = min(open_groups, key=lambda g: (seating.meets(person, g), -seating.free(g)))
        seating.add(person, g)
    g = 0
    for person in (p for p in order if not rules[p]):
        while not seating.free(g):
            g += 1
        seating.add(person, g)
    return seating


def _improve(seating: _Seating, rng: random.Random, floor: int) -> tuple[list[list[int]], int]:
    """Swap troubled people to where they meet fewer of their set; sideways moves allowed."""
    best = [list(group) for group in seating.groups]
    best_cost = seating.cost
    groups = seating.groups
    for _ in range(_MOVES_PER_PERSON * len(seating.rules)):
        if seating.cost <= floor:
            break
        troubled = [
            (g, i)
            for g, group in enumerate(groups)
            for i, person in enumerate(group)
            if seating.rules[person] and seating.meets(person, g) > len(seating.rules[person])
        ]
        g, i = rng.choice(troubled)
        least: int | None = None
        moves: list[tuple[int, int]] = []
        for h, other in enumerate(groups):
            if h == g:
                continue
            for j in range(len(other)):
                change = seating.swap_change(g, i, h, j)
                if least is None or change < least:
                    least, moves = change, [(h, j)]
                elif change == least:
                    moves.append((h, j))
        if least is None or least > 0:
            break
        seating.swap(g, i, *rng.choice(moves))
        if seating.cost < best_cost:
            best, best_cost = [list(group) for group in groups], seating.cost
    return best, best_cost


# -- name lists (read by facilitator.namelists) ---------------------------------


def read_names(path: str | os.PathLike[str]) -> list[str]:
    """Names from a text or CSV file, at most MAX_PEOPLE; see facilitator.namelists.read_names."""
    return namelists.read_names(path, MAX_PEOPLE)

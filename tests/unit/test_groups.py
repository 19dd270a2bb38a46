"""Group splits, random assignment and name lists."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.groups import (
    MAX_PEOPLE,
    assign,
    describe_split,
    keep_apart_conflicts,
    read_names,
    split,
    target_size,
)
from facilitator.structures.model import Configuration

FIXED = {"pairs": 2, "trios": 3, "foursomes": 4}
SMALL_SIZES = range(2, 13)


# -- split: the examples facilitators know ----------------------------------------------


@pytest.mark.parametrize(
    ("count", "configuration", "size", "sizes", "said"),
    [
        (23, "trios", None, [4, 4, 3, 3, 3, 3, 3], "5 trios and 2 foursomes"),
        (23, "foursomes", None, [4, 4, 4, 4, 4, 3], "5 foursomes and 1 trio"),
        (7, "pairs", None, [3, 2, 2], "2 pairs and 1 trio"),
        (24, "foursomes", None, [4] * 6, "6 foursomes"),
        (22, "foursomes", None, [5, 5, 4, 4, 4], "3 foursomes and 2 groups of 5"),
        (21, "foursomes", None, [5, 4, 4, 4, 4], "4 foursomes and 1 group of 5"),
        (10, "trios", None, [4, 3, 3], "2 trios and 1 foursome"),
        (5, "trios", None, [3, 2], "1 trio and 1 pair"),
        (12, "pairs", None, [2] * 6, "6 pairs"),
        (21, "small-groups", 5, [6, 5, 5, 5], "3 groups of 5 and 1 group of 6"),
        (24, "small-groups", 5, [5, 5, 5, 5, 4], "4 groups of 5 and 1 group of 4"),
        (33, "small-groups", 8, [9, 8, 8, 8], "3 groups of 8 and 1 group of 9"),
        (37, "small-groups", 8, [8, 8, 7, 7, 7], "3 groups of 7 and 2 groups of 8"),
        (101, "whole-group", None, [101], "1 whole group of 101"),
        (3, "alone", None, [1, 1, 1], "3 people alone"),
    ],
)
def test_split_examples(
    count: int, configuration: str, size: int | None, sizes: list[int], said: str
) -> None:
    assert split(count, configuration, size) == sizes
    assert describe_split(sizes, configuration) == said


@pytest.mark.parametrize(
    ("count", "configuration", "sizes"),
    [
        (2, "foursomes", [2]),  # too few for a foursome: everyone together, nobody alone
        (3, "foursomes", [3]),
        (5, "foursomes", [5]),
        (6, "foursomes", [3, 3]),
        (7, "foursomes", [4, 3]),
        (2, "trios", [2]),
        (4, "trios", [4]),
        (3, "pairs", [3]),
        (2, "pairs", [2]),
        (1, "alone", [1]),
        (1, "whole-group", [1]),
    ],
)
def test_small_rooms(count: int, configuration: str, sizes: list[int]) -> None:
    assert split(count, configuration) == sizes


def test_small_groups_bigger_than_the_room_are_one_group() -> None:
    assert split(5, "small-groups", 12) == [5]


def test_configuration_may_be_the_enum() -> None:
    assert split(9, Configuration.TRIOS) == [3, 3, 3]
    assert describe_split([3, 3, 3], Configuration.TRIOS) == "3 trios"
    assert target_size(Configuration.FOURSOMES) == 4
    assert target_size("small-groups", 6) == 6
    assert target_size("whole-group") == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0, "pairs"), "at least 1"),
        ((-3, "trios"), "at least 1"),
        ((1, "pairs"), "1 person would be alone"),
        ((10, "circles"), "unknown configuration 'circles'"),
        ((10, "small-groups"), "need a group size"),
        ((10, "small-groups", 1), "size of 2 or more"),
        ((10, "small-groups", 0), "size of 2 or more"),
        ((10, "trios", 4), "groups of 3, not 4"),
        ((10, "whole-group", 10), "no group size"),
        ((10, "small-groups", 2.5), "whole number"),
        ((True, "pairs"), "whole number"),
        ((10.0, "pairs"), "whole number"),
    ],
)
def test_split_errors_say_what_is_wrong(args: tuple, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        split(*args)


def test_a_matching_size_for_a_fixed_configuration_is_fine() -> None:
    assert split(9, "trios", 3) == [3, 3, 3]


# -- split: every room from 3 to 150 ----------------------------------------------------


def _reference(count: int, target: int) -> list[int] | None:
    """Brute force: of all splits into groups within one of the target (never
    of 1), the one with the fewest seats out of place, counted relative to each
    group's size (Σ|size − target| / size); on a tie, fewer (bigger) groups.
    None when no such split exists."""
    short = target - 1 if target - 1 >= 2 else None
    best: tuple[tuple[int, int], list[int]] | None = None
    for a in range(count // short + 1 if short else 1):
        for c in range(count // (target + 1) + 1):
            rest = count - a * (short or 0) - c * (target + 1)
            if rest < 0 or rest % target:
                continue
            b = rest // target
            if a + b + c == 0:
                continue
            # a/(t-1) + c/(t+1), scaled to whole numbers by (t-1)(t+1)
            cost = a * (target + 1) + c * (target - 1)
            key = (cost, a + b + c)
            sizes = [target + 1] * c + [target] * b + [target - 1] * a
            if best is None or key < best[0]:
                best = (key, sizes)
    return best[1] if best else None


def _check(count: int, configuration: str, size: int | None) -> None:
    sizes = split(count, configuration, size)
    assert sum(sizes) == count, "everyone is in exactly one group"
    assert sizes == sorted(sizes, reverse=True)
    if configuration == "alone":
        assert sizes == [1] * count
        return
    if configuration == "whole-group":
        assert sizes == [count]
        return
    target = size or FIXED[configuration]
    assert 1 not in sizes, "nobody alone in a group configuration"
    reference = _reference(count, target)
    if reference is None:
        # Nothing fits within one: even groups, the closest to the target possible.
        assert max(sizes) - min(sizes) <= 1
        deviation = max(abs(s - target) for s in sizes)
        for groups in range(1, count // 2 + 1):
            base, extra = divmod(count, groups)
            other = [base + 1] * extra + [base] * (groups - extra)
            assert max(abs(s - target) for s in other) >= deviation
    else:
        assert all(abs(s - target) <= 1 for s in sizes), "every group within one of the target"
        assert max(sizes) - min(sizes) <= 1
        assert sizes == reference


def _cases() -> list[tuple[str, int | None]]:
    return [(c, None) for c in ("alone", "pairs", "trios", "foursomes", "whole-group")] + [
        ("small-groups", size) for size in SMALL_SIZES
    ]


@pytest.mark.parametrize(("configuration", "size"), _cases())
def test_every_room_from_3_to_150(configuration: str, size: int | None) -> None:
    for count in range(3, MAX_PEOPLE + 1):
        _check(count, configuration, size)


def test_pairs_trios_and_foursomes_always_fit_within_one() -> None:
    for configuration, target in FIXED.items():
        for count in range(2, MAX_PEOPLE + 1):
            sizes = split(count, configuration)
            if (configuration, count) != ("foursomes", 2):
                assert all(abs(s - target) <= 1 for s in sizes), (configuration, count)


@pytest.mark.parametrize(
    ("count", "size", "sizes"),
    [(27, 12, [14, 13]), (14, 12, [14]), (40, 12, [14, 13, 13]), (5, 12, [5]), (2, 4, [2])],
)
def test_when_nothing_fits_within_one_groups_are_even_and_close(
    count: int, size: int, sizes: list[int]
) -> None:
    assert split(count, "small-groups", size) == sizes


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=3, max_value=MAX_PEOPLE),
    st.sampled_from(_cases()),
)
def test_split_properties(count: int, case: tuple[str, int | None]) -> None:
    _check(count, *case)


# -- describe_split ---------------------------------------------------------------------


def test_describe_split_wording() -> None:
    assert describe_split([1], "alone") == "1 person alone"
    assert describe_split([2], "pairs") == "1 pair"
    assert describe_split([5, 5, 4], "small-groups") == "2 groups of 5 and 1 group of 4"
    assert describe_split([4, 4], "small-groups") == "2 groups of 4"
    assert describe_split([4, 3, 2], "trios") == "1 foursome, 1 trio and 1 pair"
    assert describe_split([3, 3], "whole-group") == "2 groups of 3"
    with pytest.raises(ValueError):
        describe_split([], "pairs")
    with pytest.raises(ValueError):
        describe_split([3, 0], "pairs")
    with pytest.raises(ValueError, match="unknown configuration"):
        describe_split([3], "huddles")


# -- assign --------------------------------------------------------------------------------


def people(count: int) -> list[str]:
    return [f"Person {i}" for i in range(1, count + 1)]


def test_assign_puts_everyone_in_one_group_of_the_split_sizes() -> None:
    names = people(23)
    groups = assign(names, "foursomes", seed=1)
    assert [len(g) for g in groups] == split(23, "foursomes")
    assert sorted(n for g in groups for n in g) == sorted(names)


def test_assign_is_reproducible_with_a_seed() -> None:
    names = people(40)
    assert assign(names, "trios", seed=7) == assign(names, "trios", seed=7)
    assert assign(names, "trios", seed=7) != assign(names, "trios", seed=8)
    assert assign(names, "trios", seed="Monday") == assign(names, "trios", seed="Monday")


def test_assign_small_groups_alone_and_whole_group() -> None:
    names = people(17)
    assert [len(g) for g in assign(names, "small-groups", 5, seed=1)] == [6, 6, 5]
    assert sorted(len(g) for g in assign(names, "alone", seed=1)) == [1] * 17
    assert [len(g) for g in assign(names, "whole-group", seed=1)] == [17]


def test_keep_apart_is_honoured() -> None:
    names = people(20)
    manager_and_team = {"Person 1", "Person 2", "Person 3", "Person 4", "Person 5"}
    couple = {"Person 6", "Person 7"}
    for seed in range(30):
        groups = assign(names, "foursomes", seed=seed, keep_apart=[manager_and_team, couple])
        assert keep_apart_conflicts(groups, [manager_and_team, couple]) == []
        for group in groups:
            assert len(manager_and_team & set(group)) <= 1
            assert len(couple & set(group)) <= 1


def test_keep_apart_with_many_and_overlapping_sets() -> None:
    names = people(150)
    teams = [set(names[i : i + 10]) for i in range(0, 150, 10)]  # 15 teams of 10
    leads = {names[i] for i in range(0, 110, 10)} | {names[5]}  # 12 people across 11 teams
    for seed in range(5):
        groups = assign(names, "small-groups", 12, seed=seed, keep_apart=[*teams, leads])
        assert keep_apart_conflicts(groups, [*teams, leads]) == []
    trios = assign(people(30), "trios", seed=1, keep_apart=[set(people(30)[:10])])
    assert keep_apart_conflicts(trios, [set(people(30)[:10])]) == []


def test_keep_apart_does_its_best_when_impossible() -> None:
    names = people(8)
    everyone_apart = [set(names[:6])]  # six people, two foursomes: at least 3 + 3 meet
    groups = assign(names, "foursomes", seed=3, keep_apart=everyone_apart)
    assert sorted(len(set(names[:6]) & set(g)) for g in groups) == [3, 3]
    assert len(keep_apart_conflicts(groups, everyone_apart)) == 6


def test_keep_apart_ignores_people_not_here() -> None:
    names = people(6)
    groups = assign(names, "pairs", seed=2, keep_apart=[{"Person 1", "Absent"}, {"Nobody"}])
    assert sorted(n for g in groups for n in g) == sorted(names)


def test_keep_apart_conflicts_lists_each_pair_once() -> None:
    groups = [["Ann", "Bo", "Cy"], ["Di", "Ed"]]
    rules = [{"Ann", "Bo", "Cy"}, {"Bo", "Ann"}, {"Di", "Zed"}]
    assert keep_apart_conflicts(groups, rules) == [("Ann", "Bo"), ("Ann", "Cy"), ("Bo", "Cy")]


def test_assign_refuses_repeats_and_crowds() -> None:
    with pytest.raises(ValueError, match="repeated: Sam"):
        assign(["Sam", "Alex", "Sam"], "pairs")
    with pytest.raises(ValueError, match="limit of 150"):
        assign(people(151), "trios")
    with pytest.raises(ValueError, match="at least 1"):
        assign([], "trios")
    assert len(assign(people(150), "trios", seed=0)) == 50


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=3, max_value=MAX_PEOPLE),
    st.sampled_from(_cases()),
    st.integers(min_value=0, max_value=2**32),
    st.data(),
)
def test_assign_properties(
    count: int, case: tuple[str, int | None], seed: int, data: st.DataObject
) -> None:
    configuration, size = case
    names = people(count)
    sizes = split(count, configuration, size)
    # Disjoint pairs to keep apart can always be honoured when there are two groups or more.
    shuffled = data.draw(st.permutations(names))
    pairs = [
        set(shuffled[i : i + 2]) for i in range(0, data.draw(st.integers(0, count // 2)) * 2, 2)
    ]
    groups = assign(names, configuration, size, seed=seed, keep_apart=pairs)
    assert [len(g) for g in groups] == sizes
    assert sorted(n for g in groups for n in g) == sorted(names)
    assert groups == assign(names, configuration, size, seed=seed, keep_apart=pairs)
    if len(sizes) >= 2:
        assert keep_apart_conflicts(groups, pairs) == []


# -- read_names ------------------------------------------------------------------------------


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def test_plain_text_one_name_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, "names.txt", "Ann\r\n\r\n  Bo Li  \n\tCy\n\n")
    assert read_names(path) == ["Ann", "Bo Li", "Cy"]
    assert read_names(str(path)) == ["Ann", "Bo Li", "Cy"]


def test_commas_in_a_text_file_are_part_of_the_name(tmp_path: Path) -> None:
    assert read_names(write(tmp_path, "names.txt", "Smith, Anna\nJosé Núñez\n")) == [
        "Smith, Anna",
        "José Núñez",
    ]


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "names.txt", codecs.BOM_UTF8 + "Zoë\nÅsa\n".encode())
    assert read_names(path) == ["Zoë", "Åsa"]


def test_utf16_from_excel_unicode_text(tmp_path: Path) -> None:
    path = write(tmp_path, "names.txt", "Zoë\r\nÅsa\r\n".encode("utf-16"))
    assert read_names(path) == ["Zoë", "Åsa"]


def test_duplicates_are_made_distinct(tmp_path: Path) -> None:
    path = write(tmp_path, "names.txt", "Sam\nAlex\nSam\nsam\nSam (2)\nSam\n")
    assert read_names(path) == ["Sam", "Alex", "Sam (3)", "sam (4)", "Sam (2)", "Sam (5)"]


def test_csv_first_column(tmp_path: Path) -> None:
    path = write(tmp_path, "list.csv", 'Ann,ann@example.org\n"Smith, Bo",bo@example.org\n\nCy\n')
    assert read_names(path) == ["Ann", "Smith, Bo", "Cy"]


def test_csv_name_column(tmp_path: Path) -> None:
    content = "Email;Name;Team\nann@x;Ann;A\nbo@x;;B\ncy@x;Cy Li;C\n"
    assert read_names(write(tmp_path, "list.csv", content)) == ["Ann", "Cy Li"]
    content = "email,name\nann@x,Ann\n"
    assert read_names(write(tmp_path, "lower.csv", content)) == ["Ann"]


def test_csv_first_and_last_name_columns(tmp_path: Path) -> None:
    content = "First Name,Last Name,Email\nAnn,Lee,a@x\nBo,,b@x\n"
    assert read_names(write(tmp_path, "eventbrite.csv", content)) == ["Ann Lee", "Bo"]


def test_tsv(tmp_path: Path) -> None:
    assert read_names(write(tmp_path, "list.tsv", "Name\tRole\nAnn\tChair\n")) == ["Ann"]


def test_csv_with_bom_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path, "excel.csv", codecs.BOM_UTF8 + b"Name,Dept\r\nAnn,Ops\r\nBo,HR\r\n")
    assert read_names(path) == ["Ann", "Bo"]


def test_empty_files_are_refused(tmp_path: Path) -> None:
    for name, content in [("empty.txt", ""), ("blank.txt", "\n  \n\t\n"), ("head.csv", "Name\n")]:
        path = write(tmp_path, name, content)
        with pytest.raises(ValueError, match=f"{name}: no names found"):
            read_names(path)


def test_binary_files_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "names.xlsx", b"PK\x03\x04\x00\x00binary")
    with pytest.raises(ValueError, match=r"names.xlsx, line 1: this looks like a binary file"):
        read_names(path)


def test_other_encodings_are_refused_naming_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Ann\nBo\nJosé\n".encode("latin-1"))
    with pytest.raises(ValueError, match=r"latin.txt, line 3: not UTF-8"):
        read_names(path)


def test_more_than_150_names_is_refused_naming_the_line(tmp_path: Path) -> None:
    lines = "\n".join(f"Person {i}" for i in range(1, 152))
    path = write(tmp_path, "crowd.txt", "Header-free list\n\n" + lines)
    with pytest.raises(ValueError, match=r"crowd.txt, line 152: more than 150 names"):
        read_names(path)
    path = write(tmp_path, "full.txt", "\n".join(f"Person {i}" for i in range(1, 151)))
    assert len(read_names(path)) == 150


def test_unreadable_files_raise_oserror_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="missing.txt"):
        read_names(tmp_path / "missing.txt")
    with pytest.raises(OSError):
        read_names(tmp_path)


_name_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
    ),
    min_size=0,
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_name_text, min_size=1, max_size=MAX_PEOPLE))
def test_read_names_round_trips_text(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str]
) -> None:
    path = tmp_path_factory.mktemp("names") / "names.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    expected = [line.strip() for line in lines if line.strip()]
    if not expected:
        with pytest.raises(ValueError, match="no names"):
            read_names(path)
        return
    names = read_names(path)
    assert len(names) == len(expected)
    assert len({n.casefold() for n in names}) == len(names), "everyone can be told apart"
    for name, original in zip(names, expected, strict=True):
        assert name == original or name.startswith(f"{original} (")


def test_assign_leaves_the_global_random_state_alone() -> None:
    random.seed(1)
    expected = random.random()
    random.seed(1)
    assign(people(30), "trios", keep_apart=[{"Person 1", "Person 2"}])
    assert random.random() == expected

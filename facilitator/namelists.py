"""Names of the people in a room, read from a text or CSV file someone made.

The file is the facilitator's (a sign-up sheet exported from a spreadsheet),
so every way it can be wrong gets one line naming the file and the line:
binary, not UTF-8, control characters in a name (they would reach the
terminal or a printed list), too many names, too big, or not a file at all.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from pathlib import Path

from facilitator.inputs import NAMES_FILE, read_capped
from facilitator.terminal import first_control_char

_NAME_HEADERS = {"name", "names", "full name", "participant", "participants"}
_FIRST_HEADERS = {"first name", "firstname", "given name"}
_LAST_HEADERS = {"last name", "lastname", "surname", "family name"}


def read_names(path: str | os.PathLike[str], most: int) -> list[str]:
    """Names from a text file (one a line) or a CSV file (.csv/.tsv).

    A CSV uses its "name" column if it has one (or "first name" + "last
    name"), else its first column. Blank lines are skipped and repeated names
    made distinct ("Sam", "Sam (2)") so everyone can be told apart. Raises
    ValueError naming the file (and line) for a binary or undecodable file,
    a name with control characters (they would be printed on a terminal or a
    list), one with no names, or more than ``most``; also for a file that is
    not a regular file or is over NAMES_FILE's limit (InputFileError, read
    capped, so a FIFO or /dev/zero cannot hang or fill memory).
    """
    file = Path(path)
    data = read_capped(file, NAMES_FILE)
    text = _decode(file, data)
    is_csv = file.suffix.lower() in (".csv", ".tsv")
    rows = _csv_names(file, text) if is_csv else _line_names(text)
    _refuse_control_chars(file, rows)
    taken = {name.casefold() for _, name in rows}
    seen: set[str] = set()
    names: list[str] = []
    for line, name in rows:
        if len(names) == most:
            raise ValueError(
                f"{file}, line {line}: more than {most} names (the most one session can split)"
            )
        if name.casefold() in seen:
            number = 2
            while f"{name} ({number})".casefold() in seen | taken:
                number += 1
            name = f"{name} ({number})"
        seen.add(name.casefold())
        names.append(name)
    if not names:
        raise ValueError(f"{file}: no names found (the file is empty or has only blank lines)")
    return names


def _refuse_control_chars(file: Path, rows: list[tuple[int, str]]) -> None:
    for line, name in rows:
        found = first_control_char(name)
        if found:
            raise ValueError(f"{file}, line {line}: a name contains a control character ({found}); "
                             "remove it and try again")


def _decode(file: Path, data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError(f"{file}: damaged UTF-16 text") from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ValueError(
            f"{file}, line {line}: this looks like a "
            "binary file (a spreadsheet or document?), not text; save it as CSV or plain text"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ValueError(
            f"{file}, line {line}: not UTF-8 text; save the list as UTF-8 "
            "(or as CSV UTF-8 from a spreadsheet)"
        ) from None


def _line_names(text: str) -> list[tuple[int, str]]:
    rows = []
    for number, line in enumerate(text.split("\n"), start=1):
        name = line.strip()
        if name:
            rows.append((number, name))
    return rows


def _csv_names(file: Path, text: str) -> list[tuple[int, str]]:
    if file.suffix.lower() == ".tsv":
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, str]] = []
    columns: list[int] | None = None
    try:
        for row in reader:
            cells = [cell.strip() for cell in row]
            if not any(cells):
                continue
            if columns is None:
                columns = _header_columns(cells)
                if columns:
                    continue
                columns = [0]
            name = " ".join(cells[c] for c in columns if c < len(cells) and cells[c])
            if name:
                rows.append((reader.line_num, name))
    except csv.Error as error:
        raise ValueError(f"{file}, line {reader.line_num}: not readable as CSV ({error})") from None
    return rows


def _header_columns(cells: list[str]) -> list[int]:
    """The name column(s) if this row is a header naming them, else []."""
    folded = [cell.casefold() for cell in cells]
    for index, cell in enumerate(folded):
        if cell in _NAME_HEADERS:
            return [index]
    first = [i for i, cell in enumerate(folded) if cell in _FIRST_HEADERS]
    last = [i for i, cell in enumerate(folded) if cell in _LAST_HEADERS]
    if first and last:
        return [first[0], last[0]]
    return []

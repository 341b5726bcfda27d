"""TOML 1.0 as tomllib reads it, for the registry and the ledger: what tomllib refuses is refused,
with its line and column and its message in the language of the run (:func:`toml_message`).

A large text is read by rtoml, several times faster, once a search has found none of the TOML
1.1 syntax rtoml accepts beyond TOML 1.0; Python's own limits met reading a value (an integer
of thousands of digits, arrays nested a thousand deep) are told as tomllib tells its errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cluster_cli.errors import InputFileError
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import read_back, say
from cluster_cli.text import shown

if TYPE_CHECKING:
    import re
    from collections.abc import Iterator


# A string closed on its line. A """ or ''' opens one that need not be: not taken here.
_ONE_LINE_STRING = r""""(?!"")(?:[^"\\\n]++|\\.)*+"|'(?!'')[^'\n]*+'"""


def _inline_table_rest(depth: int) -> str:
    """What follows the ``{`` of an inline table closed on its line, as TOML 1.0 has it: a
    brace inside a string does not count, a comment cannot be there, and tables inside are
    nested ``depth`` deep at most (``re`` has no recursion: a deeper one is not taken here).
    Possessive loops: a table that does not close fails at once, whatever its length."""
    inner = r"|\{" + _inline_table_rest(depth - 1) if depth > 1 else ""
    return r"(?:[^{}\"'\n#]++|" + _ONE_LINE_STRING + inner + r")*+\}"


# rtoml reads TOML 1.1, which TOML 1.0 (tomllib, and most other tools) refuses: a comma
# before `}`, an inline table over several lines (or holding a comment), `\e` and `\x`
# escapes, a time without seconds. A large text that may show any of them is left to
# tomllib. Every `{` must open a table closed on its line: one in a string or a comment that
# does not is a false alarm, which costs time, never a wrong answer. C-speed searches, 15 ms
# for 10,000 goals.
_TOML_11 = r",\s*\}|\{(?!" + _inline_table_rest(4) + r")|\\[ex]|:\d\d(?![:\d])"
# Below this size tomllib itself reads the file: at most ~35 ms, and no rtoml import to pay.
TOMLLIB_BELOW = 64 * 1024


def parse_toml(text: str, name: str) -> dict[str, Any]:
    """Parse as TOML 1.0, with tomllib's messages ("Invalid value (at line 3, column 9)").

    tomllib, the standard library's parser, reads small files. A large registry (10,000
    goals: 1.4 s in tomllib) is read by rtoml, five times faster, once a regular-expression
    search (20 ms) has found none of the TOML 1.1 syntax rtoml accepts beyond TOML 1.0; a
    file that shows any, or that rtoml refuses, is read by tomllib, whose answer (and message)
    stands.
    """
    if len(text) >= TOMLLIB_BELOW:
        import re

        if re.search(_TOML_11, text) is None:
            try:
                return _fast_loads(text)
            except Exception:  # rtoml raises its own error types; tomllib decides below
                pass
    try:
        return load_toml(text)
    except TomlError as error:
        message = toml_message(str(error), text)
        raise InputFileError(name, say(m.INVALID_TOML, message=message)) from None


class TomlError(ValueError):
    """A text tomllib does not read, with tomllib's message and its place in tomllib's words:
    ``Invalid value (at line 3, column 9)``."""


def load_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads``, every failure a :class:`TomlError`, Python's limits included.

    tomllib is recursive: a few hundred arrays or inline tables one in another meet Python's
    recursion limit. And Python converts no integer of more than 4300 digits (a guard against
    slow conversions). Those raise RecursionError and ValueError, which would be internal
    errors: each is given here a message and a place as tomllib gives its own."""
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TomlError(str(error)) from None
    except RecursionError:
        line, column = deepest_bracket(text)
        problem, place = m.TOML_TOO_DEEP.en, f" (at line {line}, column {column})"
    except ValueError:  # tomllib's own errors are TOMLDecodeError: a too long integer
        problem, place = _long_integer(text)
    raise TomlError(problem + place)


def _long_integer(text: str) -> tuple[str, str]:
    """The message and the place (`` (at line 3, column 9)``, or "" when not found) of the
    first integer too long for Python to convert, as tomllib meets them.

    Long runs of digits may also be in strings, comments and keys, where they do no harm:
    tomllib itself tells which one it tripped on, reading the text again with each run
    replaced by as many x, which it refuses as a value only."""
    import re
    import sys
    import tomllib

    limit = sys.get_int_max_str_digits()  # 4300 unless set otherwise (0: none)
    # A decimal integer of more digits than that (underscores and sign not counted), not
    # part of a float, a key or a hexadecimal number.
    pattern = re.compile(rf"(?<![\w.+-])[+-]?[1-9](?:_?[0-9]){{{limit},}}(?![\w.])")
    problem = m.TOML_INVALID_VALUE.en
    try:
        tomllib.loads(pattern.sub(lambda found: "x" * len(found[0]), text))
    except tomllib.TOMLDecodeError as error:
        place = re.search(r" \(at line (\d+), column (\d+)\)\Z", str(error))
        if place is None:
            return problem, ""
        line, column = int(place[1]), int(place[2])
        start = sum(len(part) + 1 for part in text.split("\n")[: line - 1]) + column - 1
        number = pattern.match(text, start)
        if number is not None:
            # As a figure beyond ±1e15 is told: no figure of a plan has 4,300 digits.
            problem = m.FIGURE_TOO_LARGE.en.format(text=number[0][:20] + "...")
        return problem, place[0]
    except (ValueError, RecursionError):
        pass
    return problem, ""


# Every message tomllib writes (Python 3.11), and the place it ends with.
_TOML_MESSAGES = (
    m.TOML_INVALID_STATEMENT,
    m.TOML_NEWLINE_EXPECTED,
    m.TOML_TABLE_END,
    m.TOML_ARRAY_END,
    m.TOML_EQUALS_EXPECTED,
    m.TOML_EXPECTED,  # after the three above, which it would take too
    m.TOML_INVALID_CHARACTER,
    m.TOML_DECLARED_TWICE,
    m.TOML_OVERWRITE,
    m.TOML_IMMUTABLE,
    m.TOML_REDEFINED,
    m.TOML_KEY_START,
    m.TOML_UNCLOSED_ARRAY,
    m.TOML_DUPLICATE_KEY,
    m.TOML_UNCLOSED_TABLE,
    m.TOML_UNESCAPED,
    m.TOML_INVALID_HEX,
    m.TOML_NOT_SCALAR,
    m.TOML_UNTERMINATED,
    m.TOML_ILLEGAL_CHARACTER,
    m.TOML_INVALID_DATE,
    m.TOML_INVALID_VALUE,
    m.FIGURE_TOO_LARGE,  # an integer too long for Python (load_toml)
    m.TOML_TOO_DEEP,  # arrays nested deeper than Python recurses (load_toml)
)
_TOML_PLACE = r" \(at (?:line (\d+), column (\d+)|end of document)\)\Z"


def toml_message(text: str, document: str | None = None) -> str:
    """A message of tomllib (``Invalid value (at line 3, column 9)``) in the language of the
    run, its place where it is; as tomllib wrote it when tomllib's words are not known here.
    An error at the end of ``document`` (a string or a bracket never closed) also names the
    line where what is left open begins: tomllib gives only the end."""
    import re

    place = re.search(_TOML_PLACE, text)
    opened = None
    if place is not None and place[1] is None and document is not None:
        opened = unclosed_line(document)
    found = read_back(text[: place.start()] if place else text, _TOML_MESSAGES)
    if found is None:
        message = text
    else:
        phrase, fields = found
        if "key" in fields:  # tomllib writes a key as a tuple of its parts: ('targets', 'a')
            fields["key"] = _dotted(fields["key"])
        message = say(phrase, **fields)
        key = _overwritten_key(phrase, place, document)
        if key:  # tomllib names no key: the line it points at does
            message += say(m.TOML_OVERWRITTEN_KEY, key=key)
        if place is not None:
            line, column = place.groups()
            where = say(m.LINE_COLUMN, line=line, column=column) if line else say(m.TOML_END)
            message += say(m.TOML_AT, where=where)
    return message + say(m.TOML_OPENED_ON, line=opened) if opened else message


def _overwritten_key(
    phrase: object, place: re.Match[str] | None, document: str | None
) -> str | None:
    """The key a "Cannot overwrite a value" error is about, as written on its line
    (``target = 2``: ``target``); None for other errors or when the line shows no key."""
    if phrase is not m.TOML_OVERWRITE or place is None or not place[1] or document is None:
        return None
    lines = document.split("\n")
    number = int(place[1])
    if not 0 < number <= len(lines) or "=" not in lines[number - 1]:
        return None
    key = lines[number - 1].split("=", 1)[0].strip()
    return shown(key) if key else None


def _dotted(key: str) -> str:
    """``('targets', 'ic-scale')`` as it is written in TOML: ``targets.ic-scale``."""
    import ast

    try:
        parts = ast.literal_eval(key)
    except (ValueError, SyntaxError):
        return key
    if not isinstance(parts, tuple) or not all(isinstance(part, str) for part in parts):
        return key
    return ".".join(parts)


def unclosed_line(document: str) -> int | None:
    """The line where a string, an array or an inline table that is never closed begins; None
    when everything opened is closed."""
    open_brackets: list[tuple[str, int]] = []  # the [ and { still open in a value, and lines
    for char, line, _ in _shape(document):
        if char == "\n":
            if open_brackets and open_brackets[-1][0] == "{":  # an inline table ends on its
                return open_brackets[-1][1]  # own line (TOML 1.0); an array in it need not
        elif char in "[{":
            open_brackets.append((char, line))
        elif char in "]}":
            if open_brackets:
                open_brackets.pop()
        else:
            return line  # a string never closed
    return open_brackets[0][1] if open_brackets else None


def deepest_bracket(document: str) -> tuple[int, int]:
    """The line and column of the first [ or { of a value at the greatest depth: where arrays
    and inline tables are nested too deep for tomllib."""
    depth, deepest, at = 0, 0, (1, 0)
    for char, line, index in _shape(document):
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest, at = depth, (line, index)
        elif char in "]}":
            depth = max(depth - 1, 0)
    line, index = at
    return line, index - document.rfind("\n", 0, index)  # columns count from 1, as tomllib's


def _shape(document: str) -> Iterator[tuple[str, int, int]]:
    """The brackets of values ("[", "{", "]", "}") and the line breaks ("\\n") of a document,
    each with its line and index; a quote where a string is never closed, which ends it. A
    plain scan of TOML's quoting, comments and table headers."""
    line, i, end = 1, 0, len(document)
    depth = 0  # brackets still open in a value
    at_line_start = True
    while i < end:
        char = document[i]
        if char == "\n":
            yield char, line, i
            line, at_line_start = line + 1, True
            i += 1
            continue
        if char in " \t\r":
            i += 1
            continue
        if char == "#":
            i = document.find("\n", i)
            i = end if i < 0 else i
            continue
        if char == "[" and at_line_start and not depth:  # a table header, not an array
            i = document.find("\n", i)
            i = end if i < 0 else i
            continue
        at_line_start = False
        for quotes in ('"""', "'''"):
            if document.startswith(quotes, i):
                close = i + 3
                while True:
                    close = document.find(quotes, close)
                    if close < 0:
                        yield char, line, i
                        return
                    if quotes == "'''" or not _escaped(document, close):
                        break
                    close += 1
                # Up to two more quotes before the closing three belong to the string.
                extra = 0
                while extra < 2 and document.startswith(quotes[0], close + 3):
                    close, extra = close + 1, extra + 1
                line += document.count("\n", i, close)
                i = close + 3
                break
        else:
            if char in "\"'":
                close = i + 1
                while close < end and document[close] != "\n":
                    if document[close] == char and (char == "'" or not _escaped(document, close)):
                        break
                    close += 1
                if close >= end or document[close] == "\n":
                    yield char, line, i
                    return
                i = close + 1
                continue
            if char in "[{":
                depth += 1
                yield char, line, i
            elif char in "]}":
                depth = max(depth - 1, 0)
                yield char, line, i
            i += 1


def _escaped(text: str, at: int) -> bool:
    """Whether ``text[at]`` follows an odd number of backslashes."""
    count = 0
    while at - count - 1 >= 0 and text[at - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _fast_loads(text: str) -> dict[str, Any]:
    import rtoml

    data: dict[str, Any] = rtoml.loads(text)
    return data

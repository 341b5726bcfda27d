"""Find, read and validate the registry of goals (targets.toml).

Which registry is used: ``--registry PATH`` > ``$CLUSTER_CLI_REGISTRY`` > ``./targets.toml`` >
the article's registry shipped inside the package.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from cluster_cli.errors import InputFileError
from cluster_cli.files.regular import read_regular
from cluster_cli.i18n import messages as m
from cluster_cli.i18n import read_back, say

if TYPE_CHECKING:
    from pydantic import ValidationError

    from cluster_cli.engine.models import Registry

ENV_REGISTRY = "CLUSTER_CLI_REGISTRY"
DEFAULT_NAME = "targets.toml"


class RegistryLocation(NamedTuple):
    path: Path | None  # None: the registry shipped inside the package
    origin: str  # "option", "environment", "working directory" or "built-in"

    @property
    def display(self) -> str:
        """The path, or what the built-in registry is, in the current language."""
        if self.path is not None:
            return str(self.path)
        from cluster_cli.i18n import messages as m
        from cluster_cli.i18n import say

        return say(m.BUILT_IN_REGISTRY)


def locate(option: Path | None, cwd: Path | None = None) -> RegistryLocation:
    if option is not None:
        return RegistryLocation(option, "option")
    env = os.environ.get(ENV_REGISTRY)
    if env:
        return RegistryLocation(Path(env), "environment")
    local = (cwd or Path.cwd()) / DEFAULT_NAME
    if local.exists():
        return RegistryLocation(Path(DEFAULT_NAME) if cwd is None else local, "working directory")
    return RegistryLocation(None, "built-in")


def builtin_text() -> str:
    # A file beside the code (wheels and editable installs unpack the package): reading it
    # directly spares the importlib.resources machinery, milliseconds at every start.
    return (Path(__file__).parent.parent / "data" / DEFAULT_NAME).read_text("utf-8")


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, turning every OS failure into one clear message. Only regular
    files are read: a device such as /dev/zero would never end."""
    name = str(path)
    data = read_regular(path)
    if data is None:
        raise InputFileError(name, say(m.NO_SUCH_FILE))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problem = say(m.NOT_UTF8_FILE, byte=error.start, line=line)
        raise InputFileError(name, problem) from None


# rtoml reads TOML 1.1, which TOML 1.0 (tomllib, and most other tools) refuses: a comma
# before `}`, an inline table over several lines, `\e` and `\x` escapes, a time without
# seconds. A large text that shows any of them, even inside a string, is left to tomllib.
_TOML_11 = r",\s*\}|\{[^}\n]*\n|\\[ex]|:\d\d(?![:\d])"
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
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = toml_message(str(error), text)
        raise InputFileError(name, say(m.INVALID_TOML, message=message)) from None


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
        message = say(phrase, **fields)
        if place is not None:
            line, column = place.groups()
            where = say(m.LINE_COLUMN, line=line, column=column) if line else say(m.TOML_END)
            message += say(m.TOML_AT, where=where)
    return message + say(m.TOML_OPENED_ON, line=opened) if opened else message


def unclosed_line(document: str) -> int | None:
    """The line where a string, an array or an inline table that is never closed begins; None
    when everything opened is closed. A plain scan of TOML's quoting, comments and brackets."""
    line, i, end = 1, 0, len(document)
    open_brackets: list[tuple[str, int]] = []  # the [ and { still open in a value, and lines
    at_line_start = True
    while i < end:
        char = document[i]
        if char == "\n":
            if open_brackets and open_brackets[-1][0] == "{":  # an inline table ends on its
                return open_brackets[-1][1]  # own line (TOML 1.0); an array in it need not
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
        if char == "[" and at_line_start and not open_brackets:  # a table header, not an array
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
                        return line
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
                    return line
                i = close + 1
                continue
            if char in "[{":
                open_brackets.append((char, line))
            elif char in "]}" and open_brackets:
                open_brackets.pop()
            i += 1
    return open_brackets[0][1] if open_brackets else None


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


def key_path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc)


def validation_message(error: ValidationError) -> str:
    lines = []
    for item in error.errors(include_url=False):
        loc = tuple(part for part in item["loc"] if part not in {"function-after"})
        message = _pydantic_message(item["type"], item["msg"], item.get("ctx") or {})
        place = key_path(loc)
        lines.append(say(m.PROBLEM_AT, place=place, problem=message) if place else message)
    return "\n  ".join(lines)


# Pydantic's messages by error type; its ctx fills in the fields.
_PYDANTIC = {
    "extra_forbidden": m.REGISTRY_KEY_UNKNOWN,
    "missing": m.REGISTRY_KEY_MISSING,
    "string_type": m.INPUT_STRING,
    "int_type": m.INPUT_INTEGER,
    "int_parsing": m.INPUT_INTEGER_TEXT,
    "float_type": m.INPUT_NUMBER,
    "float_parsing": m.INPUT_NUMBER_TEXT,
    "bool_type": m.INPUT_BOOLEAN,
    "finite_number": m.INPUT_FINITE,
    "greater_than": m.INPUT_GREATER,
    "greater_than_equal": m.INPUT_AT_LEAST,
    "less_than": m.INPUT_LESS,
    "less_than_equal": m.INPUT_AT_MOST,
    "string_pattern_mismatch": m.INPUT_PATTERN,
    "string_too_short": m.INPUT_TOO_SHORT,
    "string_too_long": m.INPUT_TOO_LONG,
    "dict_type": m.INPUT_TABLE,
    "list_type": m.INPUT_ARRAY,
    "model_type": m.INPUT_MODEL,
}
# The registry's own checks (engine/models.py): their messages are these phrases' English.
_OWN_CHECKS = (
    m.UNKNOWN_UNIT,
    m.PERCENT_KIND,
    m.RATE_WITHOUT_BASELINE,
    m.TOLERANCE_MAINTAIN_ONLY,
    m.NEGATIVE_COUNT,
    m.DEADLINE_BEFORE_START,
    m.DEADLINE_NOT_AFTER_BASELINE,
    m.TARGET_IS_BASELINE,
    m.BASELINE_ABOVE_TARGET,
    m.BASELINE_BELOW_TARGET,
    m.IDS_OF_BOTH_KINDS,
    m.NO_CLUSTER,
    m.NO_REGION,
    m.NO_SOURCE,
    m.NO_TARGET,
)


def _pydantic_message(kind: str, english: str, ctx: dict[str, Any]) -> str:
    """Pydantic's message in the language of the run, by its type; its English for a type
    not known here."""
    if kind == "value_error":
        return _own_check(english.removeprefix("Value error, "))
    if kind == "literal_error" and isinstance(ctx.get("expected"), str):
        # "'level', 'cumulative' or 'rate'": the last "or" is a word of the language.
        head, _, last = ctx["expected"].rpartition(" or ")
        expected = f"{head}{say(m.OR_WORD)}{last}" if head else last
        return say(m.INPUT_LITERAL, expected=expected)
    phrase = _PYDANTIC.get(kind)
    if phrase is None:
        return english
    values = {key: _number(value) for key, value in ctx.items()}
    if not values:
        return english if "{" in phrase.en else say(phrase)
    try:
        return say(phrase, **values)
    except KeyError:  # a field the phrase names that this ctx does not give
        return english


def _number(value: object) -> object:
    """A bound as Pydantic writes it: 0.0 is 0."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _own_check(english: str) -> str:
    """The message of a check in engine/models.py, several joined by "; " as the registry's
    cross-references are; in English for a message not known here."""
    # The parts first: a pattern ending in a field would take all the others as that field.
    parts = [read_back(part, _OWN_CHECKS) for part in english.split("; ")]
    if len(parts) > 1 and None not in parts:
        joined = (say(phrase, **fields) for phrase, fields in filter(None, parts))
        return say(m.SEPARATOR).join(joined)
    found = read_back(english, _OWN_CHECKS)
    return say(found[0], **found[1]) if found is not None else english


def validate(data: dict[str, Any], name: str) -> Registry:
    from pydantic import ValidationError

    from cluster_cli.engine.models import Registry

    if not data:
        raise InputFileError(
            name,
            say(m.EMPTY_REGISTRY),
        )
    try:
        return Registry.model_validate(data)
    except ValidationError as error:
        details = validation_message(error)
        raise InputFileError(name, say(m.INVALID_REGISTRY, details=details)) from None


def load(location: RegistryLocation) -> Registry:
    return load_text(location, read(location))


def read(location: RegistryLocation) -> str:
    """The registry's text: the file's, or the built-in one. A file that cannot be read (none
    there, not a regular file, no permission, not UTF-8) raises :class:`InputFileError`."""
    return builtin_text() if location.path is None else read_text(location.path)


def load_text(location: RegistryLocation, text: str) -> Registry:
    """The registry that ``text``, read from ``location``, holds: TOML 1.0, then validated."""
    if location.path is None:
        return validate(parse_toml(text, location.display), location.display)
    name = str(location.path)
    if not text.strip():
        raise InputFileError(
            name,
            say(m.EMPTY_REGISTRY),
        )
    return validate(parse_toml(text, name), name)

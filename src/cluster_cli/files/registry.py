"""Find, read and validate the registry of goals (targets.toml).

Which registry is used: ``--registry PATH`` > ``$CLUSTER_CLI_REGISTRY`` > ``./targets.toml`` >
the article's registry shipped inside the package.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, Union, get_args, get_origin

from cluster_cli.errors import InputFileError
from cluster_cli.files.regular import read_regular, typed_name
from cluster_cli.files.toml import parse_toml
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
        return RegistryLocation(typed_name(env, f"${ENV_REGISTRY}", DEFAULT_NAME), "environment")
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
        problem = say(m.NOT_UTF8_FILE, byte=error.start + 1, line=line)
        raise InputFileError(name, problem) from None


def read_bytes(path: Path) -> bytes:
    """The registry file's bytes, as they are; a file that cannot be read as a registry (none
    there, not a regular file, not UTF-8) gets the message :func:`read_text` gives."""
    read_text(path)
    return path.read_bytes()


def replace_if_unchanged(
    path: Path, original: bytes, text: bytes, *, timeout: float | None = None
) -> None:
    """Replace the registry ``path`` names with ``text``, provided it still holds ``original``
    (the bytes read before ``text`` was made from them); else refuse, nothing changed.

    The comparison and the write are made under the lock of :mod:`cluster_cli.files.lock`
    (``targets.toml.lock`` beside the real file, as the ledger's), so that two writers that
    read the same registry (two ``extract --into`` at once) never both write: the second waits
    for the first, then finds the file changed and is refused. A symbolic link is written
    through, as every write does."""
    from cluster_cli.files.atomic import write_atomically
    from cluster_cli.files.lock import locked

    with locked(path, timeout):
        if read_bytes(path) != original:
            raise InputFileError(str(path), say(m.EXTRACT_CHANGED))
        write_atomically(path, text)


def key_path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc)


def validation_message(error: ValidationError) -> str:
    """Pydantic's findings as a reader of the file understands them: each at its key path, in
    the language of the run. Pydantic's own names stay out: a branch of a union ("str",
    "Bilingual") is no key, and the findings of every branch at one place are one message
    ("a string or a table { zh = …, en = … }"); "[key]" says the key itself is wrong."""
    from cluster_cli.engine import models

    model = getattr(models, error.title, None)
    found: dict[str, list[str]] = {}
    for item in error.errors(include_url=False):
        ctx = item.get("ctx") or {}
        loc = _keys(item["loc"], model)
        if loc and loc[-1] == "[key]":
            loc.pop()
            message = say(m.ID_PATTERN) if item["type"] == "string_pattern_mismatch" else ""
        elif item["type"] == "model_type" and _shape(ctx.get("class_name")):
            message = say(m.INPUT_SHAPE, shape=_shape(ctx.get("class_name")))
        else:
            message = ""
        message = message or _pydantic_message(item["type"], item["msg"], ctx)
        found.setdefault(key_path(tuple(loc)), []).append(message)
    lines = []
    for place, messages in found.items():
        message = say(m.OR_WORD).join(dict.fromkeys(messages))
        lines.append(say(m.PROBLEM_AT, place=place, problem=message) if place else message)
    return "\n  ".join(lines)


def _keys(loc: tuple[int | str, ...], model: object) -> list[int | str]:
    """The parts of Pydantic's location that are keys of the file. Pydantic adds one part of
    its own, and only where the type is a union: the member tried (a model's class name, "str",
    "function-after[…]", a discriminator's value). Which parts those are is read from the
    types the location walks through, never from the part itself: a key may be spelled as a
    class or a name of the code (a goal "str", the field ``unit``). Where the type is unknown
    (a key the model does not have), every part left is a key."""
    kept: list[int | str] = []
    shape = model
    for part in loc:
        shape = _bare(shape)
        members = _union_members(shape)
        if members:
            shape = next((t for t in members if getattr(t, "__name__", None) == part), None)
            continue
        kept.append(part)
        shape = _inside(shape, part)
    return kept


def _bare(shape: object) -> object:
    """``shape`` without its constraints (``Annotated``) and without ``| None``, which Pydantic
    checks without a part of its own in the location."""
    while True:
        if get_origin(shape) is Annotated:
            shape = get_args(shape)[0]
            continue
        members = _union_members(shape, nullable=True)
        others = [t for t in members if t is not type(None)]
        if len(others) == 1 and len(members) == 2:
            shape = others[0]
            continue
        return shape


def _union_members(shape: object, *, nullable: bool = False) -> tuple[object, ...]:
    """The members of a union (``A | B``); none for any other type. Without ``nullable``, a
    union of one type and None is none: it has been made bare."""
    if get_origin(shape) not in (Union, UnionType):
        return ()
    members = get_args(shape)
    others = [t for t in members if t is not type(None)]
    return members if nullable or len(others) > 1 else ()


def _inside(shape: object, part: int | str) -> object:
    """The type found at key ``part`` of ``shape`` (a model's field, a table's value, an
    array's item); None where it is not known."""
    from pydantic import BaseModel

    if isinstance(shape, type) and issubclass(shape, BaseModel):
        field = shape.model_fields.get(str(part))
        return field.annotation if field is not None else None
    origin, args = get_origin(shape), get_args(shape)
    if origin is dict and len(args) == 2 and part != "[key]":
        return args[1]
    if origin is list and len(args) == 1 and isinstance(part, int):
        return args[0]
    return None


def _shape(class_name: object) -> str:
    """``{ value = …, period = … }``: the keys a table of the registry's model must have."""
    from cluster_cli.engine import models

    model = getattr(models, str(class_name), None)
    fields = getattr(model, "model_fields", None)
    if not fields:
        return ""
    required = [name for name, info in fields.items() if info.is_required()]
    return "{ " + ", ".join(f"{name} = …" for name in required) + " }"


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
    m.INDICATOR_PERCENT_KIND,
    m.INDICATOR_LEVEL_IN_PERCENT,
    m.SHARE_INDICATOR_GROWTH,
    m.RATE_WITHOUT_BASELINE,
    m.TOLERANCE_MAINTAIN_ONLY,
    m.NEGATIVE_COUNT,
    m.WHOLE_COUNT,
    m.DEADLINE_BEFORE_START,
    m.DEADLINE_NOT_AFTER_BASELINE,
    m.BASELINE_AFTER_START,
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
    from cluster_cli.engine.models import NOT_BLANK  # loaded already: this reads its errors

    if kind == "string_pattern_mismatch" and ctx.get("pattern") == NOT_BLANK:
        return say(m.TEXT_BLANK)
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
    if location.path is None:
        return builtin_text()
    if location.origin == "environment" and not os.path.lexists(location.path):
        # Named by nothing on the command line: the message says where the name came from.
        problem = say(m.NO_SUCH_FILE_NAMED_BY, variable=f"${ENV_REGISTRY}")
        raise InputFileError(str(location.path), problem)
    return read_text(location.path)


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

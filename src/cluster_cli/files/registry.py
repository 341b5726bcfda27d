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
from cluster_cli.i18n import say

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
        raise InputFileError(name, say(m.INVALID_TOML, message=error)) from None


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
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key (a typo?); see docs/registry.md for the keys allowed"
        elif item["type"] == "missing":
            message = "required key is missing"
        place = key_path(loc)
        lines.append(f"{place}: {message}" if place else message)
    return "\n  ".join(lines)


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
    if location.path is None:
        return validate(parse_toml(builtin_text(), location.display), location.display)
    name = str(location.path)
    text = read_text(location.path)
    if not text.strip():
        raise InputFileError(
            name,
            say(m.EMPTY_REGISTRY),
        )
    return validate(parse_toml(text, name), name)

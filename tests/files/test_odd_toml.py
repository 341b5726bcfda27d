"""TOML that reads like TOML but meets a limit of Python's: an integer of more than 4300 digits
(ValueError in tomllib), arrays or inline tables a thousand deep (RecursionError). Each is one
clear message naming the file and the place, exit 3 (`check`: a problem, exit 1), never an
internal error, in the registry and in the ledger, whichever parser reads them."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from cluster_cli.engine.models import Record
from cluster_cli.errors import ExitCode, InputFileError
from cluster_cli.files import ledger, registry
from cluster_cli.files import toml as toml_module
from conftest import CliRunner, numbered_record

LONG = "9" * 4301  # one digit past Python's limit
DEEP_ARRAY = "[" * 1000 + "]" * 1000
DEEP_TABLE = "{ a = " * 1000 + "1" + " }" * 1000
# A value, what the message says, and the column of what it names after `key = `: the number,
# or the deepest bracket.
ODD_VALUES = [
    (LONG, "99999999999999999999... is too large to be a figure", 0),
    ("-" + LONG, "-9999999999999999999... is too large to be a figure", 0),
    ("1_" + LONG, "1_999999999999999999... is too large to be a figure", 0),
    (DEEP_ARRAY, "Arrays or inline tables nested too deeply", 999),
    (DEEP_TABLE, "Arrays or inline tables nested too deeply", 999 * len("{ a = ")),
]


def place(text: str, at: int) -> tuple[int, int]:
    """The line and column of ``text[at]``, counted as tomllib counts them."""
    return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)


# ------------------------------------------------------------------ the registry


@pytest.mark.parametrize(("value", "expected", "shift"), ODD_VALUES)
@pytest.mark.parametrize("padding", [0, 10_000])
def test_the_registry_refuses_odd_values_with_their_place(
    cli: CliRunner, registry_text: str, value: str, expected: str, shift: int, padding: int
) -> None:
    """Small registries are read by tomllib, large ones by rtoml, which refuses these and
    leaves them to tomllib: the same message at every size."""
    text = "# padding\n" * padding + registry_text.replace(
        "target = 2000\n", f"target = {value}\n", 1
    )
    assert (len(text) >= toml_module.TOMLLIB_BELOW) is bool(padding)
    line, column = place(text, text.index(f"target = {value}") + len("target = ") + shift)
    Path("targets.toml").write_text(text, "utf-8")
    with pytest.raises(InputFileError) as caught:
        registry.load(registry.RegistryLocation(Path("targets.toml"), "option"))
    where = f"(at line {line}, column {column})"
    assert str(caught.value) == f"targets.toml: invalid TOML: {expected} {where}"
    checked = cli("check")
    assert checked.code == ExitCode.PROBLEMS and str(caught.value) in checked.err, checked
    status = cli("status")
    assert status.code == ExitCode.INPUT and status.err.count("\n") == 1, status
    assert "internal error" not in checked.err + status.err


def test_the_message_is_in_the_language_of_the_run(cli: CliRunner, registry_text: str) -> None:
    Path("targets.toml").write_text(f"x = {LONG}\ny = {DEEP_ARRAY}\n", "utf-8")
    long = cli("status", "--lang", "zh")
    assert long.code == ExitCode.INPUT and "太大，不是真实的数值（第 1 行第 5 列）" in long.err
    Path("targets.toml").write_text(f"x = 1\ny = {DEEP_ARRAY}\n", "utf-8")
    deep = cli("status", "--lang", "zh")
    assert deep.code == ExitCode.INPUT, deep.err
    assert "数组或内联表嵌套过深（第 2 行第 1004 列）" in deep.err, deep.err


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('[targets.a]\nname = "x"\ntarget = 1\ntarget = 2\n', "'target'", 4),
        ("a = 1\nb.c = 2\n  b.c = 3\n", "'b.c'", 3),
    ],
)
def test_a_value_set_twice_names_its_key(text: str, key: str, line: int) -> None:
    """tomllib says only "Cannot overwrite a value" and where: the key on that line is named."""
    with pytest.raises(InputFileError) as caught:
        toml_module.parse_toml(text, "x.toml")
    message = str(caught.value)
    assert f"Cannot overwrite a value: the key {key} is set twice (at line {line}," in message


def test_long_digits_where_tomllib_takes_them_are_not_the_ones_named() -> None:
    """Digits in strings, comments, keys, floats and hexadecimal numbers are no integer Python
    refuses: the message names the integer that is one, as tomllib meets it."""
    text = (
        f'a = "{LONG}"\n# {LONG}\n{LONG} = 1\nb = 1.{LONG}\nc = 1e-{LONG}\n'
        f"d = 0x{'f' * 4000}\ne = [1, -{LONG}]\n"
    )
    with pytest.raises(InputFileError) as caught:
        toml_module.parse_toml(text, "x.toml")
    assert str(caught.value).endswith("is too large to be a figure (at line 7, column 9)")
    assert toml_module.parse_toml(text.replace(f"-{LONG}", "-1"), "x.toml")["e"] == [1, -1]


def test_the_limit_is_pythons_as_set() -> None:
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(1000)
    try:
        assert toml_module.parse_toml(f"x = {'7' * 1000}\n", "x.toml")["x"] > 0
        with pytest.raises(InputFileError, match=r"\(at line 2, column 5\)"):
            toml_module.parse_toml(f"x = 1\ny = {'7' * 1001}\n", "x.toml")
    finally:
        sys.set_int_max_str_digits(before)


# ------------------------------------------------------------------ the ledger


def record(i: int, target: str = "ic-talents") -> Record:
    return numbered_record(i, target)


def write(path: Path, count: int, value: str, *, newline: bool = True) -> tuple[int, int]:
    """A ledger of ``count`` records, the middle one's value (its goal ic-scale) ``value``;
    that line's number, and the column of its value."""
    lines = [ledger.format_record(record(i)) for i in range(count)]
    at = count // 2
    lines[at] = re.sub(
        r"value = [0-9.]+", f"value = {value}", ledger.format_record(record(at, "ic-scale"))
    )
    text = ledger.HEADER + "".join(lines)
    path.write_text(text if newline else text.rstrip("\n"), "utf-8")
    return place(text, text.index(f"value = {value}") + len("value = "))


@pytest.mark.parametrize(("value", "expected", "shift"), ODD_VALUES)
@pytest.mark.parametrize("count", [3, 3000])
def test_every_reader_of_the_ledger_refuses_odd_values_with_their_place(
    tmp_path: Path, value: str, expected: str, shift: int, count: int
) -> None:
    path = tmp_path / "actuals.toml"
    line, column = write(path, count, value)
    where = f"{path}: line {line}, column {column + shift}: invalid TOML: {expected}"
    with pytest.raises(InputFileError) as caught:
        ledger.load(path)
    assert str(caught.value) == where
    with pytest.raises(InputFileError) as caught:
        ledger.load_for_update(path, "ic-scale")  # a large ledger: the goal's lines only
    assert str(caught.value) == where
    if count > 1000:
        assert path.stat().st_size > 2 * ledger.EDGE_WINDOW


@pytest.mark.parametrize(("value", "expected", "shift"), ODD_VALUES[::3])
def test_commands_report_an_odd_ledger_line_and_never_fail_internally(
    cli: CliRunner, reg: Path, value: str, expected: str, shift: int
) -> None:
    path = Path("actuals.toml")
    line, column = write(path, 3, value)
    where = f"actuals.toml: line {line}, column {column + shift}: invalid TOML: {expected}"
    before = path.read_bytes()
    checked = cli("check")
    assert checked.code == ExitCode.PROBLEMS and where in checked.err, checked
    for command in (["status"], ["log"], ["update", "ic-scale", "1300", "-p", "2023"]):
        result = cli(*command)
        assert result.code == ExitCode.INPUT, (command, result.err)
        assert result.err == f"cluster-cli: error: {where}\n"
    assert path.read_bytes() == before


def test_a_last_line_without_newline_is_refused_not_dropped_as_torn(tmp_path: Path) -> None:
    """A final line that does not parse is taken for one cut by an interrupted write, which
    `update` removes: these are no cut, and are named as what they are."""
    path = tmp_path / "actuals.toml"
    for value, expected, shift in ODD_VALUES:
        line, column = write(path, 1, value, newline=False)
        with pytest.raises(InputFileError) as caught:
            ledger.load(path)
        assert (
            str(caught.value)
            == f"{path}: line {line}, column {column + shift}: invalid TOML: {expected}"
        )


def test_an_integer_past_any_float_is_a_value_too_large(tmp_path: Path) -> None:
    """0xfff... of 300 digits is an integer Python reads, and no float."""
    path = tmp_path / "actuals.toml"
    line, _ = write(path, 3, "0x" + "f" * 300)
    with pytest.raises(InputFileError) as caught:
        ledger.load(path)
    assert str(caught.value) == (
        f"{path}: line {line}: record R00000001: value is beyond ±1e15, past any real figure"
    )


@pytest.mark.parametrize(("value", "expected", "shift"), ODD_VALUES)
def test_a_ledger_of_tables_and_its_head_refuse_odd_values(
    tmp_path: Path, value: str, expected: str, shift: int
) -> None:
    """A ledger holding [records.ID] tables is read whole by tomllib; the lines above
    [records] are read apart from the records. (In an array: `key = {` would look like a
    record line, which has its own message.)"""
    path = tmp_path / "actuals.toml"
    path.write_text(f'version = 1\n[records.R1]\ntarget = "ic-scale"\nvalue = [{value}]\n', "utf-8")
    with pytest.raises(InputFileError) as caught:
        ledger.load(path)
    where = f"line 4, column {10 + shift}: invalid TOML: {expected}"
    assert str(caught.value) == f"{path}: {where}"
    path.write_text(f"version = 1\nx = [{value}]\n[records]\n", "utf-8")
    with pytest.raises(InputFileError) as caught:
        ledger.load(path)
    assert str(caught.value) == f"{path}: line 2, column {6 + shift}: invalid TOML: {expected}"

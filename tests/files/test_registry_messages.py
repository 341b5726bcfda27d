"""Where a registry problem is: every key of its path, whatever the key is called.

Pydantic adds parts of its own to a location only where a type is a union (the member tried:
``str``, ``Bilingual``); those are left out. A key of the file stays, even when it is spelled as
a name of the code (the field ``unit`` and the function ``unit`` of engine/models.py, a goal
called ``re`` or ``str``).
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cluster_cli.engine import models
from cluster_cli.errors import InputFileError
from cluster_cli.files import registry
from cluster_cli.i18n import set_lang
from conftest import REPO, CliRunner

SHIPPED: dict[str, Any] = tomllib.loads((REPO / "targets.toml").read_text("utf-8"))


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    before = set_lang("en")
    yield
    set_lang(before)


def problems(change: Callable[[dict[str, Any]], None]) -> list[str]:
    """The lines of the message for the shipped registry with ``change`` made to it."""
    data = copy.deepcopy(SHIPPED)
    change(data)
    with pytest.raises(InputFileError) as caught:
        registry.validate(data, "targets.toml")
    return caught.value.problem.split("\n  ")[1:]


def goal(data: dict[str, Any], key: str = "ic-scale") -> dict[str, Any]:
    found: dict[str, Any] = data["targets"][key]
    return found


def test_a_missing_unit_is_named() -> None:
    lines = problems(lambda data: goal(data).pop("unit"))
    assert lines == ["targets.ic-scale.unit: required key is missing"]


def test_a_unit_that_is_no_string_is_named() -> None:
    lines = problems(lambda data: goal(data).__setitem__("unit", 5))
    assert lines and all(line.startswith("targets.ic-scale.unit: ") for line in lines), lines


def test_an_indicator_unit_is_named_too() -> None:
    key = next(iter(SHIPPED["indicators"]))
    lines = problems(lambda data: data["indicators"][key].pop("unit"))
    assert lines == [f"indicators.{key}.unit: required key is missing"]


def test_the_command_names_the_key_in_both_languages(cli: CliRunner) -> None:
    text = (REPO / "targets.toml").read_text("utf-8")
    head, unit_line, tail = text.partition('\nunit = "亿元"\n')
    assert unit_line
    Path("targets.toml").write_text(head + "\n" + tail, "utf-8")
    zh = cli("check", "--lang", "zh")
    assert zh.code == 1 and "targets.ic-scale.unit：缺少必需的键" in zh.err, zh.err
    en = cli("check", "--lang", "en")
    assert en.code == 1 and "targets.ic-scale.unit: required key is missing" in en.err, en.err


REQUIRED = [name for name, info in models.Goal.model_fields.items() if info.is_required()]


@pytest.mark.parametrize("field", REQUIRED)
def test_every_required_field_of_a_goal_is_named_when_missing(field: str) -> None:
    lines = problems(lambda data: goal(data).pop(field))
    assert f"targets.ic-scale.{field}: required key is missing" in lines, lines


# Names of engine/models.py (imports included) that a goal id may also be: `re`, `unit`, …
CODE_NAMES = sorted(
    name for name in vars(models) if models.is_valid_id(name) and not name.startswith("_")
)


def test_engine_models_has_names_a_key_may_take() -> None:
    assert {"unit", "re"} <= set(CODE_NAMES)


@pytest.mark.parametrize("key", [*CODE_NAMES, "str", "int", "bilingual", "function-after"])
def test_a_goal_named_as_code_keeps_its_name(key: str) -> None:
    def rename(data: dict[str, Any]) -> None:
        moved = data["targets"].pop("ic-scale")
        moved.pop("kind")
        data["targets"][key] = moved

    lines = problems(rename)
    assert f"targets.{key}.kind: required key is missing" in lines, lines


def test_the_member_of_a_union_is_still_left_out() -> None:
    """``note`` is a string or { zh, en }: Pydantic's "str" and "Bilingual" are no keys."""
    lines = problems(lambda data: goal(data).__setitem__("note", 5))
    assert len(lines) == 1 and lines[0].startswith("targets.ic-scale.note: "), lines
    assert "str" not in lines[0].split(":")[0] and "Bilingual" not in lines[0], lines


def test_a_key_inside_a_member_of_a_union_is_named() -> None:
    lines = problems(lambda data: goal(data).__setitem__("assumptions", [{"zh": "假设"}]))
    assert any(line.startswith("targets.ic-scale.assumptions.0") for line in lines), lines
    assert all("Bilingual" not in line for line in lines), lines
    assert "targets.ic-scale.assumptions.0.en: required key is missing" in " ".join(lines), lines


def test_a_nested_table_key_is_named() -> None:
    lines = problems(lambda data: goal(data).__setitem__("source", {"document": "jjrb-2023"}))
    assert lines == ["targets.ic-scale.source.quote: required key is missing"]

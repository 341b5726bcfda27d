"""The shape of the code: every package is a layer of the import contract that CI checks.

The contract itself (which layer may import which) is in pyproject.toml and is checked by
import-linter (`lint-imports`, part of the README's test command); these tests keep the contract
complete as packages are added.
"""

from __future__ import annotations

import tomllib

from conftest import REPO

SRC = REPO / "src" / "cluster_cli"


def _contract() -> dict[str, object]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["type"] == "layers")


def test_every_top_level_module_and_package_is_in_a_layer() -> None:
    layers = _contract()["layers"]
    assert isinstance(layers, list)
    named = {part.strip() for layer in layers for part in layer.split("|")}
    found = {
        f"cluster_cli.{path.stem if path.is_file() else path.name}"
        for path in SRC.iterdir()
        if (path.is_file() and path.suffix == ".py" and not path.name.startswith("__"))
        or (path.is_dir() and (path / "__init__.py").exists())
    }
    assert found - named == set(), "add the new package to the layers contract in pyproject.toml"
    assert named - found == set(), "the contract names a package that no longer exists"


def test_the_ci_command_runs_the_import_contract() -> None:
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    assert "lint-imports" in ci


def test_modules_stay_small_or_say_why() -> None:
    """A module past ~500 lines usually holds several concerns: split it, or say at its top why
    it is one ("Longer than 500 lines: ...")."""
    long = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if len(path.read_text("utf-8").splitlines()) > 500
        and "Longer than 500 lines:" not in path.read_text("utf-8").split('"""')[1]
    ]
    assert long == []


def test_tests_build_records_through_the_one_factory() -> None:
    """A change to the record's fields is made in one place of the tests: conftest.make_record."""
    import re

    constructor = re.compile(r"(?<![\w.])Record\(")
    offenders = [
        path.relative_to(REPO).as_posix()
        for path in (REPO / "tests").rglob("*.py")
        if path.name != "conftest.py" and constructor.search(path.read_text("utf-8"))
    ]
    assert offenders == []

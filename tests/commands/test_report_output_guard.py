"""`report -o` never writes over a registry or a ledger, in use or not: a report is never TOML.

A name ending in .toml (any case) is refused, and so is an existing file that starts as a
registry or a ledger does, whatever its name; each with one message naming the file, exit code
2 (a bad argument, as for the registry and the ledger in use), and no file changed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cluster_cli.commands.report import toml_file_kind
from cluster_cli.errors import ExitCode
from cluster_cli.i18n import set_lang
from conftest import REPO, CliRunner

EXAMPLE = REPO / "examples" / "suzhou-published.csv"


@pytest.fixture
def folder(cli: CliRunner, tmp_path: Path) -> Path:
    """A folder as `init .` and `import` leave it, with a copy of the ledger as draft.toml."""
    assert cli("init", ".").code == 0
    shutil.copy(EXAMPLE, tmp_path / "published.csv")
    assert cli("import", "published.csv").code == 0
    shutil.copy(tmp_path / "actuals.toml", tmp_path / "draft.toml")
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_real_ledger_is_not_overwritten_from_a_draft(cli: CliRunner, folder: Path) -> None:
    """The case reported: the report of a draft ledger aimed at the ledger in the folder."""
    before = snapshot(folder)
    result = cli("report", "-l", "draft.toml", "--markdown", "-o", "actuals.toml")
    assert result.code == ExitCode.USAGE, result.err
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "-o actuals.toml" in lines[0], result.err
    assert "a report is never TOML" in lines[0]
    assert snapshot(folder) == before


@pytest.mark.parametrize("name", ["other.toml", "OTHER.TOML", "sub/new.Toml", ".toml"])
@pytest.mark.parametrize("flag", [[], ["--markdown"], ["--html"], ["--csv"], ["--json"]])
def test_a_toml_name_is_refused(cli: CliRunner, folder: Path, name: str, flag: list[str]) -> None:
    (folder / "sub").mkdir(exist_ok=True)
    before = snapshot(folder)
    result = cli("report", *flag, "-o", name)
    assert result.code == 2, result.err
    assert f"-o {name}" in result.err and "never TOML" in result.err, result.err
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    ("copied", "name", "what"),
    [
        ("actuals.toml", "ledger-copy", "ledger"),
        ("actuals.toml", "ledger.md", "ledger"),
        ("targets.toml", "registry.md", "registry"),
        ("targets.toml", "registry.html", "registry"),
        ("targets.toml", "REGISTRY", "registry"),
    ],
)
def test_an_existing_registry_or_ledger_is_refused_whatever_its_name(
    cli: CliRunner, folder: Path, copied: str, name: str, what: str
) -> None:
    shutil.copy(folder / copied, folder / name)
    before = snapshot(folder)
    flags = [] if "." in name else ["--markdown"]
    result = cli("report", *flags, "-o", name)
    assert result.code == 2, result.err
    assert f"-o {name}: that file holds a cluster-cli {what}" in result.err, result.err
    assert snapshot(folder) == before


def test_a_link_to_another_ledger_is_refused(cli: CliRunner, folder: Path) -> None:
    (folder / "elsewhere").mkdir()
    shutil.copy(folder / "actuals.toml", folder / "elsewhere" / "kept")
    (folder / "report.md").symlink_to(folder / "elsewhere" / "kept")
    before = snapshot(folder / "elsewhere")
    result = cli("report", "-o", "report.md")
    assert result.code == 2 and "cluster-cli ledger" in result.err, result.err
    assert snapshot(folder / "elsewhere") == before


def test_the_messages_are_in_chinese_too(cli: CliRunner, folder: Path) -> None:
    result = cli("report", "--lang", "zh", "-o", "其他.TOML")
    assert result.code == 2
    assert "-o 其他.TOML：报告从不是 TOML 文件" in result.err, result.err
    shutil.copy(folder / "targets.toml", folder / "登记表副本")
    result = cli("report", "--lang", "zh", "--markdown", "-o", "登记表副本")
    assert result.code == 2
    assert "-o 登记表副本：此文件的内容是 cluster-cli 的目标登记表" in result.err, result.err


@pytest.mark.parametrize("flag", ["--markdown", "--html", "--csv", "--json"])
def test_a_report_may_replace_a_report(cli: CliRunner, folder: Path, flag: str) -> None:
    """Every format written once can be written again over itself: none reads as TOML."""
    name = "report" + {"--markdown": ".md", "--html": ".html", "--csv": ".csv"}.get(flag, ".json")
    for lang in ("zh", "en"):
        first = cli("report", flag, "--lang", lang, "-o", name)
        assert first.code == 0, first.err
        again = cli("report", flag, "--lang", lang, "-o", name)
        assert again.code == 0, again.err


@pytest.mark.parametrize(
    "text",
    [
        "# Notes\n\nversion = 1 is what I wrote\n",
        "# 笔记\n\n一些文字\n",
        "id,name\nic-scale,集成电路\n",
        '{"records": []}\n',
        '{\n  "schema_version": 1,\n  "document": {"file": "plan.txt"}\n}\n',  # extract --json
        "[tool.other]\nkey = 1\n",
        "",
    ],
)
def test_other_files_are_replaced_only_with_force(cli: CliRunner, folder: Path, text: str) -> None:
    """A file no report wrote (the spreadsheet just imported, notes) was replaced without a
    word; an empty one is nothing to lose."""
    (folder / "notes.md").write_text(text, "utf-8")
    result = cli("report", "-o", "notes.md")
    if text:
        assert result.code == 2, result.err
        assert "that file exists and is no report cluster-cli wrote" in result.err
        assert (folder / "notes.md").read_text("utf-8") == text
        result = cli("report", "-o", "notes.md", "--force")
    assert result.code == 0, result.err
    assert (folder / "notes.md").read_text("utf-8").startswith("# ")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("version = 1\n\n[records]\n", "ledger"),
        ("\ufeff# a ledger\n[records]\nA = { target = 'x' }\n", "ledger"),
        ("[records.01ABC]\ntarget = 'x'\n", "ledger"),
        ('schema_version = 1\ntitle = "t"\n\n[sources.s]\ntitle = "t"\n', "registry"),
        ('[targets.ic-scale]\nname = "x"\n', "registry"),
        ('targets.ic-scale.name = "x"\n', "registry"),
        ("[[indicators]]\n", "registry"),
        ("version = 1\n", None),
        ("[project]\nname = 'x'\n", None),
        ("Some text\n[records]\n", None),
    ],
)
def test_what_reads_as_a_registry_or_a_ledger(tmp_path: Path, text: str, kind: str | None) -> None:
    path = tmp_path / "file"
    path.write_text(text, "utf-8")
    before = set_lang("en")
    try:
        assert toml_file_kind(path) == kind
    finally:
        set_lang(before)

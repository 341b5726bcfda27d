"""The proposals on a terminal: readable at 80 columns in both languages, and every message of
`cluster-cli extract` in the language asked for."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Protocol

import pytest
from rich.cells import cell_len

from cluster_cli.extract.finder import find_goals
from cluster_cli.extract.labels import blocks, collapse, value_text
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render.terminal.detail import kind_text
from cluster_cli.text import wrap

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO.parent / "shared" / "sources" / "000_67493ae3ddcdcf26.txt"


class Result(Protocol):
    code: int
    out: str
    err: str


CliRunner = Callable[..., Result]


def test_collapse_drops_layout_whitespace_only() -> None:
    assert collapse("力争  全 市 集 成\n电 路 产 业 规 模 达 2000 亿\n元") == (
        "力争全市集成电路产业规模达2000亿元"
    )
    assert collapse("GDP  growth\n of 5 %") == "GDP growth of 5 %"


def test_wrap_keeps_numbers_whole_and_no_line_opens_with_a_closing_mark() -> None:
    lines = wrap("规模达到12345.67亿元。" * 3, 20, 2, 4)
    assert all(cell_len(line) <= 20 for line in lines)
    assert "12345.67" in "|".join(lines) and not any(line.strip()[0] in "。，" for line in lines)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_article_reads_at_80_columns(lang: str) -> None:
    text = ARTICLE.read_text("utf-8")
    goals = find_goals(text)
    ids: list[str | None] = [f"goal-{n}" for n, _ in enumerate(goals)]
    lines = blocks("唯创新者胜", goals, lang, 80, ids)  # type: ignore[arg-type]
    assert all(cell_len(line) <= 80 for line in lines), max(lines, key=cell_len)
    shown = "\n".join(lines)
    assert "  全 市" not in shown and "集 成" not in shown  # the source's layout is gone
    for goal in goals:
        block = shown.split(f"{goals.index(goal) + 1:>2}. ", 1)[1]
        assert block.startswith(collapse(goal.name))  # the whole name, on its own line
        # value and deadline each on one line, never cut
        assert any(value_text(goal, lang) in line for line in lines)  # type: ignore[arg-type]
        assert any(str(goal.deadline) in line for line in lines)
        n = goals.index(goal)
        assert any(line.strip() in (f"id goal-{n}", f"编号 goal-{n}") for line in lines)
        joined = "".join("".join(lines).split())
        assert "".join(goal.quote.split()) in joined


def test_the_quote_stays_verbatim_in_json_and_draft(cli: CliRunner) -> None:
    result = cli("extract", str(ARTICLE), "--json", "-o", "draft.toml")
    assert result.code == 0, result.err
    quotes = [p["quote"] for p in json.loads(result.out)["proposals"]]
    assert any("  " in q or "\n" in q for q in quotes)  # the layout of the text, kept
    draft = Path("draft.toml").read_text("utf-8")
    assert all(json.dumps(q, ensure_ascii=False) in draft for q in quotes)


def test_the_table_shows_the_ids_of_the_draft_written(cli: CliRunner) -> None:
    result = cli("extract", str(ARTICLE), "--lang", "en", "-o", "draft.toml")
    assert result.code == 0, result.err
    ids = re.findall(r"^\[targets\.([a-z0-9-]+)\]", Path("draft.toml").read_text("utf-8"), re.M)
    assert len(ids) == 14
    assert all(f"id {key}" in result.out for key in ids)


PLAN = (
    "某市推进制造业高质量发展实施方案\n"
    "到2027年，全市规模以上工业总产值突破1万亿元，新增高新技术企业500家，建设高标准农田8万亩。\n"
)
_ENGLISH = re.compile(r"[A-Za-z]{3,}")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _runs(cli: CliRunner, lang: str) -> tuple[str, list[str]]:
    """Every message the command can give, in ``lang``; and the user data in them."""
    Path("plan.txt").write_text(PLAN, "utf-8")
    Path("b.txt").write_text(PLAN.replace("2027", "2028"), "utf-8")
    Path("folder").mkdir(exist_ok=True)
    Path("broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    assert cli("init", "--force", "reg").code == 0
    output = []
    base = ("--lang", lang, "--date", "2026-01-05")
    for args in (
        ("plan.txt",),
        ("plan.txt", "-o", "draft.toml"),
        ("plan.txt", "-o", "draft.toml"),  # exists
        ("plan.txt", "--into", "reg/targets.toml"),  # no terminal, no --yes
        ("plan.txt", "--into", "reg/targets.toml", "--yes"),
        ("b.txt", "--into", "reg/targets.toml", "--yes"),
        ("plan.txt", "--into", "reg/targets.toml", "--yes"),  # nothing to add
        ("missing.txt",),
        ("folder",),
        ("broken.docx",),
        ("plan.txt", "--date", "2026-13-40"),
    ):
        result = cli("extract", *base, *args)
        output += [result.out, result.err]
    Path("draft.toml").unlink()
    data = json.loads(cli("extract", "plan.txt", "--json", *base).out)
    user = [
        *[p["name"] for p in data["proposals"]],
        *[p["quote"] for p in data["proposals"]],
        *[value_text_json(p) for p in data["proposals"]],
        data["document"]["title"],
    ]
    return "\n".join(output), user


def value_text_json(proposal: dict[str, object]) -> str:
    return f"{proposal['value']}{proposal['unit']}"


def _strip(text: str, user: list[str]) -> str:
    for words in sorted(user, key=len, reverse=True):
        text = text.replace(words, " ").replace(collapse(words), " ")
    return text


def test_messages_in_chinese_have_no_english_sentence(cli: CliRunner) -> None:
    shown, user = _runs(cli, "zh")
    assert "已写出 draft.toml" in shown and "已向 reg/targets.toml 追加" in shown
    # The prefix every error of cluster-cli carries, in every language.
    rest = re.sub(r"(?m)^cluster-cli(?:: error: |：错误：)", " ", _strip(shown, user))
    rest = re.sub(r"（[a-z0-9-]+）", " ", rest)  # the ids of the goals there already
    # Names of files, ids, commands and options are the same in both languages.
    rest = re.sub(r"[\w./-]+\.(?:txt|toml|docx)|--?[a-z]+|cluster-cli \w+|YYYY-MM-DD", " ", rest)
    rest = re.sub(r"\bfolder\b|\bWord\b|\.docx|PDF|OCR|UTF-8", " ", rest)  # names
    rest = re.sub(r"(?m)^\s*\+ [a-z0-9-]+", " ", rest)  # the ids of the goals added
    rest = re.sub(r"编号 [a-z0-9-]+", " ", rest)
    assert not _ENGLISH.findall(rest), _ENGLISH.findall(rest)


def test_messages_in_english_have_no_chinese_sentence(cli: CliRunner) -> None:
    shown, user = _runs(cli, "en")
    assert "wrote draft.toml" in shown and "appended" in shown
    rest = _strip(shown, user)
    rest = re.sub(r"\d+(?:\.\d+)?(?:万亿元|亿元|万亩|家|万)", " ", rest)  # units as written
    assert not _HAN.findall(rest), rest


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_kind_and_direction_are_worded_as_show_words_them(lang: Lang) -> None:
    text = ARTICLE.read_text("utf-8") + "\n到2030年，单位地区生产总值能耗累计下降13.5%左右。"
    goals = find_goals(text)
    assert {goal.direction for goal in goals} >= {"increase", "decrease"}
    shown = "\n".join(blocks("t", goals, lang, 200))
    for number, goal in enumerate(goals, 1):
        block = shown.split(f"{number:>2}. ", 1)[1].split(f"\n{number + 1:>2}. ", 1)[0]
        like = SimpleNamespace(kind=goal.kind, direction=goal.direction)
        as_show = kind_text(like, lang)  # type: ignore[arg-type]
        assert all(part in block for part in as_show.split(w.TALLY_SEPARATOR(lang))), block


def test_words_of_the_text_are_quoted_once_as_each_language_quotes() -> None:
    from cluster_cli.extract.model import Quote

    assert Quote("“十五五”时期")("zh") == "“‘十五五’时期”"  # never ““十五五”时期”
    assert Quote("到2025年")("en") == "'到2025年'"


def test_the_closing_hint_follows_whether_a_draft_was_written() -> None:
    goals = find_goals("到2027年，全市新增高新技术企业500家。\n")
    for lang in ("zh", "en"):
        plain = "\n".join(blocks("t", goals, lang, 80))
        drafted = "\n".join(blocks("t", goals, lang, 80, drafted=True))
        assert "`-o`" in plain and "`-o`" not in drafted
        assert "`cluster-cli check --quotes`" in drafted  # a command is never cut at a line end

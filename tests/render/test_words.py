"""One vocabulary, one goal view, one field table, one JSON writer, and figures as typed."""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import string
from pathlib import Path

import pytest

from cluster_cli.commands.report import FORMATS, RENDERERS
from cluster_cli.engine.assess import GoalRow, IndicatorRow, Status
from cluster_cli.i18n import Lang, Phrase
from cluster_cli.i18n import words as w
from cluster_cli.render import csv as csv_render
from cluster_cli.render import html as html_render
from cluster_cli.render import indicators, jsondoc, labels, numbers, view
from cluster_cli.render import markdown as markdown_render
from cluster_cli.render.fields import CSV_FIELDS, JSON_FIELDS
from cluster_cli.render.jsonout import dumps
from conftest import REPO, CliRunner
from report_sample import ORIGIN, sample_assessment, sample_registry

SRC = REPO / "src" / "cluster_cli"
PHRASES = {name: value for name, value in vars(w).items() if isinstance(value, Phrase)}
CJK = re.compile("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# The renderers that take every phrase from the catalogue: every module of render/, the
# terminal's included.
RENDERERS_OWNING_NO_PHRASE = tuple(
    str(path.relative_to(SRC / "render").with_suffix(""))
    for path in sorted((SRC / "render").rglob("*.py"))
    if path.name != "__init__.py"
)


def fields_of(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# ------------------------------------------------------------------ the catalogue


def test_every_phrase_has_both_languages_with_the_same_fields() -> None:
    assert len(PHRASES) > 100
    for name, phrase in PHRASES.items():
        if name != "SENTENCE_JOINER":  # "" in Chinese, a space in English
            assert phrase.zh.strip() and phrase.en.strip(), name
        assert not CJK.search(phrase.en), (name, phrase.en)
        assert fields_of(phrase.zh) == fields_of(phrase.en), name
        if phrase.en_one:  # the English of one (chosen by a `count` value): the same fields
            assert fields_of(phrase.en_one) == fields_of(phrase.en), name
            assert not CJK.search(phrase.en_one), name


def test_english_counts_one_apart() -> None:
    from cluster_cli.i18n import messages as m

    assert m.IMPORTED("en", count=1, file="f.csv", path="a.toml").startswith("imported 1 record ")
    assert m.IMPORTED("en", count=2, file="f.csv", path="a.toml").startswith("imported 2 records")
    assert (
        m.IMPORTED("zh", count=1, file="f.csv", path="a.toml")
        == "已从 f.csv 导入 1 条记录到 a.toml"
    )
    assert m.BAD_ROWS("en", count=1) == "1 bad row; nothing was recorded:"


def test_no_phrase_is_defined_twice() -> None:
    """A second definition would silently replace the first for every caller."""
    import ast
    import collections
    import inspect

    from cluster_cli.i18n import messages, words

    for module in (messages, words):
        tree = ast.parse(inspect.getsource(module))
        names = [
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        ]
        twice = [name for name, n in collections.Counter(names).items() if n > 1]
        assert twice == [], module.__name__


def test_every_phrase_is_used() -> None:
    sources = "\n".join(
        path.read_text("utf-8") for path in SRC.rglob("*.py") if path.name != "words.py"
    )
    used = {name for name in PHRASES if re.search(rf"\bw\.{name}\b", sources)}
    # A phrase held by a table of the catalogue (w.KINDS) is used where the table is.
    for name, table in vars(w).items():
        if isinstance(table, dict) and re.search(rf"\bw\.{name}\b", sources):
            used |= {key for key, phrase in PHRASES.items() if phrase in table.values()}
    assert not [name for name in PHRASES if name not in used]


# The line-breaking rules name Chinese punctuation: typography, not words.
_PUNCTUATION_RULES = "terminal/folding"


@pytest.mark.parametrize(
    "module", [m for m in RENDERERS_OWNING_NO_PHRASE if m != _PUNCTUATION_RULES]
)
def test_renderers_hold_no_chinese_of_their_own(module: str) -> None:
    """Every Chinese word a renderer writes comes from the catalogue: no string literal (bar
    docstrings) in the renderer's source holds a Chinese character."""
    tree = _tree(module)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    found = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and CJK.search(node.value)
    ]
    assert not found


def _tree(module: str) -> ast.Module:
    return ast.parse((SRC / "render" / f"{module}.py").read_text("utf-8"))


def _is_lang_test(node: ast.expr) -> bool:
    """``lang == "zh"`` (or ``!=``, either side)."""
    if not isinstance(node, ast.Compare) or len(node.comparators) != 1:
        return False
    sides = [node.left, node.comparators[0]]
    return any(isinstance(n, ast.Constant) and n.value in ("zh", "en") for n in sides)


def _is_words(node: ast.expr) -> bool:
    """Text a reader reads: an f-string, or a string with Chinese in it (a code such as the
    HTML ``lang`` attribute's ``zh-CN`` is not words)."""
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and bool(CJK.search(node.value))
    )


@pytest.mark.parametrize("module", RENDERERS_OWNING_NO_PHRASE)
def test_renderers_choose_no_words_by_language(module: str) -> None:
    """No ``"年" if lang == "zh" else "year"``: a phrase in two languages is a Phrase of the
    catalogue. (Picking a name of the registry by language, ``name if lang == "zh" else
    name_en``, is data, not a phrase, and stays.) Nor a helper taking both texts."""
    tree = _tree(module)
    ternaries = [
        ast.unparse(node)
        for node in ast.walk(tree)
        if isinstance(node, ast.IfExp)
        and _is_lang_test(node.test)
        and (_is_words(node.body) or _is_words(node.orelse))
    ]
    assert not ternaries
    helpers = [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and {a.arg for a in node.args.args} >= {"zh", "en"}
    ]
    assert not helpers


def test_the_terminal_modules_are_checked() -> None:
    assert {"terminal/detail", "terminal/dashboard", "terminal/cells", "view"} <= set(
        RENDERERS_OWNING_NO_PHRASE
    )


def test_phrases_need_no_markdown_or_html_escaping() -> None:
    """The renderers write the catalogue's words as they are."""
    for name, phrase in PHRASES.items():
        for text in phrase:
            if not fields_of(text):
                assert markdown_render.text(text) in (text, text.strip()), name
                assert "<" not in text and "&" not in text, name


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_reports_use_one_word_for_each_term(lang: Lang) -> None:
    registry = sample_registry()
    assessment = sample_assessment(registry)
    text = markdown_render.render(assessment, ORIGIN, registry, lang)
    header = next(line for line in text.splitlines() if line.startswith(f"| {w.GOAL(lang)} |"))
    cells = [cell.strip() for cell in header.strip("|").split("|")]
    # the headline, progress, beside time elapsed; attainment is not in the cluster tables
    assert cells[4:7] == [w.PROGRESS(lang), w.ELAPSED(lang), w.PACE_GAP(lang)]
    assert w.ATTAINMENT(lang) not in cells
    for old in ("完成度", "任务完成", "时间进度", "Task done", "Time gone"):
        assert f"| {old} |" not in text
    # the sentence under each status uses the same terms
    goal = view.goal_view(assessment.targets[1], registry, lang)  # judged by pace
    assert w.PROGRESS(lang).lower() in goal.why.lower()
    assert w.ELAPSED(lang).lower() in goal.why.lower()


# ------------------------------------------------------------------ the goal view


def test_goal_view_carries_figures_history_chart_and_source() -> None:
    registry = sample_registry()
    row = next(r for r in sample_assessment(registry).targets if r.id == "ic-scale")
    goal = view.goal_view(row, registry, "zh")
    assert [f.key for f in goal.headline] == ["progress", "elapsed", "pace_gap"]
    assert goal.headline[0].text == "≈35.0%" and goal.approximate
    keys = [f.key for f in goal.figures]
    assert set(keys) <= {f.key for f in CSV_FIELDS}
    by_key = {f.key: f for f in goal.figures}
    assert by_key["baseline"].text == "超过1,000亿元（2022年）"
    assert by_key["attainment"].label == "达成率" and by_key["attainment"].text == "67.5%"
    assert [h.standing for h in goal.history] == ["counts", "revised", "counts"]
    assert goal.history[1].state == "已被修订（r003）"
    assert goal.chart is not None and goal.chart.baseline_index == 0
    assert goal.chart.values == [1000, 1200, 1350]
    assert goal.source.quote.startswith("力争") and goal.source.document
    assert goal.meaning == labels.row_meaning(row, "zh")


# ------------------------------------------------------------------ one field table, one writer


def test_csv_and_json_share_the_field_table() -> None:
    registry = sample_registry()
    assessment = sample_assessment(registry)
    table = list(csv.DictReader(io.StringIO(csv_render.render(assessment, ORIGIN, registry, "en"))))
    assert list(table[0]) == [f.key for f in CSV_FIELDS] == list(csv_render.COLUMNS)
    for row, line in zip(assessment.targets, table, strict=True):
        document = jsondoc.target_document(row)
        assert list(document) == [f.key for f in JSON_FIELDS]
        for key in ("target", "progress", "elapsed", "gap", "needed_per_year", "projected"):
            if document[key] is None:
                assert line[key] == "", key
            else:  # the same figure; the CSV's is whole for counts
                assert abs(float(line[key]) - document[key]) < 1, key


def test_chinese_csv_is_headed_in_chinese() -> None:
    registry = sample_registry()
    text = csv_render.render(sample_assessment(registry), ORIGIN, registry, "zh")
    header = next(csv.reader(io.StringIO(text)))
    assert header[:2] == ["编号", "名称"]
    assert "进度" in header and "时序进度" in header and "达成率" in header
    assert all(CJK.search(cell) for cell in header)


BIDI_NAME = "集成电路\u202e规模\u0085\u2066"


def test_json_writer_escapes_bidi_and_c1_but_keeps_chinese() -> None:
    text = dumps({"targets": [{"name": BIDI_NAME}], "n": 1})
    assert "\u202e" not in text and "\x85" not in text and "\u2066" not in text
    assert "\\u202e" in text and "\\u0085" in text and "集成电路" in text
    assert json.loads(text) == {"targets": [{"name": BIDI_NAME}], "n": 1}
    pretty = dumps({"name": BIDI_NAME}, indent=2)
    assert "\\u202e" in pretty and json.loads(pretty) == {"name": BIDI_NAME}


@pytest.mark.parametrize("command", [("status", "--json"), ("report", "--json")])
def test_every_json_output_escapes_a_bidi_name(
    cli: CliRunner, tmp_path: Path, command: tuple[str, ...]
) -> None:
    registry = (REPO / "tests" / "golden" / "report" / "targets.toml").read_text("utf-8")
    hostile = registry.replace('name = "集成电路产业规模"', f'name = "{BIDI_NAME}"', 1)
    assert hostile != registry
    path = tmp_path / "targets.toml"
    path.write_text(hostile, "utf-8")
    result = cli(*command, "--registry", str(path), "--ledger", str(tmp_path / "a.toml"))
    assert result.code == 0, result.err
    assert "\u202e" not in result.out and "\\u202e" in result.out
    names = [t["name"] for t in json.loads(result.out)["targets"]]
    assert BIDI_NAME in names


def test_report_formats_come_from_a_typed_mapping() -> None:
    assert tuple(RENDERERS) == FORMATS
    source = (SRC / "commands" / "report.py").read_text("utf-8")
    assert "import_module" not in source


# ------------------------------------------------------------------ thresholds


def _indicator(growth: float) -> IndicatorRow:
    row = sample_assessment().indicators[0]
    return row._replace(growth=growth, status=Status.LIMITED_PROGRESS)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_growth_below_a_threshold_is_not_printed_at_it(lang: Lang) -> None:
    sentence = indicators.explain_indicator(_indicator(0.004988), lang)
    assert "0.4%" in sentence
    assert not sentence.startswith(("年均增长0.5%", "Growth of 0.5%"))
    registry = sample_registry()
    assessment = sample_assessment(registry)
    assessment = assessment._replace(indicators=[_indicator(0.004988)])
    row = markdown_render.render(assessment, ORIGIN, registry, lang).split(w.CONTEXT(lang))[1]
    assert "| +0.4% |" in row


def test_progress_short_of_the_target_never_reads_100_percent() -> None:
    assert labels.met_percent(0.9996) == "99.9%"
    assert labels.met_percent(1.0) == "100.0%"
    assert labels.met_percent(0.43666) == "43.7%"  # rounded where no threshold is near
    # A hair behind keeps the digits that say so: not "on schedule", nor 0.1 pp (2.5 times it).
    assert labels.points(-0.0004, "en") == "behind by 0.04 pp"
    assert labels.points(-0.0000004, "en") == "behind by 0.00004 pp"
    assert labels.points(-1e-12, "en") == "behind by 0.000001 pp"
    assert labels.points(0.0004, "en") == "on schedule"
    assert labels.points(-0.31666, "zh") == "落后31.7个百分点"
    # One decimal at least, as the percentages beside it (35.0% against 20.0%).
    assert labels.points(0.15, "en") == "ahead by 15.0 pp"
    assert labels.points(-0.6, "zh") == "落后60.0个百分点"
    assert labels.points(17.0, "en") == "ahead by 1,700.0 pp"


# ------------------------------------------------------------------ figures as typed


def _talents() -> GoalRow:
    return next(r for r in sample_assessment().targets if r.id == "ic-talents")


def test_typed_figures_keep_their_digits() -> None:
    assert labels.quantity(44343.9, "亿元", "zh", rounding="typed") == "44,343.9亿元"
    assert labels.quantity(44343.9, "亿元", "en", rounding="typed") == "4.43439 trillion yuan"
    assert labels.quantity(12345.67, "万元", "zh", rounding="typed") == "12,345.67万元"
    latest = _talents().latest
    assert latest is not None
    row = _talents()._replace(latest=latest._replace(value=44343.9))
    row = row._replace(goal=row.goal.model_copy(update={"unit": "亿元"}))
    shown = {f.key: f.text for f in view.figures(row, "en")}
    assert shown["latest"].startswith("4.43439 trillion yuan (2024)")


def test_spreadsheet_numbers_carry_no_float_noise() -> None:
    assert numbers.plain(256.2000000000055) == "256.2"
    assert numbers.plain(0.1 + 0.2) == "0.3"
    assert numbers.plain(1e-7) == "0.0000001"
    registry = sample_registry()
    assessment = sample_assessment(registry)
    rows = [
        r._replace(progress=0.1 + 0.2) if r.id == "ic-talents" else r for r in assessment.targets
    ]
    text = csv_render.render(assessment._replace(targets=rows), ORIGIN, registry, "en")
    talents = next(r for r in csv.DictReader(io.StringIO(text)) if r["id"] == "ic-talents")
    assert talents["progress"] == "0.3"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_counts_of_people_are_whole(lang: Lang) -> None:
    row = _talents()._replace(needed_per_year=256.2, projected=430.8, gap=179.5)
    shown = {f.key: f.text for f in view.figures(row, lang)}
    noun = "名" if lang == "zh" else " talents and teams"
    assert shown["needed_per_year"] == f"257{noun}"  # still needed: rounded up
    assert shown["projected"] == f"431{noun}"
    assert shown["gap"] == f"180{noun}"
    registry = sample_registry()
    assessment = sample_assessment(registry)
    rows = [row if r.id == "ic-talents" else r for r in assessment.targets]
    text = csv_render.render(assessment._replace(targets=rows), ORIGIN, registry, "en")
    talents = next(r for r in csv.DictReader(io.StringIO(text)) if r["id"] == "ic-talents")
    assert talents["needed_per_year"] == "257" and talents["projected"] == "431"
    # no noise turns a whole number into the next one up
    assert labels.difference(5.000000000001, "名", "zh", rounding="up") == "5名"


# ------------------------------------------------------------------ qualifiers


@pytest.mark.parametrize(
    ("lang", "over", "whole"),
    [
        ("zh", "超过1,000亿元（2022年）", "超过1,000亿元"),
        ("en", "over 100 billion yuan (2022)", "over 100 billion"),
    ],
)
def test_context_figures_keep_over_and_about(lang: Lang, over: str, whole: str) -> None:
    registry = sample_registry()
    assessment = sample_assessment(registry)
    md = markdown_render.render(assessment, ORIGIN, registry, lang).split(w.CONTEXT(lang))[1]
    page = html_render.render(assessment, ORIGIN, registry, lang).split('class="context"')[1]
    assert f"| {over} |" in md
    assert f'<span class="fig">{whole}</span>' in page  # the qualifier never parts from it
    assert over in re.sub("<[^>]+>", "", page)


def test_a_qualified_growth_is_written_with_its_qualifier_everywhere(cli: CliRunner) -> None:
    for lang, over in (("zh", "超过20.0%"), ("en", "over 20.0%")):
        assert over in cli("status", "--lang", lang, "--no-color").out
        assert over in cli("show", "ic-industry", "--lang", lang).out
        assert over in cli("report", "--markdown", "--lang", lang).out
    (ic,) = [i for i in json.loads(cli("status", "--json").out)["indicators"]
             if i["id"] == "ic-industry"]  # fmt: skip
    assert (ic["growth"], ic["growth_qualifier"]) == (0.2, "over")


@pytest.mark.parametrize("module", ["messages.py", "words.py"])
def test_each_phrase_is_named_once(module: str) -> None:
    """A second phrase of the same name silently replaces the first, and every use of the
    first then formats with the wrong fields."""
    tree = ast.parse((REPO / "src" / "cluster_cli" / "i18n" / module).read_text("utf-8"))
    names = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    ]
    assert sorted({n for n in names if names.count(n) > 1}) == []

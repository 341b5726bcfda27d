"""`cluster-cli extract` end to end: every input format from a real file, JSON against its
schema, drafts that `check --quotes` accepts, appends that keep every byte, bad input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import jsonschema
import pytest
from pdf_maker import pdf_with_text, pdf_without_text


class Result(Protocol):
    code: int
    out: str
    err: str


CliRunner = Callable[..., Result]  # the `cli` fixture of tests/conftest.py
REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO.parent / "shared" / "sources" / "000_67493ae3ddcdcf26.txt"
SCHEMA = json.loads((REPO / "schema" / "extract.schema.json").read_text("utf-8"))
PLAN = (
    "三、2026年重点工作\n"
    "今年要新增高新技术企业5000家，城镇新增就业100万人以上，培育30家标杆企业。\n"
)


def _json(cli: CliRunner, *args: str) -> dict[str, object]:
    result = cli("extract", *args, "--json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    jsonschema.validate(document, SCHEMA)
    return document  # type: ignore[no-any-return]


def _values(document: dict[str, object]) -> list[tuple[float, str]]:
    proposals = document["proposals"]
    assert isinstance(proposals, list)
    return [(p["value"], p["unit"]) for p in proposals]


def test_plain_text_json_matches_the_schema_and_offsets(cli: CliRunner) -> None:
    Path("plan.txt").write_text(PLAN, "utf-8")
    document = _json(cli, "plan.txt", "--date", "2026-01-14")
    assert _values(document) == [(5000, "家"), (100, "万人"), (30, "家")]
    for proposal in document["proposals"]:  # type: ignore[attr-defined]
        assert PLAN[proposal["start"] : proposal["end"]] == proposal["quote"]
        assert proposal["deadline"] == 2026


def test_gbk_text_is_detected(cli: CliRunner) -> None:
    Path("plan.txt").write_bytes((PLAN * 3).encode("gbk"))
    assert _values(_json(cli, "plan.txt", "--date", "2026-01-14"))[:3] == [
        (5000, "家"),
        (100, "万人"),
        (30, "家"),
    ]


def test_html_page(cli: CliRunner) -> None:
    page = (
        "<html><head><title>2026年工作报告</title><script>var x='到2030年达到9亿元';</script>"
        "</head><body><h2>三、2026年重点工作</h2><p>今年要新增高新技术企业5000家。</p></body></html>"
    )
    Path("page.html").write_text(page, "utf-8")
    document = _json(cli, "page.html", "--date", "2026-01-14")
    assert _values(document) == [(5000, "家")]
    assert document["document"]["title"] == "2026年工作报告"  # type: ignore[index]


@pytest.mark.parametrize(
    "subtitle",
    [
        "——2026年1月14日在苏州市第十七届人民代表大会第五次会议上",
        "——2026年1月14日在蘇州市第十七屆人民代表大會第五次會議上",  # traditional characters
    ],
)
def test_the_date_the_subtitle_states_is_the_documents(cli: CliRunner, subtitle: str) -> None:
    """The delivery date gives the goals their year and the JSON its date, in either script;
    --date, when given, is the one used."""
    Path("plan.txt").write_text(f"政府工作报告\n{subtitle}\n{PLAN}", "utf-8")
    document = _json(cli, "plan.txt")
    assert document["document"]["date"] == "2026-01-14"  # type: ignore[index]
    assert [p["deadline"] for p in document["proposals"]] == [2026, 2026, 2026]  # type: ignore[attr-defined]
    given = _json(cli, "plan.txt", "--date", "2026-02-01")
    assert given["document"]["date"] == "2026-02-01"  # type: ignore[index]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("---\ntitle: 2026年工作报告\ndate: 2026-01-14\n---\n", "2026年工作报告"),
        ("# source: https://example.org/r.html\n# title: 2026年工作报告\n", "2026年工作报告"),
        ("下载\n打印\n标题：2026年工作报告\n", "2026年工作报告"),
        ("2026年工作报告\n", "2026年工作报告"),  # no stated title: the first line
    ],
)
def test_a_text_states_its_own_title(cli: CliRunner, head: str, title: str) -> None:
    """Front matter or a metadata line names the document: its first line may be a source
    address or a page's 下载 button."""
    Path("plan.txt").write_text(
        head + "三、2026年重点工作\n今年要新增高新技术企业5000家。\n", "utf-8"
    )
    document = _json(cli, "plan.txt", "--date", "2026-01-14")
    assert document["document"]["title"] == title  # type: ignore[index]


def test_docx_file(cli: CliRunner) -> None:
    import docx

    word = docx.Document()
    word.add_paragraph("三、2026年重点工作")
    word.add_paragraph("今年要新增高新技术企业5000家，培育30家标杆企业。")
    word.save("plan.docx")
    assert _values(_json(cli, "plan.docx", "--date", "2026-01-14")) == [(5000, "家"), (30, "家")]


def test_pdf_with_a_text_layer_and_broken_lines(cli: CliRunner) -> None:
    Path("plan.pdf").write_bytes(
        pdf_with_text(
            ["力争到 2027 年，全市集成电路产业规模", "突破 4 万亿元，培育 30 家领航企业。"]
        )
    )
    document = _json(cli, "plan.pdf", "--date", "2026-01-14")
    assert _values(document) == [(4, "万亿元"), (30, "家")]
    assert [p["deadline"] for p in document["proposals"]] == [2027, 2027]  # type: ignore[attr-defined]


def test_pdf_without_text_needs_ocr(cli: CliRunner) -> None:
    Path("scan.pdf").write_bytes(pdf_without_text())
    result = cli("extract", "scan.pdf")
    assert result.code == 3
    assert "scan.pdf" in result.err and "OCR" in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    ("setup", "argument", "code", "words"),
    [
        (None, "missing.txt", 3, "no such file"),
        ("dir", "folder", 3, "directory"),
        (None, "/dev/zero", 3, "is a device, not a file"),
        ("docx", "broken.docx", 3, "not a readable Word"),
        ("binary", "data.txt", 3, "not a text file"),
    ],
)
def test_bad_input_is_one_clear_message(
    cli: CliRunner, setup: str | None, argument: str, code: int, words: str
) -> None:
    if setup == "dir":
        Path("folder").mkdir()
    elif setup == "docx":
        Path("broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    elif setup == "binary":
        Path("data.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = cli("extract", argument)
    assert result.code == code
    assert words in result.err and argument in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2026-13-40", "--date '2026-13-40': not a date, use YYYY-MM-DD"),
        ("9999-12-31", "--date '9999-12-31': a document's date is between 1949 and 2100"),
        ("1800-01-01", "--date '1800-01-01': a document's date is between 1949 and 2100"),
    ],
)
def test_bad_date_is_a_value_error(cli: CliRunner, date: str, message: str) -> None:
    Path("plan.txt").write_text(PLAN, "utf-8")
    result = cli("extract", "plan.txt", "--date", date, "-o", "draft.toml")
    assert result.code == 4 and result.err.strip() == f"cluster-cli: error: {message}"
    assert not Path("draft.toml").exists()


def test_into_refused_without_yes_writes_no_draft_either(cli: CliRunner, reg: Path) -> None:
    Path("plan.txt").write_text(PLAN, "utf-8")
    refused = cli("extract", "plan.txt", "-o", "draft.toml", "--into", str(reg))
    assert refused.code == 2 and "--yes" in refused.err
    assert not Path("draft.toml").exists()


def test_into_keeps_the_registry_line_endings(cli: CliRunner, reg: Path) -> None:
    Path("plan.txt").write_text(PLAN, "utf-8")
    reg.write_bytes(reg.read_bytes().replace(b"\n", b"\r\n"))  # saved on Windows
    done = cli("extract", "plan.txt", "--into", str(reg), "--yes", "--date", "2026-01-14")
    assert done.code == 0, done.err
    data = reg.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") > 0
    assert cli("check", "--registry", str(reg)).code == 0


def test_table_in_both_languages(cli: CliRunner) -> None:
    Path("plan.txt").write_text(PLAN, "utf-8")
    zh = cli("extract", "plan.txt", "--date", "2026-01-14", "--lang", "zh")
    en = cli("extract", "plan.txt", "--date", "2026-01-14", "--lang", "en")
    assert zh.code == en.code == 0
    assert "拟定目标" in zh.out and "累计" in zh.out
    assert "proposed goal" in en.out and "running total since the baseline" in en.out


def test_json_escapes_controls_that_could_spoof_a_terminal(cli: CliRunner) -> None:
    Path("plan.txt").write_text("三、2026年重点工作\n今年要新增\u202e企业\u0085500家。\n", "utf-8")
    result = cli("extract", "plan.txt", "--date", "2026-01-14", "--json")
    assert result.code == 0
    assert "\u202e" not in result.out and "\u0085" not in result.out
    assert "\\u202e" in result.out
    assert json.loads(result.out)["proposals"][0]["value"] == 500


def test_article_draft_passes_check_quotes(cli: CliRunner) -> None:
    result = cli("extract", str(ARTICLE), "-o", "draft.toml")
    assert result.code == 0, result.err
    draft = Path("draft.toml").read_text("utf-8")
    assert "SHA-256" in draft and ARTICLE.name in draft
    assert draft.count("[targets.") == 14
    check = cli("check", "--registry", "draft.toml", "--quotes", str(ARTICLE))
    assert check.code == 0, check.err
    again = cli("extract", str(ARTICLE), "-o", "draft.toml")
    assert again.code == 3 and "already exists" in again.err
    assert Path("draft.toml").read_text("utf-8") == draft


def test_into_keeps_every_byte_and_skips_duplicates(
    cli: CliRunner, reg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("plan.txt").write_text(
        "《某市软件产业2027行动计划》提出，培育软件名城企业40家，力争软件业务收入达5000亿元。\n",
        "utf-8",
    )
    original = reg.read_bytes()
    refused = cli("extract", "plan.txt", "--into", str(reg))
    assert refused.code == 2 and "--yes" in refused.err  # no terminal here
    assert reg.read_bytes() == original
    done = cli("extract", "plan.txt", "--into", str(reg), "--yes")
    assert done.code == 0, done.err
    grown = reg.read_bytes()
    assert grown.startswith(original) and len(grown) > len(original)
    assert (
        cli("check", "--registry", str(reg), "--quotes", "plan.txt", "--quotes", str(ARTICLE)).code
        == 0
    )
    second = cli("extract", "plan.txt", "--into", str(reg), "--yes")
    assert second.code == 0 and "nothing to add" in second.out
    assert reg.read_bytes() == grown


def test_into_an_invalid_registry_changes_nothing(cli: CliRunner) -> None:
    Path("plan.txt").write_text(PLAN, "utf-8")
    Path("bad.toml").write_text("schema_version = 1\n[targets.x]\nname = 1\n", "utf-8")
    before = Path("bad.toml").read_bytes()
    result = cli("extract", "plan.txt", "--into", "bad.toml", "--yes")
    assert result.code == 3 and "bad.toml" in result.err
    assert Path("bad.toml").read_bytes() == before


def test_draft_with_shares_and_rates_passes_check(cli: CliRunner) -> None:
    text = "到2030年，全社会研发投入强度达到3.5%以上，全员劳动生产率年均增长6%以上。\n"
    Path("plan.txt").write_text(text, "utf-8")
    assert cli("extract", "plan.txt", "--date", "2026-01-14", "-o", "draft.toml").code == 0
    draft = Path("draft.toml").read_text("utf-8")
    assert 'kind = "share"' in draft and 'kind = "rate"' in draft
    assert cli("check", "--registry", "draft.toml", "--quotes", "plan.txt").code == 0


def test_unknown_units_are_left_out_of_the_draft_with_a_reason(cli: CliRunner) -> None:
    Path("plan.txt").write_text("今年要把空气优良天数比率提高2个百分点，新增就业1万人。\n", "utf-8")
    assert cli("extract", "plan.txt", "--date", "2026-01-14", "-o", "draft.toml").code == 0
    draft = Path("draft.toml").read_text("utf-8")
    assert "# Left out:" in draft and "个百分点" in draft
    assert "target = 10000" in draft and 'unit = "名"' in draft  # 1万人 -> 10000名, exact
    zh = ["extract", "plan.txt", "--date", "2026-01-14", "-o", "zh.toml", "--lang", "zh"]
    assert cli(*zh).code == 0
    comments = [line for line in Path("zh.toml").read_text("utf-8").splitlines() if "# " in line]
    assert any(line.startswith("# 未收入：") and "个百分点" in line for line in comments)
    assert all(re.search("[\u4e00-\u9fff]", line.split("# ", 1)[1]) for line in comments)


def test_unreadable_file(tmp_path: Path) -> None:
    """As a real process; root reads every file, so it runs without the capabilities to."""
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, "utf-8")
    plan.chmod(0)
    plain = (
        ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    )
    done = subprocess.run(
        [*plain, sys.executable, "-m", "cluster_cli", "extract", "plan.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    assert "permission" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("kind", ["gbk", "docx"])
def test_check_quotes_reads_the_source_as_extract_read_it(cli: CliRunner, kind: str) -> None:
    """The draft's closing line says to run `check --quotes SOURCE`: it must read the source
    as `extract` did (it refused GBK and Word files as not UTF-8)."""
    text = "到2027年，全市新增高新技术企业500家。"
    if kind == "gbk":
        source = Path("plan.txt")
        source.write_bytes((text + "\n").encode("gbk"))
    else:
        import docx

        word = docx.Document()
        word.add_paragraph(text)
        source = Path("plan.docx")
        word.save(str(source))
    assert cli("extract", str(source), "-o", "draft.toml", "--date", "2026-01-14").code == 0
    checked = cli("check", "--registry", "draft.toml", "--quotes", str(source))
    assert checked.code == 0, checked.err


def test_old_mac_and_windows_line_ends_read_as_line_breaks(cli: CliRunner) -> None:
    """A lone carriage return read as a space ran a title and its paragraphs together."""
    text = "2026年工作要点\n\n今年新增高新技术企业100家。\n今年新建5G基站5000个。\n"
    proposals = []
    for name, ends in (("lf.txt", "\n"), ("cr.txt", "\r"), ("crlf.txt", "\r\n")):
        Path(name).write_bytes(text.replace("\n", ends).encode("utf-8"))
        result = cli("extract", name, "--json")
        assert result.code == 0, result.err
        proposals.append([(p["name"], p["value"]) for p in json.loads(result.out)["proposals"]])
    assert proposals[0] == proposals[1] == proposals[2] and len(proposals[0]) == 2


def test_standard_input_is_said_to_be_no_file(cli: CliRunner) -> None:
    result = cli("extract", "-", "--lang", "en")
    assert (
        result.code == 2 and "FILE -: standard input and output cannot be used here" in result.err
    )
    assert "does not exist" not in result.err and "no such" not in result.err.lower()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_as_import_reads_it(
    cli: CliRunner, codec: str
) -> None:
    text = "2026年工作要点\n\n今年新增高新技术企业100家。\n"
    Path("plan.txt").write_bytes(text.encode(codec))
    result = cli("extract", "plan.txt", "--json")
    assert result.code == 0, result.err
    assert [p["value"] for p in json.loads(result.out)["proposals"]] == [100]
    Path("binary.txt").write_bytes(bytes(range(256)) * 4)  # NULs on both sides: no text
    assert cli("extract", "binary.txt").code == 3


def test_an_undated_text_of_this_year_asks_for_its_date(cli: CliRunner) -> None:
    """今年 with no date anywhere: the goals cannot be timed, and the user is told how to
    give the date; with --date, or a title naming the year, nothing is said."""
    Path("plan.txt").write_text("今年要新增高新技术企业5000家。\n", "utf-8")
    result = cli("extract", "plan.txt", "--lang", "en")
    assert result.code == 0 and "0 proposed goals" in result.out
    assert result.err.startswith("cluster-cli: warning: plan.txt: figures are timed by the")
    assert "('今年')" in result.err and "--date YYYY-MM-DD" in result.err
    chinese = cli("extract", "plan.txt", "--lang", "zh", "--json")
    assert json.loads(chinese.out)["proposals"] == []
    assert (
        "有数字以“今年”等文件本身的年份为期" in chinese.err and "--date YYYY-MM-DD" in chinese.err
    )
    dated = cli("extract", "plan.txt", "--lang", "en", "--date", "2026-01-14")
    assert "1 proposed goal" in dated.out and dated.err == ""
    Path("report.txt").write_text("2026年政府工作报告\n今年要新增高新技术企业5000家。\n", "utf-8")
    titled = cli("extract", "report.txt", "--lang", "en")
    assert "1 proposed goal" in titled.out and titled.err == ""
    Path("plain.txt").write_text("到2027年，新增高新技术企业5000家。\n", "utf-8")
    assert cli("extract", "plain.txt", "--lang", "en").err == ""


@pytest.mark.parametrize(
    "text",
    [
        # A year past or compared with is no frame of a goal: nothing waits for the date.
        "到2025年，全市新增高新技术企业500家。与去年相比，工业增加值增长8%。",
        "去年，全市地区生产总值增长5.2%。到2025年，新增企业500家。",
        "到2025年，新增企业500家。2021年全年完成投资100亿元。",
        "今年以来，全市新增企业500家。到2025年，新增企业600家。",
        "到2030年，新增企业1000家，力争用50年时间建成强市。",
        # Pieces of longer words: 全年龄段, 过去年均, 未来年均, 提前年底.
        "覆盖全年龄段人口。到2025年新增企业500家。",
        "过去年均增长5%。到2025年新增企业500家。",
        "未来年均增长5%。到2025年新增企业500家。",
        "力争提前年底完成。到2025年新增企业500家。",
        # A figure of this year that is reported, not aimed at: no date would make it a goal.
        "今年全市地区生产总值增长5.6%。",
        "今年有望新增企业500家。",
        # The year from a plan's title, which the goals take.
        "关于印发《某区城市更新2025年度实施计划》的通知\n今年，全区新增口袋公园20个。",
    ],
)
def test_no_warning_when_no_goal_waits_for_the_date(cli: CliRunner, text: str) -> None:
    Path("plan.txt").write_text(text + "\n", "utf-8")
    result = cli("extract", "plan.txt", "--lang", "en")
    assert result.code == 0 and result.err == "", result.err


def test_the_undated_words_are_quoted_as_written(cli: CliRunner) -> None:
    Path("plan.txt").write_text("經過兩年努力，新增企業500家，實現產值100億元。\n", "utf-8")
    assert "('經過兩年')" in cli("extract", "plan.txt", "--lang", "en").err


def test_a_files_own_title_gives_the_year_of_its_goals(cli: CliRunner) -> None:
    """今年 under an HTML <title>, front matter's title: or a .docx's title naming the year (in
    traditional characters too): the goal is that year's; the document's date stays unknown."""
    Path("report.html").write_text(
        "<html><head><title>2024年政府工作报告</title></head>"
        "<body><p>今年，全市新增高新技术企业500家。</p></body></html>",
        "utf-8",
    )
    Path("report.md").write_text(
        "---\ntitle: 2024年政府工作报告\n---\n今年，全市新增高新技术企业500家。\n", "utf-8"
    )
    import docx

    word = docx.Document()
    word.core_properties.title = "2024年政府工作報告"  # traditional characters, as the text
    word.add_paragraph("今年，全市新增高新技術企業500家，實現產值達到國際領先水平。")
    word.save("report.docx")
    for name in ("report.html", "report.md", "report.docx"):
        result = cli("extract", name, "--json")
        assert result.code == 0 and result.err == "", result.err
        document = json.loads(result.out)
        assert [p["deadline"] for p in document["proposals"]] == [2024]
        assert document["document"]["date"] is None

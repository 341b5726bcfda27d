"""The HTML report: golden files, escaping, and a real render in headless Chromium."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cluster_cli.engine.assess import compute
from cluster_cli.i18n import Lang
from cluster_cli.i18n import words as w
from cluster_cli.render import html as html_render
from cluster_cli.render import htmltext
from conftest import REGISTRY_HEAD, CliRunner, count_goal
from report_sample import (
    AS_OF,
    ORIGIN,
    _record,
    check_golden,
    hostile_registry,
    sample_assessment,
    sample_records,
    sample_registry,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def chromium() -> str:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(
        "Chromium is needed to test the HTML report but was not found on PATH: install it "
        "with `apt-get install chromium` (.ci/run does this) and run the tests again",
        pytrace=False,
    )


def run_chromium(tmp_path: Path, page: Path, *mode: str) -> subprocess.CompletedProcess[str]:
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        *mode,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_html_matches_golden(lang: Lang) -> None:
    registry = sample_registry()
    text = html_render.render(sample_assessment(registry), ORIGIN, registry, lang)
    check_golden(f"report.{lang}.html", text)


def test_page_is_self_contained() -> None:
    registry = sample_registry()
    page = html_render.render(sample_assessment(registry), ORIGIN, registry, "zh")
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh-CN">')
    assert '<meta charset="utf-8">' in page and "@media print" in page
    assert "default-src 'none'" in page
    for external in ("<script", "<link", "@import", "url(", "src=", "http://", "https://"):
        assert external not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert page.count("<svg") == 8  # one chart per goal with a recorded value
    assert '<span class="sym" aria-hidden="true">!</span>需加快' in page  # word + symbol


def test_text_from_files_is_escaped() -> None:
    registry = hostile_registry()
    page = html_render.render(sample_assessment(registry), ORIGIN, registry, "en")
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&amp;amp;" in page


def test_renders_in_headless_chromium(tmp_path: Path) -> None:
    registry = hostile_registry()
    page = tmp_path / "report.html"
    page.write_text(
        html_render.render(sample_assessment(registry), ORIGIN, registry, "en"), "utf-8"
    )
    shot = tmp_path / "shot.png"
    result = run_chromium(tmp_path, page, f"--screenshot={shot}", "--window-size=1200,2000")
    assert shot.exists(), f"Chromium wrote no screenshot: {result.stderr[-2000:]}"
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 2000)
    assert len(data) > 50_000  # a page of text, tables and colour, not a blank image

    dom = run_chromium(tmp_path, page, "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "Goal progress report" in dom.stdout
    assert "<script" not in dom.stdout.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom.stdout


@pytest.mark.parametrize(
    ("lang", "figure", "note"),
    [
        (
            "en",
            '<span class="fig">over 100 billion</span> yuan <span class="fig">(2022)</span>',
            "The baseline is approximate",
        ),
        (
            "zh",
            '<span class="fig">超过1,000亿元</span><span class="fig">（2022年）</span>',
            "基期数值为约数",
        ),
    ],
)
def test_an_approximate_baseline_is_flagged(lang: Lang, figure: str, note: str) -> None:
    registry = sample_registry()
    page = html_render.render(sample_assessment(registry), ORIGIN, registry, lang)
    clusters = page.split('class="clusters"', 1)[1].split("</section>", 1)[0]
    assert clusters.count(figure) == 1
    section = page.split('id="goal-ic-scale"', 1)[1].split("</article>", 1)[0]
    assert f"<td>{figure}</td>" in section
    assert f"<li>{note}" in section
    exact = page.split('id="goal-ic-core-projects"', 1)[1].split("</article>", 1)[0]
    assert note not in exact


# ------------------------------------------------------------------ a report to send

LATE = dt.date(2026, 1, 31)  # after the 2025 deadlines, before any 2025 figure: provisional


def page_for(lang: Lang, as_of: dt.date | None = None) -> str:
    registry = sample_registry()
    if as_of is None:
        assessment = sample_assessment(registry)
    else:
        assessment = compute(registry, sample_records(), as_of)
    return html_render.render(assessment, ORIGIN, registry, lang)


@pytest.mark.parametrize(("lang", "mark"), [("zh", "需加快（暂定）"), ("en", "(provisional)")])
def test_a_provisional_status_is_marked_wherever_it_is_shown(lang: Lang, mark: str) -> None:
    page = page_for(lang, LATE)
    clusters = page.split('class="clusters"', 1)[1].split("</section>", 1)[0]
    detail = page.split('id="goal-ic-scale"', 1)[1].split("</article>", 1)[0]
    assert mark in clusters and mark in detail
    assert 'class="badge st-needs-acceleration provisional"' in detail
    on_time = page_for(lang).split('class="clusters"', 1)[1].split("</section>", 1)[0]
    assert "provisional" not in on_time and mark not in on_time


def test_a_goal_with_nothing_recorded_takes_one_line() -> None:
    page = page_for("en")
    brief = page.split('id="goal-kunshan-smart-terminals"', 1)[1].split("</article>", 1)[0]
    summary = brief.split("<summary>", 1)[1].split("</summary>", 1)[0]
    words = re.sub("<[^>]+>", "", summary)
    assert "300 billion yuan by 2025" in words and "Nothing recorded yet." in words
    assert "<table" not in brief and "<svg" not in brief
    assert "2025年智能终端产值" in brief or "<blockquote>" in brief  # the quote, a click away


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_method_is_in_the_page_not_behind_a_relative_link(lang: Lang) -> None:
    page = page_for(lang)
    assert "docs/methodology.md" not in page and "href=" not in page
    method = page.split('class="method"', 1)[1].split("</section>", 1)[0]
    assert w.RULES(lang) in method and htmltext.e(w.RULE_PROVISIONAL(lang)) in method


def test_english_charts_speak_english_units() -> None:
    page = page_for("en")
    charts = re.findall(r"<svg.*?</svg>", page, re.S)
    assert len(charts) == 8
    scale = charts[0]
    assert ">billion yuan</text>" in scale and "亿元" not in scale
    assert ">Target 200</text>" in scale and ">135</text>" in scale
    assert all("rotate(" not in chart for chart in charts)  # unit labels are level


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_counts_get_whole_ticks(lang: Lang) -> None:
    page = page_for(lang)
    chart = page.split('id="goal-kunshan-highlands"', 1)[1].split("</svg>", 1)[0]
    ticks = re.findall(r'class="tick"[^>]*>([^<]+)</text>', chart)
    assert ticks == ["0", "1", "2", "3", "4"]
    assert (">个</text>" if lang == "zh" else ">highlands</text>") in chart


@pytest.mark.parametrize(
    ("unit", "values", "target", "axis", "shown"),
    [
        ("美元", [1.5e9, 3e9], 5e9, "亿美元", [15.0, 30.0]),  # not ticks of 2,000,000,000
        ("元", [2.5e5, 3e5], 1e6, "万元", [25.0, 30.0]),
        ("元", [25_000.0, 30_000.0], 50_000.0, "元", [25_000.0, 30_000.0]),  # short enough
        ("万亩", [120.0, 150.0], 300.0, "万亩", [120.0, 150.0]),
    ],
)
def test_a_chinese_axis_of_large_sums_is_drawn_in_a_larger_unit(
    unit: str, values: list[float], target: float, axis: str, shown: list[float]
) -> None:
    from cluster_cli.render import layout
    from cluster_cli.render.view import Chart

    scale = layout.scale(Chart("目标", unit, ["2023", "2024"], values, target), "zh")
    assert (scale.unit, scale.values) == (axis, shown)


def test_a_figure_keeps_its_parts_together() -> None:
    """A number never parts from its qualifier and its Chinese unit or English scale, nor a
    period from itself; a line may break before the period and before English unit words."""
    zh = page_for("zh")
    assert '<span class="fig">2,000亿元</span><span class="fig">（2025年）</span>' in zh
    assert '<span class="fig">31.7个百分点</span>' in zh
    assert '<span class="fig">超过1,000亿元</span><span class="fig">（2022年）</span>' in zh
    en = page_for("en")
    assert '<span class="fig">200 billion</span> yuan <span class="fig">by 2025</span>' in en
    assert '<span class="fig">600</span> talents and teams <span class="fig">by 2025</span>' in en
    assert '<span class="fig">0.62 times</span>' in en and '<span class="fig">31.7 pp</span>' in en


@pytest.mark.parametrize(
    ("lang", "text", "html"),
    [
        # Seven digits and more: number, unit of words and period apart.
        (
            "en",
            "2.345678901 billion yuan (2024)",
            '<span class="fig">2.345678901</span> billion yuan <span class="fig">(2024)</span>',
        ),
        # A Chinese unit stays with its number; five groups of digits break in the middle.
        (
            "zh",
            "134,908,400,000,000元（2024年）",
            '<span class="fig">134,908,</span><wbr><span class="fig">400,000,000元</span>'
            '<span class="fig">（2024年）</span>',
        ),
        # Sixteen digits, six of them decimals and more: the decimals break in the middle.
        (
            "en",
            "123.4567890123456 trillion tonnes",
            '<span class="fig">123.456789</span><wbr><span class="fig">0123456</span>'
            " trillion tonnes",
        ),
        # Fewer digits, or fewer decimals: whole.
        ("zh", "约9,999,999,999.99元", '<span class="fig">约9,999,999,999.99元</span>'),
        (
            "en",
            "1,234,567,890.12345 yuan",
            '<span class="fig">1,234,567,890.12345</span> yuan',
        ),
        ("zh", "12,345,678,901.23亿元", '<span class="fig">12,345,678,901.23亿元</span>'),
        (
            "zh",
            "超过1,234,567,890元（2022年）",
            '<span class="fig">超过1,234,567,890元</span><span class="fig">（2022年）</span>',
        ),
        (
            "zh",
            "2,000亿元（2025年）",
            '<span class="fig">2,000亿元</span><span class="fig">（2025年）</span>',
        ),
        (
            "en",
            "600 talents and teams by 2025",
            '<span class="fig">600</span> talents and teams <span class="fig">by 2025</span>',
        ),
        (
            "en",
            "1.5 billion square metres by 2026",
            '<span class="fig">1.5 billion</span> square metres <span class="fig">by 2026</span>',
        ),
        ("en", "behind by 12.1 pp", 'behind by <span class="fig">12.1 pp</span>'),
        # A count with no noun (3 million of 个): its period stays whole.
        (
            "en",
            "3 million by 2027",
            '<span class="fig">3 million</span> <span class="fig">by 2027</span>',
        ),
    ],
)
def test_a_figure_of_many_digits_may_break_between_its_parts(
    lang: Lang, text: str, html: str
) -> None:
    assert (
        htmltext.Figures(lang, {"元", "亿元", "talents and teams", "square metres"})(text) == html
    )


def test_the_printed_foot_names_the_date_and_numbers_the_pages() -> None:
    page = page_for("zh")
    assert '@bottom-left { content: "目标进展报告 · 数据截至2025-06-30";' in page
    assert 'content: "第" counter(page) "页，共" counter(pages) "页";' in page
    assert htmltext.css_string('a"b\\c</style>') == '"a\\"b\\\\c\\3c /style>"'


def test_a_long_run_in_a_name_may_break_anywhere() -> None:
    assert htmltext.name_html("集成电路产业规模") == "集成电路产业规模"
    assert htmltext.name_html("Integrated-circuit industry-university-research") == (
        "Integrated-circuit industry-university-research"
    )  # words break between words and after hyphens already
    assert htmltext.name_html(f"地区{LONG_WORD}<b>") == (
        f'地区<span class="long">{LONG_WORD}&lt;b&gt;</span>'
    )
    right_to_left = htmltext.name_html("مساحة " + LONG_WORD)
    assert right_to_left.startswith('\u2068مساحة <span class="long">')
    assert right_to_left.endswith("</span>\u2069")


# ------------------------------------------------------------------ measured in Chromium

PRINT_WIDTH = 703  # A4 less 12 mm margins either side, in CSS px
FIGURE_LINES = """() => [...document.querySelectorAll('.fig')]
  .filter(el => el.getClientRects().length > 0)
  .filter(el => new Set([...el.getClientRects()].map(r => Math.round(r.top))).size > 1)
  .map(el => el.textContent)"""
SMALLEST_FONT = """() => {
  let smallest = [1e9, ''];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || !el.getClientRects().length) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el.closest('svg');
    if (svg) size *= svg.getScreenCTM().a;  // the chart is scaled to its column
    if (size < smallest[0]) smallest = [size, node.textContent.slice(0, 40)];
  }
  return smallest;
}"""
WIDEST = """() => {
  let widest = [0, ''];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width && r.right > widest[0]) widest = [r.right, el.tagName + ' ' + el.className];
  }
  return widest;
}"""


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(
        executable_path=chromium(), args=["--no-sandbox", "--disable-gpu"]
    )
    yield launched
    launched.close()


def open_page(browser: Browser, tmp_path: Path, lang: Lang, width: int) -> Page:
    path = tmp_path / f"report.{lang}.html"
    path.write_text(page_for(lang), "utf-8")
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(path.as_uri())
    return page


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_phone_never_scrolls_sideways(browser: Browser, tmp_path: Path, lang: Lang) -> None:
    page = open_page(browser, tmp_path, lang, 390)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate(WIDEST)[0] <= 390
    assert page.evaluate(FIGURE_LINES) == []  # no figure broken across lines


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_print_fits_a4_in_readable_type(browser: Browser, tmp_path: Path, lang: Lang) -> None:
    page = open_page(browser, tmp_path, lang, PRINT_WIDTH)
    page.emulate_media(media="print")
    size, text = page.evaluate(SMALLEST_FONT)
    assert size >= 12 - 0.05, (size, text)  # 9 pt
    right, element = page.evaluate(WIDEST)
    assert right <= PRINT_WIDTH, (right, element)
    assert page.evaluate(FIGURE_LINES) == []


# The words of the summary's tiles broken inside a word ("deterioratin" / "g"): none may be.
BROKEN_WORDS = """() => [...document.querySelectorAll('.card .label')].flatMap(label => {
  const node = label.lastChild, text = node.textContent, broken = [];
  let at = 0;
  for (const word of text.split(' ')) {
    const start = text.indexOf(word, at);
    at = start + word.length;
    if (!word) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, at);
    if (range.getClientRects().length > 1) broken.push(word);
  }
  return broken;
})"""


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_summary_tiles_never_break_a_word(browser: Browser, tmp_path: Path, lang: Lang) -> None:
    for width, media in ((390, "screen"), (PRINT_WIDTH, "print")):
        page = open_page(browser, tmp_path, lang, width)
        page.emulate_media(media=media)  # type: ignore[arg-type]
        assert page.evaluate(BROKEN_WORDS) == [], (width, media)


PAGES = {"zh": 11, "en": 13}  # the sample report on A4; 21 and 18 before goals were folded


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_printed_page_has_its_number_and_the_date(
    browser: Browser, tmp_path: Path, lang: Lang
) -> None:
    from pypdf import PdfReader

    page = open_page(browser, tmp_path, lang, PRINT_WIDTH)
    pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    count = len(pdf.pages)
    assert count <= PAGES[lang]
    for number, sheet in enumerate(pdf.pages, start=1):
        text = "".join(sheet.extract_text().split())
        for expected in (
            w.PRINTED_AS_OF(lang, as_of="2025-06-30"),
            w.PRINTED_PAGE(lang, page=number, pages=count),
        ):
            assert re.search(loose(expected), text), (number, expected, text[:200])


def loose(expected: str) -> str:
    """A pattern for text read back from a PDF: spaces dropped, and any CJK character matched
    by any character (the PDF's fonts map some to their radical forms: 页 comes back as ⻚)."""
    return "".join(re.escape(c) if c.isascii() else "." for c in expected if not c.isspace())


def contrast(first: str, second: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(c) / 255 for c in re.findall(r"\d+", colour)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.slow
def test_forced_dark_mode_keeps_the_charts_readable(playwright: Playwright, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(page_for("en"), "utf-8")
    dark = playwright.chromium.launch(
        executable_path=chromium(),
        args=["--no-sandbox", "--force-dark-mode", "--enable-features=WebContentsForceDark"],
    )
    page = dark.new_page(color_scheme="null")  # no emulation: what the browser's flags say
    page.goto(path.as_uri())
    paper = page.evaluate("getComputedStyle(document.body).backgroundColor")
    fills = page.evaluate(
        "[...document.querySelectorAll('svg text')].map(t => getComputedStyle(t).fill)"
    )
    dark.close()
    assert contrast(paper, "rgb(0, 0, 0)") < 1.5  # the page's own dark palette is in use
    assert fills and min(contrast(fill, paper) for fill in set(fills)) >= 4.5


LONG_SOURCE = (
    "https://www.suzhou.gov.cn/szsrmzf/zfgzbg/202501/5a7b0c3d9e8f4a1b2c3d4e5f6a7b8c9d.shtml"
    "?from=timeline&isappinstalled=0"
)


def page_with_a_long_source(lang: Lang) -> str:
    registry = sample_registry()
    record = _record(40, "ic-scale", 1400, "亿元", "2024", "2025-05-01T00:00:00Z", LONG_SOURCE)
    assessment = compute(registry, [*sample_records(), record], dt.date.fromisoformat(AS_OF))
    return html_render.render(assessment, ORIGIN, registry, lang)


def test_digits_inside_a_web_address_are_not_figures() -> None:
    page = page_with_a_long_source("en")
    assert '<span class="fig">202501</span>' not in page
    assert '<span class="fig">140 billion</span> yuan <span class="fig">(2024)</span>' in page


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_long_source_breaks_instead_of_widening_the_page(
    browser: Browser, tmp_path: Path, lang: Lang
) -> None:
    """A web address as a figure's source, unbroken, made a phone's page 800 px wide and ran
    off a printed A4 page: table cells now break a long word anywhere."""
    path = tmp_path / f"long.{lang}.html"
    path.write_text(page_with_a_long_source(lang), "utf-8")
    for width, media in ((390, "screen"), (PRINT_WIDTH, "print")):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(path.as_uri())
        page.emulate_media(media=media)  # type: ignore[arg-type]
        assert page.evaluate(WIDEST)[0] <= width, (width, page.evaluate(WIDEST))
        assert page.evaluate(FIGURE_LINES) == []


# The lines each word of the first cluster table's first name takes.
WORD_LINES = r"""(() => {
  const node = document.querySelector('table.clusters tbody td').firstChild;
  return [...node.textContent.matchAll(/[^\s-]+/g)].map(word => {
    const range = document.createRange();
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
  });
})()"""


LONG_WORD = "Supercalifragilisticexpialidociousnessoftheindustrialinternetplatform"


def page_of_large_sums_in_yuan(
    lang: Lang,
    name: str = "地区生产总值",
    name_en: str = "",
    sums: tuple[str, str, float] = ("元", "150000000000000", 134908400000000),
) -> str:
    """A goal in 元 of fifteen digits (a GDP), with its baseline and a figure: three columns
    of the cluster table hold figures of nineteen characters and more. ``sums``: another unit,
    target and figure."""
    name_en = name_en or "Gross domestic product"
    unit, target, figure = sums
    text = REGISTRY_HEAD + (
        f'\n[targets.gdp]\nname = "{name}"\nname_en = "{name_en}"\n'
        f'cluster = "c"\nregion = "r"\nunit = "{unit}"\ntarget = {target}\nkind = "level"\n'
        "start = 2024\ndeadline = 2027\nbaseline = { value = 121020700000000, period = 2023 }\n"
        'source = { document = "doc", quote = "地区生产总值150万亿元" }\n'
    )
    from cluster_cli.files import registry as registry_module

    location = registry_module.RegistryLocation(Path("targets.toml"), "option")
    registry = registry_module.load_text(location, text)
    record = _record(1, "gdp", figure, unit, "2024", "2025-03-01T00:00:00Z")
    assessment = compute(registry, [record], dt.date.fromisoformat(AS_OF))
    return html_render.render(assessment, ORIGIN, registry, lang)


# Badges whose symbol is drawn on another line than the status word after it.
SYMBOLS_ALONE = r"""() => [...document.querySelectorAll('.badge .sym')].filter(sym => {
  const text = sym.nextSibling, range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.textContent.split(' ')[0].length);
  return Math.round(range.getClientRects()[0].top) !== Math.round(sym.getClientRects()[0].top);
}).map(sym => sym.parentElement.textContent)"""


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", ["sample", "large sums", "long word", "many decimals"])
def test_cluster_tables_fit_the_page(
    browser: Browser, tmp_path: Path, lang: Lang, kind: str
) -> None:
    """Each figure was unbreakable whole with its unit and period: the English sample's cluster
    tables were 1,076 px wide in a 1,000 px page at 1,200 px of screen, the Chinese 861 px in
    820 at 900, and figures of fifteen digits in 元 made them 1,100 px wide. A line may now
    break before a period and inside an English unit, a long number in its middle, and below
    960 px the table is blocks. Figures of sixteen digits, thirteen of them decimals, were 56 px
    too wide at 961 px, and a badge's "-" stood alone on its line above "deteriorating"."""
    path = tmp_path / f"page.{lang}.html"
    if kind == "sample":
        page_text = page_for(lang)
    elif kind == "large sums":
        page_text = page_of_large_sums_in_yuan(lang)
    elif kind == "many decimals":  # 123.4567890123456 trillion tonnes, falling: deteriorating
        sums = ("吨", "123456789012345.6", 98765432109876.5)
        page_text = page_of_large_sums_in_yuan(lang, sums=sums)
    else:  # a name of one long made-up word (in the heading too, which it widened at 390 px)
        page_text = page_of_large_sums_in_yuan(lang, f"地区{LONG_WORD}总值", LONG_WORD)
    path.write_text(page_text, "utf-8")
    for width in (390, 900, 961, 1024, 1200):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(path.as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        tables = page.evaluate(
            "[...document.querySelectorAll('table.clusters')].map(t =>"
            " [t.getBoundingClientRect().width, t.parentElement.clientWidth])"
        )
        assert all(table <= room for table, room in tables), (width, tables)
        assert page.evaluate(FIGURE_LINES) == []  # each part whole on its line
        assert page.evaluate(SYMBOLS_ALONE) == [], width
        if lang == "en" and kind != "long word":  # between words, never inside ("domest/ic")
            assert set(page.evaluate(WORD_LINES)) == {1}


@pytest.mark.parametrize(("lang", "over"), [("zh", "超过1,000"), ("en", "over 100")])
def test_a_charts_bar_label_keeps_an_approximate_baselines_qualifier(lang: Lang, over: str) -> None:
    """The baseline's bar is drawn at 1,000 but labelled as the plan gives it: "over 1000"."""
    registry = sample_registry()
    page = html_render.render(sample_assessment(registry), ORIGIN, registry, lang)
    svg = page.split('id="goal-ic-scale"', 1)[1].split("</svg>", 1)[0]
    assert f'fill="#1f2328">{over}</text>' in svg
    assert f"2022 {over}, 2023 " in svg  # the chart's text for screen readers
    exact = page.split('id="goal-ic-core-projects"', 1)[1].split("</article>", 1)[0]
    assert "超过" not in exact and "over " not in exact


# Pairs of labels of one chart drawn over each other (their boxes as drawn, less a pixel), and
# labels that run off the chart's edge.
CHART_CLASHES = """() => [...document.querySelectorAll('svg')].flatMap(svg => {
  const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBBox()]);
  const clashes = boxes.filter(([, b]) => b.x < 0 || b.x + b.width > 420).map(([a]) => [a, 'edge']);
  boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
    if (p.x + 1 < q.x + q.width && q.x + 1 < p.x + p.width
        && p.y + 1 < q.y + q.height && q.y + 1 < p.y + p.height) clashes.push([a, b]);
  }));
  return clashes;
})"""


def _met_at_the_last_bar(cli: CliRunner, lang: Lang) -> str:
    """A goal met by its last figure, the bar as high as the target's line, where the target's
    label used to cover the bar's figure; one just short of it; eleven years of figures of
    four digits, whose labels ran together; and millions of households, whose ticks ran off the
    chart's left edge."""
    goals = count_goal("met", "已完成", "Met", 100, 2020, 2030)
    goals += count_goal("near", "接近", "Near", 100, 2020, 2030)
    goals += count_goal("long", "十年", "Ten years", 20000, 2014, 2030)
    goals += count_goal("big", "大数", "Big", 2_000_000, 2020, 2030).replace("家", "户")
    Path("targets.toml").write_text(REGISTRY_HEAD + goals, "utf-8")
    Path("actuals.toml").write_text("version = 1\n\n[records]\n", "utf-8")
    decade = [(str(year), str(1000 + 1111 * (year - 2014))) for year in range(2014, 2025)]
    figures = {
        "met": [("2023", "40"), ("2024", "100")],
        "near": [("2023", "60"), ("2024", "97")],
        "big": [("2024", "1500000")],
    }
    for goal, pairs in (*figures.items(), ("long", decade)):
        for year, value in pairs:
            done = cli("update", goal, value, "--period", year, "--source", "example")
            assert done.code == 0, done.err
    done = cli("report", "--html", "--lang", lang)
    assert done.code == 0, done.err
    return done.out


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_chart_label_covers_another(
    browser: Browser, tmp_path: Path, cli: CliRunner, lang: Lang
) -> None:
    for name, text in (("sample", page_for(lang)), ("met", _met_at_the_last_bar(cli, lang))):
        path = tmp_path / f"{name}.{lang}.html"
        path.write_text(text, "utf-8")
        for width in (390, 1200):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(path.as_uri())
            assert page.evaluate(CHART_CLASHES) == [], (name, width)
            page.close()

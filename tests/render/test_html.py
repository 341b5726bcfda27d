"""The HTML report: golden files, escaping, and a real render in headless Chromium."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from cluster_cli.i18n import Lang
from cluster_cli.render import html as html_render
from report_sample import (
    ORIGIN,
    check_golden,
    hostile_registry,
    sample_assessment,
    sample_registry,
)

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
    ("lang", "baseline", "note"),
    [
        ("en", "over 100 billion yuan (2022)", "The baseline is approximate"),
        ("zh", "超过1,000亿元（2022年）", "基期数值为约数"),
    ],
)
def test_an_approximate_baseline_is_flagged(lang: Lang, baseline: str, note: str) -> None:
    registry = sample_registry()
    page = html_render.render(sample_assessment(registry), ORIGIN, registry, lang)
    figure = f'<span class="fig">{baseline}</span>'
    clusters = page.split('class="clusters"', 1)[1].split("</section>", 1)[0]
    assert clusters.count(figure) == 1
    section = page.split('id="goal-ic-scale"', 1)[1].split("</article>", 1)[0]
    assert f"<td>{figure}</td>" in section
    assert f"<li>{note}" in section
    exact = page.split('id="goal-ic-core-projects"', 1)[1].split("</article>", 1)[0]
    assert note not in exact

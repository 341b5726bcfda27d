"""docs/methodology.md: both languages tell the same method, section for section."""

from __future__ import annotations

import re

from cluster_cli.engine.models import DEFAULT_TOLERANCE_POINTS, DEFAULT_TOLERANCE_SHARE
from cluster_cli.engine.results import ACCELERATION_RATIO, ON_TRACK_RATIO, Status
from conftest import REPO

DOC = (REPO / "docs" / "methodology.md").read_text("utf-8")
ENGLISH, CHINESE = DOC.split("\n## English\n")[1].split("\n## 中文\n")


def anchors(part: str) -> list[str]:
    return re.findall(r'^### .*<a id="([a-z-]+)"></a>$', part, re.MULTILINE)


def test_both_languages_have_the_same_sections_in_the_same_order() -> None:
    english, chinese = anchors(ENGLISH), anchors(CHINESE)
    assert len(english) >= 10
    assert ["zh-" + anchor for anchor in english] == chinese
    headings = [len(re.findall(r"^### ", part, re.MULTILINE)) for part in (ENGLISH, CHINESE)]
    assert headings == [len(english), len(chinese)]


def test_both_languages_give_the_same_thresholds_and_defaults() -> None:
    for part in (ENGLISH, CHINESE):
        assert f"R ≥ {ON_TRACK_RATIO}" in part and f"{ACCELERATION_RATIO:.2f} ≤ R" in part
        assert f"{DEFAULT_TOLERANCE_POINTS}" in part and f"{DEFAULT_TOLERANCE_SHARE:.0%}" in part
        for number in ("0.949", "−0.42", "−17", "1,953.1", "1949"):
            assert number in part, number
    assert len(Status) == 7
    for status in Status:
        assert status.value.replace("-", " ") in ENGLISH.lower(), status


def test_every_goal_kind_and_direction_is_documented_in_both_languages() -> None:
    for word in ("`level`", "`cumulative`", "`share`", "`rate`", "`maintain`"):
        assert word in ENGLISH and word in CHINESE, word

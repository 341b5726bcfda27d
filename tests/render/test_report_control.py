"""Control characters in text from files never reach a report: not in Markdown, HTML or CSV."""

from __future__ import annotations

import datetime as dt
import re
from types import ModuleType

import pytest

from cluster_cli.engine.assess import Assessment, compute
from cluster_cli.engine.models import Registry
from cluster_cli.i18n import Lang
from cluster_cli.render import csv as csv_render
from cluster_cli.render import html as html_render
from cluster_cli.render import markdown as markdown_render
from report_sample import AS_OF, ORIGIN, _record, sample_records, sample_registry

# A terminal title change (OSC ... BEL) and a colour (CSI), as a record's source.
EVIL_SOURCE = "evil\x1b]0;pwned\x07\x1b[31mRED"
# A right-to-left override that would show "txt.exe" as "exe.txt", and a C1 CSI and NEL.
EVIL_NOTE = "revised \u202etxt.exe\u202c \x9b31m \x85end"
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def hostile_progress() -> tuple[Assessment, Registry]:
    registry = sample_registry()
    target = registry.targets["ic-scale"]
    targets = dict(registry.targets)
    targets["ic-scale"] = target.model_copy(
        update={"name": "集成电路\u202e规模\x1b[2J", "name_en": "IC \u202escale\x9b"}
    )
    registry = registry.model_copy(update={"targets": targets})
    evil = _record(
        99, "ic-scale", 1360, "亿元", "2024", "2025-05-01T00:00:00Z", EVIL_SOURCE, EVIL_NOTE
    )
    records = [*sample_records(), evil]
    return compute(registry, records, dt.date.fromisoformat(AS_OF)), registry


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("module", [markdown_render, html_render, csv_render])
def test_no_control_character_reaches_a_report(module: ModuleType, lang: Lang) -> None:
    assessment, registry = hostile_progress()
    text = module.render(assessment, ORIGIN, registry, lang)
    # The CSV's records end with CR LF, as RFC 4180 has them; no other CR may appear.
    found = FORBIDDEN.findall(text.replace("\r\n", "\n"))
    assert not found, found
    # The characters are shown, not dropped: a reader sees that something odd was there.
    assert "pwned" in text and "x1b" in text and "x07" in text and "u202e" in text


@pytest.mark.parametrize("module", [markdown_render, html_render])
def test_a_name_written_right_to_left_is_isolated(module: ModuleType) -> None:
    """A Hebrew or Arabic name is set between FSI and PDI (balanced): it cannot pull the
    brackets and figures beside it into its own direction. Nothing else is."""
    registry = sample_registry()
    targets = dict(registry.targets)
    targets["ic-scale"] = registry.targets["ic-scale"].model_copy(
        update={"name": "מעגלים משולבים", "name_en": "دوائر متكاملة"}
    )
    registry = registry.model_copy(update={"targets": targets})
    assessment = compute(registry, sample_records(), dt.date.fromisoformat(AS_OF))
    for lang, name in (("zh", "מעגלים משולבים"), ("en", "دوائر متكاملة")):
        text = module.render(assessment, ORIGIN, registry, lang)
        assert f"\u2068{name}\u2069" in text
        assert text.count("\u2068") == text.count("\u2069") > 0
        # Each item of a list is isolated apart: no isolate spans the list's separator.
        for span in re.findall("\u2068(.*?)\u2069", text):
            assert "；" not in span and "; " not in span, span
        assert not re.search("[\u2066\u2067\u202a-\u202e]", text)
        # In the chart's description too, the name alone: the figures after it are not.
        for label in re.findall('aria-label="([^"]*)"', text):
            assert "\u2068" not in label or f"\u2068{name}\u2069 (" in label, label
    # Text with no such letters is left as it was: the sample's report has no isolate.
    sample = sample_registry()
    plain = module.render(
        compute(sample, sample_records(), dt.date.fromisoformat(AS_OF)), ORIGIN, sample, "en"
    )
    assert "\u2068" not in plain and "\u2069" not in plain

"""Proposals as registry TOML: a new draft file (``-o``) and text to append (``--into``).

The text is written by hand rather than by a TOML library so that it can carry comments: where
each goal was found, how sure the extractor is, and why a goal was left out. Units the registry
does not know are converted only when the conversion is exact (万人 -> 名 × 10,000); other goals
stay out of the draft with a comment saying why. Each goal's assumptions and note are written in
both languages (``{ zh = "…", en = "…" }``), whatever the language of the run: the registry is
read in both.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from cluster_cli.engine.units import UNITS
from cluster_cli.extract.contract import DocumentInfo
from cluster_cli.extract.ids import readable, unique
from cluster_cli.extract.model import Proposal, format_decimal
from cluster_cli.extract.nouns import count_noun
from cluster_cli.extract.registry_terms import (
    Both,
    baseline_of,
    both,
    registry_direction,
    registry_unit,
    said_both,
    start_of,
    yearly_rate,
)
from cluster_cli.i18n import Lang
from cluster_cli.i18n import messages as m

if TYPE_CHECKING:
    from cluster_cli.engine.models import Registry

_NO_REGION = "未指明地区"
_PLACE_IDS = {
    "全国": "china",  # a national text's goals: "China" in English, not "Quanguo"
    "北京": "beijing",
    "天津": "tianjin",
    "上海": "shanghai",
    "重庆": "chongqing",
    "河北": "hebei",
    "山西": "shanxi",
    "辽宁": "liaoning",
    "吉林": "jilin",
    "黑龙江": "heilongjiang",
    "江苏": "jiangsu",
    "浙江": "zhejiang",
    "安徽": "anhui",
    "福建": "fujian",
    "江西": "jiangxi",
    "山东": "shandong",
    "河南": "henan",
    "湖北": "hubei",
    "湖南": "hunan",
    "广东": "guangdong",
    "海南": "hainan",
    "四川": "sichuan",
    "贵州": "guizhou",
    "云南": "yunnan",
    "陕西": "shaanxi",
    "甘肃": "gansu",
    "青海": "qinghai",
    "内蒙古": "inner-mongolia",
    "广西": "guangxi",
    "西藏": "tibet",
    "宁夏": "ningxia",
    "新疆": "xinjiang",
    "香港": "hong-kong",
    "澳门": "macao",
    "苏州": "suzhou",
    "杭州": "hangzhou",
    "南京": "nanjing",
    "宁波": "ningbo",
    "深圳": "shenzhen",
    "广州": "guangzhou",
    "昆山": "kunshan",
    "吴江": "wujiang",
    "无锡": "wuxi",
    "武汉": "wuhan",
    "成都": "chengdu",
    "西安": "xian",
    "合肥": "hefei",
    "厦门": "xiamen",
}


@dataclass(frozen=True)
class Draft:
    """Registry text: a whole file (``-o``) or an addition to one (``--into``)."""

    text: str
    count: int  # goals written
    left_out: int  # goals without a unit the registry knows
    skipped: list[tuple[str, Proposal]]  # (id, goal) already in the registry: not written
    summary: list[tuple[str, Proposal]]  # (id, goal) of each goal written
    ids: list[
        str | None
    ]  # the id written for each proposal given, in their order (None: not written)


# Characters a TOML 1.0 basic string may not hold raw beyond those JSON escapes (C0 controls):
# DEL; also escaped, so that a reader sees them, the C1 controls, the line and paragraph
# separators and the bidirectional controls that can reorder what an editor shows.
_STRING_ESCAPED = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# A lone surrogate (a file name's undecodable byte) has no TOML escape nor a UTF-8 encoding.
_SURROGATE = re.compile("[\ud800-\udfff]")
# What a comment may not hold: a TOML comment ends at the line break and takes no control
# character but the tab; the rest are escaped, as cluster_cli.text.clean shows them.
_COMMENT_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_COMMENT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, and DEL, C1 and other invisible controls
    are escaped too; a lone surrogate, which no TOML file can hold, becomes U+FFFD."""
    text = _SURROGATE.sub("\ufffd", text)
    return _STRING_ESCAPED.sub(_escape, json.dumps(text, ensure_ascii=False))


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def comment_safe(text: str) -> str:
    """Text for a ``#`` comment: on one line, with no control character; a line break and the
    like are shown as escapes (``\\n``, ``\\x1b``, ``\\u2028``), so that a file name cannot
    end the comment and start a table of its own."""
    return _COMMENT_UNSAFE.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _COMMENT_ESCAPES:
        return _COMMENT_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def toml_both(text: Both) -> str:
    zh, en = text
    return f"{{ zh = {toml_string(zh)}, en = {toml_string(en)} }}"


def slug(text: str, fallback: str) -> str:
    ascii_part = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:24].strip("-")
    return ascii_part if ascii_part and ascii_part[0].isalnum() else fallback


def _source_id(info: DocumentInfo) -> str:
    """The title in pinyin (``某市行动方案`` -> ``moushi-xingdong-fangan``), else the file name."""
    return readable(info.title, slug(info.file.rsplit(".", 1)[0], "document"))


def _header(info: DocumentInfo, lang: Lang) -> list[str]:
    lines = [
        m.DRAFT_COMMENT_TITLE(lang, file=info.file, format=info.format),
        m.DRAFT_COMMENT_TEXT(lang, characters=info.characters, sha256=info.sha256),
        *m.DRAFT_COMMENT_REVIEW(lang).split("\n"),
    ]
    return [f"# {comment_safe(line)}" for line in lines]


def _body(
    info: DocumentInfo,
    proposals: list[Proposal],
    taken: set[str],
    source_id: str,
    cluster_id: str,
    region_ids: dict[str | None, str],
    lang: Lang,
) -> tuple[list[str], list[tuple[str, Proposal]]]:
    lines: list[str] = []
    summary: list[tuple[str, Proposal]] = []
    for proposal in proposals:
        converted = registry_unit(proposal)
        where = m.DRAFT_COMMENT_WHERE(lang, start=proposal.start, end=proposal.end)
        if converted is None:
            left_out = m.DRAFT_COMMENT_LEFT_OUT(
                lang,
                name=proposal.name,
                value=f"{format_decimal(proposal.value)}{proposal.unit}",
                year=proposal.deadline,
                where=where,
                unit=repr(proposal.unit),
            )
            quote = m.DRAFT_COMMENT_QUOTE(lang, quote=toml_string(proposal.quote))
            lines += ["", f"# {comment_safe(left_out)}", f"# {comment_safe(quote)}"]
            continue
        unit, value, unit_note = converted
        given = proposal  # the summary names the proposal as found, its id by it
        proposal, direction_note = registry_direction(proposal)
        key = unique(readable(proposal.name, "goal"), taken)
        assumptions = [said_both(found) for found in proposal.assumptions]
        if unit_note:
            assumptions.append(unit_note)
        assumptions.append(both(m.DRAFT_NAME_EN))
        noun = count_noun(proposal.name, unit)
        if noun:
            assumptions.append(both(m.DRAFT_UNIT_EN, noun=noun))
        if proposal.region is None:
            assumptions.append(both(m.DRAFT_NO_REGION))
        if direction_note is not None:
            assumptions.append(direction_note)
        start, start_note = start_of(proposal)
        value, start, notes = yearly_rate(given, value, start, start_note)  # the text's sign
        assumptions += notes
        baseline, baseline_note = baseline_of(proposal, start, value)
        if baseline_note:
            assumptions.append(baseline_note)
        note = _note(proposal)
        lines += [
            "",
            f"# {where}",
            f"[targets.{key}]",
            f"name = {toml_string(proposal.name)}",
            f"name_en = {toml_string(proposal.name)}",
            f"cluster = {toml_string(cluster_id)}",
            f"region = {toml_string(region_ids[proposal.region])}",
            f"unit = {toml_string(unit)}",
            *([f"unit_en = {toml_string(noun)}"] if noun else []),
            f"target = {format_decimal(value)}",
            f"direction = {toml_string(proposal.direction)}",
            f"kind = {toml_string(proposal.kind)}",
            f"start = {start}",
            f"deadline = {proposal.deadline}",
        ]
        if baseline is not None:
            lines.append(
                f"baseline = {{ value = {format_decimal(baseline)}, period = {start - 1} }}"
            )
        lines.append(
            f"source = {{ document = {toml_string(source_id)}, "
            f"quote = {toml_string(proposal.quote)} }}"
        )
        lines.append("assumptions = [")
        lines += [f"    {toml_both(a)}," for a in assumptions]
        lines.append("]")
        lines.append(f"note = {toml_both(note)}")
        summary.append((key, given))
    return lines, summary


def _note(proposal: Proposal) -> Both:
    """How the goal was read: its qualifier, the finder's confidence and its reasons."""
    reasons = [said_both(reason) for reason in proposal.reasons]
    qualifier = _QUALIFIERS[proposal.qualifier]
    confidence = f"{proposal.confidence:.2f}"

    def written(lang: Lang, index: int) -> str:
        joined = m.SEPARATOR(lang).join(reason[index] for reason in reasons)
        return m.DRAFT_NOTE(lang, qualifier=qualifier(lang), confidence=confidence, reasons=joined)

    return written("zh", 0), written("en", 1)


_QUALIFIERS = {
    "about": m.DRAFT_ABOUT,
    "at_least": m.DRAFT_AT_LEAST,
    "at_most": m.DRAFT_AT_MOST,
    "exact": m.DRAFT_EXACT,
    "planned": m.DRAFT_PLANNED,
}


def _tables(
    info: DocumentInfo,
    proposals: list[Proposal],
    source_id: str,
    cluster_id: str,
    region_ids: dict[str | None, str],
    new_regions: set[str],
    lang: Lang,
) -> list[str]:
    lines = [
        "",
        f"[sources.{source_id}]",
        f"title = {toml_string(info.title)}",
        f"# {comment_safe(m.DRAFT_COMMENT_FILE(lang, file=info.file, sha256=info.sha256))}",
    ]
    if info.date:
        lines.append(f"date = {toml_string(info.date)}")
    lines += [
        "",
        f"[clusters.{cluster_id}]",
        f"name = {toml_string(info.title)}",
        f"name_en = {toml_string(info.title)}  # {m.DRAFT_COMMENT_NO_TRANSLATION(lang)}",
    ]
    for place, key in region_ids.items():
        if key not in new_regions:
            continue
        name = place or _NO_REGION
        name_en = "unspecified" if place is None else key.replace("-", " ").title()
        lines += [
            "",
            f"[regions.{key}]",
            f"name = {toml_string(name)}",
            f"name_en = {toml_string(name_en)}",
        ]
    return lines


# Administrative words a place is named with or without: 苏州市 is 苏州, 浙江省 浙江.
_ADMINISTRATIVE = re.compile(r"(?:特别行政区|自治区|自治州|省|市|区|县)$")


def _title_of(registry: Registry, document: str) -> str | None:
    source = registry.sources.get(document)
    return re.sub(r"\s+", "", source.title) if source is not None else None


def _same_title(held: str | None, title: str) -> bool:
    """Whether a registry source's title is the document's: the one may hold the other (a
    text's first line is often its title without the subtitle)."""
    if held is None or len(held) < 4 or len(title) < 4:
        return False
    return held in title or title in held


def _place_key(name: str) -> str:
    return _ADMINISTRATIVE.sub("", name.strip()) or name


def _amount(unit: str, value: Decimal) -> tuple[str, Decimal]:
    """A figure as its family's base unit holds it (2.3 万亿元 and 23,000 亿元 are one), for
    telling whether a goal is already in the registry."""
    known = UNITS.get(unit)
    if known is None:
        return unit, value
    return known.family, (value * known.scale).normalize()


def _region_ids(proposals: list[Proposal], taken: set[str]) -> dict[str | None, str]:
    ids: dict[str | None, str] = {}
    for proposal in proposals:
        if proposal.region in ids:
            continue
        base = (
            "unspecified"
            if proposal.region is None
            else _PLACE_IDS.get(proposal.region) or readable(proposal.region, "region")
        )
        ids[proposal.region] = unique(base, taken)
    return ids


def draft_text(info: DocumentInfo, proposals: list[Proposal], lang: Lang) -> Draft:
    """A new registry holding the proposals; its comments in ``lang``."""
    source_id = _source_id(info)
    cluster_id = "plan"
    region_taken: set[str] = set()
    regions = _region_ids(proposals, region_taken)
    taken: set[str] = set()
    body, summary = _body(info, proposals, taken, source_id, cluster_id, regions, lang)
    lines = [
        *_header(info, lang),
        "",
        "schema_version = 1",
        f"title = {toml_string(info.title)}",
        *_tables(info, proposals, source_id, cluster_id, regions, set(regions.values()), lang),
        *body,
    ]
    if not regions:  # a registry needs its tables even when nothing was found
        lines += [
            "",
            "[regions.unspecified]",
            f"name = {toml_string(_NO_REGION)}",
            'name_en = "unspecified"',
        ]
    if not summary:
        lines += ["", "[targets]"]
    return Draft(
        "\n".join(lines) + "\n",
        len(summary),
        len(proposals) - len(summary),
        [],
        summary,
        _ids_of(proposals, summary),
    )


def appendix_text(
    info: DocumentInfo, proposals: list[Proposal], registry: Registry, lang: Lang
) -> Draft:
    """Text to append to ``registry``'s file: the goals it does not hold yet (same quote and
    value), with the source, cluster and regions they need; ids unique in the registry."""

    def place(region: str) -> str:
        known = registry.regions.get(region)
        return _place_key(known.name if known is not None else region)

    # The registry's goals by figure (in any unit it converts to) and deadline.
    present: dict[tuple[tuple[str, Decimal], int], list[tuple[str, str, str, bool]]] = {}
    title = re.sub(r"\s+", "", info.title)
    for key, t in registry.targets.items():
        from_here = _same_title(_title_of(registry, t.source.document), title)
        at = (_amount(t.unit, Decimal(str(t.target))), t.deadline)
        quote = re.sub(r"\s+", "", t.source.quote)
        present.setdefault(at, []).append((quote, place(t.region), key, from_here))
    fresh = []
    skipped = []
    for proposal in proposals:
        converted = registry_unit(proposal)
        unit, value = (converted[0], converted[1]) if converted else (proposal.unit, proposal.value)
        start, note = start_of(proposal)
        value = yearly_rate(proposal, value, start, note)[0]
        # The same words (or words one quote holds in the other), figure, year and place (苏州
        # is 苏州市): another plan's goal in the same words (the CPI of another province,
        # another year's) is a goal of its own. From the same document, the place may differ:
        # the text's is read less finely (苏州 for 昆山's goal) than the registry's.
        region = _place_key(proposal.region or _NO_REGION)
        quote = re.sub(r"\s+", "", proposal.quote)
        there = next(
            (
                key
                for held, where, key, from_here in present.get(
                    (_amount(unit, value), proposal.deadline), []
                )
                if (held in quote or quote in held) and (from_here or where == region)
            ),
            None,
        )
        if there is None:
            fresh.append(proposal)
        else:
            skipped.append((there, proposal))
    if not fresh:
        return Draft("", 0, 0, skipped, [], [None] * len(proposals))
    source_id = unique(_source_id(info), set(registry.sources))
    cluster_id = unique(f"plan-{source_id}"[:64].rstrip("-"), set(registry.clusters))
    region_taken = set(registry.regions)
    regions = _region_ids(fresh, region_taken)
    taken = set(registry.ids())
    body, summary = _body(info, fresh, taken, source_id, cluster_id, regions, lang)
    lines = [
        "",
        "# " + "-" * 93,
        *_header(info, lang),
        "# " + "-" * 93,
        *_tables(info, fresh, source_id, cluster_id, regions, set(regions.values()), lang),
        *body,
    ]
    return Draft(
        "\n".join(lines) + "\n",
        len(summary),
        len(fresh) - len(summary),
        skipped,
        summary,
        _ids_of(proposals, summary),
    )


def _ids_of(proposals: list[Proposal], summary: list[tuple[str, Proposal]]) -> list[str | None]:
    """Each proposal's id in the draft, by the proposal itself: the goals of one 分别 list share
    their place in the text, not their ids."""
    written = {id(proposal): key for key, proposal in summary}
    return [written.get(id(proposal)) for proposal in proposals]

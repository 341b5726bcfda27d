"""Proposals as registry TOML: a new draft file (``-o``) and text to append (``--into``).

The text is written by hand rather than by a TOML library so that it can carry comments: where
each goal was found, how sure the extractor is, and why a goal was left out. Units the registry
does not know are converted only when the conversion is exact (万人 -> 名 × 10,000); other goals
stay out of the draft with a comment saying why.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from cluster_cli.extract.contract import DocumentInfo
from cluster_cli.extract.ids import readable, unique
from cluster_cli.extract.model import Proposal, format_decimal

if TYPE_CHECKING:
    from cluster_cli.engine.models import Registry

# Units the registry knows (cluster_cli.engine.units), and exact conversions into them.
REGISTRY_UNITS = ("元", "万元", "亿元", "万亿元", "家", "名", "项", "个", "%")
_CONVERSIONS: dict[str, tuple[str, Decimal]] = {
    "人": ("名", Decimal(1)),
    "万人": ("名", Decimal(10) ** 4),
    "万名": ("名", Decimal(10) ** 4),
    "万家": ("家", Decimal(10) ** 4),
    "万个": ("个", Decimal(10) ** 4),
    "万项": ("项", Decimal(10) ** 4),
    "千亿元": ("亿元", Decimal(10)),
    "百亿元": ("亿元", Decimal(1)),
}
_PLACE_IDS = {
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
    skipped: int  # goals already in the registry (same quote and value)
    summary: list[tuple[str, Proposal]]  # (id, goal) of each goal written
    ids: dict[int, str]  # the id of each goal written, by the goal's start in the text


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def registry_unit(proposal: Proposal) -> tuple[str, Decimal, str | None] | None:
    """(unit, value) the registry knows, with the assumption made; None if none is exact."""
    if proposal.unit in REGISTRY_UNITS:
        return proposal.unit, proposal.value, None
    conversion = _CONVERSIONS.get(proposal.unit)
    if conversion is None:
        return None
    unit, factor = conversion
    value = proposal.value * factor
    return (
        unit,
        value,
        (
            f"Unit: the text writes {format_decimal(proposal.value)}{proposal.unit}, recorded as "
            f"{format_decimal(value)}{unit} (an exact conversion)."
        ),
    )


def slug(text: str, fallback: str) -> str:
    ascii_part = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:24].strip("-")
    return ascii_part if ascii_part and ascii_part[0].isalnum() else fallback


def _source_id(info: DocumentInfo) -> str:
    """The title in pinyin (``某市行动方案`` -> ``moushi-xingdong-fangan``), else the file name."""
    return readable(info.title, slug(info.file.rsplit(".", 1)[0], "document"))


def _header(info: DocumentInfo) -> list[str]:
    return [
        f"# Goals proposed by `cluster-cli extract` from {info.file} ({info.format}).",
        f"# text: {info.characters} characters, SHA-256 {info.sha256}",
        "# Every value below is a proposal: check it against the quote and the text, fix what",
        "# is wrong, delete what is not a goal, then run `cluster-cli check --quotes FILE`.",
    ]


def _body(
    info: DocumentInfo,
    proposals: list[Proposal],
    taken: set[str],
    source_id: str,
    cluster_id: str,
    region_ids: dict[str | None, str],
) -> tuple[list[str], list[tuple[str, Proposal]]]:
    lines: list[str] = []
    summary: list[tuple[str, Proposal]] = []
    for proposal in proposals:
        converted = registry_unit(proposal)
        where = f"characters {proposal.start}-{proposal.end}"
        if converted is None:
            lines += [
                "",
                f"# Left out: {proposal.name} {format_decimal(proposal.value)}{proposal.unit} "
                f"by {proposal.deadline} ({where}): the registry has no unit "
                f"{proposal.unit!r} and no exact conversion into one it has.",
                f"# quote: {toml_string(proposal.quote)}",
            ]
            continue
        unit, value, unit_note = converted
        key = unique(readable(proposal.name, "goal"), taken)
        assumptions = [*proposal.assumptions]
        if unit_note:
            assumptions.append(unit_note)
        assumptions.append("name_en: no translation is known; the Chinese name is repeated.")
        if proposal.region is None:
            assumptions.append("Region: the text names none.")
        start, start_note = _start(proposal)
        assumptions.append(start_note)
        baseline, baseline_note = _baseline(proposal, start, value)
        if baseline_note:
            assumptions.append(baseline_note)
        note = (
            f"qualifier: {proposal.qualifier}; confidence {proposal.confidence:.2f}; "
            + "; ".join(proposal.reasons)
        )
        lines += [
            "",
            f"# {where}",
            f"[targets.{key}]",
            f"name = {toml_string(proposal.name)}",
            f"name_en = {toml_string(proposal.name)}",
            f"cluster = {toml_string(cluster_id)}",
            f"region = {toml_string(region_ids[proposal.region])}",
            f"unit = {toml_string(unit)}",
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
        lines += [f"    {toml_string(a)}," for a in assumptions]
        lines.append("]")
        lines.append(f"note = {toml_string(note)}")
        summary.append((key, proposal))
    return lines, summary


def _start(proposal: Proposal) -> tuple[int, str]:
    """The first year counted (a year means its end: the plan runs from the end of start - 1
    to the end of the deadline year) and the assumption that says where it comes from."""
    if proposal.plan_start is not None:
        start = min(proposal.plan_start, proposal.deadline)
        return start, f"Start {start}: {proposal.plan_start_why}."
    return proposal.deadline, (
        f"Start {proposal.deadline}: the text gives no start year and no date; the deadline "
        "year is used, which leaves no time to measure progress over: set the first year of "
        "the plan (or pass --date)."
    )


def _baseline(proposal: Proposal, start: int, target: Decimal) -> tuple[Decimal | None, str]:
    """The value the plan starts from at the end of ``start - 1``, where the text gives one
    (从 X 提高到 Y) or the goal counts things added (0); none where it would contradict the
    direction, which the registry refuses."""
    if proposal.baseline is not None:
        value = proposal.baseline
        consistent = (proposal.direction == "increase" and value < target) or (
            proposal.direction == "decrease" and value > target
        )
        if not consistent:
            return None, (
                f"Baseline {format_decimal(value)} in the text does not fit a goal to "
                f"{proposal.direction} to {format_decimal(target)}; left out."
            )
        return value, (
            f"Baseline {format_decimal(value)} from the text, taken as the value at the end "
            f"of {start - 1}, the year before the plan's first year."
        )
    if proposal.kind == "cumulative" and proposal.direction == "increase" and target > 0:
        return Decimal(0), (
            f"Baseline 0 at the end of {start - 1}: a count of things added over the plan."
        )
    return None, ""


def _tables(
    info: DocumentInfo,
    proposals: list[Proposal],
    source_id: str,
    cluster_id: str,
    region_ids: dict[str | None, str],
    new_regions: set[str],
) -> list[str]:
    lines = [
        "",
        f"[sources.{source_id}]",
        f"title = {toml_string(info.title)}",
        f"# file: {info.file}; SHA-256 of the text: {info.sha256}",
    ]
    if info.date:
        lines.append(f"date = {toml_string(info.date)}")
    lines += [
        "",
        f"[clusters.{cluster_id}]",
        f"name = {toml_string(info.title)}",
        f"name_en = {toml_string(info.title)}  # no translation known: the title is repeated",
    ]
    for place, key in region_ids.items():
        if key not in new_regions:
            continue
        name = place or "未指明地区"
        name_en = "unspecified" if place is None else key.replace("-", " ").title()
        lines += [
            "",
            f"[regions.{key}]",
            f"name = {toml_string(name)}",
            f"name_en = {toml_string(name_en)}",
        ]
    return lines


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


def draft_text(info: DocumentInfo, proposals: list[Proposal]) -> Draft:
    """A new registry holding the proposals."""
    source_id = _source_id(info)
    cluster_id = "plan"
    region_taken: set[str] = set()
    regions = _region_ids(proposals, region_taken)
    taken: set[str] = set()
    body, summary = _body(info, proposals, taken, source_id, cluster_id, regions)
    lines = [
        *_header(info),
        "",
        "schema_version = 1",
        f"title = {toml_string(info.title)}",
        *_tables(info, proposals, source_id, cluster_id, regions, set(regions.values())),
        *body,
    ]
    if not regions:  # a registry needs its tables even when nothing was found
        lines += ["", "[regions.unspecified]", 'name = "未指明地区"', 'name_en = "unspecified"']
    if not summary:
        lines += ["", "[targets]"]
    return Draft(
        "\n".join(lines) + "\n",
        len(summary),
        len(proposals) - len(summary),
        0,
        summary,
        {p.start: key for key, p in summary},
    )


def appendix_text(info: DocumentInfo, proposals: list[Proposal], registry: Registry) -> Draft:
    """Text to append to ``registry``'s file: the goals it does not hold yet (same quote and
    value), with the source, cluster and regions they need; ids unique in the registry."""
    present = {
        (re.sub(r"\s+", "", t.source.quote), Decimal(str(t.target)))
        for t in registry.targets.values()
    }
    fresh = []
    for proposal in proposals:
        converted = registry_unit(proposal)
        value = converted[1] if converted else proposal.value
        if (re.sub(r"\s+", "", proposal.quote), value) not in present:
            fresh.append(proposal)
    skipped = len(proposals) - len(fresh)
    if not fresh:
        return Draft("", 0, 0, skipped, [], {})
    source_id = unique(_source_id(info), set(registry.sources))
    cluster_id = unique(f"plan-{source_id}"[:64].rstrip("-"), set(registry.clusters))
    region_taken = set(registry.regions)
    regions = _region_ids(fresh, region_taken)
    taken = set(registry.ids())
    body, summary = _body(info, fresh, taken, source_id, cluster_id, regions)
    lines = [
        "",
        "# " + "-" * 93,
        *_header(info),
        "# " + "-" * 93,
        *_tables(info, fresh, source_id, cluster_id, regions, set(regions.values())),
        *body,
    ]
    return Draft(
        "\n".join(lines) + "\n",
        len(summary),
        len(fresh) - len(summary),
        skipped,
        summary,
        {p.start: key for key, p in summary},
    )

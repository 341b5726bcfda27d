"""Words of the extract table, in Chinese and English."""

from __future__ import annotations

from typing import Literal

from cluster_cli.extract.model import Proposal

Lang = Literal["zh", "en"]

HEADERS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "{title}：{n} 个拟定目标",
        "none": "未发现带期限的量化目标。",
        "review": "这些只是建议：请核对原文，再用 -o 写出草稿并运行 cluster-cli check --quotes。",
    },
    "en": {
        "title": "{title}: {n} proposed goal(s)",
        "none": "No quantified goal with a time frame was found.",
        "review": "These are proposals: check each against the text, then write a draft with -o "
        "and run cluster-cli check --quotes.",
    },
}
COLUMNS = {
    "zh": ["指标", "目标值", "期限", "类型", "方向", "置信度", "原文"],
    "en": ["Indicator", "Target", "Due", "Kind", "Direction", "Conf.", "Quote"],
}
_KIND = {
    "zh": {"level": "水平", "cumulative": "累计", "share": "占比", "rate": "增速"},
    "en": {"level": "level", "cumulative": "cumulative", "share": "share", "rate": "rate"},
}
_DIRECTION = {
    "zh": {"increase": "提高", "decrease": "降低", "maintain": "保持"},
    "en": {"increase": "increase", "decrease": "decrease", "maintain": "maintain"},
}
_QUALIFIER = {
    "zh": {"about": "左右", "at_least": "以上", "at_most": "以内", "exact": ""},
    "en": {"about": "about ", "at_least": "at least ", "at_most": "at most ", "exact": ""},
}


def describe(proposal: Proposal, lang: Lang) -> list[str]:
    qualifier = _QUALIFIER[lang][proposal.qualifier]
    value = f"{proposal.value_text}{proposal.unit}"
    value = f"{value}{qualifier}" if lang == "zh" else f"{qualifier}{value}"
    return [
        proposal.name,
        value,
        str(proposal.deadline),
        _KIND[lang][proposal.kind],
        _DIRECTION[lang][proposal.direction],
        f"{proposal.confidence:.2f}",
        proposal.quote.replace("\n", " "),
    ]

"""Words of `cluster-cli extract` in Chinese and English, and the proposals laid out for a
terminal: one block per goal, wrapped to the width given, so that it reads at 80 columns."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from cluster_cli.extract.model import Proposal

Lang = Literal["zh", "en"]

MESSAGES: dict[str, dict[str, str]] = {
    "zh": {
        "title": "{title}：{n} 个拟定目标",
        "none": "未发现带期限的量化目标。",
        "review": "这些只是建议：请逐条对照原文核对，再用 -o 写出草稿，"
        "并运行 cluster-cli check --quotes。",
        "wrote": "已写出 {file}：{n} 个目标，{left} 个未写入（原因见文件中的注释）。"
        "核对后请运行 cluster-cli check --registry {file} --quotes {text}",
        "nothing": "{file}：没有要添加的目标（都已在其中）",
        "to_append": "将追加到 {file}：",
        "line": "{id}：{name} {value}，期限 {deadline} 年",
        "skipped": "（{n} 个目标已在其中，跳过）",
        "confirm": "向 {file} 追加 {n} 个目标？",
        "unchanged": "未作任何修改",
        "appended": "已向 {file} 追加 {n} 个目标",
        "exists": "已存在；-o 只写新文件，不会覆盖",
        "need_yes": "--into {file}：请在终端上确认，或加上 --yes；未作任何修改",
        "changed": "在提取期间被改动；未作任何修改",
        "bad_date": "--date {text}：不是日期，请写成 YYYY-MM-DD",
        "invalid_registry": "不是有效的目标登记文件，未作任何修改（{detail}）",
    },
    "en": {
        "title": "{title}: {n} proposed goal(s)",
        "none": "No quantified goal with a time frame was found.",
        "review": "These are proposals: check each against the text, then write a draft with -o "
        "and run cluster-cli check --quotes.",
        "wrote": "wrote {file}: {n} goal(s), {left} left out (see the comments in it); review "
        "it, then run cluster-cli check --registry {file} --quotes {text}",
        "nothing": "{file}: nothing to add (every goal is there already)",
        "to_append": "to append to {file}:",
        "line": "{id}: {name} {value} by {deadline}",
        "skipped": "({n} already present, skipped)",
        "confirm": "Append {n} goal(s) to {file}?",
        "unchanged": "nothing was changed",
        "appended": "appended {n} goal(s) to {file}",
        "exists": "already exists; -o writes a new file only, it never overwrites",
        "need_yes": "--into {file}: confirm on a terminal, or pass --yes; nothing was changed",
        "changed": "changed while extract ran; nothing was changed",
        "bad_date": "--date {text}: not a date, use YYYY-MM-DD",
        "invalid_registry": "is not a valid registry; nothing was changed ({detail})",
    },
}
_FIELDS = {
    "zh": {"due": "期限 {year} 年", "conf": "置信度 {c}", "id": "编号 {id}", "quote": "原文："},
    "en": {"due": "by {year}", "conf": "confidence {c}", "id": "id {id}", "quote": "Quote: "},
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
_INDENT = 4
# Characters of Chinese writing: whitespace next to one of them is layout, not a word break.
_WIDE = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’、，。；：？！（）《》]"
_LAYOUT = re.compile(rf"(?<={_WIDE})\s+|\s+(?={_WIDE})")
# Runs that must not be cut at a line end: numbers with their decimals, Latin words.
_CLOSING = frozenset("。，、；：？！）》”’」』…,.;:?!)")
_TOKEN = re.compile(r"[0-9A-Za-z.,%％/_-]+|\s+|.", re.S)


def cell_len(text: str) -> int:
    """Columns ``text`` takes on a terminal: two for a wide (Chinese) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def say(lang: Lang, key: str, **values: object) -> str:
    return MESSAGES[lang][key].format(**values)


def value_text(proposal: Proposal, lang: Lang) -> str:
    qualifier = _QUALIFIER[lang][proposal.qualifier]
    value = f"{proposal.value_text}{proposal.unit}"
    return f"{value}{qualifier}" if lang == "zh" else f"{qualifier}{value}"


def collapse(text: str) -> str:
    """A quote as a reader wants it: ``力争  全 市 集\\n成`` -> ``力争全市集成``; spaces
    between Latin words or numbers become one."""
    return " ".join(_LAYOUT.sub("", text).split())


def wrap(text: str, width: int, first: int = 0, rest: int | None = None) -> list[str]:
    """``text`` in lines of at most ``width`` cells, the first indented by ``first`` columns,
    the others by ``rest`` (default ``first``); numbers and Latin words are not cut, and no line
    starts with a closing mark (。，）》): the character before it moves down with it."""
    rest = first if rest is None else rest
    lines: list[list[str]] = []
    line: list[str] = []
    used = first
    for token in _TOKEN.findall(text):
        size = cell_len(token)
        if used + size > width and "".join(line).strip():
            carried = [line.pop()] if token in _CLOSING and len(line) > 1 else []
            lines.append(line)
            line, used = carried, rest + sum(cell_len(t) for t in carried)
            if token.isspace():
                continue
        line.append(token)
        used += size
    lines.append(line)
    indents = [first] + [rest] * (len(lines) - 1)
    return [
        " " * pad + "".join(tokens).rstrip() for pad, tokens in zip(indents, lines, strict=True)
    ]


def _pack(units: list[str], width: int, indent: int) -> list[str]:
    """Units joined by `` · ``, a new line only between units: none is ever cut."""
    lines: list[str] = []
    line = ""
    for unit in units:
        candidate = f"{line} · {unit}" if line else unit
        if line and indent + cell_len(candidate) > width:
            lines.append(line)
            candidate = unit
        line = candidate
    lines.append(line)
    return [" " * indent + line for line in lines]


def blocks(
    title: str,
    proposals: list[Proposal],
    lang: Lang,
    width: int,
    ids: dict[int, str] | None = None,
) -> list[str]:
    """The proposals for a terminal ``width`` cells wide: a title, then per goal its number and
    name, its value, deadline, kind, direction and confidence, its id in the draft (where one
    was written) and its quote with the layout whitespace collapsed."""
    words = _FIELDS[lang]
    out = wrap(say(lang, "title", title=collapse(title), n=len(proposals)), width)
    for number, proposal in enumerate(proposals, 1):
        out.append("")
        named = wrap(collapse(proposal.name), width, _INDENT)
        out += [f"{number:>2}. " + named[0][_INDENT:], *named[1:]]
        units = [
            value_text(proposal, lang),
            words["due"].format(year=proposal.deadline),
            _KIND[lang][proposal.kind],
            _DIRECTION[lang][proposal.direction],
            words["conf"].format(c=f"{proposal.confidence:.2f}"),
        ]
        out += _pack(units, width, _INDENT)
        key = (ids or {}).get(proposal.start)
        if key:
            out.append(" " * _INDENT + words["id"].format(id=key))
        label = words["quote"]
        quote = wrap(label + collapse(proposal.quote), width, _INDENT, _INDENT + cell_len(label))
        out += quote
    out.append("")
    out += wrap(say(lang, "review" if proposals else "none"), width)
    return out

"""Whether a clause that carries a mark of a report (已, 比去年, 同比) reports nothing after all:
已 describing what a verb acts on, a comparison with last year after an aim's figures, a growth
year on year bounded as an aim; and whether a clause reports how many there are (…有521家)."""

from __future__ import annotations

import re

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.deadlines import OPENING, Frame
from cluster_cli.extract.numbers import quantities

# A verb acting on things already done: 优化已建成自然村…设施 (已建成 describes them).
_ACTING_ON = re.compile(rf"(?:{v.CUMULATIVE_VERBS.pattern}|优化|提升|完善|用好|管好|管护)$")


def describing_done(text: str, c_start: int, c_end: int, past: re.Match[str]) -> bool:
    """Whether the clause's only mark of a report is 已 describing what a verb acts on, in a
    clause that states no figure (not 全市已为每个集群配备…); or 现有 opening a clause without a
    figure (现有超载区逐步退出: the ones there are, acted on)."""
    return (
        (
            (past.group() == "已" and bool(_ACTING_ON.search(text, c_start, past.start())))
            or (past.group() == "现有" and past.start() == c_start)
        )
        and not v.PAST_MARKERS.search(text, past.end(), c_end)
        and not quantities(text, c_start, c_end)
    )


_COMPARED = re.compile(r"[比较](?:去年|上年)")
# A budget's scale set by how much it grows on last year's, with no level stated (支出规模比
# 去年扩大…万亿元以上, 赤字规模比去年增加1万亿元): the plan's only figure for it, not a report.
_SCALE_ENLARGED = re.compile(
    r"规模[比较](?:去年|上年)(?:扩大|增加)约?\d+(?:\.\d+)?[万亿]*元(?:以上)?[，。；,;]?$"
)
# The change on last year a figure of the year's plan is stated with, joined to it by 、 in
# one clause: 支出规模29.7万亿元、比上年增加1.2万亿元, 赤字率拟按4%左右安排、比上年提高1个
# 百分点 (a budget's way of stating its plan). A report gives its change in a clause of its own
# (…达到2.45%，比上年提高0.12个百分点) or under a past frame, which the finder reads apart.
CHANGE_ON_LAST_YEAR = re.compile(
    r"、[比较](?:去年|上年)(?:增加|提高|增长|下降|减少|降低|压减)(?:约)?$"
)


def compared_after(text: str, past: re.Match[str], c_start: int, c_end: int) -> bool:
    """Whether the clause's mark of a report is only a comparison with last year after all its
    figures (…1300亿斤以上、力争比去年实现更多增长): the aim measured against it, not a report;
    or the change on last year of the one figure before it, joined by 、 (支出规模29.7万亿元、
    比上年增加1.2万亿元): the plan's figure, then how much it grows."""
    if not _COMPARED.fullmatch(past.group()) or v.PAST_MARKERS.search(text, past.end(), c_end):
        return False
    if _SCALE_ENLARGED.match(text, past.start() - 2, c_end):
        return True  # 支出规模比去年扩大…以上: the year's budget set on last year's
    before = quantities(text, c_start, past.start())
    after = quantities(text, past.end(), c_end)
    if not after:
        return bool(before)
    return (
        len(before) == 1
        and len(after) == 1
        and bool(CHANGE_ON_LAST_YEAR.search(text, past.start() - 1, after[0].start))
        and text[after[0].end : c_end].strip("。，；") == ""
    )


# 营收达到8400亿元、同比增长7%左右: a growth on the year before, bounded as an aim.
_BOUNDED_GROWTH = re.compile(r"(?:增长|提高|下降)\d+(?:\.\d+)?[%％](?:左右|以上|以内)")
# 科技服务业营业收入同比增长15%: a growth on the year before, bounded or not.
_GROWTH = re.compile(r"(?:增长|提高|下降)\d+(?:\.\d+)?[%％]")


def growth_aimed(
    text: str,
    past: re.Match[str],
    c_start: int,
    c_end: int,
    mode: str = "goal",
    document: Frame | None = None,
) -> bool:
    """Whether the clause's only mark of a report is 同比 before a growth aimed at: bounded as
    an aim (…营收达到8400亿元、同比增长7%左右) in a section of goals (``mode``), or any growth
    outside a review in a year's plan (``document``, its frame, names the year: 2026年…行动安排,
    …科技服务业营业收入同比增长15%): a plan for a year states its growths on the year before."""
    yearly = document is not None and document.how == "year" and mode != "review"
    if mode != "goal" and not yearly:
        return False
    growth = _GROWTH if yearly else _BOUNDED_GROWTH
    return (
        past.group() == "同比"
        and bool(growth.match(text, past.end(), c_end))
        and not v.PAST_MARKERS.search(text, c_start, past.start())
        and not v.PAST_MARKERS.search(text, past.end(), c_end)
    )


# An estimate, then (再)加上 other sums: the reckoning a plan's figure comes from (预计今年财政
# 收入继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元): the estimate is its input,
# stated without a figure of its own, not a hedge on the figure the plan sets after it.
_ADDED_TO = re.compile(r"[，,](?:再?加上|加之)")  # 加之: "and besides", the same reckoning
# 预计 just before the year's tax and fee relief (预计全年退税减税约…): the government's own
# budget figure for what it gives back, a plan, not a forecast of what others will do.
_OWN_RELIEF = re.compile(r"(?:今年|全年)?(?:新增)?(?:退税减税|减税降费|减税退税|退税|减税|降费)")


# 预计到2022年 after a plan named with that year (《…三年行动计划（2020-2022年）》提出，…): what
# the plan expects by its last year, as news words a plan's goals, not someone's forecast.
_BY_YEAR = re.compile(r"到((?:19|20)\d{2})年")
_PLAN_ENDING = re.compile(r"《[^》]*?((?:19|20)\d{2})年?[）)]?》")  # …（2020-2022年）》: 2022


def estimated(sentence: str, before: str = "") -> bool:
    """Whether ``sentence`` states someone's estimate (预计, 有望) rather than an aim; ``before``
    is the paragraph's text before it."""
    marker = v.ESTIMATE_MARKERS.search(sentence)
    if marker is None:
        return False
    if marker.group() == "预计" and _OWN_RELIEF.match(sentence, marker.end()):
        return False
    by = _BY_YEAR.match(sentence, marker.end()) if marker.group() == "预计" else None
    if by and any(m.group(1) == by.group(1) for m in _PLAN_ENDING.finditer(before)):
        return bool(v.ESTIMATE_MARKERS.search(sentence, by.end()))
    added = _ADDED_TO.search(sentence, marker.end())
    return (
        added is None
        or bool(quantities(sentence, marker.end(), added.start()))
        or bool(v.ESTIMATE_MARKERS.search(sentence, added.end()))
    )


# 有 right before a count, after its subject (今年全市有521家试点企业, 目前共有…): how many there
# are; not after a word of aim (力争有, 将有, 要有: how many there are to be).
_THERE_ARE = re.compile(r"(?<!各)(?:共|现|还|已)?有$")
_AIMED = ("力争", "确保", "争取", "将", "要", "预期", "目标", "计划")
# After the count, what the things are to do or become (各有2家进入全国前十强, 有500家企业完成
# 数字化改造): an outcome aimed at.
_OUTCOME = re.compile(r"进入|跻身|入选|成为|获评|上市|达到|突破|超过|实现|完成|建成|投产|开工")


def there_are(text: str, c_start: int, c_end: int) -> bool:
    """Whether the clause says how many there are (今年东莞市有521家试点企业和500家协同企业): a
    fact of the present, not a goal; the clauses after it without a verb go on with it."""
    if text.find("有", c_start, c_end) < 0:
        return False  # most clauses
    found = quantities(text, c_start, c_end)
    if not found:
        return False
    lead = text[c_start : found[0].start]
    return (
        bool(_THERE_ARE.search(lead))
        and not any(word in lead for word in _AIMED)
        and not _OUTCOME.search(text, found[0].end, c_end)
    )


def shares_a_unit(text: str, previous_start: int | None, s_start: int, s_end: int) -> bool:
    """Whether the sentence ``text[s_start:s_end]`` states a figure in a unit of one the
    sentence before it (from ``previous_start``) states: a part of a total reported there."""
    if previous_start is None:
        return False
    units = {q.in_base_unit()[1] for q in quantities(text, previous_start, s_start)}
    return any(q.in_base_unit()[1] in units for q in quantities(text, s_start, s_end))


# A release of a year past's figures, as it opens: …发布2024年全市经济运行情况, 2024年国民经济和
# 社会发展统计公报, 初步核算，2024年全市….
_RELEASE = re.compile(
    r"(?P<year>(?:19|20)\d{2})年[^。\n，；]{0,12}?"
    r"(?:经济运行情况|经济运行数据|统计公报|主要经济指标)"
    r"|初步核算[，,]?(?P<year2>(?:19|20)\d{2})年"
)
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")


def reviewed_year(text: str, year: int | None) -> Frame | None:
    """The year past whose figures the document releases, as its opening says: every
    paragraph reads ``全年`` as that year (a statistics release of January 2025: 全年 is 2024).
    An opening that also names the document's year or a later one (2024年执行情况与2025年计划)
    plans as well, and releases nothing."""
    if year is None or any(int(y) >= year for y in _ANY_YEAR.findall(text, 0, OPENING)):
        return None
    for match in _RELEASE.finditer(text, 0, OPENING):
        reviewed = int(match.group("year") or match.group("year2"))
        if reviewed < year:
            return Frame(match.start(), match.end(), None, None, True, f"{reviewed}年", "year")
    return None

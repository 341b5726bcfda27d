"""The name of a goal: the words before its number (or the noun after it), and the names a
``分别`` list pairs with its numbers. A name reads as an indicator a registry holds: the verbs of
doing and planning that open a clause (实施, 推动, 拟安排), a beneficiary's 为, a preposition or an
adverb left at its end (按, 再) and the year it is compared with (比2020年) are not part of it; work
done on things is named after them (城中村改造); a growth keeps its word (地区生产总值增长)."""

from __future__ import annotations

import re

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.numbers import HAN, Quantity
from cluster_cli.extract.screening import is_baseline

UNNAMED = "未命名指标"


def goal_name(lead: str, tail: str) -> str:
    name = lead.strip("，、。；：:,;（(")
    name = v.LEADING_WORDS.sub("", name)
    name = v.TRAILING_WORDS.sub("", name)
    name = re.sub(r"力争|确保|争取|努力", "", name)
    name = name.strip("，、。；：:,; ")
    if v.CUMULATIVE_VERBS.fullmatch(name.removeprefix("计划")):
        name = name.removeprefix("计划")  # 计划启动30万平方米…修缮: the verb, then its noun
    if len(name) < 2 or v.CUMULATIVE_VERBS.fullmatch(name) or SCOPE_ONLY.fullmatch(name):
        noun = re.split(r"[，、。；：,;]", tail, maxsplit=1)[0]
        name = (name + noun)[:30]
    return as_indicator(name)[:40] or UNNAMED


# A place or scope alone, naming nothing counted (全省30万以上参保孕产妇…): the noun follows.
SCOPE_ONLY = re.compile(
    r"(?=\S)(?:全国|全省|全市|全区|全县|全镇|全域|本省|本市|本区|本县|我国|我省|我市|我区|我县|各地)"
)
# A year or last year compared with (比2020年翻一番, 较上年下降): where the change starts, not
# part of the indicator.
_COMPARED_WITH = re.compile(r"[比较](?:(?:19|20)\d{2}年(?:末|底)?|去年|上年|上一年)")
# 为 opening the name of a service to people (为1万名困境、留守儿童进行心理健康评估, 为退役军人
# 提供5万个岗位, 为经营主体减负): the beneficiary, then the light verb before the service. Not
# 为民 (为民办实事: a set phrase).
_FOR_WHOM = re.compile(r"^为(?!民)")
_LIGHT_SERVICE = re.compile(r"(?:免费)?(?:进行|开展|提供)")
# Verbs of doing or planning that open a clause and count nothing themselves (实施3000个老旧小区
# 改造, 推动1万家企业技术改造, 完成铁路投资, 拟安排地方政府专项债券): not the indicator's.
_LIGHT_VERB = re.compile(
    r"^(?:扎实|滚动|全面|深入|积极|稳步|稳妥|整体)?"
    r"(?:实施|推动|推进|落实|完成|(?:拟|统筹)?安排|拟发行)(?!了)好?"  # 实施好, 完成好: done well
)
# A sum planned, with the verb after its name (中央预算内投资拟安排): the sum's name alone.
_PLANNED_AFTER = re.compile(r"(?<=投资|资金|债券|国债|支出|预算)(?:拟)?安排$")
# Work done on things there are, named before them (改造城中村, 新（改）建农村卫生厕所, 治理沙化
# 土地): a registry names the work after its object (城中村改造).
WORK_VERB = (
    r"更新改造|改造提升|提升改造|新建改造|新建改建|新[（(]改[）)]建|新改建|改建|改造|整治|治理|"
    r"修缮|翻新|加固"
)
# The object is a noun of three characters or more (not 改造项目, renovation projects, a noun
# itself), not the rest of a list of verbs (改建或新建…, 新建改建和维护提升…), nor a measure
# (新建改建高速公路通车里程: the length of what is built, named as it is).
_WORK_FIRST = re.compile(rf"^(?P<verb>{WORK_VERB})(?P<object>.{{3,}})$")
_LIST_GOES_ON = "或和及与、"


def as_indicator(name: str) -> str:
    """``name`` as an indicator reads: without an opening 的, the year compared with, the light
    verb that opens the clause, a beneficiary's 为; work done named after its object."""
    name = _COMPARED_WITH.sub("", name.lstrip("的"))
    if _FOR_WHOM.match(name) and len(name) > 3:
        name = _LIGHT_SERVICE.sub("", name[1:], count=1)  # 为困境儿童进行心理评估: 困境儿童心理评估
    verb = _LIGHT_VERB.match(name)
    if verb and len(name) - verb.end() >= 2:
        name = name[verb.end() :].lstrip("的")  # 完成800户的改造任务
    name = _PLANNED_AFTER.sub("", name)
    work = _WORK_FIRST.match(name)
    if work and work["object"][0] not in _LIST_GOES_ON and not _INDICATOR.search(work["object"]):
        name = work.group("object") + work.group("verb")
    return name


# A bound written before a count, left between the verb and the noun after the count (为不少于
# 5万名…患者, 改造提升超5000个…设施, 完成约1亿人居住的棚户区): the qualifier's, not the name's.
_BOUND_BEFORE = re.compile(r"(?=\S)(?:不少于|不低于|不超过|超过|超|逾|至少|约|近|多达)$")


def lead_of_noun(lead: str) -> str:
    """The words before a count that the noun after it completes, without a bound."""
    return _BOUND_BEFORE.sub("", lead)


def respectively(
    text: str, items: list[Quantity], index: int, c_start: int
) -> tuple[str, str] | None:
    """``A、B分别达到3000家、120家``: the name of item ``index`` (A or B) and the words before
    the first number, which hold the verb; None unless the names and numbers pair up (the
    baselines of ``分别从209元、280元提高到217元、290元`` pair with the names as well)."""
    # A、B排放总量比2020年分别下降8%、10%: the year compared with stands before 分别.
    compared = 0
    while compared < len(items) and items[compared].unit == "年":
        compared += 1
    if compared >= len(items):
        return None
    lead = text[c_start : items[compared].start]
    at = lead.rfind("分别")
    if at < 0 or (compared and c_start + at < items[compared - 1].end):
        return None
    names = [
        goal_name(part, "")
        for part in re.split(r"、|和|及|与", v.LEADING_WORDS.sub("", _COMPARED.sub("", lead[:at])))
    ]
    targets = [
        i for i, q in enumerate(items) if i >= compared and not is_baseline(text, q, items, i)
    ]
    if len(names) < 2 or len(names) != len(targets) or index not in targets:
        return None
    # 生猪、家禽年出栏量: the indicator after the last name is every name's (生猪年出栏量), when
    # the names before it are alike in length (not 化学需氧量、氨氮、…挥发性有机物排放总量).
    first, last = names[0], names[-1]
    alike = all(len(name) == len(first) for name in names[:-1])
    indicator = last[len(first) :] if alike and len(last) > len(first) else ""
    if _INDICATOR.search(indicator) and not _INDICATOR.search(first):
        names = [*(name + indicator for name in names[:-1]), last]
    return names[targets.index(index)], lead


# A year or last year compared with, after the names (排放总量比2020年): not part of them.
_COMPARED = re.compile(r"[比较](?:(?:19|20)\d{2}年|去年|上年)(?:末|底)?$")
# Words that end the name of an indicator (a level, a share, a standard).
# 交通、水利、能源领域投资额: 额 (投资额, 销售额), 值 (增加值), sums and measures end one too.
_INDICATOR = re.compile(
    r"(?=\S)(?:量|标准|率|规模|产值|收入|面积|人数|总额|比重|占比|额|值|投资|投入|支出|资金|里程|指数|"
    r"强度|比例|数量)$"
)


# The change a figure measures, at the end of the words before it (国内生产总值增长5%, 经济年均增长
# 保持在6.5%以上, 人均预期寿命再提高1岁): the figure is the change, not a level (增长到, 提高至
# are levels). The words of a bound or of holding may follow it.
_CHANGE_BEFORE = re.compile(
    r"(?P<word>(?:年均)?(?:增长|提高|提升|增加))(?:保持在|稳定在|达到|约|近|超过|不低于|均|分别|“)*$"
)
# A name that already says it is a change or a rate of one (GDP增速, 能耗下降, 价格涨幅).
_CHANGE_NAMED = re.compile(r"(?=\S)(?:增速|增幅|涨幅|增长|提高|提升|增加|下降|降低|减少|翻番$)")


def with_change(name: str, lead: str) -> str:
    """``name`` of a figure that is a change (lead 国内生产总值增长, figure 5%) with its word kept
    (国内生产总值增长): the change, not the level, is what the figure measures; a doubling
    (比2020年翻一番) is named 翻番."""
    if name == UNNAMED:
        return name
    if name.endswith("翻"):
        return name + "番"
    change = _CHANGE_BEFORE.search(lead)
    if change is None or _CHANGE_NAMED.search(name):
        return name
    return name + change.group("word")


# A bracketed alternative of the measure word, right after the count (2.5万套（间）城市危旧房):
# part of the unit, not of the name.
ALTERNATIVE_UNIT = re.compile(r"^[（(][^（）()]{1,2}[）)]")
# The work that closes a list of counts (实施3000个老旧小区、120个老旧街区（厂区）改造): it is done
# on every item's things.
# (?=\S) first, here and below: for a pattern that opens on a branch of Han words, the compiler
# would build a table of their first characters, a tenth of a millisecond each at import.
_CLOSING_WORK = re.compile(rf"(?=\S)(?:{WORK_VERB}|建设|提质增效|提升|升级)$")
_OPENING_WORK = re.compile(rf"(?=\S)(?:{WORK_VERB})")


def closing_work(text: str, tail_end: int, c_end: int, items: list[Quantity], index: int) -> str:
    """The work that closes the list of counts an item's noun is cut short in (老旧小区、…改造:
    改造), when more counts of the list follow; else ''."""
    if not text.startswith("、", tail_end) or index + 1 >= len(items):
        return ""
    if items[index + 1].start >= c_end:
        return ""
    work = _CLOSING_WORK.search(text, tail_end, c_end)
    return work.group() if work else ""


def work_carried(text: str, c_start: int, lead: str, name: str) -> str:
    """The work the clause opens with (改造2.5万套城市危旧房、2.6万户城中村), for a later item of
    its list with no verb of its own: 城中村改造; else ''."""
    if v.CUMULATIVE_VERBS.search(lead) or _OPENING_WORK.search(lead):
        return ""
    opening = v.LEADING_WORDS.sub("", text[c_start : c_start + 24])
    work = _OPENING_WORK.match(opening)
    if work is None or work.group() in name:
        return ""
    return work.group()


# Verbs that count nothing themselves when a name is nothing else (全年开行3000列, 新（改）建6000
# 公里, 投产1000万千瓦): what they work on is named before them.
_RUN_VERB = re.compile(r"(?=\S)(?:开行|运行|投产|投运|并网)")
_LONGEST_VERB = 5  # characters: 新（改）建
# The object of the clause before (实施新一轮农村公路提升行动，新（改）建6000公里; 深化中欧班列
# 市场化运营改革，全年开行3000列): its verb, and the words of a programme around the thing.
_ADVERBS = re.compile(r"(?:高质量|加快|深入|全面|持续|大力|着力|积极|扎实|稳步|继续)*")
_CLAUSE_VERB = re.compile(r"(?=\S)(?:深化|推进|推动|加强|完善|优化|提升|扩大)")
_PROGRAMME_BEFORE = re.compile(r"^(?:新一轮|新的|新|[一二三四五六七八九十两]年)+")
_PROGRAMME_AFTER = re.compile(
    r"(?:行动|工程|计划|改革|攻坚|专项|提升|运营|市场化|建设|发展|升级|改造|试点|示范|方案|机制)+$"
)
_THING = re.compile(rf"{HAN}{{2,8}}")


def _bare_verb(words: str) -> bool:
    return bool(v.CUMULATIVE_VERBS.fullmatch(words) or _RUN_VERB.fullmatch(words))


def _without_verb(clause: str) -> str:
    """``clause`` without the adverbs and the verb it opens with (高质量建设…, 深化…)."""
    at = _ADVERBS.match(clause).end()  # type: ignore[union-attr]  # matches the empty string
    verb = v.CUMULATIVE_VERBS.match(clause, at) or _CLAUSE_VERB.match(clause, at)
    return clause[verb.end() :] if verb else clause


def bare_verb_named(
    name: str, text: str, s_start: int, c_start: int, index: int, previous_name: str | None
) -> str:
    """A name that is a verb alone (开行, 新（改）建), with the thing it works on: the subject of
    the list's item before it (新能源开工…、投产: 新能源投产), or the thing the clause before it
    is about (深化中欧班列市场化运营改革，全年开行3000列: 中欧班列开行); else ``name``."""
    if not _bare_verb(name):
        return name
    if index > 0 and previous_name:
        for length in range(2, _LONGEST_VERB + 1):  # 新能源开工: the subject before its verb
            subject = previous_name[:-length]
            if _bare_verb(previous_name[-length:]) and len(subject) >= 2:
                return subject + name
        return name
    before = text[s_start:c_start].rstrip("，,；;")
    cut = max(before.rfind(mark) for mark in "，,；;：:")
    clause = v.LEADING_WORDS.sub("", before[cut + 1 :])
    thing = _PROGRAMME_AFTER.sub("", _PROGRAMME_BEFORE.sub("", _without_verb(clause)))
    return thing + name if _THING.fullmatch(thing) else name


# An indicator of a total with no owner (粮食播种面积1530万亩、总产量125亿斤): the owner is the
# first word of the item before, two characters (the commonest length of a Chinese word), when
# that item names an indicator of its own (…面积, …产值), not a thing counted or a verb's work.
_OWNERLESS = re.compile(rf"总{HAN}{{1,3}}")


def owner_carried(name: str, index: int, previous_name: str | None) -> str:
    if index == 0 or not previous_name or not _OWNERLESS.fullmatch(name):
        return name
    owner = SCOPE_ONLY.sub("", previous_name)[:2]
    if (
        len(owner) < 2
        or owner.startswith("总")
        or not _INDICATOR.search(previous_name)
        or v.CUMULATIVE_VERBS.match(owner)
        or v.NEW_VERBS.match(owner)
    ):
        return name
    return owner + name

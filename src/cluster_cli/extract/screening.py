"""Which numbers of a clause cannot be goals, whatever the time frame: ranks and ordinals,
numbers inside names and codes (G60, 5G, “十项工程”), size classes (千亿元级, 10亿元以上项目),
support rates and awards (按10%给予补助), ages, and slogans counted in Chinese numerals
(五个更加注重) unless something is to be built, brought in or reached; the baseline a goal
starts from (从500亿元提高到800亿元); and the breakdown of a total into its shares (其中 parts
that add up to it, 任务分解如下: the shares of places or years)."""

from __future__ import annotations

import re
from decimal import Decimal

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.model import Proposal
from cluster_cli.extract.numbers import HAN, Quantity, quantities
from cluster_cli.extract.reports import CHANGE_ON_LAST_YEAR
from cluster_cli.extract.scope import describes
from cluster_cli.extract.spelled import spells_a_name

_EACH = re.compile(r"(?:确保|实现|做到)?每(?:个|家|所|村|镇|乡|县|区)")
# An award to each: 最高, 给予, 每千瓦 (a total of support funds, 补贴资金40亿元, is a goal).
_AWARD = re.compile(r"最高|给予|每(?:家|个|人|户|千瓦|平方米|亩|吨|辆|台|项)")
# A standard raised from one amount to another, per head or not: 保障标准从每人每月2375元提高到
# 2423元 is a goal (and its baseline), not an award.
_RAISED = re.compile(
    r"(?:[从由]|(?:提高|提升|调整|增加|上调)[到至为])(?:每[人户月年]){0,2}(?:[\d.]+元、)*$"
)
_SUPPORT = re.compile(r"补助|补贴|奖励|资助|贴息|奖补|(?:给予|予以)(?:资金)?支持")
# A clause that only compares (较“十三五”翻一番): it names no indicator of its own.
_COMPARED_AFTER_FIGURE = re.compile(r"(?:较|比)\D{0,12}?(?:\d{4}年)?\D{0,4}翻")  # in a clause
# A score named as the indicator: 满意度, 得分, 测评 (a figure in 分 elsewhere is a rule's points).
_SCORED = ("满意度", "满意率", "得分", "评分", "分值", "测评", "评价")
# What follows a figure a plan is drawn up at (拟按4%左右安排, 按3%安排): 安排, after its bound.
_DRAWN_UP_AT = re.compile(r"(?:左右|以上|以内|上下)?安排")


# A clause that opens on keeping existing units running (稳妥运行, 持续运营), no verb that builds
# or opens them (建成运行, 开通运营 say they are new).
_KEPT_RUNNING = re.compile(
    rf"(?:{HAN}{{2}})?(?<!建成)(?<!投入)(?<!开通)(?<!建设)(?:运行|运营)[^，。；、,;\d]{{0,16}}$"
)


def _counted_next(text: str, quantity: Quantity, c_end: int) -> bool:
    """Whether a count follows the count ``quantity`` at once (12类50件民生实事)."""
    following = quantities(text, quantity.end, c_end)[:1]
    return (
        bool(following)
        and following[0].start == quantity.end
        and (following[0].unit.lstrip("万亿千百") in v.COUNT_WORDS)
    )


def not_a_goal_number(text: str, quantity: Quantity, c_start: int, c_end: int) -> bool:
    before = text[max(c_start, quantity.start - 3) : quantity.start]
    after = text[quantity.end : min(c_end, quantity.end + 4)]
    if before.endswith(("第", "前", "排名", "位居", "居", "列")) and not before.endswith("班列"):
        return True  # 第3, 位居前10, 列全国第2 (not 中欧班列4000班次: a train)
    if before and ((before[-1].isascii() and before[-1].isalnum()) or before[-1] in "./"):
        return True  # G60, 5G, PM2.5
    if (
        after[:1].isascii()
        and after[:1].isalnum()
        # 建成20个500千伏输变电工程: things counted, then the class of each (not 5G, 3D)
        and not (
            after[:1].isdigit()
            and quantity.unit.lstrip("万亿千百") in v.COUNT_WORDS  # 4万个5G基站 too
            and not _counted_next(text, quantity, c_end)  # 12类50件: kinds of what is counted
        )
    ):
        return True
    if v.NAME_AFTER.match(after) or spells_a_name(text, quantity):
        return True  # …“1136”的思路，即…1个总体目标: a digit of the name, spelled out
    fixed = v.FIXED_PHRASES.search(text, max(c_start, quantity.start - 2), quantity.end + 6)
    if fixed and fixed.start() <= quantity.start < fixed.end():
        return True  # 中央八项规定精神: a name
    if describes(text, quantity, c_start, c_end):
        return True
    if CHANGE_ON_LAST_YEAR.search(text, max(c_start, quantity.start - 8), quantity.start):
        return True  # 29.7万亿元、比上年增加1.2万亿元: the plan's figure grows by so much
    if (
        before.endswith(("按", "给予", "最高", "奖励", "补助", "补贴"))
        and not (
            before.endswith(("补助", "补贴")) and quantity.in_base_unit()[1] in ("人", "名", "户")
        )
        # 赤字率拟按4%左右安排: the figure a plan is drawn up at, not a rate of support
        and not (before.endswith("按") and _DRAWN_UP_AT.match(text, quantity.end, c_end))
    ):
        return True  # 按10%给予补助, 给予最高50万元奖励: support (not 适配补贴4万人: people served)
    if quantity.is_money and _SIZE_OF_COUNTED.match(text, quantity.end, c_end):
        return True  # 培育营收超10亿元企业15家: the size of the things counted
    if quantity.unit == "岁" and "寿命" not in text[c_start : quantity.start]:
        return True  # 0—6岁儿童: an age is a goal only as a life expectancy
    if quantity.unit == "年" and "年限" not in text[c_start : quantity.start]:
        return True  # 用3年, 5年以上: a span of time; 受教育年限达到11.8年 is a goal
    if (
        quantity.unit == "番"
        and _COMPARED_AFTER_FIGURE.fullmatch(text, c_start, quantity.start)
        and quantities(text, text.rfind("。", 0, c_start) + 1, c_start)
    ):
        return True  # 启动30万平方米…修缮，较“十三五”翻一番: the figure before, compared
    if quantity.unit == "分" and not any(w in text[c_start : quantity.start] for w in _SCORED):
        return True  # 扣2分: points of a rule; 满意度达到92分 is a goal
    if (
        quantity.is_percent
        and _SUPPORT.search(text, c_start, c_end)
        and "按" in text[c_start : quantity.start]
    ):
        return True  # 按实际设备投资额的10%给予补助: a rate of support
    if (
        quantity.is_money
        and _AWARD.search(text, c_start, quantity.start)
        and not _RAISED.search(text, max(c_start, quantity.start - 30), quantity.start)
    ):
        return True  # 单个企业最高不超过200万元, 给予每千瓦200元: an award or its cap
    if text[quantity.start] == "0" and text[quantity.start + 1 : quantity.start + 2].isdigit():
        return True  # 03, 001: the number of an item in a list or a table
    if quantity.unit.endswith("人") and text.startswith(("才", "口", "员", "民"), quantity.end):
        return True  # 3人才工程: a word that begins with 人
    if _EACH.match(text, c_start):
        return True  # 每个村至少培养1名: a rule for each place, not a total to reach
    if quantity.unit.lstrip("万亿千百") in v.COUNT_WORDS and _KEPT_RUNNING.match(
        text, c_start, quantity.start
    ):
        return True  # 稳妥运行12个边贸点: units there are, kept running, not a goal
    if _KEPT_AS_IT_IS.search(text, c_start, quantity.start) and _UNCHANGED.match(
        text, quantity.end, c_end
    ):
        return True  # 保持6%一档的税率不变: a rule kept as it is, nothing to reach
    if quantity.chinese and not quantity.is_money and not quantity.is_percent:
        scaled = quantity.unit[:1] in "万亿"  # 一万名: ten thousand, not one
        if v.ENUMERATION_BEFORE.search(before) or (quantity.value < 2 and not scaled):
            return True
        if quantity.unit in ("次", "期", "届"):
            return True  # 八次全会, 二期工程 (一个个, 一项项: one by one, less than 2 above)
        if _QUOTED_WORD.match(text, quantity.end, c_end):
            return True  # 打造四张“名片”: a figure of speech counted, a slogan
        if not (
            scaled  # 五千亿: a slogan's numeral is never ten thousand or more
            or v.CUMULATIVE_VERBS.search(text[max(c_start, quantity.start - 4) : quantity.start])
            or _count_closing_clause(text, quantity, c_start, c_end)
            or _count_of_a_list(text, quantity, c_start)
        ):
            return True  # 五个更加注重: a slogan unless something is to be built or brought in
    rest = after.removeprefix("以上").removeprefix("以下")
    if after.startswith("级") or rest.startswith("级"):
        return True  # 千亿元级: a size class
    if _SIZE_OF_A_KIND.match(text, quantity.end, c_end) and not (
        quantity.is_percent or quantity.unit.lstrip("万亿千百") in v.COUNT_WORDS
    ):
        return True  # 10万千瓦及以下燃煤机组, 年运量150万吨以上的物流园区: which things
    if (
        _CLOSED_BEFORE.search(text, c_start, quantity.start)
        and _SIZE_OF_CLOSED.match(text, quantity.end, c_end)
        and not (quantity.is_percent or quantity.is_money or _counted(quantity))
    ):
        return True  # 淘汰关停30万千瓦以下煤电机组: the size of the units closed, not an amount
    if (
        quantity.is_money
        and after.startswith(("以上", "以下"))
        and re.match(rf"的?{HAN}", rest)
        and not re.match(r"的?(?:目标|水平)", rest)
    ):
        return True  # 10亿元以上项目: the size of the things counted
    if (
        quantity.is_money
        and before.endswith(("超", "超过"))
        and _CLASS_AFTER.match(text, quantity.end)
    ):
        return True  # 超50亿美元项目取得突破: the size of the projects, none counted
    if re.search(r"[一二三四五六七八九十两]大$", before) or (
        not quantity.is_percent and _SHARE_BEFORE.search(text, c_start, quantity.start)
    ):
        return True  # 五大五亿美元项目: in a set's name; 20%的村集体年收入超30万元: a share's bar
    if (
        not quantity.is_percent
        and _UNDER_A_BAR.search(text, max(c_start, quantity.start - 3), quantity.start)
        and _GROUP_AFTER.match(text, quantity.end, c_end)
    ):
        return True  # 年应纳税所得额不到100万元的部分: the bar that says who qualifies
    if quantity.unit in ("亿人", "亿") and _PEOPLE_AFTER.match(text, quantity.end):
        return True  # 保障14亿人的粮食安全, 14亿多中国人: the size of a nation's people
    if _WHOLE_HAS.search(text, max(c_start, quantity.start - 4), quantity.start):
        return True  # 我国有2.9亿在校生: how many the whole country has, a fact
    if quantity.unit.endswith("人") and _COHORT.fullmatch(text, c_start, quantity.start):
        return True  # 今年高校毕业生超过1000万人: the year's cohort, not a number to reach
    # A number inside a short quoted name: “十项重大工程”, “五大” (not a figure quoted whole
    # as a set phrase of a goal: 增长“6%左右”的目标).
    opened = text.rfind("“", c_start, quantity.start)
    if opened >= 0 and text.find("”", opened, quantity.start) < 0:
        closing = text.find("”", quantity.end, c_end)
        if 0 <= closing - opened <= 12 and not _quoted_figure(text, quantity, opened, closing):
            return True
    return False


# A share of a group, its measure and a bound: the bar the figure after it sets, not a goal.
_SHARE_BEFORE = re.compile(rf"\d+(?:\.\d+)?[%％]的{HAN}{{1,12}}?(?:超过|超|达到|达|突破|不低于)$")
# After a count of a nation's people: 的 (14亿人的), or 多 and the people (14亿多中国人).
_PEOPLE_AFTER = re.compile(r"(?<=人)的|(?:多|余)?(?:中国人|人民|群众|同胞)")
# The whole country or province as what has the figure: 我国有…, 全国共有…, 全国近3亿人.
_WHOLE_HAS = re.compile(r"(?:我国|全国)(?:(?:现|共|目前)?有|近|约|将近)$")
# Things of a size, after a bound on it (超10亿元项目): the class, not an amount.
_CLASS_AFTER = re.compile(r"的?(?:项目|企业)(?!资金|投资|贷款|融资)")
# A clause that opens with the year's graduates and a bound: 今年高校毕业生超过… (a cohort).
_COHORT = re.compile(
    r"(?:今年|全年|明年)?(?:全国|全省|全市)?(?:高校|应届|大学)?毕业生(?:人数|规模)?"
    r"(?:预计|将)?(?:超过|超|达到|达|突破)"
)


# A bound below a bar, then 的 and the group it defines (收入不足3000元的家庭, 所得额不到100
# 万元的部分): a threshold of who or what qualifies, not a goal (not 的目标, 的水平).
_UNDER_A_BAR = re.compile(r"(?:不到|不足|不超过|不高于|低于|少于|未满)$")
_GROUP_AFTER = re.compile(rf"(?:以下|以内)?的(?!目标|水平|范围|要求|预期){HAN}")


# What may follow a figure inside the quotation marks that hold it whole: its bound.
_QUOTED_BOUND = re.compile(r"(?:左右|上下|以上|以下|以内)?”")
# Words of a goal just before a figure quoted whole (经济增长“6%左右”, 目标定为“6%以上”) or
# just after it (“6%左右”的预期目标, “6%以上”目标): the quotation marks set off the headline
# figure of a goal, not a name.
_AIM_BEFORE_QUOTE = re.compile(
    r"(?:增长|增速|增幅|目标|预期|指标)(?:为|是|在|定为|定在|设定为|达到|保持在|控制在)?$"
)
_AIM_AFTER_QUOTE = re.compile(r"的?(?:预期|增长|增速|左右的?)?(?:目标|预期|指标|增长)")


def _quoted_figure(text: str, quantity: Quantity, opened: int, closing: int) -> bool:
    """Whether the quotation marks from ``opened`` to ``closing`` hold a whole figure of a goal
    (a quantity with its unit, and perhaps its bound) next to words of a goal, not a name: a
    quoted name holds more words (“12530”行动计划, “1650”产业体系: numbers without a unit)."""
    if opened + 1 != quantity.start or not quantity.unit:  # “12530”: a bare number, a name
        return False
    if not _QUOTED_BOUND.fullmatch(text, quantity.end, closing + 1):
        return False  # “3个100”行动, “10%消费节”: more words than the figure
    return bool(
        _AIM_BEFORE_QUOTE.search(text, max(0, opened - 6), opened)
        or _AIM_AFTER_QUOTE.match(text, closing + 1)
    )


# A bound that says which things a task is about: 10万千瓦及以下燃煤机组, 年运量150万吨以上的
# 物流园区 (not 以上的目标, 以上的水平: the aim itself).
_SIZE_OF_A_KIND = re.compile(
    rf"及(?:以上|以下)的?{HAN}|(?:以上|以下)的(?!目标|水平|增长|增速){HAN}"
)
# A measure, then 以下/以上 and the noun of the things a clause closes or removes (关停10蒸吨以下
# 燃煤锅炉, 淘汰30万千瓦以下煤电机组): the size class of the units, to the clause's end.
_CLOSED_BEFORE = re.compile(r"淘汰|关停|关闭|拆除|取缔|退出")
_SIZE_OF_CLOSED = re.compile(
    rf"(?:以上|以下)(?!的?(?:目标|水平|任务|规模)){HAN}{{1,10}}(?:[，。；、,;：:]|$)"
)
_SIZE_OF_COUNTED = re.compile(
    rf"(?:以上)?的?{HAN}{{1,8}}?(?:\d+|[一二三四五六七八九十百千两]+)(?:家|个|户|项|座)"
)
# How far before a count that closes its clause its verb may stand: 新增上市企业十家,
# 建成省级智能工厂（数字化车间）三十家、市级数字化车间一百家.
_COUNT_VERB_REACH = 40
_CLAUSE_END = re.compile(r"(?:以上|左右|多|余|以内)?(?:[，。；、,;：:\t]|$)")


def _count_closing_clause(text: str, quantity: Quantity, c_start: int, c_end: int) -> bool:
    """A count in Chinese numerals after its noun, at the end of a clause that opens with
    what is to be done or reached: 建成示范村三十个, 人才总量突破三百万人."""
    if not _CLAUSE_END.match(text, quantity.end, c_end):
        return False
    before = text[max(c_start, quantity.start - _COUNT_VERB_REACH) : quantity.start]
    return bool(v.CUMULATIVE_VERBS.search(before) or v.REACH_VERBS.search(before))


def _count_of_a_list(text: str, quantity: Quantity, c_start: int) -> bool:
    """A count in Chinese numerals of the things listed just before it, in a clause that
    builds them: 打造…和食品加工、新材料、新能源三个产业基地 (three named, three counted). Not
    ``三大产业集群``: 三大 names the set of industries the list names."""
    if text[quantity.end - 1] == "大":
        return False
    before = text[c_start : quantity.start]
    listed = re.split(r"[和及与，,；;：:]", before)[-1].split("、")
    return (
        len(listed) >= 2
        and len(listed) == quantity.value
        and all(0 < len(item) <= _LIST_ITEM for item in listed)
        and bool(v.CUMULATIVE_VERBS.search(before))
    )


_LIST_ITEM = 12  # characters: the name of a thing listed, not a clause
# A short word in quotation marks that closes the clause after a count in Chinese numerals
# (四张“名片”, 两个“高地”): a figure of speech (建成两个“零碳园区” names real things).
_QUOTED_WORD = re.compile(r"“[^”]{1,3}”$")  # matched up to the clause's end
# A rate or rule kept as it stands (保持6%一档的税率不变, 维持现行标准不变): a parameter held,
# not a goal to reach.
_KEPT_AS_IT_IS = re.compile(r"(?:保持|维持)[^，。；、,;]{0,12}$")
_UNCHANGED = re.compile(r"[^，。；,;\d]{0,10}?不变")

_A_YEARS = r"(?:(?:19|20)\d{2}年(?:底|末)?的?)?"
# 从每人每月2375元提高到2423元, 由每生每年5元提高至10元: a standard per head (or per unit)
_PER_HEAD = rf"(?:每{HAN}){{0,2}}"
# 从月销售额10万元提高到15万元: the measure the standard is of may stand after 从 (the verb
# to a new value after the number, which _TO requires, makes it a start all the same).
_MEASURE = rf"(?:{HAN}{{1,5}})?"
# 将现行16%的税率降至13%: the rate in force (现行) is where a change starts, as 从 says.
_FROM = re.compile(rf"(?:[从由]{_A_YEARS}{_PER_HEAD}{_MEASURE}|现行)$")
_RAISE = r"(?:提高|增加|提升|增长|上升|扩大|下降|降低|减少|压减|缩小|缩减|下调|上调|调低|调高|降)"
# 从15个县（市）扩大到57个县（市）: the noun counted may stand between, before the verb;
# 现行16%的税率调整为13%: a rate set anew (调整为).
_TO = re.compile(
    rf"(?:(?:{HAN}|[（）()]){{0,6}}(?:{_RAISE}[到至]|调整为)|[到至]){_A_YEARS}{_PER_HEAD}"
)


def _run(text: str, items: list[Quantity], index: int) -> tuple[int, int]:
    """The first and last index of the list (A、B、C) that item ``index`` belongs to."""
    first = last = index
    while first > 0 and text[items[first - 1].end : items[first].start] == "、":
        first -= 1
    while last + 1 < len(items) and text[items[last].end : items[last + 1].start] == "、":
        last += 1
    return first, last


def is_baseline(text: str, quantity: Quantity, items: list[Quantity], index: int) -> bool:
    """``从500亿元提高到800亿元``, ``由2019年的1136家增加到2023年的1890家``, ``分别从209元、
    280元提高到217元、290元``: the numbers after 从 are where the goals (or the change
    reported) start from."""
    first, last = _run(text, items, index)
    return (
        last + 1 < len(items)
        and bool(_FROM.search(text, max(0, items[first].start - 13), items[first].start))
        and bool(_TO.fullmatch(text, items[last].end, items[last + 1].start))
    )


def baseline_of(text: str, items: list[Quantity], index: int) -> Quantity | None:
    """The baseline item ``index`` is raised (or lowered) from, paired by place in a list."""
    first, last = _run(text, items, index)
    if first == 0 or not is_baseline(text, items[first - 1], items, first - 1):
        return None
    base_first, base_last = _run(text, items, first - 1)
    if base_last - base_first != last - first:
        return None  # lists of unequal length: no pairing
    return items[base_first + index - first]


# A list of the shares a total is cut into: 任务分解如下, 按年度分解, 分解为.
_BREAKDOWN = re.compile(r"分解(?:如下|为)|按(?:年度|年份|区域|地区|县区|区县)分解")
# Words that open the parts of a total: 其中 (of which), 资金来源为 (funded by), 包括.
_PARTS_OPENING = re.compile(r"其中|来源为|来源于|包括")
_ROUNDING = Decimal("0.005")  # parts written rounded may miss their total by as much


def breakdown_parts(
    text: str, s_start: int, s_end: int, previous_start: int | None = None
) -> set[int]:
    """Where the numbers of the sentence ``text[s_start:s_end]`` that only cut a total into
    shares begin. The total is the goal; its shares are not: a sentence that says it breaks a
    task down (任务分解如下：东平县新建8万亩…); two parts or more, in the total's unit, after
    其中, 资金来源为 or 包括 that add up to a total before them (投资4500亿元，其中产业项目
    2700亿元、基础设施1300亿元、民生500亿元; 投资550亿元；资金来源为公共预算530亿元，国土基金
    20亿元); and after 其中 two parts or more, each named by its kind alone, that together stay
    within the total just before it, a growth rate or share between them aside (产值突破4000亿元，
    年均增长12%，其中金属材料1500亿元、化工材料1200亿元: the main parts named, not all). Parts
    with a verb of their own (其中，A产值达到500亿元，B产值力争突破120亿元) are goals. A sentence
    that opens on 其中 cuts a total of the sentence before, from ``previous_start``. A single
    part (其中非化石能源装机1000万千瓦) is a goal of its own, and so are parts of another unit
    than the total (总投资1000亿元，其中百亿元级项目3个、50亿元以上项目10个: counts of a kind of
    project, not shares of the money)."""
    if text.find("分解", s_start, s_end) < 0 and not _PARTS_OPENING.search(text, s_start, s_end):
        return set()  # most sentences: no words of a breakdown, nothing to read
    found = quantities(text, s_start, s_end)
    if _BREAKDOWN.search(text, s_start, s_end):
        return {q.start for q in found}
    parts: set[int] = set()
    for match in _PARTS_OPENING.finditer(text, s_start, s_end):
        at = match.start()
        before = [q for q in found if q.end <= at and not q.is_percent and q.upper is None]
        if not before and previous_start is not None and not text[s_start:at].strip("，,："):
            before = [
                q
                for q in quantities(text, previous_start, s_start)
                if not q.is_percent and q.upper is None
            ]
        counted = _counts_of_a_count(text, found, at, s_end, before)
        if counted:
            parts.update(q.start for q in counted)
            continue  # 项目1000个，其中水库7座、水池993个: counts of kinds that add up exactly
        shares = _run_of_parts(text, found, at, s_end)
        if len(shares) < 2 or not before:
            continue
        unit = shares[0].in_base_unit()[1]
        amount = sum(q.in_base_unit()[0] for q in shares)
        totals = [q.in_base_unit()[0] for q in before if q.in_base_unit()[1] == unit]
        if any(abs(amount - total) <= total * _ROUNDING for total in totals):
            parts.update(q.start for q in shares)
            continue
        nearest, nearest_unit = before[-1].in_base_unit()
        if (
            match.group() == "其中"
            and nearest_unit == unit
            and amount <= nearest * (1 + _ROUNDING)
            and not _OWN_VERB.search(text, match.end(), shares[-1].start)
        ):
            parts.update(q.start for q in shares)
    return parts


# A part stated as a goal of its own (其中，新能源装备产业产值达到500亿元，…力争突破120亿元),
# not a slice of the total named by its kind (其中先进金属材料1500亿元、化工新材料1200亿元).
_OWN_VERB = re.compile(
    rf"{v.REACH_VERBS.pattern}|达|力争|确保|争取|分别|不低于|不少于|保持|控制|提高|提升|增长"
)


def _counted(q: Quantity) -> bool:
    return not q.is_money and q.unit.lstrip("万亿千百") in v.COUNT_WORDS


def _counts_of_a_count(
    text: str, found: list[Quantity], at: int, s_end: int, before: list[Quantity]
) -> list[Quantity]:
    """After 其中, two counts or more of things counted one by one, each with its own measure
    word (水库7座、设施993个), that add up exactly to the count just before: shares of it."""
    if not before or not text.startswith("其中", at):
        return []
    stop = text.find("；", at, s_end)
    stop = s_end if stop < 0 else stop
    run = [q for q in found if at < q.start < stop]
    total = before[-1]
    if (
        len(run) < 2
        or not _counted(total)
        or not all(_counted(q) and q.upper is None for q in run)
        or len({q.in_base_unit()[1] for q in run}) < 2  # one unit: the rule above
    ):
        return []
    return run if sum(q.in_base_unit()[0] for q in run) == total.in_base_unit()[0] else []


def _run_of_parts(text: str, found: list[Quantity], at: int, s_end: int) -> list[Quantity]:
    """The amounts after ``at`` in one unit, up to the next semicolon or the first amount in
    another unit; percentages between them (占25.7%) are the parts' shares, not parts."""
    stop = text.find("；", at, s_end)
    stop = s_end if stop < 0 else stop
    run: list[Quantity] = []
    for q in found:
        if not at < q.start < stop or q.is_percent:
            continue
        if q.upper is not None or (run and q.in_base_unit()[1] != run[0].in_base_unit()[1]):
            break
        run.append(q)
    return run


_PERCENT_UNITS = ("%", "％", "百分点")


def pieces_of_a_total(proposals: list[Proposal]) -> set[int]:
    """The indexes of ``proposals`` (one paragraph's, in order) that only break a total stated
    before them into pieces: two amounts or more after it, in its unit, that add up to it within
    rounding, each under the total's verb (筹措890.59亿元实施十大…工程。筹措7亿元实施就业惠民
    工程…筹措7.33亿元实施交通惠民工程). Amounts in another unit or under another verb between
    them (帮助8万户群众) are goals of their own."""
    pieces: set[int] = set()
    for i, total in enumerate(proposals):
        if i in pieces or total.unit.endswith(_PERCENT_UNITS):
            continue
        amount, unit = _base(total)
        verb = _verb(total)
        run: list[int] = []
        added = Decimal(0)
        for j in range(i + 1, len(proposals)):
            part, part_unit = _base(proposals[j])
            if part_unit != unit or not verb or _verb(proposals[j]) != verb:
                continue
            run.append(j)
            added += part
            if added > amount * (1 + _ROUNDING):
                break
            if len(run) >= 2 and abs(added - amount) <= amount * _ROUNDING:
                pieces.update(run)
                break
    return pieces


def _base(proposal: Proposal) -> tuple[Decimal, str]:
    return Quantity(0, 0, proposal.value, proposal.unit, False).in_base_unit()


def _verb(proposal: Proposal) -> str:
    """The first two characters of the quote before its number: the verb it goes under."""
    at = proposal.quote.find(proposal.value_text)
    return proposal.quote[:2] if at >= 2 else ""

"""A goal's qualifier, kind and direction, read from the words around its number."""

from __future__ import annotations

import re

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.model import Direction, Kind, Qualifier
from cluster_cli.extract.numbers import HAN, Quantity

# A sum or a programme set down: 设立10亿元…基金, 实施省级重点项目640个.
_SET_UP_SUM = re.compile(r"设立[^，。；、,;]{0,6}$")
_PROJECT_LIST = re.compile(r"实施[^，。；、,;]{0,6}重点项目$")
# A figure the year's plan proposes (拟发行国债1.3万亿元, 赤字率拟按4%左右安排) or a sum of a
# budget (一般公共预算支出29.7万亿元, 预算内投资7350亿元): planned, not yet reported.
_PROPOSED = re.compile(r"拟")
_BUDGETED = re.compile(r"预算")


_ALTERNATIVE_UNIT = re.compile(rf"[（(]{HAN}{{1,2}}[）)]")
_BOUNDS = v.AFTER_AT_LEAST + v.AFTER_ABOUT + v.AFTER_AT_MOST
_MORE_THAN = re.compile(r"[\d万亿千百]余|\d多(?=[万亿])")  # 3000余名, 5000多亿元


def qualifier_of(text: str, quantity: Quantity, item_start: int) -> tuple[Qualifier, int]:
    """The qualifier and the end of the words that carry it."""
    end = quantity.end
    alternative = _ALTERNATIVE_UNIT.match(text, end)
    if alternative and text.startswith(_BOUNDS, alternative.end()):
        end = alternative.end()  # 1万台（套）以上: the bound after the unit's alternative
    after = text[end : end + 2]
    if _MORE_THAN.search(text, quantity.start, quantity.end):
        return "at_least", quantity.end  # 3000余名: more than the number
    for words, qualifier in (
        (v.AFTER_AT_LEAST, "at_least"),
        (v.AFTER_ABOUT, "about"),
        (v.AFTER_AT_MOST, "at_most"),
    ):
        for word in words:
            if after.startswith(word):
                return qualifier, end + len(word)  # type: ignore[return-value]
    before = text[max(item_start, quantity.start - 4) : quantity.start]
    if v.BEFORE_AT_LEAST.search(before):
        return "at_least", quantity.end
    if v.BEFORE_AT_MOST.search(before):
        return "at_most", quantity.end
    if v.BEFORE_ABOUT.search(before):
        return "about", quantity.end
    if (
        v.PLANNED.search(text, item_start, quantity.start)
        or _PROPOSED.search(text, item_start, quantity.start)
        or (
            # 设立10亿元…基金, 实施省级重点项目640个: a sum or a programme set down
            _SET_UP_SUM.search(text, item_start, quantity.start)
            or _BUDGETED.search(text, item_start, quantity.start)
            if quantity.is_money
            else _PROJECT_LIST.search(text, item_start, quantity.start)
        )
    ):
        return "planned", quantity.end
    if _FLOOR_OF_A_LIST.search(text, max(0, item_start - 60), item_start) and not (
        v.CUMULATIVE_VERBS.match(text, item_start)
    ):
        return "at_least", quantity.end  # 不少于200场演出、400场活动: every item's floor
    return "exact", quantity.end


# A floor before the first item of a list of counts, then items joined by 、 (推出不少于200场
# 公益性文艺演出、400场阅读推广活动、): the floor of each item, as 分别 would share a verb.
_LIST_ITEM = r"\d+(?:\.\d+)?[^\d，。；,;：:、\n]{1,24}"  # 400场阅读推广活动: a count, then its noun
_FLOOR_OF_A_LIST = re.compile(rf"(?:不少于|不低于|至少){_LIST_ITEM}(?:、{_LIST_ITEM})*、$")


# A verb inside a clause that describes the people counted, just before the count: they are
# those who are in some state (a stock), not people added by doing something.
_PEOPLE_WHO = re.compile(
    rf"(?:{v.CUMULATIVE_VERBS.pattern})[^，。；、,;的]{{0,12}}的[^，。；、,;的]{{1,8}}"
    r"(?:者|人员|人口|职工|群众)(?:超过|超|达到|达|突破)?$"
)


# The ones over a bar, counted: 年营业收入超1000亿元的2个 (a stock, where no verb adds them).
_OVER_A_BAR = re.compile(r"元(?:以上)?的$")
# Services run in the year (开行4000班次, 全年开行600列): a yearly amount, not things added.
_SERVICES_RUN = re.compile(r"开行[^，。；、,;]{0,4}$")
# A ratio named as the indicator (城镇化率, 比重, 强度), not a rate of interest or growth.
_SHARE_NAMED = re.compile(r"(?<![利长速])率|比重|占比|强度|比例")
_OVER_YEARS = re.compile(r"(?<![近去这前上])[两三四五]年(?:安排|投入|筹措)$")
# 新增 naming who is measured (新增劳动力, the labour force's new entrants), then an average of
# them: a level, not a count added.
_NEW_ONES_AVERAGED = re.compile(r"新增[^，。；、,;\d]{0,8}?(?:平均|人均)[^，。；、,;\d]*$")
# Work done on land or water in the period (治理沙化土地88.5万亩, 修复湿地2万亩): an amount done.
_WORK_DONE = re.compile(r"治理|修复|整治|复垦|造林|种草|绿化")
# A standing regime of land use (禁牧, 草畜平衡, 休耕, 轮作): the area under it is a level held,
# not work done (实施草原禁牧和草畜平衡10亿亩).
_LAND_REGIME = re.compile(r"禁牧|休牧|轮牧|草畜平衡|休耕|轮作|禁伐|管护")
_AREA = ("亩", "公顷", "平方公里")
# An area added (增加深松土地1333万公顷, 耕地面积增加100万亩; not 增加到): land added or worked in
# the period, as 新增 is.
_AREA_ADDED = re.compile(r"增加(?![到至为])[^，。；、,;到至\d]{0,12}$")
# A verb that opens the clause and adds what it counts, whatever bound follows (培育…超过600人).
_FOSTERED = re.compile(r"(?:培育|培养|引进|引育)")
# Capacity arranged or connected in the year, without 新增: 安排装机规模3000万千瓦、并网2000万千瓦.
_CAPACITY_ADDED = re.compile(r"(?:安排|并网|投产)[^，。；,;]{0,12}?装机|并网$")
# An amount taken away or freed over the period, not a level to reach (减少到 is one); capacity
# withdrawn (退出煤炭产能1.5亿吨) is removed the same way.
_MOVED = re.compile(r"(?:减少|压减|削减|淘汰|腾出|退出)(?![到至为])[^，。；、,;到至]{0,12}$")


# A running total reached, with no verb that adds (专精特新企业累计达到300家): a stock.
_REACHED_IN_ALL = re.compile(r"累计(?:达到|达|超过|突破|增至)")
# An area done in the period: a word of work before its 面积, in a lead that opens on 完成, 实施
# or 累计 (完成老厂房改造利用面积, 累计实现…修缮改造面积).
_AREA_WORKED = re.compile(r"(?:改造|修缮|更新|整治|治理|绿化|造林)[^、]{0,4}面积")
# People or households who benefit from the work of the period (受益居民, 惠及群众).
_BENEFITING = ("受益", "惠及")
# Times a service or a training is given (培训超过7.5万人次): done again and again, added up.
_DONE_AGAIN = ("培训", "服务", "救助", "帮扶", "诊疗")


# Tax and fee relief, right before the sum (退税减税约2.5万亿元, 为企业减税降费30亿元以上, 减负
# 超过400亿元): the burden taken off firms over the period, added up, as 减负 is (a cumulative
# decrease). Only a sum of money: 离境退税商店100家 counts shops. A burden lightened by a sum
# (减轻企业和个人负担5000多亿元) is the same relief, written out.
_RELIEF = re.compile(
    r"(?:减税|退税|降费|减费|缓税|缓费|减免|让利|减负|减轻[^，。；、,;\d]{0,16}负担)"
    r"(?:规模|金额|总额)?(?:约|近|超过|超|逾|达到|达|共计|共|累计|合计|总计)?$"
)


# Debt resolved (化解存量债务5亿元, 完成5亿元隐性债务化解任务): the debt falls by the sum.
_DEBT_RESOLVED = re.compile(r"化解.{0,8}?债|债务化解")  # in one clause


# The total of the year's sums, named as such (合计新增债务总规模, 总计安排资金总额): the sum the
# parts listed before it add up to, a level of the year, even after 新增.
_SUM_OF_PLANS = re.compile(r"(?:合计|总计)[^，。；、,;]{0,12}总(?:规模|额)$")


# A count moved from the figure of a year before to the one aimed at (从2020年的4.62亿提高到8亿,
# 由500家增加至800家): two stocks compared, the second a level, not a number added.
_FROM_A_FIGURE_TO = re.compile(
    r"[从由][^，。；,;]{0,16}?\d[^，。；,;]{0,8}?(?:提高|提升|增加|增长|扩大|上升)[到至]$"
)


def kind_of(quantity: Quantity, lead: str, closing: bool = False) -> Kind:
    """The kind of the goal whose number ``quantity`` follows the words ``lead``; ``closing``:
    the count closes its clause (企业超2600家；), no noun after it."""
    if quantity.is_ratio or quantity.unit.partition("/")[2].endswith("元"):
        return "share"  # 死亡人数控制在0.6人/百亿元以下: a rate per amount of output
    if quantity.is_percent or quantity.unit in ("倍", "番"):
        if any(word in lead for word in v.LEVEL_RATES):
            return "level"
        if quantity.unit in ("倍", "番"):
            return "rate"
        if quantity.unit.endswith("百分点") and _SHARE_NAMED.search(lead):
            return "share"  # 城镇化率提高0.9个百分点: a ratio raised by points (not 利率, 增速)
        best: tuple[int, Kind] = (-1, "share" if quantity.unit == "%" else "rate")
        if lead.endswith("降"):  # 资费再降10%, 平均降20%: a cut by so much, a rate
            best = (len(lead) - 1, "rate")
        for word in v.RATE_WORDS:
            at = lead.rfind(word)
            # 提高到 60%, 降至 15%: a share set to a level, not a growth rate.
            if at > best[0] and not v.TO_A_LEVEL.match(lead, at + len(word)):
                best = (at, "rate")
        for word in v.SHARE_WORDS:
            at = lead.rfind(word)
            if at > best[0]:
                best = (at, "share")
        return best[1]
    word = quantity.unit.lstrip("万亿千百")
    counted = not word or word in v.COUNT_WORDS  # 80万 (people): a count
    over_a_bar = counted and bool(_OVER_A_BAR.search(lead))
    if counted:  # 培育营收超百亿元企业15家: the size of each firm says nothing of the count
        lead = v.SIZE_OF_THINGS.sub("", lead)
    if quantity.is_money and _RELIEF.search(lead):
        return "cumulative"  # 退税减税约2.5万亿元: relief given over the period, added up
    if quantity.unit.endswith("亩次"):
        return "cumulative"  # 农机作业服务面积60万亩次: work done, times over the land
    if quantity.is_money and _OVER_YEARS.search(lead):
        return "cumulative"  # 三年安排450亿元: a sum over the years, added up
    if quantity.is_money and _SUM_OF_PLANS.search(lead):
        return "level"  # 合计新增政府债务总规模11.86万亿元: the year's quotas added up, a sum
    if quantity.is_money and lead.endswith("筹措"):
        return "level"  # 筹措890.59亿元实施…工程: the year's funds, a sum set down
    if _NEW_ONES_AVERAGED.search(lead):
        return "level"  # 新增劳动力平均受教育年限达到14年: an average of the newcomers
    if _FROM_A_FIGURE_TO.search(lead):
        return "level"  # 用户从2020年的640万户提高到6000万户: the stock then and the stock aimed at
    if _REACHED_IN_ALL.search(lead) and not v.NEW_VERBS.search(_REACHED_IN_ALL.sub("", lead)):
        return "level"  # 专精特新企业累计达到300家: the number there are, in all
    if v.NEW_VERBS.search(lead) or _MOVED.search(lead):
        return "cumulative"  # also an amount cut or freed: 减少碳排放800万吨, 腾出用地100亩
    if quantity.unit.endswith(_AREA) and _AREA_ADDED.search(lead):
        return "cumulative"  # 增加深松土地1333万公顷: an area added, as 新增 says
    if (
        not counted
        and not quantity.is_money
        and lead.startswith(("完成", "实施", "累计"))
        and _AREA_WORKED.search(lead)
    ):
        return "cumulative"  # 完成老大楼改造利用面积11.4万平方米: the area done in the period
    if counted and (
        any(w in lead for w in _BENEFITING)
        or (word.endswith("次") and any(w in lead for w in _DONE_AGAIN))
    ):
        return "cumulative"  # 受益居民超过2万户, 职业技能培训超过7.5万人次: served over the period
    if v.HELD_AMOUNT.search(lead) or _SERVICES_RUN.search(lead):
        return "level"  # 年出栏量稳定在3900万头, 开行4000班次: a yearly amount, counted
    if counted and _PEOPLE_WHO.search(lead):
        return "level"  # 参加职业伤害保障的劳动者超640万人: those who are in, a stock
    if counted and _FOSTERED.match(lead):
        return "cumulative"  # 培育技术经理人超过600人: people fostered over the period, added
    if not counted and _CAPACITY_ADDED.search(lead):
        return "cumulative"  # 安排风电光伏装机规模3000万千瓦、并网2000万千瓦: added in the year
    if counted and v.CUMULATIVE_VERBS.search(lead) and not v.A_TOTAL.search(lead):
        return "cumulative"  # 引进500强企业投资项目10个: things brought in, whatever they are
    # 国家高新技术企业超2600家: how many there are, as 达到 says (not times done: 服务超75万人次)
    if v.LEVEL_NOUNS.search(lead) or (
        counted and closing and lead.endswith("超") and not word.endswith("次")
    ):
        return "level"
    if (
        quantity.unit.endswith(_AREA)
        and _LAND_REGIME.search(lead)
        and not _WORK_DONE.search(lead)
        and not v.NEW_VERBS.search(lead)
    ):
        return "level"  # 实施草原禁牧和草畜平衡10亿亩: the area a standing regime covers
    if v.CUMULATIVE_VERBS.search(lead) or _WORK_DONE.search(lead):
        return "cumulative"
    if over_a_bar:
        return "level"  # 年营业收入超500亿元的5个: how many meet the bar, with no verb adding
    # Without a verb: things are counted as they are added; money and measures are levels.
    return "cumulative" if counted else "level"


# A count of things to stand when the period ends, not things added from none: a total to reach
# after a verb of completing or forming (建成…概念验证中心和中试熟化平台230个以上, 形成…), with a
# floor and no word of adding (新增, 新建, 累计: read as added); and things of a size class
# (打造6个万亿级产业: how many industries are of that size, some of them already).
_TO_STAND = re.compile(r"(?=\S)(?:建成|形成|打造)")  # (?=\S): see names.py, compiles faster
_OF_A_SIZE = re.compile(r"(?=\S)(?:万亿|千亿|百亿|十亿|亿)元?级")


def stock_to_reach(text: str, quantity: Quantity, lead: str, qualifier: Qualifier) -> bool:
    """Whether a count after ``lead`` is a stock to reach (level), not things added."""
    if quantity.unit != "个" or v.NEW_VERBS.search(lead) or _FOSTERED.search(lead):
        return False
    if qualifier == "at_least" and _TO_STAND.search(lead):
        return True  # 建成…平台230个以上
    # 打造6个万亿级产业 (not a list of named ones: 打造A、B、C3个千亿元级高地, built)
    return bool(_OF_A_SIZE.match(text, quantity.end)) and not re.search(r"[、等]", lead)


# After a planned figure, a comparison that says it is set lower than before: 赤字率拟按3.2%
# 左右安排、比去年有所下调 (the figure is a cut, though no verb before it says so), also in the
# next clause and against last year's budget or target by a figure (比去年预算低0.4个百分点).
_LOWERED = re.compile(
    r"[^，。；,;、]{0,6}[、，,]?(?:比|较)(?:去年|上年|上一年|前一年)?(?:预算|预期|目标)?"
    r"(?:有所|略有|适当|小幅|明显)?(?:下调|调低|下降|降低|回落|减少"
    r"|(?:低|少)(?=\d|[一二三四五六七八九十两半]))"  # 低0.4个百分点: lower by so much
)


def lowered_after(text: str, end: int) -> bool:
    """Whether the words after a figure ending at ``end`` compare it lower than before."""
    return bool(_LOWERED.match(text, end))


# A ratio named before a figure (赤字率拟按3%安排) and said in the next sentences to stay as it
# was (今年赤字率保持不变): the figure holds the ratio, not raises it.
_RATIO_NAMED = re.compile(rf"{HAN}{{1,4}}率(?={HAN}{{0,4}}$)")
_HELD_WORDS = r"(?:继续)?(?:保持不变|维持不变|不变)"


def held_after(text: str, end: int, lead: str) -> bool:
    """Whether the ratio the lead names, its figure ending at ``end``, is said to stay unchanged
    within the next few sentences."""
    ratio = _RATIO_NAMED.search(lead)
    if ratio is None:
        return False
    word = ratio.group()[-3:]  # 今年赤字率 is said again as 赤字率
    return re.search(rf"{word}{_HELD_WORDS}", text[end : end + 200]) is not None


def direction_of(lead: str, clause: str, qualifier: Qualifier, quantity: Quantity) -> Direction:
    held = v.MAINTAIN.search(lead)
    if held and held.group() in v.PRICES and qualifier == "at_most":
        held = None  # 涨幅控制在3%以内: under a ceiling, less is better (3%左右 is held)
    if held or (
        v.STAPLE.search(clause)
        and quantity.unit.endswith(("亩", "斤", "吨"))
        and not v.NEW_VERBS.search(lead)
        and "能力" not in lead  # 粮食烘干能力达到3.5万吨: a capacity is built up, not held
    ):
        return "maintain"
    # A floor (不低于, 以上) says more is better, whatever falls by nature the lead names.
    cuts = v.BY_NATURE.sub("", lead) if qualifier == "at_least" else lead
    if v.DECREASE.search(cuts) or qualifier == "at_most":
        return "decrease"
    if quantity.is_money and (_RELIEF.search(lead) or _DEBT_RESOLVED.search(clause)):
        return "decrease"  # 退税减税约2.5万亿元, 化解债务3亿元: the burden falls
    return "increase"

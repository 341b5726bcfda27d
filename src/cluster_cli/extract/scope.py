"""Numbers that describe rather than aim: the scope of a list (推动A、B等20个园区建设), the size
of the list a text presents (共安排十方面、34项), a part with its share of the whole
(项目582个，个数占比65.9%), a class named by a numeral (三类医疗器械注册证), a tax rule
(加计扣除100%), a span of time that is no limit (24小时开放), what a task concerns
(涉及居民2.3万户), people and peoples there are (9亿多劳动力, 56个民族), a forecast (将高达765万人)
and the number of items a measure's scope covers (将18项收费的免征范围扩大到…)."""

from __future__ import annotations

import re

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.numbers import HAN, Quantity, quantities

# A share given without an indicator of its own: the share of the part just named.
_SHARE_ONLY = r"(?:个数|数量|投资|金额|资金|规模|产值|人数|项目)?占(?:比)?为?"
_BARE_SHARE = re.compile(rf"{_SHARE_ONLY}$")
_SHARE_AFTER = re.compile(rf"[，,]{_SHARE_ONLY}\d+(?:\.\d+)?[%％](?:[，,。；;]|$)")
# Verbs that carry on with things there are (推动…园区建设提速), not make new ones.
_ADVANCE = re.compile(
    r"推动|推进|加快|支持|依托|围绕|聚焦|提升|抓好|深化|服务|提速|发挥|用好|建好|建强|做强|做优|续建"
)
# Units that are designated, not built: counties, the clusters and chains a state names and the
# carriers it approves (支持29个扩权赋能县（市）, 做优做强5个国家先进制造业集群, 壮大13条重点产业链,
# 支持22个国家级产业融合载体). A verb that works on them counts what there is.
_ON_DESIGNATED = re.compile(r"(?:做优做强|做强做优|做大做强|做强|做优|壮大|支持|提升)$")
_DESIGNATED = re.compile(
    r"[个条][^，。；、,;]{0,12}?(?:集群|产业链|载体|县（市(?:、区)?）|县（区）|县域|"
    rf"县(?=(?!{HAN})[^（]|[，。；]|率先|高质量|深化|开展|探索))"
)
# A policy package: 实施住房保障、创业服务等十条支持措施 (the size of the package).
_PACKAGE = re.compile(r"[条项][^，。；、,;]{0,6}(?:措施|举措|政策)")
# Verbs that put things there are to use or keep them going (发挥3个试点作用, 建好15个主平台,
# 建强用好三支队伍, 深化9个“一件事”治理): the count is of what exists, not a target.
_CARRY_ON = re.compile(r"(?:发挥|用好|建好|建强|管好|抓好|深化|提速)[^，。；,;]{0,20}$")
# Things under way (6条续建高铁, 23个续建项目; 加快建设9个…项目): the count is the scope.
_UNDER_WAY_AFTER = re.compile(r"[^，。；、,;]{0,4}续建")
_UNDER_WAY_BEFORE = re.compile(r"(?:加快|推进)建设$")
_PROJECTS = re.compile(r"[^，。；、,;]{0,12}项目(?:[，。；,;]|$)")
# 加快6个抽水蓄能电站建设: the building of things begun, sped up (not 新建, 开工).
_SPED_UP = re.compile(r"加快$")  # not 推进5个“美丽街区”建设: the works of the period
_BUILDING = re.compile(r"[^，。；、,;]{0,12}建设(?:[，。；,;]|$)")
# The plan's own parts: 从…等5个方面细化提出22项主要指标 (the size of its set of indicators).
_INDICATORS = re.compile(r"[^，。；、,;]{0,4}指标")
# A count of fields or industries a plan or a task covers: 17个领域碳达峰工作, 12个重点产业
# 稳增长方案 (one plan for each: what they cover, not plans to write).
_FIELDS_COVERED = re.compile(
    r"[^，。；、,;]{0,4}(?:领域|产业|行业|方面)[^，。；、,;]{0,8}(?:工作|方案)"
)
# The class of size of the things listed: 等4个万亿级产业.
_SIZE_CLASS = re.compile(r"[^，。；、,;]{0,3}级")
_MAKE = re.compile(rf"{v.NEW_VERBS.pattern}|打造|建成|培育|引进|创建|建设|开工|实施")
# The sections of the list a text presents: 十方面、34项 / 十个方面34个项目.
_SECTIONS_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十]+)个?方面[、，,]?$")
# A percentage of a tax rule: 研发费用加计扣除100%, 减按15%的税率.
_TAX = re.compile(r"加计扣除|减按|税率|抵免|退税|返还")
# A span of time is a goal as a limit to bring it within: 通关时间压缩至24小时以内.
TIME_SPANS = frozenset({"小时", "天", "个工作日", "工作日", "分钟"})
_LIMIT_BEFORE = re.compile(r"压缩|缩短|压减|缩减|减少|降至|降到|控制在|不超过|不高于|以内")
# Things there are, run (推进5个国家区域医疗中心和6个省级…高效运行) or kept up (巩固提升80万亩
# 蔬菜基地); a named firm's project by its capacity (推动吉林梅花60万吨赖氨酸等项目释放产能).
_RUN = re.compile(
    r"[^，。；,;]{0,24}?(?:(?:高效|稳定|平稳|正常)运(?:行|营)|提质升级|提档升级|提质增效|转型升级"
    r"|扩能升级|高质量发展)(?:[，。；,;]|$)"
)
# A list of named projects a verb speeds up (推动A公司60万吨钾肥、B公司10万吨再生铝等项目建设):
# the numbers in it are each project's size or scope, not targets.
_ADVANCING = re.compile(r"(?:推动|推进|加快|加速)(?:推进|建设|实施)?")
_PROJECT_LIST_END = re.compile(r"[^，。；,;]*?等[^，。；、,;]{0,6}(?:项目|工程)")
# Things there are: approved or under way before the count (“十四五”批复的6个基地, 在建的3个).
_APPROVED_BEFORE = re.compile(r"(?:批复|获批|在建|已建|续建|已有|现有)的$")
# The plan's own parts: 分13个领域细化实化任务, 从5个方面提出.
_PLAN_SPLIT = re.compile(r"(?:分|从|按)$")
_PARTS_SPLIT = re.compile(r"(?:领域|方面|板块|大类|类)")
# A figure right after a count of things: 3座35万千瓦电站, 三个1亿人, the size of each one.
_EACH_AFTER_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)[个座台条套艘架处](?:装机)?$")
_KEPT_UP = re.compile(r"巩固(?:提升|提高)?$")
# A clause that opens on what the work turns on (围绕27个重点链条、68家…, 聚焦10个重点产业): the
# things listed after it are there already, and so is each count in the list.
_AROUND = re.compile(r"(?:围绕|聚焦|依托)[^，。；,;]{0,30}$")
_PROJECT_SPEC = re.compile(r"[^，。；、,;\d]{1,12}?项目(?!建设)")
_CONCERNS = re.compile(r"涉及[^，。；、,;]{0,12}$")
# Support received, counted by its measures (将获得13项…政策资助，6项…资助项目).
_RECEIVE = ("获得", "享受", "享有")
_SUPPORT_NAMED = ("政策", "资助", "扶持", "补贴", "奖励", "优惠")
_SEPARATOR = re.compile(r"[，。；、,;：:]")


def describes(text: str, quantity: Quantity, c_start: int, c_end: int) -> bool:
    """Whether the number describes what there is, or what a task concerns, rather than aims."""
    lead = text[c_start : quantity.start]
    if quantity.is_percent and _BARE_SHARE.fullmatch(lead):
        return True  # …四大领域，占比89.2%: the share of the part named before
    if not quantity.is_percent and _SHARE_AFTER.match(text, c_end):
        return True  # 项目582个，个数占比65.9%: a part, its share of the whole after it
    if lead.endswith("等") and _counted(quantity):
        first = lead.split("、", 1)[0]
        if "、" in lead and not (_ADVANCE.search(first) or _MAKE.search(first)):
            first = _verb_of_list_before(text, c_start)  # 加快A等6条高铁，B、C等17条高速公路
        if _ADVANCE.search(first) and not _MAKE.search(first):
            return True  # 推动A、B等20个园区建设提速: the scope of the list, things there are
        if "、" in lead and _SIZE_CLASS.match(text, quantity.end):
            return True  # 打造A、B、C、D等4个万亿级产业: the list counted, its size class aimed at
        if _PACKAGE.match(text, quantity.end - 1):
            return True  # 实施…等十条支持措施: the size of a policy package, not a goal
    if _scope_of_a_task(text, quantity, lead, c_end):
        return True
    if _in_named_projects(text, quantity, lead, c_end):
        return True  # 推动A公司60万吨钾肥、B公司40万吨熔盐装置等项目建设: each one's size
    if _APPROVED_BEFORE.search(lead) or (
        _PLAN_SPLIT.search(lead) and _PARTS_SPLIT.match(text, quantity.end)
    ):
        return True  # 建设已批复的6个基地; 分13个领域细化任务: what there is, the plan's parts
    if _AROUND.match(lead) and not _MAKE.search(lead) and not quantity.is_percent:
        return True  # 围绕27个重点链条、68家“链主”企业: what the work turns on, there already
    if _EACH_AFTER_COUNT.search(lead):
        return True  # 3座35万千瓦光热电站, 三个1亿人问题: the size of each thing counted
    if _members_counted(lead, quantity):
        return True  # 推动东北、西北、西南、东南四个片区…: the members just named, counted
    if not quantity.is_percent and not quantity.is_money:
        if (
            _ON_DESIGNATED.search(lead)
            and _DESIGNATED.match(text, quantity.end - 1)
            and not _MAKE.search(text, quantity.end, c_end)
        ):
            return True  # 提升39个欠发达县域…质效: designated units, not new ones
        if _CARRY_ON.search(lead) and not _MAKE.search(lead) and not _people(quantity):
            return True  # 高质量建好15个主平台: things there are, put to use (not people trained)
        if _UNDER_WAY_AFTER.match(text, quantity.end) or (
            _UNDER_WAY_BEFORE.search(lead) and _PROJECTS.match(text, quantity.end)
        ):
            return True  # 抓好6条续建高铁建设: projects under way
        if _SPED_UP.search(lead) and _BUILDING.match(text, quantity.end):
            return True  # 加快6个抽水蓄能电站建设: projects begun, sped up
        if _INDICATORS.match(text, quantity.end):
            return True  # 细化提出22项主要指标: the parts of the plan, not a goal
        if _FIELDS_COVERED.match(text, quantity.end):
            return True  # 抓好工业等17个领域碳达峰工作: the fields a task covers
        if _KEPT_UP.search(lead) or (_RUN.match(text, quantity.end) and not _MAKE.search(lead)):
            return True  # 推进5个国家区域医疗中心…高效运行: things there are, run
        if (
            not _counted(quantity)
            and _PROJECT_SPEC.match(text, quantity.end)
            and not _MAKE.search(lead)
            and not v.REACH_VERBS.search(lead)
        ):
            return True  # 释放吉化120万吨乙烯转型升级项目新装置产能: a project's capacity
    if _SECTIONS_BEFORE.search(lead):
        return True  # 共安排十方面、34项: the size of the list the text presents
    if quantity.is_percent and _TAX.search(lead):
        return True  # 研发费用加计扣除100%: a tax rule
    if quantity.unit in TIME_SPANS and not (
        _LIMIT_BEFORE.search(lead) or text.startswith("以内", quantity.end) or "天数" in lead
    ):
        return True  # 24小时开放, 入住7天: a span of time (优良天数达到350天 counts days)
    if _CONCERNS.search(lead):
        return True  # 改造老旧小区86个、涉及居民2.3万户: what the task concerns
    if lead.startswith("在") and text[quantity.end : c_end].endswith("中"):
        return True  # 在新遴选出的521家企业中，…: the set the clause after it speaks of
    if _counted(quantity) and quantity.unit[-1:] in "项条" and _received(text, quantity, c_end):
        return True  # 企业将获得13项政策资助: the measures of a package, as the firms receive it
    if _there_already(text, quantity, lead, c_end):
        return True  # 9亿多劳动力、1亿多人才, 56个民族共同…, 将高达765万人: not aimed at
    if quantity.chinese and not quantity.is_money and not quantity.is_percent:
        cut = _SEPARATOR.search(text, quantity.end, c_end)
        rest = quantities(text, quantity.end, cut.start() if cut else c_end)
        if any(not q.chinese for q in rest):
            return True  # 新增三类医疗器械注册证100张: 三类 names the class counted
    return False


# Before a count, words that pick out what a task works on (聚焦13个产业集群) or the kind of
# things a batch is (布局一批50万千瓦以上基地).
_PICKED_OUT = re.compile(r"(?:聚焦|围绕|依托|瞄准|一批)$")
# 力争在20个赛道形成一批…成果: where a vague outcome is sought (not 在3000个小区设置回收机).
_WHERE = re.compile(r"(?<![定持制])在$")
# The parts of a task or a package named by their count: 抓好…3件事, 9条路径, 12条举措落地见效,
# 以…等6项内容为重点.
_PARTS_OF_WORK = re.compile(
    r"件事|[条项个][^，。；、,;]{0,8}?(?:(?<!健身)路径|举措|措施)|项(?:重点|主要|工作)?内容"
)
# Key counties counted (20个国家级、19个省级…重点县): places a programme is about, designated,
# not built (unlike counties a task reaches, 推动16个县（市、区）整县建成…); a title to win
# (培育5个重点县) is a goal.
_COUNTIES = re.compile(
    r"个(?:[^，。；、,;]{0,8}、\d+个)?[^，。；、,;]{0,16}?重点县(?:（[^）]{1,6}）)?"
    rf"(?:(?!{HAN})|(?=建设|发展|开展|推进|实施))"
)
_WON = re.compile(r"创建|争创|创成|培育|打造")
# 各县, 各市: a rule for each of them, whatever the verb (支持各县发展1—2个主导产业).
_EACH_PLACE = re.compile(r"各(?:县|市|区|地|乡|镇|村)")
_EACH_SMALL = 5  # a count for each place is small; a larger one is a total
# A sum the clause goes on to (推动11个领域项目投资突破2000亿元): the count is what it covers.
_SUM_AFTER = re.compile(r"[^，。；、,;]{1,16}?(?:投资|营收|产值|规模|收入)(?:突破|达到|超过|达|超)")


# A forecast or a report that stresses how large a figure is (高校毕业生将高达765万人): a goal is
# never "as high as"; a size the government does not set.
_AS_HIGH_AS = re.compile(r"高达$")
# The people a year will bring, named with no verb (今年高校毕业生820多万人，再创历史新高): a
# forecast stated as a fact of the year, the group a task is for, not a count to reach.
_GROUP_OF_YEAR = re.compile(
    rf"(?:今年|明年|本年|当年|全年)(?:全国|我国|全省|全市)?{HAN}{{0,8}}"
    r"(?:毕业生|学生|新生|考生|劳动力|人口|人员|军人|农民工|儿童|老年人)"  # a noun of people
)
# The bound right after the count (820多万人, 左右), skipped before looking for a verb after it.
_BOUND_AFTER = re.compile(r"^(?:以上|左右|上下|多|余)")
# A population in a bare magnitude with its noun right after (9亿多劳动力, 近14亿中国人的饭碗):
# people there are, the subject of the clause when no verb stands before the count.
_BARE_MAGNITUDE = re.compile(rf"(?:多|余)?{HAN}")
_ONLY_ABOUT = re.compile(r"(?:近|约|将近|接近|超过|逾)?")
# The peoples of a nation as one whole (56个民族共同团结奋斗, 各民族大家庭): peoples there are,
# not a count to reach (unlike 打造1000个民族村寨, 建成363个民族团结进步示范社区).
_PEOPLES = re.compile(r"个民族(?:共同|大家庭|同胞|儿女|兄弟|携手|一家)")
# The items a measure's scope covers (将18项行政事业性收费的免征范围扩大到…): the scope widened,
# not a count to reach (not 纳入…范围: things to be brought in).
_SCOPE_OF_MEASURE = re.compile(rf"[^，。；、,;\d]{{0,12}}?的{HAN}{{0,4}}范围")


def _there_already(text: str, quantity: Quantity, lead: str, c_end: int) -> bool:
    """Whether the number is a figure no goal acts on: a forecast (将高达), a population named
    as the subject of its clause with no verb of aim or change in it (9亿多劳动力、1亿多…人才，
    是…), the peoples of a nation, or the items a measure's scope covers."""
    if _AS_HIGH_AS.search(lead):
        return True
    if (
        quantity.unit.endswith("人")
        and _GROUP_OF_YEAR.fullmatch(lead)
        and not v.VERB_OR_AIM.search(lead)
        and not v.VERB_OR_AIM.search(_BOUND_AFTER.sub("", text[quantity.end : c_end], count=1))
    ):
        return True  # 今年高校毕业生820多万人: the size of the year's cohort, not an aim
    if _counted(quantity) and (
        _PEOPLES.match(text, quantity.end - 1)
        or (
            quantity.unit[-1:] in ("项", "类", "种")
            and _SCOPE_OF_MEASURE.match(text, quantity.end)
            and "纳入" not in text[quantity.end : c_end]
        )
    ):
        return True
    return (
        bool(quantity.unit)
        and not quantity.unit.strip("万亿千")
        and bool(_BARE_MAGNITUDE.match(text, quantity.end))
        and bool(_ONLY_ABOUT.fullmatch(lead.split("、")[-1]))
        and not v.VERB_OR_AIM.search(text, quantity.end, c_end)
    )


def _scope_of_a_task(text: str, quantity: Quantity, lead: str, c_end: int) -> bool:
    """Whether a count is the scope of a task rather than things to make: what a task picks
    out or works in, its parts, the counties it is about, a count for each place, the things a
    sum covers, or industries of a size class a verb carries on with (做大做强…7个千亿级产业)."""
    if quantity.is_percent or quantity.is_money:
        return False
    if _PICKED_OUT.search(lead) and (_counted(quantity) or lead.endswith("一批")):
        return True
    if _WHERE.search(lead) and (
        "一批" in text[quantity.end : c_end] or quantities(text, quantity.end, c_end)
    ):
        return True  # 在14个城区增补学位2万个: where the task is done, the goal after it
    if not _counted(quantity):
        return False
    sentence = text[max(text.rfind(m, 0, quantity.start) for m in "。；\n") + 1 : quantity.start]
    return bool(
        _PARTS_OF_WORK.match(text, quantity.end - 1)
        or (_COUNTIES.match(text, quantity.end - 1) and not _WON.search(lead))
        or (_EACH_PLACE.search(sentence) and quantity.value < _EACH_SMALL)
        or _SUM_AFTER.match(text, quantity.end, c_end)
        or (
            _SIZE_CLASS.match(text, quantity.end)
            and _ADVANCE.search(lead)
            and not _MAKE.search(lead)
        )
    )


_LIST_ITEM = 12  # characters: the name of a thing listed, not a clause
_PEOPLE = frozenset({"名", "人", "人次", "户", "户次"})


def _in_named_projects(text: str, quantity: Quantity, lead: str, c_end: int) -> bool:
    """Whether the number stands in a list of named projects that a verb speeds up, ended by
    等…项目 (推动A公司60万吨钾肥、B公司40万吨熔盐装置等项目建设): each project's size, not a
    target; unless the item itself makes something new (新建100万千瓦光伏)."""
    verb = _ADVANCING.match(lead)
    if verb is None or not _PROJECT_LIST_END.match(text, quantity.end, c_end):
        return False
    item = re.split(r"[、，,；;]", lead[verb.end() :])[-1]
    return "、" in text[quantity.end : c_end] + lead and not _MAKE.search(item)


def _people(quantity: Quantity) -> bool:
    """People counted (1万名乡村医生): served or trained, not things put to use."""
    return quantity.in_base_unit()[1] in _PEOPLE


def _counted(quantity: Quantity) -> bool:
    """Things counted one by one (17条高速公路), not a measure (402万千瓦机组): only a count
    says how many things a list holds."""
    return quantity.in_base_unit()[1] in v.COUNT_WORDS


def _verb_of_list_before(text: str, c_start: int) -> str:
    """The opening of the clause before, in the same sentence, up to its first 、: the verb a
    list without one of its own goes on from (加快A、B等6条高铁，C、D等17条高速公路)."""
    if text[c_start - 1 : c_start] not in "，,":
        return ""  # the sentence's first clause: no list before it
    cut = max(text.rfind(mark, 0, c_start - 1) for mark in "，,。；;：:\n")
    return text[cut + 1 : c_start - 1].split("、", 1)[0]


def _members_counted(lead: str, quantity: Quantity) -> bool:
    """A count right after a list that names as many members, under a verb that carries on with
    them (推动东北、西北、西南、东南四个片区内城市共同实施…): the members, not a target. A verb
    that makes them (打造…新材料、新能源三个产业基地) keeps the count a goal."""
    listed = re.split(r"[和及与，,；;：:]", lead)[-1].split("、")
    if len(listed) < 2 or not all(0 < len(item) <= _LIST_ITEM for item in listed):
        return False
    # 加快建设A、B、C、D 4个电站: places named under a verb that speeds up their work, however
    # the count is written (one place may hold two of them).
    verb = _ADVANCING.match(listed[0])
    if verb is not None and _counted(quantity) and not _MAKE.search(listed[0], verb.end()):
        return True
    if len(listed) != quantity.value:
        return False
    return bool(_ADVANCE.match(listed[0])) and not _MAKE.search(listed[0])


def _received(text: str, quantity: Quantity, c_end: int) -> bool:
    """Whether a count of measures of support is what a sentence says someone receives (企业将
    获得13项…政策资助，6项…资助项目), not a goal: patents granted (获得专利100项) are no support."""
    opening = max(text.rfind(mark, 0, quantity.start) for mark in "。；\n") + 1
    received = any(text.find(word, opening, quantity.start) >= 0 for word in _RECEIVE)
    return received and any(word in text[quantity.end : c_end] for word in _SUPPORT_NAMED)


# Work under way that a report pushes on (推进40项省科技重大专项、80项…和60项基础研究重点项目,
# 推进4个中小企业数字化转型城市试点): 推进 opens the clause, and the things close it with no work
# on them after (not 推进5个“美丽街区”建设, 推进3个既有园区…的提质增效, 推进5万个行政村通光纤:
# the period's works). A plan lists its works so (推进144个…建设项目): the finder asks this of a
# text with no time frame of its own, a report or news. The year's list of 实事 (推进30项为民办
# 实事项目: the works a government promises each year, new every year) is no work under way.
_PUSHED_ON = re.compile(r"(?:扎实|滚动|持续|稳步|稳妥|加快|全面|深入|积极|继续|着力)*推进")
_UNDER_WAY = re.compile(r"(?<!实事)(?:专项|试点|项目|工程|课题|示范)等?$")
_THINGS_END = "，、。；：,;和及\t\n"  # what ends the things counted (and the list's 、和及)


def pushed_on(text: str, quantity: Quantity, c_start: int, c_end: int) -> int:
    """Where the things end that a count of work under way counts (推进 before the clause's
    first count, the things under way closing the clause), so that the next item's words start
    after them; 0 if the count is no such thing."""
    if quantity.is_money or quantity.is_percent or not _counted(quantity):
        return 0
    if not _UNDER_WAY.search(text, c_start, c_end):
        return 0  # most clauses
    first = next(iter(quantities(text, c_start, quantity.start)), quantity)
    opening = v.LEADING_WORDS.sub("", text[c_start : first.start])
    if not _PUSHED_ON.fullmatch(opening):
        return 0
    end = quantity.end
    while end < c_end and text[end] not in _THINGS_END:
        end += 1
    return end + 1 if end < c_end and text[end] in "、和及" else end

"""Words of Chinese policy writing the rules look for, in one place so they can be reviewed."""

from __future__ import annotations

import re

from cluster_cli.extract.numbers import HAN

# An aim: the sentence speaks of what is to be done.
GOAL_MARKERS = re.compile(
    r"力争|确保|争取|目标|预期|计划|规划|方案|纲要|将|要|拟|努力|推动|推进|实现|打造|建设|培育|提出|安排|"
    r"引进|新增|新建|累计|加快|用\d+年|用[一二三四五六七八九十]年"
)
STRONG_GOAL = re.compile(r"力争|确保|争取|目标|预期目标|到(?:19|20)\d{2}年")
# A figure already achieved, or a report of one (not 5000个已建成自然村: 已 after a count
# describes the things counted; not 在现有基础上提高2个百分点: a rise on where things stand).
PAST_MARKERS = re.compile(
    r"同比|比上年|较上年|比去年|上年同期|去年同期|已经|(?<![\d十百千万][个家所座条项处])已(?!有)|截至|截止|实现了|完成了|"
    r"连续(?:\d{1,2}|[二三四五六七八九十]{1,2})年|已有(?=\d|[一二三四五六七八九十两])|正在|现在|如今|眼下|"
    r"达到了|增长了|下降了|提高了|过去|以来|一年来|两年来|三年来|五年来|近年来|这两年|近两年|"
    r"前三季度|一季度|二季度|三季度|上半年|前\d{1,2}个月|\d{1,2}[—\-～~]\d{1,2}月|目前|当前|现有(?!基础)|"
    r"现已|又报告|通报|公布的数据|数据显示|统计数据|首位|居全国|排名|位居|列全国|(?<![为除])了"
)
# Words after a number that make it part of a name: “创新创业青年50人论坛”, 13号线.
NAME_AFTER = re.compile(r"(?:论坛|峰会|大会|工程|行动|计划|热线|号线|强|方面|个方面)")
# Fixed political phrases with a numeral in them: names, not counts (中央八项规定精神). A list
# is the right tool here: the phrases are few, fixed and not built by any rule.
FIXED_PHRASES = re.compile(
    r"八项规定|两个确立|两个维护|四个意识|四个自信|四个全面|五位一体|两个毫不动摇|三个务必|"
    r"两个结合|两个大局|三个区分开来|两个先行"
)
# Words before a Chinese-numeral count that make it an enumeration, not a goal: 以下四个方面.
ENUMERATION_BEFORE = re.compile(r"(?:以下|如下|上述|这|那|党的|届|市委|省委|区委|县委)$")
# Past in a report, ahead in a plan: a report's unless the sentence names a deadline ahead
# (与2023年相比，项目总数增加2项: a change from a year past, reported).
PAST_UNLESS_AHEAD = re.compile(r"累计完成|与(?:(?:19|20)\d{2}年|上年|去年)相比")
# An event the text reports on: 本次集中启动的项目, 此次签约.
EVENT = re.compile(r"本次|此次")
# A sentence that reports a goal met: 全年新增就业12万人，超额完成年度目标; a figure said to
# exceed its target (…1300万人，超过全年预期目标) is an achievement, unless the verb is aimed at
# (要超过, 力争超过…目标).
MET_MARKERS = re.compile(
    r"超额完成|圆满完成|如期完成|顺利完成|"
    r"(?<![不要将争保求])(?:超过|高于)(?:了|全年|年度|年初|预定|既定|的|预期|计划)*目标"
)
# Someone's estimate or opinion, a question: not a goal of the text.
ESTIMATE_MARKERS = re.compile(
    r"看来|(?:专家|学者|分析师|人士|评论员|教授|研究员|经济学家)[^，。]{0,12}表示|认为|预计|预测|估计|测算|[按以][^，。、]{0,10}(?:增速|速度|价格|口径)计算|有望|或将|分析师|如果|假如|若能"
)
# A hedge on the verb of its own clause (可能超过), not on the sentence: 积极寻找所有可能的
# 市场…，全年进出口总额增长3%左右 aims; 可能的 describes a noun.
HEDGES = re.compile(r"可能(?!的|性)")
# A review section or paragraph. 成效 looks back (取得的主要成效, 工作成效) unless a verb of
# doing governs it: （五）加快释放改革开放成效 is a task, and so is an aim to reach (（七）美丽
# 山西建设取得重大成效, among a plan's goals; under a review's heading it stays a review).
_DOING = (
    r"加快|释放|提升|提高|增强|放大|彰显|巩固|扩大|推动|推进|确保|注重|见到|务求|力求|"
    r"取得(?:显著|重大|明显|积极|重要|决定性)"
)
REVIEW_HEADING = re.compile(rf"回顾|成就|主要工作|过去|一年来|五年来|^(?:(?!{_DOING}).)*成效")
REVIEW_OPENING = re.compile(r"^(?:过去一年|过去五年|一年来|五年来|回顾|这一年|这五年)")
# Verbs directly before a count of things to be created or done.
CUMULATIVE_VERBS = re.compile(
    r"新增|新建|新开发|新认定|新培育|新入选|培育|引进|引育|建设|建成|打造|实施|改造|开展|举办|组建|"
    r"认定|累计|完成|提供|交付|盘活|招引|推介|开设|选送|整合|创建|布局|部署|改建|筹措|落实|减负|"
    r"减量|带动|帮扶|培训|适配|设立|开工|启动|取得|支持|争取|新开|招募|吸引|服务|推动|新设|签约|"
    r"组织|参加|新改建|新[（(]改[）)]建|筹集|募集|新开通|开通|培养|攻克|制定|转移|消除|"
    r"开发(?![区商])"  # 开发100个考核规范, 开发岗位5万个 (not 开发区)
)
# Verbs of a level to be reached.
REACH_VERBS = re.compile(
    r"达到|突破|超过|增至|增加到|提高到|提升到|扩大到|稳定在|保持在|"
    r"压缩[至到]|缩短[至到]|降[至到]|下降到|控制在|"
    r"(?<![发到送传表下])达(?=\d|$)"  # 覆盖率达90%以上: 达 right before its figure
)
# Before a percentage: a growth, or a share or rate brought to a level.
RATE_OR_LEVEL = re.compile(r"增长|提高|提升|下降|降低|达到|保持在|控制在|稳定在")
# A count of what there is, not of what is added: 企业总数达到400家.
A_TOTAL = re.compile(r"达|突破|超过|增加到|增至|总数|总量|数量|保有量")
NEW_VERBS = re.compile(
    r"新增|新建|新改建|新[（(]改[）)]建|累计|新认定|新开发|新培育|新引进|新设|新招引|新开工|新签约|"
    r"新造|盘活|发放|减税降费|新入库|新投产|新通车"
)
# 装机 (installed capacity) is a stock like 装机容量: 建成电力装机2000万千瓦 is the total to have;
# capacity added says 新增 or 并网 (read before these nouns).
LEVEL_NOUNS = re.compile(
    r"规模|装机|产值|营收|营业收入|收入|总值|生产总值|增加值|投资|投入|吞吐量|产量|面积|人数|总量|"
    r"劳动生产率|人均|资金|资本金|销售额|零售总额|进出口|出口|进口|税收|总额|余额|存量|保有量|容量|"
    r"客流|游客|达到|达|突破|超过|增加到|增至|增长到|总数|效益|利润|市值|预算|出栏|存栏|电量"
)
# A yearly amount or a stock held at a level (年出栏量稳定在, 存栏量保持在): a level, even of
# things counted one by one.
HELD_AMOUNT = re.compile(
    r"(?:年|存栏|出栏|产)[^，。；、,;]{0,3}量[^，。；、,;]{0,4}(?:稳定在|保持在|达到|稳定)"
)
# Units of things counted one by one (a count grows as they are added), beside measures
# (亩, 吨, 公里, 千瓦) and money.
COUNT_WORDS = frozenset(
    {*"家个项名人户套间张座条列场期支门例所宗辆台件处艘架栋幢部种次只头株棵节块份篇本床剂类"}
    | {"人次", "户次", "场次", "位次", "家次", "班次", "航次", "车次"}
)
# The size of each thing counted, before the count: 营收超百亿元(的)企业, 年产值10亿元以上.
SIZE_OF_THINGS = re.compile(
    r"(?:营收|营业收入|产值|年产值|规模|销售额|销售收入|投资额|总投资|投资)?(?:超过|超|达到|达|过|突破)?"
    r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)?(?:万亿|千亿|百亿|亿|千万|百万|万)?元(?:以上|级)?的?"
)
RATE_WORDS = (
    "增长",
    "增速",
    "涨幅",
    "增幅",
    "年均",
    "提高",
    "提升",
    "下降",
    "降低",
    "减少",
    "压减",
    "翻",
)
# After a rate word, what makes the figure a level it is raised or lowered to.
TO_A_LEVEL = re.compile(r"[到至]")
SHARE_WORDS = ("比重", "占比", "率", "强度", "比例", "之比", "份额", "占", "达标")
LEVEL_RATES = ("失业率",)  # a rate reported as a level
# Verbs of a cut or a removal (退出: capacity withdrawn), and what falls by nature (排放).
DECREASE = re.compile(
    r"降低|下降|减少|缩小|压减|淘汰|压缩|缩短|压降|减排|减量|减负|减税降费|削减|退出|降至|降到|减至|控制在|不超过|不高于|(?<!不)低于|失业率|能耗|拆除|疏解|"
    r"排放|死亡率|发生率|事故|"
    # 取消或停征…收费35项: charges abolished or no longer levied, their number cut
    r"(?:取消|停征|免征)[^，。；,;\d]{0,16}(?:收费|基金)|"
    r"(?<![升])降$"  # 资费再降10%: a bare 降 just before the figure, a cut by so much
)
# What falls by nature, named in a lead: less of it is better, unless a floor is set on the
# figure (新增能耗…支持民间投资项目比重不低于80%: a share of projects, held at a floor).
BY_NATURE = re.compile(r"失业率|能耗|排放|死亡率|发生率|事故")
# 耕地保有量不少于5028万亩, 永久基本农田保护面积不少于…: land held at a floor.
# Prices, which plans hold about a figure (居民消费价格涨幅3%左右) or keep under a ceiling.
PRICES = ("价格涨幅", "物价", "居民消费价格", "CPI")
MAINTAIN = re.compile(
    rf"保持|稳定在|维持|稳定|严守|守住|坚守|{'|'.join(PRICES)}|"
    r"(?:耕地|农田)[^，。；,;]{0,6}(?:保有量|保护面积|保护任务)"
)
STAPLE = re.compile(r"粮食")  # grain area and output are held, not grown
# Qualifiers written after and before the number.
AFTER_AT_LEAST = ("以上", "多", "余", "强")
AFTER_ABOUT = ("左右", "上下")
AFTER_AT_MOST = ("以内", "以下")
# 不 turns a bound round: 不超过 is at most, 不低于 at least.
BEFORE_AT_LEAST = re.compile(r"(?:(?<!不)(?:超过|超|高于)|突破|不低于|不少于|至少|迈上|跨上)$")
BEFORE_AT_MOST = re.compile(r"(?:不超过|不高于|控制在|(?<!不)(?:低于|少于)|不到)$")
# A sum or a programme set down in a budget or a plan: 安排资金, 年度投资, 计划投资.
PLANNED = re.compile(r"安排|年度投资|计划投资|计划完成")
BEFORE_ABOUT = re.compile(r"(?:约|近|大约|接近)$")
# Words that open a clause without naming the indicator.
LEADING_WORDS = re.compile(
    r"^(?:(?:到|至|在)?(?:19|20)\d{2}(?:[—–\-~～至](?:19|20)\d{2})?年(?:底|末|度)?|今年|全年|年内|明年|力争|确保|争取|努力|要|将|并|"
    r"同时|其中|另外|此外|进一步|着力|加快|大力|持续|提出|用\d+年时间|用[一二三四五六七八九十]年时间|"
    r"“?十[三四五六]五”?(?:时期|期间|末)?|未来\d+年|今后\d+年|通过|以|和|及|、|与|或|在)+"
)
TRAILING_WORDS = re.compile(
    r"(?:达到|达|突破|超过|超|增长|提高到|提升到|提高|提升|为|至|到|控制在|保持在|稳定在|不低于|"
    r"不少于|不超过|不高于|年均|累计|实现|分别|约|近|的|预期|将|拟按|(?<![人年平亩])均|"
    # 地区生产总值按增长5%安排, 人均预期寿命再提高1岁, 通航点增至159个, 迈上4万亿元: a
    # preposition, an adverb or a verb of reaching left after the verb, no part of the name
    r"增加|按|再|拟|(?<!纲)要|增至|降至|迈上|跨上)+$"
)
PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
    "广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
CITIES = (
    "苏州|杭州|南京|宁波|深圳|广州|昆山|吴江|无锡|常州|南通|温州|绍兴|嘉兴|金华|台州|湖州|武汉|"
    "成都|西安|合肥|厦门|青岛|济南|郑州|长沙|沈阳|大连|哈尔滨|长春|福州|昆明|贵阳|南宁|南昌|"
    "太原|石家庄|兰州|乌鲁木齐|呼和浩特|银川|西宁|拉萨|海口|东莞|佛山|珠海|雄安|浦东"
)
# 市场, 市民, 市长, 区委, 县级: words of the suffix (not 区人民政府, 区国民经济: the place's).
PLACE = re.compile(rf"(?P<name>{HAN}{{2,3}}?)(?:省|市|区|县|自治区)(?![场民长委级])")
NOT_PLACES = frozenset(
    {
        "全省",
        "全市",
        "本市",
        "我省",
        "我市",
        "城市",
        "省市",
        "地区",
        "园区",
        "新区",
        "城区",
        "市区",
        "社区",
        "景区",
        "示范区",
        "开发区",
        "试验区",
        "高新区",
        "片区",
        "街区",
        "辖区",
        "山区",
        "库区",
        "校区",
        "港区",
        "县市",
        "县区",
        "全区",
        "各区",
        "各县",
        "城乡",
        "都市",
        "超大城",
        "区域",
        "行政区",
        "先导区",
        "集聚区",
        "功能区",
        "保护区",
        "引领区",
        "合作区",
        "核心区",
        "自贸区",
        "保税区",
        "产业区",
        "先行区",
        "试点县",
        "试点市",
    }
)
# A clause that does or aims at something (after a report, one without these goes on with it).
VERB_OR_AIM = re.compile(
    rf"{GOAL_MARKERS.pattern}|{CUMULATIVE_VERBS.pattern}|{REACH_VERBS.pattern}|"
    r"增长|提高|提升|下降|降低|减少|保持|控制|不低于|不少于|不超过|不高于|以上|以内|左右"
)

# A plan's contents, as a report presents it (设置了29项主要指标): the size of the plan.
SET_DOWN = re.compile(r"(?:设置|设定|确定|明确|提出|部署)$")
# Things of a year's plan to build, the verb after them (推进5个“美丽街区”建设).
TO_BUILD = re.compile(r"[^、]{0,12}建设$")
# A figure given as nearly reached (接近40家, 近百家): a count of what there is.
NEARLY = re.compile(r"(?:接近|将近|近)$")

"""Every phrase of the reports and of the words they share with the terminal, in both languages.

One term, one phrase: the headline figure is 进度 / Progress (the share of the way from the
baseline to the target), read beside 时序进度 / Time elapsed; the other terms are 进度差 / Pace
gap, 达成率 / Attainment, 增速比 / Growth ratio, 尚需年均增长 / Growth still needed a year and
差距 / Gap to target (docs/methodology.md). ``{name}`` fields are filled in by the caller with
figures already written for the reader. Tests check that both languages have the same fields
and that every phrase here is used.
Longer than 500 lines: a catalogue of one-line entries, which a translator reads as one list.
"""

from __future__ import annotations

from cluster_cli.i18n import Phrase

# ------------------------------------------------------------------ statuses

ACHIEVED = Phrase("已完成", "achieved")
ON_TRACK = Phrase("进展顺利", "on track")
NEEDS_ACCELERATION = Phrase("需加快", "needs acceleration")
LIMITED_PROGRESS = Phrase("进展有限", "limited progress")
DETERIORATING = Phrase("倒退", "deteriorating")
MISSED = Phrase("未完成", "missed")
INSUFFICIENT_DATA = Phrase("数据不足", "insufficient data")

# A verdict on trend alone: the deadline has passed and its year's figure is not in yet.
PROVISIONAL_STATUS = Phrase("{status}（暂定）", "{status} (provisional)")
TALLY_PROVISIONAL = Phrase(
    "{count}（其中{provisional}项暂定）", "{count} ({provisional} provisional)"
)

# What a status judged by a ratio means: by growth rates, or by 时序进度 for counts from zero.
BY_GROWTH_ON_TRACK = Phrase(
    "实际增速达到所需增速的{on}以上", "observed growth is at least {on} of the growth required"
)
BY_GROWTH_NEEDS_ACCELERATION = Phrase(
    "实际增速为所需增速的{acc}至{on}", "observed growth is {acc} to {on} of the growth required"
)
BY_GROWTH_LIMITED = Phrase(
    "实际增速不足所需增速的{acc}", "observed growth is below {acc} of the growth required"
)
BY_PACE_ON_TRACK = Phrase(
    "进度达到时序进度的{on}以上", "progress is at least {on} of the time elapsed"
)
BY_PACE_NEEDS_ACCELERATION = Phrase(
    "进度为时序进度的{acc}至{on}", "progress is {acc} to {on} of the time elapsed"
)
BY_PACE_LIMITED = Phrase("进度不足时序进度的{acc}", "progress is below {acc} of the time elapsed")
BY_GROWTH_OR_PACE = Phrase(
    "{growth}；增速无法计算时（如从0开始累计）{pace}",
    "{growth}; where a growth rate is undefined (counts from zero), {pace}",
)
MEANS_ACHIEVED = Phrase("最新数值已达到目标", "the latest value meets the target")
MEANS_DETERIORATING = Phrase("指标朝目标的反方向变化", "the figure moves away from the target")
MEANS_MISSED = Phrase(
    "截止年份结束后记录的该年数据未达到目标",
    "the deadline year's figure, recorded after the year, does not meet the target",
)
MEANS_INSUFFICIENT_DATA = Phrase(
    "基期之后尚无数据（或无基期且数据少于两个）",
    "no figure after the baseline yet (or no baseline and fewer than two figures)",
)
MEANS_IN_BAND = Phrase("数值在目标区间之内", "the figure is inside the target band")
MEANS_OUT_OF_BAND = Phrase("数值超出目标区间，需调整", "the figure is outside the target band")
MEANS_UNDER_CAP = Phrase("累计数在上限之内", "the running total is within the cap")
MEANS_OVER_CAP = Phrase("累计数已超过上限，需纠正", "the running total is over the cap")
MEANS_RATE_MET = Phrase("迄今年均增速符合目标", "the average rate so far meets the target")
MEANS_MET_SO_FAR = Phrase(
    "截止年份的数值已达到目标，但该年尚未结束", "the deadline year's figure so far meets the target"
)
MEANS_RATE_NOT_MET = Phrase("迄今年均增速不符合目标", "the average rate so far misses the target")
# Which side of its bounds a goal to stay within is on, after its status: "needs acceleration"
# alone would read as "too slow" for a figure that is too high.
STATUS_SIDE = Phrase("{status}（{side}）", "{status} ({side})")
SIDE_ABOVE_BAND = Phrase("高于区间", "above the band")
SIDE_BELOW_BAND = Phrase("低于区间", "below the band")
SIDE_OVER_CAP = Phrase("超出上限", "over the cap")
SIDE_ABOVE_CEILING = Phrase("高于上限", "above the ceiling")
SIDE_BELOW_FLOOR = Phrase("低于下限", "below the floor")

# ------------------------------------------------------------------ notes on a goal

NOTE_BASELINE_APPROXIMATE = Phrase(
    "基期数值为约数（{baseline}），进度据此计算，为近似值。",
    "The baseline is approximate ({baseline}); progress is measured from it and is approximate.",
)
NOTE_BASELINE_FROM_LEDGER = Phrase(
    "基期数值采用已记录的基期年份统计数据，而非规划中的约数。",
    "The baseline is the figure recorded for the base year, not the plan's rounded one.",
)
NOTE_BASELINE_FROM_FIRST_VALUE = Phrase(
    "原文未给出基期数值，以首个记录数值为基期。",
    "The source gives no baseline; the first recorded figure serves as the baseline.",
)
NOTE_VALUES_BEFORE_BASELINE = Phrase(
    "早于基期的数值仅列入历史，不参与计算。",
    "Figures for periods before the baseline are kept in the history but not used.",
)
NOTE_PROVISIONAL_DEADLINE_PASSED = Phrase(
    "截止期已过但尚无截止年份数据：状态依趋势判断，为暂定结论。",
    "The deadline has passed but its year's figure is not in yet: the status follows the "
    "trend and is provisional.",
)
NOTE_UNIT_MISMATCH_IGNORED = Phrase(
    "有记录的单位与目标单位不属同类，已忽略。",
    "A record in a unit of another kind than the goal's was ignored.",
)
NOTE_GROWTH_FROM_SOURCE = Phrase(
    "仅有一个数值：增速采用原文公布的同比增速。",
    "Only one figure: the growth is the year-on-year growth published with it.",
)
NOTE_GROWTH_IS_VALUE = Phrase(
    "该指标本身即增速，按其数值判断。",
    "The indicator is itself a growth rate and is judged by its value.",
)
NOTE_VALUES_AFTER_DEADLINE = Phrase(
    "截止期之后的数据仅供参考，不改变结论。",
    "Figures after the deadline are shown but do not change the verdict.",
)
NOTE_VALUES_OUTSIDE_PLAN = Phrase(
    "规划期以外（或非年度）的数值仅列入历史，不计入年均增速。",
    "Figures outside the plan's years (or not for a whole year) are kept in the history but "
    "not averaged.",
)
NOTE_ABOVE_BAND = Phrase("高于目标区间（{low}–{high}）。", "Above the band {low}–{high}.")
NOTE_BELOW_BAND = Phrase("低于目标区间（{low}–{high}）。", "Below the band {low}–{high}.")
NOTE_OVER_CAP = Phrase("累计数超过上限。", "The running total is over the cap.")
NOTE_ABOVE_CEILING = Phrase(
    "迄今年均增速高于上限。", "The average rate so far is above the ceiling."
)
NOTE_BELOW_FLOOR = Phrase("迄今年均增速低于下限。", "The average rate so far is below the floor.")
NOTE_COUNT_NOT_WHOLE_IGNORED = Phrase(
    "有记录的计数为负数或带小数，已忽略。",
    "A record of a count below 0 or with a fraction was ignored.",
)
NOTE_RATE_BELOW_FLOOR_IGNORED = Phrase(
    "有记录的增速低于−100%，已忽略。",
    "A record of a growth rate below −100% was ignored.",
)
NOTE_DEADLINE_YEAR_RUNNING = Phrase(
    "截止年份尚未结束：该年的数值（年内数或预计数）暂不能作为最终结论，状态为暂定。",
    "The deadline year is not over: its figure so far (or an early estimate) cannot settle the "
    "goal yet; the status is provisional.",
)
NOTE_DEADLINE_FIGURE_EARLY = Phrase(
    "截止年份的数值是在该年结束前记录的（年内数或预计数），不能作为最终结论：请记录该年的最终数值"
    "（附来源）；在此之前状态为暂定。",
    "The deadline year's figure was recorded before that year ended (a figure so far, or an "
    "early estimate) and cannot settle the goal: record the year's final figure, with its "
    "source; until then the status is provisional.",
)
NOTE_DEADLINE_FIGURE_ESTIMATE = Phrase(
    "截止年份的数值备注为预计数，不能作为最终结论：请记录该年的最终数值（附来源）；在此之前状态为暂定。",
    "The deadline year's figure is noted as an estimate and cannot settle the goal: record the "
    "year's final figure, with its source; until then the status is provisional.",
)
NOTE_PLAN_YEARS_MISSING = Phrase(
    "规划期内有年份尚无数值：年均增速仅按已有年份计算，暂不能作为最终结论。",
    "Some years of the plan have no figure: the average covers the years recorded only and "
    "cannot settle the goal yet.",
)
NOTE_BASELINE_MET_TARGET = Phrase(
    "基期数值已达到目标，无法据此衡量进度。",
    "The baseline figure already met the target: progress from it cannot be measured.",
)
NOTE_IMPLAUSIBLE_PERIOD_IGNORED = Phrase(
    "有记录的期别在记录时尚未开始（或早于1949年），已忽略。",
    "A record for a period that had not begun when it was recorded (or before 1949) was ignored.",
)

# ------------------------------------------------------------------ figures of a goal

TARGET = Phrase("目标值", "Target")
BASELINE = Phrase("基期", "Baseline")
LATEST = Phrase("最新数值", "Latest")
PROGRESS = Phrase("进度", "Progress")
ELAPSED = Phrase("时序进度", "Time elapsed")
PACE_GAP = Phrase("进度差", "Pace gap")
ATTAINMENT = Phrase("达成率", "Attainment")
GAP = Phrase("差距", "Gap to target")
ACTUAL_GROWTH = Phrase("实际年均增长", "Observed growth a year")
REQUIRED_GROWTH = Phrase("所需年均增长（自基期）", "Growth required a year (from the baseline)")
# A rate goal's required growth is its target, not a rate worked out from a baseline.
REQUIRED_RATE = Phrase("所需年均增长（即目标）", "Growth required a year (the target)")
GROWTH_RATIO = Phrase("增速比", "Growth ratio")
NEEDED_GROWTH = Phrase("尚需年均增长", "Growth still needed a year")
NEEDED_PER_YEAR = Phrase("尚需年均增加", "Increase still needed a year")
NEEDED_DECREASE_PER_YEAR = Phrase("尚需年均减少", "Decrease still needed a year")
PROJECTED = Phrase("按趋势预计（截止年）", "Projected at the deadline on trend")
FINAL = Phrase("结论是否已定", "Verdict final")  # settled: see docs/methodology.md
REACHED = Phrase("达到目标", "Target reached")
REACHED_IN_YEAR = Phrase("{period}年达到目标", "reached in {period}")
REACHED_IN_PERIOD = Phrase("{period}达到目标", "reached in {period}")
NEWEST = Phrase("截止期后最新数值", "Newest, after the deadline")
BAND = Phrase("目标区间", "Target band")
BAND_RANGE = Phrase("{low}–{high}", "{low}–{high}")
YEARS = Phrase("{first}—{last}", "{first}–{last}")  # a span of years; one year alone
RATE_AVERAGE = Phrase("年均{average}", "{average} a year")  # a rate goal's average so far
YES = Phrase("是", "yes")
NO = Phrase("否", "no")

# Where a figure stands and when: "2,000亿元（2025年）" / "200 billion yuan by 2025".
BY_YEAR = Phrase("{value}（{year}年）", "{value} by {year}")
IN_YEAR = Phrase("{value}（{period}年）", "{value} ({period})")
IN_PERIOD = Phrase("{value}（{period}）", "{value} ({period})")
# A period in a sentence: 2025年, but 2025-06-30 as it is (never 2025-06-30年).
YEAR_PERIOD = Phrase("{period}年", "{period}")
SOURCE_OF = Phrase("{value}；来源：{source}", "{value}; source: {source}")
NOTE_OF = Phrase("{value}；备注：{note}", "{value}; note: {note}")
OVER = Phrase("超过{value}", "over {value}")
ABOUT = Phrase("约{value}", "about {value}")
UNDER = Phrase("不足{value}", "under {value}")

# The pace gap in words.
ON_SCHEDULE = Phrase("按时序进度", "on schedule")
AHEAD = Phrase("超前{points}个百分点", "ahead by {points} pp")
BEHIND = Phrase("落后{points}个百分点", "behind by {points} pp")
POINTS = Phrase("{points}个百分点", "{points} pp")

# ------------------------------------------------------------------ why a goal has its status

WHY_ONE_FIGURE = Phrase(
    "仅有一个数值（{period}：{value}），原文未给出基期，需再有一个数值才能判断进度。",
    "Only one figure ({period}: {value}) and no baseline in the source: a second figure is "
    "needed to judge progress.",
)
WHY_NO_FIGURE = Phrase(
    "尚无基期之后的数据，无法判断能否在{year}年达到{goal}。",
    "No figure after the baseline yet: progress toward {goal} by {year} cannot be judged.",
)
WHY_ACHIEVED = Phrase(
    "{period}数值{value}已达到{year}年目标{goal}。",
    "The {period} figure, {value}, meets the {year} target of {goal}.",
)
WHY_MET_SO_FAR = Phrase(
    "{period}数值{value}已达到{year}年目标{goal}，但该年尚未结束，数值仍可能变化，判定为“{status}”。",
    "The {period} figure so far, {value}, meets the {year} target of {goal}, but the year is not "
    "over and the figure may yet change: {status}.",
)
WHY_MISSED = Phrase(
    "{period}数值{value}未达到{year}年目标{goal}，差距{gap}。",
    "The {period} figure, {value}, falls short of the {year} target of {goal} by {gap}.",
)
WHY_BY_GROWTH = Phrase(
    "自基期以来年均增长{actual}，为{year}年达到{goal}所需年均增长{required}的{ratio}倍，"
    "判定为“{status}”。",
    "Growth since the baseline averages {actual} a year, {ratio} times the {required} a year "
    "needed to reach {goal} by {year}: {status}.",
)
WHY_UNDER_CAP = Phrase(
    "{period}累计{value}，在{year}年上限{goal}之内，判定为“{status}”。",
    "The running total, {value} in {period}, is within the cap of {goal} by {year}: {status}.",
)
WHY_OVER_CAP = Phrase(
    "{period}累计{value}，已超过{year}年上限{goal}，超出{gap}，判定为“{status}”。",
    "The running total, {value} in {period}, is over the cap of {goal} by {year}, by {gap}: "
    "{status}.",
)
WHY_BY_FALL = Phrase(
    "自基期以来年均下降{actual}，为{year}年降至{goal}所需年均下降{required}的{ratio}倍，"
    "判定为“{status}”。",
    "The figure has fallen by {actual} a year on average since the baseline, {ratio} times "
    "the {required} a year needed to bring it down to {goal} by {year}: {status}.",
)
WHY_RISE_NOT_FALL = Phrase(
    "自基期以来年均增长{actual}，而{year}年降至{goal}需年均下降{required}，判定为“{status}”。",
    "The figure has grown by {actual} a year on average since the baseline, while bringing it "
    "down to {goal} by {year} needs a fall of {required} a year: {status}.",
)
WHY_LEFT_TARGET = Phrase(
    "{base_period}年数值{base}已达到{year}年目标{goal}，{period}数值{value}已不再达到，"
    "判定为“{status}”。",
    "The {base_period} figure, {base}, already met the target of {goal} by {year}; the "
    "{period} figure, {value}, no longer does: {status}.",
)
WHY_BY_PACE = Phrase(
    "进度{progress}，时序进度{elapsed}，二者之比为{ratio}，判定为“{status}”。",
    "Progress {progress} with {elapsed} of the time elapsed, a ratio of {ratio}: {status}.",
)
WHY_SHARE = Phrase(
    "{period}为{value}，距{year}年目标{goal}还差{gap}。",
    "The {period} figure is {value}, {gap} short of the {year} target of {goal}.",
)
WHY_RATE = Phrase(
    "迄今年均增长{average}（{years}年），目标为年均{goal}，二者之比为{ratio}，判定为“{status}”。",
    "Growth has averaged {average} a year so far ({years}) against a target of "
    "{goal} a year, a ratio of {ratio}: {status}.",
)
WHY_RATE_LIMIT = Phrase(
    "迄今年均增长{average}（{years}年），目标为年均{goal}，判定为“{status}”。",
    "Growth has averaged {average} a year so far ({years}) against a target of "
    "{goal} a year: {status}.",
)
WHY_RATE_ACHIEVED = Phrase(
    "{years}年年均增长{average}，达到年均{goal}的目标。",
    "Growth averaged {average} a year over {years}, meeting the target of {goal} a year.",
)
WHY_RATE_MISSED = Phrase(
    "{years}年年均增长{average}，未达到年均{goal}的目标，差距{gap}。",
    "Growth averaged {average} a year over {years}, short of the target of {goal} a year by {gap}.",
)
WHY_IN_BAND = Phrase(
    "{what}{value}，在目标区间（{band}）之内，判定为“{status}”。",
    "{what} {value}, inside the target band {band}: {status}.",
)
WHY_ABOVE_BAND = Phrase(
    "{what}{value}，比目标区间（{band}）上限高{gap}，判定为“{status}”。",
    "{what} {value}, {gap} above the target band {band}: {status}.",
)
WHY_BELOW_BAND = Phrase(
    "{what}{value}，比目标区间（{band}）下限低{gap}，判定为“{status}”。",
    "{what} {value}, {gap} below the target band {band}: {status}.",
)
BAND_FIGURE = Phrase("{period}数值", "The {period} figure is")
BAND_AVERAGE = Phrase("迄今年均增长", "Growth so far averages")
WHY_REACHED_LATE = Phrase(
    "{period}的数值达到目标，但晚于截止年份。",
    "The {period} figure meets the target, after the deadline.",
)
WHY_INDICATOR_ONE_FIGURE = Phrase("仅有一个数值，无法计算增速。", "Only one figure: no growth yet.")
WHY_INDICATOR = Phrase(
    "{span}年均增长{growth}（≥{on}为进展顺利，≥{acc}为需加快），判定为“{status}”。",
    "Growth of {growth} a year{span} (at least {on} is on track, {acc} needs acceleration): "
    "{status}.",
)
WHY_INDICATOR_VALUE = Phrase(
    "{period}增长{growth}（≥{on}为进展顺利，≥{acc}为需加快），判定为“{status}”。",
    "Growth of {growth} in {period} (at least {on} is on track, {acc} needs acceleration): "
    "{status}.",
)
# Less is better (direction = "decrease"): a fall is what is on track.
WHY_INDICATOR_LESS = Phrase(
    "{span}年均增长{growth}（越小越好：年均下降≥{on}为进展顺利，≥{acc}为需加快），"
    "判定为“{status}”。",
    "Growth of {growth} a year{span} (less is better: a fall of at least {on} a year is on "
    "track, {acc} needs acceleration): {status}.",
)
WHY_INDICATOR_VALUE_LESS = Phrase(
    "{period}增长{growth}（越小越好：下降≥{on}为进展顺利，≥{acc}为需加快），判定为“{status}”。",
    "Growth of {growth} in {period} (less is better: a fall of at least {on} is on track, "
    "{acc} needs acceleration): {status}.",
)
# A share (城镇化率) is judged by its change in percentage points a year, against 0 only.
WHY_SHARE_ONE_FIGURE = Phrase(
    "仅有一个数值，无法计算百分点变化。", "Only one figure: no change in points yet."
)
WHY_SHARE_ROSE = Phrase(
    "{span}年均上升{points}个百分点（{rule}），判定为“{status}”。",
    "The figure rose by {points} pp a year{span} ({rule}): {status}.",
)
WHY_SHARE_FELL = Phrase(
    "{span}年均下降{points}个百分点（{rule}），判定为“{status}”。",
    "The figure fell by {points} pp a year{span} ({rule}): {status}.",
)
WHY_SHARE_FLAT = Phrase(
    "{span}没有变化（{rule}），判定为“{status}”。", "No change{span} ({rule}): {status}."
)
SHARE_RULE_MORE = Phrase(
    "比重按百分点变化判断：上升为进展顺利，持平为进展有限，下降为倒退",
    "a share, judged by its change in points: a rise is on track, no change limited progress, "
    "a fall deteriorating",
)
SHARE_RULE_LESS = Phrase(
    "越小越好，按百分点变化判断：下降为进展顺利，持平为进展有限，上升为倒退",
    "less is better, judged by its change in points: a fall is on track, no change limited "
    "progress, a rise deteriorating",
)
# What a context figure's growth a year is computed over: whole years, dates, or less than a
# year (a half year's rise, annualised, reads far larger than the rise itself).
OVER_YEARS = Phrase("{first}—{last}年", " over {first}–{last}")
OVER_DATES = Phrase("{first}至{last}", " from {first} to {last}")
OVER_PART_YEAR = Phrase(
    "{first}至{last}（不足一年，按年折算）", " from {first} to {last} (under a year, annualised)"
)
GROWTH_LABEL = Phrase("增长", "Growth")
CHANGE_LABEL = Phrase("变化", "Change")
# A share's change a year where it stands alone (`show`), put in GROWTH_OVER_*: a fall is
# told as a fall.
CHANGE_UP = Phrase("上升{points}个百分点", "up {points} pp")
CHANGE_DOWN = Phrase("下降{points}个百分点", "down {points} pp")
CHANGE_NONE = Phrase("变化0个百分点", "0 pp")
GROWTH_OF_YEAR = Phrase("{growth}（{period}）", "{growth} ({period})")
GROWTH_OVER_YEARS = Phrase("年均{growth}（{first}—{last}年）", "{growth} a year ({first}–{last})")
GROWTH_OVER_DATES = Phrase("年均{growth}（{first}至{last}）", "{growth} a year ({first} to {last})")
GROWTH_OVER_PART_YEAR = Phrase(
    "年均{growth}（{first}至{last}，不足一年，按年折算）",
    "{growth} a year ({first} to {last}, under a year, annualised)",
)

# ------------------------------------------------------------------ history of recorded figures

HISTORY = Phrase("记录历史", "History of recorded figures")
NO_HISTORY = Phrase("尚无记录。", "Nothing recorded yet.")
PERIOD = Phrase("期别", "Period")
VALUE = Phrase("数值", "Value")
RECORDED = Phrase("记录日期", "Recorded")
SOURCE = Phrase("来源", "Source")
NOTE = Phrase("备注", "Note")
STANDING = Phrase("处理", "Standing")
COUNTS = Phrase("计入", "counts")
RETRACTED_BY = Phrase("已撤回（{record}）", "retracted by {record}")
REVISED_BY = Phrase("已被修订（{record}）", "revised by {record}")

# ------------------------------------------------------------------ report headings and labels

# The reports' heading; the dashboard's too when the registry has no title: neutral, since a
# registry may hold any plan's goals.
TITLE = Phrase("目标进展报告", "Goal progress report")
AS_OF = Phrase("数据截至", "As of")
REGISTRY = Phrase("目标登记表", "Registry")
LEDGER = Phrase("台账", "Ledger")
FILTERS = Phrase("筛选条件", "Filters")
SUMMARY = Phrase("概要", "Summary")
STATUS = Phrase("状态", "Status")
GOALS = Phrase("目标数", "Goals")
TOTAL = Phrase("合计", "Total")
FINDINGS = Phrase("主要发现", "Headline findings")
FINDING_MET = Phrase("已完成", "Met")
FINDING_MISSED = Phrase("未完成", "Missed")
FINDING_BEHIND = Phrase("差距最大", "Furthest behind")
FINDING_MISSING = Phrase("尚无新数据", "No figure since the baseline")
FINDING_STALE = Phrase("数据陈旧", "Stale figures")
FINDING_ORPHANS = Phrase("未匹配的记录", "Records of unknown goals")
BEHIND_DETAIL = Phrase("{name}（进度{progress}，{pace}）", "{name} (progress {progress}, {pace})")
BEHIND_STATUS = Phrase("{name}（{status}）", "{name} ({status})")
AND_MORE = Phrase("另有{count}项", "and {count} more")
NOTHING = Phrase("无", "none")
NO_GOALS = Phrase("没有符合筛选条件的目标。", "No goal matches the filters.")
BY_CLUSTER = Phrase("分集群进展", "Progress by cluster")
GOAL = Phrase("目标", "Goal")
GOALS_DETAIL = Phrase("各目标详情", "Goals in detail")
DETAILS_SOME = Phrase(
    "以下详列最需关注的 {count} 个目标（共 {total} 个）；每个目标的主要数字见上方各表。",
    "Detailed below: the {count} goals of {total} that most need attention. Every goal's main "
    "figures are in the tables above.",
    "Detailed below: the {count} goal of {total} that most needs attention. Every goal's main "
    "figures are in the tables above.",
)
DETAILS_NONE = Phrase(
    "本报告不详列目标；每个目标的主要数字见上方各表。",
    "This report details no goal; every goal's main figures are in the tables above.",
)
FIGURES = Phrase("数据", "Figures")
NOTES = Phrase("说明", "Notes")
ASSUMPTIONS = Phrase("假设", "Assumptions")
QUOTE = Phrase("原文", "Source text")
CONTEXT = Phrase("背景指标", "Context figures")
INDICATOR = Phrase("指标", "Figure")
GROWTH = Phrase("年均增长", "Growth a year")
WHY = Phrase("判断依据", "Why")
METHOD = Phrase("方法与状态说明", "Method and status legend")
SYMBOL = Phrase("符号", "Symbol")
MEANING = Phrase("含义", "Meaning")
TERM = Phrase("术语", "Term")
SOURCES = Phrase("数据来源", "Sources")
RECORD_SOURCES = Phrase("已记录数值的来源", "Sources of the recorded figures")
NO_RECORD_SOURCES = Phrase("尚无已记录的数值。", "No figure has been recorded yet.")
DOCUMENTS = Phrase("目标及基期的出处", "Where the goals and baselines are quoted from")
NO_SOURCE = Phrase("（未注明来源）", "(no source given)")
BACKS = Phrase("支撑", "backs")
APPROXIMATE_MARK = Phrase(
    "≈ 基期为约数，进度据此计算，为近似值。",
    "≈ measured from an approximate baseline, so approximate.",
)
LIST_SEPARATOR = Phrase("；", "; ")
ENUMERATION = Phrase("、", ", ")  # between items of a short list: 2023、2024
SENTENCE_JOINER = Phrase("", " ")  # between two sentences
COLON = Phrase("：", ": ")

# What each term means, for the legend under the method.
MEANS_PROGRESS = Phrase(
    "从基期到目标已走完的比例：（最新−基期）÷（目标−基期）",
    "share of the way from the baseline to the target done: (latest − baseline) ÷ "
    "(target − baseline)",
)
MEANS_ELAPSED = Phrase(
    "规划期已过去的比例，与进度对照", "share of the plan period gone by, to read progress against"
)
MEANS_PACE_GAP = Phrase("进度 − 时序进度", "progress − time elapsed")
MEANS_ATTAINMENT = Phrase("最新 ÷ 目标", "latest ÷ target")
MEANS_GROWTH_RATIO = Phrase(
    "实际年均增长 ÷ 按期达标所需年均增长", "observed growth ÷ growth required a year"
)

METHOD_TEXT = Phrase(
    "采用加拿大统计局用于可持续发展目标的进度测量方法（Open SDG、联合国SDG进展图表与"
    "欧盟统计局亦采用）：将基期以来的实际年均增长与按期达标所需的年均增长相比，"
    "二者之比（增速比）达到{on}即为进展顺利；增速无法计算时（如从0开始累计），"
    "以进度与时序进度之比代替。何时判定为已完成或未完成，见下列规则。",
    "The method is Statistics Canada's progress measure for the Sustainable Development "
    "Goals, also used by Open SDG, the UN SDG Progress Chart and Eurostat: the growth "
    "observed since the baseline is compared with the growth needed to reach the target on "
    "time; a ratio of {on} or more is on track. Where a growth rate is undefined "
    "(counts from zero), progress is compared with the time elapsed. When a goal counts as "
    "achieved or missed: see the rules below.",
)

# ------------------------------------------------------------------ the terminal: status and show

AS_OF_LINE = Phrase(" · 截至{date}", " · as of {date}")
TALLY_HEAD = Phrase("{total}个目标：", "{total} goals: ")
TALLY_HEAD_ONE = Phrase("{total}个目标：", "{total} goal: ")  # English counts one apart
TALLY_SEPARATOR = Phrase("，", ", ")
TALLY_NONE = Phrase("没有符合条件的目标", "none match the filters")
ORIGIN_LINE = Phrase(
    "目标登记表：{registry}；台账：{ledger}", "registry: {registry}; ledger: {ledger}"
)
CLUSTER_COUNT = Phrase("（{count}项）", " ({count})")
# A cluster some of whose goals the dashboard leaves out (``status --limit``).
CLUSTER_COUNT_SOME = Phrase("（列出{count}项，共{total}项）", " ({count} of {total} listed)")
DASHBOARD_NONE = Phrase(
    "未列出任何目标；下方汇总计入全部 {count} 个；--limit all 列出全部。",
    "No goal is listed; the tally below counts all {count}; --limit all lists every goal.",
    "No goal is listed; the tally below counts the {count} goal; --limit all lists it.",
)
DASHBOARD_LIMITED = Phrase(
    "仅列出最需关注的 {count} 个目标（共 {total} 个）；--limit all 列出全部。",
    "Listed: the {count} goals of {total} that most need attention; --limit all lists every goal.",
    "Listed: the {count} goal of {total} that most needs attention; --limit all lists every goal.",
)
CONTEXT_TITLE = Phrase(
    "背景指标（无目标，按增速判断）", "Context figures (no target; judged by growth)"
)
CONTEXT_TITLE_SHARES = Phrase(
    "背景指标（无目标，按增速或百分点变化判断）",
    "Context figures (no target; judged by growth or change in points)",
)
CONTEXT_FIGURE = Phrase("背景指标", "Context figure")
CONTEXT_NOTE = Phrase(
    "背景指标：无目标，按增速判断。", "Context figure: no target; judged by its growth."
)
CONTEXT_NOTE_LESS = Phrase(
    "背景指标：无目标，按增速判断，越小越好。",
    "Context figure: no target; judged by its growth, less being better.",
)
CONTEXT_NOTE_SHARE = Phrase(
    "背景指标：无目标，按每年变化的百分点判断。",
    "Context figure: no target; judged by its change in percentage points a year.",
)
CONTEXT_NOTE_SHARE_LESS = Phrase(
    "背景指标：无目标，按每年变化的百分点判断，越小越好。",
    "Context figure: no target; judged by its change in percentage points a year, less being "
    "better.",
)
RELATED_GOAL = Phrase("相关目标", "Related goal")
NEEDED = Phrase("尚需增长", "Needed")
NEEDED_RATE = Phrase("年均{rate}", "{rate}/yr")
NEEDED_AMOUNT = Phrase("每年{amount}", "{amount}/yr")
DETAILS_HINT = Phrase("详情：cluster-cli show 编号", "Details: cluster-cli show ID.")
# Where an installed copy explains itself: the report's own section, not a file of the source.
METHOD_HINT = Phrase(
    "状态含义与计算方法：见 cluster-cli report", "Statuses and method: in cluster-cli report"
)
COLUMNS_HIDDEN = Phrase(
    "终端较窄，未列出：{columns}；加宽终端，或使用 cluster-cli show 编号 或 --json 查看。",
    "Left out at this width: {columns}; widen the terminal, or use cluster-cli show ID or --json.",
)
IDS_HIDDEN = Phrase(
    "终端较窄，未列出编号：加宽终端或使用 --json 查看。",
    "IDs left out at this width: widen the terminal or use --json.",
)
MEANING_ASIDE = Phrase("：{meaning}", ": {meaning}")  # after "需加快（暂定）": no "）（"
TREND = Phrase("走势", "Trend")
NO_FIGURES = Phrase("尚无数据。", "No figures yet.")
CHART_BASELINE = Phrase("基期", "baseline")
CHART_TARGET = Phrase("目标", "target")
RECORD_ID = Phrase("记录", "Record")
SOURCE_AND_NOTE = Phrase("来源与备注", "Source and note")
DOCUMENT_TITLE = Phrase("《{title}》", "{title}")
KIND_LEVEL = Phrase("年度数值", "yearly level")
KIND_CUMULATIVE = Phrase("自基期起累计", "running total since the baseline")
KIND_SHARE = Phrase("占比", "share")
KIND_RATE = Phrase("年均增速", "average rate a year")
HIGHER_IS_BETTER = Phrase("越高越好", "higher is better")
LOWER_IS_BETTER = Phrase("越低越好", "lower is better")
WITHIN_BAND = Phrase("保持在目标区间内", "kept within a band")
# A goal's kind and direction in the same words wherever they are shown (`show`, `extract`).
KINDS = {"level": KIND_LEVEL, "cumulative": KIND_CUMULATIVE, "share": KIND_SHARE, "rate": KIND_RATE}
DIRECTIONS = {"increase": HIGHER_IS_BETTER, "decrease": LOWER_IS_BETTER, "maintain": WITHIN_BAND}

# Labels of the CSV columns that have no term above. A Chinese CSV heads its columns with the
# Chinese labels; an English one with the field keys, which scripts rely on.
COL_ID = Phrase("编号", "ID")
COL_NAME = Phrase("名称", "Name")
COL_NAME_EN = Phrase("英文名称", "English name")
COL_CLUSTER = Phrase("集群", "Cluster")
COL_REGION = Phrase("地区", "Region")
COL_UNIT = Phrase("单位", "Unit")
COL_DIRECTION = Phrase("方向", "Direction")
COL_KIND = Phrase("类型", "Kind")
COL_START = Phrase("起始年", "Start")
COL_DEADLINE = Phrase("截止年", "Deadline")
COL_BASELINE_PERIOD = Phrase("基期期别", "Baseline period")
COL_BASELINE_QUALIFIER = Phrase("基期限定", "Baseline qualifier")
COL_LATEST_PERIOD = Phrase("最新期别", "Latest period")
COL_LATEST_SOURCE = Phrase("最新数值来源", "Source of the latest")
COL_STATUS_CODE = Phrase("状态代码", "Status code")
COL_NOTE_CODES = Phrase("说明代码", "Note codes")
COL_REACHED = Phrase("达到目标的期别", "Period the target was reached")
COL_NEWEST = Phrase("最新数值（含截止年后）", "Newest figure (also after the deadline)")
COL_AVERAGE = Phrase("规划期年均增速", "Average rate over the plan")
COL_BAND = Phrase("目标区间", "Target band")

# ------------------------------------------------------------------ the report to send

# A status judged on the trend after the deadline, before its year's figure is in.
# Every printed page: the as-of date, and the page number by CSS counters.
PRINTED_AS_OF = Phrase("数据截至{as_of}", "As of {as_of}")
PRINTED_PAGE = Phrase("第{page}页，共{pages}页", "page {page} of {pages}")
CHART_KEY = Phrase(
    "柱为各期数值，第一根为基期；红线为目标值{target}。",
    "Bars: the figures by period, the first being the baseline. Red line: the target, {target}.",
)
CHART_KEY_NO_BASELINE = Phrase(
    "柱为各期数值；红线为目标值{target}。",
    "Bars: the figures by period. Red line: the target, {target}.",
)
CHART_DATA = Phrase("图中数据", "The chart's figures")
RULES = Phrase("判定规则", "The rules")
RULE_THRESHOLDS = Phrase(
    "增速比达到{on}为进展顺利，{acc}至{on}为需加快，0至{acc}为进展有限，为负即倒退。",
    "A growth ratio of {on} or more is on track, {acc} to {on} needs acceleration, 0 to {acc} "
    "is limited progress, below 0 deteriorating.",
)
RULE_RATE = Phrase(
    "年均增速目标（如“年均增长5%”）以规划期内已记录各年的复合平均增速与目标增速之比为增速比；"
    "只要求不低于或不高于某一增速的目标，符合即为进展顺利，否则为需加快。",
    "A goal for a yearly rate (5% a year) takes the compound average of the plan's years "
    "recorded so far over the target rate as its growth ratio; a rate only to stay above or "
    "below is on track while the average does, else needs acceleration.",
)
RULE_BAND = Phrase(
    "保持类目标（如“3%左右”）以目标区间判定：数值在区间内为进展顺利，超出区间为需加快；"
    "区间未在登记表中给出时，为目标值上下0.5个百分点（以%计的目标）或5%（其他目标）。",
    "A goal to hold a level (3% or so) is judged by its band: inside it on track, outside it "
    "needs acceleration; where the registry gives no band, it is the target ± 0.5 percentage "
    "points (goals in %) or ± 5% of the target (others).",
)
RULE_FINAL = Phrase(
    "达到目标的数据即判定为已完成；截止年份结束后记录的该年数据据以判定未完成；此后的数据只列出，"
    "不改变结论。",
    "A figure that meets the target makes the goal achieved; the deadline year's figure, "
    "recorded after that year, decides missed; later figures are shown but change nothing.",
)
RULE_PROVISIONAL = Phrase(
    "截止年份的数据尚未记录，或是在该年结束前记录的（年内数、预计数）时，状态按趋势判断，标为“暂定”。",
    "While the deadline year's figure is missing, or was recorded before that year ended (a "
    "figure so far, an early estimate), the status follows the trend and is marked "
    "provisional.",
)
RULE_APPROXIMATE = Phrase(
    "基期为约数（如“超过1000亿元”）时，以该下限计算，进度前标“≈”。",
    'A baseline given as approximate ("over 100 billion yuan") is used as a floor; progress '
    "measured from it is marked ≈.",
)
RULE_REVISIONS = Phrase(
    "修订或撤回的数值保留在记录历史中（划线标出），每期只计最新一次记录。",
    "Revised or retracted figures stay in the history, struck through; for each period only "
    "the latest recording counts.",
)
RULE_FIGURES = Phrase(
    "登记和记录的数值按原样列出；计算所得的数值经舍入，但不会因舍入越过判定阈值。",
    "Figures are shown as typed; computed ones are rounded, never across the threshold that "
    "decided a status.",
)

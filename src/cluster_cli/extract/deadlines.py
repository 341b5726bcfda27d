"""Time frames in Chinese policy writing, resolved to the year a goal is due.

``到2027年`` and ``2025年底`` name the year; ``今年``/``全年`` the document's year, ``明年`` the
next; ``十四五`` ends in 2025 and ``十五五`` in 2030; ``未来5年`` and ``用3年时间`` count from the
document's year; a plan named nearby (``《…2025行动计划》``) gives its year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from cluster_cli.extract.numbers import HAN, chinese_to_int

# The third five-year plan began in 1966 (1963-1965 were years of adjustment): 十四五 = 2021-2025.
_PLAN_NUMBER = {"十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15, "十六": 16}


@dataclass(frozen=True)
class Frame:
    """A time frame found in the text."""

    start: int  # position in the flat text
    end: int
    deadline: int | None  # None: past, or relative to an unknown document year
    plan_start: int | None
    past: bool  # a period that is over by the document's date (a review)
    words: str  # as written, for the reasons shown to the reviewer
    how: str  # "year", "plan", "relative", "this-year", "title"


def _balanced(match: re.Match[str]) -> str:
    """The plan's words as written, less a quotation mark the text leaves unclosed (a typo
    such as “十四五“时期 would be shown as “‘十四五” in a reason)."""
    if bool(match.group("open")) == bool(match.group("close")):
        return match.group()
    return match.group()[len(match.group("open")) :].replace(match.group("close"), "", 1)


def five_year_plan(number: int) -> tuple[int, int]:
    first = 1953 + 5 * (number - 1) if number < 3 else 1966 + 5 * (number - 3)
    return first, first + 4


# A year in digits, or in Chinese numerals as official documents date themselves (二〇二四年).
_YEAR_NUMBER = r"(?:19|20)\d{2}|一九[〇零一二三四五六七八九]{2}|二[〇零][〇零一二三四五六七八九]{2}"
_YEAR = re.compile(
    r"(?P<prefix>到|至|在|于|截至|截止|比|较|从|由|与|自|同|相比)?"
    rf"(?P<year>{_YEAR_NUMBER})(?:(?P<dash>[—–\-~～至到])(?P<year2>{_YEAR_NUMBER}))?"
    r"(?P<suffix>年(?:底|末|前|以前|年底|年末)?|行动计划|行动方案|实施方案)"
    r"(?P<after>以来|来|之前|同期)?"
)
_VISION = re.compile(r"的?远景目标")
# Words of comparison before a time: 比去年, 高于去年, 快于“十三五”时期: what is compared with.
_COMPARED = re.compile(r"(?:比|较|高于|低于|快于|慢于|大于|小于|多于|少于|好于)$")
# After a year, the name of an agreed commitment the year is part of (2030年可持续发展议程,
# 落实2030年应对气候变化国家自主贡献目标): a name, not the frame of what is near it.
_COMMITMENT = re.compile(rf"{HAN}{{0,12}}?(?:自主贡献|发展议程|承诺)")
_PLAN = re.compile(
    r"(?P<open>[“\"‘]?)(?P<n>十[一二三四五六])五(?P<close>[”\"’]?)(?:规划|时期|期间|期末|末)?"
)
# After a plan's name, words that name its first year: 推动“十五五”开好局、起好步.
_PLAN_STARTS = r"(?:规划|发展)?的?(?:良好)?(?:开好局|开局|起好步|起步|开门红|开好头|开篇)"
PLAN_STARTS = re.compile(rf"[“\"‘]?十[一二三四五六]五[”\"’]?{_PLAN_STARTS}")
# After a plan's name, words that make it name one of its years.
_PLAN_YEAR_NAMED = re.compile(
    rf"{_PLAN_STARTS}|(?:规划|发展)?的?(?:收官|第[一二三四五]年|最后一年|关键之年|决胜|基础上)"
)
# Before a plan's name, words that look to the plan rather than date a goal by it.
_PLAN_LOOKED_TO = re.compile(r"(?:谋划|编制|制定|着眼|衔接|开好)[“\"‘]?$")
# A plan as what work is done around (围绕重大战略和“十四五”规划，…): the plan is referred to,
# and the year's tasks after it keep the year.
_PLAN_AROUND = re.compile(rf"围绕{HAN}{{0,10}}[“\"‘]?$")
# After a plan period, words that make it part of a name: of a document (“十五五”碳达峰行动
# 方案, unless its goals are meant) or of things it approved (“十四五”批复的6个基地).
_DOCUMENT_NAMED = re.compile(
    rf"{HAN}{{1,12}}?(?:规划|方案|计划|纲要)(?!{HAN}{{0,6}}目标|确定|提出|明确)"
)
_DOCUMENT_WORKED = re.compile(rf"(?:编制|制定|实施|出台|印发|修编){HAN}{{0,4}}[“\"‘]?$")
_PLAN_APPROVED = re.compile(r"(?:批复|确定|布局|谋划|规划)的")
_PLAN_LONG = re.compile(r"第(?P<n>十[一二三四五六])个五年规划")
_RELATIVE = re.compile(
    # Not inside longer words: 全年龄段, 未来年均, 过去年均, 提前年底.
    r"(?P<what>今年|全年(?!龄)|年内|本年度|明年|(?<!未)来年|去年(?!均)|上年|(?<!提)前年"
    # 年度完成总投资640亿元: the year's (not 2023年度, 上年度, 年度考核)
    r"|(?<![\d年本上])年度(?=完成|计划|投资|新增))"
    # 今明两年: this year and the next, to the end of the next
    r"|(?P<both>今明两年)"
    # 用3年时间, and years of effort: 通过3年攻坚, 经过五年努力, 历经3年奋斗
    r"|(?:未来|今后|用|再用|力争用|通过|经过|历经)(?P<n>\d{1,2}|[一二两三四五六七八九十])年"
    r"(?:时间|内|左右)?(?!级|\d|以上|多)"
    r"|(?P<m>\d{1,2}|[一二两三四五六七八九十])年内"
    # 三年安排450亿元: a sum over the years from this one
    r"|(?<![\d一二两三四五六七八九十百千近去这前上])(?P<s>[两三四五])年(?=安排|投入|筹措)"
)


_A_YEAR_BEFORE = re.compile(rf"(?:{_YEAR_NUMBER})年$")
# After a year past, a verb of issuing and 的: the year describes a policy (去年出台的…政策).
_ISSUED = re.compile(r"(?:出台|制定|推出|部署|确定|发布|印发|颁布)的")
_BASE_FIGURE = re.compile(r"的?\d")  # 从去年的2.1%: the year of the figure a change starts from


def _count(text: str) -> int | None:
    return int(text) if text.isdigit() else chinese_to_int(text)


def frames(
    text: str, start: int, end: int, year: int | None, *, relative: bool = True
) -> list[Frame]:
    """Every time frame in ``text[start:end]``, in order; ``year`` is the document's year.
    ``relative=False`` leaves out the frames relative to the document's year (今年, 用3年时间):
    what a look over the whole text for years and plans named needs not scan for."""
    found: list[Frame] = []
    # Most sentences name no time. Every frame holds 年 (a year, 今年, 十四五 as 第十四个五年规划),
    # a plan's 五 (十四五), or 计划/方案 (2025行动计划): a look for them spares the scans.
    named_year = text.find("年", start, end) >= 0
    named_plan = text.find("五", start, end) >= 0
    named_document = text.find("计划", start, end) >= 0 or text.find("方案", start, end) >= 0
    if not (named_year or named_plan or named_document):
        return found
    for match in _YEAR.finditer(text, start, end) if named_year or named_document else ():
        prefix = match.group("prefix") or ""
        if prefix in ("比", "较", "从", "由", "与", "自", "同", "相比") or match.group("after"):
            continue  # a baseline or a start: 比2020年, 2020年以来
        if prefix not in ("到", "至") and (
            _VISION.match(text, match.end()) or _COMMITMENT.match(text, match.end())
        ):
            continue  # 综合考虑实现2035年远景目标: a far vision named as context, no deadline
        last = _count(match.group("year2") or match.group("year")) or 0
        suffix = match.group("suffix")
        how = "title" if suffix != "年" and not suffix.startswith("年") else "year"
        if how == "year" and re.match(
            r"\d{1,2}月|[一二三四五六七八九十]{1,2}月", text[match.end() : match.end() + 3]
        ):
            # 2022年2月8日: an event on a day, in the past unless later than the document
            past = year is not None and last <= year
            found.append(Frame(match.start(), match.end(), None, None, past, match.group(), "day"))
            continue
        first = _count(match.group("year")) if match.group("year2") else None
        past = year is not None and last < year
        if past and _ISSUED.match(text, match.end()):
            continue  # 继续执行2019年出台的…政策: the year of the policy, not of the sentence
        found.append(
            Frame(
                match.start(), match.end(), None if past else last, first, past, match.group(), how
            )
        )
    for match in _PLAN.finditer(text, start, end) if named_plan else ():
        opened = match.start() + len(match.group("open"))
        if (
            _PLAN_YEAR_NAMED.match(text, match.end())
            or _PLAN_LOOKED_TO.search(text, max(start, match.start() - 5), opened)
            or _PLAN_AROUND.search(text, max(start, match.start() - 14), opened)
        ):
            continue  # 2026年是“十五五”开局之年, 谋划“十五五”: the plan dates no goal here
        if match.group().endswith(("五", "”", '"', "’")) and (
            _PLAN_APPROVED.match(text, match.end())
            or (
                _DOCUMENT_NAMED.match(text, match.end())
                and _DOCUMENT_WORKED.search(
                    text, max(start, match.start() - 8), match.start() + len(match.group("open"))
                )
            )
        ):
            continue  # 编制实施“十五五”碳达峰行动方案, “十四五”批复的基地: a name, not a frame
        if _COMPARED.search(text, max(start, match.start() - 2), match.start()):
            continue  # 强度高于“十三五”时期实际: the plan compared with, not the time spoken of
        number = _PLAN_NUMBER[match.group("n")]
        first, last = five_year_plan(number)
        past = year is not None and last < year
        found.append(
            Frame(
                match.start(),
                match.end(),
                None if past else last,
                first,
                past,
                _balanced(match),
                "plan",
            )
        )
    for match in _PLAN_LONG.finditer(text, start, end) if named_year else ():
        first, last = five_year_plan(_PLAN_NUMBER[match.group("n")])
        past = year is not None and last < year
        found.append(
            Frame(
                match.start(),
                match.end(),
                None if past else last,
                first,
                past,
                match.group(),
                "plan",
            )
        )
    for match in _RELATIVE.finditer(text, start, end) if named_year and relative else ():
        what = match.group("what")
        if what == "全年" and _A_YEAR_BEFORE.search(
            text, max(start, match.start() - 6), match.start()
        ):
            continue  # 2021年全年: the whole of that year, which its own frame holds
        if what in ("去年", "上年", "前年"):
            if _COMPARED.search(text, max(start, match.start() - 2), match.start()):
                continue  # 比去年, 高于去年: a point of comparison, as 比2020年 is, not the time
            if _ISSUED.match(text, match.end()):
                continue  # 继续执行去年出台的…政策: the year of the policy, not of the sentence
            if text[match.start() - 1 : match.start()] in ("从", "由") and _BASE_FIGURE.match(
                text, match.end()
            ):
                continue  # 赤字率从去年的2.1%提高到2.3%: the baseline's year, as 从2020年 is
            found.append(Frame(match.start(), match.end(), None, None, True, what, "relative"))
            continue
        if what:
            offset = 1 if what in ("明年", "来年") else 0
            if text.startswith(("前", "上半年", "一季度"), match.end()) or re.match(
                r"(?:以来|\d{1,2}[—\-～~至到]?\d{0,2}月|[一二三]季度)", text[match.end() :][:6]
            ):
                found.append(Frame(match.start(), match.end(), None, None, True, what, "relative"))
                continue
            deadline = None if year is None else year + offset
            found.append(
                Frame(match.start(), match.end(), deadline, deadline, False, what, "this-year")
            )
            continue
        if match.group("both"):
            deadline = None if year is None else year + 1
            found.append(
                Frame(match.start(), match.end(), deadline, year, False, match.group(), "relative")
            )
            continue
        count = _count(match.group("n") or match.group("m") or match.group("s") or "")
        if count is None or not 0 < count <= 30:
            continue
        if match.group("m") and text.startswith(("就", "便", "即"), match.end()):
            # 一年内就举办28场: done within a year, a result; not a span ahead
            found.append(
                Frame(match.start(), match.end(), None, None, True, match.group(), "relative")
            )
            continue
        deadline = None if year is None else year + count - 1
        found.append(
            Frame(match.start(), match.end(), deadline, year, False, match.group(), "relative")
        )
    found.sort(key=lambda f: f.start)
    return found


_DELIVERED = re.compile(
    r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日在[^\n。]{0,40}?(?:会议|大会)上"
)


def delivery_date(text: str) -> dt.date | None:
    """The day a sub-title says a report was delivered (``2026年1月14日在…会议上``), if real."""
    match = _DELIVERED.search(text[:3000])
    try:
        return None if match is None else dt.date(*(int(match.group(k)) for k in "ymd"))
    except ValueError:
        return None


def document_year(text: str, date: dt.date | None, title: str = "") -> int | None:
    """The year of a document: its date's, else the delivery date its sub-title states, else
    the year its own ``title`` (an HTML ``<title>``, a .docx's) or its first line plans for.
    ``text`` and ``title`` as the rules read them (flat, in simplified characters)."""
    if date is not None:
        return date.year
    delivered = _DELIVERED.search(text[:3000])  # its year, even of a day mistyped (2月30日)
    return int(delivered["y"]) if delivered else title_year(title) or title_year(text)


# A title that names the year it plans for: 2024年政府工作报告, 苏州市2025年工作要点, 某区2025年度
# 城市更新实施计划 (not the last year of 2023—2025年实施计划). One year only:
# 关于2023年计划执行情况与2024年计划草案的报告 is left to --date.
_TITLE_YEAR = re.compile(
    r"[^\n。]{0,30}?(?<![—–\-~～至])(?P<y>(?:19|20)\d{2})年[^\n。\d]{0,30}?"
    r"(?:政府工作报告|工作要点|工作计划|工作安排|重点工作|实施计划)[^\n。\d]{0,10}$",
    re.MULTILINE,
)


def title_year(text: str) -> int | None:
    """The year a work report or plan is for, as its title (the first line) says, or as its
    first words do (2026年，是实施“十五五”规划的开局之年: the year it is written for)."""
    first = text.lstrip()[:200].split("\n", 1)[0]
    match = _TITLE_YEAR.match(first)
    opens = _OPENS_ON_YEAR.match(first)
    return int(match.group("y")) if match else int(opens.group("year")) if opens else None


_OPENS_ON_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年[，,]?是[^。\n]{0,40}?之年(?P<year2>)")


# How far into a text its opening may name the year it plans: a title, a first sentence.
OPENING = 200
_PLAN_WORDS = (
    "工作要点|工作计划|工作安排|重点工作|实施方案|实施计划|行动计划|主要目标|预期目标|目标任务"
)
_ANNUAL = re.compile(
    rf"(?P<year>(?:19|20)\d{{2}})年度?[^。\n；]{{0,24}}?(?:{_PLAN_WORDS})"
    rf"|(?:目标任务|主要目标|工作目标)[^。；]{{0,10}}?(?P<year2>(?:19|20)\d{{2}})年(?!\d{{1,2}}月)"
)


def document_frame(text: str, year: int | None) -> Frame | None:
    """The time frame of the whole document, for its items that state none: the year of a
    year's plan, which opens by naming the document's own year (2025年全省商务工作要点,
    2024年乡村振兴重点工作实施方案), or the period of a plan named in the title on its first
    line (鹿城市“十五五”卫生健康事业发展规划, …行动方案（2025—2027年）) or, below the notice
    that sends it out, on a line of its own with its span of years, while it runs."""
    if year is not None:
        # 2026年是…之年, as the text opens or as a paragraph of its opening opens (a news
        # report of a work report: the meeting's line first, then the year's)
        opens = _OPENS_ON_YEAR.match(text, len(text) - len(text.lstrip())) or next(
            (m for m in _OPENS_ON_YEAR.finditer(text, 0, OPENING) if text[m.start() - 1] == "\n"),
            None,
        )
        for match in [*_ANNUAL.finditer(text, 0, OPENING), *([opens] if opens else [])]:
            stated = match.group("year") or match.group("year2")
            if int(stated) == year:
                words = stated + "年"
                return Frame(match.start(), match.end(), year, year, False, words, "year")
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    titles = (
        [(start, end)]
        if end - start <= _TITLE_LINE and _PLAN_TITLE.search(text, start, end)
        else []
    )
    # A plan sent out under a notice (关于印发…的通知, then the plan's own title line): a
    # title line further down, with its span of years (…行动方案（2023—2025年）).
    titles += [
        (line.start(), line.end())
        for line in _SPAN_TITLE_LINE.finditer(text, end, _NOTICE)
        if _PLAN_TITLE.search(line.group())
    ]
    for first, last in titles:
        found = [
            f
            for f in frames(text, first, last, year)
            if f.deadline is not None and not f.past and f.how in ("plan", "year", "title")
        ]
        if found:
            return found[-1]
    # A news lead on a plan it names with its years (南京出台《…三年行动计划（2020-2022年）》，
    # 提出…): what the text reports is that plan's, to its last year, while it runs.
    issued = _ISSUED_PLAN.search(text, 0, OPENING)
    spans = frames(text, issued.start(), issued.end(), year) if issued else []
    spans = [f for f in spans if f.deadline and f.plan_start and not f.past]
    if spans and not _over(spans[-1].deadline or 0, year):
        return spans[-1]
    # A chapter of a plan opens a paragraph on its period (“十五五”时期，…) while the plan runs;
    # a text of unknown date, as reviews_plan reads it.
    opening = _PERIOD_OPENING.search(text, 0, OPENING)
    if opening is None:
        return None
    first, last = five_year_plan(_PLAN_NUMBER[opening.group("n")])
    if _over(last, year):
        return None
    words = opening.group().strip()
    return Frame(opening.start(), opening.end(), last, first, False, words, "plan")


_TITLE_LINE = 60  # characters: a longer first line is text, not a title
_ISSUED_PLAN = re.compile(
    r"(?:出台|印发|发布|制定|公布)[^。\n《]{0,6}《[^》\n]{2,60}?"
    r"[（(](?:19|20)\d{2}[—–\-－~～至](?:19|20)\d{2}年?[）)]》"
)
_NOTICE = 800  # characters: how far a notice sending out a plan may run before its title
_SPAN_TITLE_LINE = re.compile(
    r"(?<=\n)[^\n。，；]{4,50}[（(](?:19|20)\d{2}[—–\-－~～至](?:19|20)\d{2}年?[）)](?=\n)"
)
_PERIOD_OPENING = re.compile(r"(?:^|\n)“?(?P<n>十[一二三四五六])五”?(?:时期|期间)(?!以来)")
# A paragraph on a five-year plan's period: a review once the period is over (or 以来).
_PLAN_PARAGRAPH = re.compile(r"“?(?P<n>十[一二三四五六])五”?(?P<when>时期|期间|以来)")
_PLAN_TITLE = re.compile(r"规划|纲要|方案|计划|要点")
_PLANS_SEEN = 2026  # the first year after the latest plan a text of unknown date looks back on


def _over(last: int, year: int | None) -> bool:
    """Whether a plan ending in ``last`` is over for a text of ``year`` (of unknown date: a
    plan that ended by 2025 is)."""
    return last < (year if year is not None else _PLANS_SEEN)


def reviews_plan(opening: str, year: int | None) -> bool:
    """“十四五”时期… opens a review in a text written after that plan, and ``十四五以来``
    always does; in a text written during the plan it opens its goals. In a text of unknown
    date, a plan that ended by 2025 is looked back on."""
    match = next(
        (
            m
            for m in _PLAN_PARAGRAPH.finditer(opening)
            if not _COMPARED.search(opening, max(0, m.start() - 2), m.start())
        ),
        None,
    )  # 强度高于“十三五”时期实际: a plan compared with, not looked back on
    if match is None:
        return False
    last = five_year_plan(_PLAN_NUMBER[match.group("n")])[1]
    return match.group("when") == "以来" or _over(last, year)


# After a plan's name, the projects it describes: 启动“十五五”重大项目 (the plan's projects, begun
# now: no time frame for the sentences after it).
_PROJECTS_AFTER = re.compile(rf"的?{HAN}{{0,4}}?(?:项目|工程)")


def describes_projects(text: str, frame: Frame) -> bool:
    """Whether the plan period ``frame`` names is an adjective of projects (“十五五”重大项目)."""
    return frame.how == "plan" and bool(_PROJECTS_AFTER.match(text, frame.end))


_SUM_YEARS = re.compile(r"[两三四五]年")
# A span within so many years: 三年内, 2年内.
_WITHIN_YEARS = re.compile(r"(?:\d{1,2}|[一二两三四五六七八九十])年内")


def carried_on(future: list[Frame], carried: Frame | None, opening_end: int) -> Frame | None:
    """The frame that holds for the sentences after one whose frames ahead are ``future``,
    ``carried`` being the one that held before it and ``opening_end`` the end of the sentence's
    first clause. The sentence's last deadline, unless it is a milestone on the way
    (到2027年…，其中2026年累计达到130个): a year without 到 does not take over from a later
    deadline, of its sentence or of those before; nor does a later deadline named inside a
    sentence (2025年，…。新建农田25万亩，到2027年累计建成480万亩。) take over from the
    paragraph's frame: a far goal named on the way, not a new frame."""
    # A bare year inside a sentence (今年建成A，2027年、2028年分别建成B、C) is its own
    # clause's; only a year that opens the sentence (2025年，…) or says 到 frames the next.
    explicit = [
        f
        for f in future
        if f.deadline is not None
        and (f.how != "year" or f.words.startswith(("到", "至")) or f.start < opening_end)
        and not _SUM_YEARS.fullmatch(f.words)  # 三年安排450亿元: the sum's own span
        # …的各类企业，三年内给予税费减免, …，利用三年左右时间对老旧小区进行改造: a span of
        # effort inside a sentence frames that sentence only (not the goals of the year after
        # it); one that opens it may carry on
        and not (
            (_WITHIN_YEARS.fullmatch(f.words) or _EFFORT.match(f.words)) and f.start >= opening_end
        )
    ]
    if not explicit:
        return carried
    if (
        carried is not None
        and carried.deadline is not None
        and explicit[0].start >= opening_end
        and all((f.deadline or 0) > carried.deadline for f in explicit)
    ):
        return carried
    last = explicit[-1]
    if last.words.startswith(("到", "至")) or last.how != "year":  # 到2027年, 今年, 十五五
        return last
    last = max(explicit, key=lambda f: f.deadline or 0)
    if carried is None or carried.deadline is None or (last.deadline or 0) >= carried.deadline:
        return last
    return carried


# A span of effort, as a plan counts its own years: 用3年时间, 通过3年攻坚 (not 未来5年: from now).
_EFFORT = re.compile(r"(?:用|再用|力争用|通过|经过|历经)(?P<n>\d{1,2}|[一二两三四五六七八九十])年")


def in_plan(found: list[Frame], periods: list[Frame], year: int | None) -> list[Frame]:
    """A sentence's frames read in a text on a plan of named years: 用3年时间 in a report on
    …行动方案（2021—2023年） is the plan's three years, 2021—2023, whatever the report's date
    (or without one), when the plan holds the document's year. ``periods`` are the periods the
    text names."""
    read = []
    for f in found:
        effort = _EFFORT.match(f.words) if f.how == "relative" else None
        span = _count(effort.group("n")) if effort else None
        plan = next(
            (
                p
                for p in periods
                if p.plan_start is not None
                and p.deadline is not None
                and p.deadline - p.plan_start + 1 == span
                and (year is None or p.plan_start <= year <= p.deadline)
            ),
            None,
        )
        if plan is not None:
            f = replace(f, deadline=plan.deadline, plan_start=plan.plan_start, past=False)
        read.append(f)
    return read


def in_paragraph(found: list[Frame], stated: Frame | None) -> tuple[list[Frame], Frame | None]:
    """A sentence's frames as its paragraph reads them, ``stated`` being the last year the
    paragraph named before it: ``全年`` after a year past is that year
    (2024年…。全年新增就业58.3万人); and the last year named once this sentence is read."""
    if stated is not None and stated.past:
        found = [replace(f, deadline=None, past=True) if f.words == "全年" else f for f in found]
    named = [f for f in found if f.how == "year"]
    return found, named[-1] if named else stated

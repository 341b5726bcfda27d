"""Numbers as Chinese policy texts write them: ``2000亿元``, ``1.1万亿元``, ``5%—5.5%``,
``三个``, ``五大``, ``两千亿``, ``30万元/人``, with the unit as written."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_DIGITS.update({"五": 5, "六": 6, "七": 7, "八": 8, "九": 9})
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10**4, "亿": 10**8}
# A Han character, as the patterns of Chinese text need it: a letter of any script but ASCII's.
# Not the range U+4E00–U+9FFF: re compiles a range that large anew wherever it appears (1 to 2
# ms each time, a tenth of a run of `extract` over its patterns), this class at once. What it
# takes beyond Han (〇, kana, fullwidth letters, ①) reads as part of a word in these texts too.
HAN = r"[^\W\d_a-zA-Z]"
CHINESE_NUMERAL = "零〇一二两三四五六七八九十百千"

# Unit words after a number, longest first. Months (月) and ranks (位) are not units of a goal;
# an age (岁) is one only for a life expectancy, years (年) only for the years of schooling, and
# hours, days and working days only as a limit to bring a time within (the finder checks).
# 算力规模突破15万P, 发电量超3000亿度: computing power in PFLOPS written as a bare P, and
# electricity in kWh written as 度, after a magnitude only.
UNIT_WORDS = (
    "个百分点|百分点|个工作日|工作日|小时|分钟|天(?!然)|"
    "千瓦时|千瓦|吉瓦时|吉瓦|兆瓦|GWh|GW|MW|kWh|[EP][Ff][Ll][Oo][Pp][Ss]|[PET]B(?![A-Za-z])|"
    f"(?<=[万亿])P(?![A-Za-z])|(?<=[万亿])度(?!{HAN}?[假数])|平方公里|"
    "平方米|平米|微克/立方米|克/千克|毫克/升|"
    "/10万|/万|立方米|公顷|公里|千米|标准箱|标箱|人次|户次|亩次|批次|场次|班次|航次|车次|家次|人年|架次|元/人|美元|美金|元|%|％|家|个|项(?!目)|名|人(?!制)|户|套|"
    "间|张|座|条|亩|吨标准煤|吨标煤|吨|列|场|期|支|门|例|所|宗|斤|辆|台|件|处|倍|番|艘|架|栋|"
    "幢|部|种|次|只|头|株|棵|节|块|份|篇|本|床|位次|岁|‰|年|单(?!位|个|项|一)|剂|类(?!似)|"
    # 10亿方: cubic metres of gas or water, after a magnitude only (三方, 两方面 are no units)
    "方(?![面案式向法针位便舱言])|"
    # 满意度达到92分: a score, after digits only (三分之二, 十分, 部分 are no units)
    "分(?![之钟别类批期段区配解享布析工层级数])"
)
MAGNITUDE = "万亿|千亿|百亿|亿|千万|百万|万"
_MAGNITUDES = frozenset(MAGNITUDE.split("|"))
_FACTORS: tuple[tuple[str, int], ...] = (("万亿", 10**12), ("千亿", 10**11), ("百亿", 10**10))
_FACTORS += (("亿", 10**8), ("千万", 10**7), ("百万", 10**6), ("万", 10**4))
# A Chinese number may hold 万 or 亿 inside: 一万二千 (12000); 三百万 is 三百 and a magnitude.
_NUMBER = (
    rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|[{CHINESE_NUMERAL}]+(?:[万亿][{CHINESE_NUMERAL}]+)*"
    rf"(?:点[零〇一二三四五六七八九]+)?)"
)
_RANGE_DASH = "—–~～至到\\-"
QUANTITY = re.compile(
    rf"(?P<number>{_NUMBER})"
    rf"(?:(?P<dash>[{_RANGE_DASH}]{{1,2}})(?P<number2>{_NUMBER}))?"
    # 5000多亿元: more than the number, before a magnitude (the qualifier reads it)
    rf"(?:多(?={MAGNITUDE}))?"
    rf"(?P<magnitude>{MAGNITUDE})?"
    # 3000余名: more than the number, before its unit (the qualifier reads it); not 800多家,
    # the loose count of a report
    r"(?:余(?=名|人|家|个|项|户|所|座|条|处))?"
    rf"(?P<word>{UNIT_WORDS}|大(?={HAN}))?"
    # a density per head (工业机器人使用密度达360台/万人) or a rate per amount of output
    # (死亡率控制在0.6人/百亿元以下)
    rf"(?P<per>/(?:万人|千人|百人|人|户|(?:{MAGNITUDE})元)(?!(?!以|左右)(?:{HAN}|\d))"
    # a capacity per year (产能1400万吨/年建成试运转): the year is part of the unit
    r"|/年(?!度))?"
)
# After 五大: a set of programmes (五大开放行动, 三大攻坚战) or a name holding a figure of its
# own (五大五亿美元项目): what 五大 names, not five things to build (引进五大…平台).
_SET_NAMED = re.compile(
    rf"[\d{CHINESE_NUMERAL}]|{HAN}{{0,8}}?(?:行动|工程|计划|战略|任务|举措|专项|攻坚战?|板块|体系|机制|工作)"
    rf"(?!{HAN})"
)
# 百分之五, 百分之4.5: a percentage written out.
PERCENT_WORDS = re.compile(rf"百分之(?P<number>{_NUMBER})")
# 翻一番, 翻两番: a multiple of a baseline, kept as written (一番 is a doubling; so is 翻番,
# which writes no numeral, not 翻番式 describing a growth).
DOUBLINGS = re.compile(r"翻(?P<n>[一两二三四])?番(?!式)")
# A ratio brought to a level, without a unit: 城乡居民收入比缩小到1.8以内, 生师比不高于18:1.
RATIO = re.compile(
    r"比(?:值)?(?:缩小|降低|下降|控制|保持|稳定|提高|达到|不高于|不低于|不超过)?(?:到|至|在|为)?"
    r"(?P<number>\d+(?:\.\d+)?)(?P<to_one>[:：∶]1)?(?=以内|以下|左右|以上|[，。；、,;]|$)"
)
# 突破万亿元, 迈上千亿元台阶: a round size reached, written without a digit (one 万亿元).
ROUND_SIZE = re.compile(r"(?:突破|达到|超过|迈上|跨上|迈向|达|超|过)(?P<size>万亿|千亿|百亿)元")
ROUND_SIZE_END = re.compile(r"(?:大关|台阶|规模|水平)?(?:[，。；、,;]|$)")
# After a magnitude in Chinese numerals without a unit: the amount named as a size (五千亿规模).
_SIZE_NAMED = re.compile(r"(?:规模|大关)(?!以上|以下|级)")
# Words that follow 个 but make it a time span or a part of a word, not a count.
_NOT_A_COUNT_AFTER = re.compile(r"(?:月|工作日|小时|星期|季度|年头|别|体|人(?!才|次))")


@dataclass(frozen=True)
class Quantity:
    """A number found in the flat text: ``text[start:end]`` is the number with its unit."""

    start: int
    end: int
    value: Decimal
    unit: str  # as written: magnitude and word (万人, 亿元, %); 大 (五大) is 个
    chinese: bool  # written in Chinese numerals
    upper: Decimal | None = None  # the upper end of a range (5—5.5%)
    upper_start: int | None = None  # where the upper end's number begins

    @property
    def is_money(self) -> bool:
        return self.unit.partition("/")[0].endswith("元")  # 亿元, 元/人, 万元/年

    @property
    def is_percent(self) -> bool:
        """A percentage, or a rate per thousand or per 100,000 (3‰, 9/10万)."""
        return self.unit in ("%", "‰", "个百分点", "百分点", "/10万", "/万")

    @property
    def is_ratio(self) -> bool:
        """收入比缩小到1.8, 生师比18:1: a ratio, written without a unit or as N:1."""
        return self.unit in ("", ":1")

    def in_base_unit(self) -> tuple[Decimal, str]:
        """The amount without its magnitude: 1.7万亿元 is (1700000000000, 元)."""
        for prefix, factor in _FACTORS:
            if self.unit.startswith(prefix) and len(self.unit) > len(prefix):
                return self.value * factor, self.unit[len(prefix) :]
        return self.value, self.unit


def chinese_to_int(text: str) -> int | None:
    """``两千`` -> 2000, ``十二`` -> 12, ``三`` -> 3, ``一万五千`` -> 15000; None if malformed."""
    if not text:
        return None
    if all(c in _DIGITS for c in text) and len(text) > 1:  # 二〇二五: digit by digit
        return int("".join(str(_DIGITS[c]) for c in text))
    total = section = 0
    digit: int | None = None
    for char in text:
        if char in _DIGITS:
            if digit is not None:
                return None
            digit = _DIGITS[char]
        elif char in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[char]
            digit = None
        elif char in _BIG_UNITS:
            section += digit or 0
            if section == 0:
                return None
            total += section * _BIG_UNITS[char]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def parse_number(text: str) -> Decimal | None:
    """A number written with Arabic digits (``1,250.5``) or Chinese numerals (``两千``)."""
    if not text:
        return None
    if text[0].isdigit():
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    whole, _, fraction = text.partition("点")
    integer = chinese_to_int(whole)
    if integer is None:
        return None
    if fraction:
        digits = "".join(str(_DIGITS.get(c, "")) for c in fraction)
        return Decimal(f"{integer}.{digits}")
    return Decimal(integer)


def quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number that carries a unit (or a magnitude) in ``text[start:end]``."""
    found = []
    stop = len(text) if end is None else end
    for match in QUANTITY.finditer(text, start, stop):
        word = match.group("word") or ""
        magnitude = match.group("magnitude") or ""
        if not word and not magnitude:
            continue
        number = match.group("number")
        chinese = not number[0].isdigit()
        prior = text[max(0, match.start() - 1) : match.start()]
        # 总量超过五千亿规模: a magnitude written out and named a size, no 元 after it, is an
        # amount; 百亿, 千亿 alone are a size, not a number; 万亿 alone likewise; 千家万户.
        written_out = word == "" and len(number) > 1 and _SIZE_NAMED.match(text, match.end())
        if chinese and (word == "" or number in ("百", "千", "万")) and not written_out:
            continue
        if word == "方" and not magnitude:
            continue  # 三方, 两方: parties, not cubic metres
        if word == "分" and (chinese or magnitude):
            continue  # 三分, 十分: a part, or very; a score is written in digits
        if word == "番" and prior == "翻":
            continue  # 翻一番: read whole below
        if word == "大" and (
            not chinese or magnitude or number == "十" or _SET_NAMED.match(text, match.end())
        ):
            continue  # 十大工程, 五大开放行动, 五大五亿美元项目: the name of a set
        if word == "个" and _NOT_A_COUNT_AFTER.match(text, match.end()):
            continue
        if chinese and prior in ("几", "数", "上"):
            continue  # 几十万元, 数百家, 上千人: a rough size, not a figure
        if chinese and magnitude == "万" and "亿" in number:  # 一亿五千万: one number
            number, magnitude = number + magnitude, ""
        value = parse_number(number)
        if value is None or (chinese and value == 0):
            continue  # 零部件, 零售: a word, and never a goal's number
        upper = None
        upper_start = None
        if match.group("number2"):
            upper = parse_number(match.group("number2"))
            upper_start = match.start("number2")
            if upper is None or upper <= value:
                continue
        per = match.group("per") or "" if word and word != "大" else ""
        unit = magnitude + ("个" if word == "大" else word).replace("％", "%") + per
        found.append(Quantity(match.start(), match.end(), value, unit, chinese, upper, upper_start))
    # The forms below hold a character most spans lack: a look for it spares their scans.
    percent_words = text.find("百分之", start, stop) >= 0
    for match in PERCENT_WORDS.finditer(text, start, stop) if percent_words else ():
        value = parse_number(match.group("number"))
        if value is not None:
            found.append(Quantity(match.start(), match.end(), value, "%", True))
    for match in DOUBLINGS.finditer(text, start, stop) if text.find("翻", start, stop) >= 0 else ():
        times = Decimal(parse_number(match.group("n") or "一") or 1)
        at = match.start("n") if match.group("n") else match.end() - 1  # 翻番: 番 alone
        found.append(Quantity(at, match.end(), times, "番", False))
    for match in RATIO.finditer(text, start, stop) if text.find("比", start, stop) >= 0 else ():
        value = parse_number(match.group("number"))
        if value is not None:
            unit = ":1" if match.group("to_one") else ""
            found.append(Quantity(match.start("number"), match.end(), value, unit, False))
    for match in (
        ROUND_SIZE.finditer(text, start, stop) if text.find("亿", start, stop) >= 0 else ()
    ):
        if ROUND_SIZE_END.match(text, match.end(), stop):
            size = match.start("size")
            found.append(Quantity(size, match.end(), Decimal(1), match.group("size") + "元", True))
    if len(found) > 1:
        found.sort(key=lambda q: q.start)
    # 1.28万亿、1.18万亿、8200亿元: the unit written once, after the list's last item, is also
    # the unit of the bare magnitudes before it.
    for i in range(len(found) - 2, -1, -1):
        bare, nxt = found[i], found[i + 1]
        word = nxt.in_base_unit()[1]
        if bare.unit in _MAGNITUDES and word and text[bare.end : nxt.start] == "、":
            found[i] = replace(bare, unit=bare.unit + word)
    return found

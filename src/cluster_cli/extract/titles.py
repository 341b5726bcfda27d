"""The title of a text, as a reader takes it from the top: not the page's buttons (下载, 打印,
【字号：】), a dateline (新华社北京3月14日电), a byline (本报记者 某某), a photo's caption (…新华社
记者 某某 摄) or a date alone, but the line that names the document (2026年某省政府工作报告,
…实施方案, 《…规划纲要》); a news page's `原标题：X` gives X."""

from __future__ import annotations

import re

from cluster_cli.extract.numbers import HAN
from cluster_cli.extract.parts import CHAPTER, DOCUMENT_TITLE

_TOP_LINES = 30  # lines with something in them: the top of a text, where its title stands
_LONGEST = 80  # characters: a title is never longer
_HEADLINE = 40  # characters: a headline's length, where a story's first sentence stands in
# A page's buttons and labels, a line of nothing else: 下载, 打印, 【字号：, 加大, 大 中 小, 分享：.
_CHROME_WORDS = (
    *("下载", "打印", "全屏", "收藏", "分享", "关闭", "返回", "顶部", "首页", "字号", "字体"),
    *("加大", "还原", "减小", "默认", "扫一扫", "微信", "微博", "手机版", "繁體", "繁体", "简体"),
    *("无障碍", "本页", "窗口"),
)
_CHROME_MARKS = frozenset("【】大中小:：|/、·[] \t\u3000")
# A page's metadata: 来源：新华日报, 时间：2026-02-09, 责任编辑：某某, 浏览次数. ((?=\S) first: see
# names.py, a pattern that opens on a branch of Han words compiles faster so.)
_METADATA = re.compile(
    r"(?=\S)(?:来源|时间|发布时间|发布日期|日期|作者|编辑|责任编辑|浏览次数|点击数|阅读数|信息来源|文章来源|"
    r"稿源|发布机构|索引号|分类|文号|主题分类)\s*[:：]"
)
# 新华社北京3月14日电, 本报讯, 中新网5月3日电: the agency's line, before the story.
_DATELINE = re.compile(r"^[^，。]{0,16}?(?:\d{1,2}月\d{1,2}日电|讯(?:$|[（(\s]))")
# A date alone, or opening a line of time and source: 2026年02月10日 07时41分, 2021-06-30.
_DATE = re.compile(r"^(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}")
# A byline, read before letter-spacing is squeezed out: a reporter's name after 记者 (澎湃新闻记者
# 某某, 本报记者 某某 见习记者 某某, 某研究院研究员 某某 9月22日上午，…), not 记者证 in a title.
_BYLINE = re.compile(
    rf"^\w{{0,16}}?(?:记者|通讯员|研究员|特约撰稿人|撰稿人?)\s*{HAN}{{2,4}}(?:\s|$)"
)
# What follows a byline on its line: where it was reported from, then the story's lead.
_REPORTED = re.compile(r"^\s*(?:\S{0,8}报道)?\s*(?:\d{1,2}月\d{1,2}日[上下]?午?[，,]?)?")
_STORY = 10  # characters: a story's lead after a byline, not another name
# A photo's caption: …。新华社记者 某某 摄, its last pieces alone (摄), or a sentence that ends
# on the photographer (…作政府工作报告。新华社记者).
_CAPTION = re.compile(r"(?:^|\s)摄$|。[^。]{0,12}记者[^。]{0,8}$")
# 原标题：X, a news page's note of the headline the article first ran under: X is its title.
_ORIGINAL = re.compile(r"^原标题\s*[:：]\s*(?P<title>\S.*)$")
# The first line of the body: a numbered heading (一、, 第一部分) or a greeting (各位代表：).
_NUMERALS = frozenset("一二三四五六七八九十")
# A line that is the name of a document in 《》 and nothing else, and documents beyond those a
# part's title line names (parts.DOCUMENT_TITLE): …若干措施, …的决定, …条例, …公告.
_BOOK_TITLE = re.compile(r"^《[^》]+》$")
_MORE_DOCUMENTS = re.compile(r"(?=\S)(?:措施|决定|条例|规定|指南|通告|公告|白皮书)$")
_SENTENCE_MARKS = "，,。；;！？!?"
_CLAUSE_MARKS = "，,；;"
_HAN = re.compile(HAN)
_SPACES = re.compile(rf"(?<={HAN})\s+(?={HAN})")  # 政 府 工 作 报 告: letter-spaced


def document_title(text: str) -> str:
    """The title a reader takes from the top of ``text``: the first line near the top that names
    a document, else the first line that is neither page nor news furniture; '' if none."""
    fallback = ""
    lines = _top_lines(text)
    for raw, line in lines:
        original = _ORIGINAL.match(line)
        if original:
            return original.group("title")[:_LONGEST]
        if _body(line):
            break
        if _furniture(raw, line):
            byline = _BYLINE.match(raw)
            story = _REPORTED.sub("", raw[byline.end() :]) if byline else ""
            if not fallback and len(story) >= _STORY:  # 记者 某某 东莞报道 5月24日，…: the lead
                fallback = _headline(_SPACES.sub("", story))
            continue
        if _names_a_document(line):
            return line[:_LONGEST]
        if not fallback:
            fallback = _headline(line)
    if not fallback:  # a text in another script: its first line that is not a page's button
        fallback = next((line for _, line in lines if not _chrome(line)), "")
    return fallback[:_LONGEST]


def _headline(line: str) -> str:
    """A line's first sentence (a headline: 浙江省政府发文，进一步加强这项工作), its clauses up to
    a title's length where it runs on (a story's first line, for want of a title)."""
    sentence = line.split("。", 1)[0] or line
    if len(sentence) <= _HEADLINE:
        return sentence
    kept = ""
    start = 0
    while start < len(sentence):
        end = min(
            (at for mark in _CLAUSE_MARKS if (at := sentence.find(mark, start)) >= 0),
            default=len(sentence),
        )
        clause = sentence[start : end + 1]
        if len(kept) >= _STORY and len(kept) + len(clause) > _HEADLINE:
            break
        kept += clause
        start = end + 1
    return kept.rstrip(_CLAUSE_MARKS)


def _chrome(line: str) -> bool:
    """A line of a page's buttons and labels alone: 下载, 【字号：, 加大, 大 中 小, 分享：."""
    for word in _CHROME_WORDS:
        line = line.replace(word, "")
    return all(char in _CHROME_MARKS for char in line)


def _body(line: str) -> bool:
    """The first line of the body: 一、…, 第一部分, 第一章, 各位代表：."""
    head = line.split("、", 1)[0] if "、" in line else ""
    return (
        line.startswith("各位")
        or (0 < len(head) <= 3 and all(char in _NUMERALS for char in head))
        or bool(CHAPTER.match(line))
    )


def _top_lines(text: str) -> list[tuple[str, str]]:
    """The first lines with something in them: as written (stripped), and squeezed."""
    lines = []
    for written in text.lstrip("\ufeff").splitlines():
        raw = written.strip().lstrip("#").strip()
        if raw:
            lines.append((raw, _SPACES.sub("", raw)))
            if len(lines) == _TOP_LINES:
                break
    return lines


def _furniture(raw: str, line: str) -> bool:
    """Whether a line is a page's or a newspaper's, not the text's: buttons, metadata, a
    dateline, a date, a byline, a caption, a sub-title (——2026年2月3日在…), or no Chinese."""
    return (
        not _HAN.search(line)
        or _chrome(line)
        or bool(_METADATA.match(line))
        or bool(_DATELINE.match(line))
        or bool(_DATE.match(line))
        or bool(_BYLINE.match(raw))
        or bool(_CAPTION.search(raw))
        or line.startswith(("——", "--", "－－"))
    )


def _names_a_document(line: str) -> bool:
    """A title line that names a document: short, no sentence in it, ending in the word of a
    document (…政府工作报告, …实施方案, …的通知) or a 《》 title alone."""
    if len(line) > _LONGEST or any(mark in line for mark in _SENTENCE_MARKS):
        return False
    return bool(
        _BOOK_TITLE.match(line) or DOCUMENT_TITLE.search(line) or _MORE_DOCUMENTS.search(line)
    )

"""The title of a text as a reader takes it from the top: past a page's buttons, a dateline, a
byline, a photo's caption and a date alone, to the line that names the document; a news page's
原标题 gives its headline; failing all, the first line that is the text's. Texts invented for the
test."""

from __future__ import annotations

import pytest

from cluster_cli.extract.contract import DocumentInfo
from cluster_cli.extract.titles import document_title

_BODY = "各位代表：\n现在，我代表市人民政府向大会报告工作。\n"


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # a saved page: its buttons and labels, then the title, a sub-title and metadata
        (
            "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2030年江州市政府工作报告\n"
            "——2030年1月10日在江州市第九届人民代表大会第三次会议上\n来源：江州日报\n",
            "2030年江州市政府工作报告",
        ),
        ("【字体：\n大\n中\n小\n】\n分享：\n鹿城市“十六五”规划纲要\n", "鹿城市“十六五”规划纲要"),
        # an agency's dateline, then the document
        ("新华社北京3月6日电\n政府工作报告\n——2030年3月5日在…会议上\n", "政府工作报告"),
        # a photo's caption over the document, in pieces
        (
            "3月5日，大会在人民大会堂开幕。某某作政府工作报告。新华社记者\n王某\n摄\n"
            "新华社北京3月16日电\n政府工作报告\n",
            "政府工作报告",
        ),
        # a date with its time and source, then the document
        ("2030年03月12日 17:10 来源：某某网\n政 府 工 作 报 告\n", "政府工作报告"),
        # a notice that sends a plan out: the notice is the document
        (
            "江州市人民政府办公室关于印发江州市数字经济三年行动方案（2030—2032年）的通知\n"
            "各区人民政府：\n",
            "江州市人民政府办公室关于印发江州市数字经济三年行动方案（2030—2032年）的通知",
        ),
        ("《江州市促进民营经济发展若干措施》\n为进一步…\n", "《江州市促进民营经济发展若干措施》"),
        ("江州市促进民营经济发展若干措施\n", "江州市促进民营经济发展若干措施"),
    ],
)
def test_the_line_that_names_the_document_is_the_title(top: str, title: str) -> None:
    assert document_title(top + _BODY) == title


def test_the_original_headline_of_a_news_page_is_its_title() -> None:
    text = "　　原标题：江州今年GDP能破万亿吗\n　　来源：某某报\n　　江州今年有望…。\n"
    assert document_title(text) == "江州今年GDP能破万亿吗"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a byline, then the story: its first sentence stands in for the missing headline
        (
            "　　某某新闻记者 王小明\n　　一季度江州全市经济稳定开局。规上工业总产值增长5%。\n",
            "一季度江州全市经济稳定开局",
        ),
        # a byline that runs into the story: the story's lead, past where and when
        (
            "　　某某财经见习记者张三 江州报道 5月24日，江州市倍增计划工作领导小组办公室开展2030年"
            "江州市倍增计划企业动态遴选调整工作，今年有300家入选。\n",
            "江州市倍增计划工作领导小组办公室开展2030年江州市倍增计划企业动态遴选调整工作",
        ),
        # a headline ending in a full stop
        ("　　江州再度开启工业经济的跃迁之路。\n　　眼下，…\n", "江州再度开启工业经济的跃迁之路"),
        # no document named: the first line that is the text's, letter-spacing squeezed
        (" 唯 创 新 者 胜\n——江州高质量发展路径调查\n", "唯创新者胜"),
    ],
)
def test_without_a_document_named_the_first_line_of_the_text_is_the_title(
    text: str, title: str
) -> None:
    assert document_title(text) == title


def test_a_title_that_holds_a_word_of_the_news_is_not_a_byline() -> None:
    text = "下载\n打印\n关于做好2030年记者证年度核验工作的通知\n各有关单位：\n"
    assert document_title(text) == "关于做好2030年记者证年度核验工作的通知"


def test_the_files_own_title_comes_first_and_the_file_name_last() -> None:
    assert DocumentInfo.title_of("江州年报", "下载\n2030年江州市政府工作报告\n", "x") == "江州年报"
    assert DocumentInfo.title_of("", "下载\n2030年江州市政府工作报告\n", "x") == (
        "2030年江州市政府工作报告"
    )
    assert DocumentInfo.title_of("", "下载\n打印\n", "report") == "report"

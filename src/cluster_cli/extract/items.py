"""Where a quote ends in a list written an item to a line, with no punctuation between the
items (民生实事: 新增100张…床位⏎⏎改建100张…): the words read run on from one item into the next,
the text does not."""

from __future__ import annotations

import re
from dataclasses import replace

from cluster_cli.extract import vocabulary as v
from cluster_cli.extract.model import Proposal

_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n\s*")
_BLANK_BEFORE = re.compile(r"\n[ \t\u3000]*\n[ \t\u3000]*$")
_ITEM_OPENS = re.compile(rf"\d{{1,2}}\s*(?:\n|$)|(?:{v.CUMULATIVE_VERBS.pattern}|推出|开办|交付)")
_ITEM_VERB = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{1,6}")  # 新增, 改建, 新建改建


def within_its_item(proposal: Proposal, text: str) -> Proposal:
    """The quote cut at the first blank line after its figure: a list written an item to a
    line with no punctuation (新增100张…床位⏎⏎改建…) runs on in the words read, not in the text.
    A table's quote, cells a line each, ends on its figure already. The verb that opens the
    item's line (改建100张…) is the quote's, once the item before no longer takes it."""
    line = text.rfind("\n", 0, proposal.start) + 1
    if (
        line > 0
        and _ITEM_VERB.fullmatch(text, line, proposal.start)
        and _BLANK_BEFORE.search(text, max(0, line - 8), line)
    ):
        opened = text[line : proposal.end]
        proposal = replace(proposal, quote=opened, start=line)
    figure = re.compile(rf"(?<![\d.]){re.escape(proposal.value_text)}(?![\d.])")
    breaks = list(_BLANK_LINE.finditer(proposal.quote))
    ends = [b.start() for b in breaks if b.start() > 0] + [len(proposal.quote)]
    starts = [0] + [b.end() for b in breaks if b.start() > 0]
    holding = [
        i
        for i, (a, b) in enumerate(zip(starts, ends, strict=True))
        if figure.search(proposal.quote, a, b)
    ]
    if holding and holding[0] > 0 and _ITEM_OPENS.match(proposal.quote, starts[holding[0]]):
        # 2024年…实事项目⏎⏎推出不少于200场…: the item's line, not the title above it
        cut = starts[holding[0]]
        shifted = replace(proposal, quote=proposal.quote[cut:], start=proposal.start + cut)
        return within_its_item(shifted, text)
    if not holding or holding[-1] == len(ends) - 1:
        return proposal
    # Only where the next line opens an item (its number, or a verb: 改建, 完成, 新增): a
    # text wrapped at a width breaks lines inside words too (新型研发⏎⏎机构).
    if not _ITEM_OPENS.match(proposal.quote, starts[holding[-1] + 1]):
        return proposal
    end = ends[holding[-1]]
    return replace(proposal, quote=proposal.quote[:end], end=proposal.start + end)

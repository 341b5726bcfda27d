"""What a text says of the year past, read back into its goals: a floor set below the figure the
text itself reports for the same indicator keeps the level, it does not raise it."""

from __future__ import annotations

import re
from dataclasses import replace

from cluster_cli.extract.model import Proposal
from cluster_cli.extract.names import UNNAMED
from cluster_cli.extract.numbers import quantities

_REACH = 8  # characters from the indicator's name to its figure: 劳务收入75.4亿元, 收入达到75亿元
_BETWEEN = re.compile(r"[^，。；：,;\d]*")


def held_floors(text: str, proposals: list[Proposal]) -> list[Proposal]:
    """``proposals`` (in the order of the text) with a level's floor below the past maintained:
    实现劳务收入75.4亿元 in the review, then 劳务收入70亿元以上 among the year's goals. The past
    figure is one stated before the text's first goal (a report looks back before it aims)
    under the goal's own name, in its unit, and higher than the floor."""
    if not proposals:
        return proposals
    first = min(p.start for p in proposals)
    found = []
    for proposal in proposals:
        if (
            proposal.kind == "level"
            and proposal.qualifier == "at_least"
            and proposal.direction == "increase"
            and len(proposal.name) >= 3
            and proposal.name != UNNAMED
            and _past_above(text, first, proposal)
        ):
            proposal = replace(proposal, direction="maintain")
        found.append(proposal)
    return found


def _past_above(text: str, first: int, proposal: Proposal) -> bool:
    at = text.find(proposal.name, 0, first)
    while at >= 0:
        end = at + len(proposal.name)
        gap = _BETWEEN.match(text, end, end + _REACH)
        figures = quantities(text, end, end + _REACH + 12)[:1]
        if (
            gap is not None
            and figures
            and figures[0].start <= gap.end()
            and figures[0].unit == proposal.unit
            and figures[0].value > proposal.value
        ):
            return True
        at = text.find(proposal.name, end, first)
    return False

"""The versioned JSON document of ``cluster-cli extract --json`` (schema/extract.schema.json)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from cluster_cli.extract.model import Proposal

SCHEMA_VERSION = 1
# C1 controls and bidirectional marks: a hostile document must not reorder or hide what a
# terminal shows. JSON allows them raw; they are written as \uXXXX instead.
_SPOOFING = re.compile("[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class DocumentInfo:
    file: str
    title: str
    date: str | None  # YYYY-MM-DD, as given or as stated in the text
    sha256: str  # of the text as read, UTF-8
    characters: int
    format: str


def number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def proposal_dict(proposal: Proposal) -> dict[str, Any]:
    return {
        "quote": proposal.quote,
        "start": proposal.start,
        "end": proposal.end,
        "name": proposal.name,
        "value": number(proposal.value),
        "unit": proposal.unit,
        "deadline": proposal.deadline,
        "kind": proposal.kind,
        "direction": proposal.direction,
        "qualifier": proposal.qualifier,
        "baseline": None if proposal.baseline is None else number(proposal.baseline),
        "plan_start": proposal.plan_start,
        "region": proposal.region,
        "confidence": proposal.confidence,
        "reasons": [*proposal.reasons, *proposal.assumptions],
    }


def document(info: DocumentInfo, proposals: list[Proposal]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {
            "file": info.file,
            "title": info.title,
            "date": info.date,
            "sha256": info.sha256,
            "characters": info.characters,
            "format": info.format,
        },
        "proposals": [proposal_dict(p) for p in proposals],
    }


def dumps(data: object) -> str:
    """JSON with Chinese as it is, but C1 and bidirectional controls escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _SPOOFING.sub(lambda m: f"\\u{ord(m.group()):04x}", text)

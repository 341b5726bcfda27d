"""The versioned JSON document of ``cluster-cli extract --json`` (schema/extract.schema.json)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from cluster_cli.extract.model import Proposal
from cluster_cli.extract.titles import document_title
from cluster_cli.i18n import Lang

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class DocumentInfo:
    file: str
    title: str
    date: str | None  # YYYY-MM-DD, as given or as stated in the text
    sha256: str  # of the text as read, UTF-8
    characters: int
    format: str

    @staticmethod
    def title_of(own: str, text: str, fallback: str) -> str:
        """The document's title: its own (an HTML ``<title>``, a .docx's or PDF's, a stated
        ``标题：``), else the one a reader takes from the top of the text (titles.py), else
        ``fallback`` (the file's name)."""
        return own or document_title(text) or fallback


def number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def proposal_dict(proposal: Proposal, lang: Lang) -> dict[str, Any]:
    """One proposal; its reasons and assumptions worded in ``lang``."""
    return {
        "quote": proposal.quote,
        "start": proposal.start,
        "end": proposal.end,
        "name": proposal.name,
        "value": number(proposal.value),
        "unit": proposal.unit_written or proposal.unit,
        "deadline": proposal.deadline,
        "kind": proposal.kind,
        "direction": proposal.direction,
        "qualifier": proposal.qualifier,
        "baseline": None if proposal.baseline is None else number(proposal.baseline),
        "plan_start": proposal.plan_start,
        "region": proposal.region,
        "confidence": proposal.confidence,
        "reasons": [found(lang) for found in (*proposal.reasons, *proposal.assumptions)],
    }


def document(info: DocumentInfo, proposals: list[Proposal], lang: Lang) -> dict[str, Any]:
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
        "proposals": [proposal_dict(p, lang) for p in proposals],
    }

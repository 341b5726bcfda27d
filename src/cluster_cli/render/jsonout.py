"""The one JSON writer: readable Chinese, and nothing a terminal could act on.

Every ``--json`` of every command is written here. ``ensure_ascii=False`` keeps Chinese
readable, but would also let DEL, C1 controls (U+0080-U+009F), the line and paragraph separators
(U+2028, U+2029: line breaks to editors, and not allowed raw in JavaScript strings before ES2019)
and the bidirectional marks, embeddings, overrides and isolates through raw: a goal named with
U+202E would reverse what a reader sees in ``status --json | less``. Those are written as
``\\uXXXX`` escapes, which every JSON reader turns back into the same characters.
NaN and infinities are refused (``allow_nan=False``): a figure that cannot be computed is null.
Documents are trees built for the output, never cyclic: the encoder does not look for cycles
(an eighth of its time on 10,000 goals).
"""

from __future__ import annotations

import json
import re
from typing import Any

_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_ENCODE = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False).encode


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape(text: str) -> str:
    """JSON text with the characters above escaped; they can only be inside strings."""
    return _RAW.sub(_escaped, text) if _RAW.search(text) else text


def dumps(document: Any, indent: int | None = None) -> str:
    """``document`` as JSON text, without a final newline.

    By default each item of a list at the top level of an object is on its own line, the rest
    compact: readable, diff-friendly (a changed goal is a changed line), and fast (``indent``
    sends every value through the pure-Python encoder, ten times slower on 10,000 goals). With
    ``indent``, the usual pretty layout.
    """
    if indent is not None:
        text = json.dumps(
            document, ensure_ascii=False, allow_nan=False, check_circular=False, indent=indent
        )
        return escape(text)
    if not isinstance(document, dict):
        return escape(_ENCODE(document))
    lines = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            items = ",\n    ".join(_ENCODE(item) for item in value)
            lines.append(f"  {_ENCODE(key)}: [\n    {items}\n  ]")
        else:
            lines.append(f"  {_ENCODE(key)}: {_ENCODE(value)}")
    return escape("{\n" + ",\n".join(lines) + "\n}")

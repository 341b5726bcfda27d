"""Text from files and arguments made safe to print, and "did you mean" hints."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from difflib import get_close_matches

# Bidirectional embeddings, overrides and isolates can reorder what a reader sees.
_BIDI = frozenset([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])


def clean(text: str, *, multiline: bool = False) -> str:
    """Make text from a file safe to print: control characters become visible escapes.

    C0 controls (except newline, kept when ``multiline``), DEL, C1 controls (U+0080-U+009F) and
    bidirectional controls are written as ``\\xNN`` / ``\\uNNNN``; a tab becomes a space.
    """
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char == "\n":
            out.append("\n" if multiline else " ")
        elif char == "\t":
            out.append(" ")
        elif code < 0x20 or code == 0x7F or 0x80 <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        elif code in _BIDI:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """``"; did you mean ic-talents, ic-scale?"``, or "" when nothing is close."""
    close = get_close_matches(word, list(choices), n=3, cutoff=0.5)
    if not close:
        close = [c for c in choices if word and (word in c or c in word)][:3]
    return f"; did you mean {', '.join(close)}?" if close else ""


def warn(messages: Iterable[str]) -> None:
    """Print warnings to stderr, one line each, made safe to print."""
    for message in messages:
        print(f"cluster-cli: warning: {clean(message, multiline=True)}", file=sys.stderr)

"""Text from files and arguments made safe to print, and "did you mean" hints."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from difflib import get_close_matches

# C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidirectional
# embeddings, overrides and isolates that can reorder what a reader sees.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Shown as a space: the line break, the line and paragraph separators and the tab.
_AS_SPACE = "\n\u2028\u2029\t"


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _AS_SPACE:
        return " "
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def clean(text: str, *, multiline: bool = False) -> str:
    """Make text from a file safe to print: control characters become visible escapes.

    C0 controls (except newline, kept when ``multiline``), DEL, C1 controls (U+0080-U+009F) and
    bidirectional controls are written as ``\\xNN`` / ``\\uNNNN``; a tab, and a line or
    paragraph separator (U+2028, U+2029) in one-line text, become a space.
    """
    if _UNSAFE.search(text) is None:  # the usual case, checked at C speed
        return text
    if multiline:
        return "\n".join(_UNSAFE.sub(_visible, line) for line in text.split("\n"))
    return _UNSAFE.sub(_visible, text)


# Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and the rest, with their
# presentation forms and supplementary planes).
RIGHT_TO_LEFT = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
_RIGHT_TO_LEFT = re.compile(f"[{RIGHT_TO_LEFT}]")


def isolated(text: str) -> str:
    """``text`` between a first-strong isolate and its pop (U+2068, U+2069) when it holds letters
    written right to left: a document shows it as a unit, and it cannot carry the brackets,
    figures and words around it into its own direction. Other text is returned as it is."""
    return f"\u2068{text}\u2069" if _RIGHT_TO_LEFT.search(text) else text


# What a terminal that cannot show a character gets instead (a GBK, Big5 or Latin-1 terminal
# has no ✓, ✗, ░ or the minus sign −): the first of these its encoding has. A plain "?" would
# read as a status ("? insufficient data") or lose a figure's sign.
_FALLBACKS: dict[str, tuple[str, ...]] = {
    "✓": ("√", "v"),
    "✗": ("×", "x"),
    "−": ("-",),
    "█": ("#",),
    "▒": ("▓", "="),
    "░": ("·", "."),
    **dict.fromkeys("▏▎▍▌▋▊▉", ("|",)),
    "→": ("->",),
    "≈": ("~",),
    "≥": (">=",),
    "≤": ("<=",),
    "±": ("+/-",),
    "÷": ("/",),
    "×": ("x",),
    "…": ("...",),
    **dict.fromkeys("—–─", ("-",)),
    "·": ("-",),
    "•": ("·", "*"),
    "↻": ("~>",),
    "┊": ("|",),
    "“": ('"',),
    "”": ('"',),
    "‘": ("'",),
    "’": ("'",),
}
FALLBACK_ERRORS = "cluster-cli-fallback"  # an error handler's name, for str.encode and streams


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    shown = []
    for char in error.object[error.start : error.end]:
        for candidate in (*_FALLBACKS.get(char, ()), "?"):
            try:
                candidate.encode(error.encoding)
            except UnicodeEncodeError:
                continue
            shown.append(candidate)
            break
    return "".join(shown), error.end


def register_fallback() -> str:
    """Register :data:`FALLBACK_ERRORS` (once is enough; again does no harm); returns its name."""
    import codecs

    codecs.register_error(FALLBACK_ERRORS, _fallback)
    return FALLBACK_ERRORS


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """``"; did you mean ic-talents, ic-scale?"``, or "" when nothing is close."""
    from cluster_cli.i18n import messages as m
    from cluster_cli.i18n import say

    close = close_matches(word, choices)
    return say(m.DID_YOU_MEAN, close=", ".join(close)) if close else ""


def folded(text: str) -> str:
    """``text`` as names are compared: case, full-width letters and outer blanks aside."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def close_matches(word: str, choices: Sequence[str]) -> list[str]:
    """Up to three choices close to ``word``; case and full-width letters do not count
    (``LVL-ON`` is close to ``lvl-on``)."""
    by_key = {unicodedata.normalize("NFKC", c).casefold(): c for c in choices}
    key = folded(word)
    close = [by_key[c] for c in get_close_matches(key, list(by_key), n=3, cutoff=0.5)]
    if not close:
        close = [c for f, c in by_key.items() if key and (key in f or f in key)][:3]
    return close


def warn(messages: Iterable[str]) -> None:
    """Print warnings to stderr, one line each, made safe to print."""
    from cluster_cli.i18n import messages as m
    from cluster_cli.i18n import say

    for message in messages:
        print(say(m.WARNING, message=clean(message, multiline=True)), file=sys.stderr)


def cut(text: str, limit: int = 40) -> str:
    """``text`` cut short for a message: a pasted page must not fill the screen."""
    if len(text) > limit:
        return f"{text[:limit]}… ({len(text):,} characters)"
    return text


def file_label(path: object) -> str:
    """A file name for a message: as it is, or quoted with escapes (:func:`shown`) when it
    holds a line break or another control character, which would act on the terminal."""
    name = str(path)
    return name if _UNSAFE.search(name) is None else shown(name, limit=200)


def shown(text: str, limit: int = 40) -> str:
    """``text`` quoted for a one-line message, as Python writes a string: a line break, a tab
    or any other character that does not print is an escape (``'2023\\n'``), so the message
    shows what the file or argument really holds; cut short like :func:`cut`."""
    return repr(cut(text, limit))


# Folding text for a terminal. Runs that must not be cut at a line end: numbers with their
# decimals, Latin words. No line starts with a closing mark nor ends with an opening one.
_CLOSING = frozenset("。，、；：？！）》”’」』…,.;:?!)]")
_OPENING = frozenset("（《“‘「『([")
_TOKEN = re.compile(r"`[^`\n]{1,60}`|[0-9A-Za-z.,%％/_-]+|\s+|.", re.S)  # `a command` is whole


def cell_len(text: str) -> int:
    """Columns ``text`` takes on a terminal: two for a wide (Chinese) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, width: int, first: int = 0, rest: int | None = None) -> list[str]:
    """``text`` in lines of at most ``width`` cells, the first indented by ``first`` columns,
    the others by ``rest`` (default ``first``); numbers and Latin words are not cut, no line
    starts with a closing mark (。，）》) nor ends with an opening one (（《“): what is around
    it moves down with it."""
    rest = first if rest is None else rest
    lines: list[list[str]] = []
    line: list[str] = []
    used = first
    for token in _TOKEN.findall(text):
        size = cell_len(token)
        if used + size > width and "".join(line).strip():
            carried: list[str] = []
            while len(line) > 1 and ((carried or [token])[0] in _CLOSING or line[-1] in _OPENING):
                carried.insert(0, line.pop())
            lines.append(line)
            line, used = carried, rest + sum(cell_len(t) for t in carried)
            if token.isspace():
                continue
        line.append(token)
        used += size
    lines.append(line)
    indents = [first] + [rest] * (len(lines) - 1)
    return [
        " " * pad + "".join(tokens).rstrip() for pad, tokens in zip(indents, lines, strict=True)
    ]

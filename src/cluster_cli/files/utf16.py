"""UTF-16 without a byte-order mark, as some Windows tools save text: told by its NUL bytes.

Shared by the CSV reader and the document reader, so that a file one of them reads the other
reads too."""

from __future__ import annotations


def utf16_codec(data: bytes, *, mostly: bool) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes of ``data``'s first 4 KiB sit in one
    byte position (ASCII and digits in UTF-16 have a NUL beside them; no other encoding has
    any); None otherwise. ``mostly``: only when they are half the bytes of that position or
    more (text that may also be valid UTF-8, with a stray NUL in it)."""
    sample = data[:4096]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if not (odd or even):
        return None
    if mostly and max(odd, even) * 2 < len(sample) // 2:
        return None
    if not mostly and min(odd, even) * 10 > max(odd, even):  # NULs on both sides: binary
        return None
    return "utf-16-le" if odd > even else "utf-16-be"

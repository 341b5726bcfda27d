"""Text made safe to print: stand-ins for characters a terminal's encoding lacks."""

from __future__ import annotations

import pytest

from cluster_cli.text import _FALLBACKS, register_fallback


@pytest.mark.parametrize("encoding", ["gbk", "big5", "shift_jis", "cp1252", "latin-1", "ascii"])
def test_every_symbol_has_a_stand_in_in_every_encoding(encoding: str) -> None:
    errors = register_fallback()
    for char in _FALLBACKS:
        shown = char.encode(encoding, errors).decode(encoding)
        assert shown and "?" not in shown, (char, shown)


def test_the_stand_in_is_the_closest_the_encoding_has() -> None:
    errors = register_fallback()
    line = "✓ 已完成 · ✗ 未完成 · 增速−3.2% · ████░░░░"
    assert line.encode("gbk", errors).decode("gbk") == "√ 已完成 · × 未完成 · 增速-3.2% · ████····"
    assert "✓ met".encode("ascii", errors) == b"v met"
    # What no stand-in covers is still replaced, never an exception.
    assert "集群 ✓".encode("ascii", errors) == b"?? v"
    assert "✓".encode("utf-8", errors) == "✓".encode()


def test_decoding_errors_are_not_handled_here() -> None:
    with pytest.raises(UnicodeDecodeError):
        b"\xff".decode("utf-8", register_fallback())

"""Record ids (ULIDs) and the timestamps records carry."""

from __future__ import annotations

import datetime as dt
import os
import time

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_last_id: tuple[int, int] = (0, 0)


def _encode(number: int, length: int) -> str:
    chars = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        chars.append(_CROCKFORD[digit])
    return "".join(reversed(chars))


def new_id(now_ms: int | None = None) -> str:
    """A 26-character id that sorts by creation time (a ULID: 48 bits of ms, 80 random bits).

    Within one process, ids made in the same millisecond still increase.
    """
    global _last_id
    millis = int(time.time() * 1000) if now_ms is None else now_ms
    randomness = int.from_bytes(os.urandom(10), "big")
    last_ms, last_random = _last_id
    if millis <= last_ms:
        millis, randomness = last_ms, (last_random + 1) % (1 << 80)
    _last_id = (millis, randomness)
    return _encode(millis, 10) + _encode(randomness, 16)


def timestamp(moment: dt.datetime | None = None) -> str:
    """ISO 8601 UTC with microseconds, ending in Z: ``2024-06-30T08:15:02.123456Z``."""
    moment = moment or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

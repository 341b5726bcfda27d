"""A record of the ledger. A named tuple, not a pydantic model nor a frozen dataclass: a ledger
holds 100,000 of them, built in a fraction of the time, and the commands that only write one
must not pay for importing pydantic."""

from __future__ import annotations

from typing import NamedTuple


class Record(NamedTuple):
    """One line of the ledger of actuals: a recorded value, or the retraction of one.

    ``value`` is in ``unit``, which is the goal's unit at the time of recording. ``period`` is
    ``YYYY`` or ``YYYY-MM-DD`` (see :mod:`cluster_cli.engine.periods`). ``recorded_at`` is an
    ISO 8601 UTC timestamp ending in ``Z``. A retraction has ``retracts`` set to the id of the
    record it withdraws and repeats that record's goal and period; its ``value`` is None.
    """

    id: str
    goal_id: str  # the goal (or context indicator) it is a figure of; "target" in the file
    value: float | None
    unit: str
    period: str
    recorded_at: str
    source: str = ""
    note: str = ""
    retracts: str | None = None

    @property
    def is_retraction(self) -> bool:
        return self.retracts is not None

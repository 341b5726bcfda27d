"""The ledger of actuals (actuals.toml): an append-only TOML file of recorded figures.

Pure I/O: no Typer, no Rich. See docs/ledger.md for the format and its guarantees.

The file is a comment header, ``version = 1``, a ``[records]`` table, then one line per
record, keyed by the record's id::

    01JB7Q6M0S6T3V6D9K2XGQ0J8H = { target = "ic-scale", period = "2023", value = 1250.0, ... }

One line per record (not one ``[[record]]`` block of several lines) because ``git merge`` with
``merge=union`` keeps whole *lines*: lines shared by two blocks (``unit = "亿元"``) would be
emitted once and the blocks spliced together. Every record line is unique (it starts with the
id), so a union merge keeps every record whole.

Modules: :mod:`.paths` (where the ledger is), :mod:`.ids` (ids and timestamps), :mod:`.lines`
(the line format, the one line parser, the one record check), :mod:`.read` (reading whole or
by its edges), :mod:`.lock` (the lock file) and :mod:`.write` (appending). This package
re-exports what the rest of cluster-cli uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cluster_cli.lazy import exports

if TYPE_CHECKING:
    from cluster_cli.files.ledger.ids import new_id, timestamp
    from cluster_cli.files.ledger.lines import (
        HEADER,
        KEY_ORDER,
        VERSION,
        format_record,
        parse_line,
        record_fields,
        record_problem,
        split_torn_tail,
    )
    from cluster_cli.files.ledger.lock import (
        DEFAULT_LOCK_TIMEOUT,
        ENV_LOCK_TIMEOUT,
        lock_path,
        lock_timeout,
        locked,
    )
    from cluster_cli.files.ledger.paths import (
        DEFAULT_NAME,
        ENV_LEDGER,
        LedgerLocation,
        check_writable,
        locate,
        refuse_the_registry,
        user_data_dir,
    )
    from cluster_cli.files.ledger.read import (
        EDGE_WINDOW,
        LoadedLedger,
        load,
        load_data,
        load_for_update,
    )
    from cluster_cli.files.ledger.write import (
        ENV_TEST_SLOW_WRITE,
        HEAD_WINDOW,
        TAIL_WINDOW,
        AppendResult,
        append,
        append_chosen,
        check_appendable,
    )

# Each name and the module it lives in, imported when first used: commands that only read
# the ledger need not load how it is written.
_HOMES = {
    "ENV_TEST_SLOW_WRITE": "write",
    "HEAD_WINDOW": "write",
    "TAIL_WINDOW": "write",
    "AppendResult": "write",
    "append": "write",
    "append_chosen": "write",
    "check_appendable": "write",
    "new_id": "ids",
    "timestamp": "ids",
    "HEADER": "lines",
    "KEY_ORDER": "lines",
    "VERSION": "lines",
    "format_record": "lines",
    "parse_line": "lines",
    "record_fields": "lines",
    "record_problem": "lines",
    "split_torn_tail": "lines",
    "DEFAULT_LOCK_TIMEOUT": "lock",
    "ENV_LOCK_TIMEOUT": "lock",
    "lock_path": "lock",
    "lock_timeout": "lock",
    "locked": "lock",
    "DEFAULT_NAME": "paths",
    "ENV_LEDGER": "paths",
    "LedgerLocation": "paths",
    "check_writable": "paths",
    "locate": "paths",
    "refuse_the_registry": "paths",
    "user_data_dir": "paths",
    "EDGE_WINDOW": "read",
    "LoadedLedger": "read",
    "load": "read",
    "load_data": "read",
    "load_for_update": "read",
}


__getattr__ = exports(__name__, _HOMES)

__all__ = [
    "DEFAULT_LOCK_TIMEOUT",
    "DEFAULT_NAME",
    "EDGE_WINDOW",
    "ENV_LEDGER",
    "ENV_LOCK_TIMEOUT",
    "ENV_TEST_SLOW_WRITE",
    "HEADER",
    "HEAD_WINDOW",
    "KEY_ORDER",
    "TAIL_WINDOW",
    "VERSION",
    "AppendResult",
    "LedgerLocation",
    "LoadedLedger",
    "append",
    "append_chosen",
    "check_appendable",
    "check_writable",
    "format_record",
    "load",
    "load_data",
    "load_for_update",
    "locate",
    "lock_path",
    "lock_timeout",
    "locked",
    "new_id",
    "parse_line",
    "record_fields",
    "record_problem",
    "refuse_the_registry",
    "split_torn_tail",
    "timestamp",
    "user_data_dir",
]

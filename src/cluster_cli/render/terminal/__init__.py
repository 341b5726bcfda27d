"""The terminal views: ``status`` (a table per cluster) and ``show`` (one goal in full).

The only package that imports Rich. Every view function is pure: it turns a
:class:`~cluster_cli.engine.assess.Assessment` into a Rich renderable for a given width, so the
output can be tested at a fixed width.

* :mod:`.cells`: the words and small pieces (cells, bars, figures with their period);
* :mod:`.folding`: where a cell may break onto another line;
* :mod:`.columns`: which columns fit a width, and tables drawn as lines;
* :mod:`.dashboard`: ``status``; :mod:`.detail`: ``show``; :mod:`.console`: writing a view.

Text from the registry and the ledger (names, quotes, sources, notes) is untrusted: every cell is
a :class:`rich.text.Text` built with :func:`clean`, never a markup string, so ``[bold]`` shows
as written and control characters (ESC, C1, bidirectional overrides) are shown as ``\\x1b``
instead of reaching the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cluster_cli.lazy import exports

if TYPE_CHECKING:
    from cluster_cli.render.terminal.cells import bar, text
    from cluster_cli.render.terminal.columns import Layout, fit_columns
    from cluster_cli.render.terminal.console import print_view, to_text
    from cluster_cli.render.terminal.dashboard import status_view, summary_lines
    from cluster_cli.render.terminal.detail import (
        history_table,
        show_indicator_view,
        show_target_view,
        trend_chart,
    )
    from cluster_cli.render.terminal.folding import fold_offsets

# Each name and the module it lives in, imported when first used: `status` needs neither the
# views of `show` nor what they import.
_HOMES = {
    "bar": "cells",
    "text": "cells",
    "Layout": "columns",
    "fit_columns": "columns",
    "print_view": "console",
    "to_text": "console",
    "status_view": "dashboard",
    "summary_lines": "dashboard",
    "history_table": "detail",
    "show_indicator_view": "detail",
    "show_target_view": "detail",
    "trend_chart": "detail",
    "fold_offsets": "folding",
}


__getattr__ = exports(__name__, _HOMES)

__all__ = [
    "Layout",
    "bar",
    "fit_columns",
    "fold_offsets",
    "history_table",
    "print_view",
    "show_indicator_view",
    "show_target_view",
    "status_view",
    "summary_lines",
    "text",
    "to_text",
    "trend_chart",
]

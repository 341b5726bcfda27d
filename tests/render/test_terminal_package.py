"""The terminal package: small modules, the names callers use, and little work per goal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.text import Text

import cluster_cli.render.terminal as terminal
from cluster_cli.engine.assess import compute
from cluster_cli.render.jsondoc import Origin
from conftest import fresh_python
from terminal_samples import AS_OF, RECORDS, shipped_registry

PACKAGE = Path(terminal.__file__).parent


def test_modules_stay_small() -> None:
    modules = sorted(PACKAGE.glob("*.py"))
    assert len(modules) >= 6
    sizes = {m.name: len(m.read_text("utf-8").splitlines()) for m in modules}
    assert max(sizes.values()) <= 500, sizes


def test_callers_names_are_importable() -> None:
    for name in (
        "status_view",
        "show_target_view",
        "show_indicator_view",
        "print_view",
        "to_text",
        "fit_columns",
        "fold_offsets",
    ):
        assert callable(getattr(terminal, name)), name
    with pytest.raises(AttributeError):
        terminal.no_such_view  # noqa: B018


def test_each_view_loads_only_its_own_modules() -> None:
    """The package imports a view's module when the view is first asked for: ``status`` does
    not load ``show``'s views (nor the goal view they are built from)."""
    status_modules, show_loaded = fresh_python(
        "import sys",
        "from cluster_cli.render import terminal",
        "terminal.status_view, terminal.print_view",
        "print(sorted(m for m in sys.modules if m.startswith('cluster_cli.render')))",
        "terminal.show_target_view",
        "print('cluster_cli.render.terminal.detail' in sys.modules)",
    )
    assert "cluster_cli.render.terminal.dashboard" in status_modules
    assert "cluster_cli.render.terminal.detail" not in status_modules
    assert "cluster_cli.render.view" not in status_modules
    assert show_loaded == "True"


def test_dashboard_on_a_pipe_makes_no_rich_text_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a pipe the dashboard's table lines are written as plain text: the Rich Text objects
    made do not grow with the goals (they did, several per goal, and were most of its time)."""
    registry = shipped_registry()
    template = registry.targets["ic-scale"]
    goals = {f"goal-{i:04d}": template for i in range(600)}
    registry = registry.model_copy(update={"targets": goals, "indicators": {}})
    assessment = compute(registry, [r for r in RECORDS if r.goal_id == "ic-scale"], AS_OF)
    made = 0
    original = Text.__init__

    def counting(self: Text, *args: object, **kwargs: object) -> None:
        nonlocal made
        made += 1
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Text, "__init__", counting)
    monkeypatch.setenv("COLUMNS", "120")
    buffer = io.StringIO()
    origin = Origin("targets.toml", "actuals.toml")
    terminal.print_view(
        lambda w: terminal.status_view(assessment, registry, origin, "zh", w, None), file=buffer
    )
    assert buffer.getvalue().count("goal-0") == 600
    assert made < 100, made

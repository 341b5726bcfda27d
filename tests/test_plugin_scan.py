"""Pydantic's plugin loader is imported only when plugins are looked for, and plugins behave as
Pydantic documents them. Each case runs in a fresh interpreter: the stand-in must be in place
before Pydantic is imported."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# A package that declares a Pydantic plugin through its metadata, as a real one would.
PLUGIN = """
calls = []

class Probe:
    def new_schema_validator(self, schema, schema_type, path, kind, config, settings):
        calls.append(path.name)
        return None, None, None

probe = Probe()
"""

MODEL_BUILT_OUTSIDE_CLUSTER_CLI = """
import sys
from cluster_cli.plugin_scan import defer_loader
defer_loader()
from pydantic import BaseModel
import probe_plugin

class Goal(BaseModel):
    value: float

assert Goal(value="1.5").value == 1.5
print(probe_plugin.calls, "importlib.metadata" in sys.modules)
"""


@pytest.fixture
def plugin_env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "probe_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "probe_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: probe-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[pydantic]\nprobe = probe_plugin:probe\n")
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), env.get("PYTHONPATH", "")])
    return env


def python(code: str, env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_command_never_imports_the_plugin_loader(
    plugin_env: dict[str, str], tmp_path: Path
) -> None:
    """cluster-cli builds its validators with plugins off: the scan, and its imports, are
    never paid; and no plugin sees the registry's figures."""
    code = """
    import contextlib, io, sys
    sys.argv = ["cluster-cli", "status", "--json"]
    from cluster_cli.entry import main
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            main()
    except SystemExit as done:
        assert done.code == 0, done.code
    import probe_plugin
    print('"targets"' in out.getvalue(), probe_plugin.calls, "importlib.metadata" in sys.modules)
    """
    assert python(code, plugin_env, tmp_path) == "True [] False"


def test_plugins_still_work_where_they_are_on(plugin_env: dict[str, str], tmp_path: Path) -> None:
    """A validator built with plugins on loads the real loader, which finds the plugin."""
    output = python(MODEL_BUILT_OUTSIDE_CLUSTER_CLI, plugin_env, tmp_path)
    assert output == "['Goal'] True"


@pytest.mark.parametrize("setting", ["1", "true", "__all__", "probe"])
def test_the_users_setting_decides(
    setting: str, plugin_env: dict[str, str], tmp_path: Path
) -> None:
    """PYDANTIC_DISABLE_PLUGINS keeps its documented meaning: all off, or the plugins named."""
    env = plugin_env | {"PYDANTIC_DISABLE_PLUGINS": setting}
    calls, _ = python(MODEL_BUILT_OUTSIDE_CLUSTER_CLI, env, tmp_path).split(" ")
    assert calls == "[]"


def test_the_stand_in_gives_way_to_an_imported_loader(
    plugin_env: dict[str, str], tmp_path: Path
) -> None:
    code = """
    import sys
    import pydantic.plugin._loader as real
    from cluster_cli.plugin_scan import defer_loader
    defer_loader()
    print(sys.modules["pydantic.plugin._loader"] is real)
    """
    assert python(code, plugin_env, tmp_path) == "True"


def test_other_names_load_the_real_loader(plugin_env: dict[str, str], tmp_path: Path) -> None:
    code = """
    import sys
    from cluster_cli.plugin_scan import defer_loader
    defer_loader()
    import pydantic.plugin
    from pydantic.plugin._loader import PYDANTIC_ENTRY_POINT_GROUP
    print(PYDANTIC_ENTRY_POINT_GROUP, type(sys.modules["pydantic.plugin._loader"]).__name__)
    """
    assert python(code, plugin_env, tmp_path) == "pydantic module"

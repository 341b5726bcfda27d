"""Loading and validating the registry: the shipped one, and every kind of bad input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cluster_cli.engine.models import Registry
from cluster_cli.errors import InputFileError
from cluster_cli.files import registry
from cluster_cli.files import toml as toml_module
from cluster_cli.files.toml import unclosed_line
from conftest import ARTICLE, REPO, CliRunner

GOALS = {
    "ic-scale": (2000, "亿元", 2025, "level"),
    "ic-core-projects": (10, "项", 2025, "cumulative"),
    "ic-leading-enterprises": (30, "家", 2025, "cumulative"),
    "ic-talents": (600, "名", 2025, "cumulative"),
    "kunshan-optoelectronics": (2000, "亿元", 2025, "level"),
    "kunshan-smart-terminals": (3000, "亿元", 2025, "level"),
    "kunshan-advanced-computing": (1000, "亿元", 2025, "level"),
    "kunshan-highlands": (3, "个", 2025, "cumulative"),
    "kunshan-new-rd-institutions": (27, "家", 2025, "cumulative"),
    "kunshan-public-platforms": (5, "家", 2025, "cumulative"),
    "wujiang-iiot-base": (1, "个", 2025, "cumulative"),
    "wujiang-iiot-centres": (2, "个", 2025, "cumulative"),
    "wujiang-national-platforms": (5, "个", 2025, "cumulative"),
    "wujiang-benchmark-enterprises": (30, "家", 2025, "cumulative"),
}


def builtin() -> Registry:
    return registry.load(registry.RegistryLocation(None, "built-in"))


def test_shipped_registry_holds_every_goal_of_the_article() -> None:
    goals = builtin()
    assert set(goals.targets) == set(GOALS)
    for key, (target, unit, deadline, kind) in GOALS.items():
        item = goals.targets[key]
        assert (item.target, item.unit, item.deadline, item.kind) == (target, unit, deadline, kind)
        assert item.name and item.name_en and item.source.quote
    ic = goals.targets["ic-scale"]
    assert ic.baseline is not None
    assert (ic.baseline.value, ic.baseline.period, ic.baseline.qualifier) == (1000, 2022, "over")


def test_shipped_registry_holds_the_context_figures() -> None:
    indicators = builtin().indicators
    values = {key: (item.value, item.unit) for key, item in indicators.items()}
    assert values["industrial-output"] == (4.36, "万亿元")
    assert indicators["industrial-output"].growth is not None
    assert indicators["industrial-output"].growth.percent == 4.1
    expected = {1374, 2435, 46, 73, 2, 200, 100, 16, 592, 37, 6.2, 1000}
    assert expected <= {value for value, _ in values.values()}
    assert indicators["ip-pledge-financing"].qualifier == "over"


def test_open_points_of_the_article_are_recorded_as_visible_assumptions() -> None:
    goals = builtin()
    for key in ("wujiang-iiot-base", "kunshan-new-rd-institutions", "kunshan-public-platforms"):
        assert goals.targets[key].assumptions, key


def test_shipped_copy_is_identical_to_the_repository_registry() -> None:
    assert registry.builtin_text() == (REPO / "targets.toml").read_text("utf-8")


def test_every_quote_occurs_in_the_article(cli: CliRunner) -> None:
    assert ARTICLE.exists(), "the article must be at ../shared/sources/ beside the repository"
    result = cli("check", "--quotes", str(ARTICLE))
    assert result.code == 0, result.err
    assert "14 targets, 13 indicators" in result.out


def test_check_reports_a_quote_missing_from_the_source(cli: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    source.write_text("力争全 市 集 成 电 路\n产业规模达 2000 亿元", "utf-8")
    result = cli("check", "--quotes", str(source), "--json")
    assert result.code == 1
    assert '"ok": false' in result.out
    assert "ic-scale" not in result.out  # found, whitespace ignored
    assert "ic-talents.source.quote" in result.out


def test_registry_resolution_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert registry.locate(None).path is None
    (tmp_path / "targets.toml").write_text("", "utf-8")
    assert registry.locate(None).origin == "working directory"
    monkeypatch.setenv("CLUSTER_CLI_REGISTRY", "env.toml")
    assert registry.locate(None).path == Path("env.toml")
    assert registry.locate(Path("opt.toml")).path == Path("opt.toml")


def test_a_missing_registry_named_by_the_environment_says_so(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Named by no option the user typed, the file's name alone left them guessing."""
    monkeypatch.setenv("CLUSTER_CLI_REGISTRY", "nonexist.toml")
    for command in ("status", "check"):
        result = cli(command)
        assert result.code == 3
        assert result.err == (
            "cluster-cli: error: nonexist.toml: no such file "
            "(the name comes from $CLUSTER_CLI_REGISTRY)\n"
        )
    assert cli("status", "-r", "nonexist.toml").err.endswith("nonexist.toml: no such file\n")


def test_status_in_an_empty_folder_lists_all_goals(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    result = cli("status", "--lang", "en")
    assert result.code == 0, result.err
    for key in GOALS:
        assert f" {key} " in result.out


def test_init_writes_a_commented_registry_and_refuses_to_overwrite(
    cli: CliRunner, tmp_path: Path
) -> None:
    result = cli("init", "mine")
    assert result.code == 0, result.err
    written = (tmp_path / "mine" / "targets.toml").read_text("utf-8")
    assert written.startswith("# cluster-cli 目标登记表")  # Chinese first
    assert "# cluster-cli registry" in written
    before = written
    again = cli("init", "mine")
    assert again.code != 0
    assert "already exists" in again.err
    assert (tmp_path / "mine" / "targets.toml").read_text("utf-8") == before
    assert cli("check", "--registry", "mine/targets.toml").code == 0


# ------------------------------------------------------------------------------- bad input


# The line of the shipped registry's first `target = 2000`, where a syntax error is made.
TARGET_LINE = (REPO / "targets.toml").read_text("utf-8").split("target = 2000\n")[0].count("\n") + 1


def shipped(replace: tuple[str, str] | None = None, append: str = "") -> str:
    text = (REPO / "targets.toml").read_text("utf-8")
    if replace is not None:
        old, new = replace
        assert old in text, old
        text = text.replace(old, new, 1)
    return text + append


IC_BLOCK = "[targets.ic-scale]\n"
BAD_REGISTRIES = {
    "toml syntax": (
        shipped(("target = 2000\n", "target = = 2000\n")),
        f"invalid TOML: Invalid value (at line {TARGET_LINE}, column 10)",
    ),
    "wrong type": (shipped(("target = 600\n", 'target = "600"\n')), "targets.ic-talents.target"),
    "unknown key": (
        shipped(
            (
                "deadline = 2025\nbaseline = { value = 1000",
                "dedline = 2025\nbaseline = { value = 1000",
            )
        ),
        "targets.ic-scale.dedline: unknown key",
    ),
    "missing key": (
        shipped(('name_en = "IC core-technology projects"\n', "")),
        "targets.ic-core-projects.name_en: required key is missing",
    ),
    "duplicate id": (shipped(append="\n" + IC_BLOCK + 'name = "again"\n'), "line"),
    "duplicate id across tables": (
        shipped(
            append='\n[indicators.ic-scale]\nname = "x"\nname_en = "x"\ncluster = "ic"\n'
            'region = "suzhou"\nunit = "亿元"\nvalue = 1\nperiod = 2022\n'
            'source = { document = "jjrb-2023", quote = "x" }\n'
        ),
        "both as a target and an indicator: ic-scale",
    ),
    "nan": (shipped(("target = 2000\n", "target = nan\n")), "targets.ic-scale.target"),
    "infinity": (shipped(("target = 600\n", "target = inf\n")), "targets.ic-talents.target"),
    "target equals baseline": (
        shipped(("target = 2000\n", "target = 1000\n")),
        "targets.ic-scale: target 1000 equals the baseline",
    ),
    "deadline before baseline": (
        shipped(
            (
                "start = 2023\ndeadline = 2025\nbaseline = { value = 1000",
                "start = 2020\ndeadline = 2021\nbaseline = { value = 1000",
            )
        ),
        "deadline 2021 is not after the baseline period 2022",
    ),
    # The plan's own first-year figures would be set aside as "before the baseline".
    "baseline after the start": (
        shipped(
            ("baseline = { value = 1000, period = 2022", "baseline = { value = 1000, period = 2024")
        ),
        "targets.ic-scale: baseline period 2024 is after the plan start 2023, so the plan's "
        "figures before 2024 would not count; set baseline.period to 2022 (the year before the "
        "start) or 2023, or correct start",
    ),
    "unknown unit": (shipped(('unit = "名"\n', 'unit = "倍"\n')), "unknown unit '倍'"),
    "unknown cluster": (shipped(('cluster = "ic"\n', 'cluster = "icc"\n')), "no cluster 'icc'"),
    "bad id": (shipped(("[targets.ic-talents]", "[targets.IC_Talents]")), "IC_Talents"),
    "negative count": (shipped(("target = 600\n", "target = -600\n")), "negative"),
    # Finite, but past any real figure: reports write every digit, and would have to print 51.
    "absurd target": (shipped(("target = 600\n", "target = 1e50\n")), "targets.ic-talents.target"),
    "absurd baseline": (
        shipped(("baseline = { value = 1000", "baseline = { value = 1e300")),
        "targets.ic-scale.baseline.value",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_REGISTRIES))
def test_bad_registry_gives_one_clear_message(cli: CliRunner, tmp_path: Path, case: str) -> None:
    text, expected = BAD_REGISTRIES[case]
    path = tmp_path / "targets.toml"
    path.write_text(text, "utf-8")
    before = path.read_bytes()
    result = cli("status")
    assert result.code == 3, (case, result.err)
    assert result.out == ""
    assert "targets.toml" in result.err
    assert expected in result.err, result.err
    assert "Traceback" not in result.err
    assert path.read_bytes() == before
    checked = cli("check")
    assert checked.code == 1 and expected in checked.err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \n# only a comment\n", "is empty"),
        (b'title = "\xff\xfe"\n', "not valid UTF-8 (byte 10, line 1)"),
    ],
)
def test_unusable_files(cli: CliRunner, tmp_path: Path, content: bytes, expected: str) -> None:
    (tmp_path / "targets.toml").write_bytes(content)
    result = cli("status")
    assert result.code == 3
    assert expected in result.err
    assert "Traceback" not in result.err


def test_missing_directory_and_unreadable_registries(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = cli("status", "--registry", "nowhere.toml")
    assert missing.code == 3 and "nowhere.toml: no such file" in missing.err
    (tmp_path / "adir").mkdir()
    directory = cli("status", "--registry", "adir")
    assert directory.code == 3 and "is a directory" in directory.err
    locked = tmp_path / "locked.toml"
    locked.write_text(shipped(), "utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root reads anything: simulate the OS refusal
            real_open = os.open

            def refuse(path: object, *args: int) -> int:
                if str(path) == str(locked):
                    raise PermissionError(13, "Permission denied")
                return real_open(path, *args)  # type: ignore[arg-type]

            monkeypatch.setattr(os, "open", refuse)
            with pytest.raises(InputFileError, match="permission denied"):
                registry.read_text(locked)
            monkeypatch.undo()
        else:
            result = cli("status", "--registry", str(locked))
            assert result.code == 3 and "permission denied" in result.err
    finally:
        locked.chmod(0o644)


def test_debug_shows_the_traceback(cli: CliRunner) -> None:
    result = cli("status", "--registry", "nowhere.toml", "--debug")
    assert result.code == 3 and "Traceback" in result.err and "InputFileError" in result.err


TOML_11 = [
    ('qualifier = "over" }', 'qualifier = "over", }'),
    ("baseline = { value = 1000, ", "baseline = { value = 1000,\n "),
    ('name_en = "', 'name_en = "\\e'),
    ('name_en = "', 'name_en = "\\x41'),
    ("start = 2023", "start = 2023\nchecked = 07:32"),
]


@pytest.mark.parametrize(("old", "new"), TOML_11)
@pytest.mark.parametrize("padding", [0, 100_000])
def test_toml_1_1_syntax_is_refused_at_every_size(
    cli: CliRunner, registry_text: str, old: str, new: str, padding: int
) -> None:
    """rtoml (used for large registries) reads TOML 1.1; tomllib and TOML 1.0 tools do not."""
    assert old in registry_text
    text = "# padding\n" * (padding // 10) + registry_text.replace(old, new, 1)
    Path("targets.toml").write_text(text, "utf-8")
    first = text[: text.index(new)].count("\n") + 1
    places = [f"(at line {first + n}, column" for n in range(new.count("\n") + 1)]
    with pytest.raises(InputFileError) as caught:
        registry.load(registry.RegistryLocation(Path("targets.toml"), "option"))
    message = str(caught.value)
    assert "invalid TOML" in message and any(place in message for place in places), message
    checked = cli("check")
    assert checked.code == 1 and "invalid TOML" in checked.out + checked.err


def test_a_large_registry_is_read_as_the_small_one(registry_text: str) -> None:
    text = "# padding\n" * 10_000 + registry_text
    assert len(text) >= toml_module.TOMLLIB_BELOW
    import tomllib

    assert toml_module.parse_toml(text, "x") == tomllib.loads(registry_text)


def test_a_large_registry_is_read_by_rtoml(
    registry_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomllib

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("tomllib read a large registry with no TOML 1.1 syntax")

    monkeypatch.setattr(tomllib, "loads", refuse)
    text = "# padding\n" * 10_000 + registry_text
    assert toml_module.parse_toml(text, "x")["targets"]["ic-scale"]["target"] == 2000


SOURCE = 'source = { document = "jjrb-2023", quote = "力争全市集成电路产业规模达2000亿元" }'
# Inline tables that do not close on their line though a `}` shows on it, in a string, in an
# inner table, after a comment: TOML 1.1, which rtoml reads and tomllib refuses.
SPLIT_TABLES = [
    'source = { quote = "q}",\ndocument = "jjrb-2023" }',
    "source = { quote = 'q}',\ndocument = \"jjrb-2023\" }",
    'source = { quote = "q\\"}",\ndocument = "jjrb-2023" }',  # an escaped quote
    'source = { page = { n = 1 }, quote = "q",\ndocument = "jjrb-2023" }',
    'source = { quote = "q", # }\ndocument = "jjrb-2023" }',
    'source = { quote = """ " }\n""",\ndocument = "jjrb-2023" }',  # not a string of one line
]


@pytest.mark.parametrize("table", SPLIT_TABLES)
def test_an_inline_table_over_two_lines_is_refused_in_a_large_registry_too(
    cli: CliRunner, registry_text: str, table: str
) -> None:
    """A large registry is read by rtoml only when a search finds no TOML 1.1 syntax: a `}`
    on the line of a table that does not close there must not pass for its end."""
    small = registry_text.replace(SOURCE, table, 1)
    assert small != registry_text
    padding = 10_000
    large = "# padding\n" * padding + small
    assert len(large) >= toml_module.TOMLLIB_BELOW
    messages = []
    for text in (small, large):
        with pytest.raises(InputFileError) as caught:
            toml_module.parse_toml(text, "targets.toml")
        messages.append(str(caught.value))
    line = int(messages[0].split("(at line ")[1].split(",")[0])
    assert messages[1] == messages[0].replace(f"line {line},", f"line {line + padding},")
    Path("targets.toml").write_text(large, "utf-8")
    checked = cli("check")
    assert checked.code == 1 and messages[1] in checked.out + checked.err, checked


def test_braces_in_strings_of_one_line_leave_a_large_registry_to_rtoml(
    registry_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search is exact, not timid: strings holding braces, empty strings and tables in
    tables, all closed on their line, are TOML 1.0, and rtoml's speed is kept."""
    import tomllib

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("tomllib read a large registry with no TOML 1.1 syntax")

    table = (
        'source = { document = "jjrb-2023", quote = "}{ \\"}\\" {}", page = { n = { m = 1 } }'
        ", note = '}', empty = \"\" }"
    )
    text = "# padding\n" * 10_000 + registry_text.replace(SOURCE, table, 1)
    monkeypatch.setattr(tomllib, "loads", refuse)
    source = toml_module.parse_toml(text, "x")["targets"]["ic-scale"]["source"]
    assert source["quote"] == '}{ "}" {}' and source["page"] == {"n": {"m": 1}}


def test_several_cross_reference_problems_are_all_in_chinese(
    cli: CliRunner, tmp_path: Path
) -> None:
    text = shipped().replace('cluster = "ic"\n', 'cluster = "zz"\n', 2)
    path = tmp_path / "targets.toml"
    path.write_text(text, "utf-8")
    result = cli("check", "--registry", str(path), "--lang", "zh")
    assert result.code == 1
    assert result.err.count("没有集群 'zz'") == 2 and "no cluster" not in result.err, result.err


@pytest.mark.parametrize(
    ("document", "line"),
    [
        ('a = 1\nb = "never closed', 2),
        ("a = 1\nb = '''\nlong\n", 2),
        ('a = """one\n\\"""\nstill open', 1),  # an escaped quote does not close it
        ("a = [\n 1,\n 2\n", 1),
        ("t = { x = 1,\n y = 2 }\n", 1),  # an inline table ends on its line
        ('a = "closed" # "not a string\n[t]\nb = [1, 2]\n', None),
        ("[[t]]\na = 'x'\n", None),
        ('a = """x""""\nb = [\n 1,\n', 2),  # four quotes: x" closes, the array is open
        ("a = '''x''''\nb = [\n", 2),
        ('m = { tags = [\n "a",\n "b"] }\nb = [\n', 4),  # an array in a table may span lines
    ],
)
def test_the_line_where_what_is_left_open_begins(document: str, line: int | None) -> None:
    assert unclosed_line(document) == line


def test_an_error_at_the_end_of_a_file_names_where_it_began(cli: CliRunner, tmp_path: Path) -> None:
    """tomllib says "Unterminated string (at end of document)": the line is what a reader
    needs, in the registry and in a ledger read whole."""
    registry = tmp_path / "targets.toml"
    registry.write_text(shipped() + 'extra = "never closed', "utf-8")
    result = cli("check", "--registry", str(registry))
    last = shipped().count("\n") + 1
    assert f"what is left open begins on line {last}" in result.err, result.err
    registry.write_text(shipped(), "utf-8")
    ledger_path = tmp_path / "actuals.toml"
    ledger_path.write_text(
        'version = 1\n[records.R1]\ntarget = "ic-scale"\nnote = """open\n', "utf-8"
    )
    read = cli("status", "--ledger", str(ledger_path))
    assert read.code == 3 and "begins on line 4" in read.err, read.err
    line = tmp_path / "line.toml"
    line.write_text('version = 1\n[records]\nR1 = { target = "ic-scale",\n  x = 1 }\n', "utf-8")
    one = cli("status", "--ledger", str(line))
    assert one.code == 3 and "line.toml: line 3: invalid TOML" in one.err, one.err
    assert "end of document" not in one.err


def test_a_baseline_in_the_start_year_stays_valid(cli: CliRunner, tmp_path: Path) -> None:
    """A plan measured from its first year's level (baseline.period = start) is no mistake."""
    text = shipped(
        ("baseline = { value = 1000, period = 2022", "baseline = { value = 1000, period = 2023")
    )
    (tmp_path / "targets.toml").write_text(text, "utf-8")
    checked = cli("check")
    assert checked.code == 0, checked.err
    recorded = cli("update", "ic-scale", "1300", "-p", "2024", "-s", "example")
    assert recorded.code == 0, recorded.err
    shown = cli("show", "ic-scale", "--json")
    assert shown.code == 0 and '"insufficient-data"' not in shown.out, shown.out

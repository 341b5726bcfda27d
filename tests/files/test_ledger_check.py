"""One line parser, one record check: a hand-edited line is refused the same way by every
command and at every size, with the file and the line, never as an internal error."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from cluster_cli.engine.models import Record
from cluster_cli.errors import ExitCode, InputFileError
from cluster_cli.files import ledger
from conftest import CliRunner, make_record, numbered_record

BAD_EDITS = [
    (r"value = [0-9.]+", "value = 1e400", "value must be a finite number"),
    (r"value = [0-9.]+", "value = -inf", "value must be a finite number"),
    # Finite but past any real figure: it read fine and then made every report fail.
    (r"value = [0-9.]+", "value = 1.7e308", "value is beyond ±1e15"),
    (r"value = [0-9.]+", "value = -2000000000000000.0", "value is beyond ±1e15"),
    (r'period = "\d+"', 'period = "2024-02-30"', "period '2024-02-30' is not a real date"),
    (r'period = "\d+"', 'period = "2023-02-29"', "period '2023-02-29' is not a real date"),
    (r'period = "\d+"', 'period = "2024-6-30"', "period '2024-6-30' is not YYYY or YYYY-MM-DD"),
    # A line break in a period is shown as the escape it is written as, not as a space
    # (the replacement is a re.sub template: its doubled backslash writes one).
    (r'period = "\d+"', r'period = "2023\\n"', r"period '2023\n' is not YYYY or YYYY-MM-DD"),
    (r'period = "\d+"', r'period = "2023\\u202e"', r"period '2023\u202e' is not YYYY"),
    ("T08:", "T25:", "recorded_at '2024-03-02T25:15:02.00"),
    ("2024-03-02T", "2023-02-29T", "recorded_at '2023-02-29T08:15:02.00"),
    ("2024-03-02T", "2024-13-01T", "recorded_at '2024-13-01T08:15:02.00"),
]


def record(i: int, target: str = "ic-talents") -> Record:
    return numbered_record(i, target, source="统计公报")


def write(path: Path, count: int, edit: Callable[[str], str], at: int) -> int:
    """A ledger of ``count`` records with line ``at`` (0-based record) edited; its line."""
    lines = [ledger.format_record(record(i)) for i in range(count)]
    lines[at] = edit(ledger.format_record(record(at, "ic-scale")))
    path.write_text(ledger.HEADER + "".join(lines), "utf-8")
    return ledger.HEADER.count("\n") + at + 1


@pytest.mark.parametrize(("old", "new", "expected"), BAD_EDITS)
@pytest.mark.parametrize("count", [3, 3000])
def test_every_reader_refuses_a_bad_line_with_its_place(
    tmp_path: Path, old: str, new: str, expected: str, count: int
) -> None:
    path = tmp_path / "actuals.toml"
    line = write(path, count, lambda s: re.sub(old, new, s, count=1), count // 2)
    with pytest.raises(InputFileError) as caught:
        ledger.load(path)
    message = str(caught.value)
    assert f"{path}: line {line}: " in message and expected in message, message
    if count > 1000:
        assert path.stat().st_size > 2 * ledger.EDGE_WINDOW


@pytest.mark.parametrize(("old", "new", "expected"), BAD_EDITS)
def test_commands_report_a_bad_line_and_never_fail_internally(
    cli: CliRunner, reg: Path, old: str, new: str, expected: str
) -> None:
    path = Path("actuals.toml")
    line = write(path, 3, lambda s: re.sub(old, new, s, count=1), 1)
    before = path.read_bytes()
    checked = cli("check")
    assert checked.code == ExitCode.PROBLEMS, checked.out + checked.err
    assert f"actuals.toml: line {line}: " in checked.out + checked.err
    for command in (
        ["status"],
        ["show", "ic-scale"],
        ["report", "--markdown"],
        ["log"],
        ["update", "ic-scale", "1300", "-p", "2023"],
    ):
        result = cli(*command)
        assert result.code == ExitCode.INPUT, (command, result.err)
        assert f"actuals.toml: line {line}: " in result.err and expected in result.err
        assert result.err.count("cluster-cli: error:") == 1 and "Traceback" not in result.err
    assert path.read_bytes() == before


def test_a_bad_line_of_the_goal_is_refused_by_update_on_a_large_ledger(
    cli: CliRunner, reg: Path
) -> None:
    path = Path("actuals.toml")
    line = write(path, 3000, lambda s: re.sub(r'"20\d\d"', '"2024-02-30"', s, count=1), 1500)
    result = cli("update", "ic-scale", "1300", "-p", "2023")
    assert result.code == ExitCode.INPUT
    assert f"line {line}: " in result.err and "not a real date" in result.err


def test_leap_days_are_real_dates(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    good = record(1)._replace(period="2024-02-29", recorded_at="2024-02-29T00:00:00.5Z")
    path.write_text(ledger.HEADER + ledger.format_record(good), "utf-8")
    assert ledger.load(path).records == [good]


# ------------------------------------------------ the same messages at every size (item 8)


def _ledger_lines(count: int) -> list[str]:
    return [ledger.format_record(record(i)) for i in range(count)]


@pytest.mark.parametrize("count", [3, 3000])
def test_a_merge_conflict_is_named_at_every_size(cli: CliRunner, reg: Path, count: int) -> None:
    lines = _ledger_lines(count)
    middle = count // 2
    lines[middle:middle] = ["<<<<<<< HEAD\n", lines[0].replace("R0", "X0"), "=======\n"]
    lines.append(">>>>>>> other\n")
    Path("actuals.toml").write_text(ledger.HEADER + "".join(lines), "utf-8")
    line = ledger.HEADER.count("\n") + middle + 1
    for command in (["status"], ["update", "ic-talents", "1", "-p", "2024"]):
        result = cli(*command)
        assert result.code == ExitCode.INPUT, result.err
        assert f"actuals.toml: line {line}: an unresolved git merge conflict" in result.err
        assert "delete the marker lines" in result.err


@pytest.mark.parametrize("count", [3, 3000])
def test_a_duplicate_id_names_both_lines_at_every_size(tmp_path: Path, count: int) -> None:
    path = tmp_path / "actuals.toml"
    lines = _ledger_lines(count)
    lines.append(lines[1])
    path.write_text(ledger.HEADER + "".join(lines), "utf-8")
    first = ledger.HEADER.count("\n") + 2
    with pytest.raises(InputFileError) as caught:
        ledger.load(path)
    message = str(caught.value)
    assert f"line {first + count - 1}: record R00000001 appears twice (also on line {first})" in (
        message
    )


@pytest.mark.parametrize("count", [3, 3000])
def test_a_ledger_without_its_records_line_says_so(tmp_path: Path, count: int) -> None:
    path = tmp_path / "actuals.toml"
    text = ledger.HEADER.replace("[records]\n", "") + "".join(_ledger_lines(count))
    path.write_text(text, "utf-8")
    with pytest.raises(InputFileError) as caught:
        ledger.load(path)
    message = str(caught.value)
    line = ledger.HEADER.count("\n")
    assert f"{path}: line {line}: " in message
    assert "add a line `[records]` above them" in message
    assert "unknown key" not in message and "R00000002" not in message


# ------------------------------------------------ the fast pattern never accepts more


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=400, deadline=None)
@given(
    year=st.integers(0, 9999),
    month=st.integers(0, 13),
    day=st.integers(0, 32),
    hour=st.integers(0, 25),
    value=st.floats() | st.floats(-1e20, 1e20) | st.none(),
)
def test_the_fast_pattern_accepts_only_what_the_check_accepts(
    year: int, month: int, day: int, hour: int, value: float | None
) -> None:
    from cluster_cli.files.ledger.lines import fast_line

    period = f"{year:04d}-{month:02d}-{day:02d}"
    record = make_record(
        value,
        period=period,
        recorded_at=f"{period}T{hour:02d}:00:00.5Z",
        retracts=None if value is not None else "A0",
        id="A1",
    )
    line = ledger.format_record(record).rstrip("\n")
    valid = ledger.record_problem(record) is None
    if fast_line().match(line) is not None:
        assert valid, line
    if valid:
        assert ledger.parse_line(Path("a.toml"), 1, line) == record
    else:
        with pytest.raises(InputFileError, match=r"a\.toml: line 1: record A1: "):
            ledger.parse_line(Path("a.toml"), 1, line)


def test_check_warns_of_a_figure_far_from_the_registrys_after_a_unit_edit(
    cli: CliRunner, reg: Path
) -> None:
    """An indicator's unit changed from 万亿元 to 亿元 without its figures: growth of 2,139.9% was
    shown and `check` said nothing. It warns (exit 0), naming the record, its goal and period."""
    assert cli("update", "industrial-output", "4.69万亿元", "-p", "2024").code == 0
    assert cli("check").err == ""
    text = reg.read_text("utf-8")
    start = text.index("[indicators.industrial-output]")
    edited = text[start:].replace('unit = "万亿元"', 'unit = "亿元"', 1)
    reg.write_text(text[:start] + edited, "utf-8")
    result = cli("check")
    assert result.code == 0, result.err
    assert re.search(
        r"warning: actuals\.toml: record \w+ \(industrial-output 2024\): this figure is [\d,]+ "
        r"times the registry's figure or more",
        result.err,
    ), result.err

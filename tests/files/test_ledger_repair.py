"""Ledgers in awkward states: empty, a header without `[records]`, not a ledger at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluster_cli.errors import ExitCode, InputFileError
from cluster_cli.files import ledger
from conftest import CliRunner, make_record


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_empty_file_gets_the_header_then_the_record(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "actuals.toml"
    path.write_bytes(content)
    record = make_record()
    result = ledger.append(path, [record])
    assert result.header_written and not result.created
    assert path.read_text("utf-8") == ledger.HEADER + ledger.format_record(record)
    assert ledger.load(path).records == [record]


def test_header_without_records_table_keeps_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    path.write_bytes(b"# figures for the 2024 review\nversion = 1")
    records = [make_record(), make_record(1300.0)]
    assert ledger.append(path, records).header_written
    text = path.read_text("utf-8")
    assert text.startswith("# figures for the 2024 review\nversion = 1\n")
    assert ledger.load(path).records == records


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (b"title = 'my notes'\n", 1),
        (
            b"# old\n\n" + ledger.format_record(make_record()).encode(),
            3,
        ),  # written outside [records]
        (b"[records.A1]\ntarget = 'ic-scale'\n", 1),
    ],
)
def test_a_file_that_is_not_a_ledger_is_refused_unchanged(
    tmp_path: Path, content: bytes, line: int
) -> None:
    path = tmp_path / "actuals.toml"
    path.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        ledger.append(path, [make_record()])
    message = str(caught.value)
    assert str(path) in message and f"line {line}" in message and "[records]" in message
    assert "nothing was changed" in message
    assert path.read_bytes() == content


def test_update_on_an_empty_ledger_works_and_log_reads_it(cli: CliRunner, reg: Path) -> None:
    Path("actuals.toml").write_bytes(b"")
    result = cli("update", "ic-scale", "1250", "-p", "2023")
    assert result.code == 0, result.err
    assert "header" in result.err
    assert cli("update", "ic-scale", "1260", "-p", "2023").code == 0
    logged = cli("log")
    assert logged.code == 0, logged.err
    assert len(logged.out.splitlines()) == 2


def test_update_refuses_a_file_that_is_not_a_ledger(cli: CliRunner, reg: Path) -> None:
    Path("actuals.toml").write_text("# mine\nanswer = 42\n", "utf-8")
    result = cli("update", "ic-scale", "1250", "-p", "2023")
    assert result.code == ExitCode.INPUT
    assert result.err.count("cluster-cli: error:") == 1 and "Traceback" not in result.err
    assert "actuals.toml" in result.err
    assert Path("actuals.toml").read_text("utf-8") == "# mine\nanswer = 42\n"


def test_header_is_written_through_a_link_and_keeps_permissions(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "actuals.toml"
    real.parent.mkdir()
    real.write_bytes(b"")
    real.chmod(0o640)
    link = tmp_path / "actuals.toml"
    link.symlink_to(real)
    (real.parent / ".actuals.toml.x1.ledger-tmp").write_bytes(b"left by a killed import")
    record = make_record()
    ledger.append(link, [record])
    assert link.is_symlink() and ledger.load(real).records == [record]
    assert real.stat().st_mode & 0o777 == 0o640
    # the lock is beside the real file: every name of the ledger takes the same lock
    assert sorted(p.name for p in real.parent.iterdir()) == ["actuals.toml", "actuals.toml.lock"]

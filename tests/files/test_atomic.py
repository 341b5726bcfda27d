"""Files written like every other tool's: the umask honoured, modes kept, links written
through, devices and pipes written to directly."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cluster_cli.commands.cli import run
from cluster_cli.files import ledger
from cluster_cli.files.atomic import replace_atomically, write_atomically
from conftest import make_record


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_files_honour_the_umask(tmp_path: Path, umask_022: None) -> None:
    write_atomically(tmp_path / "report.md", b"# report\n")
    assert mode(tmp_path / "report.md") == 0o644
    assert run(["init", str(tmp_path / "project")]) == 0
    assert mode(tmp_path / "project" / "targets.toml") == 0o644
    ledger.append(tmp_path / "actuals.toml", [make_record()])
    assert mode(tmp_path / "actuals.toml") == 0o644
    os.umask(0o077)
    write_atomically(tmp_path / "private.md", b"x")
    assert mode(tmp_path / "private.md") == 0o600


def test_a_replaced_file_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    report = tmp_path / "report.md"
    report.write_bytes(b"old")
    report.chmod(0o664)
    write_atomically(report, b"new")
    assert report.read_bytes() == b"new" and mode(report) == 0o664
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make_record()])
    path.chmod(0o640)
    ledger.append(path, [make_record(1.0), make_record(2.0)])  # import: copy and replace
    assert mode(path) == 0o640 and len(ledger.load(path).records) == 3


def test_a_report_is_written_through_a_symbolic_link(reg: Path, tmp_path: Path) -> None:
    target = tmp_path / "reports" / "latest.md"
    target.parent.mkdir()
    target.write_text("old", "utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert run(["report", "--markdown", "-o", str(link), "--force"]) == 0  # "old": no report
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text("utf-8").startswith("#")


def test_a_report_to_a_device_writes_to_it(reg: Path, tmp_path: Path) -> None:
    null = tmp_path / "null"
    null.symlink_to(os.devnull)
    assert run(["report", "--markdown", "-o", str(null)]) == 0
    assert null.is_symlink() and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_report_to_a_pipe_writes_into_it(reg: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert run(["report", "--json", "-o", str(fifo)]) == 0
    reader.join(timeout=20)
    assert not reader.is_alive()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received and received[0].lstrip().startswith(b"{")


def test_a_replaced_file_keeps_its_owner_where_that_can_be_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root importing into another user's ledger leaves it theirs (the copy renamed over it
    would be root's); the owner is set on the copy before it replaces the file."""
    path = tmp_path / "report.md"
    path.write_bytes(b"old")
    owner = os.stat(path)
    given: list[tuple[int, int]] = []
    monkeypatch.setattr(os, "geteuid", lambda: owner.st_uid + 1)  # as if another user wrote
    monkeypatch.setattr(os, "fchown", lambda fd, uid, gid: given.append((uid, gid)))
    write_atomically(path, b"new")
    assert given == [(owner.st_uid, owner.st_gid)] and path.read_bytes() == b"new"


def test_a_folder_that_exists_but_takes_no_file_is_not_called_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reg: Path
) -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("needs /proc, a folder where no file can be created")
    assert run(["report", "-o", "/proc/report.md"]) == 6
    err = capsys.readouterr().err
    assert "no file can be created in /proc" in err and "does not exist" not in err


def test_an_interrupted_replacement_leaves_nothing_behind(tmp_path: Path) -> None:
    """Ctrl-C while the new content is written: the file as it was, and no temporary file."""
    target = tmp_path / "actuals.toml"
    target.write_bytes(b"old\n")

    def interrupted(fd: int) -> None:
        os.write(fd, b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        replace_atomically(target, interrupted, suffix=".ledger-tmp")
    assert target.read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actuals.toml"]

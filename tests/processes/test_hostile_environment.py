"""Odd environments, as real processes: closed standard input, a full disk behind the output,
arguments that are not UTF-8, folders and files the user may not use. One clear message, the
documented exit code, no traceback."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

pytestmark = pytest.mark.slow
CLI = [sys.executable, "-m", "cluster_cli"]
# Root reads and writes everything: without these two capabilities its file permissions apply
# to it as to any user.
AS_A_PLAIN_USER = (
    ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
)


def run(
    args: list[str], cwd: Path, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    command = [*(prefix or []), *CLI, *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, timeout=60)


def one_error_line(done: subprocess.CompletedProcess[bytes]) -> str:
    err = done.stderr.decode("utf-8")
    assert "Traceback" not in err and "internal error" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cluster-cli: error: "), err
    return lines[0]


def test_undo_with_standard_input_closed(tmp_path: Path) -> None:
    (tmp_path / "targets.toml").write_bytes((REPO / "targets.toml").read_bytes())
    assert run(["update", "ic-talents", "10", "-p", "2023"], tmp_path).returncode == 0
    before = (tmp_path / "actuals.toml").read_bytes()
    done = subprocess.run(
        f"{sys.executable} -m cluster_cli undo <&-", shell=True, cwd=tmp_path, capture_output=True
    )
    assert done.returncode == 2
    assert "stdin is not a terminal; run again with --yes" in one_error_line(done)
    assert (tmp_path / "actuals.toml").read_bytes() == before


def test_init_under_a_file(tmp_path: Path) -> None:
    (tmp_path / "targets.toml").write_text("x", "utf-8")
    done = run(["init", "targets.toml/sub"], tmp_path)
    assert done.returncode == 6
    assert "targets.toml/sub: the folder could not be made (Not a directory)" in one_error_line(
        done
    )
    assert (tmp_path / "targets.toml").read_text("utf-8") == "x"


def test_init_in_a_folder_the_user_may_not_write(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    done = run(["init", "locked"], tmp_path, AS_A_PLAIN_USER)
    assert done.returncode == 6
    assert "Permission denied" in one_error_line(done)
    assert list(locked.iterdir()) == []


def test_a_file_the_user_may_not_read(tmp_path: Path) -> None:
    registry = tmp_path / "targets.toml"
    registry.write_bytes((REPO / "targets.toml").read_bytes())
    registry.chmod(0o000)
    for args in (["status"], ["status", "--registry", "targets.toml"], ["check"]):
        done = run(args, tmp_path, AS_A_PLAIN_USER)
        assert done.returncode == 3, done.stderr  # `check` too: it cannot read what to check
        assert one_error_line(done) == (
            "cluster-cli: error: targets.toml: permission denied: the file cannot be read"
        )


def test_output_to_a_full_disk(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*CLI, "status"], cwd=tmp_path, stdout=full, stderr=subprocess.PIPE, timeout=60
        )
    assert done.returncode == 6
    assert done.stderr.decode() == (
        "cluster-cli: error: the output could not be written: No space left on device\n"
    )


def test_an_argument_in_gbk_bytes(tmp_path: Path) -> None:
    (tmp_path / "targets.toml").write_bytes((REPO / "targets.toml").read_bytes())
    source = "苏州统计".encode("gbk")
    done = subprocess.run(
        [
            *(os.fsencode(a) for a in CLI),
            b"update",
            b"ic-talents",
            b"10",
            b"-p",
            b"2023",
            b"--source",
            source,
        ],
        cwd=tmp_path,
        capture_output=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert done.returncode == 2
    assert "\\xcb\\xd5\\xd6\\xdd" in one_error_line(done)
    assert not (tmp_path / "actuals.toml").exists()


def test_report_writes_through_a_link_and_into_a_device(tmp_path: Path) -> None:
    (tmp_path / "targets.toml").write_bytes((REPO / "targets.toml").read_bytes())
    target = tmp_path / "kept" / "report.md"
    target.parent.mkdir()
    target.write_text("# Goal progress report\n\nlast week's\n", "utf-8")  # a report, replaced
    (tmp_path / "link.md").symlink_to(target)
    done = run(["report", "-o", "link.md"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "link.md").is_symlink()
    assert target.read_text("utf-8").startswith("# ") and "last week" not in target.read_text()
    device = tmp_path / "null"
    if os.geteuid() == 0:  # a character device of our own, as `-o null` found it
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    else:
        device.symlink_to(os.devnull)
    done = run(["report", "--markdown", "-o", "null"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept", "link.md", "null", "targets.toml"]


def _ledger_values(cwd: Path) -> list[float | None]:
    from cluster_cli.files import ledger

    return [r.value for r in ledger.load(cwd / "actuals.toml").records]


def test_a_reader_gone_before_the_output_is_no_error(tmp_path: Path) -> None:
    """`update … | head -c1` with head gone first: the figure is recorded, and exit 0, as for
    every closed pipe (Click's own handling exited 1, "check found problems")."""
    (tmp_path / "targets.toml").write_text((REPO / "targets.toml").read_text("utf-8"), "utf-8")
    process = subprocess.Popen(
        [*CLI, "update", "ic-scale", "1250", "-p", "2023"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before a byte is written
    assert process.wait(timeout=60) == 0
    err = process.stderr.read().decode("utf-8")
    assert "error" not in err and "Traceback" not in err, err  # "created the ledger" only
    assert _ledger_values(tmp_path) == [1250.0]


def _closed_output(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    command = " ".join([*CLI, *args]) + " >&-"  # started without a standard output
    return subprocess.run(["sh", "-c", command], cwd=cwd, capture_output=True, timeout=60)


@pytest.mark.parametrize(
    "args", [["status"], ["status", "--json"], ["report", "--markdown"], ["log"], ["--help"]]
)
def test_a_closed_standard_output_is_an_output_error(tmp_path: Path, args: list[str]) -> None:
    """As coreutils do (`ls >&-`): what could not be shown is said, exit 6, not an internal
    error (the JSON and the report wrote to no file at all) nor a silent loss."""
    done = _closed_output(args, tmp_path)
    assert done.returncode == 6, done.stderr
    assert one_error_line(done) == (
        "cluster-cli: error: the output could not be written: Bad file descriptor"
    )


def test_a_figure_is_recorded_though_its_confirmation_cannot_be_shown(tmp_path: Path) -> None:
    (tmp_path / "targets.toml").write_text((REPO / "targets.toml").read_text("utf-8"), "utf-8")
    done = _closed_output(["update", "ic-scale", "1250", "-p", "2023"], tmp_path)
    assert done.returncode == 6 and b"Traceback" not in done.stderr, done.stderr
    last = done.stderr.decode("utf-8").splitlines()[-1]  # after "created the ledger"
    assert last == (  # a script must not record (or undo) it a second time
        "cluster-cli: error: the output could not be written: Bad file descriptor; the "
        "command's changes to the files were saved all the same: there is no need to run it again"
    )
    assert _ledger_values(tmp_path) == [1250.0]  # as with > /dev/full: recorded, then said
    done = _closed_output(["update", "ic-scale", "1300", "-p", "2024", "--lang", "zh"], tmp_path)
    assert done.stderr.decode("utf-8").strip() == (
        "cluster-cli：错误：输出无法写出：文件描述符无效；但命令对文件的更改已经保存，无需再次运行"
    )


def test_extract_into_a_reader_gone_early_is_no_error(tmp_path: Path) -> None:
    """`extract FILE | head -n1`: Rich's own handling of the closed pipe exited 1 ("check found
    problems") without a word."""
    (tmp_path / "plan.txt").write_text("到2027年，新增企业20家。\n" * 300, "utf-8")
    process = subprocess.Popen(
        [*CLI, "extract", "plan.txt"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # the reader has what it wanted
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""


def test_extract_into_with_standard_input_closed_asks_for_yes(tmp_path: Path) -> None:
    (tmp_path / "targets.toml").write_bytes((REPO / "targets.toml").read_bytes())
    (tmp_path / "plan.txt").write_text("到2027年，新增企业20家。\n", "utf-8")
    before = (tmp_path / "targets.toml").read_bytes()
    command = " ".join([*CLI, "extract", "plan.txt", "--into", "targets.toml"]) + " <&-"
    done = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, timeout=60)
    assert done.returncode == 2 and b"--yes" in done.stderr, done.stderr
    assert b"Traceback" not in done.stderr and b"internal error" not in done.stderr
    assert (tmp_path / "targets.toml").read_bytes() == before

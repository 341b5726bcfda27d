"""The ledger module: format, loading, torn tails, appending, locking, failure injection."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cluster_cli.engine.models import Record
from cluster_cli.errors import InputFileError, LockTimeoutError, WriteError
from cluster_cli.files import ledger
from cluster_cli.files.ledger import ids as ids_module
from cluster_cli.files.registry import RegistryLocation
from conftest import CliRunner, make_record

FIRST = ledger.HEADER.count("\n") + 1  # the line of a new ledger's first record


def make(target: str = "ic-scale", value: float | None = 1250.0, **kw: str) -> Record:
    return make_record(
        value,
        goal_id=target,
        unit=kw.get("unit", "亿元"),
        period=kw.get("period", "2023"),
        recorded_at=kw.get("recorded_at"),
        source=kw.get("source", ""),
        note=kw.get("note", ""),
        retracts=kw.get("retracts"),
        id=kw.get("id"),
    )


def test_ids_are_26_chars_unique_and_time_ordered(monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [ledger.new_id() for _ in range(2000)]
    assert all(len(i) == 26 for i in ids)
    assert len(set(ids)) == 2000
    assert ids == sorted(ids)
    # An id of 2033 would make every later id of this process one of 2033, one step apart:
    # the last id made is put back when the test ends.
    monkeypatch.setattr(ids_module, "_last_id", ids_module._last_id)
    assert ledger.new_id(now_ms=10**12) < ledger.new_id(now_ms=2 * 10**12)


def test_timestamp_is_utc_with_microseconds() -> None:
    stamp = ledger.timestamp()
    assert stamp.endswith("Z") and len(stamp) == len("2024-06-30T08:15:02.123456Z")


def test_round_trip_with_awkward_text(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    records = [
        make(source='统计局 "年报"', note="line one\nline two \\ } ="),
        make("ic-talents", 150.0, unit="名", period="2024-06-30"),
    ]
    records.append(make(value=None, retracts=records[0].id))
    result = ledger.append(path, records)
    assert result.created
    loaded = ledger.load(path)
    assert loaded.records == records
    assert loaded.warnings == []
    text = path.read_text("utf-8")
    assert text.startswith(ledger.HEADER) and ledger.HEADER.startswith("# cluster-cli 台账")
    assert text.count("\n") == ledger.HEADER.count("\n") + 3  # one line per record


def test_missing_file_is_an_empty_ledger(tmp_path: Path) -> None:
    loaded = ledger.load(tmp_path / "nope.toml")
    assert loaded.records == [] and loaded.warnings == []


def test_torn_tail_is_a_warning_and_the_next_append_removes_it(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    first = make()
    ledger.append(path, [first])
    whole = path.read_bytes()
    line = ledger.format_record(make(value=99.0)).encode()
    for cut in (1, 10, len(line) // 2, len(line) - 3, len(line) - 2):
        path.write_bytes(whole + line[:cut])
        loaded = ledger.load(path)
        assert loaded.records == [first], cut
        assert loaded.torn_tail
        assert f"line {FIRST + 1}" in loaded.warnings[0] and str(path) in loaded.warnings[0]
    second = make(value=7.0)
    result = ledger.append(path, [second])
    assert "unfinished record" in result.warnings[0]
    assert path.read_bytes() == whole + ledger.format_record(second).encode()
    assert ledger.load(path).records == [first, second]


def test_complete_last_line_without_newline_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    first = make()
    ledger.append(path, [first])
    path.write_bytes(path.read_bytes().rstrip(b"\n"))
    assert ledger.load(path).records == [first]
    second = make(value=2.0)
    ledger.append(path, [second])
    assert ledger.load(path).records == [first, second]


def test_invalid_toml_mid_file_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make(), make()])
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines[FIRST - 1] = lines[FIRST - 1].replace("value = 1250.0", "value = 12 50")
    path.write_text("".join(lines), "utf-8")
    with pytest.raises(InputFileError) as caught:
        ledger.load(path)
    message = str(caught.value)
    assert str(path) in message and f"line {FIRST}" in message and "column" in message


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda s: s.replace('target = "ic-scale", ', "", 1), "'target' is missing"),
        (lambda s: s.replace('period = "2023"', "period = 2023", 1), "period must be a string"),
        (lambda s: s.replace("value = 1250.0", 'value = "x"', 1), "value must be a number"),
        (lambda s: s.replace('period = "2023"', 'period = "23"', 1), "is not YYYY"),
        (lambda s: s.replace(", unit", ", colour = 1, unit", 1), "unknown key"),
    ],
)
def test_ill_typed_record_names_its_line(tmp_path: Path, edit: object, expected: str) -> None:
    path = tmp_path / "actuals.toml"
    first = make()
    ledger.append(path, [first, make()])
    assert callable(edit)
    path.write_text(edit(path.read_text("utf-8")), "utf-8")
    with pytest.raises(InputFileError) as caught:
        ledger.load(path)
    assert expected in str(caught.value)
    assert f"line {FIRST}" in str(caught.value) and first.id in str(caught.value)


def test_hand_written_toml_is_read_through_the_slow_path(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    path.write_text(
        "[records.A1]\ntarget = 'ic-scale'\nperiod = '2023'\nvalue = 1250\nunit = '亿元'\n"
        "recorded_at = '2024-01-02T03:04:05.000006Z'\n",
        "utf-8",
    )
    (record,) = ledger.load(path).records
    assert (record.id, record.value, record.period) == ("A1", 1250.0, "2023")


def test_duplicate_id_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    record = make()
    ledger.append(path, [record, record])
    with pytest.raises(InputFileError, match=f"line {FIRST + 1}"):
        ledger.load(path)


def test_ledgers_written_here_are_read_without_the_toml_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `append` writes takes the line parser; tomllib (7 s for 100,000 records) is only
    the fallback for hand-written lines. Timings are for the benchmarks, not the tests."""
    path = tmp_path / "actuals.toml"
    line = ledger.format_record(make(source="苏州市统计局")).split(" = ", 1)[1]
    body = "".join(f"{ledger.new_id()} = {line}" for _ in range(10_000))
    path.write_text(ledger.HEADER + body, "utf-8")
    import tomllib

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the fast path should have read every line")

    monkeypatch.setattr(tomllib, "loads", refuse)
    loaded = ledger.load(path)
    assert len(loaded.records) == 10_000
    assert loaded.records[0].source == "苏州市统计局"


# Lines a hand-edited ledger may hold around its records: tidy ones, and ones only TOML's
# rules decide (odd whitespace and line breaks, control characters in comments, tables,
# strings over several lines, a second version line).
_TIDY = ["", "   ", "\t", "# a comment", "  # indented comment"]
_ODD = [
    "\u3000",
    "\r",
    "\u2028",
    "# bell \x07",
    "# tab\tis fine",
    "[other]",
    '  x = """',
    "version = 1",
    "version=1",
]
# Record fields of other shapes: digits of another script, a trailing newline, a control
# character, a quote: each is refused or read the same by both readers.
_FIELDS: list[dict[str, Any]] = [
    {},
    {"period": "\u0662\u0660\u0662\u0663"},
    {"recorded_at": "\u0662\u0660\u0662\u0664-01-01T00:00:00Z"},
    {"period": "2023\n"},
    {"note": "a\x01b"},
    {"source": 'say "hi" \\ there'},
]


@given(
    head=st.lists(st.sampled_from(_TIDY + _ODD), max_size=3),
    layout=st.lists(
        st.one_of(st.sampled_from(_TIDY + _ODD), st.sampled_from(range(len(_FIELDS)))),
        max_size=10,
    ),
    final_newline=st.booleans(),
)
@settings(max_examples=400, deadline=None)
def test_the_fast_reader_agrees_with_the_line_reader(
    tmp_path_factory: pytest.TempPathFactory,
    head: list[str],
    layout: list[str | int],
    final_newline: bool,
) -> None:
    """Whatever surrounds the records, the one-scan reader reads the same records as the
    line-by-line reader, or leaves the file to it (None); it never accepts what that refuses."""
    from cluster_cli.errors import InputFileError
    from cluster_cli.files.ledger.read import parse_fast, parse_text

    lines = [
        ledger.format_record(make()._replace(**_FIELDS[x])).rstrip("\n")
        if isinstance(x, int)
        else x
        for x in layout
    ]
    header = ledger.HEADER.replace(
        "version = 1\n", "version = 1\n" + "".join(h + "\n" for h in head)
    )
    text = header + "\n".join(lines) + ("\n" if final_newline else "")
    path = tmp_path_factory.mktemp("fast") / "actuals.toml"
    fast = parse_fast(text)
    try:
        slow = parse_text(path, text)
    except InputFileError:
        assert fast is None, text
        return
    assert fast is None or fast == slow
    if not head and all(x in _TIDY or x == 0 for x in layout):
        assert fast is not None  # a tidy ledger never needs the slow reader
        assert len(fast) == len([x for x in layout if isinstance(x, int)])


def test_append_reads_only_the_tail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make()])
    with path.open("ab") as handle:
        handle.write(b"# padding\n" * 200_000)  # 2 MB
    read: list[int] = []
    real_pread = os.pread

    def counting_pread(fd: int, length: int, offset: int) -> bytes:
        read.append(length)
        return real_pread(fd, length, offset)

    monkeypatch.setattr(os, "pread", counting_pread)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("whole file read"))
    ledger.append(path, [make()])
    # The head twice: once checked before the lock file is made, once more under the lock.
    assert sum(read) <= 2 * ledger.HEAD_WINDOW + ledger.TAIL_WINDOW


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_failed_write_leaves_previous_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "actuals.toml"
    ledger.append(path, [make()])
    before = path.read_bytes()
    real_write = os.write

    def half_then_fail(fd: int, data: bytes | memoryview) -> int:
        real_write(fd, bytes(data)[: len(data) // 2])
        raise OSError(28, "No space left on device")

    def fail(fd: int) -> None:
        raise OSError(5, "Input/output error")

    if failing == "write":
        monkeypatch.setattr(os, "write", half_then_fail)
    else:
        monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(WriteError, match="nothing was changed"):
        ledger.append(path, [make(value=5.0)])
    monkeypatch.undo()
    assert path.read_bytes() == before


def test_failed_creation_leaves_no_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "actuals.toml"

    def fail(src: object, dst: object) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(WriteError, match="nothing was changed"):
        ledger.append(path, [make()])
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == []


def test_lock_timeout_names_the_lock_file_and_holder(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    holder = subprocess.Popen(
        [
            "python3",
            "-c",
            "import fcntl,sys,time;f=open(sys.argv[1],'w');f.write('pid=4242 host=desk');"
            "f.flush();fcntl.flock(f,fcntl.LOCK_EX);print('locked',flush=True);time.sleep(30)",
            str(ledger.lock_path(path)),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        start = time.monotonic()
        with pytest.raises(LockTimeoutError) as caught:
            ledger.append(path, [make()], timeout=0.3)
        assert time.monotonic() - start < 3
        assert str(ledger.lock_path(path)) in str(caught.value)
        assert "pid=4242 host=desk" in str(caught.value)
        assert not path.exists()
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize(
    ("held_by", "chinese"),
    [
        (None, "（持有者：进程号 {pid}，主机 {host}，命令 "),  # as cluster-cli writes it
        ("", "（持有者不明）"),
        ("someone else", "（持有者：someone else）"),  # not cluster-cli's: quoted as it is
    ],
)
def test_the_lock_holder_is_named_in_the_language_of_the_run(
    cli: CliRunner,
    reg: Path,
    monkeypatch: pytest.MonkeyPatch,
    held_by: str | None,
    chinese: str,
) -> None:
    import socket

    monkeypatch.setenv(ledger.ENV_LOCK_TIMEOUT, "0.1")
    path = Path("actuals.toml")
    with ledger.locked(path, 1.0):  # a second descriptor of this process waits as another would
        if held_by is not None:
            ledger.lock_path(path).write_text(held_by, "utf-8")
        result = cli("update", "ic-talents", "7", "-p", "2024", "--lang", "zh")
        english = cli("update", "ic-talents", "7", "-p", "2024", "--lang", "en")
    assert result.code == english.code == 5, result.err
    assert chinese.format(pid=os.getpid(), host=socket.gethostname()) in result.err, result.err
    assert "（holder" not in result.err and "pid=" not in result.err
    assert "（holder" not in english.err and "(holder" in english.err
    if held_by is None:
        assert f"(holder: pid={os.getpid()} host=" in english.err and " since=" in english.err
    assert not path.exists()


def test_lock_file_records_its_holder(tmp_path: Path) -> None:
    path = tmp_path / "actuals.toml"
    with ledger.locked(path, 1.0):
        text = ledger.lock_path(path).read_text("utf-8")
    assert f"pid={os.getpid()}" in text and "host=" in text and "since=" in text


def test_bad_lock_timeout_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ledger.ENV_LOCK_TIMEOUT, "soon")
    with pytest.raises(Exception, match="CLUSTER_CLI_LOCK_TIMEOUT"):
        ledger.lock_timeout()
    monkeypatch.setenv(ledger.ENV_LOCK_TIMEOUT, "2.5")
    assert ledger.lock_timeout() == 2.5


def test_locate_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    beside = RegistryLocation(tmp_path / "reg" / "targets.toml", "option")
    builtin = RegistryLocation(None, "built-in")
    assert ledger.locate(Path("x.toml"), beside).path == Path("x.toml")
    assert ledger.locate(None, beside).path == tmp_path / "reg" / "actuals.toml"
    assert ledger.locate(None, builtin).path == tmp_path / "xdg-data" / "cluster-cli/actuals.toml"
    monkeypatch.setenv("CLUSTER_CLI_LEDGER", "env.toml")
    assert ledger.locate(None, beside).path == Path("env.toml")
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.delenv("CLUSTER_CLI_LEDGER")
    assert ledger.locate(None, builtin).path == (
        Path.home() / ".local/share/cluster-cli/actuals.toml"
    )


def _git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_union_merge_of_two_branches_loads_every_record(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    path = repo / "actuals.toml"
    _git(repo, "init", "-q", "-b", "main")
    (repo / ".gitattributes").write_text("actuals.toml merge=union\n")
    (repo / ".gitignore").write_text("actuals.toml.lock\n")
    base = [make()]
    ledger.append(path, base)
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "base")
    _git(repo, "checkout", "-qb", "other")
    theirs = [make("ic-talents", 150.0, unit="名", source="人社局"), make(value=1300.0)]
    ledger.append(path, theirs)
    _git(repo, "commit", "-qam", "other")
    _git(repo, "checkout", "-q", "main")
    ours = [make("ic-talents", 120.0, unit="名", source="人社局"), make(value=1290.0)]
    ledger.append(path, ours)
    _git(repo, "commit", "-qam", "main")
    _git(repo, "merge", "-q", "other", "-m", "merge")
    loaded = ledger.load(path)
    assert sorted(r.id for r in loaded.records) == sorted(r.id for r in base + ours + theirs)
    assert {r.id: r for r in loaded.records} == {r.id: r for r in base + ours + theirs}
    assert loaded.warnings == []


def test_a_records_table_above_the_records_line_is_read(tmp_path: Path) -> None:
    """Valid TOML: a record's own table above ``[records]`` and a record line below it. The
    table's record was dropped without a word (``check`` said ok with one record)."""
    path = tmp_path / "actuals.toml"
    path.write_text(
        'version = 1\n\n[records.A1]\ntarget = "ic-scale"\nperiod = "2023"\nvalue = 1600.0\n'
        'unit = "亿元"\nrecorded_at = "2024-03-01T00:00:00.000000Z"\n\n[records]\n'
        'A2 = { target = "ic-scale", period = "2024", value = 1500.0, unit = "亿元", '
        'recorded_at = "2025-03-01T00:00:00.000000Z" }\n',
        "utf-8",
    )
    assert [(r.id, r.value) for r in ledger.load(path).records] == [("A1", 1600.0), ("A2", 1500.0)]


def test_a_record_written_key_by_key_is_read_whole(tmp_path: Path) -> None:
    """``A1.target = ...`` then ``A1.period = ...``: valid TOML, one record over five lines. Read
    line by line, its first line was refused as a record without a period."""
    path = tmp_path / "actuals.toml"
    path.write_text(
        'version = 1\n\n[records]\nA1.target = "ic-scale"\nA1.period = "2023"\n'
        'A1.value = 1500.0\nA1.unit = "亿元"\nA1.recorded_at = "2024-03-01T00:00:00.000000Z"\n',
        "utf-8",
    )
    assert [(r.id, r.period, r.value) for r in ledger.load(path).records] == [
        ("A1", "2023", 1500.0)
    ]


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_a_lock_file_that_is_another_name_of_a_file_is_never_written(
    cli: CliRunner, reg: Path, link: str
) -> None:
    """``actuals.toml.lock`` linked to the ledger (or to any file): its content would be
    replaced by the lock's. The update is refused with one message and nothing changes."""
    assert cli("update", "ic-scale", "1250", "-p", "2023").code == 0
    path = Path("actuals.toml")
    before = path.read_bytes()
    lock = ledger.lock_path(path)
    lock.unlink()
    if link == "symbolic":
        lock.symlink_to(path.name)
    else:
        os.link(path, lock)
    result = cli("update", "ic-talents", "7", "-p", "2024")
    assert result.code == 6, result.err
    assert "not a plain lock file" in result.err and "Traceback" not in result.err
    assert path.read_bytes() == before

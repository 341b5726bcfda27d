"""`init` writes the article's registry; it never writes through a link, `--force` or not: a
link to a ledger, whatever its form or place, is named as one (reading no more of the linked
file than its start), any other link is refused naming the file it leads to."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CliRunner

TABLES = (
    'version = 1\n\n[records.R1]\ntarget = "ic-scale"\nperiod = "2023"\nvalue = 1.0\n'
    'unit = "亿元"\nrecorded_at = "2024-01-01T00:00:00Z"\n'
)


def init_through_a_link(cli: CliRunner, folder: str, target: Path) -> tuple[int, str]:
    """`init FOLDER --force` where FOLDER/targets.toml is a link to ``target``."""
    Path(folder).mkdir(exist_ok=True)
    link = Path(folder, "targets.toml")
    link.unlink(missing_ok=True)
    link.symlink_to(target.resolve())
    result = cli("init", folder, "--force")
    return result.code, result.err


def a_ledger(cli: CliRunner, path: str) -> Path:
    assert cli("update", "ic-scale", "1250", "-p", "2023", "--ledger", path).code == 0
    return Path(path)


def test_never_onto_the_ledger_beside_it(cli: CliRunner, reg: Path) -> None:
    ledger = a_ledger(cli, "actuals.toml")
    before = ledger.read_bytes()
    reg.unlink()
    code, err = init_through_a_link(cli, ".", ledger)
    assert code == 2 and "leads to the ledger" in err, err
    assert ledger.read_bytes() == before
    code, err = init_through_a_link(cli, ".", Path("elsewhere.toml"))  # a link to a new file
    assert code == 2 and "is a symbolic link to" in err, err
    assert not Path("elsewhere.toml").exists()


@pytest.mark.parametrize(
    "damage",
    [
        "",  # another folder's ledger, as it is
        "<<<<<<< HEAD\n",  # a merge conflict, the case a ledger most needs keeping
        'R9 = { target = "ic-scale", period = "2024-02-30", value = 1.0 }\n',
    ],
)
def test_never_onto_another_ledger_broken_or_not(cli: CliRunner, reg: Path, damage: str) -> None:
    Path("other").mkdir()
    ledger = a_ledger(cli, "other/actuals.toml")
    ledger.write_text(ledger.read_text("utf-8") + damage, "utf-8")
    before = ledger.read_bytes()
    code, err = init_through_a_link(cli, "new", ledger)
    assert code == 2 and "leads to the ledger" in err, err
    assert ledger.read_bytes() == before


def test_never_onto_a_ledger_of_tables(cli: CliRunner, reg: Path) -> None:
    tables = Path("tables.toml")
    tables.write_text(TABLES, "utf-8")
    code, err = init_through_a_link(cli, "new", tables)
    assert code == 2 and "leads to the ledger" in err, err
    assert tables.read_text("utf-8") == TABLES


def test_only_the_start_of_a_linked_file_is_read(cli: CliRunner, reg: Path) -> None:
    big = Path("big.bin")
    with big.open("wb") as file:  # sparse: 4 GB that were never written
        file.truncate(4 << 30)
    code, err = init_through_a_link(cli, "new", big)
    assert code == 2 and "is a symbolic link to" in err, err  # not a ledger: a link all the same
    assert big.stat().st_size == 4 << 30


@pytest.mark.parametrize("force", [True, False])
def test_never_through_a_link_to_a_shared_registry(cli: CliRunner, force: bool) -> None:
    assert cli("init", "team").code == 0
    shared = Path("team", "targets.toml")
    shared.write_text(shared.read_text("utf-8") + '\n[clusters.mine]\nname = "我的"\n', "utf-8")
    before = shared.read_bytes()
    Path("me").mkdir()
    Path("me", "targets.toml").symlink_to(Path("..", "team", "targets.toml"))
    result = cli("init", "me", *(["--force"] if force else []))
    assert result.code == 2, result.err
    assert f"me/targets.toml is a symbolic link to {shared.resolve()}" in result.err
    assert "delete the link" in result.err and "nothing was written" in result.err
    assert shared.read_bytes() == before
    assert Path("me", "targets.toml").is_symlink()
    Path("me", "targets.toml").unlink()  # as the message says: then init writes a file here
    assert cli("init", "me").code == 0 and not Path("me", "targets.toml").is_symlink()
    assert shared.read_bytes() == before


def test_the_link_message_in_chinese(cli: CliRunner) -> None:
    Path("shared.toml").write_text("# a registry\n", "utf-8")
    Path("targets.toml").symlink_to("shared.toml")
    result = cli("init", ".", "--force", "--lang", "zh")
    assert result.code == 2
    assert "targets.toml 是指向" in result.err and "init 不经由链接写入" in result.err
    assert Path("shared.toml").read_text("utf-8") == "# a registry\n"


def test_init_says_where_the_figures_recorded_so_far_are(cli: CliRunner) -> None:
    """Figures recorded with the built-in registry are in the data folder's ledger; after
    `init`, commands beside the new registry read the ledger beside it, and every goal read as
    without figures with nothing said."""
    assert cli("update", "ic-scale", "1250", "-p", "2023").code == 0  # no registry here
    assert cli("update", "ic-talents", "150", "-p", "2023").code == 0
    result = cli("init", "plan")
    assert result.code == 0, result.err
    assert "the 2 figures recorded so far with the built-in registry are in " in result.err
    assert "commands run in plan will read and write plan/actuals.toml" in result.err
    assert "copy that file to plan/actuals.toml" in result.err, result.err
    again = cli("init", "plan", "--force", "--lang", "zh")
    assert "此前用内置登记表记录的 2 个数值在" in again.err, again.err
    Path("plan/actuals.toml").write_text("", "utf-8")  # its own ledger now: nothing to say
    assert cli("init", "plan", "--force").err == ""
    assert cli("undo", "--yes").code == 0  # figures taken back are no figures to keep
    here = cli("init", ".")
    assert "the 1 figure recorded so far" in here.err and "commands in this folder" in here.err


def test_force_keeps_a_copy_of_the_registry_it_replaces(cli: CliRunner) -> None:
    """An edited registry is work: `--force` replaced it with no copy kept."""
    assert cli("init", ".").code == 0
    original = Path("targets.toml").read_bytes()
    Path("targets.toml").write_bytes(original + b"# my edits\n")
    result = cli("init", ".", "--force")
    assert result.code == 0, result.err
    assert "the former targets.toml is kept as targets.toml.bak." in result.out
    assert Path("targets.toml.bak").read_bytes() == original + b"# my edits\n"
    assert Path("targets.toml").read_bytes() == original
    assert "kept as" not in cli("init", ".", "--force").out  # the same text: nothing to keep
    Path("targets.toml").write_bytes(b"# other edits\n")
    assert "kept as targets.toml.bak2" in cli("init", ".", "--force").out  # .bak stays
    assert Path("targets.toml.bak").read_bytes() == original + b"# my edits\n"


def test_force_over_a_folder_or_an_unreadable_registry_changes_nothing(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("targets.toml").mkdir()
    result = cli("init", ".", "--force")
    assert result.code == 6 and "is a directory" in result.err, result.err
    Path("targets.toml").rmdir()
    Path("targets.toml").write_text("# mine\n", "utf-8")

    def unreadable(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(Path, "read_bytes", unreadable)  # root reads every file
        result = cli("init", ".", "--force")
    assert result.code == 6, result.err
    assert "targets.toml cannot be read (Permission denied), so no copy of it can be kept" in (
        result.err
    )
    assert Path("targets.toml").read_text("utf-8") == "# mine\n"

"""The golden-file check: a difference always fails, rewriting the file included."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_golden


def test_equal_text_passes(tmp_path: Path) -> None:
    path = tmp_path / "view.txt"
    path.write_text("一\n", "utf-8")
    check_golden(path, "一\n")


def test_a_difference_fails_naming_the_file_and_leaves_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("UPDATE_GOLDEN", raising=False)
    path = tmp_path / "view.txt"
    path.write_text("old\n", "utf-8")
    with pytest.raises(pytest.fail.Exception, match=r"view\.txt differs"):
        check_golden(path, "new\n")
    assert path.read_text("utf-8") == "old\n"


def test_update_rewrites_the_file_and_still_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UPDATE_GOLDEN", "1")
    path = tmp_path / "view.txt"
    path.write_text("old\n", "utf-8")
    with pytest.raises(pytest.fail.Exception, match=r"view\.txt rewritten"):
        check_golden(path, "new\n")
    assert path.read_text("utf-8") == "new\n"
    check_golden(path, "new\n")  # the next run passes


def test_a_missing_file_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UPDATE_GOLDEN", raising=False)
    with pytest.raises(pytest.fail.Exception, match="missing"):
        check_golden(tmp_path / "absent.txt", "text")
    assert not (tmp_path / "absent.txt").exists()


def test_the_samples_share_one_record_factory() -> None:
    import report_sample
    import terminal_samples
    from conftest import make_record

    for module in (report_sample, terminal_samples):
        assert module.make_record is make_record

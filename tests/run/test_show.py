"""python -m pipeline show DIR: a run summed up in 100 columns (no model: it reads the files)."""

from __future__ import annotations

import re

from rich.cells import cell_len

from pipeline.cli import EXIT_OK, EXIT_USAGE, main
from pipeline.show import _cells

from ..conftest import OUTPUTS
from ..graph.views import write_sample_run


def _show(capsys, *arguments: str) -> tuple[int, str, str]:
    status = main(["show", *arguments])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _actor_rows(out: str) -> list[str]:
    return [line for line in out.splitlines() if re.match(r"^│ +\d+ │", line)]


def test_show_sums_up_the_seed_run_in_100_columns(capsys):
    status, out, err = _show(capsys, str(OUTPUTS))
    assert status == EXIT_OK and not err
    assert all(cell_len(line) <= 100 for line in out.splitlines())
    assert "1 documents (0 failed)" in out and "actor graph:" in out
    rows = _actor_rows(out)
    assert len(rows) == 20
    # The most mentioned actor first, with its country; aliases beside the label.
    assert "ロシア" in rows[0] and "RUS" in rows[0] and "露" in rows[0]
    usa = next(row for row in rows if "アメリカ" in row)
    assert "USA" in usa and "米、米国" in usa
    assert "Best-supported claims" in out and "拒否する" in out


def test_show_lists_the_top_n_actors_asked_for(capsys):
    status, out, _ = _show(capsys, str(OUTPUTS), "--top", "3", "--claims", "2")
    assert status == EXIT_OK and len(_actor_rows(out)) == 3


def test_show_lists_a_contradiction_with_who_says_what(capsys, tmp_path):
    status, out, _ = _show(capsys, str(write_sample_run(tmp_path)))
    assert status == EXIT_OK
    contradictions = out[out.index("Contradictions") :]
    assert "山田太郎 → 訪問する →" in contradictions and "北星新聞" in contradictions
    assert "(the writer)" in contradictions


def test_text_from_the_documents_is_never_read_as_rich_markup():
    [cell] = _cells("[bold]北星[/bold] [link=x]記事[/link]")
    assert cell.plain == "[bold]北星[/bold] [link=x]記事[/link]" and not cell.spans


def test_show_on_a_folder_without_a_run_is_a_one_line_error(capsys, tmp_path):
    status, out, err = _show(capsys, str(tmp_path / "missing"))
    assert status == EXIT_USAGE and not out
    assert err.count("\n") == 1 and "graph.json" in err and "--out folder of a run" in err

"""Reading INPUT arguments: folders, JSON Lines, bad lines, duplicate ids, stdin, unreadable files."""

from __future__ import annotations

import io
import json
import os
import sys
import unicodedata
from pathlib import Path

import pytest

from pipeline.io.cleaning import clean_for_parse, display_text
from pipeline.io.inputs import InputError, expand_inputs, read_documents
from pipeline.records import Document, Failure

TEXT = "ロシア軍がウクライナに侵攻した。"


def _jsonl(path: Path, *lines: str) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _read(*paths: str) -> list[Document | Failure]:
    return list(read_documents(list(paths)))


# --- folders -----------------------------------------------------------------------------------


def test_a_folder_gives_its_txt_and_jsonl_files_in_sorted_path_order(tmp_path):
    for name in ("b.txt", "a/z.jsonl", "a/y.TXT", "c.png", "notes.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(TEXT)
    assert [Path(p).relative_to(tmp_path).as_posix() for p in expand_inputs([str(tmp_path)])] == [
        "a/y.TXT",
        "a/z.jsonl",
        "b.txt",
    ]


def test_a_folder_named_like_a_text_file_is_searched_not_read(tmp_path):
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "inner.txt").write_text(TEXT)
    assert expand_inputs([str(tmp_path)]) == [str(tmp_path / "x.txt" / "inner.txt")]


def test_the_output_folder_inside_an_input_folder_is_not_read(tmp_path):
    (tmp_path / "doc.txt").write_text(TEXT)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "claims.jsonl").write_text("{}\n")
    assert expand_inputs([str(tmp_path)], exclude=tmp_path / "out") == [str(tmp_path / "doc.txt")]


def test_a_dangling_link_is_reported_not_dropped(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere")
    [failure] = _read(*expand_inputs([str(tmp_path)]))
    assert isinstance(failure, Failure) and failure.reason.startswith("cannot read")


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_text(TEXT)
    real_scandir, real_listdir = os.scandir, os.listdir

    def refuse(real):
        def wrapper(path="."):
            if str(path).endswith("locked"):
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        return wrapper

    monkeypatch.setattr(os, "scandir", refuse(real_scandir))
    monkeypatch.setattr(os, "listdir", refuse(real_listdir))
    document, failure = _read(*expand_inputs([str(tmp_path)]))  # sorted: b.txt, locked
    assert failure == Failure(str(tmp_path / "locked"), "cannot read: Permission denied")
    assert document.id == "b"


def test_a_named_pipe_is_reported_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    [failure] = _read(*expand_inputs([str(tmp_path)]))
    assert failure.reason == "cannot read: not a regular file"


def test_an_unreadable_file_is_a_failure_and_the_run_goes_on(tmp_path, monkeypatch):
    # Tests run as root, for whom chmod 000 changes nothing: make reading fail instead.
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text(TEXT)
    good.write_text(TEXT)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "bad.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    failure, document = _read(str(bad), str(good))
    assert failure == Failure(str(bad), "cannot read: Permission denied")
    assert isinstance(document, Document) and document.id == "good"


@pytest.mark.parametrize(
    "argument, message",
    [
        ("missing.txt", "no such file or folder"),
        ("notes.md", "not a .txt or .jsonl"),
    ],
)
def test_unusable_arguments_raise_input_error(tmp_path, argument, message):
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(InputError, match=message):
        expand_inputs([str(tmp_path / argument)])


# --- text files and stdin ----------------------------------------------------------------------


def test_stdin_is_one_document_with_id_stdin():
    [document] = list(read_documents(["-"], stdin=io.BytesIO(TEXT.encode("cp932"))))
    assert (document.id, document.input, document.text, document.encoding) == ("stdin", "-", TEXT, "cp932")


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty document"),
        (b" \n\t\n", "empty document"),
        ("<p></p>\u200b<br/>".encode(), "empty document (only markup or invisible characters)"),
    ],
)
def test_empty_documents_are_failures(tmp_path, content, reason):
    (tmp_path / "e.txt").write_bytes(content)
    [failure] = _read(str(tmp_path / "e.txt"))
    assert failure == Failure(str(tmp_path / "e.txt"), reason, doc_id="e")


def test_binary_files_are_failures_with_the_reason(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [failure] = _read(str(tmp_path / "image.txt"))
    assert "binary data" in failure.reason


def test_a_file_name_that_is_not_utf8_is_shown_with_a_replacement_character(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(TEXT)
    [document] = _read(*expand_inputs([str(tmp_path)]))
    assert document.id == "caf\ufffd" and "\udce9" not in document.input


# --- JSON Lines --------------------------------------------------------------------------------


def test_each_bad_line_is_reported_with_its_line_number_and_the_rest_is_read(tmp_path):
    path = _jsonl(
        tmp_path / "docs.jsonl",
        json.dumps({"id": "ok1", "text": TEXT}),
        "{not json",
        "[1, 2]",
        "",
        json.dumps({"id": "n", "meta": {}}),
        json.dumps({"id": "t", "text": ["a"]}),
        json.dumps({"id": "c", "text": TEXT, "comments": "nope"}),
        "[" * 100_000,
        '{"id": 1' + "0" * 5000 + ', "text": "x"}',
        json.dumps({"id": "ok2", "text": TEXT}),
    )
    items = _read(path)
    assert [(type(i).__name__, i.line) for i in items] == [
        ("Document", 1),
        ("Failure", 2),
        ("Failure", 3),
        ("Failure", 5),
        ("Failure", 6),
        ("Failure", 7),
        ("Failure", 8),
        ("Failure", 9),
        ("Document", 10),
    ]
    reasons = [i.reason for i in items if isinstance(i, Failure)]
    assert reasons[0].startswith("not JSON")
    assert reasons[1] == "not a JSON object but an array"
    assert reasons[2] == 'no "text"'
    assert reasons[3] == '"text" is an array, not a string'
    assert reasons[4] == '"comments" is not a list of strings'
    assert reasons[5].startswith("not usable JSON") and reasons[6].startswith("not usable JSON")
    assert {i.input for i in items} == {path}


def test_line_separators_inside_json_strings_do_not_split_a_line(tmp_path):
    text = f"{TEXT}\u2028中国は反対した。\x85"
    path = _jsonl(
        tmp_path / "d.jsonl",
        json.dumps({"id": "a", "text": text}, ensure_ascii=False),
        json.dumps({"id": "b", "text": TEXT}),
    )
    assert [(d.id, d.line, d.text) for d in _read(path)] == [("a", 1, text), ("b", 2, TEXT)]


def test_crlf_line_ends_are_accepted(tmp_path):
    (tmp_path / "d.jsonl").write_bytes(json.dumps({"id": "a", "text": TEXT}).encode() + b"\r\n")
    [document] = _read(str(tmp_path / "d.jsonl"))
    assert document.text == TEXT


def test_missing_blank_or_odd_ids_fall_back_to_file_and_line(tmp_path):
    path = _jsonl(
        tmp_path / "feed.jsonl",
        json.dumps({"text": TEXT}),
        json.dumps({"id": " ", "text": TEXT}),
        json.dumps({"id": True, "text": TEXT}),
        json.dumps({"id": 7, "text": TEXT}),
    )
    assert [d.id for d in _read(path)] == ["feed:1", "feed:2", "feed:3", "7"]


def test_lone_surrogate_escapes_become_replacement_characters(tmp_path):
    path = _jsonl(tmp_path / "d.jsonl", '{"id": "x\\udc80", "text": "\\ud800' + TEXT + '"}')
    [document] = _read(path)
    assert document.id == "x\ufffd" and document.text == "\ufffd" + TEXT


def test_ids_that_look_like_paths_stay_plain_strings(tmp_path):
    path = _jsonl(tmp_path / "d.jsonl", json.dumps({"id": "../../etc/passwd", "text": TEXT}))
    [document] = _read(path)
    assert document.id == "../../etc/passwd"


# --- duplicate ids -----------------------------------------------------------------------------


def test_duplicate_ids_get_distinct_ids_deterministically(tmp_path):
    ids = ("a", "a~2", "a", "a", "b")
    path = _jsonl(tmp_path / "d.jsonl", *(json.dumps({"id": i, "text": TEXT}) for i in ids))
    (tmp_path / "a.txt").write_text(TEXT)
    documents = _read(path, str(tmp_path / "a.txt"))
    assert [(d.id, d.original_id) for d in documents] == [
        ("a", None),
        ("a~2", None),
        ("a~3", "a"),
        ("a~4", "a"),
        ("b", None),
        ("a~5", "a"),
    ]
    assert [d.id for d in _read(path, str(tmp_path / "a.txt"))] == [d.id for d in documents]


def test_the_same_file_given_twice_is_read_twice_under_distinct_ids(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    assert [d.id for d in _read(str(tmp_path / "a.txt"), str(tmp_path / "a.txt"))] == ["a", "a~2"]


# --- cleaning and parse units ------------------------------------------------------------------


def test_cleaning_blanks_markup_and_invisible_characters_in_place():
    text = "<p>米国の<b>バイデン</b>大統領は\u200bロシアを\x01非難した。</p><!-- x -->\u202e𠮷\ufeff"
    cleaned = clean_for_parse(text)
    assert len(cleaned) == len(text)
    assert cleaned.split() == ["米国の", "バイデン", "大統領は", "ロシアを", "非難した。", "𠮷"]
    assert cleaned.index("バイデン") == text.index("バイデン")


def test_every_control_format_surrogate_and_private_use_character_is_blanked():
    invisible = "".join(
        chr(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) in {"Cc", "Cf", "Cs", "Co"} and chr(c) not in "\t\n"
    )
    assert clean_for_parse(invisible) == " " * len(invisible)


def test_display_text_drops_markup_and_invisible_characters():
    assert display_text(" <b>プー\u200bチン</b>\x01 大統領\n") == "プーチン 大統領"

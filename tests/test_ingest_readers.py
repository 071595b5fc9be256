"""Ingest readers on real files: text, Markdown, JSONL, JSON arrays, HTML, folders and dispatch."""

from __future__ import annotations

import gzip
import json
import shutil
import tracemalloc
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.errors import ConfigError
from dateline.ingest import read_inputs
from dateline.model import content_hash

DATA = Path(__file__).parent / "data" / "ingest"


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings()


def read(paths, settings, **kw):
    if not isinstance(paths, list):
        paths = [paths]
    return list(read_inputs(paths, settings=settings, **kw))


def test_text_file_with_wire_dateline(settings):
    [art] = read(DATA / "wire_moscow.txt", settings)
    assert not art.errors
    assert art.origin == str(DATA / "wire_moscow.txt")
    assert art.id == art.content_hash == content_hash(art.text)
    assert art.language == "en"
    assert art.dateline is not None
    assert art.dateline.place == "Moscow" and art.dateline.agency == "Newswire"
    assert art.text[art.body_start :].startswith("Russia's foreign ministry summoned")
    assert art.published == art.dateline.date  # filled from the dateline when missing


def test_text_file_title_line_is_kept_out_of_text(settings):
    [art] = read(DATA / "titled_kyiv.txt", settings)
    assert art.title == "Ukraine and Poland agree on grain transit"
    assert art.text.startswith("KYIV, Ukraine, March 4, 2024 (AP) —")
    assert art.dateline.place == "Kyiv, Ukraine"
    assert art.dateline.date == "2024-03-04" and art.published == "2024-03-04"
    assert art.text[art.body_start :].startswith("Ukraine and Poland agreed on Monday")


def test_markdown_front_matter_and_heading(settings):
    [art] = read(DATA / "story.md", settings)
    assert not art.errors
    assert art.id == "md-0001"
    assert art.title == "Leaders meet in Geneva"
    assert art.source == "Example Wire"
    assert art.published == "2024-06-03"
    assert art.url == "https://news.example.org/2024/06/03/summit"
    assert art.dateline.place == "Geneva" and art.text[art.body_start :].startswith("The presidents")


def test_jsonl_keys_and_unknown_keys_ignored(tmp_path, settings):
    p = tmp_path / "wire.jsonl"
    rows = [
        {"id": "w-1", "text": "BEIJING, Aug 21 (Newswire) - China and Brazil signed a trade agreement on Wednesday, "
         "the commerce ministry said.", "title": "Trade deal", "url": "https://example.org/a",
         "source": "Newswire", "published": "2024-08-21", "sentiment": 0.4, "tags": ["trade"]},
        {"id": 7, "text": "The foreign minister of Chile met his counterpart from Peru in Lima on Friday, officials "
         "said.", "published": "Fri, 23 Aug 2024 10:00:00 GMT"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    a, b = read(p, settings)
    assert (a.id, a.title, a.url, a.source, a.published) == ("w-1", "Trade deal", "https://example.org/a",
                                                             "Newswire", "2024-08-21")
    assert a.origin == f"{p}:1" and b.origin == f"{p}:2"
    assert b.id == "7" and b.published == "2024-08-23"
    assert a.dateline.date == "2024-08-21"


def test_json_array_file(tmp_path, settings):
    p = tmp_path / "batch.json"
    p.write_text(json.dumps([
        {"id": "j1", "text": "Kenya and Tanzania agreed on Monday to reopen their border crossing for trucks, "
         "officials said."},
        {"id": "j2"},
    ]), encoding="utf-8")
    good, bad = read(p, settings)
    assert good.id == "j1" and not good.errors
    assert bad.errors[0].code == "E211" and bad.origin == f"{p}:item 2" and bad.id == "j2"


def test_gzipped_jsonl(tmp_path, settings):
    p = tmp_path / "wire.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g1", "text": "The president of Ghana visited Abuja on Tuesday for talks with "
                                                "Nigeria's leader on trade, officials said."}) + "\n")
    [art] = read(p, settings)
    assert art.id == "g1" and not art.errors


def test_html_file(settings):
    [art] = read(DATA / "page_talks.html", settings)
    assert not art.errors
    assert art.title == "Japan and Australia hold security talks"
    assert art.published == "2024-07-09"
    assert "Home" not in art.text  # navigation dropped by trafilatura
    assert art.text.startswith("TOKYO, July 9 (Newswire) -")  # the <h1> repeat of the title is dropped
    assert art.dateline.place == "Tokyo" and art.dateline.date == "2024-07-09"


def test_folder_recursed_in_sorted_order_skipping_other_files(tmp_path, settings):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    shutil.copy(DATA / "wire_moscow.txt", tmp_path / "b" / "2.txt")
    shutil.copy(DATA / "titled_kyiv.txt", tmp_path / "a" / "z.txt")
    shutil.copy(DATA / "story.md", tmp_path / "c.md")
    shutil.copy(DATA / "wire_moscow.txt", tmp_path / ".hidden" / "x.txt")
    (tmp_path / "notes.pdf.bak").write_bytes(b"ignored")
    arts = read(tmp_path, settings)
    assert [Path(a.origin).relative_to(tmp_path).as_posix() for a in arts] == ["a/z.txt", "b/2.txt", "c.md"]
    assert not any(a.errors for a in arts)


def test_missing_path_and_unsupported_file_are_per_item_errors(tmp_path, settings):
    other = tmp_path / "report.docx"
    other.write_bytes(b"not really a docx")
    arts = read([tmp_path / "nope.txt", other, DATA / "wire_moscow.txt"], settings)
    assert [a.errors[0].code if a.errors else None for a in arts] == ["E201", "E203", None]
    assert str(tmp_path / "nope.txt") in arts[0].errors[0].reason and "check the path" in arts[0].errors[0].reason
    assert ".txt" in arts[1].errors[0].reason
    assert arts[0].text == "" and arts[0].errors[0].stage == "ingest"


def test_published_argument_anchors_and_fills(tmp_path, settings):
    p = tmp_path / "a.txt"
    p.write_text("LONDON, Dec 30 (Newswire) - Britain and Norway agreed on Monday to extend a gas supply deal "
                 "for ten years, the energy ministry said.", encoding="utf-8")
    [art] = read(p, settings, published="2025-01-02")
    assert art.published == "2025-01-02"  # the user's publication date wins
    assert art.dateline.date == "2024-12-30"  # "Dec 30" read two days before it
    with pytest.raises(ConfigError):
        read(p, settings, published="2025-02-30")


def test_jsonl_is_streamed_in_bounded_memory(tmp_path, settings):
    p = tmp_path / "big.jsonl"
    line = {"text": "OSLO (Newswire) - Norway and Sweden agreed on Monday to build a new rail link between their "
                    "capitals, the transport ministers said in a statement after talks. " * 45}
    with p.open("w", encoding="utf-8") as f:
        for i in range(300):
            f.write(json.dumps({"id": f"n{i}", **line}) + "\n")
    assert p.stat().st_size > 2_000_000
    it = read_inputs([p], settings=settings)
    first = next(it)  # lazy: the first article comes before the file is read through
    assert first.id == "n0"
    tracemalloc.start()
    n = 1
    for art in it:
        n += 1
        assert not art.errors
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 300
    assert peak < p.stat().st_size / 4, peak  # well under the file size: nothing accumulates per line


def test_same_text_twice_gets_one_id_and_no_error(tmp_path, settings):
    shutil.copy(DATA / "wire_moscow.txt", tmp_path / "a.txt")
    # The same story re-wrapped with CRLF line ends and extra spaces: one content hash, one id.
    text = (DATA / "wire_moscow.txt").read_text(encoding="utf-8").replace("\n", "\r\n").replace(" said", "  said")
    (tmp_path / "b.txt").write_bytes(text.encode("utf-8"))
    a, b = read(tmp_path, settings)
    assert not a.errors and not b.errors
    assert a.content_hash == b.content_hash and a.id == b.id

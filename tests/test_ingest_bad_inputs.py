"""A corpus of bad inputs (issue 9): each yields a clear per-item error or a handled result, and every good
article in the same batch is still read. Messages name the file (and line) and say how to fix it."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.ingest import read_inputs

DATA = Path(__file__).parent / "data" / "ingest"

GOOD = ("WELLINGTON (Newswire) - New Zealand and Fiji agreed on Tuesday to expand cooperation on fisheries "
        "patrols, the two governments said in a joint statement.")


def _jsonl(*rows: object) -> bytes:
    out = []
    for r in rows:
        out.append(r if isinstance(r, bytes) else json.dumps(r).encode("ascii"))  # escapes, as in real files
    return b"\n".join(out) + b"\n"


def build_corpus(root: Path) -> dict[str, str | None]:
    """Write the bad-input corpus under `root`; return {relative path or path:line -> expected code or None}."""
    expect: dict[str, str | None] = {}

    def put(name: str, data: bytes | str, code: str | None) -> None:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        expect[name] = code

    put("a_good.txt", GOOD, None)
    put("b_empty.txt", b"", "E206")
    put("c_whitespace.md", " \n\t\n  ", "E206")
    put("d_binary.txt", bytes(range(256)) * 8, "E204")
    put("e_pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "E204")
    put("f_latin1.txt", GOOD.replace("Fiji", "Fidji").encode("utf-8").replace(b"Fidji", b"Fidj\xe9"), "E205")
    put("g_big.txt", b"The minister said the talks would continue next week in the capital. " * 730_000, "E207")
    rng = random.Random(7)
    words = "the minister said talks would continue next week in capital officials government".split()
    put("h_no_punct.txt", " ".join(rng.choice(words) for _ in range(200_000)), "E207")
    put("i_broken.html", "<html><head><title>Talks</title><body><div><p>" + GOOD + "<p>The two sides will meet "
        "again in Suva next month, officials said.<div><span>unclosed <b><i>", None)
    put("j_deep.html", "<html><body>" + "<div>" * 100_000 + "<p>" + GOOD + "</p>" + "</div>" * 100_000
        + "</body></html>", "E215")
    put("k_deep_ok.html", "<html><head><title>Fisheries</title></head><body>" + "<div>" * 300 + "<p>" + GOOD
        + " Officials from both countries will meet again next month to agree on the details.</p>"
        + "</div>" * 300 + "</body></html>", None)
    put("l_empty.html", "<html><body><script>render()</script></body></html>", "E215")
    put("m_french.txt", (DATA / "french.txt").read_bytes(), "E209")
    put("n_russian.txt", (DATA / "russian.txt").read_bytes(), "E209")
    put("o_chinese.txt", (DATA / "chinese.txt").read_bytes(), "E209")
    put("p_arabic.txt", (DATA / "arabic.txt").read_bytes(), "E209")
    put("q_odd_unicode.txt", "\ufeffCANBERRA (Newswire) \u2013 Australia\u200f and Japan\u200e agreed on Monday to "
        "hold joint\u00a0exercises \U0001F1E6\U0001F1FA, the minis\u00adtry said.\x07 Family emoji "
        "\U0001F468\u200d\U0001F469\u200d\U0001F467 stays.\r\nCon\u200dtrol\x00 characters go.", None)
    put("r_mixed.jsonl", _jsonl(
        {"id": "ok-1", "text": GOOD},
        b"{not json at all",
        {"id": "no-text", "title": "Missing body"},
        {"id": "bad-date", "text": GOOD, "published": "2023-02-29"},
        {"id": "bad-month", "text": GOOD, "published": "2024-13-01"},
        {"id": "far-future", "text": GOOD, "published": "2999-01-01"},
        {"id": "words", "text": GOOD, "published": "yesterday"},
        {"id": "ok-2", "text": GOOD + " A second story.", "published": "21 August 2024"},
        {"id": "ok-1", "text": "A different story with the same id, about Samoa and Tonga, was filed later on."},
        {"id": "ok-2", "text": GOOD + " A second story."},
        b'{"id": "latin1", "text": "Caf\xe9 owners in Paris protested against new taxes on Monday, police said."}',
        [1, 2, 3],
        {"id": "", "text": GOOD},
        {"id": "num-text", "text": 42},
        {"id": "title-list", "text": GOOD, "title": ["a", "b"]},
        {"id": "lang-fr", "text": GOOD, "language": "fr"},
        {"id": "ok-3", "text": "The \u2067Kremlin\u2069 said on Friday that Russia would send a delegation to "
         "Ankara for talks, officials said.", "published": "2024-08-23T23:30:00-05:00"},
        {"id": "surrogate", "text": "Officials in Hanoi said on Monday \ud800 that talks with Laos would resume "
                                    "next week, state media reported."},
    ), None)
    return expect


JSONL_EXPECT = {
    1: None, 2: "E210", 3: "E211", 4: "E213", 5: "E213", 6: "E213", 7: "E213", 8: None, 9: "E214", 10: None,
    11: "E205", 12: "E210", 13: "E212", 14: "E211", 15: "E212", 16: "E209", 17: None, 18: None,
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad_inputs")
    expect = build_corpus(root)
    arts = list(read_inputs([root], settings=Settings()))
    return root, expect, arts


def _code(art):
    return art.errors[0].code if art.errors else None


def test_every_file_gives_the_expected_result(corpus):
    root, expect, arts = corpus
    files = {Path(a.origin).name: a for a in arts if ":" not in Path(a.origin).name}
    assert set(files) == {name for name in expect if not name.endswith(".jsonl")}
    got = {name: _code(a) for name, a in files.items()}
    assert got == {name: code for name, code in expect.items() if not name.endswith(".jsonl")}


def test_every_jsonl_line_gives_the_expected_result(corpus):
    root, _, arts = corpus
    lines = {int(a.origin.rsplit(":", 1)[1]): a for a in arts if a.origin.startswith(str(root / "r_mixed.jsonl"))}
    assert {n: _code(a) for n, a in lines.items()} == JSONL_EXPECT


def test_errors_name_file_line_and_fix(corpus):
    root, expect, arts = corpus
    failed = [a for a in arts if a.errors]
    expected_files = sum(code is not None for name, code in expect.items() if not name.endswith(".jsonl"))
    assert len(failed) == sum(code is not None for code in JSONL_EXPECT.values()) + expected_files
    for art in failed:
        [err] = art.errors
        assert err.stage == "ingest" and err.code.startswith("E2")
        assert err.reason.startswith(art.origin + ": "), err.reason
        assert any(k in err.reason for k in ("use ", "give", "re-save", "split", "raise", "fix", "check",
                                             "translate", "put ", "save ", "add ", "write ")), err.reason
        assert art.text == ""
        assert art.content_hash  # never the hash of empty text shared by all failures
    assert len({a.content_hash for a in failed}) == len(failed)
    assert len({a.id for a in arts}) == len(arts) - 1  # only ok-2 (same id, same text) repeats


def test_specific_messages(corpus):
    root, _, arts = corpus
    by_origin = {a.origin: a for a in arts}
    j = str(root / "r_mixed.jsonl")
    assert "not a real date" in by_origin[f"{j}:4"].errors[0].reason
    assert "use YYYY-MM-DD" in by_origin[f"{j}:4"].errors[0].reason
    assert "outside 1900" in by_origin[f"{j}:6"].errors[0].reason
    dup = by_origin[f"{j}:9"]
    assert "duplicate id 'ok-1' with different text" in dup.errors[0].reason and dup.id.startswith("ok-1#dup-")
    assert "byte 0xe9" in by_origin[f"{j}:11"].errors[0].reason
    assert "keys found: id, title" in by_origin[f"{j}:3"].errors[0].reason
    assert "detected Cyrillic script" in by_origin[str(root / "n_russian.txt")].errors[0].reason
    assert "detected French" in by_origin[str(root / "m_french.txt")].errors[0].reason
    assert "English text only" in by_origin[str(root / "m_french.txt")].errors[0].reason
    assert "declared language 'fr'" in by_origin[f"{j}:16"].errors[0].reason
    assert "iconv" in by_origin[str(root / "f_latin1.txt")].errors[0].reason
    assert "a PDF" in by_origin[str(root / "e_pdf.txt")].errors[0].reason
    assert "50,370,000 characters" in by_origin[str(root / "g_big.txt")].errors[0].reason


def test_good_articles_all_read_and_cleaned(corpus):
    root, _, arts = corpus
    by_origin = {a.origin: a for a in arts}
    j = str(root / "r_mixed.jsonl")
    good = [a for a in arts if not a.errors]
    assert len(good) == 4 + sum(code is None for code in JSONL_EXPECT.values())
    odd = by_origin[str(root / "q_odd_unicode.txt")]
    for bad in ("\u200f", "\u200e", "\u00ad", "\x07", "\x00", "\r", "\ufeff", "\u00a0"):
        assert bad not in odd.text
    assert "Control characters go." in odd.text  # ZWJ inside a word removed
    assert "\U0001F468\u200d\U0001F469\u200d\U0001F467" in odd.text  # ZWJ between emoji kept
    assert "\U0001F1E6\U0001F1FA" in odd.text and "ministry said." in odd.text
    assert odd.dateline.place == "Canberra"
    assert by_origin[f"{j}:8"].published == "2024-08-21"
    assert by_origin[f"{j}:17"].published == "2024-08-23"  # the date as written, not shifted to UTC
    assert "\u2067" not in by_origin[f"{j}:17"].text
    assert "\ufffd" in by_origin[f"{j}:18"].text  # a lone surrogate cannot be stored; replaced
    by_origin[f"{j}:18"].text.encode("utf-8")
    assert "Suva" in by_origin[str(root / "i_broken.html")].text
    assert by_origin[str(root / "k_deep_ok.html")].text.startswith("WELLINGTON (Newswire)")


def test_no_punctuation_checked_when_size_allows(tmp_path):
    rng = random.Random(3)
    words = "the minister said talks would continue next week in capital officials government".split()
    p = tmp_path / "run_on.txt"
    p.write_text(" ".join(rng.choice(words) for _ in range(200_000)), encoding="utf-8")
    settings = Settings().with_overrides({"nlp.max_chars": 5_000_000})
    [art] = read_inputs([p], settings=settings)
    assert art.errors[0].code == "E208"
    assert "without sentence punctuation" in art.errors[0].reason


def test_fallback_encoding_setting(tmp_path):
    p = tmp_path / "cp1252.txt"
    p.write_bytes("PARIS (Newswire) - Caf\u00e9 owners protested against new taxes on Monday, police said in "
                  "a statement.".encode("cp1252"))
    settings = Settings().with_overrides({"ingest.fallback_encoding": "cp1252"})
    [art] = read_inputs([p], settings=settings)
    assert not art.errors and "Caf\u00e9" in art.text


def test_pipeline_skips_ingest_errors_and_parses_the_rest(tmp_path):
    from dateline.pipeline import Pipeline

    shutil.copy(DATA / "wire_moscow.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"")
    settings = Settings()
    arts = list(Pipeline(settings, stages=["nlp"]).pipe(read_inputs([tmp_path], settings=settings)))
    assert sorted(_code(a) or "ok" for a in arts) == ["E206", "ok"]
    good = next(a for a in arts if not a.errors)
    # The header is kept out of the parse: the first sentence starts at the body.
    assert good.sentences[0].start == good.body_start
    assert good.text[good.sentences[0].start :].startswith("Russia's foreign ministry")

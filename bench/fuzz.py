"""Fuzz the ingest readers, the extract pipeline and the store with hypothesis at scale (issue 9).

    python bench/fuzz.py --seconds 600                 # all targets, the budget split evenly
    python bench/fuzz.py --target readers --seconds 300 --json /tmp/fuzz.json

Targets (each a property that must hold for every generated input):

    extract   any Unicode or wire-like text through `dateline.api_lib.extract`: valid strict contract JSON,
              every offset inside the text and every record's `text` equal to its slice, no stage error,
              exact JSON round trip (the checks of tests/test_reliability_properties.py)
    readers   generated files (random bytes, mutated JSONL, broken HTML, RSS with odd items, Markdown with
              front matter, BOMs, CRLF, odd encodings) through `dateline.ingest.read_inputs` and then the
              pipeline: no exception; every item is either a clean article (non-empty UTF-8 text, no control
              characters) or one `ingest` error whose reason starts with the file[:line] and is not a reader
              crash caught by the guard; the good articles pass every stage without error
    store     generated articles with odd values (any Unicode, None, empty lists, extreme floats and ids)
              through `Store.write_articles` and `get_article`: equal to what was written

Hypothesis runs in chunks of `--chunk` examples with fresh random seeds until the target's share of the
budget is spent; a failure is shrunk, printed and counted, and the run goes on. Exit status 1 when any
target failed. Feed items link only to 127.0.0.1:9 (refused at once): no network is used.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import tempfile
import time
import traceback
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the property checks and strategies live with the tests

from test_reliability_properties import (  # noqa: E402
    FRAGMENTS, ODD, any_text, check_contract, dates, generated_article, wire_text,
)

from dateline.api_lib import extract, get_pipeline  # noqa: E402
from dateline.config import Settings  # noqa: E402
from dateline.ingest import read_inputs  # noqa: E402
from dateline.store import Store  # noqa: E402
from dateline.store.queries import get_article  # noqa: E402

log = logging.getLogger("fuzz")


@dataclass
class Result:
    target: str
    examples: int = 0
    chunks: int = 0
    failures: int = 0
    seconds: float = 0.0
    findings: list[str] = field(default_factory=list)


# -- generated input files -------------------------------------------------------------------------------

json_value = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), any_text,
                       st.lists(st.integers(), max_size=3),
                       st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))
date_like = st.one_of(st.dates().map(lambda d: d.isoformat()), st.sampled_from([
    "2024-02-30", "2024-13-01", "0000-00-00", "yesterday", "21 August 2024", "Tue, 20 Aug 2024 10:00:00 GMT",
    "2024-08-23T23:30:00-05:00", "9999-12-31", "", " ", "2024", "2024-W33", "1e9"]), st.text(max_size=12))


@st.composite
def jsonl_file(draw) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["good", "odd", "garbage", "array", "empty"]))
        if kind == "good":
            obj = {"id": draw(st.one_of(st.text(min_size=1, max_size=8), st.integers())),
                   "text": draw(wire_text), "published": draw(date_like)}
        elif kind == "odd":
            keys = draw(st.lists(st.sampled_from(["id", "text", "published", "title", "url", "source",
                                                   "language", "extra"]), max_size=6, unique=True))
            obj = {k: draw(json_value) for k in keys}
        elif kind == "array":
            obj = draw(st.lists(json_value, max_size=3))
        elif kind == "empty":
            lines.append(b"")
            continue
        else:
            lines.append(draw(st.binary(max_size=40)).replace(b"\n", b" "))
            continue
        lines.append(json.dumps(obj, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass"))
    return b"\n".join(lines)


@st.composite
def html_file(draw) -> bytes:
    tags = ["div", "p", "span", "b", "i", "table", "tr", "td", "article", "section", "script", "style",
            "title", "head", "body", "html", "!--", "br", "a href='x'", "meta charset='latin-1'"]
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            parts.append(f"<{draw(st.sampled_from(tags))}>")
        elif choice == 1:
            parts.append(f"</{draw(st.sampled_from(tags)).split()[0]}>")
        elif choice == 2:
            parts.append(draw(st.sampled_from(["&amp;", "&#0;", "&#x202e;", "&nbsp;", "&bogus;",
                                               "<![CDATA[x]]>"])))
        else:
            parts.append(draw(wire_text))
    return "".join(parts).encode("utf-8", "surrogatepass")


@st.composite
def feed_file(draw) -> bytes:
    items = []
    for i in range(draw(st.integers(0, 4))):
        desc = draw(wire_text).replace("]]>", "")
        link = draw(st.sampled_from(["", "<link>http://127.0.0.1:9/story</link>", "<link>not a url</link>"]))
        guid = draw(st.sampled_from(["", f"<guid>wire-{i}</guid>", "<guid isPermaLink='true'>x</guid>"]))
        items.append(f"<item><title>{draw(st.text(max_size=10)).replace('<', '')}</title>{link}{guid}"
                     f"<pubDate>{draw(date_like).replace('<', '')}</pubDate>"
                     f"<description><![CDATA[{desc}]]></description></item>")
    body = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
            f"{''.join(items)}</channel></rss>")
    if draw(st.booleans()):
        body = body[: draw(st.integers(0, len(body)))]  # truncated feed
    return body.encode("utf-8", "surrogatepass")


@st.composite
def text_file(draw) -> bytes:
    text = draw(st.one_of(wire_text, any_text))
    if draw(st.booleans()):
        text = (f"---\ntitle: {draw(st.text(max_size=10))}\npublished: {draw(date_like)}\n"
                f"id: {draw(st.text(max_size=6))}\n---\n" + text)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    enc = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]))
    return text.encode(enc, "replace")


input_file = st.one_of(
    st.tuples(st.just(".jsonl"), jsonl_file()),
    st.tuples(st.just(".html"), html_file()),
    st.tuples(st.just(".rss"), feed_file()),
    st.tuples(st.sampled_from([".txt", ".md"]), text_file()),
    st.tuples(st.sampled_from([".txt", ".jsonl", ".html", ".xml", ".json"]), st.binary(max_size=600)),
)

_CONTROL = {c for c in map(chr, range(32)) if c not in "\n\t"} | {"\x7f"}


def check_readers(files: list[tuple[str, bytes]], cfg: Settings) -> None:
    with tempfile.TemporaryDirectory(prefix="dateline-fuzz-") as tmp:
        for i, (suffix, data) in enumerate(files):
            (Path(tmp) / f"f{i:02d}{suffix}").write_bytes(data)
        arts = list(read_inputs([tmp], settings=cfg))
        good = []
        for art in arts:
            assert art.origin and art.origin.startswith(tmp), art.origin
            if art.errors:
                [err] = art.errors
                assert err.stage == "ingest" and (err.code or "").startswith("E2"), err
                assert err.reason.startswith(art.origin + ": "), err.reason
                assert "reading stopped with" not in err.reason, err.reason  # a reader crash
                assert art.text == "" and art.content_hash
            else:
                assert art.text.strip(), art.origin
                art.text.encode("utf-8")
                bad = {c for c in art.text if c in _CONTROL or unicodedata.category(c) == "Cs"}
                assert not bad, (art.origin, sorted(map(ord, bad)))
                good.append(art)
        texts = {a.id: a.text for a in good}
        for art in get_pipeline(cfg).pipe(good):
            check_contract(art, texts[art.id])


# -- the runner ----------------------------------------------------------------------------------------------


def _targets(cfg: Settings, store: Store):
    def t_extract(text: str, published: str | None) -> None:
        check_contract(extract(text, published=published, settings=cfg), text)

    def t_readers(files: list[tuple[str, bytes]]) -> None:
        check_readers(files, cfg)

    def t_store(art) -> None:
        d = art.to_dict()
        store.write_articles([art])
        assert get_article(store, art.id).to_dict() == d

    return {
        "extract": (t_extract, {"text": st.one_of(any_text, wire_text,
                                                  st.lists(st.sampled_from(FRAGMENTS + ODD)).map("".join)),
                                "published": dates}),
        "readers": (t_readers, {"files": st.lists(input_file, min_size=1, max_size=4)}),
        "store": (t_store, {"art": generated_article()}),
    }


def fuzz(name: str, fn, strategies: dict, *, seconds: float, chunk: int, seed: int) -> Result:
    res = Result(name)
    rng = random.Random(seed)
    count = {"n": 0}
    last: dict = {}

    def counted(**kw):
        count["n"] += 1
        last.clear()
        last.update(kw)  # hypothesis replays the shrunk failing example last: this is what to report
        fn(**kw)

    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        test = settings(max_examples=chunk, deadline=None, database=None, derandomize=False,
                        suppress_health_check=list(HealthCheck))(given(**strategies)(counted))
        test = _seeded(test, rng.getrandbits(64))
        res.chunks += 1
        try:
            test()
        except Exception as exc:  # noqa: BLE001 - a finding: record it and go on
            res.failures += 1
            res.findings.append(f"{type(exc).__name__}: {exc} -- example: {last!r}"[:3000])
            traceback.print_exc(limit=3)
    res.examples = count["n"]
    res.seconds = round(time.monotonic() - t0, 1)
    return res


def _seeded(test, seed: int):
    from hypothesis import seed as hseed

    return hseed(seed)(test)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", choices=["all", "extract", "readers", "store"], default="all")
    ap.add_argument("--seconds", type=float, default=300, help="total time budget (split over the targets)")
    ap.add_argument("--chunk", type=int, default=100, help="examples per hypothesis run")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", help="also write the results to this JSON file")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)  # the readers warn about every bad item by design
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every unparsable page as ERROR
    cfg = Settings()
    get_pipeline(cfg)
    with tempfile.TemporaryDirectory(prefix="dateline-fuzz-store-") as tmp, \
            Store(Path(tmp) / "f.duckdb") as store:
        targets = _targets(cfg, store)
        names = list(targets) if args.target == "all" else [args.target]
        results = [fuzz(n, *targets[n], seconds=args.seconds / len(names), chunk=args.chunk, seed=args.seed)
                   for n in names]
    print(f"{'target':<8} {'examples':>9} {'ex/s':>7} {'failures':>8} {'seconds':>8}")
    for r in results:
        print(f"{r.target:<8} {r.examples:>9} {r.examples / max(r.seconds, 1e-9):>7.1f} {r.failures:>8} "
              f"{r.seconds:>8.1f}")
        for f in r.findings:
            print(f"  finding: {f[:800]}")
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in results], indent=2))
    return 1 if any(r.failures for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())

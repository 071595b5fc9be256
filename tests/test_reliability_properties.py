"""Property tests (issue 9), with hypothesis:

- any Unicode text through `extract` gives valid contract JSON, every offset inside the text (and each
  record's `text` equal to the slice it points at), no stage error, and an exact JSON round trip;
- serialise <-> store <-> read: what `Store.write_articles` stores, `get_article` gives back unchanged,
  for pipeline output and for generated records with odd values.

Example counts are modest for `make test`; DATELINE_HYPOTHESIS_EXAMPLES=2000 runs a bigger search
(bench/fuzz.py runs the same checks at scale with a time budget).
"""

from __future__ import annotations

import itertools
import json
import math
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dateline.api_lib import extract
from dateline.config import Settings
from dateline.model import (
    Actor, Amount, Article, ErrorRecord, Event, Mention, Place, Quote, Sentence, TimeExpr, Trigger,
)
from dateline.store import Store
from dateline.store.queries import get_article

EXAMPLES = int(os.environ.get("DATELINE_HYPOTHESIS_EXAMPLES", "30"))
PROFILE = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 30,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Our own wire-style fragments: enough structure that actors, coding, quotes, amounts, times and places
# all fire, so odd characters land inside real records.
FRAGMENTS = [
    "MOSCOW, Aug 21 (Newswire) - ", "BEIJING (Newswire) -- ", "Russia", "China's foreign ministry",
    "President Vladimir Putin", "the two sides", "Ukraine and Poland", "condemned", "met", "agreed to",
    "accused", "threatened to impose sanctions on", "said on Tuesday", "last week", "on March 3, 2024",
    "\"We will respond,\" the minister said.", "$4.5 billion", "12 percent", "at least 30 people",
    "in Kyiv", "near the border with Syria", ".", ",", " ", "\n\n", "(", ")", "'", "\u201c", "\u201d",
    # Extremes of the calendar and of numbers (each once broke a stage; see docs/reliability.md).
    "in 999999999 days", "tomorrow", "10000 years ago", "MOSCOW, 31 Dec 9999 (Newswire) - ", "February 30",
    "$1e308 billion", "9" * 320 + " dollars", "week 60", "the 1990s", "\u00bd", "-5 percent", "next Monday",
]
ODD = ["\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\u2069", "\ufeff", "\u00ad", "\x00",
       "\x07",
       "\r", "\t", "\u2028", "\u0301", "\U0001F600", "\U0001F1FA\U0001F1F8", "\u05e9\u05dc\u05d5\u05dd",
       "\u0420\u043e\u0441\u0441\u0438\u044f", "\u4e2d\u56fd", "\ufffd", "\u00a0", "\u3000", "\U0001D400"]

wire_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(ODD), st.text(max_size=6)),
                     max_size=60).map(lambda parts: " ".join(parts))
any_text = st.one_of(st.text(max_size=400), wire_text)


@pytest.fixture(scope="module")
def cfg() -> Settings:
    s = Settings()
    extract("Warm-up: Russia condemned Ukraine on Monday.", settings=s)  # load the model once
    return s


def _spans(obj, path="$"):
    """Yield (path, record dict) for every dict with integer start/end, at any depth."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
            yield path, obj
        for k, v in obj.items():
            yield from _spans(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _spans(v, f"{path}[{i}]")


def check_contract(art: Article, text: str) -> dict:
    """The contract checks on one extracted article; returns its JSON dict. Raises AssertionError."""
    d = art.to_dict()
    raw = json.dumps(d, ensure_ascii=False, allow_nan=False)  # strict JSON: no NaN/Infinity
    raw.encode("utf-8")  # no lone surrogates
    back = json.loads(raw)
    assert back == d
    assert d["text"] == text
    assert d["schema_version"] == 1 and d["id"] and d["content_hash"]
    n = len(text)
    for path, rec in _spans(d):
        assert 0 <= rec["start"] <= rec["end"] <= n, (path, rec["start"], rec["end"], n)
        if isinstance(rec.get("text"), str) and not path.startswith("$.dateline"):
            assert text[rec["start"]:rec["end"]] == rec["text"], (path, rec)
        if rec.get("measures_start") is not None:
            assert 0 <= rec["measures_start"] <= rec["measures_end"] <= n, (path, rec)
    for ev in d["events"]:
        ev_s, tr = ev["evidence"], ev["trigger"]
        assert ev_s["start"] <= tr["start"] < tr["end"] <= ev_s["end"], ev
        assert math.isfinite(ev["goldstein"])
    assert d["errors"] == [], d["errors"]
    assert Article.from_dict(back).to_dict() == d
    return d


dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@PROFILE
@given(text=any_text, published=dates)
@example(text="Russia said it would meet China in 999999999 days.", published="2024-05-01")
@example(text="MOSCOW, 31 Dec 9999 (Newswire) - Russia condemned Ukraine tomorrow.", published=None)
@example(text="Russia will meet China on February 30, 2024.", published="0001-01-01")
@example(text="Russia pledged " + "9" * 320 + " dollars to Ukraine.", published=None)
def test_any_unicode_text_gives_valid_contract_json(cfg, text, published):
    art = extract(text, published=published, settings=cfg)
    check_contract(art, text)


# -- serialise <-> store <-> read ------------------------------------------------------------------------

_ids = itertools.count()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("props") / "props.duckdb") as s:
        yield s


def _assert_round_trip(store: Store, art: Article) -> None:
    summary = store.write_articles([art])
    assert summary.inserted == 1
    back = get_article(store, art.id)
    assert back.to_dict() == art.to_dict()
    assert back.origin == art.origin and back.body_start == art.body_start
    assert back.sentences == art.sentences and back.mentions == art.mentions


@PROFILE
@given(text=wire_text, published=dates)
def test_extracted_articles_round_trip_through_the_store(cfg, store, text, published):
    art = extract(text, id=f"x-{next(_ids)}", published=published, settings=cfg)
    _assert_round_trip(store, art)


small = st.integers(min_value=0, max_value=2**31 - 1)
opt_str = st.one_of(st.none(), st.text(max_size=20))
finite = st.floats(allow_nan=False, allow_infinity=False, width=64)


def _actor():
    return st.builds(Actor, start=small, end=small, text=st.text(max_size=20), code=opt_str, country=opt_str,
                     sector=opt_str, name=opt_str, role=opt_str, resolved_by=opt_str, role_date=opt_str,
                     members=st.lists(st.text(min_size=1, max_size=6), max_size=3).map(tuple))


def _place():
    return st.builds(Place, start=small, end=small, text=st.text(max_size=20), name=opt_str, country=opt_str,
                     admin1=opt_str, lat=st.one_of(st.none(), finite), lon=st.one_of(st.none(), finite),
                     geonames_id=st.one_of(st.none(), st.integers(0, 2**62)), feature_class=opt_str,
                     resolved_by=opt_str)


def _event():
    return st.builds(
        Event, source=st.one_of(st.none(), _actor()), target=st.one_of(st.none(), _actor()),
        cameo=st.text(min_size=1, max_size=4), root=st.text(min_size=1, max_size=2), goldstein=finite,
        quad_class=st.integers(0, 4),
        trigger=st.builds(Trigger, text=st.text(max_size=10), start=small, end=small),
        evidence=st.builds(Sentence, start=small, end=small),
        plover=st.one_of(st.none(), st.fixed_dictionaries({"type": opt_str, "mode": opt_str})),
        mode=st.sampled_from(["asserted", "negated", "future", "hypothetical"]),
        date=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=10)),
        date_precision=opt_str, date_source=opt_str, place=st.one_of(st.none(), _place()),
        reported_by=opt_str, reported_by_actor=st.one_of(st.none(), _actor()), pattern=opt_str)


@st.composite
def generated_article(draw) -> Article:
    text = draw(st.text(max_size=200))
    art = Article.create(text, id=f"g-{next(_ids)}", title=draw(opt_str), url=draw(opt_str),
                         source=draw(opt_str),
                         published=draw(st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))),
                         language=draw(opt_str), origin=draw(opt_str))
    art.sentences = draw(st.lists(st.builds(Sentence, start=small, end=small), max_size=3))
    art.mentions = draw(st.lists(st.builds(Mention, start=small, end=small, text=st.text(max_size=10),
                                           kind=st.text(max_size=5)), max_size=3))
    art.actors = draw(st.lists(_actor(), max_size=3))
    art.events = draw(st.lists(_event(), max_size=3))
    art.quotes = draw(st.lists(st.builds(
        Quote, start=small, end=small, text=st.text(max_size=30), speaker=st.one_of(st.none(), _actor()),
        cue=opt_str, reported_by=opt_str,
        sentence=st.one_of(st.none(), st.builds(Sentence, start=small, end=small)),
        partial=st.booleans()), max_size=2))
    art.amounts = draw(st.lists(st.builds(
        Amount, start=small, end=small, text=st.text(max_size=10), value=st.one_of(st.none(), finite),
        unit=st.text(max_size=5), kind=st.text(max_size=5), qualifier=opt_str, measures=opt_str,
        measures_start=st.one_of(st.none(), small), measures_end=st.one_of(st.none(), small),
        period=opt_str), max_size=2))
    art.times = draw(st.lists(st.builds(TimeExpr, start=small, end=small, text=st.text(max_size=10),
                                        value=opt_str, precision=opt_str, anchor=opt_str), max_size=2))
    art.places = draw(st.lists(_place(), max_size=2))
    art.errors = draw(st.lists(st.builds(ErrorRecord, stage=st.text(max_size=8), reason=st.text(max_size=40),
                                         code=opt_str), max_size=2))
    return art


@PROFILE
@given(art=generated_article())
def test_generated_records_round_trip_through_json_and_the_store(store, art):
    d = art.to_dict()
    assert Article.from_dict(json.loads(json.dumps(d, ensure_ascii=False, allow_nan=False))).to_dict() == d
    _assert_round_trip(store, art)

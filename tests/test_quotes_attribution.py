"""Quotations end to end on synthetic wire copy: the real spaCy model and the real upstream stages.

Speaker assertions check the words of the speaker's span (and the resolved name where one exists), so they
hold whether the actors stage resolves a phrase or leaves it unresolved (`code=None`).
"""

from __future__ import annotations

import pytest

from dateline.model import Article, Quote
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["nlp", "actors", "times", "quotes"])


def run(pipe: Pipeline, text: str) -> list[Quote]:
    art = pipe(Article.create(text, published="2024-05-16"))
    assert not art.errors, art.errors
    for q in art.quotes:  # every record points at its evidence
        assert art.text[q.start : q.end] == q.text
        assert q.sentence is not None and q.sentence.start <= q.start and q.end <= q.sentence.end
        if q.speaker is not None:
            assert art.text[q.speaker.start : q.speaker.end] == q.speaker.text
    return art.quotes


def by_text(quotes: list[Quote], start: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def speaker_words(q: Quote) -> str:
    sp = q.speaker
    assert sp is not None, f"no speaker for {q.text!r}"
    return f"{sp.text} {sp.name or ''}"


def test_full_quote_then_cue_and_named_speaker_with_title(pipe):
    text = '"We will not back down," Foreign Ministry spokesperson Mao Ning told a regular briefing in Beijing.'
    q = by_text(run(pipe, text), "We will not")
    assert q.text == "We will not back down"
    assert q.cue == "told"
    assert "Mao Ning" in speaker_words(q)
    assert q.partial is False


def test_partial_quote_inside_paraphrase_is_cued_by_the_naming_verb(pipe):
    text = 'Mao Ning welcomed what she called a "new chapter" in relations between the two countries.'
    q = by_text(run(pipe, text), "new chapter")
    assert q.partial is True
    assert q.cue == "called"
    assert q.speaker is not None and q.speaker.text.lower() in ("she", "mao ning")


def test_curly_quote_with_pronoun_after_it_takes_the_previous_speaker(pipe):
    text = (
        "“The sanctions are illegal,” Sergei Lavrov said on Tuesday.\n\n"
        "“They will fail, and everyone knows it,” he added."
    )
    quotes = run(pipe, text)
    first, second = by_text(quotes, "The sanctions"), by_text(quotes, "They will fail")
    assert "Lavrov" in speaker_words(first) and first.cue == "said"
    assert second.cue == "added"
    assert second.speaker is not None and second.speaker.text == "he"
    assert "Lavrov" in (second.speaker.name or "")


def test_quote_spanning_sentences_and_a_cueless_continuation(pipe):
    text = (
        '"Our position is clear. We want peace," said Dmitry Peskov, the Kremlin spokesman. '
        '"Nobody should doubt that."'
    )
    quotes = run(pipe, text)
    first = by_text(quotes, "Our position")
    assert first.text == "Our position is clear. We want peace"
    assert "Peskov" in speaker_words(first) and first.cue == "said"
    cont = by_text(quotes, "Nobody should")
    assert cont.cue is None and cont.speaker is not None and "Peskov" in speaker_words(cont)


def test_split_quote_around_the_cue(pipe):
    text = '"The door is open," Wang Yi said, "but the other side must walk through it."'
    quotes = run(pipe, text)
    assert len(quotes) == 2
    assert all(q.cue == "said" and "Wang Yi" in speaker_words(q) for q in quotes)
    assert all(q.partial is False for q in quotes)


def test_according_to_state_media_is_the_report_source(pipe):
    text = 'Xi Jinping told Vladimir Putin that relations were "at their best in history", according to Chinese state media.'
    q = by_text(run(pipe, text), "at their best")
    assert q.cue == "told"
    assert "Xi" in speaker_words(q)
    assert q.reported_by == "Chinese state media"
    assert q.partial is True


def test_according_to_alone_is_the_cue(pipe):
    text = 'The talks were "frank and useful", according to a senior diplomat.'
    q = by_text(run(pipe, text), "frank and useful")
    assert q.cue == "according to"
    assert "senior diplomat" in speaker_words(q)


def test_kremlin_readout_is_a_source_and_the_kremlin_speaks(pipe):
    text = '"Moscow values the partnership with Beijing," a Kremlin readout said.'
    q = by_text(run(pipe, text), "Moscow values")
    assert q.reported_by == "a Kremlin readout"
    assert q.speaker is not None and "Kremlin" in q.speaker.text


def test_ministry_said_in_a_statement(pipe):
    text = 'The foreign ministry said in a statement: "China firmly opposes the move."'
    q = by_text(run(pipe, text), "China firmly")
    assert q.cue == "said"
    assert "foreign ministry" in speaker_words(q).lower()
    assert q.reported_by == "a statement"
    assert q.partial is False


def test_spokesperson_of_a_ministry_is_the_speaker(pipe):
    text = 'A spokesman for the Russian defence ministry said: "Our air defences repelled the attack."'
    q = by_text(run(pipe, text), "Our air defences")
    sp = q.speaker
    assert sp is not None
    # Resolved, the ministry (or its spokesman) is RUS government/military; unresolved, the phrase itself.
    assert sp.country == "RUS" or "spokesman" in sp.text.lower()


def test_outlet_quoted_someone_as_saying(pipe):
    text = 'Xinhua quoted Xi Jinping as saying: "The world needs stability."'
    q = by_text(run(pipe, text), "The world needs")
    assert q.cue == "saying"
    assert "Xi" in speaker_words(q)
    assert q.reported_by == "Xinhua"


def test_posted_on_a_platform(pipe):
    text = 'The governor wrote on Telegram that the strike was "a cowardly act of terror".'
    q = by_text(run(pipe, text), "a cowardly act")
    assert q.cue == "wrote" and q.reported_by == "Telegram" and q.partial is True
    assert "governor" in speaker_words(q).lower()


def test_scare_quotes_without_a_cue_are_not_quotations(pipe):
    text = 'The so-called "peace plan" was published on Friday.'
    assert run(pipe, text) == []


def test_quote_in_one_paragraph_never_takes_a_cue_from_the_next(pipe):
    text = '"We are ready for talks at any moment."\n\nSeparately, the minister told reporters the weather was fine.'
    q = by_text(run(pipe, text), "We are ready")
    assert q.cue is None and q.speaker is None


def test_an_actors_own_words_reported_by_an_according_to_source(pipe):
    text = ('Indian Prime Minister Narendra Modi hailed a "golden era" of ties with Japan, '
            'according to the Indian foreign ministry.')
    q = by_text(run(pipe, text), "golden era")
    assert q.cue == "according to"
    assert "Modi" in speaker_words(q) and q.speaker.code == "INDGOV"
    assert q.reported_by == "the Indian foreign ministry"


# ---- outlets that quote (twelfth pass)
def test_an_outlet_saying_while_quoting_an_official(pipe: Pipeline) -> None:
    (q,) = run(pipe, '"The crossing will reopen on Friday," state media said, quoting the transport minister.')
    assert q.speaker is not None and q.speaker.text.endswith("transport minister"), q
    assert q.reported_by == "state media", q


def test_quoted_as_saying_by_an_outlet(pipe: Pipeline) -> None:
    (q,) = run(pipe, '"Our patience has limits," Lukashenko was quoted as saying by state media.')
    assert q.speaker is not None and q.speaker.text == "Lukashenko", q
    assert q.reported_by == "state media", q


def test_a_speaker_quoting_a_letter_stays_the_speaker(pipe: Pipeline) -> None:
    (q,) = run(pipe, '"The offer stands," the envoy said, quoting a letter from the palace.')
    assert q.speaker is not None and q.speaker.text.endswith("envoy") and q.reported_by is None, q


def test_a_judgement_in_quotation_marks_is_the_judges_own_words(pipe):
    quotes = run(pipe, 'ROME, May 2 (Wire) - "We will answer this," the Italian foreign minister said on Tuesday. '
                       'The Libyan embassy in Rome rejected the charges as "pure fabrication".')
    q = by_text(quotes, "pure fabrication")
    assert q.speaker is not None and q.speaker.country == "LBY" and q.cue == "rejected", q
    q = by_text(quotes, "We will answer this")
    assert q.speaker is not None and q.speaker.country == "ITA", q

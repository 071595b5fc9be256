"""Review 15 (r1): the first sentence after a blanked dateline header, sentence-initial "It"/"He" carried
over from the previous sentence's subject."""

from __future__ import annotations

from coding_helpers import pipe, summary  # noqa: F401 - `pipe` is a fixture

from dateline.ingest.dateline_header import apply_dateline
from dateline.model import Article


def code(pipe, text, published="2024-05-06"):
    """The events of `text` read as ingest reads it: the wire dateline header recorded and blanked."""
    art = Article.create(text, published=published)
    apply_dateline(art)
    assert art.body_start > 0, "the test text needs a wire dateline header"
    return pipe(art).events


def test_two_titled_leaders_opening_a_datelined_story_stay_two_actors(pipe):
    events = code(pipe, "ANKARA, March 2 (Wire) - Russian President Vladimir Putin and Turkish President "
                        "Tayyip Erdogan discussed grain exports in a telephone call on Monday, the Kremlin "
                        "said.")
    pairs = {(e.source.text, e.target.text if e.target else None) for e in events if e.source}
    assert ("Russian President Vladimir Putin", "Turkish President Tayyip Erdogan") in pairs, pairs
    assert all(e.source.code != e.target.code for e in events if e.source and e.target), pairs


def test_it_opening_a_sentence_is_the_previous_sentences_organisation(pipe):
    events = code(pipe, "KAMPALA, May 4 (Wire) - Uganda's intelligence agency said it had arrested a "
                        "Rwandan trader near the border.\n\nIt accused the Rwandan embassy of directing "
                        "the trader.")
    hit = [e for e in events if e.cameo.startswith("112")]
    assert hit and hit[0].source.country == "UGA", events
    assert hit[0].target is not None and hit[0].target.code == "RWAGOV", hit


def test_he_opening_a_sentence_is_the_previous_unnamed_representative(pipe):
    events = code(pipe, "NAIROBI, May 4 (Wire) - The Somali government's representative welcomed the "
                        "vote.\n\nHe accused the Shabaab militants of attacking a market in Baidoa.")
    hit = [e for e in events if e.cameo.startswith("112")]
    assert hit and hit[0].source.code == "SOMGOV", events


def test_an_expletive_it_and_a_person_before_it_give_no_actor(pipe):
    got = summary(code(pipe, "KAMPALA, May 4 (Wire) - Uganda's police said they had arrested two "
                             "Rwandan traders.\n\nIt remained unclear if either trader had a lawyer."))
    assert all(s is not None for s, _t, _c, _m in got), got
    events = code(pipe, "KAMPALA, May 4 (Wire) - Ugandan Foreign Minister Jeje Odongo met the envoy on "
                        "Monday.\n\nIt accused Kenya of delaying the pipeline.")
    assert not [e for e in events if e.cameo == "112" and e.source is not None], events

"""Title Case headlines: parsed with their common words lowered, recorded as written."""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.nlp_case import is_title_case, lower_title_case


def _events(article):
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in article.events]


def test_title_case_detection():
    assert is_title_case("Peru Condemns Chile Over Border Incident")
    assert is_title_case("Kenyan Police Arrest Dozens After Nairobi Protest")
    assert not is_title_case("Peru condemned Chile over a border incident on Monday.")
    assert not is_title_case("UN Talks")  # too short to tell
    assert not is_title_case("PERU CONDEMNS CHILE OVER BORDER INCIDENT")  # all caps: left alone


def test_lowering_keeps_length_names_and_body_lines():
    text = ("Peru Condemns Chile Over Border Incident\n"
            "LIMA - Peru condemned Chile on Monday over what Lima called a Border Incident.")
    out = lower_title_case(text)
    assert len(out) == len(text)
    first, second = out.split("\n")
    assert first == "Peru condemns Chile over Border Incident"  # names and unknown words stay
    assert second == text.split("\n")[1]  # a sentence-case line is never touched
    body = "Peru condemned Chile on Monday."
    assert lower_title_case(body) is body


@pytest.mark.parametrize("headline, want", [
    ("Peru Condemns Chile Over Border Incident", ("PER", "111", "CHL")),
    ("Japan Imposes Sanctions On North Korea", ("JPN", "163", "PRK")),
])
def test_headlines_are_coded(headline, want):
    art = extract(headline, published="2024-05-06")
    assert want in _events(art)
    # the records quote the article as written, at the same offsets
    ev = next(e for e in art.events if (e.source.code, e.cameo, e.target.code) == want)
    assert art.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
    assert ev.trigger.text[0].isupper()


def test_a_headline_line_above_the_body():
    text = ("Russian President Vladimir Putin Visits Beijing\n\n"
            "Russian President Vladimir Putin arrived in Beijing on Thursday for talks with Chinese "
            "President Xi Jinping.")
    art = extract(text, published="2024-05-16")
    head = [e for e in art.events if e.trigger.start < text.index("\n")]
    assert any(e.cameo == "042" and e.source.code.startswith("RUS") for e in head)
    for m in art.mentions:
        assert art.text[m.start:m.end] == m.text

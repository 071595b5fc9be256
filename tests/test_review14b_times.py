"""Counts that spaCy tags as DATE ("detained 46 \"rioters\"") are not years (extract/times.py, review 14b)."""

from __future__ import annotations

from dateline.api_lib import extract


def _event(text, trigger, published="2025-03-04"):
    art = extract(text, published=published)
    found = [e for e in art.events if e.trigger.text == trigger]
    assert found, art.events
    return art, found[0]


def test_a_quoted_count_is_not_a_year():
    # spaCy tags this "46" as a DATE; dateparser alone would make it the year 1946
    art, e = _event('LUSAKA, March 4 (Wire) - Police spokesman Joseph Banda said officers had '
                    'detained 46 "rioters" '
                    'who attacked a patrol vehicle with stones.', "detained")
    assert e.date == "2025-03-04", e
    assert not any(t.value in ("1946", "2046") for t in art.times), art.times


def test_a_four_digit_year_is_still_a_year():
    art, e = _event("LUSAKA, March 4 (Wire) - Police arrested the former minister in 2019, his lawyer said.",
                    "arrested")
    assert e.date == "2019", e

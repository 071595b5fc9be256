"""Events dated by an offset from their main clause: "came a week after Moscow and Kyiv agreed to a truce"
(extract/times_offsets.py)."""

from __future__ import annotations

from dateline.api_lib import extract


def _dated(text, trigger, published="2026-03-03"):
    art = extract(text, published=published)
    found = [e for e in art.events if e.trigger.text == trigger]
    assert found, art.events
    return found[0]


def test_a_week_after_is_the_week_before_the_main_clause():
    e = _dated("KYIV, March 2 (Wire) - The exchange came a week after Moscow and Kyiv agreed to a truce at sea.",
               "agreed")
    assert (e.date, e.date_precision, e.date_source) == ("2026-W09", "week", "offset"), e


def test_days_after_hanging_on_the_clause_are_days_before():
    e = _dated("KYIV, March 2 (Wire) - The strike came two days after Russia attacked Kharkiv.", "attacked")
    assert (e.date, e.date_precision, e.date_source) == ("2026-02-28", "day", "offset"), e


def test_after_without_a_duration_keeps_the_clause_date():
    e = _dated("KYIV, March 2 (Wire) - Russia attacked Kharkiv after the talks collapsed.", "attacked")
    assert (e.date, e.date_source) == ("2026-03-02", "dateline"), e

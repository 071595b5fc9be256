"""The story's own clock: "two days later" / "a week earlier" date an event from the last date the story named
(`extract.times_offsets.narrative_date`). Synthetic articles through the real pipeline."""

from __future__ import annotations

from dateline.api_lib import extract


def _dates(art, trigger):
    return [(e.date, e.date_source) for e in art.events if e.trigger.text == trigger]


def test_days_later_count_from_the_last_date_named():
    art = extract("MANILA, March 9 (Wire) - Chinese ships rammed a Philippine patrol boat on Tuesday, the coast "
                  "guard said.\nThe Philippines summoned the Chinese ambassador three days later.\nTwo days "
                  "earlier, Manila had warned Beijing.", published="2024-03-09")
    assert _dates(art, "summoned") == [("2024-03-08", "offset")], _dates(art, "summoned")
    assert ("2024-03-03", "offset") in _dates(art, "warned"), _dates(art, "warned")


def test_without_a_date_before_it_the_dateline_stands():
    art = extract("MANILA, March 9 (Wire) - The Philippines summoned the Chinese ambassador three days later.",
                  published="2024-03-09")
    assert _dates(art, "summoned") and all(src != "offset" for _d, src in _dates(art, "summoned"))


def test_later_in_another_clause_dates_only_that_clause():
    art = extract("MANILA, March 9 (Wire) - Chinese ships rammed a Philippine boat on Tuesday.\nManila protested, "
                  "and the boat returned to port two days later.", published="2024-03-09")
    assert all(src != "offset" for _d, src in _dates(art, "protested")), _dates(art, "protested")

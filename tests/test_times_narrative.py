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


def test_a_weekday_in_an_appeals_complement_is_still_to_come():
    art = extract("NAIROBI, June 12 (Wire) - The opposition called on its supporters to strike on Thursday, and "
                  "Kenya urged Uganda to attend talks on Friday.", published="2024-06-12")  # a Wednesday
    values = {t.text: t.value for t in art.times if t.start > 25}
    assert values.get("Thursday") == "2024-06-13" and values.get("Friday") == "2024-06-14", values
    art = extract("NAIROBI, June 12 (Wire) - The president called on Monday for calm.", published="2024-06-12")
    assert {t.text: t.value for t in art.times if t.start > 25}.get("Monday") == "2024-06-10"

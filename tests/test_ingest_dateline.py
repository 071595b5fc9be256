"""Wire dateline headers, publication-date validation and the English check."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest.dateline_header import apply_dateline, find_dateline
from dateline.ingest.dates import parse_published
from dateline.ingest.language import detect_language
from dateline.model import Article

BODY = "The two governments agreed on Tuesday to extend their trade agreement, officials said."


def art(text: str, **meta) -> Article:
    a = Article.create(text, **meta)
    apply_dateline(a)
    return a


@pytest.mark.parametrize(
    ("header", "place", "date", "agency"),
    [
        ("MOSCOW, Aug 21, 2024 (Newswire) - ", "Moscow", "2024-08-21", "Newswire"),
        ("KYIV, Ukraine, Aug. 21, 2024 (AP) — ", "Kyiv, Ukraine", "2024-08-21", "AP"),
        ("UNITED NATIONS, 21 August 2024 - ", "United Nations", "2024-08-21", None),
        ("WASHINGTON (Reuters) -- ", "Washington", None, "Reuters"),
        ("BRUSSELS - ", "Brussels", None, None),
        ("MOSCOW, August 21, 2024. /TASS/. ", "Moscow", "2024-08-21", "TASS"),
        ("SEOUL, Sept 10, 2024 (Newswire) – ", "Seoul", "2024-09-10", "Newswire"),
        ("NEW DELHI, 2024-08-20 (Newswire) - ", "New Delhi", "2024-08-20", "Newswire"),
        ("THE HAGUE, Netherlands, Thursday, Aug 22, 2024 (Newswire) - ", "The Hague, Netherlands", "2024-08-22",
         "Newswire"),
    ],
)
def test_header_shapes(header, place, date, agency):
    a = art(header + BODY)
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.date, a.dateline.agency) == (place, date, agency)
    assert a.body_start == len(header) == a.dateline.end
    assert a.text[a.body_start :] == BODY
    assert a.dateline.text == header.strip()


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        "US - China relations worsened on Monday after the talks collapsed, officials said.",
        "NATO said on Monday it would send more troops to the region.",
        "Russia and China - the two largest members - voted against the resolution.",
        "A spokesman said the MOSCOW, Aug 21 (Newswire) - style header appears only at the start.",
    ],
)
def test_no_header(text):
    a = art(text)
    assert a.dateline is None and a.body_start == 0


def test_header_after_a_byline():
    a = art("By Jane Doe\nLIMA, Aug 21, 2024 (Newswire) - " + BODY)
    assert a.dateline.place == "Lima" and a.text[a.body_start :] == BODY


def test_year_from_published_nearest_day():
    a = art("MOSCOW, Dec 31 (Newswire) - " + BODY, published="2025-01-02")
    assert a.dateline.date == "2024-12-31"
    assert a.published == "2025-01-02"  # kept, never overwritten by the header
    b = art("MOSCOW, Aug 21 (Newswire) - " + BODY, published="2023-08-22")
    assert b.dateline.date == "2023-08-21"


def test_a_dateline_is_never_months_after_publication():
    # a story published in June with a "Sept 12" dateline was filed last September, not the coming one
    a = art("SEOUL, Sept 12 (Newswire) - " + BODY, published="2025-06-18")
    assert a.dateline.date == "2024-09-12"
    b = art("SEOUL, June 19 (Newswire) - " + BODY, published="2025-06-18")  # a time zone's day ahead
    assert b.dateline.date == "2025-06-19"


def test_year_from_url_then_today():
    a = art("MOSCOW, Aug 21 (Newswire) - " + BODY, url="https://news.example.org/2022/08/21/talks")
    assert a.dateline.date == "2022-08-21" and a.published == "2022-08-21"
    b = art("MOSCOW, Jan 2 (Newswire) - " + BODY)
    today = dt.date.today()
    got = dt.date.fromisoformat(b.dateline.date)
    assert (got.month, got.day) == (1, 2) and got <= today + dt.timedelta(days=7)
    assert got > today - dt.timedelta(days=366)


def test_weekday_only_and_impossible_day():
    a = art("MOSCOW, Thursday (Newswire) - " + BODY, published="2024-08-24")  # a Saturday
    assert a.dateline.date == "2024-08-22"
    b = art("MOSCOW, Thursday (Newswire) - " + BODY)
    assert b.dateline is not None and b.dateline.date is None and b.published is None
    c = art("MOSCOW, Feb 30, 2024 (Newswire) - " + BODY)
    assert c.dateline.place == "Moscow" and c.dateline.date is None


def test_apply_dateline_is_idempotent():
    a = art("MOSCOW, Aug 21, 2024 (Newswire) - " + BODY)
    first = a.dateline
    apply_dateline(a)
    assert a.dateline is first
    assert find_dateline(a) == first


def test_round_trip_keeps_body_start():
    a = art("MOSCOW, Aug 21, 2024 (Newswire) - " + BODY)
    b = Article.from_dict(a.to_dict())
    assert b.dateline == a.dateline and b.body_start == a.body_start


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-08-21", "2024-08-21"),
        ("2024-08-21T23:30:00-05:00", "2024-08-21"),
        ("2024-08-21 10:30", "2024-08-21"),
        ("Wed, 21 Aug 2024 10:30:00 GMT", "2024-08-21"),
        ("Wed, 21 Aug 2024", "2024-08-21"),
        ("21 August 2024", "2024-08-21"),
        ("Aug. 21, 2024", "2024-08-21"),
        ("2024/08/21", "2024-08-21"),
        ("20240821", "2024-08-21"),
        ("21/08/2024", "2024-08-21"),
        ("08/21/2024", "2024-08-21"),
        ("2024-02-29", "2024-02-29"),
    ],
)
def test_published_accepted(value, iso):
    assert parse_published(value) == iso


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2023-02-29", "not a real date"),
        ("2024-13-01", "not a real date"),
        ("Mon, 31 Feb 2024 10:00:00 GMT", "not a real date"),
        ("1850-01-01", "outside 1900"),
        ("03/04/2024", "ambiguous"),
        ("2024-08", "not a date"),
        ("yesterday", "not a date"),
        ("", "empty"),
        (1724198400, "must be a string"),
    ],
)
def test_published_refused(value, why):
    with pytest.raises(ValueError, match=why) as info:
        parse_published(value)
    assert "YYYY-MM-DD" in str(info.value)


def test_language_detector():
    assert detect_language(BODY * 3).english
    assert detect_language("Talks end").english  # too short to judge: passes
    fr = detect_language("Le gouvernement a annoncé mardi que les ministres de la défense se réuniront à Paris "
                         "la semaine prochaine pour discuter de la sécurité en Europe et de la coopération.")
    assert not fr.english and fr.language == "French"
    uk = detect_language("Міністерство закордонних справ України заявило у вівторок, що Київ готовий до переговорів.")
    assert not uk.english and uk.language == "Cyrillic script"
    mixed = detect_language("Officials in Kyiv (Київ) said on Tuesday that the talks with Poland would resume "
                            "next week in Warsaw, the foreign ministry said.")
    assert mixed.english


def test_a_long_headline_without_function_words_is_not_refused():
    # wire headlines and captions can be a dozen nouns and names; "unknown" needs a longer text
    head = detect_language("Border guards seize smuggled cattle herd, arresting nine herders near "
                           "northern border town")
    assert head.english, head
    # a longer text in a language with no word list here is still refused as unknown
    swahili = detect_language(" ".join(["Serikali ilitangaza jumatatu kwamba mawaziri wa ulinzi watakutana "
                                        "mjini Nairobi wiki ijayo kujadili usalama wa kanda"] * 3))
    assert not swahili.english and swahili.language == "unknown (not English)", swahili

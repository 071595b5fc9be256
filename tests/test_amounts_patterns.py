"""Surface amount patterns and number normalisation (no parser needed)."""

from __future__ import annotations

import pytest

from dateline.extract.amount_patterns import find_surface_amounts, parse_number


def amounts(text: str) -> list[tuple[str, float | None, str, str, str | None]]:
    return [
        (text[a.start : a.end], a.value, a.unit, a.kind, a.qualifier) for a in find_surface_amounts(text, 0, len(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade reached $240 billion.", ("$240 billion", 240e9, "USD", "money", None)),
        ("It set aside 1.5 trillion yuan.", ("1.5 trillion yuan", 1.5e12, "CNY", "money", None)),
        ("Brussels pledged €3bn.", ("€3bn", 3e9, "EUR", "money", None)),
        ("A fine of 120 million rubles was imposed.", ("120 million rubles", 120e6, "RUB", "money", None)),
        ("Sales hit US$1.2bn.", ("US$1.2bn", 1.2e9, "USD", "money", None)),
        ("Output was worth HK$300 million.", ("HK$300 million", 300e6, "HKD", "money", None)),
        ("The loan is EUR 3 billion.", ("EUR 3 billion", 3e9, "EUR", "money", None)),
        ("They spent a billion dollars.", ("a billion dollars", 1e9, "USD", "money", None)),
        ("Seoul offered 3 trillion won in aid.", ("3 trillion won", 3e12, "KRW", "money", None)),
        ("Growth slowed to 1.6%.", ("1.6%", 1.6, "percent", "percent", None)),
        ("Exports rose 26 percent.", ("26 percent", 26.0, "percent", "percent", None)),
        ("Exports rose 26 per cent.", ("26 per cent", 26.0, "percent", "percent", None)),
        ("Rates rose two percentage points.", ("two percentage points", 2.0, "percentage_point", "percent", None)),
        ("Rates rose by 50 basis points.", ("50 basis points", 50.0, "basis_point", "percent", None)),
        ("Imports fell by more than a quarter.", ("more than a quarter", 0.25, "fraction", "fraction", "more_than")),
        ("A third of voters stayed home.", ("A third", 1 / 3, "fraction", "fraction", None)),
        ("Nearly two-thirds of the budget went to defence.", ("Nearly two-thirds", 2 / 3, "fraction", "fraction",
                                                             "approximately")),
        ("One in five Russians backed it.", ("One in five", 0.2, "fraction", "fraction", None)),
        ("Shipments nearly doubled.", ("nearly doubled", 2.0, "multiplier", "change", "approximately")),
        ("Prices more than tripled.", ("more than tripled", 3.0, "multiplier", "change", "more_than")),
        ("Deliveries saw a threefold rise.", ("threefold", 3.0, "multiplier", "change", None)),
        ("The budget grew to about $5 billion.", ("about $5 billion", 5e9, "USD", "money", "approximately")),
        ("Damage of up to 40 million euros was reported.", ("up to 40 million euros", 40e6, "EUR", "money", "up_to")),
    ],
)
def test_surface_amount(text, expected):
    assert amounts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose in the first half of the year.",
        "A third round of talks opened in Geneva.",
        "It was a half-hour meeting.",
        "The minister doubled down on his remarks.",
        "The party, which in 2019 won a majority, lost ground.",
        "The first quarter was weak.",
    ],
)
def test_words_that_only_look_like_amounts(text):
    assert amounts(text) == []


def test_parse_number_forms():
    assert parse_number("1,200") == 1200.0
    assert parse_number("twenty-five") == 25.0
    assert parse_number("1.1", "billion") == 1_100_000_000.0
    assert parse_number("3", "bn") == 3e9
    assert parse_number("several") is None

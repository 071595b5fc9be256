"""Amounts end to end on synthetic wire copy: what each measures, the period, counts of people.

Runs the real spaCy model and the real `times` stage; periods are checked against the times layer's own
record for the expression, so the test pins the linking done here, not the times stage's arithmetic.
"""

from __future__ import annotations

import json

import pytest

from dateline.model import Amount, Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(stages=["nlp", "actors", "times", "quotes", "amounts"])


def run(pipe: Pipeline, text: str) -> Article:
    art = pipe(Article.create(text, published="2024-05-16"))
    assert not art.errors, art.errors
    for a in art.amounts:  # every record points at its evidence
        assert art.text[a.start : a.end] == a.text
        if a.measures_start is not None:
            assert 0 <= a.measures_start < a.measures_end <= len(art.text)
    return art


def amount(art: Article, text: str) -> Amount:
    found = [a for a in art.amounts if a.text == text]
    assert len(found) == 1, [a.text for a in art.amounts]
    return found[0]


def period_of(art: Article, time_text: str) -> str:
    t = [t for t in art.times if t.text.lower() == time_text.lower()]
    assert t, f"times layer has no {time_text!r}: {[x.text for x in art.times]}"
    return t[0].value or t[0].text


def test_trade_figures_measure_the_subject_and_take_the_period(pipe):
    art = run(pipe, "Trade between China and Russia rose 26 percent to $240 billion last year.")
    pct, money = amount(art, "26 percent"), amount(art, "$240 billion")
    assert (pct.value, pct.unit, pct.kind) == (26.0, "percent", "percent")
    assert (money.value, money.unit, money.kind) == (240e9, "USD", "money")
    for a in (pct, money):
        assert a.measures == "Trade between China and Russia"
        assert art.text[a.measures_start : a.measures_end] == a.measures
        assert a.period == period_of(art, "last year")


def test_period_from_a_range(pipe):
    art = run(pipe, "Russian oil exports to India totalled 1.5 trillion roubles between January and July.")
    a = amount(art, "1.5 trillion roubles")
    assert (a.value, a.unit) == (1.5e12, "RUB")
    assert a.measures == "Russian oil exports to India"
    assert a.period == period_of(art, "between January and July")


def test_money_modifying_a_noun_and_worth(pipe):
    art = run(pipe, "The two sides signed a $400 billion gas deal. Moscow agreed a loan worth €3bn.")
    assert amount(art, "$400 billion").measures == "gas deal"
    euro = amount(art, "€3bn")
    assert (euro.value, euro.unit, euro.measures) == (3e9, "EUR", "loan")


def test_money_in_a_complement_and_spent_on(pipe):
    art = run(pipe, "China and Russia did $240 billion in trade. Moscow spent 120 million rubles on drones.")
    assert amount(art, "$240 billion").measures == "trade"
    rub = amount(art, "120 million rubles")
    assert (rub.value, rub.unit, rub.measures) == (120e6, "RUB", "drones")


def test_money_paid_by_an_agent_measures_nothing_rather_than_the_payer(pipe):
    art = run(pipe, "The central bank injected 1.5 trillion yuan.")
    assert amount(art, "1.5 trillion yuan").measures is None


def test_percent_change_noun_and_share_of_a_whole(pipe):
    art = run(pipe, "Officials reported a 12% rise in exports. The budget deficit was 2.5% of GDP.")
    assert amount(art, "12%").measures == "exports"
    assert amount(art, "2.5%").measures == "budget deficit"


def test_fractions_and_multipliers(pipe):
    art = run(pipe, "More than a quarter of exports went to China. Grain shipments nearly doubled in 2023.")
    q = amount(art, "More than a quarter")
    assert (q.value, q.unit, q.kind, q.qualifier, q.measures) == (0.25, "fraction", "fraction", "more_than", "exports")
    d = amount(art, "nearly doubled")
    assert (d.value, d.unit, d.kind, d.qualifier) == (2.0, "multiplier", "change", "approximately")
    assert d.measures == "Grain shipments"
    assert d.period == period_of(art, "2023")


def test_counts_of_people_killed_and_wounded(pipe):
    art = run(pipe, "At least 12 people were killed and 30 wounded in the shelling, officials said.")
    killed = amount(art, "At least 12 people")
    assert (killed.value, killed.unit, killed.kind, killed.qualifier) == (12.0, "people", "count", "at_least")
    assert killed.measures == "people killed"
    assert art.text[killed.measures_start : killed.measures_end] == "people were killed"
    wounded = amount(art, "30")
    assert (wounded.value, wounded.unit, wounded.measures) == (30.0, "people", "wounded")


def test_counts_arrested_displaced_dead_and_death_toll(pipe):
    art = run(
        pipe,
        "Police detained more than 200 protesters. The fighting displaced 10,000 Ukrainian civilians. "
        "The strike left five people dead. The death toll rose to 45. Dozens of people were arrested.",
    )
    det = amount(art, "more than 200 protesters")
    assert (det.value, det.qualifier, det.measures) == (200.0, "more_than", "protesters detained")
    displaced = amount(art, "10,000 Ukrainian civilians")
    assert (displaced.value, displaced.measures) == (10_000.0, "Ukrainian civilians displaced")
    assert amount(art, "five people").measures == "people dead"
    toll = amount(art, "45")
    assert (toll.value, toll.unit, toll.measures) == (45.0, "people", "death toll")
    vague = amount(art, "Dozens")
    assert vague.value is None and vague.measures == "people arrested"


def test_numbers_that_count_no_people_are_not_amounts(pipe):
    art = run(pipe, "The two leaders held three rounds of talks in 2023 and inspected 40 tanks.")
    assert [a for a in art.amounts if a.kind == "count"] == []


def test_amounts_and_quotes_are_in_the_extract_json(pipe):
    art = run(pipe, '"Trade will reach $300 billion," the minister said.')
    data = json.loads(art.to_json())
    assert data["amounts"][0]["unit"] == "USD" and data["amounts"][0]["value"] == 300e9
    assert data["quotes"][0]["text"] == "Trade will reach $300 billion"
    back = Article.from_dict(data)
    assert back.amounts == art.amounts and back.quotes == art.quotes


def test_an_amount_of_a_noun_measures_that_noun():
    from dateline.api_lib import extract

    for text, noun in (("The World Bank approved a loan of $1.2 billion for Kenya on Monday.", "loan"),
                       ("A Paris court imposed a fine of 3 million euros on the bank.", "fine"),
                       ("Washington offered a reward of up to $10 million for information on the hackers.",
                        "reward")):
        art = extract(text, published="2024-02-02")
        money = [a for a in art.amounts if a.kind == "money"]
        assert money and money[0].measures == noun, (text, [(a.text, a.measures) for a in art.amounts])

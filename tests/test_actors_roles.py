"""Dated roles in the shipped dictionary, including changes after the Wikidata snapshot (early 2023)."""

from __future__ import annotations

import pytest

from dateline.actors.data import load_dictionary

# (country, role, date, expected holder): well-known public facts.
CASES = [
    ("GBR", "head_of_government", "2024-07-04", "Rishi Sunak"),
    ("GBR", "head_of_government", "2024-07-05", "Keir Starmer"),
    ("GBR", "head_of_government", "2022-10-01", "Liz Truss"),
    ("GBR", "head_of_state", "2023-05-06", "Charles III"),
    ("USA", "head_of_state", "2025-01-19", "Joe Biden"),
    ("USA", "head_of_state", "2025-01-20", "Donald Trump"),
    ("USA", "foreign_minister", "2025-06-01", "Marco Rubio"),
    ("USA", "head_of_state", "2010-01-01", "Barack Obama"),
    ("CHN", "head_of_government", "2023-01-01", "Li Keqiang"),
    ("CHN", "head_of_government", "2024-01-01", "Li Qiang"),
    ("CHN", "foreign_minister", "2023-05-01", "Qin Gang"),
    ("CHN", "foreign_minister", "2024-05-01", "Wang Yi"),
    ("CHN", "defence_minister", "2024-05-01", "Dong Jun"),
    ("RUS", "head_of_state", "2010-01-01", "Dmitry Medvedev"),
    ("RUS", "head_of_government", "2010-01-01", "Vladimir Putin"),
    ("RUS", "head_of_state", "2024-01-01", "Vladimir Putin"),
    ("RUS", "defence_minister", "2024-01-01", "Sergey Shoygu"),
    ("RUS", "defence_minister", "2024-06-01", "Andrei Belousov"),
    ("UKR", "foreign_minister", "2024-10-01", "Andrii Sybiha"),
    ("DEU", "head_of_government", "2024-01-01", "Olaf Scholz"),
    ("DEU", "head_of_government", "2025-06-01", "Friedrich Merz"),
    ("FRA", "head_of_government", "2024-03-01", "Gabriel Attal"),
    ("JPN", "head_of_government", "2025-01-01", "Shigeru Ishiba"),
    ("ISR", "head_of_government", "2023-06-01", "Benjamin Netanyahu"),
    ("ITA", "head_of_government", "2023-06-01", "Giorgia Meloni"),
    ("IRN", "head_of_state", "2024-09-01", "Masoud Pezeshkian"),
    ("IGOWSTNAT", "secretary_general", "2025-01-01", "Mark Rutte"),
]


@pytest.mark.parametrize(("country", "role", "date", "expected"), CASES)
def test_office_holder_on_date(country, role, date, expected):
    d = load_dictionary()
    hit = d.holder(country, role, date)
    assert hit is not None, f"nobody holds {role} of {country} on {date}"
    assert d.people[hit[0]].name == expected


def test_leader_means_the_chief_executive():
    d = load_dictionary()
    assert d.people[d.holder("GBR", "leader", "2019-01-01")[0]].name == "Theresa May"
    assert d.people[d.holder("USA", "leader", "2019-01-01")[0]].name == "Donald Trump"


def test_stale_open_terms_are_not_vouched_for_long_after_the_snapshot():
    d = load_dictionary()
    # Wikidata's South Korean foreign minister in 2022 is open-ended; by 2026 the data no longer vouches.
    assert d.holder("KOR", "foreign_minister", "2022-08-01") is not None
    assert d.holder("KOR", "foreign_minister", "2026-06-01") is None

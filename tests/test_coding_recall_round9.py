"""Recall on varied news text (ninth pass): triggers that were missing from the lexicon, event nouns under
verbs that bring them about, headline-case plurals, names that contain event words. Each rule is checked on
our own synthetic wire sentence run through the real pipeline (spaCy + actors + coder)."""

from __future__ import annotations

from dateline.coding.lexicon import load_lexicon
from dateline.model import ASSERTED

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - pipe is a fixture


def _plover(evs, code_):
    return next(e.plover["type"] for e in evs if e.cameo == code_)


# --- yielding: concessions, standing down ---------------------------------------------------------------
def test_concessions_made_to_a_country_are_a_yield(pipe):
    evs = code(pipe, "Japan made concessions to South Korea on fishing quotas on Tuesday.")
    assert ("JPN", "KOR", "080", ASSERTED) in summary(evs), summary(evs)
    assert _plover(evs, "080") == "CONCEDE"


def test_offered_concessions_are_an_intent_to_yield(pipe):
    got = summary(code(pipe, "Serbia offered concessions to Kosovo during the talks in Brussels."))
    assert any(s == "SRB" and c == "035" for s, _t, c, _m in got), got
    assert "080" not in codes(got), got


def test_headline_case_plural_finds_the_singular_entry(pipe):
    # "Concessions" in headline case is tagged a proper noun and left unlemmatised
    got = summary(code(pipe, "Pakistan Makes Concessions To India On Trade"))
    assert ("PAK", "IND", "080", ASSERTED) in got, got
    lex = load_lexicon()
    assert lex.candidates("NOUN", "concessions") == lex.candidates("NOUN", "concession")
    assert lex.candidates("NOUN", "crisis") == ()  # no bogus singular of a word that is not plural


def test_acronym_is_not_read_as_a_plural(pipe):
    # "AIDS" must not fall back to the entry of "aid"
    evs = code(pipe, "Malawi asked donors for money to treat AIDS, the health minister said.")
    assert not any("cur.n.aid." in (e.pattern or "") for e in evs), [e.pattern for e in evs]
    assert load_lexicon().candidates("NOUN", "aids")  # the fallback itself still finds "aid"


def test_laying_down_arms_and_disbanding_demobilize(pipe):
    got = summary(code(pipe, "Colombian rebels laid down their arms on Friday under a deal with the government."))
    assert any(s == "COL" and c == "0873" for s, _t, c, _m in got), got
    got = summary(code(pipe, "The Sudanese militia disbanded last week, its commander said."))
    assert any(s == "SDN" and c == "0873" for s, _t, c, _m in got), got


# --- support and cooperation ------------------------------------------------------------------------------
def test_approving_of_a_policy_endorses_it(pipe):
    got = summary(code(pipe, "Germany approves of France's budget policy, the chancellor said on Monday."))
    assert ("DEU", "FRA", "051", ASSERTED) in got, got


def test_resumed_relations_are_diplomatic_cooperation(pipe):
    got = summary(code(pipe, "Brazil and Argentina resumed diplomatic relations on Monday after a long freeze."))
    assert ("BRA", "ARG", "050", ASSERTED) in got and ("ARG", "BRA", "050", ASSERTED) in got, got


def test_cooperation_named_by_its_field(pipe):
    got = summary(code(pipe, "Pakistan and Turkey improved military cooperation on Tuesday."))
    assert ("PAK", "TUR", "062", ASSERTED) in got, got
    # a light verb's generic "expand ties" pattern gives way to the field the noun names
    evs = code(pipe, "Kenya and Uganda expanded economic cooperation under a new accord.")
    assert ("KEN", "UGA", "061", ASSERTED) in summary(evs), summary(evs)
    assert _plover(evs, "061") == "COOPERATE"
    got = summary(code(pipe, "France and Germany strengthened ties with a new defence pact."))
    assert ("FRA", "DEU", "050", ASSERTED) in got, got  # no field named: the verb's own pattern


def test_event_word_inside_an_organisation_name_is_no_event(pipe):
    got = summary(code(pipe, "The Asia-Pacific Economic Cooperation forum agreed to set up a research center "
                             "in Tokyo."))
    assert not any(c.startswith("06") for c in codes(got)), got
    assert "030" in codes(got), got  # the forum's own agreement is still coded


def test_importing_from_a_country_is_economic_exchange(pipe):
    got = summary(code(pipe, "Vietnam began importing rice from Cambodia in March."))
    assert any(s == "VNM" and t == "KHM" and c == "061" for s, t, c, _m in got), got


def test_speaking_by_phone_is_a_telephone_consultation(pipe):
    evs = code(pipe, "The Indian prime minister spoke by phone with the Japanese prime minister on Wednesday.")
    assert ("IND", "JPN", "041", ASSERTED) in summary(evs), summary(evs)
    assert _plover(evs, "041") == "CONSULT"


# --- accusations: complaints, cases, inquiries ----------------------------------------------------------
def test_cases_and_complaints_brought_against_a_country(pipe):
    got = summary(code(pipe, "Turkey brought a case against Greece at the International Court of Justice."))
    assert ("TUR", "GRC", "115", ASSERTED) in got, got
    got = summary(code(pipe, "Egypt lodged a complaint against Ethiopia on Thursday."))
    assert ("EGY", "ETH", "114", ASSERTED) in got, got


def test_investigative_body_set_up_is_an_investigation(pipe):
    got = summary(code(pipe, "The Kenyan parliament established an investigative committee on Tuesday."))
    assert any(s == "KEN" and c == "090" for s, _t, c, _m in got), got
    got = summary(code(pipe, "Peru formed a commission of inquiry into the shootings."))
    assert any(s == "PER" and c == "090" for s, _t, c, _m in got), got
    assert "030" not in codes(got), got


# --- protest, force posture, expulsion, violence, restriction --------------------------------------------
def test_labour_stoppages_are_strikes(pipe):
    got = summary(code(pipe, "Chilean teachers went on a wildcat strike on Monday."))
    assert any(s == "CHL" and c == "143" for s, _t, c, _m in got), got
    got = summary(code(pipe, "Nigerian dock workers announced a work stoppage on Friday."))
    assert any(s == "NGA" and c == "143" for s, _t, c, _m in got), got


def test_military_readiness_and_call_ups_are_mobilization(pipe):
    evs = code(pipe, "Iran raised the military readiness of its forces near the Iraqi border.")
    assert any(e.source.country == "IRN" and e.cameo == "152" for e in evs), summary(evs)
    assert _plover(evs, "152") == "MOBILIZE"
    got = summary(code(pipe, "The Israeli army called up reservists on Sunday."))
    assert any(s == "ISR" and c == "154" for s, _t, c, _m in got), got
    got = summary(code(pipe, "Ugandan troops deployed to the Somali border on Friday."))
    assert ("UGA", "SOM", "150", ASSERTED) in got, got


def test_ejecting_monitors_expels_them(pipe):
    evs = code(pipe, "Russia ejected OSCE monitors from Crimea on Thursday.")
    assert any(e.source.country == "RUS" and e.cameo == "1662" for e in evs), summary(evs)
    assert _plover(evs, "1662") == "SANCTION"


def test_beheading_is_killing_by_physical_assault(pipe):
    got = summary(code(pipe, "Militants beheaded a police officer in northern Mali, the army said."))
    assert any(t == "MLI" and c == "1823" for _s, t, c, _m in got), got


def test_extending_martial_law_imposes_it(pipe):
    got = summary(code(pipe, "The Thai government extended martial law for another month."))
    assert any(s == "THA" and c == "1724" for s, _t, c, _m in got), got


def test_patrols_launched_are_a_show_of_force(pipe):
    evs = code(pipe, "Pro-government Syrian militias launched patrols in Aleppo on Friday.")
    assert any(e.source.country == "SYR" and e.cameo == "150" for e in evs), summary(evs)


def test_object_behind_a_count_noun_keeps_its_pattern(pipe):
    # "dozens of diplomats" is diplomats: expelling them reduces relations (161), not a deportation (174)
    got = summary(code(pipe, "Russia expelled dozens of British diplomats on Monday."))
    assert ("RUS", "GBR", "161", ASSERTED) in got, got
    assert "174" not in codes(got), got

"""Claims, allegations and reported hostile acts (coding/claims.py, coding/allegations.py), each on our own
synthetic wire sentence run through the real pipeline (spaCy + actors + coder)."""

from __future__ import annotations

from dateline.model import ASSERTED

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - pipe is a fixture


def _violent(got):
    return {c for _s, _t, c, _m in got if c[:2] in ("18", "19", "20")}


# --- claiming one's own act is a claim of responsibility (CAMEO 015) --------------------------------------
def test_claiming_own_attack_is_015_not_the_attack(pipe):
    got = summary(code(pipe, "A Pakistani militant group claimed that it had attacked an army convoy in "
                             "Afghanistan."))
    assert ("PAK", "AFG", "015", ASSERTED) in got, got
    assert not _violent(got) and "112" not in codes(got), got


def test_claim_with_plural_pronoun_and_admission(pipe):
    got = summary(code(pipe, "Somali militants claimed they had killed four Kenyan soldiers."))
    assert ("SOM", "KEN", "015", ASSERTED) in got, got
    got = summary(code(pipe, "The Nigerian army admitted that it had bombed a camp in Cameroon."))
    assert ("NGA", "CMR", "015", ASSERTED) in got and not _violent(got), got


def test_saying_ones_own_attack_stays_the_attack(pipe):
    got = summary(code(pipe, "The Kenyan army said it had attacked Somali militant camps."))
    assert _violent(got) and not codes(got) & {"015", "112"}, got


def test_claim_of_a_future_attack_is_no_claim_of_responsibility(pipe):
    got = summary(code(pipe, "The Kenyan army claimed that it will attack Somali militant camps."))
    assert "015" not in codes(got), got


# --- a party's statement that the other side used force is an accusation (112) ----------------------------
def test_party_statement_opening_with_other_sides_attack_accuses(pipe):
    evs = code(pipe, "The Armenian defence ministry said its positions were shelled from Azerbaijan overnight.")
    got = summary(evs)
    assert ("ARM", "AZE", "112", ASSERTED) in got, got
    act = next(e for e in evs if e.cameo.startswith("19"))  # a plain statement keeps the act, reported
    assert act.source.country == "AZE" and act.reported_by_actor.country == "ARM"
    accusation = next(e for e in evs if e.cameo == "112")
    assert accusation.trigger.text == "said" and accusation.plover["type"] == "ACCUSE"


def test_passive_attack_takes_its_origin_as_the_attacker(pipe):
    got = summary(code(pipe, "Ukrainian border guards said they were shelled from Belarus on Sunday."))
    assert ("BLR", "UKR", "194", ASSERTED) in got and ("UKR", "BLR", "112", ASSERTED) in got, got


def test_trailing_attribution_only_sources_the_news(pipe):
    got = summary(code(pipe, "Pakistani troops shelled villages in Kashmir, Indian officials said."))
    assert "112" not in codes(got) and _violent(got), got


def test_own_side_and_press_make_no_accusation(pipe):
    got = summary(code(pipe, "The Israeli army said Israeli jets had struck a weapons depot in Gaza."))
    assert "112" not in codes(got) and _violent(got), got
    got = summary(code(pipe, "An AFP correspondent said Israeli jets had struck Gaza on Sunday."))
    assert "112" not in codes(got) and _violent(got), got


def test_rights_group_blaming_its_own_countrys_police_accuses(pipe):
    got = summary(code(pipe, "An Egyptian human rights group said Egyptian police had killed ten protesters."))
    assert any(c == "112" and t == "EGY" for _s, t, c, _m in got), got


def test_reported_future_or_threat_is_no_accusation(pipe):
    got = summary(code(pipe, "Armenia said Azerbaijani troops will attack the border villages."))
    assert "112" not in codes(got), got


# --- a document speaks for its issuer -------------------------------------------------------------------
def test_report_released_in_a_capital_accuses_for_its_country(pipe):
    got = summary(code(pipe, "A report published in the Iraqi capital alleged that Turkish forces had shelled "
                             "villages in the north."))
    assert ("IRQ", "TUR", "112", ASSERTED) in got, got
    assert not _violent(got), got  # an act only alleged is contested: the accusation is the event


def test_statement_issued_by_a_ministry_speaks_for_it(pipe):
    got = summary(code(pipe, "A statement issued by the Armenian defence ministry said Azerbaijani troops had "
                             "shelled border villages."))
    assert ("ARM", "AZE", "112", ASSERTED) in got, got


# --- who a news agency or an office's city is not -------------------------------------------------------
def test_news_agency_lends_no_country_to_the_story(pipe):
    # the agency's home is not the story's country: the police stay unresolved (no event), not French
    evs = code(pipe, "Police arrested dozens of protesters on Friday, an AFP correspondent said.")
    assert not any(a is not None and a.country == "FRA" for e in evs for a in (e.source, e.target)), summary(evs)


def test_based_office_country_lends_no_country_to_the_story(pipe):
    got = summary(code(pipe, "Government troops killed six villagers in the north, the Yemeni Rights Monitor, a "
                             "London-based group, said on Friday."))
    assert any(s == "YEM" and c[:2] == "19" for s, _t, c, _m in got), got
    assert "GBR" not in {x for s, t, _c, _m in got for x in (s, t)}, got


def test_document_subject_is_the_source_of_its_own_verb(pipe):
    # no coded act under the allegation: the report's own verb still needs a source, its issuer's country
    got = summary(code(pipe, "A long report published on Monday in the Malian capital alleged that Algeria knew "
                             "of the plot."))
    assert ("MLI", "DZA", "112", ASSERTED) in got, got

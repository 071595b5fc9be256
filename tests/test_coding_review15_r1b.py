"""Review 15 (r1b): the remaining causes of review 15 r1 - a sanction pair misparsed as a clause, venues
of talks, modality of struggled/agreed-to-set-up, appeals whose complement is not coded, and reporting
groups coded as detainers."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - `pipe` is a fixture

from dateline.nlp import load_model
from dateline.nlp_repair import repair_parse


def test_a_sanction_pair_read_as_a_clause_is_the_triggers_object(pipe):
    got = summary(code(pipe, "Canada on Tuesday imposed travel bans and asset freezes on four Venezuelan "
                             "generals accused of abuses."))
    assert ("CAN", "VEN", "163", "asserted") in {(s, t[:3] if t else t, c, m) for s, t, c, m in got}, got


def test_a_sanction_pair_inside_a_reported_clause_keeps_its_target(pipe):
    got = summary(code(pipe, "The United States imposed visa restrictions and asset freezes on three "
                             "Nicaraguan judges, officials said."))
    assert any(s == "USA" and t and t.startswith("NIC") and c == "163" for s, t, c, _m in got), got


def test_the_repair_leaves_a_real_clause_alone():
    doc = load_model()("The agency announced the bans and its new director controls the budget.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before
    doc = repair_parse(load_model()("Japan announced export curbs and asset freezes against two banks."))
    freezes = next(t for t in doc if t.lower_ == "freezes")
    assert (freezes.pos_, freezes.dep_, freezes.head.lower_) == ("NOUN", "conj", "curbs")
    assert next(t for t in doc if t.lower_ == "against").head.lower_ == "announced"


def test_the_capital_talks_are_held_in_is_no_party_to_them(pipe):
    got = summary(code(pipe, "Sudan and South Sudan agreed on Monday to reopen border crossings. The two "
                             "sides have held several rounds of talks in the Ethiopian capital since March."))
    talks = {(s, t) for s, t, c, _m in got if c == "046"}
    assert talks == {("SDN", "SSD"), ("SSD", "SDN")}, got
    got = summary(code(pipe, "Congolese officials and M23 rebels held talks in Doha on Monday."))
    assert not any("QAT" in (s or "") + (t or "") for s, t, _c, _m in got), got
    assert any(s and s.startswith("COD") and t and t.startswith("COD") for s, t, _c, _m in got), got


def test_a_single_party_keeps_the_capital_as_its_partner(pipe):
    got = summary(code(pipe, "The Chinese foreign minister held talks in the Russian capital on Tuesday."))
    assert any(s and s.startswith("CHN") and t and t.startswith("RUS")
               for s, t, c, _m in got if c == "046"), got


def test_an_appeal_to_a_named_addressee_stays_an_appeal_when_its_content_is_uncoded(pipe):
    got = summary(code(pipe, "Spain urged the mutinous officers to return to barracks on Sunday."))
    assert any(s == "ESP" and c == "020" for s, _t, c, _m in got), got
    # a pledge of an uncoded act is still no event
    assert not code(pipe, "The junta pledged to return to barracks within a year.")


def test_what_a_body_struggles_to_do_is_not_asserted(pipe):
    got = summary(code(pipe, "The African Union has struggled to send peacekeepers to Somalia."))
    assert got and all(m != "asserted" for _s, _t, _c, m in got), got


def test_the_purpose_of_an_agreed_commission_has_not_happened(pipe):
    got = summary(code(pipe, "Sudan and Chad agreed to create a joint panel to investigate the "
                             "cross-border raids."))
    assert not any(c.startswith("09") and m == "asserted" for _s, _t, c, m in got), got
    assert ("SDN", "TCD", "030", "asserted") in got, got


def test_a_rights_group_reporting_detentions_by_no_named_agent_accuses_no_one(pipe):
    got = summary(code(pipe, "Human rights groups say more than 300 people have been detained in Minsk since "
                             "the vote."))
    assert "112" not in {c for _s, _t, c, _m in got}, got
    assert any(c == "173" for _s, _t, c, _m in got), got
    named = summary(code(pipe, "Amnesty International said Belarusian riot police detained more than 300 "
                               "demonstrators in Minsk."))
    assert any(c == "112" and t == "BLR" for _s, t, c, _m in named), named
    # ... while a speaker telling what befell him still blames the state that did it
    own = summary(code(pipe, "Daniel Reyes, 52, a retired U.S. Army sergeant, says he was arrested during a "
                             "raid on his flat near Caracas."))
    assert any(c == "112" and s == "USA" and t == "VEN" for s, t, c, _m in own), own


def test_it_after_an_attributed_sentence_is_the_reported_clauses_subject(pipe):
    got = summary(code(pipe, "The Armenian Foreign Ministry summoned Russia's ambassador and handed him a "
                             "note of protest, the ministry said. It accused Moscow of supporting "
                             "separatist groups."))
    assert ("ARM", "RUS", "112", "asserted") in got, got

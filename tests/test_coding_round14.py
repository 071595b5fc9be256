"""Fourteenth coding pass: the sides of talks named with "between"."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


def _has(got, source, target, cameo):
    return any(s == source and t == target and c == cameo for s, t, c, _m in got)


# ---- "hosted talks between X and Y": X and Y negotiate; the host is no side (parties.between_pair)
def test_talks_hosted_between_two_named_sides_are_their_talks(pipe):
    got = summary(code(pipe, "Kenya hosted talks between Ethiopia and Eritrea in Nairobi on Thursday."))
    assert _has(got, "ETH", "ERI", "046") and _has(got, "ERI", "ETH", "046"), got
    assert not _has(got, "KEN", "ETH", "046"), got


def test_talks_between_unnamed_sides_have_no_pair(pipe):
    got = summary(code(pipe, "Kenya hosted talks between the two sides in Nairobi on Thursday."))
    assert not any(c == "046" for _s, _t, c, _m in got), got


# ---- "no longer" negates (modality.py): a refusal with a future auxiliary, a negated act without
def test_no_longer_negates_the_act(pipe):
    got = summary(code(pipe, "Zambia would no longer accept loans from Chinese banks on such terms, the minister said."))
    assert not any(c.startswith("03") for _s, _t, c, _m in got), got
    assert any(c.startswith("12") for _s, _t, c, _m in got), got


# ---- a measure invoked is not imposed (sense.measure_content)
def test_detained_under_sanctions_imposes_nothing(pipe):
    got = summary(code(pipe, "The Panama-flagged ship was seized under European Union sanctions, Italian officials said."))
    assert not any(c == "163" for _s, _t, c, _m in got), got


# ---- "dismissed X as motivated and accused Y": the second verb's subject is the first's (arguments.subject_of)
def test_a_verb_hung_on_an_adjective_keeps_the_first_verbs_subject(pipe):
    got = summary(code(pipe, "Venezuela's foreign minister dismissed the report as biased and accused Colombia of "
                             "meddling."))
    assert _has(got, "VEN", "COL", "112"), got


# ---- an organisation suspends a member (curated.txt: 160)
def test_suspending_a_member_reduces_relations(pipe):
    got = summary(code(pipe, "ECOWAS suspended Burkina Faso's membership after the coup."))
    assert any(t == "BFA" and c == "160" for _s, t, c, _m in got), got
    got = summary(code(pipe, "The African Union suspended Guinea from the bloc on Friday."))
    assert any(t == "GIN" and c == "160" for _s, t, c, _m in got), got


# ---- judging a thing is not judging each other (parties.judged_thing)
def test_several_states_welcoming_a_deal_do_not_welcome_each_other(pipe):
    got = summary(code(pipe, "Canada, Australia and New Zealand welcomed the ceasefire agreement on Friday."))
    srcs = {"CAN", "AUS", "NZL"}
    assert {s for s, _t, c, _m in got if c == "051"} == srcs, got
    assert not any(s in srcs and t in srcs for s, t, _c, _m in got), got
    got = summary(code(pipe, "Chile and Peru praised their ties on Friday."))
    assert ("CHL", "PER", "051", "asserted") in got, got


# ---- every conjoined passive agent is a source (roles._verb_args)
def test_conjoined_passive_agents_are_all_sources(pipe):
    got = summary(code(pipe, "The truce was brokered by Qatar and Egypt after weeks of talks."))
    assert {s for s, _t, c, _m in got if c == "045"} == {"QAT", "EGY"}, got


# ---- two sides of one country sign with each other (parties.sides_of)
def test_a_government_and_its_rebels_are_two_signing_sides(pipe):
    events = code(pipe, "Colombia's government and the FARC rebels signed a peace agreement in Havana.")
    pairs = {(e.source.code[:6], e.target.code[:6] if e.target else None) for e in events if e.cameo == "057"}
    assert ("COLGOV", "COLREB") in pairs and ("COLREB", "COLGOV") in pairs, pairs


# ---- export controls aimed "to" a country (curated.txt)
def test_export_controls_to_a_country_are_sanctions_on_it(pipe):
    got = summary(code(pipe, "South Korea tightened export controls on machine tools to Russia on Monday."))
    assert ("KOR", "RUS", "163", "asserted") in got, got


# ---- an answer to a seizure or a kidnapping is aimed at whoever did it (answers.py)
def test_condemning_a_seizure_is_aimed_at_the_seizer():
    from dateline.api_lib import extract

    art = extract("ROME, May 3 (Wire) - Italian police seized a cargo ship carrying Libyan oil on Tuesday, "
                  "officials said.\nLibya's government condemned the seizure as illegal.", published="2024-05-03")
    condemned = [(e.source.country, e.target.country if e.target else None) for e in art.events
                 if e.trigger.text == "condemned"]
    assert condemned == [("LBY", "ITA")], condemned


# ---- a counterattack is an attack (curated.txt)
def test_a_counterattack_is_an_attack(pipe):
    got = summary(code(pipe, "Malian troops launched a counteroffensive against the jihadists near Timbuktu."))
    assert any(s == "MLI" and c == "190" for s, _t, c, _m in got), got

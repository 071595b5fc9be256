"""Who a pronoun, a reflexive or a group names as source or target of a coded event (real spaCy model).

Sentences are synthetic wire-style text written for these tests.
"""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - `pipe` is a fixture

from dateline.actors import resolve_text


def _events_with(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


# ------------------------------------------------------------------- object pronouns of reported acts
def test_it_in_a_reported_passive_is_the_speaker(pipe):
    events = code(pipe, "Sudan said rockets were fired at it from Chad overnight.")
    fired = _events_with(events, "fired")
    assert fired, summary(events)
    assert {(e.source.country, e.target.country if e.target else None) for e in fired} == {("TCD", "SDN")}
    assert fired[0].target.resolved_by == "pronoun"
    assert fired[0].target.text == "it"


def test_against_it_takes_the_speaker(pipe):
    got = summary(code(pipe, "Iraq said Iranian jets had launched air strikes against it near Basra."))
    assert any(s == "IRN" and t == "IRQ" and c.startswith("19") for s, t, c, _m in got), got


def test_it_as_direct_object_of_a_reported_act(pipe):
    got = summary(code(pipe, "Morocco said Algeria attacked it."))
    assert ("DZA", "MAR", "190", "asserted") in got, got


def test_them_takes_a_plural_speaker(pipe):
    events = code(pipe, "Palestinians said Israeli troops had fired at them near Hebron.")
    fired = _events_with(events, "fired")
    assert fired and fired[0].source.country == "ISR"
    assert fired[0].target is not None and fired[0].target.country == "PSE"


def test_it_is_never_its_own_clause_subject(pipe):
    # "them" are the offices, not the police: an object pronoun is never its own clause's subject
    events = code(pipe, "Serbia said Kosovo police had raided its offices and arrested them.")
    arrested = _events_with(events, "arrested")
    assert arrested, summary(events)
    assert all(e.target is None or e.target.code != e.source.code for e in arrested)


# --------------------------------------------------------------------------------------- reflexives
def test_reflexive_object_is_its_clause_subject(pipe):
    events = code(pipe, "Egypt said Libya had attacked itself to blame Cairo for the incident.")
    attacked = _events_with(events, "attacked")
    assert attacked, summary(events)
    pairs = {(e.source.country, e.target.country if e.target else None) for e in attacked}
    assert pairs == {("LBY", "LBY")}
    assert attacked[0].target.resolved_by == "reflexive"


def test_plural_reflexive(pipe):
    events = code(pipe, "Ethiopia said Eritrean forces had bombed themselves to provoke a war.")
    bombed = _events_with(events, "bombed")
    assert bombed and bombed[0].source.country == "ERI"
    assert bombed[0].target is not None and bombed[0].target.country == "ERI"


def test_plural_reflexive_of_a_country_subject(pipe):
    # wire copy often refers to a country in the plural: the reflexive still names its clause's subject
    events = code(pipe, "According to Pakistani officials, India shelled themselves near the frontier to "
                        "justify a reprisal.")
    shelled = _events_with(events, "shelled")
    assert shelled and {(e.source.country, e.target.country if e.target else None) for e in shelled} \
        == {("IND", "IND")}


def test_a_suicide_is_no_attack_on_oneself(pipe):
    events = code(pipe, "Three militants blew themselves up at a checkpoint in Kandahar on Monday, Afghan "
                        "police said.")
    assert all(e.target is None or e.target.text != "themselves" for e in events), summary(events)


# ------------------------------------------------------------------------------------- peacekeepers
def test_bare_peacekeepers_in_a_un_sentence_are_the_un(pipe):
    events = code(pipe, "Congolese militiamen kidnapped seven peacekeepers in Ituri, a UN spokesman said.")
    kidnapped = _events_with(events, "kidnapped")
    assert kidnapped and kidnapped[0].source.country == "COD"
    target = kidnapped[0].target
    assert target is not None and target.country == "IGOUNO" and target.code.startswith("IGOUNO")


def test_peacekeepers_never_take_the_host_country(pipe):
    actors = resolve_text("Rebels abducted two peacekeepers near the border with Sudan.", date="2024-05-06")
    keepers = [a for a in actors if "peacekeepers" in a.text]
    assert keepers and all(a.country != "SDN" for a in keepers)


def test_peacekeepers_take_the_named_organisation_without_a_story_country(pipe):
    actors = resolve_text("Rebels kidnapped nine peacekeepers on Friday, the UN said.", date="2024-05-06")
    keepers = [a for a in actors if "peacekeepers" in a.text]
    assert keepers and keepers[0].country == "IGOUNO" and keepers[0].sector == "MIL"


def test_attack_on_unnamed_peacekeepers_is_not_on_the_place(pipe):
    events = code(pipe, "Congolese rebels attacked peacekeepers near Beni on Monday.")
    attacked = _events_with(events, "attacked")
    assert attacked and attacked[0].source.country == "COD"
    assert all(e.target is None or e.target.country != "COD" for e in attacked)


def test_named_un_troops_keep_their_code(pipe):
    got = summary(code(pipe, "Militiamen in Mali attacked a convoy of UN peacekeepers near Gao."))
    assert any(s == "MLI" and t == "IGOUNO" and c == "190" for s, t, c, _m in got), got


# ----------------------------------------------------------------------------- nominal complements
def test_condemned_as_allegations_by_x_targets_x(pipe):
    got = summary(code(pipe, "India condemned as baseless allegations by China that Indian troops had "
                             "crossed the border."))
    assert ("IND", "CHN", "111", "asserted") in got, got


def test_allegation_noun_accuses_its_clause_subject(pipe):
    got = summary(code(pipe, "India condemned as baseless allegations by China that Indian troops had "
                             "crossed the border."))
    assert ("CHN", "IND", "112", "asserted") in got, got


def test_rejected_accusations_stay_aimed_at_the_accuser(pipe):
    # the accused named in the accusation's clause is not whom the rejection is aimed at
    got = summary(code(pipe, "Brazil rejected as false the Argentine accusations that it had spied on its "
                             "neighbour."))
    assert ("BRA", "ARG", "120", "asserted") in got, got
    assert not any(s == "BRA" and t == "BRA" for s, t, _c, _m in got), got


def test_possessed_accusations_target_their_owner(pipe):
    got = summary(code(pipe, "Germany condemned Russia's accusations of sabotage."))
    assert ("DEU", "RUS", "111", "asserted") in got, got


def test_they_after_two_named_speakers_is_both_of_them(pipe):
    got = summary(code(pipe, "Egypt and Jordan said they would help Gaza."))
    assert {s for s, _t, _c, _m in got} == {"EGY", "JOR"}, got
    # across a sentence boundary the actor layer's nearest reading stays (the parse cannot reach back)
    got = summary(code(pipe, "Egypt and Jordan signed a deal. They also agreed to help Gaza."))
    assert any(t == "PSE" for _s, t, _c, _m in got), got

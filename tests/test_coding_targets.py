"""Event targets and sources (coding/targets.py): the host country of an event named by a light verb's noun or
a country's part, acts someone "faces", violence by protesters, visits by attending a foreign city's games,
offers of military support, and the domestic-target convention; each on our own synthetic wire sentence run
through the real pipeline (spaCy + actors + times + places + coder)."""

from __future__ import annotations

from dateline.model import ASSERTED, FUTURE

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - pipe is a fixture


# --- host country as target ---------------------------------------------------------------------------
def test_light_verb_place_is_the_host_of_a_show_of_force(pipe):
    evs = code(pipe, "Chinese warships are conducting military exercises in Okinawa this week.")
    got = summary(evs)
    assert ("CHN", "JPN", "150", ASSERTED) in got, got
    drill = next(e for e in evs if e.cameo == "150")
    assert drill.place is not None and drill.place.country == "JPN"  # the event's place, not only its target


def test_country_that_possesses_the_capital_hosts_a_claimed_attack(pipe):
    evs = code(pipe, "Al-Shabaab claimed responsibility for a raid targeting shoppers at a market in "
                     "Uganda's capital.")
    got = summary(evs)
    assert ("SOM", "UGA", "015", ASSERTED) in got, got
    claim = next(e for e in evs if e.cameo == "015")
    assert claim.place is not None and claim.place.country == "UGA"


# --- attending a foreign city's event is a visit ----------------------------------------------------------
def test_attending_games_named_after_a_foreign_city_is_a_visit(pipe):
    got = summary(code(pipe, "The British prime minister attended the Beijing Games in August."))
    assert ("GBR", "CHN", "042", ASSERTED) in got, got
    assert ("CHN", "GBR", "043", ASSERTED) in got, got  # the host's side of the visit


def test_attending_a_summit_held_abroad_is_a_visit_to_the_host(pipe):
    got = summary(code(pipe, "The Japanese premier attended the Davos summit in January."))
    assert ("JPN", "CHE", "042", ASSERTED) in got, got
    assert "044" not in codes(got), got


def test_future_attendance_stays_an_intent(pipe):
    got = summary(code(pipe, "The French president will attend the Tokyo Olympics next month."))
    assert {c for c in codes(got)} == {"036"}, got
    assert all(m == FUTURE for _s, _t, _c, m in got), got


# --- "X faces Y's act": Y is the source, X the target -------------------------------------------------------
def test_faced_criticism_comes_from_the_from_object(pipe):
    got = summary(code(pipe, "The Hungarian prime minister faced sharp criticism from the European Commission "
                             "on Tuesday."))
    assert ("IGOEUR", "HUN", "111", ASSERTED) in got, got


def test_faced_sanctions_are_imposed_by_the_from_object(pipe):
    got = summary(code(pipe, "Iran faces new sanctions from the European Union over its missile programme."))
    assert ("IGOEUR", "IRN", "163", ASSERTED) in got, got


def test_coming_under_criticism(pipe):
    got = summary(code(pipe, "The Serbian government came under heavy criticism from Croatia on Friday."))
    assert ("HRV", "SRB", "111", ASSERTED) in got, got


# --- violence by protesters is a riot (145) -------------------------------------------------------------
def test_property_torched_by_protesters_is_a_violent_protest(pipe):
    got = summary(code(pipe, "The Russian embassy was torched by Georgian protesters on Sunday."))
    assert ("GEO", "RUS", "145", ASSERTED) in got, got
    assert "1712" not in codes(got), got


def test_armed_attack_by_demonstrators_keeps_its_code(pipe):
    got = summary(code(pipe, "Georgian demonstrators fired rockets at the Georgian parliament."))
    assert "145" not in codes(got) and any(c.startswith("19") for c in codes(got)), got


def test_police_beating_protesters_is_no_riot(pipe):
    got = summary(code(pipe, "Georgian police beat protesters outside parliament."))
    assert "145" not in codes(got) and "182" in codes(got), got


# --- an offer of military support is an intent to give military aid --------------------------------------
def test_offered_military_support_is_an_intent_of_military_aid(pipe):
    got = summary(code(pipe, "Germany offered military support to Lithuania on Monday."))
    assert ("DEU", "LTU", "0332", ASSERTED) in got, got
    assert "051" not in codes(got), got


def test_offered_support_is_an_intent_of_material_aid(pipe):
    got = summary(code(pipe, "Germany offered support to Lithuania on Monday."))
    assert ("DEU", "LTU", "033", ASSERTED) in got, got


# --- appreciation and gratitude (CAMEO 2.0 verb dictionary) -------------------------------------------------
def test_appreciation_is_optimistic_and_gratitude_is_praise(pipe):
    got = summary(code(pipe, "Japan expressed appreciation for South Korea's assistance after the earthquake."))
    assert ("JPN", "KOR", "013", ASSERTED) in got, got
    got = summary(code(pipe, "Japan expressed gratitude for South Korea's help after the earthquake."))
    assert ("JPN", "KOR", "051", ASSERTED) in got, got


# --- domestic targets (domestic.domestic_targets): kept, see docs/accuracy.md --------------------------------
def test_protest_with_no_named_target_is_aimed_at_the_own_government(pipe):
    got = summary(code(pipe, "Kenyan nurses protested on Monday over unpaid wages."))
    assert ("KEN", "KEN", "140", ASSERTED) in got, got
    evs = [e for e in code(pipe, "Kenyan nurses protested on Monday over unpaid wages.") if e.cameo == "140"]
    assert evs[0].target.code == "KENGOV" and evs[0].target.resolved_by == "domestic"


# --- yielding to demands ---------------------------------------------------------------------------------
def test_bowing_or_agreeing_to_demands_is_yielding_not_a_promise(pipe):
    got = summary(code(pipe, "The Kenyan government bowed to the demands of striking doctors."))
    assert any(s == "KEN" and c == "083" for s, _t, c, _m in got), got
    got = summary(code(pipe, "Peru agreed to the rebels' conditions for talks."))
    assert any(s == "PER" and c == "083" for s, _t, c, _m in got), got
    assert not any(c.startswith("03") for _s, _t, c, _m in got), got


# --- the border with a country ---------------------------------------------------------------------------
def test_force_sent_to_the_border_with_a_country_targets_it(pipe):
    got = summary(code(pipe, "Chile deployed thousands of troops to its border with Bolivia."))
    assert ("CHL", "BOL", "154", ASSERTED) in got, got
    got = summary(code(pipe, "Chile deployed troops to its northern regions."))
    assert not any(t == "BOL" for _s, t, _c, _m in got), got

"""The coder on our own synthetic wire sentences, through the real pipeline (spaCy + actors + coding)."""

from __future__ import annotations

import pytest

from dateline.coding.explain import explain_article
from dateline.model import ASSERTED, FUTURE, HYPOTHETICAL, NEGATED, Article

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


# One sentence per CAMEO root: (sentence, source country, target country or None, code)
ROOTS = [
    ("Russia expressed concern over the growing tension in the region.", "RUS", None, "012"),
    ("Germany urged Russia to release the detained journalists.", "DEU", "RUS", "0253"),
    ("China pledged to provide humanitarian aid to Pakistan.", "CHN", "PAK", "033"),
    ("Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Moscow.", "RUS", "CHN", "046"),  # codebook 046: holding talks = negotiation
    ("France praised Japan for its support.", "FRA", "JPN", "051"),
    ("Japan shared intelligence with South Korea.", "JPN", "KOR", "064"),
    ("The United States provided military aid to Ukraine.", "USA", "UKR", "070"),
    ("Israel released 30 Palestinian prisoners.", "ISR", "PSE", "0841"),
    ("Britain launched an investigation into the Russian bank.", "GBR", "RUS", "090"),
    ("Ukraine demanded that Russia withdraw its troops.", "UKR", "RUS", "1056"),
    ("Turkey condemned the Israeli raid.", "TUR", "ISR", "111"),
    ("Iran rejected the European proposal.", "IRN", None, "125"),
    ("North Korea threatened to attack South Korea.", "PRK", "KOR", "1384"),
    ("Thousands of Kenyan protesters demonstrated against the government.", "KEN", None, "141"),
    ("Russia deployed troops near the border with Ukraine.", "RUS", "UKR", "154"),
    ("The European Union imposed sanctions on Belarus.", None, "BLR", "163"),
    ("Police in Egypt arrested three Sudanese journalists.", "EGY", "SDN", "17"),
    ("Gunmen from Mali kidnapped two Nigerian officials.", "MLI", "NGA", "181"),
    ("Russian forces shelled the Ukrainian city of Kharkiv.", "RUS", "UKR", "194"),
    ("Syrian forces massacred hundreds of civilians.", "SYR", None, "202"),
]


@pytest.mark.parametrize("text, src, tgt, cameo", ROOTS, ids=[r[3][:2] for r in ROOTS])
def test_every_root_on_a_synthetic_sentence(pipe, text, src, tgt, cameo):
    events = [e for e in code(pipe, text) if e.cameo.startswith(cameo)]
    assert events, f"no {cameo} event in {text!r}: {summary(code(pipe, text))}"
    e = events[0]
    if src:
        assert e.source.country == src
    else:
        assert e.source.resolved
    if tgt:
        assert any(x.target is not None and x.target.country == tgt for x in events)
    assert e.root == e.cameo[:2]
    assert e.plover is None or e.plover["type"]
    assert e.pattern and e.trigger.text.lower() in text.lower()
    assert e.evidence.start == 0 and e.evidence.end == len(text.rstrip())


def test_scales_come_from_the_codebook(pipe):
    e = code(pipe, "Turkey condemned the Israeli raid.")[0]
    assert (e.goldstein, e.quad_class, e.plover["type"]) == (-2.0, 3, "ACCUSE")


def test_passive_with_agent_keeps_direction(pipe):
    got = summary(code(pipe, "Iran was slapped with sanctions by the United States."))
    assert ("USA", "IRN", "163", ASSERTED) in got


def test_nominal_event_with_possessor_and_preposition(pipe):
    got = summary(code(pipe, "The Indian prime minister's visit to Moscow drew criticism."))
    assert ("IND", "RUS", "042", ASSERTED) in got


def test_light_verb_takes_the_noun_code(pipe):
    evs = code(pipe, "Ukrainian forces launched an incursion into Russia's Kursk region.")
    assert ("UKR", "RUS", "190", ASSERTED) in summary(evs)
    assert evs[0].trigger.text == "incursion"


def test_coordinated_subjects_meet_each_other(pipe):
    got = summary(code(pipe, "Russia and China signed an energy agreement on Friday."))
    assert {("RUS", "CHN", "057", ASSERTED), ("CHN", "RUS", "057", ASSERTED)} <= got


def test_negation_is_marked(pipe):
    evs = code(pipe, "The Japanese drills did not target any third party, Japan said.")
    evs = evs or code(pipe, "Japan did not attack China.")
    assert evs and all(e.mode == NEGATED for e in evs)
    assert {e.mode for e in code(pipe, "Japan did not attack China.")} == {NEGATED}


def test_future_is_intent_not_the_act(pipe):
    evs = code(pipe, "Putin will meet Xi Jinping in Beijing next week.")
    assert evs and evs[0].mode == FUTURE
    assert evs[0].cameo == "036" and evs[0].plover["type"] == "AGREE"


def test_conditional_and_question_are_hypothetical(pipe):
    assert {e.mode for e in code(pipe, "If Turkey attacks Syria, the alliance will respond.")
            if e.cameo.startswith("19")} == {HYPOTHETICAL}
    assert {e.mode for e in code(pipe, "Did Russia attack Ukraine?")} == {HYPOTHETICAL}


def test_reported_speech_codes_the_reported_event(pipe):
    evs = code(pipe, "Ukraine said Russia attacked Kharkiv overnight.")
    acts = [e for e in evs if e.root != "11"]  # a party opening with the other side's attack also accuses it
    assert [(e.source.country, e.cameo[:2]) for e in acts] == [("RUS", "19")]
    assert acts[0].reported_by == "Ukraine" and acts[0].reported_by_actor.country == "UKR"
    assert [(e.source.country, e.target.country, e.cameo) for e in evs if e.root == "11"] == [("UKR", "RUS", "112")]


def test_according_to_is_the_report_source(pipe):
    evs = code(pipe, "According to Chinese state media, Pakistan praised China's support.")
    assert evs and evs[0].reported_by == "Chinese state media"
    assert evs[0].source.country == "PAK"


def test_said_alone_is_no_event(pipe):
    assert code(pipe, "Russian Foreign Minister Sergei Lavrov said the weather was cold in Moscow.") == []


def test_date_and_place_are_filled(pipe):
    e = code(pipe, "Israel released 30 Palestinian prisoners on Monday.", published="2024-05-08")[0]
    assert e.date and e.date_source in ("time", "offset", "dateline", "published")


def test_explain_says_why_nothing_was_coded(pipe):
    art = pipe(Article.create("Gunmen kidnapped two officials. The weather was fine.", published="2024-05-06"),
               keep_doc=True)
    trace = explain_article(art)
    assert len(trace) == 2
    reasons = [t["reason"] for s in trace for t in s["triggers"]]
    assert "no resolved source actor" in reasons and "no trigger in the lexicon" in reasons
    assert trace[0]["triggers"][0]["entry"].endswith("181")


# --- argument and modality rules added for dev-set accuracy (synthetic sentences of our own) ----------
def test_mislemmatised_light_verb_still_lends_its_subject(pipe):
    # the small model lemmatises "staged" as "stag"; the lexicon's un-inflection recovers "stage"
    got = summary(code(pipe, "French and Dutch students staged a noisy protest in Moscow on Monday."))
    assert {("FRA", "RUS", "140", ASSERTED), ("NLD", "RUS", "140", ASSERTED)} <= got


def test_will_not_is_a_refusal(pipe):
    got = summary(code(pipe, "German Chancellor Olaf Scholz said Berlin would not provide aid to Hungary.",
                       published="2023-03-01"))
    assert any(s == "DEU" and t == "HUN" and c.startswith("12") and m == ASSERTED for s, t, c, m in got), got


def test_purpose_infinitive_is_part_of_the_meeting(pipe):
    evs = code(pipe, "Lavrov met Wang Yi in Beijing on Tuesday to discuss trade.", published="2015-06-01")
    assert evs and all(e.trigger.text == "met" for e in evs), summary(evs)


def test_place_adjunct_and_date_are_not_targets(pipe):
    got = summary(code(pipe, "Poland dropped its objections at a summit in Brussels on Friday."))
    assert ("POL", None, "080", ASSERTED) in got and not any(t == "BEL" for _s, t, _c, _m in got), got
    got = summary(code(pipe, "Kenyan rebels on Monday rejected a Ugandan peace plan."))
    assert ("KEN", "UGA", "127", ASSERTED) in got, got


def test_passive_takes_its_agent_and_for_gerund_not_the_subject(pipe):
    got = summary(code(pipe, "The activists arrested in March were freed on Monday by Xi Jinping.",
                       published="2015-06-01"))
    assert any(s == "CHN" and c.startswith("084") for s, _t, c, _m in got), got
    got = summary(code(pipe, "A Beijing court jailed a Taiwanese student for helping separatists."))
    assert ("CHN", "TWN", "173", ASSERTED) in got and not any(c.startswith("07") for _s, _t, c, _m in got), got

"""Where an event happened: the place in its sentence that the parse attaches to its trigger.

Reads the places layer (`extract.places.extract_places`, run on demand when the places stage has not run)
and the parse; used by the coder (`coding.targets.host_place`) and exported by `extract.places`.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from collections.abc import Sequence
from typing import Any

from ..model import Article, Place, Sentence
from ..nlp_cache import doc_table
from ..nlp_spans import expand_span, span_root, token_at

log = logging.getLogger(__name__)

__all__ = ["acting_place", "event_place"]

_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "over", "throughout", "within", "on", "off",
             "into", "onto", "toward", "towards", "along", "from", "through"}
# Nouns that stand for the place they name or hold: "the city of Rafah", "the southern Gaza city",
# "the Kursk region": the parse attaches the noun, and the named place goes with it.
_PLACE_NOUNS = {"region", "province", "city", "town", "village", "district", "port", "capital", "area", "county",
                "governorate", "territory", "enclave", "oblast", "state", "prefecture", "suburb", "outskirts"}

# Verbs whose object is the ground the act happens on ("shelled Kharkiv", "invaded Ukraine", "visited
# Moscow"). Any other verb's object that is also a resolved actor is a participant named by its country or
# capital ("accused Moscow of", "urged Iran to", "agreed to supply India"): the event did not happen there.
_GROUND_VERBS = {"attack", "strike", "hit", "shell", "bomb", "bombard", "pound", "target", "raid", "invade",
                 "occupy", "capture", "seize", "take", "retake", "recapture", "enter", "visit", "tour",
                 "leave", "flee", "evacuate", "besiege", "storm", "surround", "encircle", "liberate",
                 "reach", "control", "blockade", "rock", "shake", "flood", "ravage", "devastate", "cross",
                 "patrol", "overrun", "annex", "hold", "blast", "shoot", "rocket", "sweep", "engulf",
                 "lash", "batter", "paralyse", "paralyze", "defend", "secure", "lose", "abandon", "quit",
                 "depart", "exit", "fly", "land", "bypass", "march", "roam", "scour", "search", "overfly",
                 "penetrate", "infiltrate", "cordon",
                 # nouns of the same acts: "strikes on Iran", "an offensive toward Kharkiv"
                 "airstrike", "bombing", "shelling", "assault", "offensive", "invasion", "incursion",
                 "bombardment", "missile", "drone", "advance", "push", "trip"}
# Prepositions that also name whom an act is aimed at: "sanctions on Russia", "called on Moscow to",
# "policy toward China". With a resolved actor as object they place the event only after a word of
# _GROUND_VERBS. Not "from": "received a delegation from Vietnam" is wrongly placed in Vietnam, but the
# coder takes the guest from that place (coding.targets.host_place) until it reads "from" itself.
_ACTOR_PREPS = {"on", "onto", "toward", "towards"}
# What talks, statements and sanctions are about: "held talks on the conflict in Ukraine", "sanctions over
# the war in Sudan", "met to discuss the fighting in Gaza". The place of such a topic is where the topic
# happens, not where the talks were held ("talks in Geneva on the war in Ukraine" are in Geneva).
_TOPIC_NOUNS = {"war", "conflict", "crisis", "situation", "fighting", "violence", "peace", "ceasefire",
                "truce", "dispute", "tension", "tensions", "standoff", "unrest", "insurgency", "future",
                "reconstruction", "security", "developments", "escalation", "offensive", "invasion",
                "occupation", "annexation", "program", "programme", "humanitarian", "aid", "plight", "fate",
                "killing", "killings", "treatment", "detention", "crackdown", "election", "elections", "vote",
                "referendum"}
_TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
_TOPIC_VERBS = {"discuss", "debate", "address", "review", "consider", "raise", "examine", "assess"}


# `doc.char_span` and `Span.root` build Span and Token objects; the table-based equivalents in nlp_spans give
# the same tokens (tests/test_nlp_cache.py) for the thousands of places x triggers compared per article.


def _token_at(doc: Any, offset: int) -> Any:
    i = token_at(doc_table(doc), offset)
    return None if i is None else doc[i]


def _attached(doc: Any, place: Place, trig: Any, acting: Sequence[tuple[int, int]] = ()) -> int | None:
    """Hops from the trigger down to the place via a locative preposition or as its object; None if not.
    `acting`: spans of resolved actor mentions (a country or capital as a participant, see _GROUND_VERBS)."""
    # Every step reads the token table (heads, labels, lemmas by index): no Token per head climbed, for
    # the places x triggers of each sentence (tests/test_perf_equivalence.py keeps the Token reading).
    t = doc_table(doc)
    span = expand_span(t, place.start, place.end)
    if span is None:
        return None
    if span[0] < span[1]:
        root = span_root(t, *span)
    else:  # an empty span: whatever spaCy makes of it
        root = doc.char_span(place.start, place.end, alignment_mode="expand").root.i
    head, dep, lower, lemma = t.head, t.dep, t.lower, t.lemma
    for _ in range(2):  # "in the southern Gaza city of Rafah": the place noun carries the name
        if dep[root] == "compound" and lemma[head[root]].lower() in _PLACE_NOUNS:
            root = head[root]
        elif dep[root] == "pobj" and lower[head[root]] == "of" \
                and lemma[head[head[root]]].lower() in _PLACE_NOUNS:
            root = head[head[root]]
    h = head[root]
    hops = 0
    if dep[root] == "pobj" and lower[h] in _LOCATIVE:
        node = head[h]
        if lower[h] == "from" and node != trig.i \
                and (t.pos[node] in ("NOUN", "PROPN") or dep[node] == "acl"):
            # "tariffs on vehicles imported from China", "delegates from Iran": where a thing or person
            # comes from describes it, not where the event happened
            return None
        if lower[h] in _ACTOR_PREPS and lemma[node].lower() not in _GROUND_VERBS \
                and any(a < place.end and place.start < b for a, b in acting):
            return None  # "imposed sanctions on Russia": the one aimed at (see _ACTOR_PREPS)
    elif dep[root] == "dobj" and lemma[h].lower() not in _GROUND_VERBS \
            and any(a < place.end and place.start < b for a, b in acting):
        return None  # "accused Moscow of": the capital acts (see _GROUND_VERBS)
    elif dep[root] == "dobj" or (dep[root] == "npadvmod" and lemma[h].lower() != "base"):
        node = h  # not "a London-based group": where a source sits, not where the event was
    else:
        return None
    if _topic(t, node, trig.i):
        return None  # "talks on the conflict in Ukraine": what the talks were about (see _TOPIC_NOUNS)
    n, goal = node, trig.i
    while n != goal:
        if head[n] == n or hops > 20 or dep[n] == "appos":
            return None  # an apposition describes a participant ("the Monitor, a group in X"), not the event
        if dep[n] == "relcl" and head[n] != goal:
            # so does a relative clause: "asked the court to order X to withdraw troops it deployed near Y"
            # is not in Y ("talks, which were held in Y" still are: the clause is the trigger's own)
            return None
        n = head[n]
        hops += 1
    return hops


def _topic(t: Any, node: int, trig: int) -> bool:
    """Whether token `node` (the noun a locative phrase hangs off) is, with the "of" chain above it ("the
    future of the war in X"), the topic of a preposition or verb of discussion ("on", "about"; "discuss");
    `t`: the token table, `trig`: the trigger's index."""
    head, dep, lower, lemma = t.head, t.dep, t.lower, t.lemma
    topical = False
    for _ in range(4):
        if node == trig and lemma[node].lower() not in _TOPIC_VERBS:
            return False  # the trigger's own noun: "the war in Ukraine" is in Ukraine
        topical = topical or lemma[node].lower() in _TOPIC_NOUNS
        if dep[node] == "pobj" and lower[head[node]] == "of":
            node = head[head[node]]
            continue
        if not topical:
            return False
        if dep[node] == "pobj" and lower[head[node]] in _TOPIC_PREPS:
            return head[head[node]] != node
        return dep[node] == "dobj" and lemma[head[node]].lower() in _TOPIC_VERBS
    return False


def event_place(article: Article, sentence: Sentence, trigger_start: int) -> Place | None:
    """The place of an event: the place in the sentence attached to the trigger, else the dateline city.

    A place reached from the trigger by a locative preposition ("in Moscow", "in the Kursk region") or as
    its object ("shelled Kharkiv") wins, the nearest in the parse first. Not an actor named by its place
    ("accused Moscow of", "urged Iran to": the object of a verb that does not act on ground; "sanctions on
    Russia", "called on Moscow to"), nor the origin of a thing or person ("vehicles imported from China").
    Without such a place the dateline city is returned with `resolved_by="dateline"`; with neither, None.
    """
    places = article.places
    if not places and "places" not in article.scratch:
        try:
            from .places import extract_places  # the layer's own module imports this one

            places = extract_places(article)
        except Exception:  # noqa: BLE001 - a gazetteer problem must not cost the event
            log.debug("place extraction failed for %s", article.id, exc_info=True)
            places = []
    in_sentence = [p for p in places if sentence.start <= p.start and p.end <= sentence.end
                   and p.resolved_by != "dateline" and p.country]
    doc = article.doc
    if in_sentence and doc is not None:
        trig = _token_at(doc, trigger_start)
        best: tuple[int, Place] | None = None
        acting = [(a.start, a.end) for a in article.actors
                  if a.code and sentence.start <= a.start and a.end <= sentence.end]
        if trig is not None:
            for p in in_sentence:
                hops = _attached(doc, p, trig, acting)
                if hops is not None and (best is None or hops < best[0]):
                    best = (hops, p)
        if best is not None:
            return best[1]
    for p in places:
        if p.resolved_by == "dateline" and p.country:
            return p
    return None


# The nouns of a state's own bodies: "South Korea's foreign ministry summoned", "Malta's government denied".
# Not an embassy, envoy or delegation, which act where they are posted or travel to.
_STATE_BODIES = {"government", "ministry", "cabinet", "parliament", "military", "administration",
                 "authorities", "presidency", "office", "court", "junta", "leadership", "regime", "council"}
# CAMEO roots of acts a state does from home: statements, appeals, offers, aid, demands, disapproval,
# rejection, threats, cutting ties. Not visits and meetings (04), protests (14), force postures (15) or
# coercion and violence (17-20), which happen where the troops, crowds or guests are.
_SEATED_ROOTS = {"01", "02", "03", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16"}


def _agent_places(article: Article, doc: Any, trig: Any) -> list[Place | None]:
    """The places that name the subjects of `trig` as states, one per subject (None for a subject no place
    names): a country or capital as the actor ("Seoul summoned", "Japan condemned"), or the owner of a
    state body ("Malta's government denied")."""
    subj = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and trig.dep_ in ("xcomp", "conj") and trig.head.i != trig.i:
        subj = [c for c in trig.head.children if c.dep_ == "nsubj"]  # "Riyadh agreed to lend"
    subj += [c for s in subj for c in s.children if c.dep_ == "conj"]  # "the UAE and Pakistan signed"
    places = [p for p in article.places if p.country and p.resolved_by != "dateline"]
    # a state actor named by its place (no person: "Israel Katz"); the mention holds a place of its country
    states = [a for a in article.actors if a.code and not a.role and a.country]
    out: list[Place] = []
    for s in subj:
        toks = [s] + [c for c in s.children if c.dep_ in ("poss", "compound")
                      and s.lemma_.lower() in _STATE_BODIES]
        for t in toks:
            actor = next((a for a in states if a.start <= t.idx < a.end), None)
            place = next((p for p in places if p.start <= t.idx < p.end), None)
            if actor is not None and place is not None and actor.country == place.country:
                out.append(place)
                break
        else:
            out.append(None)  # a co-subject not named by a place ("Canada and the EU urged")
    return out


def _reached(doc: Any, place: Place) -> bool:
    """Whether a place is the object of a preposition ("visit to New Delhi", "in India"): where someone is
    or goes, unlike a participant named by its country ("lend India $5 billion")."""
    tok = _token_at(doc, place.start)
    for _ in range(3):  # up through the name's own words ("New Delhi", "South Korea's")
        if tok is None or tok.dep_ not in ("compound", "poss", "amod", "flat"):
            break
        tok = tok.head
    return tok is not None and tok.dep_ == "pobj"


def acting_place(article: Article, sentence: Sentence, trigger_start: int, place: Place | None,
                 code: str | None = None) -> Place | None:
    """The event's place once the parties are known: `place` (from `event_place`) unless it is only the
    dateline city and the act (CAMEO `code`, of _SEATED_ROOTS) is a foreign state's, named by its place
    ("Seoul summoned the ambassador", "Malta's government denied" in a Rome story: that capital or
    country). Subjects of two or more countries other than the dateline's ("the UAE and Pakistan signed",
    in a New Delhi story) leave the event unplaced: the dateline does not say where they met. A place of
    the dateline country reached by a preposition in the sentence ("during his visit to New Delhi"), or an
    act told in a relative clause ("an agreement under which Moscow will supply"), keeps the dateline."""
    doc = article.doc
    if place is None or place.resolved_by != "dateline" or doc is None \
            or (code or "")[:2] not in _SEATED_ROOTS:
        return place
    trig = _token_at(doc, trigger_start)
    if trig is None or trig.dep_ in ("relcl", "acl"):
        return place
    named = _agent_places(article, doc, trig)
    agents = [p for p in named if p is not None]
    if agents and len(agents) < len(named):
        return None  # a state named by its place beside one that is not: each acts from its own seat
    countries = {p.country for p in agents}
    here = [p for p in article.places if sentence.start <= p.start and p.end <= sentence.end
            and p.country == place.country and p.resolved_by != "dateline"]
    if not agents or place.country in countries or any(_reached(doc, p) for p in here):
        return place
    if len(countries) > 1:
        return None
    return replace(agents[0], resolved_by="agent")

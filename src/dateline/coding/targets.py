"""Who acts on whom, where the parse alone does not say: the host of an event, the one who "faces" an act,
violence by protesters, a visit by attending a foreign city's event.

Called from `coder._events_for`: `noun_args` for nominal triggers, `protest_violence` once the sources are
known, `host_place` for the event's place (and so its host-country target), `attended_visit` before the
domestic-target fallback. Each looks only at the trigger's parse neighbourhood and the article's existing
layers (no extra spaCy work, no pass over the whole doc).
"""

from __future__ import annotations

import logging
from typing import Any

from ..model import Actor, Place
from ..nlp_cache import doc_table
from ..nlp_spans import char_root
from .arguments import subject_of
from .context import Ctx
from .matching import Match, objects_of, pobjs_of, prep_children
from .roles import _noun_args, content_subjects

log = logging.getLogger(__name__)

__all__ = ["acted_place", "host_place", "noun_args", "protest_violence", "attended_visit", "border_targets",
           "serving_abroad"]


# ------------------------------------------------------------------------------------------ host place
# Locative prepositions that put a place under a noun ("at a mall in Nairobi").
_LOCATIVE = {"in", "at", "near", "outside", "inside", "on", "across", "throughout", "around"}
# Nouns that name a part of a country: a place that possesses one is where the event happened ("in
# Kenya's capital", "in Iraq's north", "on Syria's border with Turkey").
_PART_NOUNS = {"capital", "city", "north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "centre", "center", "outskirts", "heartland", "province", "region", "border",
               "coast", "interior"}


def _place_at(ctx: Ctx, start: int) -> Place | None:
    try:
        from ..extract.places import event_place
    except ImportError:
        return None
    try:
        return event_place(ctx.article, ctx.sentence, start)
    except Exception:  # noqa: BLE001 - a place bug must not lose the event
        log.debug("event_place failed", exc_info=True)
        return None


def host_place(ctx: Ctx, tok: Any, anchors: tuple[Any, ...] = ()) -> Place | None:
    """The place of the event `tok` triggers (the trigger's own place first, as `extract.places.event_place`).

    Failing that, a place attached to one of `anchors` (the light verb of an event noun, "conducting
    exercises in Alaska"; the noun a frame or constrained object governs) or a place that possesses a part of
    a country the trigger governs ("an attack at a mall in Kenya's capital"). The dateline city is only the
    last resort, as before.
    """
    place = _place_at(ctx, tok.idx)
    if place is not None and place.resolved_by != "dateline":
        return place
    for a in anchors:
        if a is not None and a.i != tok.i:
            p = _place_at(ctx, a.idx)
            if p is not None and p.resolved_by != "dateline":
                return p
    return _possessed_part(ctx, [tok] + [a for a in anchors if a is not None]) or place


def acted_place(ctx: Ctx, tok: Any, place: Place | None, code: str) -> Place | None:
    """The place an event is stored with: `place` (from `host_place`), unless it is only the dateline city
    and a foreign state named by its place did the act ("Seoul summoned": `extract.places.acting_place`).
    Read after the targets are settled, so that no host-country target comes from the acting state."""
    try:
        from ..extract.places import acting_place

        return acting_place(ctx.article, ctx.sentence, tok.idx, place, code)
    except Exception:  # noqa: BLE001 - a place bug must not lose the event
        log.debug("acting_place failed", exc_info=True)
        return place


def _article_places(ctx: Ctx) -> list[Place]:
    """The article's places; without a places stage (the evaluation runs nlp, actors, coding), extracted once
    per article as `event_place` does, and kept in scratch for the article's other events."""
    art = ctx.article
    if art.places or "places" in art.scratch:
        return art.places
    if "coding.places" not in art.scratch:
        try:
            from ..extract.places import extract_places

            art.scratch["coding.places"] = extract_places(art)
        except Exception:  # noqa: BLE001 - a gazetteer problem must not cost the event
            log.debug("place extraction failed", exc_info=True)
            art.scratch["coding.places"] = []
    return art.scratch["coding.places"]


def _possessed_part(ctx: Ctx, heads: list[Any]) -> Place | None:
    """A place that possesses a country part under a locative below one of `heads` ("in Kenya's capital"),
    or stands in apposition to it ("in the capital Nairobi": no party of the event, see
    `arguments.ActorFinder`)."""
    doc = heads[0].doc
    sent = ctx.sentence
    wanted = {h.i for h in heads}
    # heads, labels and lemmas by index off the token table: no Span or Token per place and step
    t = doc_table(doc)
    head, dep = t.head, t.dep
    for p in _article_places(ctx):
        if not (sent.start <= p.start and p.end <= sent.end) or not p.country or p.resolved_by == "dateline":
            continue
        got = char_root(doc, t, p.start, p.end)
        if got is None:
            continue
        root = got[0]
        part = head[root]
        if dep[root] not in ("poss", "appos") or t.lemma[part].lower() not in _PART_NOUNS \
                or dep[part] != "pobj" or t.lower[head[part]] not in _LOCATIVE:
            continue
        node = head[head[part]]
        for _ in range(12):  # up the tree from the noun the place phrase hangs off, to a trigger
            if node in wanted:
                return p
            if head[node] == node:
                break
            node = head[node]
    return None


# ---------------------------------------------------------------------------------- "X faces Y's act"
# Verbs whose subject undergoes the act named by their object ("faces pressure", "faced criticism"), and
# "under" with a verb of being ("came under pressure", "is under sanctions"): CAMEO 2.0 codes "FACE
# PRESSURE/CRITICISM/THREAT/CHARGE" with source and target swapped (":100", ":111").
_UNDERGO_VERBS = {"face", "suffer", "endure", "weather"}
_UNDER_VERBS = {"come", "be", "remain", "fall"}
# Verbs whose subject brings on the act named by their object from the "from" object ("drew condemnation
# from Seoul and Tokyo", "attracted criticism from rights groups"): the same swap, every giver kept.
_DRAW_VERBS = {"draw", "attract", "earn", "invite", "provoke"}


def _undergoer_verb(tok: Any) -> Any | None:
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and head.lemma_.lower() in _UNDERGO_VERBS | _DRAW_VERBS:
        return head
    if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in _UNDER_VERBS:
        return head.head
    return None


def noun_args(m: Match, ctx: Ctx) -> tuple[list[Actor], list[Actor], Any, Any]:
    """`roles._noun_args`, except for an act someone "faces" or "comes under": there the one who faces it
    is the target and the noun's "from"/"by" object the source ("Obama faces pressure from Congress";
    "Iran came under criticism by the EU")."""
    out = _noun_args(m, ctx)
    code = m.entry.code or ""
    if code[:2] == "11" and not any(a.resolved for a in out[1]):
        # "allegations by X that it had armed the rebels", "claims that Y officials were involved": the one
        # the accusation's "that" clause is about is accused. Only for the noun's own event: a frame that
        # rejects or denies the accusation ("rejected claims that ...") is aimed at the accuser instead.
        own = {a.code for a in out[0] if a.resolved}
        accused = [a for a in content_subjects(m.token, ctx) if a.code not in own]
        if accused:
            out = (out[0], accused, out[2], out[3])
    verb = _undergoer_verb(m.token)
    if verb is None or out[0] and any(a.resolved for a in out[0]):
        return out
    drawn = verb.lemma_.lower() in _DRAW_VERBS
    subj, passive = _reported_subject(verb, ctx) if drawn else (None, False)
    if subj is None:
        subj, passive = subject_of(verb, ctx.lex.speech_verbs)
    if subj is None or passive:
        return out
    givers = [a for h in (m.token, verb) for w in ("from", "by") for p in prep_children(h, w)
              for o in pobjs_of(p) for a in ctx.finder.actors(o) if a.resolved]
    faced = [a for a in ctx.finder.actors(subj) if a.resolved]
    if not givers or not faced:
        return out
    return (givers if drawn else givers[:1]), faced, None, None


def _reported_subject(verb: Any, ctx: Ctx) -> tuple[Any, bool]:
    """"North Korea fired a missile, the military said, drawing condemnation from Seoul": a participle hung
    on the verb of saying after a reported clause is the reported act's consequence, so whoever did that
    act draws it (not the speaker); (None, False) when the participle hangs elsewhere."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.lemma_ not in ctx.lex.speech_verbs:
        return None, False
    reported = [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i]
    return subject_of(reported[0], ctx.lex.speech_verbs) if reported else (None, False)


# --------------------------------------------------------------------------------- violent protest
# Agents that are crowds in protest: their destruction or beating is a riot (CAMEO 145, "protest violently,
# riot"), not repression or unconventional violence; killing, bombing, abduction and armed attacks keep their
# own codes (145 usage notes: "when the use of force to cause casualties is the primary purpose, use 18-20").
_PROTESTERS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter",
               "rioters", "mob", "mobs", "marcher", "marchers"}
# 190: "protesters stormed the parliament", "clashed with police": a crowd's force is a riot (CAMEO 145)
_RIOT_CODES = ("170", "171", "180", "182", "190")
_NOT_RIOT = ("1821", "1822", "1823")  # sexual assault, torture, killing by assault


def protest_violence(code: str, sources: list[Actor], tok: Any) -> str:
    """145 for property destruction or beating (17x destroy/seize, 180, 182) by protesters or rioters; 114
    for a protest by a state ("Vietnam's foreign ministry protested the arrests", "a sharp protest from
    Tokyo"): a government's protest is an official complaint (CAMEO 114), a crowd's a demonstration (14x)."""
    if code == "140" and sources and all(_state(a) and not _modifier_of_crowd(a, tok.doc) for a in sources):
        return "114"
    if not code.startswith(_RIOT_CODES) or code.startswith(_NOT_RIOT) or not sources:
        return code
    if all(_protester(a, tok.doc) for a in sources):
        return "145"
    return code


def _protester(a: Actor, doc: Any) -> bool:
    """Whether the mention is, or modifies, a protest noun ("rioters", "Ukrainian" in "Ukrainian protesters")."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return False
    noun = span.root
    if noun.dep_ in ("amod", "compound", "nmod", "poss") and noun.head.i >= span.end:
        noun = noun.head  # the actor is a modifier of the noun that names the crowd
    return noun.lower_ in _PROTESTERS or noun.lemma_.lower() in _PROTESTERS


# ---------------------------------------------------------------------- attending a foreign city's event
# "attended the Tokyo Olympics", "attends a summit in Switzerland": going to an event held in another
# country is a visit to it (CAMEO 042 covers trips abroad to a meeting or any other event); meeting
# at a third location (044) stays for events with no host named, or hosts of the attendee's own country.
_ATTEND_VERBS = {"attend"}


def attended_visit(tok: Any, code: str, sources: list[Actor], targets: list[Actor],
                   ctx: Ctx) -> tuple[str, list[Actor]] | None:
    """("042", [host country]) when `tok` attends an event named after, or held in, a foreign place."""
    if code != "044" or ctx.lex.lemma(tok) not in _ATTEND_VERBS:
        return None
    own = {a.country for a in sources}
    hosts: list[Actor] = []
    for obj in objects_of(tok):
        cands = [c for c in obj.children if c.dep_ in ("compound", "amod", "nmod") and c.i < obj.i]
        cands += [o for h in (obj, tok) for w in ("in", "at") for p in prep_children(h, w) for o in pobjs_of(p)]
        for c in cands:
            a = ctx.finder.actor(c)
            country = a.country if a is not None and a.resolved else _place_country(ctx, c)
            if country and len(country) == 3 and country not in own:
                hosts.append(Actor(c.idx, c.idx + len(c.text), c.text, code=country, country=country,
                                   resolved_by="place"))
                break
        if hosts:
            break
    others = [a for a in targets if a.resolved and a.country not in {h.country for h in hosts}]
    if not hosts or others:
        return None  # named partners: a meeting with them, where it is held does not matter (044 notes)
    return "042", hosts[:1]


def _place_country(ctx: Ctx, tok: Any) -> str | None:
    for p in _article_places(ctx):
        if p.start <= tok.idx < p.end and p.country and p.resolved_by != "dateline":
            return p.country.upper()
    return None


# ------------------------------------------------------------------------------- "its border with X"
_BORDER_NOUNS = {"border", "frontier", "boundary"}
_BORDER_ROOTS = ("15", "18", "19")  # shows of force, assaults, fighting


def border_targets(tok: Any, code: str, sources: list[Actor], ctx: Ctx) -> list[Actor]:
    """"deployed troops to its border with X", "shelled positions along the frontier with X": force sent to
    or used at the border with a country is aimed at that country (the other side, not the source's own)."""
    if not code.startswith(_BORDER_ROOTS):
        return []
    own = {a.country for a in sources}
    for t in tok.subtree:
        if t.lemma_.lower() not in _BORDER_NOUNS:
            continue
        for p in prep_children(t, "with"):
            for o in pobjs_of(p):
                found = [a for a in ctx.finder.actors(o) if a.resolved and a.country not in own]
                if found:
                    return found[:1]
    return []


# ------------------------------------------------------------------------------- forces serving abroad
def serving_abroad(targets: list[Actor]) -> bool:
    """Whether the (unresolved) target names peacekeepers: they serve an international organisation in
    someone else's country, so the place of an attack on them does not say whose they are ("rebels
    attacked peacekeepers near X" is not an attack on X). The actor layer gives them the organisation the
    article names (`actors.context`); with none named they stay without a target."""
    return any(not a.resolved and "peacekeeper" in a.text.lower() for a in targets)


def _state(a: Actor) -> bool:
    """A government, a state named by its country or capital, or an international body's executive."""
    return a.resolved and bool(a.country) and (a.sector == "GOV" or (a.sector is None and a.code == a.country))


def _modifier_of_crowd(a: Actor, doc: Any) -> bool:
    """Whether the mention only modifies the noun that protests ("Filipino" in "Filipino fishermen")."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("amod", "compound", "nmod") and span.root.head.i >= span.end

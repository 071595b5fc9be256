"""Who did what to whom: source, target and reporting actors of one trigger, read off the parse."""

from __future__ import annotations

from typing import Any

from ..model import Actor
from ..nlp_cache import tokens
from .arguments import core_span, subject_of
from .context import Ctx
from .matching import Match, match_token, objects_of, pobjs_of, prep_children
from .modality import governing_verb

_DEFAULT_TPREPS = ("against", "on", "upon", "with", "to", "into", "at", "toward", "towards")
# Roots whose place adjunct names the target when nothing else does ("protested in Beijing", "exercises in
# Alaska", "lifted the curfew in X"): CAMEO codes the host country of a visit, protest, show of force or
# attack, and the place a concession applies to, as its target.
_PLACE_PREPS = {"at", "in", "on", "upon"}
_LOCATIVE_ROOTS = {"04", "14", "15", "18", "19", "20"}
_LOCATIVE_CODES = {"081", "085", "086"}  # easing restrictions, sanctions, access: where they applied


def locative(code: str | None) -> bool:
    """Whether an event of this code takes its place adjunct as the target when nothing else does."""
    return bool(code) and (code[:2] in _LOCATIVE_ROOTS or code[:3] in _LOCATIVE_CODES)
# Verbs of receiving whose "from" object is the one who acts ("received aid from", "obtained a pledge
# from"): intents (03), support (05) and aid (07) are coded from the giver to the receiver.
_RECEIVE_VERBS = {"receive", "obtain", "get", "win", "secure", "accept"}
_RECEIVED_ROOTS = {"03", "05", "07"}
_VIOLENT_ROOTS = {"18", "19", "20"}


def _reporter(tok: Any, ctx: Ctx) -> tuple[str | None, Actor | None, Any]:
    """Who reports the clause: the subject of a verb of saying above it, or "according to X"."""
    speech = ctx.lex.speech_verbs
    node = governing_verb(tok)
    for _ in range(6):
        for c in node.children:
            if c.dep_ == "parataxis" and c.lemma_ in speech:
                subj, _p = subject_of(c, speech)
                if subj is not None:
                    return _phrase(subj, ctx), ctx.finder.actor(subj), subj
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in speech:
            subj, _p = subject_of(node.head, speech)
            if subj is not None:
                return _phrase(subj, ctx), ctx.finder.actor(subj), subj
        if node.head == node:
            break
        node = node.head
    sent, doc = tok.sent, tok.doc
    # scan the sentence's words on the shared token table; only "according to" becomes a Token
    lower = tokens(ctx.article).lower if ctx.article.doc is doc else [t.lower_ for t in doc]
    for i in range(sent.start, sent.end):
        if lower[i] == "according" and i + 1 < len(doc) and lower[i + 1] == "to":
            t = doc[i]
            objs = pobjs_of(doc[i + 1]) or pobjs_of(t)
            if objs:
                return _phrase(objs[0], ctx), ctx.finder.actor(objs[0]), objs[0]
    return None, None, None


def _phrase(tok: Any, ctx: Ctx) -> str:
    start, end = core_span(tok)
    return ctx.article.text[start:end]


def _targets_from_preps(holders: list[Any], preps: tuple[str, ...], ctx: Ctx) -> list[Actor]:
    for word in preps:
        for h in holders:
            for p in prep_children(h, word):
                for o in pobjs_of(p):
                    found = ctx.finder.actors(o, deep=word not in _PLACE_PREPS)
                    if found:
                        return found
    return []


_STATIVE_PASSIVES = {"commit", "oppose", "dedicate", "devote"}


def _verb_args(m: Match, ctx: Ctx) -> tuple[list[Actor], list[Actor], Any]:
    tok, e = m.token, m.entry
    speech = ctx.lex.speech_verbs
    subj, passive = subject_of(tok, speech)
    if passive and e.lemma in _STATIVE_PASSIVES and prep_children(tok, "to") and not prep_children(tok, "by"):
        passive = False  # "X is committed to reform", "X is opposed to Y's plan": the subject holds the stance
    sources: list[Actor] = []
    targets: list[Actor] = []
    if passive:
        if subj is not None:
            targets = ctx.finder.actors(subj)
        agents = prep_children(tok, "by")
        if not agents:  # "was slapped with sanctions by X": the parser may hang "by" off the noun
            agents = [a for p in tok.children if p.dep_ == "prep" for o in pobjs_of(p)
                      for a in prep_children(o, "by")]
        for a in agents:
            for o in pobjs_of(a):
                sources = ctx.finder.actors(o)
        if not sources and e.code and e.code[:2] in _VIOLENT_ROOTS:
            sources = _attack_noun_agents(tok, ctx)
        subj_tok = None
    else:
        subj_tok = subj
        if subj is not None:
            sources = ctx.finder.actors(subj)
    if not targets and e.code and e.code.startswith("087"):
        # "withdrew its troops from X": the troops are the withdrawer's own, the place left is the target
        targets = [a for a in _targets_from_preps([tok] + objects_of(tok), ("from",), ctx) if a.resolved]
    if not targets:
        constrained_obj = m.obj is not None and m.obj.dep_ in ("dobj", "obj")
        objs = [o for o in objects_of(tok) if o.dep_ != "nsubjpass"]
        holders = [tok] + ([m.obj] if m.obj is not None else [])
        if not constrained_obj:
            for c in tok.children:
                if c.dep_ in ("dative", "iobj"):
                    targets = ctx.finder.actors(c)
            if not targets and objs:
                targets = ctx.finder.actors(objs[0])
        if not targets:
            targets = _targets_from_preps(holders, e.tprep or _DEFAULT_TPREPS, ctx)
        if not targets and constrained_obj:
            for c in tok.children:
                if c.dep_ in ("dative", "iobj"):
                    targets = ctx.finder.actors(c)
            if not targets:
                for c in m.obj.children:  # "Iran's nuclear programme", "the release of prisoners"
                    if c.dep_ == "poss":
                        targets = ctx.finder.actors(c)
                if not targets and m.obj.lemma_ not in ("sanction", "aid", "talk", "agreement"):
                    targets = ctx.finder.actors(m.obj)
        if not targets:
            targets = _event_agents(objs + ([m.obj] if m.obj is not None else []), ctx)
        if not targets and locative(e.code):
            targets = _targets_from_preps(holders, ("in", "between"), ctx)
        if not targets and e.code and e.code[:2] == "12":
            # "dismissed an appeal from X", "rejected a proposal from X": who made what is rejected
            targets = _targets_from_preps(objs, ("from", "by"), ctx)
    if not passive and e.code and e.code[:2] in _RECEIVED_ROOTS and ctx.lex.lemma(tok) in _RECEIVE_VERBS:
        givers = [a for a in _targets_from_preps([tok] + objects_of(tok), ("from",), ctx) if a.resolved]
        if givers:  # "X received assurances from Y": Y gave them, to X
            return givers, sources, None
    return sources, targets, subj_tok


def _event_agents(nouns: list[Any], ctx: Ctx) -> list[Actor]:
    """An act aimed at an event is aimed at whoever carried it out: "prevented a rally staged by X",
    "condemned the attack carried out by X" (the event noun's "by" agent, or its participle's)."""
    for o in nouns:
        om = match_token(o, ctx.lex)
        if om is None or not om.entry.code:
            continue
        for h in [o] + [c for c in o.children if c.dep_ in ("acl", "relcl")]:
            for p in h.children:
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by"):
                    found = [a for x in pobjs_of(p) for a in ctx.finder.actors(x) if a.resolved]
                    if found:
                        return found
    return []


def _attack_noun_agents(tok: Any, ctx: Ctx) -> list[Actor]:
    """"were killed in Israeli tank shelling", "wounded in a Taliban ambush": a passive act of violence
    without a "by" agent takes the actor that modifies the attack named in its "in" adjunct."""
    for p in prep_children(tok, "in"):
        for o in pobjs_of(p):
            nxt = o.doc[o.i + 1] if o.i + 1 < len(o.doc) else None
            if nxt is not None and nxt.tag_ == "VBG" and nxt.head == tok and nxt.dep_ in ("advcl", "xcomp"):
                # the small model splits "in Israeli tank shelling" into pobj "tank" + a gerund clause
                # "shelling" hanging off the verb: the pobj phrase then names who attacked
                m = match_token(nxt, ctx.lex)
                if m is not None and m.entry.code and m.entry.code[:2] in _VIOLENT_ROOTS:
                    a = _modifier_agent(o, ctx)
                    if a is not None:
                        return [a]
            m = match_token(o, ctx.lex)
            if m is None or not m.entry.code or m.entry.code[:2] not in _VIOLENT_ROOTS:
                continue
            for c in o.children:
                if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < o.i:
                    a = ctx.finder.actor(c)
                    if a is None or not a.resolved:
                        a = ctx.finder.modifier_actor(c)
                    if a is not None and a.resolved:
                        return [a]
    return []


def _modifier_agent(o: Any, ctx: Ctx) -> Actor | None:
    """The resolved actor a noun stands for or is modified by ("Israeli tank", "army")."""
    a = ctx.finder.actor(o)
    if a is not None and a.resolved:
        return a
    for c in o.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < o.i:
            a = ctx.finder.actor(c)
            if a is None or not a.resolved:
                a = ctx.finder.modifier_actor(c)
            if a is not None and a.resolved:
                return a
    return None


def _noun_args(m: Match, ctx: Ctx) -> tuple[list[Actor], list[Actor], Any, Any]:
    """(sources, targets, subject token, light verb) of a nominal trigger."""
    tok, e = m.token, m.entry
    sources: list[Actor] = []
    subj_tok = None
    light = None
    for c in tok.children:
        if c.dep_ == "poss":
            sources = [a for a in ctx.finder.actors(c) if a.resolved]
    if not sources:
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
                a = ctx.finder.actor(c)
                if a is None or not a.resolved:
                    a = _modifier_actor(c, ctx)
                if a is not None and a.resolved:
                    sources = [a]
                    break
    if not sources:
        for a in prep_children(tok, "by"):
            for o in pobjs_of(a):
                sources = ctx.finder.actors(o)
    head = tok.head
    if tok.dep_ in ("dobj", "obj", "nsubjpass") or (tok.dep_ == "pobj" and head.lower_ in ("in", "on")
                                                     and ctx.lex.lemma(head.head) in ctx.lex.light_verbs):
        verb = head if tok.dep_ != "pobj" else head.head
        prts = ctx.lex.light_verbs.get(ctx.lex.lemma(verb))
        if prts is not None:
            light = verb
            if not sources:
                subj, _p = subject_of(verb, ctx.lex.speech_verbs)
                if subj is not None:
                    subj_tok = subj
                    sources = ctx.finder.actors(subj)
    holders = [tok] + ([light] if light is not None else [])
    if m.obj is not None and m.prep is not None:
        holders.append(m.obj)  # "a suspension of air links with X": the target hangs off the constrained pobj
    targets: list[Actor] = []
    if e.code and e.code.startswith("087"):  # "the withdrawal of its forces from X", as for the verb
        withdrawn = [o for p in prep_children(tok, "of") for o in pobjs_of(p)]
        targets = [a for a in _targets_from_preps(holders + withdrawn, ("from",), ctx) if a.resolved]
    targets = targets or _targets_from_preps(holders, e.tprep or _DEFAULT_TPREPS, ctx)
    if not targets and locative(e.code):
        targets = _targets_from_preps(holders, ("in", "between"), ctx)
    return sources, targets, subj_tok, light



def _pairs(sources: list[Actor], targets: list[Actor], recip: bool) -> list[tuple[Actor, Actor | None]]:
    if targets:
        pairs = [(s, t) for s in sources for t in targets if (s.start, s.end) != (t.start, t.end)]
        if recip:  # "X held talks with Y": Y held talks with X as well
            pairs += [(t, s) for s, t in pairs if t.resolved]
        return pairs or [(s, None) for s in sources]
    expanded = sources
    if recip and len(sources) == 1 and len(sources[0].members) >= 2:
        a = sources[0]
        expanded = [Actor(a.start, a.end, a.text, code=m, country=m[:3], resolved_by="group") for m in a.members]
    if recip and len(expanded) >= 2:
        return [(s, t) for s in expanded for t in expanded if s is not t]
    return [(s, None) for s in sources]


def _modifier_actor(tok: Any, ctx: Ctx) -> Actor | None:
    return ctx.finder.modifier_actor(tok)

"""Who did what to whom: source, target and reporting actors of one trigger, read off the parse."""

from __future__ import annotations

from typing import Any

from ..model import Actor
from ..nlp_cache import children, doc_table, sent_range
from .arguments import subject_of
from .claims import origin_agents
from .context import Ctx
from .headlines import headline_passive, participle_act
from .matching import Match, gapped_objects, match_token, objects_of, pobjs_of, prep_children, prep_index
from .sources import fallback_sources, instrument_agents, noun_fallback_sources, premodifier_actor

_DEFAULT_TPREPS = ("against", "on", "upon", "with", "to", "into", "at", "toward", "towards")
# Roots whose place adjunct names the target when nothing else does ("protested in Beijing", "exercises in
# Alaska", "lifted the curfew in X"): CAMEO codes the host country of a visit, protest, show of force or
# attack, and the place a concession applies to, as its target.
_PLACE_PREPS = {"at", "in", "on", "upon", "outside"}
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


def _targets_from_preps(holders: list[Any], preps: tuple[str, ...], ctx: Ctx) -> list[Actor]:
    """The actors of the first prepositional object (in `preps` order) that names any; an object that names
    only unresolved mentions ("changes to the Wye River deal") does not stop the search for a resolved one."""
    unresolved: list[Actor] = []
    by: list[Any] = [None] * len(holders)  # each holder's prepositions by spelling, read once (prep_index)
    for word in preps:
        for k, h in enumerate(holders):
            by[k] = by[k] if by[k] is not None else prep_index(h)  # read where it was first asked
            for p in [h.doc[j] for j in by[k].get(word, ())]:
                for o in pobjs_of(p) or _stranded_object(p):
                    found = ctx.finder.actors(o, deep=word not in _PLACE_PREPS)
                    if any(a.resolved for a in found):
                        return found
                    unresolved = unresolved or found
    return unresolved


def _stranded_object(p: Any) -> list[Any]:
    """"granted asylum to five officers holed up in X": the small model reads the object of "to" as the
    subject of the reduced clause after it, leaving the preposition without an object."""
    doc = p.doc
    for t in doc[p.i + 1:min(p.i + 7, sent_range(p)[1])]:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod", "nmod"):
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i and t.head.tag_ in ("VBN", "VBG", "VBD"):
                return [t]
            return []
    return []


def _deployed(code: str | None, patients: list[Actor]) -> bool:
    """A force posture (CAMEO 15) whose patient is a resolved armed or police force with no agent named."""
    return bool(code) and code[:2] == "15" and any(a.resolved and a.sector in ("MIL", "COP", "SPY")
                                                    for a in patients)


def _resolved(actors: list[Actor]) -> bool:
    for a in actors:  # any(a.resolved ...), without a generator: called for every candidate list
        if a.resolved:
            return True
    return False


def _pick(old: list[Actor], new: list[Actor]) -> list[Actor]:
    """The later candidate targets when they name a resolved actor, else the earlier ones: an unresolved
    mention ("the Wye River deal") is kept for display but does not stop the search for a resolved one."""
    return new if _resolved(new) or not old else old


_STATIVE_PASSIVES = {"commit", "oppose", "dedicate", "devote"}


# Constrained objects whose phrase does not name the target ("imposed sanctions", "held talks").
# ("recognise any annexation of Ukrainian territory": the annexed land is not whom recognition goes to;
# "urged a peaceful settlement": what is done, not to whom)
_NO_TARGET_OBJECTS = {"sanction", "aid", "talk", "agreement", "annexation", "settlement", "solution"}


def _verb_args(m: Match, ctx: Ctx) -> tuple[list[Actor], list[Actor], Any]:
    tok, e = m.token, m.entry
    speech = ctx.lex.speech_verbs
    subj, passive = subject_of(tok, speech)
    if not passive and subj is None and participle_act(tok, e.lemma):
        # "39 prisoners freed by Israel": a participle of an act with its agent is a passive; the noun is
        # its patient (headlines.py)
        subj, passive = tok.head, True
    if not passive and headline_passive(tok, e.lemma):
        # "Kenyan Lawmaker Killed in Bomb Attack": a headline's passive without its auxiliary (headlines.py)
        passive = True
        if subj is None and tok.dep_ == "acl":
            subj = tok.head  # "Two Aid Workers Kidnapped in ...": the described noun is the patient
    if passive and e.lemma in _STATIVE_PASSIVES and prep_children(tok, "to") and not prep_children(tok, "by"):
        passive = False  # "X is committed to reform", "X is opposed to Y's plan": the subject holds the stance
    if passive and e.pos == "ADJ":
        passive = False  # "she was alarmed by the fighting": the subject feels it (matching.py)
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
            for o in pobjs_of(a):  # "brokered by Sudan and Uganda": every conjoined agent
                sources += [x for x in ctx.finder.actors(o) if x not in sources]
        if not sources and e.code and e.code[:2] in _VIOLENT_ROOTS:
            sources = _attack_noun_agents(tok, ctx) or origin_agents(tok, ctx)  # "fired at X from Y"
        sources = sources if _resolved(sources) else instrument_agents(tok, ctx) or sources  # instruments.py
        if not sources and e.code and (e.code.startswith(("166", "087")) and _resolved(targets)
                                       or _deployed(e.code, targets)):
            # "peacekeepers were shipped out of X", "troops were pulled out of X": with no agent named,
            # the forces' own side withdraws them from the place left; "Kenyan troops were deployed to the
            # border" (15): the forces' own side shows them, at the place they are sent to
            sources = targets
            left = [tok] + prep_children(tok, "out")
            preps = ("to", "into", "along", "near") if e.code[:2] == "15" else e.tprep or ("from", "of")
            targets = [a for a in _targets_from_preps(left, preps, ctx) if a.resolved and a not in sources]
        subj_tok = None
    else:
        subj_tok = subj
        if subj is not None:
            sources = ctx.finder.actors(subj)
        if not _resolved(sources) and not (subj is not None and subj.pos_ == "PRON"):
            # headline and participle shapes the subject arc misses (sources.py); a pronoun is left to
            # the coder's speaker fallback
            found, found_tok = fallback_sources(tok, subj, ctx)
            if found:
                sources, subj_tok = found, found_tok
    if not _resolved(targets) and e.code and e.code.startswith("087"):
        # "withdrew its troops from X": the troops are the withdrawer's own, the place left is the target
        left = _targets_from_preps([tok] + objects_of(tok), ("from",), ctx)
        targets = _pick(targets, [a for a in left if a.resolved])
    if not _resolved(targets):
        constrained_obj = m.obj is not None and m.obj.dep_ in ("dobj", "obj")
        objs = [o for o in objects_of(tok) if o.dep_ != "nsubjpass"]
        # "mediated talks between X and Y": the object's prepositions, when the pattern names no object
        holders = [tok] + ([m.obj] if m.obj is not None else objs[:1])
        if not constrained_obj:
            for c in tok.children:
                if c.dep_ in ("dative", "iobj"):
                    targets = _pick(targets, ctx.finder.actors(c))
            if not _resolved(targets) and objs:  # and "... and Kurti in Pristina on Friday" (matching.py)
                targets = _pick(targets, [a for o in (objs[0], *gapped_objects(tok))
                                          for a in ctx.finder.actors(o)])
        if not _resolved(targets):
            targets = _pick(targets, _targets_from_preps(holders, e.tprep or _DEFAULT_TPREPS, ctx))
        if not _resolved(targets):
            targets = _pick(targets, _answered(tok, ctx))
        if not _resolved(targets) and constrained_obj:
            for c in tok.children:
                if c.dep_ in ("dative", "iobj"):
                    targets = _pick(targets, ctx.finder.actors(c))
            if not _resolved(targets):
                for c in m.obj.children:  # "Iran's nuclear programme", "the release of prisoners"
                    if c.dep_ == "poss":
                        targets = _pick(targets, ctx.finder.actors(c))
                if not _resolved(targets) and m.obj.lemma_ not in _NO_TARGET_OBJECTS:
                    targets = _pick(targets, ctx.finder.actors(m.obj))
        if not _resolved(targets) and tok.dep_ == "relcl" and any(o.tag_ in ("WP", "WDT") for o in objs):
            targets = _pick(targets, ctx.finder.actors(tok.head))  # "the diplomat, whom they had abducted"
        if not _resolved(targets):
            targets = _pick(targets, _event_agents(objs + ([m.obj] if m.obj is not None else []), ctx))
        if not _resolved(targets) and not objs:
            # "condemned as unacceptable allegations by X", "rejected as false X's claims": the parser makes
            # the judged act the object of "as"; what is judged is aimed at whoever made it
            targets = _pick(targets, _event_agents(_pobjs(tok, ("as",)), ctx, owners=True, coded=False))
        if not _resolved(targets) and locative(e.code):
            targets = _pick(targets, _targets_from_preps(holders, ("in", "between", "outside"), ctx))
        if not _resolved(targets) and e.code and e.code[:2] == "12":
            # "dismissed an appeal from X", "rejected a proposal from X": who made what is rejected
            targets = _pick(targets, _targets_from_preps(objs, ("from", "by"), ctx))
        if not _resolved(targets) and e.code and e.code[:2] in ("05", "11", "01"):
            # "hailed a new era in ties between the two states": the other party
            targets = _pick(targets, _relation_partners(holders[1:], sources, ctx))
    if not passive and e.code and e.code[:2] == "15" and _own_forces(targets, sources):
        # "mobilized its reservists for a war against X", "put its troops on alert": the forces moved are the
        # source's own; whom the show of force is aimed at is named in a "for"/"against" adjunct, if at all
        aimed = _targets_from_preps([tok] + objects_of(tok), ("against", "for"), ctx)
        targets = [a for a in aimed if a.resolved and not _own_forces([a], sources)]
    if not passive and e.code and e.code[:2] in _RECEIVED_ROOTS and ctx.lex.lemma(tok) in _RECEIVE_VERBS:
        givers = [a for a in _targets_from_preps([tok] + objects_of(tok), ("from",), ctx) if a.resolved]
        if givers:  # "X received assurances from Y": Y gave them, to X
            return givers, sources, None
    if e.code and e.code[:2] == "09" and not passive:
        # "is investigating alleged crimes by X": CAMEO codes the perpetrator as the target (093 notes)
        targets = _perpetrators(objects_of(tok) + _pobjs(tok, ("into", "of")), ctx) or targets
    return sources, targets, subj_tok


_RELATION_NOUNS = frozenset({"relation", "relations", "tie", "ties", "partnership", "friendship",
                             "cooperation"})


def _relation_partners(objs: list[Any], sources: list[Actor], ctx: Ctx) -> list[Actor]:
    """The parties, other than the source's own country, of the relations an object names inside it
    ("a new era in ties between the two states", "progress in ties with Japan")."""
    own = {a.country for a in sources}
    for o in objs:
        for t in o.subtree:
            if t.lemma_.lower() not in _RELATION_NOUNS:
                continue
            named = [a for p in t.children if p.dep_ == "prep" and p.lower_ in ("between", "with")
                     for x in pobjs_of(p) for a in ctx.finder.actors(x)]
            # a group ("the two countries") stands for its members (as parties.expand_groups reads it)
            found = [m for a in named for m in ([a] if a.resolved else [
                Actor(a.start, a.end, a.text, code=c, country=c[:3], resolved_by="group",
                      role_date=a.role_date)
                for c in a.members]) if m.country not in own]
            if found:
                return found
    return []


def _pobjs(tok: Any, words: tuple[str, ...]) -> list[Any]:
    return [o for w in words for p in prep_children(tok, w) for o in pobjs_of(p)]


def _perpetrators(nouns: list[Any], ctx: Ctx) -> list[Actor]:
    """The "by" agents of what is investigated ("crimes committed by X", "abuses by X")."""
    for o in nouns:
        found = _by_agents(o, ctx)
        if found:
            return found
    return []


def active_subject_actors(clause: Any, ctx: Ctx, *, after: int = -1) -> list[Actor]:
    """Resolved actors of the active subject of `clause` (none when its subject is passive, unknown, or
    not after token index `after`)."""
    subj, passive = subject_of(clause, ctx.lex.speech_verbs)
    if subj is None or passive or subj.i <= after:
        return []
    return [a for a in ctx.finder.actors(subj) if a.resolved]


def _by_agents(noun: Any, ctx: Ctx) -> list[Actor]:
    """Resolved actors in the "by" phrase of `noun` or of its participle ("attacks by X", "a rally staged
    by X")."""
    for h in [noun] + [c for c in noun.children if c.dep_ in ("acl", "relcl")]:
        for p in h.children:
            if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by"):
                found = [a for x in pobjs_of(p) for a in ctx.finder.actors(x) if a.resolved]
                if found:
                    return found
    return []


# Light verbs of giving: the "to" object of what they give is its recipient, whatever the noun's own
# target prepositions ("support for X" names the cause, "support to X" the one supported).
_GIVING_VERBS = {"offer", "give", "extend", "deliver", "pay"}


# "in defiance of X", "in retaliation for X's raid", "in response to X", "in protest at X": an act
# answering someone is aimed at them.
_ANSWER_NOUNS = {"defiance", "retaliation", "response", "protest", "reprisal", "revenge"}


def _answered(tok: Any, ctx: Ctx) -> list[Actor]:
    """The one an act answers, from an "in defiance of X"-style adjunct of the verb or of its object
    phrase (the parser may hang it off the last noun), not from inside another clause."""
    doc = tok.doc
    table, ch = doc_table(doc), children(doc)  # the walk reads the token table: no Token per word
    dep, lower, pos = table.dep, table.lower, table.pos
    stack = [tok.i]
    preps = []
    while stack:
        t = stack.pop()
        for c in ch[t]:
            if dep[c] == "prep" and lower[c] == "in":
                preps.append(doc[c])
            if pos[c] not in ("VERB", "AUX") and dep[c] not in ("relcl", "acl", "ccomp", "advcl", "conj"):
                stack.append(c)
    for p in preps:
        for o in pobjs_of(p):
            if o.lemma_.lower() not in _ANSWER_NOUNS:
                continue
            for p2 in o.children:
                if p2.dep_ == "prep" and p2.lower_ in ("of", "for", "to", "against", "at"):
                    found = [a for x in pobjs_of(p2) for a in ctx.finder.actors(x) if a.resolved]
                    if found:
                        return found
    return []


def _own_forces(targets: list[Actor], sources: list[Actor]) -> bool:
    """Whether the targets are armed forces of the sources' own country."""
    own = {a.country for a in sources if a.resolved}
    return bool(targets) and bool(own) and all(
        a.resolved and a.country in own and (a.sector in ("MIL", "PKO") or (a.code or "").endswith("MIL"))
        for a in targets)


def _clause_addressee(tok: Any, ctx: Ctx) -> list[Actor]:
    """"its demand that X grant ...", "a call for X to ...": the subject of the clause a demand, appeal or
    threat noun states is whom it is addressed to."""
    for c in tok.children:
        # the small model tags some clause verbs as nouns ("that X release prisoners"): a "that" will do
        if c.dep_ in ("acl", "ccomp") and c.i > tok.i and (
                c.pos_ in ("VERB", "AUX") or any(m.dep_ == "mark" for m in c.children)):
            found = active_subject_actors(c, ctx, after=tok.i)
            if found:
                return found
    return []


def content_subjects(tok: Any, ctx: Ctx) -> list[Actor]:
    """Resolved subjects (active or passive) of the "that" clause a noun states ("allegations that X ...")."""
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            subj, _passive = subject_of(c, ctx.lex.speech_verbs)
            if subj is not None and subj.i > tok.i:
                found = [a for a in ctx.finder.actors(subj) if a.resolved]
                if found:
                    return found
    return []


def _event_agents(nouns: list[Any], ctx: Ctx, *, owners: bool = False, coded: bool = True) -> list[Actor]:
    """An act aimed at an event is aimed at whoever carried it out: "prevented a rally staged by X",
    "condemned the attack carried out by X" (the event noun's "by" agent, or its participle's); with
    `owners`, also its possessor or nationality modifier ("X's claims", "the X accusations"). `coded=False`
    takes any noun, not only a coded event ("condemned as baseless claims by X": what is judged)."""
    for o in nouns:
        om = match_token(o, ctx.lex)
        if coded and (om is None or not om.entry.code) or o.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        found = _by_agents(o, ctx)
        if not found and owners:
            found = [a for c in o.children if c.dep_ == "poss" for a in ctx.finder.actors(c) if a.resolved]
            if not found and (a := premodifier_actor(o, ctx)) is not None:
                found = [a]
        if found:
            return found
    return []


def _attack_noun_agents(tok: Any, ctx: Ctx) -> list[Actor]:
    """"died in X artillery shelling", "wounded in a Y ambush": a passive act of violence
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
            a = premodifier_actor(o, ctx)
            if a is not None:
                return [a]
    return []


def _modifier_agent(o: Any, ctx: Ctx) -> Actor | None:
    """The resolved actor a noun stands for or is modified by ("Israeli tank", "army")."""
    a = ctx.finder.actor(o)
    if a is not None and a.resolved:
        return a
    return premodifier_actor(o, ctx)


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
    if not _resolved(sources):
        sources = noun_fallback_sources(tok, e.code, ctx) or sources  # "concessions made by X" (sources.py)
    slot = _light_slot(tok, ctx)
    head = slot.head
    if slot.dep_ in ("dobj", "obj", "nsubjpass") or (slot.dep_ == "pobj" and head.lower_ in ("in", "on")
                                                      and ctx.lex.lemma(head.head) in ctx.lex.light_verbs):
        verb = head if slot.dep_ != "pobj" else head.head
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
        holders.append(m.obj)  # "a suspension of flights with X": the target hangs off the constrained pobj
    # "the sanctions imposed by the EU on Russia": the target hangs off the noun's participle
    holders += [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    targets: list[Actor] = []
    if e.code and e.code.startswith("087"):  # "a withdrawal of its troops from X", as for the verb
        withdrawn = [o for p in prep_children(tok, "of") for o in pobjs_of(p)]
        targets = [a for a in _targets_from_preps(holders + withdrawn, ("from",), ctx) if a.resolved]
    targets = targets or _targets_from_preps(holders, e.tprep or _DEFAULT_TPREPS, ctx)
    if not _resolved(targets) and locative(e.code):
        targets = _pick(targets, _targets_from_preps(holders, ("in", "between", "outside"), ctx))
    if not _resolved(targets) and e.code and e.code[:2] in ("02", "10", "13"):
        targets = _pick(targets, _clause_addressee(tok, ctx))
    if e.code and e.code[:2] == "09":  # "an investigation into crimes committed by X": the perpetrator
        targets = _perpetrators(_pobjs(tok, ("into", "of")), ctx) or targets
    if not _resolved(targets) and light is not None and ctx.lex.lemma(light) in _GIVING_VERBS:
        # "offering more aid to X", "gave assurances to X": whom it is given to
        targets = _pick(targets, _targets_from_preps(holders, ("to",), ctx))
    return sources, targets, subj_tok, light


def attack_targets(verb: Any, ctx: Ctx) -> list[Actor]:
    """Resolved targets of the attack that `verb` (or its object noun, "launched rocket fire against X")
    codes, for a participle of its toll ("..., killing 20"): the dead are the attack's victims."""
    for cand in [verb] + [o for o in objects_of(verb) if o.dep_ in ("dobj", "obj")]:
        hm = match_token(cand, ctx.lex)
        if hm is None or not hm.entry.code or hm.entry.code[:2] not in ("18", "19", "20"):
            continue
        found = (_verb_args(hm, ctx) if hm.entry.pos == "VERB" else _noun_args(hm, ctx))[1]
        found = [a for a in found if a.resolved]
        if found:
            return found
    return []


def _light_slot(tok: Any, ctx: Ctx) -> Any:
    """The noun that fills a light verb's object slot for the event noun `tok`: the first conjunct of a
    list ("launched mortar, rocket and tank fire") and the measure or series noun the event is "of"
    ("launched a week of naval drills", "carried out a wave of air strikes"), when that noun is no event."""
    node = tok
    for _ in range(4):
        if node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        elif (node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN"
              and node.head.head.dep_ in ("dobj", "obj", "conj") and match_token(node.head.head, ctx.lex) is None):
            node = node.head.head
        else:
            break
    return node


def _pairs(sources: list[Actor], targets: list[Actor], recip: bool) -> list[tuple[Actor, Actor | None]]:
    if targets:
        # the same name twice ("the US ... denied entry to the United States"): a destination or a place,
        # not a second participant
        pairs = [(s, t) for s in sources for t in targets if (s.start, s.end) != (t.start, t.end)
                 and not (t.code == s.code and s.code == s.country and _same_name(s, t))]
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


def _same_name(a: Actor, b: Actor) -> bool:
    def bare(x: Actor) -> str:
        t = x.text.lower()
        return t[4:] if t.startswith("the ") else t
    return bare(a) == bare(b)


def _modifier_actor(tok: Any, ctx: Ctx) -> Actor | None:
    return ctx.finder.modifier_actor(tok)

"""Frame verbs ("agreed to", "called on X to", "threatened to"): which complement they absorb, and how
their code composes with the complement's (`codes.compose`)."""

from __future__ import annotations

from typing import Any

from ..model import Actor
from .arguments import subject_of
from .codes import compose
from .context import Ctx
from .matching import Match, objects_of, pobjs_of, prep_children
from .roles import _DEFAULT_TPREPS, _targets_from_preps

# Frame verbs that say nothing codable without a coded complement ("plans to ...").
_CLAIM_ROOTS = {"02", "10"}  # appeals and demands: the content of a protest when they hang under one
_RIOT_PARTS = {"14", "17"}  # blocking, burning, smashing: what a riot consists of (CAMEO 145)
_WEAK_FRAMES = {"plan", "intend", "decide", "hope", "aim", "seek", "want", "ready", "willing", "prepared",
                "determined", "eager", "keen", "undertake", "force", "offer", "readiness",
                "willingness", "press", "ask",
                "swear",  # "was sworn in" is no pledge
                # "vowed to respond in kind", "vowed to continue operations": a vow is as often defiance as
                # a promise, so an uncoded one says nothing (an "agreed to" or "pledged to" still is 030)
                "vow"}
_ADDRESSEE_FRAMES = {"appeal", "demand"}
# Verbs that put an event off rather than perform it: "agreed to postpone the rally" is no intent to rally.
_DEFERRALS = {"postpone", "delay", "defer", "cancel", "scrap", "shelve", "reschedule"}


# ---------------------------------------------------------------------------------------------- frames
def _complements(tok: Any) -> list[Any]:
    """Tokens that can carry a frame's complement event, nearest first."""
    out = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    out += [c for c in tok.children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)]
    out += [c for c in tok.children if c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children)]
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    out += objs
    # "reaffirmed its commitment to defend Manila", "expressed readiness to help": the frame noun's own
    # infinitive
    out += [c for o in objs for c in o.children if c.dep_ in ("acl", "xcomp")
            and any(a.lower_ == "to" for a in c.children)]
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "of", "to", "on", "upon"):
            for o in pobjs_of(p):
                out.append(o)
                out += [c for c in o.children if c.dep_ in ("xcomp", "acl", "relcl", "ccomp")]
    return out


_PERMISSIONS = {"allow", "permit", "authorize", "authorise", "let"}
_WISH_FRAMES = {"want", "wish"}
_HOPE_FRAMES = {"hope", "expect"}


def _other_subject(comp: Any) -> bool:
    """Whether a complement clause has a subject of its own that is not a pronoun ("hoped X would ...")."""
    return comp.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                                        for c in comp.children)


_OWN_SIDE_SECTORS = frozenset({"REB", "OPP", "INS", "SEP", "UAF"})


def other_party(comp: Any, frame_tok: Any, ctx: Ctx) -> bool:
    """`_other_subject`, unless that subject is the frame's own party under another name ("Hezbollah vowed
    that the group would retaliate", "the minister promised that the government would ..."): the same
    code, or the same country when neither is an armed or political group of its own."""
    if not _other_subject(comp):
        return False
    subj = next(c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON")
    own, _ = subject_of(frame_tok, ctx.lex.speech_verbs)
    if own is None:
        return True
    mine = [a for a in ctx.finder.actors(own) if a.resolved]
    theirs = [a for a in ctx.finder.actors(subj) if a.resolved]
    if len(mine) != 1 or len(theirs) != 1:
        return True
    a, b = mine[0], theirs[0]
    if a.code == b.code:
        return False
    return a.country != b.country or a.sector in _OWN_SIDE_SECTORS or b.sector in _OWN_SIDE_SECTORS


# Subjects that stand for the speaker in a clause of what it will do ("warned that it would retaliate").
_OWN_PRONOUNS = frozenset({"he", "she", "it", "we", "they", "i"})
_WILL = frozenset({"will", "would", "'ll", "shall"})


def _own_future(comp: Any) -> bool:
    """Whether a that-clause says what its speaker will do: a pronoun subject and "will"/"would" ("warned
    that it would strike back", "warned that he would not hesitate to order further measures")."""
    kids = list(comp.children)
    return comp.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in _OWN_PRONOUNS for c in kids) \
        and any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids)


def _frame_of(m: Match) -> str | None:
    frame = m.entry.frame
    if frame is None and m.entry.lemma == "warn" and m.entry.code == "130" \
            and any(_own_future(c) for c in m.token.children):
        return "threaten"  # a warning of what the warner itself will do is a threat of that act
    if m.entry.lemma in _WISH_FRAMES and frame:
        # "wants Putin to attack": wanting someone else to act is an appeal to them, not an intent
        if any(c.dep_ == "dobj" or _other_subject(c) for c in m.token.children):
            return "appeal"
        return "intent"
    return frame


def _inner_code(comp: Any, matches: dict[int, Match], depth: int = 0) -> tuple[str | None, Match | None]:
    m = matches.get(comp.i)
    if m is None and comp.lemma_ == "hesitate" and depth < 2 and any(c.dep_ == "neg" for c in comp.children):
        # "would not hesitate to order strikes": the act is the complement of "hesitate"
        for c in comp.children:
            if c.dep_ == "xcomp":
                return _inner_code(c, matches, depth + 1)
    if m is None and comp.pos_ in ("VERB", "AUX") and comp.lemma_ not in _DEFERRALS \
            and comp.lower_ not in _DEFERRALS:
        # "promised to continue military aid": an uncoded complement verb carries a coded object noun
        for o in comp.children:
            om = matches.get(o.i) if o.dep_ in ("dobj", "obj") else None
            if om is not None and om.entry.code and om.entry.pos == "NOUN" and not om.entry.frame:
                return om.entry.code, om
    if m is None or m.entry.code is None:
        return None, None
    frame = _frame_of(m)
    if frame and depth < 2:
        for c in _complements(comp):
            inner, im = _inner_code(c, matches, depth + 1)
            if inner:
                return compose(frame, inner), im
        if frame == "appeal" and any(_asked_to_act(c) for c in _complements(comp)):
            return m.entry.code, m  # "asked the Security Council to intervene": a plain appeal (020)
        if m.entry.lemma in _WEAK_FRAMES:
            return None, None
    return m.entry.code, m


# Uncoded verbs that, asked of someone, are still a request of them ("asked the council to intervene",
# "pressed Washington to act", "asked the UN to step in"): CAMEO's generic appeal (020), since what the
# addressee should do is left open. "asked to attend" names no act and stays uncoded.
_ASKED_ACTS = frozenset({"intervene", "act", "step"})


def asks_to_act(m: Match) -> bool:
    """Whether an appeal frame asks its addressee to act in an open way ("asked the UN to intervene")."""
    return _frame_of(m) == "appeal" and any(_asked_to_act(c) for c in _complements(m.token))


def uncoded_complement(m: Match, comp: Any, matches: dict[int, Match]) -> bool:
    """Whether the complement `comp` of the frame `m` is an act the lexicon codes as no event, which makes
    the frame no event either ("pledged to defend its sovereignty": nothing coded is promised). An appeal
    made to a named addressee stays an appeal whatever it asks ("urged the soldiers to return to barracks",
    "called on the army to return to barracks": CAMEO's plain appeal, 020)."""
    cm = matches.get(comp.i)
    if cm is None or cm.entry.code is not None or cm.entry.frame:
        return False
    if _frame_of(m) == "appeal" and m.entry.lemma not in _WEAK_FRAMES:
        tok = m.token
        addressed = any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
                        for c in tok.children)
        return not addressed
    return True


def _asked_to_act(c: Any) -> bool:
    if c.pos_ != "VERB" or c.lemma_.lower() not in _ASKED_ACTS:
        return False
    return c.lemma_.lower() != "step" or any(k.dep_ == "prt" and k.lower_ == "in" for k in c.children)


def _violent(m: Match) -> bool:
    return bool(m.entry.code) and m.entry.code[:2] in ("18", "19", "20")


def _consume_purposes(matches: dict[int, Match], consumed: set[int]) -> dict[int, Match]:
    """An infinitive of purpose or complement under another event is part of that event, not an act of
    its own: "met X to discuss", "offered troops to help him", "pressed by Y to help Iran", "gave
    permission to Russia to help". It has not happened (yet), so it is not coded separately.

    Returns the generic violent verbs refined by the attack noun they absorbed ({verb index: noun match}).
    """
    refined: dict[int, Match] = {}
    event_heads = {i for i, m in matches.items() if m.entry.code}
    event_heads |= {m.obj.i for m in matches.values() if m.obj is not None and m.entry.code}
    # complements of frame verbs ("urged X to protect ..."), coded or not, are wishes rather than acts
    absorbed = {c.i for m in matches.values() if _frame_of(m) for c in m.token.children
                if c.dep_ in ("xcomp", "ccomp")}
    # what a permission allows has not happened ("allowed the opposition to hold a rally"): neither the
    # complement verb nor an event noun under it is an act of its own
    for m in matches.values():
        if m.entry.lemma in _PERMISSIONS:
            for c in m.token.children:
                if c.dep_ in ("xcomp", "ccomp"):
                    held = {t.i for t in c.subtree} & set(matches)
                    consumed.update(held)
                    absorbed.update(held)
    content = _content_clauses(matches)
    for i, m in sorted(matches.items()):
        tok = m.token
        if i in consumed:
            continue
        if i in content or (tok.dep_ == "conj" and tok.head.i in content):
            # "reiterated its demand that Israel ease restrictions": what is demanded has not happened
            consumed.add(i)
            absorbed.add(i)
            content.add(i)
            continue
        if m.entry.pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _TOPIC_PREPS \
                and _verbal_head(tok.head.head, matches):
            # "complained to the UN over two air raids", "thanked China for its assistance": what a
            # statement is about is its topic, reported (if at all) on its own
            consumed.add(i)
            continue
        if m.entry.pos == "NOUN" and tok.dep_ == "compound" and tok.head.i not in matches:
            consumed.add(i)  # "release date", "attack helicopters", "aid workers": a modifier, no event
            continue
        if m.entry.pos in ("NOUN", "VERB") and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and _violent(m) and tok.head.head.i in matches and _violent(matches[tok.head.head.i]):
            consumed.add(i)  # "were killed in a rocket attack": the attack is the killing, not a second act
            if matches[tok.head.head.i].entry.code == "190" and m.entry.code != "190":
                refined[tok.head.head.i] = m  # ... and says how: 194 shelling, 195 air strike
            continue
        if tok.dep_ == "conj" and tok.head.i in absorbed and not (tok.tag_ == "VBD" and tok.head.tag_ == "VB"):
            # (a past verb hung on an infinitive, "fired tear gas to break up a march and arrested 40",
            # is a second act of the main clause the parser attached to the purpose)
            consumed.add(i)  # "urged X to protect civilians and allow aid in": the second wish as well
            absorbed.add(i)
            continue
        if tok.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
            continue
        head = tok.head
        if tok.tag_ == "VBG" and tok.dep_ == "advcl" and m.entry.code and m.entry.code[:2] in _CLAIM_ROOTS:
            # "demonstrated in Kirkuk calling for independence", "blocked roads demanding ...": what a
            # protest asks for is its content, not a second event
            heads = [head] + [o for o in head.children if o.dep_ in ("dobj", "obj")]
            if any(h.i in matches and (matches[h.i].entry.code or "")[:2] == "14" for h in heads):
                consumed.add(i)
                continue
        if tok.tag_ == "VBG" and tok.dep_ == "advcl" and (m.entry.code or "")[:2] in _RIOT_PARTS \
                and head.i in matches and (matches[head.i].entry.code or "").startswith("145"):
            # "rioted at the jail, setting fire to mattresses": the damage done is the riot itself
            consumed.add(i)
            continue
        if tok.tag_ == "VBG" and tok.dep_ == "advcl" and (m.entry.code or "")[:2] == "14" \
                and head.i in matches and (matches[head.i].entry.code or "")[:2] == "14":
            # "protested outside the court, chanting slogans": the chanting is the protest, one act; a bare
            # 140 takes the participle's more specific code (141)
            consumed.add(i)
            if matches[head.i].entry.code == "140" and m.entry.code != "140":
                refined[head.i] = m
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        # "began a hunger strike to demand ...": the purpose of an event named by the verb's object
        head_is_event = head.i in event_heads or any(o.i in event_heads for o in head.children
                                                     if o.dep_ in ("dobj", "obj"))
        # "agreed to set up a commission to investigate ...": the purpose of an act that is only agreed,
        # promised or asked for (a frame's complement) has not happened either
        if (head_is_event or head.i in absorbed) and head.i != i:
            consumed.add(i)
            absorbed.add(i)
    return refined


# Prepositions that name what a statement is about, and the verbal roots that have such a topic: comments,
# appeals, praise, demands, disapproval, rejection, threats.
_TOPIC_PREPS = {"over", "about", "for"}
_VERBAL_ROOTS = {"01", "02", "05", "10", "11", "12", "13"}


def _verbal_head(head: Any, matches: dict[int, Match]) -> bool:
    """Whether a token is (or is the object that completes) a coded verbal act."""
    m = matches.get(head.i)
    if m is not None and (m.entry.code or "")[:2] in _VERBAL_ROOTS:
        return True
    return any(m.obj is not None and m.obj.i == head.i and (m.entry.code or "")[:2] in _VERBAL_ROOTS
               for m in matches.values())


# Roots whose clause content is asked for or threatened, not done: appeals, demands, threats.
_CONTENT_ROOTS = {"02", "10", "13"}


def _content_clauses(matches: dict[int, Match]) -> set[int]:
    """Clauses that state what an appeal, demand or threat asks for when it hangs off a noun: the act
    named by the noun ("its demand that X ease ...", "a call for X to ...") or the object of a frame verb
    ("demanded an admission that X murdered ..."). Verb complements are the frames' own business."""
    out: set[int] = set()
    for m in matches.values():
        code = m.entry.code
        if not code or not (m.entry.frame or code[:2] in _CONTENT_ROOTS):
            continue
        holders = [o for o in m.token.children if o.dep_ in ("dobj", "obj")]
        if m.obj is not None:
            holders.append(m.obj)
        if m.entry.pos == "NOUN" or not m.entry.frame:
            holders.append(m.token)  # "reiterated its demand today that X ...": the clause may hang off the verb
        for h in holders:
            out.update(c.i for c in h.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"))
    return out


def _complement_targets(tok: Any, frame: str, ctx: Ctx) -> list[Actor]:
    """Targets read off a frame's complement clause when the frame itself has none.

    "demanded that the US cancel ...": the complement's subject is addressed; "is ready to pull its
    forces out of X", "offered to negotiate with Armenia": the complement's object or
    prepositional target.
    """
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp", "advcl", "acl") or c.pos_ not in ("VERB", "AUX"):
            continue
        if frame in _ADDRESSEE_FRAMES and c.dep_ == "ccomp":
            subj, passive = subject_of(c, ctx.lex.speech_verbs)
            if subj is not None and not passive and subj.i > tok.i:
                found = [a for a in ctx.finder.actors(subj) if a.resolved]
                if found:
                    return found
        for o in objects_of(c):
            if o.dep_ != "nsubjpass":
                found = [a for a in ctx.finder.actors(o) if a.resolved]
                if found:
                    return found
        found = _targets_from_preps([c] + objects_of(c), _DEFAULT_TPREPS + ("from", "for"), ctx)
        found = [a for a in found if a.resolved]
        if found:
            return found
    return []


# Cooperative acts whose refusal CAMEO codes as a rejection (12x), via the 'refuse' composition.
REFUSABLE = {"03", "04", "05", "06", "07", "08"}


def negated_complement(comp: Any) -> bool:
    """Whether a frame's complement verb is negated ("vowed not to return")."""
    return any(c.dep_ == "neg" for c in comp.children)


def negated_intent(inner: str) -> str:
    """"vowed not to return the land", "pledged not to attack": a promise not to cooperate is a refusal
    (CAMEO 12), a promise not to use force an intent to de-escalate (0356), anything else a bare intent."""
    if inner[:2] in REFUSABLE:
        return compose("refuse", inner)
    if inner[:2] in ("15", "18", "19", "20"):
        return "0356"
    return "030"


_VIOLENT_ROOTS = {"13", "15", "17", "18", "19", "20"}
# Verbs that only lend a hand to the act in their complement ("helped to negotiate", "helped support").
_HELP_VERBS = {"help", "assist"}


def helps_act(tok: Any, lemma: str, matches: dict[int, Match]) -> bool:
    """Whether an aid verb's complement is the event: any coded act for "help" ("helped broker a deal"),
    an act of force for any aid verb ("helped to organise and carry out raids", "contributed to planning
    the massacres": a share in the violence, coded by the violence itself, not aid)."""
    # "helped Nepal deliver food": helping someone named is aid to them; only an unnamed help is the act
    any_act = lemma in _HELP_VERBS and not any(c.dep_ in ("dobj", "obj", "dative") for c in tok.children)
    heads = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if any_act and any(d.dep_ in ("nsubj", "nsubjpass") for h in heads for d in h.children):
        any_act = False
    heads += [o for p in prep_children(tok, "to") for o in pobjs_of(p)]
    heads = [h for h in heads if h.pos_ == "VERB"]  # an act, not the recipient ("aid to refugees")
    heads += [c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for h in heads:
        for t in [h] + [o for o in h.children if o.dep_ in ("dobj", "obj")]:
            m = matches.get(t.i)
            if m is not None and m.entry.code and (any_act or m.entry.code[:2] in _VIOLENT_ROOTS):
                return True
    return False

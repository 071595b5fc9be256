"""The event coder: one sentence's parse + the Actor layer -> coded events (or a reason why none).

Per sentence:
 1. every token is matched against the lexicon (one lemma lookup; `matching.py`);
 2. frame verbs ("agreed to", "called on X to", "threatened to", "refused to") absorb the trigger of their
    complement and compose its code (`codes.compose`); a verb whose object constraint matched ("imposed
    sanctions") absorbs the object noun; a light verb ("held talks") lends its subject to the noun;
 3. each remaining trigger gets source and target actors from the parse (`arguments.py`), a mode
    (`modality.py`), the reporting source ("..., officials said", "according to X"), a date and a place.
No match, or no resolved source, means no event: the trace says why (`extract --explain`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from ..model import ASSERTED, FUTURE, NEGATED, Actor, Article, Event, Sentence, Trigger
from .arguments import ActorFinder, core_span, is_pronoun, subject_of
from .codes import code_info, compose, future_code, plover_for
from .lexicon import Entry, Lexicon
from .matching import Match, match_token, objects_of, pobjs_of, prep_children
from .modality import governing_verb, is_refusal, modality

log = logging.getLogger(__name__)

__all__ = ["CoderOptions", "code_sentence"]

# Frame verbs that say nothing codable without a coded complement ("plans to ...").
_WEAK_FRAMES = {"plan", "intend", "decide", "hope", "aim", "seek", "want", "ready", "willing", "prepared",
                "determined", "eager", "keen", "commit", "undertake", "force", "offer", "readiness",
                "willingness", "press", "ask"}
_ADDRESSEE_FRAMES = {"appeal", "demand"}
_DEFAULT_TPREPS = ("against", "on", "upon", "with", "to", "into", "at", "toward", "towards")
# Roots whose place adjunct names the target when nothing else does ("protested in Beijing", "exercises in
# Alaska"): CAMEO codes the host country of a visit, protest, show of force or attack as its target.
_LOCATIVE_ROOTS = {"04", "14", "15", "18", "19", "20"}
# Cooperative acts whose "will not"/"would not" is a refusal (CAMEO 12x), via the 'refuse' composition.
_REFUSABLE = {"03", "04", "05", "06", "07", "08"}


@dataclass(frozen=True)
class CoderOptions:
    require_dyad: bool = False
    trace: bool = False


@dataclass
class _Ctx:
    article: Article
    sentence: Sentence
    lex: Lexicon
    finder: ActorFinder
    opts: CoderOptions
    trace: list[dict] = field(default_factory=list)

    def note(self, tok: Any, **info: Any) -> None:
        if self.opts.trace:
            self.trace.append({"trigger": tok.text, "start": tok.idx, **info})


# ---------------------------------------------------------------------------------------------- frames
def _complements(tok: Any) -> list[Any]:
    """Tokens that can carry a frame's complement event, nearest first."""
    out = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    out += [c for c in tok.children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)]
    out += [c for c in tok.children if c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children)]
    out += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "of", "to", "on", "upon"):
            for o in pobjs_of(p):
                out.append(o)
                out += [c for c in o.children if c.dep_ in ("xcomp", "acl", "relcl", "ccomp")]
    return out


def _frame_of(m: Match) -> str | None:
    frame = m.entry.frame
    if m.token.lemma_ == "want" and frame:
        return "appeal" if any(c.dep_ == "dobj" for c in m.token.children) else "intent"
    return frame


def _inner_code(comp: Any, matches: dict[int, Match], depth: int = 0) -> tuple[str | None, Match | None]:
    m = matches.get(comp.i)
    if m is None and comp.pos_ in ("VERB", "AUX"):
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
        if comp.lemma_ in _WEAK_FRAMES:
            return None, None
    return m.entry.code, m


# ------------------------------------------------------------------------------------------ arguments
def _reporter(tok: Any, ctx: _Ctx) -> tuple[str | None, Actor | None, Any]:
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
        if node.head is node:
            break
        node = node.head
    for t in tok.sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objs = pobjs_of(t.doc[t.i + 1]) or pobjs_of(t)
            if objs:
                return _phrase(objs[0], ctx), ctx.finder.actor(objs[0]), objs[0]
    return None, None, None


def _phrase(tok: Any, ctx: _Ctx) -> str:
    start, end = core_span(tok)
    return ctx.article.text[start:end]


def _targets_from_preps(holders: list[Any], preps: tuple[str, ...], ctx: _Ctx) -> list[Actor]:
    for word in preps:
        for h in holders:
            for p in prep_children(h, word):
                for o in pobjs_of(p):
                    found = ctx.finder.actors(o)
                    if found:
                        return found
    return []


def _verb_args(m: Match, ctx: _Ctx) -> tuple[list[Actor], list[Actor], Any]:
    tok, e = m.token, m.entry
    speech = ctx.lex.speech_verbs
    subj, passive = subject_of(tok, speech)
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
        subj_tok = None
    else:
        subj_tok = subj
        if subj is not None:
            sources = ctx.finder.actors(subj)
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
        if not targets and e.code and e.code[:2] in _LOCATIVE_ROOTS:
            targets = _targets_from_preps(holders, ("in", "between"), ctx)
    return sources, targets, subj_tok


def _noun_args(m: Match, ctx: _Ctx) -> tuple[list[Actor], list[Actor], Any, Any]:
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
    targets = _targets_from_preps(holders, e.tprep or _DEFAULT_TPREPS, ctx)
    if not targets and e.code and e.code[:2] in _LOCATIVE_ROOTS:
        targets = _targets_from_preps(holders, ("in", "between"), ctx)
    return sources, targets, subj_tok, light


# ------------------------------------------------------------------------------------------------ code
def code_sentence(article: Article, sentence: Sentence, sent: Any, lex: Lexicon, finder: ActorFinder,
                  opts: CoderOptions) -> tuple[list[Event], list[dict]]:
    """Code one sentence (`sent` is its spaCy span). Returns the events and, with opts.trace, a trace."""
    ctx = _Ctx(article, sentence, lex, finder, opts)
    matches: dict[int, Match] = {}
    for tok in sent:
        m = match_token(tok, lex)
        if m is not None:
            matches[tok.i] = m
    for tok in sent:
        # "X said Y must do Z" is a demand on Y: a verb of saying over a "must" clause acts as a demand frame
        if tok.lemma_ in lex.speech_verbs and tok.i not in matches:
            for c in tok.children:
                if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "must" for a in c.children):
                    entry = Entry(id=f"cur.v.{tok.lemma_}.must.100", pos="VERB", lemma=tok.lemma_, code="100",
                                  frame="demand", curated=True)
                    matches[tok.i] = Match(tok, entry)
                    break
    if not matches:
        ctx.note(sent[0], reason="no trigger in the lexicon")
        return [], ctx.trace
    consumed: set[int] = set()
    composed: dict[int, tuple[str, Match | None]] = {}
    for i, m in sorted(matches.items()):
        e = m.entry
        if e.code is None:
            consumed.add(i)
            ctx.note(m.token, entry=e.id, reason="pattern says: do not code")
            continue
        if m.obj is not None and m.obj.i in matches and lex.lemma(m.token) not in lex.light_verbs:
            consumed.add(m.obj.i)
        elif m.obj is not None and m.obj.i in matches and e.curated:
            consumed.add(m.obj.i)
        elif lex.lemma(m.token) in lex.light_verbs and not e.curated:
            if any(o.i in matches for o in objects_of(m.token)):
                consumed.add(i)  # "held talks": the noun is the event, not the light verb
                continue
        frame = _frame_of(m)
        if frame:
            for c in _complements(m.token):
                inner, im = _inner_code(c, matches)
                if inner:
                    composed[i] = (compose(frame, inner), im)
                    consumed.add(c.i)
                    if im is not None:
                        consumed.add(im.token.i)
                    break
    _consume_purposes(matches, consumed)
    events: list[Event] = []
    seen: set[tuple] = set()
    for i, m in sorted(matches.items()):
        if i in consumed:
            continue
        for ev in _events_for(m, composed.get(i), ctx):
            key = (ev.source.code if ev.source else None, ev.target.code if ev.target else None, ev.root,
                   ev.mode)
            if key in seen:
                continue
            seen.add(key)
            events.append(ev)
    return events, ctx.trace


def _consume_purposes(matches: dict[int, Match], consumed: set[int]) -> None:
    """An infinitive of purpose or complement under another event is part of that event, not an act of
    its own: "met X to discuss", "offered troops to help him", "pressed by Y to help Iran", "gave
    permission to Russia to help". It has not happened (yet), so it is not coded separately."""
    event_heads = {i for i, m in matches.items() if m.entry.code}
    event_heads |= {m.obj.i for m in matches.values() if m.obj is not None and m.entry.code}
    for i, m in matches.items():
        tok = m.token
        if i in consumed or tok.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        if tok.head.i in event_heads and tok.head.i != i:
            consumed.add(i)


def _events_for(m: Match, comp: tuple[str, Match | None] | None, ctx: _Ctx) -> list[Event]:
    tok, e = m.token, m.entry
    frame = _frame_of(m)
    code = e.code
    inner_m = None
    if comp is not None:
        code, inner_m = comp
    elif frame and (tok.lemma_ in _WEAK_FRAMES or frame == "intent" and e.pos == "ADJ"):
        ctx.note(tok, entry=e.id, reason=f"'{frame}' frame without a coded complement")
        return []
    assert code is not None
    light = None
    if e.pos == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "compound"):
        sources, targets, subj_tok, light = _noun_args(m, ctx)  # a gerund used as a noun: "tank shelling"
    elif e.pos == "VERB":
        sources, targets, subj_tok = _verb_args(m, ctx)
    elif e.pos == "ADJ":
        verb = tok.head if tok.dep_ in ("acomp", "amod") else tok
        sources, _t, subj_tok = _verb_args(Match(verb, e), ctx)
        targets = []
    else:
        sources, targets, subj_tok, light = _noun_args(m, ctx)
    if inner_m is not None and frame in _ADDRESSEE_FRAMES and not targets and inner_m.entry.pos == "VERB":
        # "demanded that Russia withdraw": the addressee is the complement's subject
        isubj, ipassive = subject_of(inner_m.token, ctx.lex.speech_verbs)
        if isubj is not None and not ipassive and inner_m.token.dep_ == "ccomp":
            targets = [a for a in ctx.finder.actors(isubj) if a.resolved]
    if inner_m is not None and (not targets or (frame not in _ADDRESSEE_FRAMES)):
        inner_targets = (_verb_args(inner_m, ctx)[1] if inner_m.entry.pos == "VERB"
                         else _noun_args(inner_m, ctx)[1])
        if inner_targets and (frame not in _ADDRESSEE_FRAMES or not targets):
            targets = inner_targets
    if frame and not any(a.resolved for a in targets):
        targets = _complement_targets(tok, frame, ctx) or targets
    reporter, reporter_actor, reporter_tok = _reporter(tok, ctx)
    if subj_tok is not None and is_pronoun(subj_tok) and not any(a.resolved for a in sources) \
            and reporter_actor is not None and reporter_actor.resolved:
        sources = [reporter_actor]  # "Obama said he would ...": the pronoun is the speaker
    sources = [a for a in sources if a.resolved]
    if not sources:
        ctx.note(tok, entry=e.id, code=code, reason="no resolved source actor")
        return []
    resolved_targets = [a for a in targets if a.resolved]
    if ctx.opts.require_dyad and not resolved_targets:
        ctx.note(tok, entry=e.id, code=code, reason="no resolved target (coding.require_dyad)")
        return []
    mode, why = modality(light if light is not None else tok, ctx.lex.speech_verbs)
    if mode == NEGATED and code[:2] in _REFUSABLE and is_refusal(light if light is not None else tok):
        code, mode, why = compose("refuse", code), ASSERTED, "refusal ('will not', 'would not')"
    if mode == FUTURE:
        code = future_code(code)
    pairs = _pairs(sources, resolved_targets or targets, e.recip)
    out = []
    info = code_info(code)
    trigger = Trigger(tok.text, tok.idx, tok.idx + len(tok.text))
    date, precision, date_source = _date(ctx, tok.idx)
    place = _place(ctx, tok.idx)
    pattern = e.id if comp is None else f"{e.id}>{inner_m.entry.id if inner_m else code}"
    if light is not None:
        pattern = f"{ctx.lex.lemma(light)}+{pattern}"
    for src, tgt in pairs:
        if tgt is not None and (tgt.start, tgt.end) == (src.start, src.end):
            tgt = None
        out.append(Event(
            source=src, target=tgt if (tgt is None or tgt.resolved or not ctx.opts.require_dyad) else None,
            cameo=code, root=info.root, goldstein=info.goldstein, quad_class=info.quad_class,
            trigger=trigger, evidence=ctx.sentence, plover=plover_for(code), mode=mode, date=date,
            date_precision=precision, date_source=date_source, place=place,
            reported_by=reporter if reporter_tok is not None and reporter_tok.i != (subj_tok.i if subj_tok is not None else -1) else None,
            reported_by_actor=reporter_actor if reporter_actor is not None and reporter_actor.resolved else None,
            pattern=pattern))
    ctx.note(tok, entry=e.id, code=code, mode=mode, mode_reason=why,
             source=[a.text for a in sources], target=[a.text for a in targets], reported_by=reporter,
             reason="coded" if out else "no actor pair")
    return out


def _complement_targets(tok: Any, frame: str, ctx: _Ctx) -> list[Actor]:
    """Targets read off a frame's complement clause when the frame itself has none.

    "demanded that the US cancel ...": the complement's subject is addressed; "is willing to withdraw
    its troops from Lebanon", "offered to negotiate with Armenia": the complement's object or
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


def _modifier_actor(tok: Any, ctx: _Ctx) -> Actor | None:
    return ctx.finder.modifier_actor(tok)


def _date(ctx: _Ctx, start: int) -> tuple[str | None, str | None, str]:
    try:
        from ..extract.times import event_date
    except ImportError:
        event_date = None
    if event_date is not None:
        try:
            return event_date(ctx.article, ctx.sentence, start)
        except Exception:  # noqa: BLE001 - a date bug must not lose the event
            log.debug("event_date failed", exc_info=True)
    return ctx.article.published, ("day" if ctx.article.published else None), "published"


def _place(ctx: _Ctx, start: int):
    try:
        from ..extract.places import event_place
    except ImportError:
        return None
    try:
        return event_place(ctx.article, ctx.sentence, start)
    except Exception:  # noqa: BLE001
        log.debug("event_place failed", exc_info=True)
        return None


ASSERTED_MODES = (ASSERTED, FUTURE)

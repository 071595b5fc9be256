"""The event coder: one sentence's parse + the Actor layer -> coded events (or a reason why none).

Per sentence:
 1. every token is matched against the lexicon (one lemma lookup; `matching.py`);
 2. frame verbs (`frames.py`: "agreed to", "called on X to", "refused to") absorb their complement's
    trigger and compose its code (`codes.compose`); a verb whose object constraint matched ("imposed
    sanctions") absorbs the object noun; a light verb ("held talks") lends its subject to the noun;
 3. each remaining trigger gets source and target actors from the parse (`roles.py`, `arguments.py`), a mode
    (`modality.py`), the reporting source ("..., officials said", "according to X"), a date and a place.
No match, or no resolved source, means no event: the trace says why (`extract --explain`).
"""

from __future__ import annotations

import logging
from typing import Any

from ..model import ASSERTED, FUTURE, Article, Event, Sentence, Trigger
from .arguments import ActorFinder, subject_of
from .sources import acts_itself, pronoun_speakers
from .codes import code_info, compose, intent_code, plover_for
from .context import CoderOptions, Ctx
from .headlines import headline_passive
from .frames import (_ADDRESSEE_FRAMES, _PERMISSIONS, _WEAK_FRAMES, _complement_targets, _complements,
                     _consume_purposes, _frame_of, _inner_code, other_party, helps_act, negated_complement,
                     negated_intent, asks_to_act, uncoded_complement)
from .lexicon import Entry, Lexicon
from ..nlp_cache import token_table, tokens
from .matching import Match, match_token, objects_of, pobjs_of, prep_children, trigger_memo
from .modality import demanding_must, is_background
from .mode_rules import settle_mode
from .allegations import ACCUSE_CODE, ALLEGE_VERBS, accusations, accused, out_of_question
from .claims import issuer
from .domestic import domestic_targets
from .roles import _noun_args, _pairs, _targets_from_preps, _verb_args, attack_targets
from .parties import (TOPIC_VERBS, asked_about, between_pair, broker_roles, claim_targets, clause_conjuncts,
                      clause_subjects, condition_subjects, debtors, expand_groups, hyphen_pair,
                      in_session, joint_sources, military, misparsed_subjects, not_own, outside_object,
                      own_people, participle_agent, place_actor, purpose_targets, talk_venues, topic, venue)
from .reporter import according_to_of, report_layer, reporter_of
from .arrests import arrest_code
from .relief import aid_recipient, relief_code
from .sense import (BODY_VERBS, aerial_code, aimed_measure, background_relative, blocked_content, body_left,
                    expulsion_code, left_body, measure_content, ordered_custody, state_as_act, warning_code)
from .linked import paired_events, without_elaborations, without_tolls, without_untargeted_repeats
from .when import event_when
from .crowd_acts import crowd_source, happening_anchor
from .state_acts import state_source
from .unattributed import instrument_anchors, placed_not_acting, unattributed_source
from .victims import victims_where_struck
from .targets import (acted_place, attended_visit, border_targets, host_place, noun_args, protest_violence,
                      serving_abroad)

log = logging.getLogger(__name__)

__all__ = ["CoderOptions", "code_sentence"]

_CLOSERS = {".", "!", "?", '"', "'", "”"}  # how a sentence, unlike a headline, ends
_FORCE_ROOTS = {"17", "18", "19", "20"}  # coercion and violence
_VIOLENT_ROOTS = {"18", "19", "20"}
_OPPOSE_VERBS = {"oppose"}
# Complements of "declined to ...", "refused to ..." that make it a declined comment (011).
_COMMENT_VERBS = {"comment", "elaborate", "confirm", "speculate", "say"}
_ANONYMITY = {"name", "identify"}
# Verbs that say an act answers another; "by <doing>" names the act itself.
_RESPONSE_VERBS = {"retaliate", "respond", "react", "reply", "hit", "strike", "counter"}
# Frame verbs that, with an event noun as object, perform it rather than promise it ("undertook a
# mission" vs "undertook to withdraw").
_DOING_FRAMES = {"undertake"}
# Nouns that name a standing state rather than an act: coded only as the object of a light verb
# ("waged war", "sparked unrest") or as the subject of a verb ("war broke out").
_STATE_NOUNS = {"war", "unrest", "hostilities", "conflict", "crisis", "occupation"}
# Cooperation that conjoined sources with no other target extend to each other; not aid (033) or reform (034)
# they intend, which goes to a third party ("Mali and Niger will send reinforcements to the border").
_MUTUAL_ROOTS, _ONE_WAY = {"03", "04", "05", "06"}, ("045", "039", "033", "034")
# Mediation (045; intent to mediate, 039) is between third parties: co-mediators are no pair.
_THIRD_PARTY_CODES = {"045", "039"}
# Frames whose complement is what someone else is asked to do, never the speaker's own act.
_CONTENT_FRAMES = {"appeal", "demand"}
# Nouns of military exercises: a show of force (150) by one side, military cooperation (062) by two.
_DRILLS = {"exercise", "drill", "game", "maneuver", "maneuvers", "manoeuvres"}
# Roots whose place (from the places layer) is the target when no actor is: CAMEO codes the host country
# of a visit, protest, show of force or attack as its target ("demonstrated in Kirkuk" -> Iraq).
_HOST_ROOTS = {"04", "14", "15", "18", "19", "20"}
# claiming an attack, condolences for a tragedy: aimed at the country where it happened
_AFTERMATH_CODES = {"015", "018"}


# ------------------------------------------------------------------------------------------------ code
def code_sentence(article: Article, sentence: Sentence, sent: Any, lex: Lexicon, finder: ActorFinder,
                  opts: CoderOptions) -> tuple[list[Event], list[dict]]:
    """Code one sentence (`sent` is its spaCy span). Returns the events and, with opts.trace, a trace."""
    ctx = Ctx(article, sentence, lex, finder, opts)
    matches: dict[int, Match] = {}
    doc = sent.doc
    table = tokens(article) if article.doc is doc else token_table(doc)
    last = next((i for i in range(sent.end - 1, sent.start - 1, -1) if not table.is_space[i]), sent.start)
    headline = table.text[last] not in _CLOSERS  # "Malaysia Denounces ...": a noun-tagged verb may be one
    may = trigger_memo(lex)
    for i in range(sent.start, sent.end):
        # Most tokens cannot trigger anything: skip them on the shared token table, without creating a
        # spaCy Token, by a memo of the lexicon's answer per distinct word (matching.trigger_memo).
        if not may[(table.pos[i], table.lemma[i], table.lower[i], table.tag[i], headline)]:
            continue  # match_token would find no candidate entry
        tok = doc[i]
        if tok.ent_type_ in ("DATE", "TIME") and tok.pos_ in ("NOUN", "PROPN"):
            continue  # "last March", "the May 1 rally" date: a month name or date is no event
        m = match_token(tok, lex)
        if m is not None:
            matches[tok.i] = m
    for i in range(sent.start, sent.end):
        if table.lemma[i] in BODY_VERBS and i not in matches and table.pos[i] == "VERB":
            left = body_left(doc[i], finder)  # "Burkina Faso quit ECOWAS": 160 (sense.py)
            if left is not None:
                matches[i] = left
    speech = lex.speech_verbs
    rejected: dict[int, tuple[str, Match]] = {}
    for tok in (doc[i] for i in range(sent.start, sent.end)
                if table.lemma[i] in speech or table.lemma[i] in lex.light_verbs):
        # "X said Y must do Z" is a demand on Y: a verb of saying over a "must" clause acts as a demand
        # frame; so does a statement issued ("issued a reminder that Y must ..."), the clause under its object
        if (tok.lemma_ in lex.speech_verbs or tok.lemma_ in lex.light_verbs) and tok.i not in matches:
            clauses = [c for c in tok.children if c.dep_ == "ccomp"] if tok.lemma_ in lex.speech_verbs else []
            clauses += [c for o in tok.children if o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN"
                        and o.i not in matches for c in o.children if c.dep_ in ("acl", "ccomp")]
            for c in clauses:
                held = out_of_question(c, matches)
                if held is not None:  # "said lifting the sanctions is out of the question": a rejection
                    entry = Entry(id=f"cur.v.{tok.lemma_}.out_of_question.120", pos="VERB", lemma=tok.lemma_,
                                  code="120", frame="refuse", curated=True)
                    matches[tok.i] = Match(tok, entry)
                    rejected[tok.i] = (compose("refuse", held.entry.code), held)
                    break
                if demanding_must(c):  # not a step still to come: "must still approve it" (modality.py)
                    entry = Entry(id=f"cur.v.{tok.lemma_}.must.100", pos="VERB", lemma=tok.lemma_, code="100",
                                  frame="demand", curated=True)
                    matches[tok.i] = Match(tok, entry)
                    break
    if not matches:
        ctx.note(sent[0], reason="no trigger in the lexicon")
        return [], ctx.trace
    consumed: set[int] = {m.token.i for _c, m in rejected.values()}
    composed: dict[int, tuple[str, Match | None]] = dict(rejected)
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
        objs = [o for o in objects_of(m.token) if o.dep_ in ("dobj", "obj")]
        if (e.code or "")[:2] == "07" and e.pos == "VERB" and helps_act(m.token, e.lemma, matches):
            consumed.add(i)  # "helped to plan the killings", "helped support X": the act helped is the event
            continue
        if e.lemma in _RESPONSE_VERBS and any(o.i in matches for p in prep_children(m.token, "by")
                                              for o in pobjs_of(p)):
            consumed.add(i)  # "retaliated by imposing duties": the means is the act (163), not a battle
            continue
        doing = lex.lemma(m.token) in _DOING_FRAMES
        if doing and any(matches[o.i].entry.code for o in objs if o.i in matches):
            consumed.add(i)  # "undertook a mediation mission": undertaking a named act is doing it
            continue
        frame = _frame_of(m)
        if i in rejected:
            continue  # composed above from the clause it rejects
        if frame == "refuse" and any(c.lemma_.lower() in _COMMENT_VERBS for c in m.token.children
                                     if c.dep_ == "xcomp"):
            composed[i] = ("011", None)  # "declined to comment": CAMEO 011, not a rejection of anything
            continue
        if frame == "refuse" and any(c.lemma_.lower() in _ANONYMITY for c in m.token.children if c.dep_ == "xcomp"):
            consumed.add(i)  # "officials who declined to be named": a source's anonymity, no act
            ctx.note(m.token, entry=e.id, reason="a source declining to be named: no event")
            continue
        if frame == "demand" and (expel := expulsion_code(m.token)) is not None \
                and not own_people(m.token, expel[1], ctx):
            composed[i] = (expel[0], None)  # "ordered French troops to leave": an expulsion (sense.py)
            continue
        if not frame and e.lemma in _OPPOSE_VERBS:
            # "opposed the deployment", "is opposed to French mediation": the opposed act has not happened,
            # and opposing it is rejecting it (CAMEO 12x)
            held = objs + [o for p in prep_children(m.token, "to") for o in pobjs_of(p)]
            om = next((matches[o.i] for o in held if o.i in matches and matches[o.i].entry.code
                       and matches[o.i].entry.pos == "NOUN" and not matches[o.i].entry.frame), None)
            if om is not None:
                composed[i] = (compose("refuse", om.entry.code), om)
                consumed.add(om.token.i)
        if frame:
            comps = _complements(m.token)
            if frame in _CONTENT_FRAMES:
                comps += [k for c in comps for k in clause_conjuncts(c)]
                # "called on all parties to protect civilians and allow aid in": every conjunct of what is
                # asked is the addressee's act, so none is coded as the asker's own
                consumed.update(k.i for k in comps if k.dep_ == "conj" and k.i in matches)
            for c in comps:
                if frame == "intent" and other_party(c, m.token, ctx):
                    continue  # "hoped officials would be indicted" is no intent of the hoper's
                if uncoded_complement(m, c, matches):
                    consumed.add(i)  # "pledged to defend its sovereignty": no event promised, so no 030
                    ctx.note(m.token, entry=e.id, reason="complement the lexicon codes as no event")
                    break
                inner, im = _inner_code(c, matches)
                if inner:
                    composed[i] = (negated_intent(inner) if frame == "intent" and negated_complement(c)
                                   else intent_code(inner) if frame == "intent"
                                   # "ordered an investigation": the order starts the act, which is the
                                   # orderer's own; "ordered X to investigate" demands it of X
                                   else inner if e.lemma == "order" and (c.pos_ in ("NOUN", "PROPN")
                                                                          or ordered_custody(c))
                                   else compose(frame, inner), im)
                    consumed.add(c.i)
                    if im is not None:
                        consumed.add(im.token.i)
                        if im.obj is not None and im.obj.i in matches:
                            consumed.add(im.obj.i)  # "threatened to hold a strike": the strike is promised
                    break
    for vi, noun in _consume_purposes(matches, consumed).items():
        composed.setdefault(vi, (noun.entry.code, None))  # the code only: the victims stay the verb's
    events: list[Event] = []
    seen: set[tuple] = set()
    by_token: dict[int, list[Event]] = {}
    for i, m in sorted(matches.items()):
        if i in consumed:
            continue
        for ev in _events_for(m, composed.get(i), ctx):
            key = (ev.source.code if ev.source else None, ev.target.code if ev.target else None, ev.cameo,
                   ev.mode)
            if key in seen:
                continue
            seen.add(key)
            events.append(ev)
            by_token.setdefault(i, []).append(ev)
    events = without_tolls(events, by_token, matches, ctx.trace)  # "shelled X, killing 15": one attack
    events = without_elaborations(events, by_token, matches)  # "adopted sanctions, adding 200 firms": one
    events = without_untargeted_repeats(events, matches, ctx.trace)  # "set up ties with and opened a mission"
    for ev in paired_events(events):
        key = (ev.source.code if ev.source else None, ev.target.code if ev.target else None, ev.root, ev.mode)
        if key not in seen:
            seen.add(key)
            events.append(ev)
    return events, ctx.trace


def _events_for(m: Match, comp: tuple[str, Match | None] | None, ctx: Ctx) -> list[Event]:
    tok, e = m.token, m.entry
    frame = _frame_of(m)
    code = e.code
    inner_m = None
    if comp is not None:
        code, inner_m = comp
    elif frame and (e.lemma in _WEAK_FRAMES or frame == "intent" and e.pos == "ADJ") and not asks_to_act(m):
        ctx.note(tok, entry=e.id, reason=f"'{frame}' frame without a coded complement")
        return []
    assert code is not None
    light = None
    if e.pos == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and comp is None \
            and not acts_itself(tok) and not headline_passive(tok, e.lemma):
        # "the civilians imprisoned for ...", "the agreement signed in March": a participle that describes
        # a noun names a past act in passing, with no one who did it
        ctx.note(tok, entry=e.id, code=code, reason="participle describing a noun")
        return []
    if blocked_content(tok) or measure_content(tok) or e.pos == "VERB" and comp is None \
            and background_relative(tok):
        # "vetoed a resolution condemning X" (never passed), "U.N. sanctions that ban military dealings",
        # "China, which has invested in ...": a blocked text, a standing measure, a party described (sense.py)
        ctx.note(tok, entry=e.id, code=code, reason="blocked text, standing measure or a party described")
        return []
    if comp is None and aimed_measure(tok, e.lemma):
        # "imposed sanctions on X, targeting its exports": the measure is the event (sense.py)
        ctx.note(tok, entry=e.id, code=code, reason="what a measure aims at, not force")
        return []
    code = warning_code(tok, e.lemma, code)  # "warned that the situation had worsened": 012, not 130
    code = relief_code(tok, aerial_code(tok, arrest_code(tok, code)))  # warplanes: 195; rescue teams: 073
    if e.pos == "NOUN" and comp is None and is_background(tok):
        # "since last month's invasion", "on the eve of a visit by X", "after two days of fighting": an
        # event named as the time of another is background, reported (if at all) in its own sentence
        ctx.note(tok, entry=e.id, code=code, reason="background event in a time phrase")
        return []
    if e.pos == "NOUN" and ctx.lex.lemma(tok) in _STATE_NOUNS and comp is None and not state_as_act(tok, ctx.lex):
        # "its war with Iraq", "a week of unrest": a standing state named in passing, not a new act
        ctx.note(tok, entry=e.id, code=code, reason="state noun without an act verb")
        return []
    if e.pos == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "compound"):
        sources, targets, subj_tok, light = _noun_args(m, ctx)  # a gerund used as a noun: "tank shelling"
    elif e.pos == "VERB":
        sources, targets, subj_tok = _verb_args(m, ctx)
        if code == "045" and (brokered := broker_roles(tok, ctx)) is not None:
            sources, targets = brokered  # "in a swap mediated by the UAE": between the swap's parties
    elif e.pos == "ADJ":
        verb = tok.head if tok.dep_ in ("acomp", "amod") else tok
        sources, _t, subj_tok = _verb_args(Match(verb, e), ctx)
        targets = []
    else:
        sources, targets, subj_tok, light = noun_args(m, ctx)  # targets.py: "X faces pressure from Y"
        if e.recip and (pair := hyphen_pair(tok, ctx) or between_pair(tok, ctx, code, sources)) is not None:
            sources, targets = [pair[0]], [pair[1]]  # "Israel-Hezbollah clashes", "fighting between X and Y"
    sources, targets = expand_groups(sources), expand_groups(targets)  # "both sides agreed": the two
    if inner_m is not None and frame in _ADDRESSEE_FRAMES and not targets and inner_m.entry.pos == "VERB":
        # "demanded that Russia withdraw": the addressee is the complement's subject
        isubj, ipassive = subject_of(inner_m.token, ctx.lex.speech_verbs)
        if isubj is not None and not ipassive and inner_m.token.dep_ == "ccomp":
            targets = [a for a in ctx.finder.actors(isubj) if a.resolved]
    if e.lemma in _PERMISSIONS and not any(a.resolved for a in targets):
        # "allowed the opposition leader to hold a rally": the one allowed (the complement's subject)
        targets = clause_subjects(tok, ctx, ("ccomp", "xcomp")) or targets
    if frame in _ADDRESSEE_FRAMES and not targets:
        # "demanded that the US match X's support for Y": the addressee is the clause's subject, even when
        # the complement's own event is a noun with a target of its own
        targets = clause_subjects(tok, ctx)
    if not frame and code[:2] in ("02", "10") and not any(a.resolved for a in targets):
        # "reiterated its demand that Israel ease ...": the clause under the demand names the addressee
        for holder in [tok] + [o for o in tok.children if o.dep_ in ("dobj", "obj")]:
            targets = clause_subjects(holder, ctx, ("ccomp", "acl")) or targets
    if inner_m is not None and (not targets or (frame not in _ADDRESSEE_FRAMES)):
        inner_targets = (_verb_args(inner_m, ctx)[1] if inner_m.entry.pos == "VERB"
                         else _noun_args(inner_m, ctx)[1])
        if inner_targets and (frame not in _ADDRESSEE_FRAMES or not targets):
            targets = expand_groups(inner_targets)  # "offered to host talks between the two sides"
    if frame and not any(a.resolved for a in targets) and not (frame in _ADDRESSEE_FRAMES and targets):
        # (an appeal to an unnamed addressee, "called on all parties to protect civilians", is not aimed at
        # what it asks about: the civilians are no addressee)
        targets = _complement_targets(tok, frame, ctx) or targets
    if code[:2] in ("02", "10") and not any(a.resolved for a in targets):
        targets = asked_about(m, ctx) or targets  # "called for the release of X": X (parties.py)
    if not frame and code[:2] in _FORCE_ROOTS and not any(a.resolved for a in targets):
        targets = purpose_targets(tok, ctx) or targets
        toll = tok.head if tok.dep_ == "conj" and tok.tag_ == "VBG" else tok  # "killing or wounding 50"
        if not any(a.resolved for a in targets) and toll.dep_ == "advcl" and toll.tag_ == "VBG" \
                and code[:2] in _VIOLENT_ROOTS:
            # "launched rocket fire against X, killing 30", "opened fire to disperse X, killing one": the toll
            # of an attack is suffered by the attack's target
            targets = attack_targets(toll.head, ctx) or purpose_targets(toll.head, ctx) or targets
    if code[:2] == "13" and not any(a.resolved for a in targets):
        targets = condition_subjects(tok, ctx) or targets
    reporter, reporter_actor, reporter_tok = reporter_of(tok, ctx)
    sources = pronoun_speakers(subj_tok, sources, reporter_actor, reporter_tok, ctx)  # "X said he would"
    named, sources = sources, [a for a in sources if a.resolved]
    if not sources and subj_tok is not None and (doc_issuer := issuer(subj_tok, ctx)) is not None:
        sources = [doc_issuer]  # "a report released in <capital> alleged": a document speaks for its issuer
    if not sources and e.pos == "VERB":
        sources = misparsed_subjects(tok, ctx)  # "According to state media, X and Y signed ..." (parties.py)
    if e.pos == "VERB" and e.lemma in ALLEGE_VERBS and code[:2] == "11" and not any(a.resolved for a in targets):
        # "X alleged that Y ...", "..., X alleged": the one the allegation is about is accused (112)
        taken = {(a.start, a.end) for a in sources}
        found = [a for a in accused(tok, ctx) if (a.start, a.end) not in taken]
        if found:
            targets, code = found, ACCUSE_CODE
    if ctx.opts.unattributed_violence and code[:2] in _VIOLENT_ROOTS:
        sources = placed_not_acting(tok, subj_tok, sources)  # "the bombing in Kabul killed": not Kabul's
    if not sources and (ctx.opts.unattributed_violence or ctx.opts.state_acts or ctx.opts.crowd_acts):
        # "a roadside bomb killed two soldiers near Samarra": an unidentified armed actor of the place's
        # country (unattributed.py); "a curfew was imposed in Mombasa": that place's state (state_acts.py);
        # "hundreds marched through Lima": that place's protesters (crowd_acts.py)
        where = host_place(ctx, tok, (light, m.obj, inner_m.token if inner_m is not None else None,
                                      *instrument_anchors(tok), *happening_anchor(tok)))
        text = ctx.article.text
        unnamed = (unattributed_source(code, tok, subj_tok, where, text) if ctx.opts.unattributed_violence
                   else None) or (state_source(code, tok, subj_tok, named, where, text) if ctx.opts.state_acts
                                  else None) or (
            crowd_source(code, tok, subj_tok, named, where, text) if ctx.opts.crowd_acts else None)
        sources = [unnamed] if unnamed is not None else []
    if not sources:
        ctx.note(tok, entry=e.id, code=code, reason="no resolved source actor")
        return []
    if e.pos == "NOUN" and comp is None and all(participle_agent(a, tok) for a in sources):
        # "a truce brokered by Qatar, Egypt and the United States": the brokers mediated (045); the truce
        # is the parties' own, and they are not named here
        code, targets, recip_broker = "045", [], True
    else:
        recip_broker = False
    if code == "040" and e.lemma == "meet" and len(sources) == 1 and not any(a.resolved for a in targets) \
            and in_session(tok, subj_tok):
        ctx.note(tok, entry=e.id, code=code, reason="one body meeting in session: no partner, no event")
        return []
    if code == "042" and all(military(a) for a in sources):
        # troops "arriving in" a country are deployed, not visiting: peacekeepers are CAMEO 074
        # (peacekeeping), other forces are left to the rest of the sentence
        if not any("peacekeep" in a.text.lower() for a in sources):
            ctx.note(tok, entry=e.id, code=code, reason="armed forces arriving: a deployment, not a visit")
            return []
        code = "074"
    riot = protest_violence(code, sources, tok)  # rioters' destruction or force is a riot (145)
    # "rioters clashed with police": the crowd riots; the police do not riot back (no reciprocal 145)
    recip, code = e.recip and riot == code and not recip_broker, riot
    drills = e.lemma in _DRILLS or (m.obj is not None and ctx.lex.lemma(m.obj) in _DRILLS)  # "held drills"
    if code == "150" and drills and len({a.country for a in sources if a.country}) > 1:
        # "French and Egyptian warships launched war games": exercises held by forces of two countries
        # together are military cooperation, coded both ways (CAMEO 062 usage notes)
        code, recip = "062", True
        # a place ("in the Arabian Sea", "in the Gulf of Oman") is no partner
        targets = [a for a in targets if a.resolved and not venue(a, tok)]
    own = {a.country for a in sources}
    # "Qatar hosted talks in Doha": a source's own capital named as a place is the venue, not a party
    # (nor a mediator's venue: "mediated talks in Doha")
    # (nor, with two parties named, a place talks are held in: parties.talk_venues)
    targets = talk_venues([a for a in targets if not (a.resolved_by == "metonym" and venue(a, tok) and (
        a.country in own or code in _THIRD_PARTY_CODES)) and not participle_agent(a, tok)  # "mediated by X"
        and not topic(a, tok)], sources, tok, code)  # "discussed Ukraine with Xi": Ukraine is the topic
    if not any(a.resolved for a in targets) and e.tprep and e.pos == "VERB" \
            and tok.lemma_.lower() in TOPIC_VERBS:
        # ... and Xi the partner (the parser may hang "with Xi" off the topic)
        targets = _targets_from_preps([tok] + objects_of(tok), tuple(e.tprep), ctx) or targets
    if code[:2] in ("03", "07") or code in ("153", "154"):  # "pledged troops", "deployed troops": no target
        held = [m.obj] + ([inner_m.obj] if inner_m is not None else [])
        for o in held:
            targets = outside_object(targets, o, through_of=False)
    resolved_targets = [a for a in targets if a.resolved]
    if code == "100" and e.lemma == "order" and comp is None and resolved_targets \
            and all(military(a) and a.country in own for a in resolved_targets):
        # "ordered troops to the border with X": sending one's own forces is a deployment (154), aimed at
        # where they go (border_targets, the host place), not an order to oneself
        code, targets, resolved_targets = "154", [], []
        if expulsion_code(tok) is not None:
            code = "0874"  # "ordered its troops to leave the city": a withdrawal of one's own forces
    targets = not_own(targets, own, code)  # "recalled its ambassador": the source's own people are no target
    resolved_targets = [a for a in resolved_targets if a in targets]
    if joint_sources(tok, code, sources, resolved_targets, code[:2] in _MUTUAL_ROOTS
                     and not code.startswith(_ONE_WAY)):
        # "X and Y want to strengthen their partnership": cooperation between the conjoined sources
        # themselves, coded both ways as CAMEO does for joint acts; a target that is one of the sources
        # ("Iran and the IAEA agreed to resume talks on Tehran's nuclear sites") is a topic, not a third party
        recip, targets, resolved_targets = True, [], []
    if ctx.opts.require_dyad and not resolved_targets:
        ctx.note(tok, entry=e.id, code=code, reason="no resolved target (coding.require_dyad)")
        return []
    own_words = reporter_actor is not None and reporter_actor.resolved and reporter_tok is not None \
        and any(a.code == reporter_actor.code for a in sources)
    code, mode, why = settle_mode(code, tok, light, frame == "intent" and comp is not None, ctx, own_words)
    if code[:2] == "13" and not resolved_targets:  # "will respond with force if Kyiv strikes": a threat to Kyiv
        resolved_targets = [a for a in condition_subjects(tok, ctx) if a.resolved]
    if not resolved_targets and code[:2] == "14":
        resolved_targets = claim_targets([tok] + ([light] if light is not None else []), sources, ctx)
    place = host_place(ctx, tok, (light, m.obj, inner_m.token if inner_m is not None else None))
    resolved_targets = victims_where_struck(code, sources, resolved_targets, place)  # victims.py
    if not resolved_targets and (code[:2] in _HOST_ROOTS or code in _AFTERMATH_CODES) and not e.recip \
            and code not in _THIRD_PARTY_CODES \
            and not serving_abroad(targets):  # "attacked peacekeepers near X": not X's (targets.py)
        host = place_actor(place)
        # "demonstrated in Kirkuk", "killed three people in Basra": the host country; talks held at home
        # name no guest
        if host is not None and not (code[:2] == "04" and host.country in own) and not topic(host, tok):
            resolved_targets = [host]
    if code.startswith("087") and not resolved_targets:  # "pulled out of the WHO": the body left
        left = [a for a in _targets_from_preps([tok] + prep_children(tok, "out"), ("from", "of"), ctx)
                if a.resolved]
        if left and all((a.country or "").startswith("IGO") for a in left):
            resolved_targets = left
    code = left_body(tok, code, [a.country or "" for a in resolved_targets])  # "withdrawal from ECOWAS": 160
    if code == "172" and resolved_targets and not any(a.country in own for a in resolved_targets):
        code = "163"  # "imposed visa restrictions on Georgian officials": a sanction on another state's people
    if code[:3] in ("071", "033") and not resolved_targets:
        resolved_targets = debtors(tok, inner_m, ctx)  # "agreed to forgive millions owed by Haiti"
    if (visit := attended_visit(tok, code, sources, resolved_targets, ctx)) is not None:
        code, resolved_targets = visit  # "attended the Tokyo Olympics": a visit to Japan (042)
    if not resolved_targets and not e.recip:  # "massed troops on its border with X": X (targets.py)
        resolved_targets = border_targets(light if light is not None else tok, code, sources, ctx)
    if not resolved_targets and not e.recip:  # "police arrested 12", "workers went on strike": see roles
        resolved_targets = domestic_targets(code, sources, tok, targets) or aid_recipient(code, sources, tok, ctx)
    if recip and len({a.country for a in sources}) > 1:
        # "X and Y signed a pact in X's capital", "exchanged fire in Kashmir": each other, not the venue
        # nor what passes between them ("exchanged prisoners")
        resolved_targets = [a for a in outside_object(resolved_targets, m.obj)
                            if a.country not in {s.country for s in sources}]
        targets = targets if resolved_targets else []
    pairs = _pairs(sources, resolved_targets or targets, recip)
    out = []
    info = code_info(code)
    trigger = Trigger(tok.text, tok.idx, tok.idx + len(tok.text))
    date, precision, date_source = event_when(ctx, tok.idx)
    pattern = e.id if comp is None else f"{e.id}>{inner_m.entry.id if inner_m else code}"
    if light is not None:
        pattern = f"{ctx.lex.lemma(light)}+{pattern}"
    for src, tgt in pairs:
        if tgt is not None and (tgt.start, tgt.end) == (src.start, src.end) and tgt.code == src.code:
            tgt = None  # the same words twice; "both sides" read as its two members are two parties
        out.append(Event(
            source=src, target=tgt if (tgt is None or tgt.resolved or not ctx.opts.require_dyad) else None,
            cameo=code, root=info.root, goldstein=info.goldstein, quad_class=info.quad_class,
            trigger=trigger, evidence=ctx.sentence, plover=plover_for(code), mode=mode, date=date,
            date_precision=precision, date_source=date_source, place=acted_place(ctx, tok, place, code),
            **report_layer(reporter, reporter_tok, reporter_actor, subj_tok, src),
            pattern=pattern, **according_to_of(tok, ctx)))
    ctx.note(tok, entry=e.id, code=code, mode=mode, mode_reason=why,
             source=[a.text for a in sources], target=[a.text for a in targets], reported_by=reporter,
             reason="coded" if out else "no actor pair")
    return accusations(out, reporter_tok, reporter_actor, ctx)


ASSERTED_MODES = (ASSERTED, FUTURE)

"""Fallback sources of a trigger: who acts when the parse gives the trigger no usable subject.

`arguments.subject_of` reads the subject off the usual dependency arcs. Headlines and some wire phrasing
defeat it in a few recurring shapes, where the actor is in the sentence but not on a subject arc:

- the parser splits one subject in two ("<Country> Government and Unions Reject ...": two nsubj children,
  the first of which names the actor);
- a Title Case headline whose verb the parser hangs the country off as a modifier ("<Country> Expels ...",
  "<Country> Approves of ...": compound/amod/advmod/nmod/npadvmod/dep instead of nsubj), or whose verb it
  reads as a compound of the object noun ("<Country> Denounces Raid By ...");
- a present participle describing its own agent ("police investigating the shooting", "<City> Police
  Investigating ..."): the noun it describes does the act;
- an act stated as the complement of a noun ("made a commitment to ease ...", "began the process of
  withdrawing ...", "<Country>'s decision to expel ..."): the noun's possessor, else the subject of the
  light or aspect verb that takes the noun as its object;
- a headline's place prefix ("<Country>: Opposition Party Rejects ..."): the subject is of that country;
- event nouns: the "by" agent of their participle ("concessions made by X"), the one judged "for" them
  ("thanked X for its support", "X responsible for the killings"), the one "on" a strike or a visit.

Only resolved actors are returned: a wrong source is worse than none.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor
from ..nlp_cache import sent_range
from .arguments import _country_word, is_pronoun, subject_of
from .context import Ctx
from .instruments import instrument_agents, weapon_agents
from .matching import pobjs_of

__all__ = ["acts_itself", "fallback_sources", "instrument_agents", "noun_fallback_sources", "premodifier_actor",
           "pronoun_speakers"]

# Modifier arcs the small model puts a headline's subject on when it misreads the Title Case verb.
_HEADLINE_SUBJ_DEPS = {"compound", "amod", "advmod", "nmod", "npadvmod", "dep"}
# Participles of means ("aircraft using guided missiles killed ..."): how the main act was done, no act
# of their own.
_MEANS_VERBS = {"use", "employ", "wield", "carry", "deploy"}
_TIME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
# Verbs of aspect whose object noun's complement is the subject's own act ("began the process of
# withdrawing"): the lexicon's light verbs cover most; these are the ones it does not list.
_ASPECT_VERBS = {"finish", "resume", "initiate", "undertake"}
# Nouns whose "to"/"of" complement is a plan or undertaking of whoever has it ("a commitment to ease",
# "the process of withdrawing"); a noun outside the list ("the proposal to ease") may be someone else's.
_PLAN_NOUNS = {"commitment", "process", "decision", "plan", "pledge", "promise", "bid", "attempt", "effort",
               "move", "step", "steps", "intention", "offer", "push", "drive", "campaign", "threat",
               "vow", "readiness", "willingness", "determination", "resolve", "task", "work"}


def _resolved(actors: list[Actor]) -> list[Actor]:
    return [a for a in actors if a.resolved]


def _usable(t: Any) -> bool:
    """A noun that can name an actor (not a date, a number or a quantity)."""
    return t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in _TIME_ENTS


def fallback_sources(tok: Any, subj: Any, ctx: Ctx) -> tuple[list[Actor], Any]:
    """(resolved sources, subject token) of an active verb trigger whose parsed subject `subj` (may be
    None) names no resolved actor; ([], None) when none of the shapes above applies."""
    if subj is not None and subj.i < tok.i:
        found = weapon_agents(subj, ctx) or _prefixed_subject(subj, ctx)  # "a drone launched by X hit ..."
        if found:
            return found, subj
    found, tok_s = _speaker_of_conjoined_statement(tok, ctx)
    if found:
        return found, tok_s
    # a split subject: another nsubj of the same verb, before it ("<Country> Government and Unions ...")
    for c in tok.children:
        if c.dep_ == "nsubj" and c is not subj and c.i < tok.i and _usable(c):
            found = _resolved(ctx.finder.actors(c))
            if found:
                return found, c
    if subj is None:
        found, tok_s = _headline_subject(tok, ctx)
        if found:
            return found, tok_s
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.i < tok.i and _usable(tok.head) \
                and ctx.lex.lemma(tok) not in _MEANS_VERBS \
                and not any(t.is_punct for t in tok.doc[tok.head.i + 1:tok.i]):
            # (not across punctuation: "<Country>: Striking Miners ..." is no country striking)
            # "troops guarding the border", "<City> Police Investigating ...": the described noun acts
            found = _resolved(ctx.finder.actors(tok.head))
            if found:
                return found, tok.head
        found, tok_s = _plan_holder(tok, ctx)
        if found:
            return found, tok_s
        found, tok_s = _swallowed_subject(tok, ctx)
        if found:
            return found, tok_s
        found, tok_s = _apposed_subject(tok, ctx)
        if found:
            return found, tok_s
    return [], None


# Verbs of stating or promising: a speaker's own act, never that of what the speaker talked about.
_STATEMENT_VERBS = frozenset({"vow", "pledge", "promise", "threaten", "warn", "insist", "demand", "urge", "call",
                              "deny", "accuse", "condemn", "reiterate", "announce", "appeal", "reject"})


def _speaker_of_conjoined_statement(tok: Any, ctx: Ctx) -> tuple[list[Actor], Any]:
    """"Pakistan said the strikes killed 26 civilians and vowed to retaliate": the parser joins "vowed" to
    the reported clause (or hangs it, with no subject, as a second clause of "said"), whose subject (the
    strikes) vows nothing; the speaker does."""
    if ctx.lex.lemma(tok) not in _STATEMENT_VERBS:
        return [], None
    if tok.dep_ == "conj" and tok.head.dep_ == "ccomp":
        speech = tok.head.head
    elif tok.dep_ == "ccomp" and tok.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                for c in tok.children):
        speech = tok.head  # "X said the strikes were ... and warned that ...": a second, subjectless ccomp
    else:
        return [], None
    if speech.lemma_.lower() not in ctx.lex.speech_verbs:
        return [], None
    subj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return [], None
    found = _resolved(ctx.finder.actors(subj))
    return (found, subj) if found else ([], None)


def _swallowed_subject(tok: Any, ctx: Ctx) -> tuple[list[Actor], Any]:
    """"Burkinabe troops backed by drones carried out strikes ...": the small model reads the main verb as a
    reduced relative on the participle's agent ("drones carried out") and leaves it with no subject. A finite
    verb hung on the object of a "by" phrase of a participle that describes a noun before it has that noun
    as its subject."""
    noun = swallowed_subject(tok)
    if noun is None:
        return [], None
    found = _resolved(ctx.finder.actors(noun))
    return (found, noun) if found else ([], None)


def swallowed_subject(tok: Any) -> Any | None:
    """The noun a main verb misparsed as a relative on a participle's agent belongs to ("troops backed by
    drones carried out strikes": "troops"), or None. The verb is finite, or a past participle with an object
    of its own (active, then: "carried out strikes")."""
    if tok.dep_ != "acl" or not (tok.tag_ in ("VBD", "VBZ", "VBP") or tok.tag_ == "VBN" and any(
            c.dep_ in ("dobj", "obj") for c in tok.children)):
        return None
    agent_obj = tok.head
    by = agent_obj.head
    if agent_obj.dep_ != "pobj" or by.dep_ not in ("agent", "prep") or by.lower_ != "by":
        return None
    part = by.head
    if part.dep_ != "acl" or part.tag_ != "VBN" or part.head.i > part.i or not _usable(part.head):
        return None
    return part.head


def acts_itself(tok: Any) -> bool:
    """Whether a participle describing a noun still tells an act: it has an agent ("freed by Israel"), or it
    is a main verb the parser hung on another participle's agent (`swallowed_subject`)."""
    return any(c.dep_ == "agent" for c in tok.children) or swallowed_subject(tok) is not None


def _apposed_subject(tok: Any, ctx: Ctx) -> tuple[list[Actor], Any]:
    """"Mali and Burkina Faso, also run by military governments, warned ...": the small model makes the
    subject the subject of the participle set off by commas and leaves the main verb with none. The
    subject of a participle clause that stands before the verb, comma-bounded, is the verb's."""
    for c in tok.children:
        if c.dep_ != "advcl" or c.i > tok.i or c.tag_ not in ("VBN", "VBG"):
            continue
        between = tok.doc[c.i:tok.i]
        subj = next((k for k in c.children if k.dep_ == "nsubj" and k.i < c.i and _usable(k)), None)
        if subj is None or not any(t.text == "," for t in tok.doc[subj.i:c.i]) \
                or not any(t.text == "," for t in between):
            continue
        found = _resolved(ctx.finder.actors(subj))
        if found:
            return found, subj
    return [], None


def _headline_subject(tok: Any, ctx: Ctx) -> tuple[list[Actor], Any]:
    """The actor a misparsed Title Case verb hangs off itself (or off the noun it is read as a compound
    of), before it, when the verb has no subject arc at all."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children):
        return [], None
    cands = [c for c in tok.children if c.dep_ in _HEADLINE_SUBJ_DEPS and c.i < tok.i]
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        # "<Country> Denounces Raid By ...": the verb read as a modifier of its object
        cands += [c for c in tok.head.children if c.dep_ in _HEADLINE_SUBJ_DEPS and c.i < tok.i]
    for c in sorted(cands, key=lambda t: t.i):
        # the model tags a misread country name as an adjective or adverb too ("Zimbabwe/ADJ Expels")
        if c.pos_ not in ("PROPN", "NOUN", "ADJ", "ADV") or c.ent_type_ in _TIME_ENTS \
                or not (c.is_title or c.is_upper):
            continue
        # the candidate must be the sentence's opening phrase, right before the verb: nothing of another
        # phrase between them ("... said on Friday Iran ..." is no headline subject)
        lo = min(t.i for t in c.subtree)
        if lo != sent_range(c)[0] or any(t.i > tok.i for t in c.subtree):
            continue
        found = _resolved(ctx.finder.actors(c))
        if found:
            return found, c
    return [], None


_PREFIX_CACHE: dict[tuple[str, str | None], Actor | None] = {}


def _prefixed_subject(subj: Any, ctx: Ctx) -> list[Actor]:
    """"<Country>: Opposition Party Rejects ...": a headline's country prefix says whose the unresolved
    subject is. The prefix and the subject's words are resolved as one phrase ("<Country> Opposition Party");
    a capital or city prefix (a metonym of its government) stands for its country. An organisation or a news
    agency before the colon is a source, not a place, and does not count; nor does a result that is only the
    bare country, or of another country."""
    if not _usable(subj) or subj.ent_type_ == "PERSON":
        return []
    lo, hi = sent_range(subj)
    sent = subj.doc[lo:hi]  # subj.sent, without spaCy's walk to its boundaries
    colon = next((t for t in sent[:min(len(sent), 6)] if t.text == ":" and t.i < subj.i), None)
    if colon is None or colon.i == sent.start or any(t.text == ":" for t in sent if t.i > colon.i and t.i < subj.i):
        return []
    doc = subj.doc
    pre = ctx.finder.at(doc[sent.start].idx, colon.idx)
    if pre is None or not pre.resolved:  # the actor layer may miss a bare name before a colon
        pre = _country_word(doc[sent.start:colon.i].text)
    if pre is not None and pre.resolved and pre.code != pre.country and pre.country \
            and pre.resolved_by == "metonym":
        pre = _country_of_place(pre.country)  # "<City>: Opposition Party ...": the city's country
    if pre is None or not pre.resolved or pre.code != pre.country or not pre.country or len(pre.country) != 3:
        return []
    lo = min(t.i for t in subj.subtree if t.dep_ in ("compound", "amod", "nummod") or t is subj)
    lo = max(lo, colon.i + 1)
    words = doc[lo:subj.i + 1]
    text = f"{pre.text.rstrip()} {words.text}"
    key = (text, ctx.article.published)
    if key not in _PREFIX_CACHE:
        try:
            from ..actors import resolve_phrase

            _PREFIX_CACHE[key] = resolve_phrase(text, date=ctx.article.published)
        except Exception:  # noqa: BLE001 - without the resolver no prefixed subjects
            _PREFIX_CACHE[key] = None
    a = _PREFIX_CACHE[key]
    if a is None or not a.resolved or a.country != pre.country or a.code == a.country:
        return []  # the bare country says nothing of who in it acts ("<Country> Miners" -> the country)
    return [Actor(words.start_char, words.end_char, words.text, code=a.code, country=a.country, sector=a.sector,
                  name=a.name, role=a.role, resolved_by=f"{a.resolved_by or 'dictionary'}:prefix",
                  role_date=a.role_date)]


def _country_of_place(iso3: str) -> Actor | None:
    """The country-level actor (named as the dictionary names it) of a place's country."""
    try:
        from ..actors.data import load_dictionary

        c = load_dictionary().countries.get(iso3)
    except Exception:  # noqa: BLE001 - without the actor dictionary no country
        return None
    if c is None:
        return None
    return Actor(0, len(c.name), c.name, code=c.cameo, country=iso3, resolved_by="dictionary")


def _plan_holder(tok: Any, ctx: Ctx) -> tuple[list[Actor], Any]:
    """Whoever has the plan or undertaking an act complements ("X made a commitment to ease ...", "X began
    the process of withdrawing ...", "X's decision to expel ...")."""
    noun = None
    if tok.dep_ == "acl" and tok.head.i < tok.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        noun = tok.head
    elif tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.i < tok.i:
        noun = tok.head.head
    if noun is None or noun.pos_ != "NOUN" or ctx.lex.lemma(noun) not in _PLAN_NOUNS:
        return [], None
    for c in noun.children:
        if c.dep_ == "poss":
            found = _resolved(ctx.finder.actors(c))
            return (found, c) if found else ([], None)
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
        return [], None
    lemma = ctx.lex.lemma(verb)
    if lemma not in ctx.lex.light_verbs and lemma not in _ASPECT_VERBS:
        return [], None
    subj, passive = subject_of(verb, ctx.lex.speech_verbs)
    if subj is None or passive:
        return [], None
    found = _resolved(ctx.finder.actors(subj))
    return (found, subj) if found else ([], None)


# Roots of the events someone is "on" ("workers on strike", "<Country>'s premier on a visit to X").
_ON_ROOTS = {"14", "04"}
# Verbs of judging someone for what they did: "thanked X for its support", "blamed X for the attack",
# "condemned X for the crackdown" (X did it). Not verbs of asking ("asked X for support": not done yet).
_JUDGING_VERBS = {"thank", "praise", "commend", "laud", "hail", "applaud", "salute", "credit", "congratulate",
                  "blame", "condemn", "criticize", "criticise", "denounce", "fault", "punish", "rebuke",
                  "reprimand", "slam", "chastise", "censure", "castigate", "fine", "reward"}
# "X (is) responsible for the attack", "held X responsible for the killings".
_RESPONSIBLE = {"responsible", "accountable", "to blame"}


def _judged_for(tok: Any, ctx: Ctx) -> list[Actor]:
    """Whom a judgement names as the doer of the event noun `tok` in its "for" phrase."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for" or tok.head.dep_ != "prep":
        return []
    head = tok.head.head
    if head.lemma_.lower() in _RESPONSIBLE:
        # "X Responsible for Torture" (amod of X), "X is responsible for" (acomp), "held X responsible"
        if head.dep_ == "amod" and head.head.i < head.i:
            return _resolved(ctx.finder.actors(head.head))
        if head.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < head.i), None)
            if obj is not None:
                return _resolved(ctx.finder.actors(obj))
            subj, passive = subject_of(verb, ctx.lex.speech_verbs)
            return _resolved(ctx.finder.actors(subj)) if subj is not None else []
        return []
    if head.pos_ in ("VERB", "NOUN") and ctx.lex.lemma(head) in _JUDGING_VERBS:
        # the Title Case "thanks" may be tagged a noun; its object is the one judged
        obj = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < tok.i), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
            return _resolved(ctx.finder.actors(obj))
    return []


def noun_fallback_sources(tok: Any, code: str | None, ctx: Ctx) -> list[Actor]:
    """Resolved sources of a nominal trigger with no possessor, modifier or "by" actor of its own: the "by"
    agent of its participle ("concessions made by X", "an attack carried out by X"), the one judged for it
    ("thanked X for its support", "X responsible for the killings"), or the one who is "on" a strike ("<Country>
    activist on hunger strike")."""
    judged = _judged_for(tok, ctx)
    if judged:
        return judged
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > tok.i:
            for p in c.children:
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by"):
                    found = [a for o in pobjs_of(p) for a in _resolved(ctx.finder.actors(o))]
                    if found:
                        return found
    if code and code[:2] in _ON_ROOTS and tok.dep_ == "pobj" and tok.head.lower_ == "on" \
            and tok.head.dep_ == "prep":
        # only strikes and visits: "sanctions on X's rally" has the measure, not the rally, "on" it
        holder = tok.head.head
        if holder.pos_ in ("NOUN", "PROPN") and holder.i < tok.i and _usable(holder):
            # the holder's own phrase only, not actors nested in its tail ("on a visit to X")
            a = ctx.finder.actor(holder)
            if a is not None and a.resolved:
                return [a]
            a = premodifier_actor(holder, ctx)
            if a is not None:
                return [a]
    return []


def premodifier_actor(o: Any, ctx: Ctx) -> Actor | None:
    """The first resolved actor among the modifiers before a noun ("Israeli" in "Israeli shelling")."""
    for c in o.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < o.i:
            a = ctx.finder.actor(c)
            if a is None or not a.resolved:
                a = ctx.finder.modifier_actor(c)
            if a is not None and a.resolved:
                return a
    return None


_PLURAL_PRONOUNS = frozenset({"they", "we"})
_OWN_POSSESSIVES = frozenset({"its", "their", "our"})


def pronoun_speakers(subj_tok: Any, sources: list[Actor], reporter_actor: Actor | None, reporter_tok: Any,
                     ctx: Ctx) -> list[Actor]:
    """A pronoun subject under a verb of saying is the speaker ("Obama said he would ..."); a plural one is
    every speaker ("The United States and the European Union said they would ..."), where the pronoun
    layer gives it only the nearest one."""
    if subj_tok is None or reporter_actor is None or not reporter_actor.resolved:
        return sources
    if not is_pronoun(subj_tok):
        # "The army said its aircraft struck ...": forces the speaker calls its own are the speaker's
        owned = any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in subj_tok.children)
        return [reporter_actor] if owned and not any(a.resolved for a in sources) else sources
    if subj_tok.lower_ in _PLURAL_PRONOUNS and reporter_tok is not None:
        group = list({(a.start, a.end): a for a in ctx.finder.actors(reporter_tok) if a.resolved}.values())
        if len(group) > 1:
            return group
    own = [a for a in sources if a.resolved]
    if own and own[0].code != reporter_actor.code \
            and _speaker_fits(subj_tok.lower_, reporter_actor, reporter_tok):
        # "the government welcomed the vote, while the RSF said they would not attend": the speaker, not
        # the nearest earlier actor the pronoun layer took
        return [reporter_actor]
    return sources if own else [reporter_actor]


def _speaker_fits(pronoun: str, speaker: Actor, tok: Any) -> bool:
    """Whether a speaker can be what the pronoun of its own clause stands for (a person for "he"/"she", a
    body for "it"/"they")."""
    person = speaker.role is not None or (tok is not None and tok.ent_type_ == "PERSON")
    if pronoun in ("he", "she"):
        return person and not speaker.members
    return not person

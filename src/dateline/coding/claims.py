"""Who stands behind a reported act of force: claims of one's own act, statements that blame another side,
and reports that speak for where they were issued.

Three readings of "X <verb of saying> that <act>" (the act coded from its own clause, X found by
`reporter.reporter_of`), used by `allegations.accusations`:

- X claims its own act ("the group claimed it had bombed the convoy", "X admitted its forces shelled Y"):
  a claim of responsibility, CAMEO 015, X -> the act's target (`own_claim`);
- X, a party and not the press, opens its statement with another side's act of force ("Ukraine said Russian
  artillery shelled Kharkiv", "the ministry said rebels shelled the town"): an accusation, 112
  (`says_accusation`); a trailing "..., officials said" only sources the news, and so does a news outlet;
- X is a document ("a report released in <capital> alleged that ..."): it speaks for its issuer, named by a
  "by"/"in"/"from" adjunct of its participle or by a modifier (`issuer`).

Everything here reads the parse around tokens already found; nothing walks the whole sentence.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor, Event
from .context import Ctx
from .matching import pobjs_of, prep_children

__all__ = ["CLAIM_CODE", "issuer", "origin_agents", "own_claim", "says_accusation"]

CLAIM_CODE = "015"
# Verbs whose subject, telling of its own act, takes responsibility for it.
CLAIM_OWN_VERBS = frozenset({"claim", "admit", "acknowledge"})
# Neutral verbs of saying that, from a party, blame the other side for the act they open with.
SAY_VERBS = frozenset({"say", "tell", "state", "add", "assert", "insist", "report"})
# The press reports acts, it does not accuse: a news outlet, or anyone named by a press noun.
_MEDIA_SECTORS = frozenset({"MED", "JRN"})
_PRESS_NOUNS = frozenset({"correspondent", "reporter", "journalist", "media", "agency", "newspaper", "paper",
                          "television", "tv", "radio", "broadcaster", "daily", "outlet", "channel", "photographer",
                          "witness", "witnesses", "resident", "residents", "source", "sources"})
# Nouns of documents that speak for whoever issued them.
DOCUMENT_NOUNS = frozenset({"report", "statement", "study", "document", "communique", "dossier", "letter",
                            "inquiry", "investigation", "white paper", "memo", "memorandum", "indictment"})
_ISSUE_PREPS = ("by", "in", "from")
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "PTY"})
# What a plain statement blames another side for: coercion and violence it says were done (not a threat or
# a show of force it reports, which "said" passes on without blame).
_BLAMED_ROOTS = frozenset({"17", "18", "19", "20"})


def own_claim(ev: Event, claimant: Actor) -> bool:
    """Whether `ev`'s source is the claimant itself: the same mention, the same actor code, or a pronoun or
    coreference that took the claimant's country ("the group claimed it had ...", "X said its fighters
    ...")."""
    src = ev.source
    if src is None or not src.resolved:
        return False
    if (src.start, src.end) == (claimant.start, claimant.end) or src.code == claimant.code:
        return True
    # "JNIM said its fighters had attacked ...": a body the claimant's own possessive names is the claimant's
    return src.resolved_by in ("pronoun", "coreference", "possessive") and src.country == claimant.country


def _press(tok: Any, actor: Actor) -> bool:
    if actor.sector in _MEDIA_SECTORS or (actor.code or "")[3:6] in _MEDIA_SECTORS:
        return True
    return tok.lemma_.lower() in _PRESS_NOUNS or tok.lower_ in _PRESS_NOUNS


# Nouns of answering: an act named as what another act answers is the speaker's justification, not the news
# it opens with ("said the strikes were a direct response to Houthi attacks").
_ANSWER_NOUNS = frozenset({"response", "retaliation", "reaction", "reply", "answer", "revenge", "reprisal",
                           "riposte"})


def _answered(verb: Any, ev: Event) -> bool:
    """Whether `ev`'s trigger is the object of "to"/"for" after a noun of answering in `verb`'s sentence."""
    tok = next((t for t in verb.sent if t.idx == ev.trigger.start), None)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for"):
        return False
    return tok.head.head.lemma_.lower() in _ANSWER_NOUNS


def says_accusation(verb: Any, speaker_tok: Any, speaker: Actor, ev: Event) -> bool:
    """Whether the neutral statement `verb` by `speaker` blames `ev`'s source for `ev`: the speaker is a
    party (no news outlet or reporter), of another country than the perpetrator, and the statement opens
    with the act ("X said Y attacked ..."; "Y attacked ..., X said" only sources it), not as what the
    speaker's own act answers ("X said its strikes were a response to Y's attacks"). A perpetrator the
    coder supplied (`state_acts`, resolved_by "state_act") is blamed only for what befell the speaker or
    someone it names by a pronoun ("X says he was arrested during a raid"): "rights groups say 400 people have
    been detained" reports a tally."""
    if verb.lemma_.lower() not in SAY_VERBS or verb.idx > ev.trigger.start or _press(speaker_tok, speaker) \
            or _answered(verb, ev):
        return False
    src = ev.source
    # the unnamed author the coder gives a toll told with no attacker ("a woman was killed when a shell hit
    # her house": unaligned forces of the place, `unattributed.py`) is blamed by no organ of that same
    # country's state reporting it
    if src is not None and src.resolved_by == "unattributed" and src.country == speaker.country \
            and _state(speaker):
        return False
    supplied = src is not None and src.resolved_by == "state_act" and not (
        ev.target is not None and (ev.target.code == speaker.code or ev.target.resolved_by == "pronoun"))
    return bool(ev.root in _BLAMED_ROOTS and src is not None and src.resolved and not supplied and src.country
                and speaker.country and not _same_side(src, speaker))


def _state(a: Actor) -> bool:
    """An organ of a state: a state sector, or a country named with no sector; a body known only by its
    nationality word ("the Syrian Observatory", a demonym) is not taken for the state."""
    return a.sector in _STATE_SECTORS if a.sector else a.resolved_by != "demonym"


def _same_side(a: Actor, b: Actor) -> bool:
    """Same actor, or organs of one state ("the US launched a strike, the army's command said"); a rights
    group or the opposition blaming its own country's police is an accusation."""
    return a.code == b.code or (a.country == b.country and _state(a) and _state(b))


def issuer(doc_tok: Any, ctx: Ctx) -> Actor | None:
    """The resolved actor a document noun speaks for: "a report released in <capital>", "a statement issued
    by X", "a UN report"; None when `doc_tok` is no document or names no issuer."""
    if doc_tok is None or doc_tok.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for c in doc_tok.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < doc_tok.i:
            a = ctx.finder.modifier_actor(c)
            if a is not None and a.resolved:
                return a
    for part in (c for c in doc_tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for p in part.children:
            if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in _ISSUE_PREPS):
                for o in pobjs_of(p):
                    found = [a for a in ctx.finder.actors(o) if a.resolved]
                    if found:
                        return found[0]
    return None


def origin_agents(tok: Any, ctx: Ctx) -> list[Actor]:
    """"shells were fired at our posts from across the border in X": a passive act of force with no agent was done by the
    side that holds the place it came from (the "from" object, when it names a resolved actor)."""
    for p in prep_children(tok, "from"):
        for o in pobjs_of(p):
            found = [a for a in ctx.finder.actors(o, deep=False) if a.resolved]
            if found:
                return found[:1]
    return []

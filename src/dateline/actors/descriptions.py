"""Definite descriptions that refer back to a named actor: "the group", "the bloc", "the company".

Wire copy names an organisation once ("The Rapid Support Forces shelled ...", "ECOWAS leaders met ...") and
then refers to it by what it is ("The army accused the group of ...", "The bloc threatened ..."). Without
this pass such a phrase is no actor, or an actor with a sector and no country, and the event it takes part
in loses its source or target. The rules, conservative by design:

1. the phrase is "the"/"this", then only modifier words from a closed list that say what kind of actor it
   is ("militant", "regional", "rights", "energy"), then a singular, lower-case head noun from a closed list
   (`HEADS`): no country, name, number or other word of its own ("the Russian group Wagner", "the new
   party", "the group's two leaders" resolve by their own words or not at all);
2. it is no quantity or name with an "of" phrase ("the group of seven", "the Group of 20"; "accused the
   group of using ..." is an accusation and still counts), and no appositive names it ("the company
   Gazprom");
3. it has no actor of its own with a country, or only one the article's country gave it
   (`resolved_by="context"`: "the militant group" in a story dated from Israel is not Israel's);
4. the antecedent is the latest actor before it, in its paragraph or the two before, that is an
   organisation (not a person, but an IGO's officer named with the body, "NATO Secretary-General Mark
   Rutte", stands for the body: `_officer_body`) of a kind the head and modifiers allow (`_kinds`: armed
   groups, IGOs, NGOs, media, opposition, parties, business, unions), or whose own name or head noun is
   the description's head ("the African Union ... the union", "Venezuela's opposition coalition ... the
   coalition");
5. never when the antecedent's sentence names another fitting actor with another code: "Hamas and Islamic
   Jihad ... the group" could be either.

The mention takes the antecedent's code, country, sector and name, marked `resolved_by="description"`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Span

from ..model import Actor, Article, Mention
from ..nlp_cache import tokens
from .candidates import article_chunks
from .data import ActorDictionary, norm
from .match import folded_tokens, match_tokens

__all__ = ["HEADS", "MODIFIERS", "resolve_descriptions"]

ARMED, IGO, NGO, MEDIA, OPP, PARTY, BUS, LAB = "armed", "igo", "ngo", "media", "opp", "party", "bus", "lab"

# Head nouns (lemmas) of a description and the kinds of named actor each may stand for.
HEADS: dict[str, frozenset[str]] = {
    "group": frozenset({ARMED, NGO, OPP}),
    "militia": frozenset({ARMED}),
    "outfit": frozenset({ARMED}),
    "movement": frozenset({ARMED, OPP, PARTY}),
    "faction": frozenset({ARMED, OPP, PARTY}),
    "network": frozenset({ARMED, MEDIA}),
    "organisation": frozenset({ARMED, NGO, IGO}),
    "organization": frozenset({ARMED, NGO, IGO}),
    "bloc": frozenset({IGO, OPP, PARTY}),
    "alliance": frozenset({IGO, OPP, PARTY, ARMED}),
    "coalition": frozenset({OPP, PARTY, ARMED}),
    "union": frozenset({IGO, LAB}),
    "body": frozenset({IGO, NGO}),
    "agency": frozenset({IGO, NGO, MEDIA}),
    "watchdog": frozenset({IGO, NGO}),
    "council": frozenset({IGO}),
    "charity": frozenset({NGO}),
    "party": frozenset({PARTY, OPP}),
    "company": frozenset({BUS}),
    "firm": frozenset({BUS}),
    "corporation": frozenset({BUS}),
    "broadcaster": frozenset({MEDIA}),
}
_ALL = frozenset({ARMED, IGO, NGO, MEDIA, OPP, PARTY, BUS, LAB})
# Words allowed between the determiner and the head, and the kinds each leaves possible ("the militant
# group": an armed group; "the regional bloc": an IGO). Any other word (a country, a name, "new", "rival",
# "other") means the phrase is not a plain back-reference, so it is left alone.
MODIFIERS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("militant", "paramilitary", "armed", "rebel", "insurgent", "jihadist", "extremist",
                     "terrorist", "terror", "guerrilla", "guerilla", "hardline"), frozenset({ARMED})),
    **dict.fromkeys(("islamist", "separatist", "radical"), frozenset({ARMED, OPP, PARTY})),
    **dict.fromkeys(("regional", "western", "transatlantic", "continental", "intergovernmental",
                     "nuclear", "atomic"), frozenset({IGO})),
    "military": frozenset({IGO, ARMED}),
    "economic": frozenset({IGO}),
    "trade": frozenset({IGO, LAB}),
    "international": frozenset({IGO, NGO}),
    "global": frozenset({IGO, NGO}),
    **dict.fromkeys(("humanitarian", "aid", "relief"), frozenset({IGO, NGO})),
    **dict.fromkeys(("rights", "human", "medical", "charity", "advocacy", "campaign", "environmental"),
                    frozenset({NGO})),
    "news": frozenset({MEDIA}),
    "state": frozenset({MEDIA, BUS}),
    "opposition": frozenset({OPP, PARTY}),
    "political": frozenset({OPP, PARTY}),
    "ruling": frozenset({PARTY}),
    **dict.fromkeys(("energy", "oil"), frozenset({IGO, BUS})),
    **dict.fromkeys(("defence", "defense", "arms"), frozenset({IGO, BUS})),
    **dict.fromkeys(("gas", "mining", "tech", "technology", "telecoms", "telecom", "shipping", "chemical",
                     "pharmaceutical", "drug", "construction", "engineering", "private", "owned",
                     "investment"), frozenset({BUS})),
    **dict.fromkeys(("labour", "labor"), frozenset({LAB})),
}
_DETERMINERS = frozenset({"the", "this"})
# Modifiers wire copy capitalises ("the Western alliance", "the Islamist group"); other capitalised words
# before the head are names.
_CAPITALISED = frozenset({"western", "islamist", "jihadist"})
# Heads that never stand for the UN or one of its agencies (an alliance of states, not a world body).
_NOT_UN = frozenset({"bloc", "alliance", "union", "coalition"})
# How far back an antecedent may be: its paragraph and the two before.
_PARAGRAPHS_BACK = 2


def _kinds_of(actor: Actor) -> frozenset[str]:
    """The kinds (`HEADS` values) a resolved organisation actor is, from its code and sector."""
    code, country, sector = actor.code or "", actor.country or "", actor.sector
    kinds = set()
    if country.startswith("IGO"):
        kinds.add(IGO)
    if code.startswith("NGO"):
        kinds.add(NGO)
    if sector in ("REB", "UAF") or code.startswith("IMG"):
        kinds.add(ARMED)
    for sec, kind in (("OPP", OPP), ("PTY", PARTY), ("MED", MEDIA), ("BUS", BUS), ("LAB", LAB)):
        if sector == sec:
            kinds.add(kind)
    return frozenset(kinds)


def _description(t: Any, s: int, e: int) -> tuple[int, frozenset[str], list[str]] | None:
    """(head token, kinds allowed, modifier words) when tokens `s`..`e` (a chunk or a possessor) are a
    plain definite description (rules 1 and 2 of the module docstring), else None."""
    while s < e and t.is_space[s]:
        s += 1
    if e - s < 2 or t.lower[s] not in _DETERMINERS:
        return None
    head = e - 1
    lemma = t.lemma[head].lower()
    # singular and lower case (the tagger sometimes calls a lower-case "group" NNP; a capitalised head
    # inside a sentence is part of a name: "the Group of 20", "the Union")
    if lemma not in HEADS or t.tag[head] not in ("NN", "NNP") or not t.text[head].islower():
        return None
    kinds = HEADS[lemma]
    mods: list[str] = []
    for k in range(s + 1, head):
        word = t.lower[k]
        if word == "-" and not t.ws[k - 1]:
            continue  # "state-owned"
        allowed = MODIFIERS.get(word)
        if allowed is None or not (t.text[k].islower() or word in _CAPITALISED):
            return None
        kinds = kinds & allowed
        mods.append(word)
    if not kinds:
        return None
    n = len(t)
    nxt = head + 1
    if nxt < n and t.lower[nxt] == "of" and not (nxt + 1 < n and t.tag[nxt + 1] == "VBG"):
        return None  # "the group of seven", "the body of a man"; not "accused the group of using ..."
    if nxt < n and t.pos[nxt] == "PROPN":
        return None  # "the company Gazprom": its own name
    if (nxt + 1 < n and t.text[nxt] == "," and t.dep[nxt + 1] == "appos") or any(
            t.head[k] == head and t.dep[k] == "appos" for k in range(head + 1, min(n, head + 8))):
        return None  # "the group, Jamaat Nusrat al-Islam wal-Muslimin, ...": named right there
    return head, kinds, mods


def _candidates(t: Any, chunks: Any) -> list[tuple[int, int, int, frozenset[str], list[str]]]:
    """(start, end, head, kinds, modifiers) of every definite description among noun `chunks` ((start,
    end) token ranges): whole chunks and the possessors inside them ("the agency's inspectors")."""
    found = []
    for c_start, c_end in chunks:
        pieces, s = [], c_start
        for k in range(c_start, c_end):
            if t.tag[k] == "POS":
                pieces.append((s, k))
                s = k + 1
        pieces.append((s, c_end))
        for s, e in pieces:
            got = _description(t, s, e)
            if got is not None:
                head, kinds, mods = got
                start = next(k for k in range(s, e) if not t.is_space[k]) + 1  # after the determiner
                found.append((start, head + 1, head, kinds, mods))
    return found


def _org_named(d: ActorDictionary, name: str | None) -> bool:
    """Whether `name` (an actor's) is a dictionary organisation's, as `compose` names one; a person's name
    is not."""
    if name is None:
        return False
    return any(e.kind == "org" for e in [*d.phrases.get(norm(name), ()), *d.cased.get(name, ())])


def _fits(actor: Actor, span: Any, kinds: frozenset[str], lemma: str, mods: list[str],
          d: ActorDictionary) -> bool:
    """Whether `actor` (mention `span`) is an organisation a description with head `lemma`, `mods` and
    allowed `kinds` can refer to (rule 4)."""
    if not actor.resolved or actor.members or actor.role is not None or not actor.country:
        return False
    same_head = span.root.lemma_.lower() == lemma and span.root.tag_ in ("NN", "NNP")
    if actor.resolved_by in ("pronoun", "description", "group") or (
            actor.resolved_by == "context" and not (same_head and _kinds_of(actor) & kinds)):
        # borrowed, not named here; but "an armed group seized ... The group threatened" repeats the very
        # noun the story's country gave a kind: the same group, whatever code it got
        return False
    named_org = _org_named(d, actor.name)
    if not (same_head or named_org):
        return False  # a person, or a phrase that names no organisation ("Sudanese rebels")
    if actor.country == "IGOUNO" and (lemma in _NOT_UN or "regional" in mods):
        return False  # the UN system is no bloc, alliance or union, and no regional body
    if _kinds_of(actor) & kinds:
        return True
    # the head word in the organisation's own name ("the African Union ... the union"), or the same head
    # noun ("Venezuela's opposition coalition ... the coalition"); modifiers that say a kind must not
    # contradict the antecedent's own ("the militant coalition" is no opposition coalition)
    own_words = (actor.name or "").lower().replace("-", " ").split()
    return (same_head or lemma in own_words) and (not mods or not _kinds_of(actor))


def _officer_body(d: ActorDictionary, t: Any, folded: list[str], actor: Actor, span: Any) -> Actor | None:
    """The organisation an IGO's officer is named with ("NATO Secretary-General Mark Rutte": NATO), as an
    antecedent for a description of the body ("... said the alliance would"); None for anyone else. The
    body's name must be in the mention: an officer the data alone ties to the body does not name it."""
    if not actor.resolved or not (actor.country or "").startswith("IGO") or (
            actor.name is None and actor.role is None):
        return None
    for hit in match_tokens(d, t, folded, span.start, span.end):
        for e in hit.entries:
            org = d.orgs[int(e.value)] if e.kind == "org" else None
            if org is not None and org.code == actor.country:
                name = org.name.title() if org.name.isupper() and len(org.name) > 6 else org.name
                return Actor(actor.start, actor.end, actor.text, code=org.code, country=org.country,
                             name=name, resolved_by="dictionary", role_date=actor.role_date)
    return None


def resolve_descriptions(article: Article, d: ActorDictionary, out: list) -> None:
    """Resolve definite descriptions ("the group", "the bloc") to the named actor they refer back to
    (module docstring). `out`: the stage's (mention, actor, span) list in text order; entries are replaced
    or inserted in place, marked `resolved_by="description"`."""
    doc = article.doc
    t = tokens(article)
    found = _candidates(t, article_chunks(article, t))  # the walk candidates.py made (spaCy's makes Tokens)
    if not found:
        return
    text = article.text
    paragraphs = [0] + [k + 1 for k, c in enumerate(text) if c == "\n"]
    folded = folded_tokens(t, article.scratch)
    views = [(_officer_body(d, t, folded, a, sp) or a, sp) for _, a, sp in out]
    for start, end, head, kinds, mods in found:
        s_char, e_char = t.idx[start], t.end_char(end - 1)
        # a mention headed by the description itself; "the group's top official" is the official's, and
        # the possessor gets a mention of its own
        at = next((k for k, (_, a, sp) in enumerate(out) if sp.start <= head < sp.end and sp.root.i == head),
                  None)
        if at is not None:
            own = out[at][1]
            if own.resolved and own.country and own.resolved_by != "context":
                continue  # it has its own country ("the Sudanese group" would, were it allowed)
        para = bisect_right(paragraphs, s_char) - 1
        first = paragraphs[max(0, para - _PARAGRAPHS_BACK)]
        lemma = t.lemma[head].lower()
        fitting = [(a, sp) for a, sp in views
                   if first <= a.start and a.end <= s_char and _fits(a, sp, kinds, lemma, mods, d)]
        if not fitting:
            continue
        antecedent, a_span = fitting[-1]
        if any(sp.sent == a_span.sent and a.code != antecedent.code for a, sp in fitting):
            continue  # two fitting actors in one sentence: either could be meant
        actor = Actor(s_char, e_char, text[s_char:e_char], code=antecedent.code, country=antecedent.country,
                      sector=antecedent.sector, name=antecedent.name, resolved_by="description",
                      role_date=antecedent.role_date)
        if at is not None:
            mention, _, span = out[at]
            out[at] = (mention, Actor(mention.start, mention.end, mention.text, code=actor.code,
                                      country=actor.country, sector=actor.sector, name=actor.name,
                                      resolved_by="description", role_date=actor.role_date), span)
            continue
        pos = bisect_right([a.start for _, a, _ in out], s_char)
        out.insert(pos, (Mention(s_char, e_char, actor.text, "NOUN"), actor, Span(doc, start, end)))

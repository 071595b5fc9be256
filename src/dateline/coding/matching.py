"""Matching lexicon entries against parse tokens: which entry (if any) a trigger token satisfies.

Checks are local to the token (its preposition/particle children, its direct object or passive subject,
the object of the required preposition, modifiers), so matching a sentence costs one index lookup per
token plus a handful of child checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..nlp_cache import children, doc_table
from ..records import fast_init
from .evaluations import criticism_by_naming
from .headlines import (headline_passive, headline_shaped, joint_subject_before, modified_object,
                        verb_as_modifier, verb_read_as_noun)
from .lexicon import Entry, Lexicon

__all__ = ["Match", "gapped_objects", "match_token", "objects_of", "lemmas_of", "prep_children", "prep_index",
           "pobjs_of", "trigger_memo"]

_MOD_DEPS = {"amod", "compound", "nmod", "npadvmod", "poss", "nummod"}
_PREP_DEPS = ("prep", "prt", "agent", "dative", "advmod")


@fast_init
@dataclass(frozen=True, slots=True)
class Match:
    token: Any
    entry: Entry
    obj: Any = None  # the object token a constraint matched (consumed: not coded again as a nominal)
    prep: Any = None  # the preposition token a constraint matched


def lemmas_of(tok: Any) -> set[str]:
    """Lemma, lower form and compound form ("war crimes", "war crime") of a token."""
    doc, i = tok.doc, tok.i
    t = doc_table(doc)
    lem, low = t.lemma[i].lower(), t.lower[i]
    out = {lem, low}
    comps = [c for c in children(doc)[i] if t.dep[c] in ("compound", "amod") and c == i - 1]
    if comps:
        out.add(f"{t.lower[comps[0]]} {low}")
        out.add(f"{t.lemma[comps[0]].lower()} {lem}")
    if t.pos[i] == "PROPN":  # a name under its title: "summoned Chinese Ambassador Wu Jianghao" (an ambassador)
        out.update(t.lower[c] for c in children(doc)[i] if t.dep[c] == "compound" and c < i)
    elif low in ("it", "them") and t.dep[i] in ("dobj", "obj") and t.dep[t.head[i]] == "conj":
        # "blocked the boat and rammed it": the pronoun object of a second verb is the first verb's object
        first = t.head[t.head[i]]
        out.update(t.lemma[c].lower() for c in children(doc)[first] if t.dep[c] in ("dobj", "obj") and c < i
                   and t.pos[c] == "NOUN")
    return out


def _adverbs_of(tok: Any) -> set[str]:
    """Lower-cased manner adverbs of a verb ("sexually" in "sexually assaulted")."""
    return {c.lower_ for c in tok.children if c.dep_ == "advmod" and c.tag_ == "RB"}


def _mods_of(tok: Any) -> set[str]:
    out: set[str] = set()
    doc, i = tok.doc, tok.i
    t, ch = doc_table(doc), children(doc)
    dep, lower = t.dep, t.lower
    for c in ch[i]:
        if dep[c] in _MOD_DEPS:
            out.add(t.lemma[c].lower())
            out.add(lower[c])
            if c >= 2 and t.text[c - 1] == "-":  # "live-fire drills": the lexicon names the hyphenated whole
                out.add(f"{lower[c - 2]}-{lower[c]}")
            for d in ch[c]:  # "air" in "air - strike" hangs off the hyphenated compound
                if dep[d] in ("compound", "amod", "punct"):
                    out.add(lower[d])
    # hyphenated or split forms: "air-strike", "air strike" parsed as separate words before the head
    if i > 0:
        prev = i - 1
        if t.text[prev] == "-" and i > 1:
            out.add(lower[i - 2])
        elif dep[prev] in _MOD_DEPS or t.pos[prev] in ("NOUN", "ADJ", "PROPN"):
            out.add(lower[prev])
    return out


# The walks below read child indices and dependency labels from the shared token table (`nlp_cache`) and
# make a spaCy `Token` only for the children they return: the same tokens, in the same order, as filtering
# `tok.children`, at a fraction of the cost (they run tens of thousands of times per hundred articles).


def objects_of(tok: Any) -> list[Any]:
    """Direct objects of a verb, or its passive subject ("sanctions were imposed")."""
    doc = tok.doc
    dep = doc_table(doc).dep
    kids = children(doc)[tok.i]
    objs = [doc[j] for j in kids if dep[j] in ("dobj", "obj")]
    if not objs:
        objs = [doc[j] for j in kids if dep[j] == "nsubjpass"]
    if not objs and any(dep[j] == "npadvmod" for j in kids) and headline_shaped(tok):
        # "Mali junta expels French ambassador": a headline's object read as a bare noun adverbial (never
        # a date, "met Tuesday")
        t = doc_table(doc)
        objs = [doc[j] for j in kids if dep[j] == "npadvmod" and j > tok.i and t.pos[j] in ("NOUN", "PROPN")
                and t.ent[j] not in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT")]
    if not objs and dep[tok.i] == "compound" and verb_as_modifier(tok):
        objs = [modified_object(tok)]  # "Chile and Peru sign trade agreement" (headlines.py)
    return objs


_TIME_ENTS = ("DATE", "TIME")


def gapped_objects(verb: Any) -> list[Any]:
    """Second objects of a gapped clause, which the parser joins to the first clause's date: "met Vucic in
    Belgrade on Thursday and Kurti in Pristina on Friday" ("Kurti" a conjunct of "Thursday")."""
    out = []
    for p in verb.children:
        if p.dep_ != "prep":
            continue
        for date in p.children:
            if date.dep_ == "pobj" and date.ent_type_ in _TIME_ENTS:
                out += [c for c in date.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
                        and c.ent_type_ not in _TIME_ENTS]
    return out


def prep_children(tok: Any, word: str, kids: list[Any] | None = None) -> list[Any]:
    """The token's preposition/particle children spelled `word`; `kids` may give `list(tok.children)`."""
    if kids is not None:
        return [c for c in kids if c.dep_ in _PREP_DEPS and c.lower_ == word]
    doc = tok.doc
    t = doc_table(doc)
    dep, lower = t.dep, t.lower
    return [doc[j] for j in children(doc)[tok.i] if dep[j] in _PREP_DEPS and lower[j] == word]


def prep_index(tok: Any) -> dict[str, list[int]]:
    """The token's preposition/particle children (indices, in order) by spelling: `prep_children(tok, w)`
    for every `w` at once, for callers that ask one token about several prepositions."""
    doc = tok.doc
    t = doc_table(doc)
    dep, lower = t.dep, t.lower
    out: dict[str, list[int]] = {}
    for j in children(doc)[tok.i]:
        if dep[j] in _PREP_DEPS:
            out.setdefault(lower[j], []).append(j)
    return out


def pobjs_of(prep: Any) -> list[Any]:
    doc = prep.doc
    dep = doc_table(doc).dep
    kids = children(doc)
    out = [j for j in kids[prep.i] if dep[j] in ("pobj", "pcomp", "dobj")]
    more = [c for o in out for c in kids[o] if dep[c] == "conj"]
    return [doc[j] for j in out + more]


def _preps_by_word(doc: Any, kids: list[int], t: Any) -> dict[str, list[Any]]:
    """The token's preposition/particle children (`kids`: their indices) by spelling, read once for all its
    candidate entries."""
    out: dict[str, list[Any]] = {}
    for c in kids:
        if t.dep[c] in _PREP_DEPS:
            out.setdefault(t.lower[c], []).append(doc[c])
    return out


class _Lemmas(dict):
    """`lemmas_of` per token index, computed once per matched token (entries test the same objects)."""

    def of(self, tok: Any) -> set[str]:
        got = self.get(tok.i)
        if got is None:
            got = self[tok.i] = lemmas_of(tok)
        return got


def _satisfies(tok: Any, e: Entry, objs: list[Any], preps_by: dict[str, list[Any]] | None = None,
               lemmas: _Lemmas | None = None) -> Match | None:
    obj_tok = None
    prep_tok = None
    lemmas = lemmas if lemmas is not None else _Lemmas()
    if e.prep:
        preps = preps_by.get(e.prep, []) if preps_by is not None else prep_children(tok, e.prep)
        if not preps and e.pos == "VERB":
            # "called Russia on" is rare; "call on" may hang the preposition off the object: "call Iran on"
            preps = [p for o in objs for p in prep_children(o, e.prep)]
        elif not preps and e.pos == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.i > tok.head.i:
            # "opened a hearing on Monday into ...": the parser hangs a late preposition off the verb
            preps = [p for p in prep_children(tok.head, e.prep) if p.i > tok.i]
        if not preps:
            return None
        prep_tok = preps[0]
        if e.pobj:
            hit = None
            for p in preps:
                for o in pobjs_of(p):
                    if lemmas.of(o) & e.pobj:
                        hit = (p, o)
                        break
                if hit:
                    break
            if not hit:
                return None
            prep_tok, obj_tok = hit
    elif e.pobj:
        return None
    if e.obj is not None and e.pos == "VERB":
        if "none" in e.obj:
            if objs:
                return None
        elif "*" in e.obj:
            if not objs:
                return None
        else:
            # "@person": any named person ("received army chief X"), whose title the name hides
            hit = next((o for o in objs if lemmas.of(o) & e.obj
                        or ("@person" in e.obj and o.ent_type_ == "PERSON")), None)
            if hit is None:
                return None
            obj_tok = hit
    if e.mod:
        holder = obj_tok if (e.pos == "VERB" and obj_tok is not None) else tok
        # a verb's own manner adverb also qualifies it: "sexually assaulted" is 1821, "assaulted" 182
        if not (_mods_of(holder) & e.mod) and not (e.pos == "VERB" and _adverbs_of(tok) & e.mod):
            return None
    return Match(tok, e, obj_tok, prep_tok)


# Quantities, parts and groups the object noun hides behind: "provided 500 tons of food aid", "suspended
# part of its aid program", "captured part of a rebel stronghold", "received a team of inspectors".
_MEASURES = {"ton", "tons", "tonne", "tonnes", "kilogram", "kg", "million", "billion", "thousand", "hundred",
             "dollar", "worth", "amount", "part", "portion", "batch", "consignment", "lot", "quantity", "pound",
             "truckload", "planeload", "package",
             # "received a mission of observers", "withdrew its team of inspectors"
             "mission", "team", "contingent", "group", "detachment",
             # "expelled dozens of diplomats", "arrested hundreds of protesters"
             "dozen", "dozens", "hundreds", "thousands", "scores", "millions", "billions",
             # "declared a state of emergency", "imposed a state of siege"
             "state",
             # "ended a second round of talks", "imposed a fresh round of sanctions"
             "round"}


def _through_measures(objs: list[Any]) -> list[Any]:
    out = list(objs)
    for o in objs:
        if o.lower_ in _MEASURES or o.lemma_.lower() in _MEASURES:
            out += [x for p in prep_children(o, "of") for x in pobjs_of(p)]
    return out


_BROKERS = frozenset({"broker", "mediate"})
_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
# Participles the parser tags as passive verbs that, after "be", say how the subject feels: the lexicon's
# adjective entries code them ("was gravely worried by the unrest" is 012 by the subject, not an act
# done to it by the violence).
_STATE_PARTICIPLES = frozenset({"concerned", "alarmed", "disappointed", "worried", "dismayed", "troubled",
                                "appalled", "outraged", "frustrated"})
# Clause relations a bare infinitive ("VB") legitimately holds: "helped them dispute", "will dispute".
_VB_CLAUSE_DEPS = {"ROOT", "xcomp", "ccomp", "conj", "relcl", "acl", "parataxis"}


def _noun_tagged_verb(tok: Any) -> bool:
    """A base-form "verb" with no subject, auxiliary, marker or "to", hanging where a clause cannot
    ("ending its fisheries dispute with ..." parsed as advcl "dispute"): the small model's noun/verb
    error. Such a token is matched as the noun it is."""
    if tok.tag_ != "VB" or tok.dep_ in _VB_CLAUSE_DEPS or verb_as_modifier(tok):
        return False
    dep, kids = doc_table(tok.doc).dep, children(tok.doc)[tok.i]
    return not any(dep[c] in ("aux", "auxpass", "nsubj", "nsubjpass", "mark", "neg") for c in kids)


# Named-entity types whose names contain event words ("Asia-Pacific Economic Cooperation", "Shanghai
# Cooperation Organisation", "Operation Desert Storm"): the word names a body or thing, not an act.
_NAME_ENTS = {"ORG", "FAC", "GPE", "LOC", "NORP", "PERSON", "WORK_OF_ART", "PRODUCT", "LAW"}


def _inside_name(tok: Any) -> bool:
    """Whether the token is a word inside a multi-word proper name, not at its edge as a lone word."""
    if tok.ent_type_ not in _NAME_ENTS or tok.ent_iob_ not in ("B", "I"):
        return False
    doc = tok.doc
    prev_in = tok.i > 0 and tok.ent_iob_ == "I"
    next_in = tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"
    return prev_in or next_in


class _TriggerMemo(dict):
    """(POS, lemma, lower, tag, headline) -> whether a token with these strings can find a candidate entry
    in the lexicon (the coder's per-token prefilter; `match_token` looks up the same keys). The answer
    depends on nothing else, so it is worked out once per distinct word and process, not per token."""

    __slots__ = ("lex",)

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self.lex = lex

    def __missing__(self, key: tuple[str, str, str, str, bool]) -> bool:
        pos_tag, lemma, lower, tag, headline = key
        lex, pos, lem = self.lex, _POS.get(pos_tag), lemma.lower()
        if pos is None:
            ok = False
        elif pos == "VERB":  # a verb by its lexicon lemma, or as a mistaken noun
            ok = bool(lex.may_match_verb(lem, lower, tag))
        else:  # "Malaysia Denounces ...": a headline's noun-tagged verb may be one
            ok = bool(lex.candidates(pos, lem) or lex.candidates(pos, lower)
                      or headline and pos_tag == "NOUN" and lex.may_match_verb(lem, lower, "VBZ"))
        if len(self) >= 200_000:  # bounded, so a long-running worker cannot grow it without limit
            self.clear()
        self[key] = ok
        return ok


_TRIGGER_MEMOS: list[_TriggerMemo] = []  # one per lexicon seen (a process normally has one)


def trigger_memo(lex: Lexicon) -> _TriggerMemo:
    """The prefilter memo of `lex` (see `_TriggerMemo`): index it with a token's strings, no call per token."""
    for memo in _TRIGGER_MEMOS:
        if memo.lex is lex:
            return memo
    memo = _TriggerMemo(lex)
    _TRIGGER_MEMOS[:] = [*_TRIGGER_MEMOS[-3:], memo]
    return memo


def match_token(tok: Any, lex: Lexicon) -> Match | None:
    """The most specific entry the token satisfies, or None. A match whose entry has no code is a veto."""
    pos = _POS.get(tok.pos_)
    if pos is None:
        return None
    if pos == "NOUN" and _inside_name(tok):
        return None  # "Economic Cooperation" inside an organisation's name
    if pos == "VERB" and tok.dep_ == "amod" and not any(c.dep_ == "nsubj" for c in tok.children):
        # "the disputed islands", "occupied territories": a participle describing a noun (but one with a
        # subject of its own is a misparsed clause: "A court in Tunis sentenced opposition leader X ...")
        return None
    if pos == "VERB" and _noun_tagged_verb(tok):
        pos = "NOUN"
    if pos == "VERB" and tok.tag_ == "VBN" and tok.lower_ in _STATE_PARTICIPLES and (
            tok.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in tok.children)):
        pos = "ADJ"  # "said it was gravely worried by", "he was alarmed by": a state of the subject
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without":
        return None  # "opened fire without warning", "held without charge": the act named did not happen
    lem = lex.lemma(tok) if pos == "VERB" else tok.lemma_.lower()
    cands = lex.candidates_for(pos, lem, tok.lower_)
    if pos == "NOUN" and tok.pos_ == "NOUN":
        verb_cands = lex.candidates_for("VERB", lem, tok.lower_)
        if verb_read_as_noun(tok, bool(verb_cands), bool(cands)):
            pos, cands = "VERB", verb_cands  # "Malaysia Denounces Actions By ...": the headline's verb
    if pos == "VERB" and (named := criticism_by_naming(tok, lem)) is not None:
        return Match(tok, named)  # "called the launch a provocation": criticism (evaluations.py)
    if not cands:
        return None
    if pos == "NOUN" and tok.text.isupper() and len(tok.text) > 1 and not lex.indexed(pos, lem, tok.lower_):
        return None  # an acronym is no plural: "AIDS" is not "aid" (the lexicon's singular fallback)
    objs = _through_measures(objects_of(tok)) if pos == "VERB" else []
    if pos == "VERB" and not objs and tok.pos_ == "NOUN" and joint_subject_before(tok):
        objs = [modified_object(tok)]  # "X and Y sign trade agreement" with the verb tagged a noun
    if pos == "VERB" and not objs and tok.dep_ == "acl" and tok.tag_ == "VBN" and lem in _BROKERS:
        objs = [tok.head]  # "a truce brokered by Qatar": the described noun is what was brokered
    elif pos == "VERB" and not objs and headline_passive(tok, lem):
        # "Curfew Imposed in Oman": a headline's passive without its auxiliary; the subject is the object
        objs = _through_measures([c for c in tok.children if c.dep_ == "nsubj"]
                                 or ([tok.head] if tok.dep_ == "acl" else []))
    best: Match | None = None
    # the token's children, listed once: each entry with a preposition would otherwise walk them again
    doc = tok.doc
    t, ch = doc_table(doc), children(doc)
    dep, lower = t.dep, t.lower
    kids = ch[tok.i] if len(cands) > 1 else None
    preps_by = _preps_by_word(doc, kids, t) if kids is not None else None
    lemmas = _Lemmas()
    # "agreed with strings attached to lift the embargo": an infinitive complement makes the verb a frame,
    # whatever adjunct also matched a more specific, frameless pattern ("agree with" = 019)
    framed = pos == "VERB" and kids is not None and any(
        dep[c] == "xcomp" and any(dep[a] == "aux" and lower[a] == "to" for a in ch[c]) for c in kids)
    for e in cands:  # most specific first: the first entry satisfied is the best one
        if framed and e.frame is None and e.prep and not e.pobj and any(c.frame for c in cands):
            continue
        if e.pos == "VERB" and e.obj is not None and (not objs if "none" not in e.obj else objs):
            continue  # the object constraint fails whatever else matches (as in _satisfies), without a call
        m = _satisfies(tok, e, objs, preps_by, lemmas)
        if m is None:
            continue
        if best is None:
            best = m
            if e.curated:
                return _defer_to_named_field(m, lex)
        elif e.curated:
            # a derived pattern may refine a curated verb's code within its root, never move it elsewhere
            if e.code and best.entry.code and e.code[:2] != best.entry.code[:2]:
                return m
            return best
    return best


def _defer_to_named_field(m: Match, lex: Lexicon) -> Match | None:
    """A light verb's generic object pattern gives way to its object noun when the noun names its own
    field: "expanded economic cooperation" is economic cooperation (061), not the verb's generic
    diplomatic 050. Returning None leaves the noun to be coded, with the light verb's subject as source."""
    e, obj = m.entry, m.obj
    if obj is None or e.pos != "VERB" or e.frame or e.mod or not e.code or lex.lemma(m.token) not in lex.light_verbs:
        return m
    nm = match_token(obj, lex) if obj.pos_ in ("NOUN", "PROPN") else None
    if nm is not None and nm.entry.mod and nm.entry.code and nm.entry.code != e.code:
        return None
    return m

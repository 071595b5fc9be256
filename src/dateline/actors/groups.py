"""Group phrases that stand for parties named before: "both sides", "the two countries", "all three leaders".

The members are the last parties named, walking back from the phrase, with two guards:

- the subjects of the clauses a group phrase sits in are no members of it: in "Saudi Arabia and the United
  States, which have mediated talks between the two sides, called on both parties to respect a ceasefire"
  the sides and the parties are the belligerents named before, not the mediators (the subject of "called",
  and the antecedent of "which"); in "Turkey said the deal was not aimed at anyone but urged both sides"
  Turkey is no side;
- a side is a country (its state, army and government are one side), except a non-state group, which is a
  side of its own: in a civil war "both sides" are the army (SDN) and the rebels (SDNREBRSF), which share a
  country; civilians, refugees, reporters and aid workers are nobody's side;
- two parties named as a pair ("urged Israel and Hamas to agree ... the two sides") in the last three
  paragraphs are the two sides, before any actor named after them (a mediator's spokesman, say);
- a bare definite plural of people ("the leaders", "the presidents", with no number) is a group only when
  two people were named as such a pair ("Modi and Putin met ... The leaders also held talks"), or a group
  phrase of people named them before ("the two leaders signed ... The leaders also held talks");
- a group of people ("the two presidents") is first sought among people (a name or a role): "talks between
  Russian and Ukrainian delegations ... The two presidents" are the two presidents named in the lede;
- the story's own pair (the two sides named together in the most paragraphs so far, at least twice) wins
  over a pair or the most named sides of the last paragraphs when it is named together at least twice as
  often: in a story about two neighbours, "Egypt signed a pact with Somalia ... Cairo and Addis Ababa have
  been at odds ... urged both governments" and "The United States condemned ... urged North Korea ... China
  called on both sides" mean the two neighbours, not the last pair or the last speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import combinations
from typing import Any

from ..model import Actor
from ..nlp_cache import doc_table
from .data import ActorDictionary
from .resolve import Context
from .venue import is_mediator

__all__ = ["group_members", "resolve_late_groups"]

# Sectors of armed or political groups that stand apart from their country's state: each is a side of its own.
# Every other actor of a country (its state, army, police, and its civilians) is that country's side.
_PARAGRAPH = re.compile(r"\n\n")
_GROUP_SECTORS = frozenset({"REB", "OPP", "UAF", "INS", "SEP"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# People a conflict happens to, or who report or treat it: never one of its sides.
_BYSTANDERS = frozenset({"CVL", "REF", "JRN", "MED", "HLH", "EDU", "NGO", "AGR"})
_RELATIVE = frozenset({"which", "who", "that", "whom"})
# People nouns that, as a bare definite plural ("the leaders"), stand for two people just named as a pair
# ("officials" never do: "the officials said" are others).
_PAIRED = frozenset({"leader", "minister", "president"})
# Verbs of addressing a group: their subject is none of it ("Qatar urged both sides").
_ADDRESS_VERBS = frozenset({"urge", "call", "ask", "press", "appeal", "tell", "invite", "encourage", "warn",
                            "exhort", "implore", "admonish"})


def _venue_before(text: str, a: Actor) -> bool:
    """A place named as where something happens ("a summit in Kuala Lumpur", "talks at Camp David"): no
    side of "both sides"."""
    return a.sector in (None, "GOV") and text[max(0, a.start - 4):a.start].lower() in (" in ", " at ")


def _own_subject(doc: Any, head_i: int) -> list[tuple[int, int]]:
    """Character ranges of the subjects (and their conjuncts) of the clauses a non-subject group phrase sits
    in, from its own clause up to the sentence's root ("Turkey said the deal was not aimed at anyone but
    urged both sides"): whoever addresses or reports the group is no member of it. A relative pronoun
    subject stands for the noun its clause qualifies."""
    tok = doc[head_i]
    if tok.dep_ in _SUBJECT_DEPS:
        return []
    out: list[tuple[int, int]] = []
    node = tok
    for _ in range(12):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in node.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None:
            continue
        if subj.lower_ in _RELATIVE and node.dep_ == "relcl":
            subj = node.head
        for t in (subj, *subj.conjuncts):
            # the noun with its premodifiers ("the African Union mediation panel"), not its relative clause
            out.append((min(t.left_edge.idx, t.idx), t.idx + len(t.text)))
            # and its apposition ("the peacekeeping force UNIFIL called on both sides": UNIFIL is no side)
            out += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in t.children
                    if c.dep_ == "appos"]
    return out


def _addresser(doc: Any, head_i: int) -> list[tuple[int, int]]:
    """The character range of the subject of the verb that addresses the group phrase at `head_i` ("urged
    both sides", "called on the two sides", "appealed to both countries"), else []."""
    tok = doc[head_i]
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in ("on", "to", "upon"):
        verb = verb.head
    elif tok.dep_ != "dobj":
        return []
    if verb.lemma_.lower() not in _ADDRESS_VERBS:
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("xcomp", "conj"):  # "was quoted as urging", "said and urged"
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    out = [(subj.left_edge.idx, max(t.idx + len(t.text) for t in (subj, *subj.conjuncts)))]
    if subj.pos_ == "NOUN" and verb.dep_ == "ccomp":
        # "a Qatari official said the mediators had urged both sides": the reporter speaks for them
        said = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if said is not None:
            out.append((said.left_edge.idx, said.idx + len(said.text)))
    return out


def _floor(ctx: Context, at: int | None = None) -> int:
    """Where the group phrase's paragraph (the one holding offset `at`, else the latest actor's) and the
    two before it begin (a wire paragraph is a sentence or two): how far back its parties may be named."""
    floor = at if at is not None else (ctx.actors[-1].end if ctx.actors else 0)
    for _ in range(3):
        floor = max(0, ctx.text.rfind("\n\n", 0, floor))
    return floor


def _last_pair(ctx: Context, eligible: Any, at: int | None = None) -> tuple[Actor, Actor] | None:
    """The last two actors named as a pair ("Israel and Hamas", "Armenia and Azerbaijan") in the group
    phrase's paragraph or the two before it, both `eligible`; None when there is none."""
    actors = ctx.actors
    if len(actors) < 2:
        return None
    floor = _floor(ctx, at)
    for k in range(len(actors) - 1, 0, -1):
        a, b = actors[k - 1], actors[k]
        if a.start < floor:
            break
        if ctx.text[a.end:b.start].strip() in ("and", "&") and eligible(a) and eligible(b):
            return a, b
    return None


def _named_pair(ctx: Context, doc: Any, head_i: int | None) -> tuple[str, str] | None:
    """A bare definite plural of people ("the leaders", "the presidents"), with no number to say it is a
    group: the two people named as a pair before it (`_last_pair`: "Modi and Putin met ..."), with codes of
    their own; None (no group phrase at all) when there is no such pair: "the leaders" of a story about
    one country are its leaders, not two actors named before."""
    own = _own_subject(doc, head_i) if doc is not None and head_i is not None else []

    def person(a: Actor) -> bool:
        if not a.resolved or a.members or (a.name is None and a.role is None) or a.sector in _BYSTANDERS:
            return False
        return not any(a.start <= s < a.end or s <= a.start < e for s, e in own)

    at = doc[head_i].idx if doc is not None and head_i is not None else None
    pair = _last_pair(ctx, person, at)
    if pair is not None and (pair[0].code == pair[1].code or _side(pair[0]) == _side(pair[1])):
        pair = None
    # or the people a group phrase named before ("hosted Putin, and the two leaders signed ... The leaders
    # also held talks"), when that phrase is later than the pair
    floor = _floor(ctx, at)
    group = next((a for a in reversed(ctx.actors) if a.members and a.start >= floor and a.text.split()
                  and a.text.split()[-1].lower().removesuffix("s") in _PAIRED), None)
    if group is not None and (pair is None or group.start > pair[1].start):
        return group.members
    if pair is None:
        return None
    return pair[0].code or "", pair[1].code or ""


def _side(a: Actor) -> str:
    return (a.code or a.country) if a.sector in _GROUP_SECTORS else a.country


def group_members(d: ActorDictionary, ctx: Context, words: list[str], root_lemma: str, raw_root_lemma: str,
                  doc: Any = None, head_i: int | None = None,
                  go_betweens: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
    """('RUS', 'CHN') for "both sides" / "the two countries"; () when the parties are unknown; None if no
    group.

    `words`: the phrase's lower-case tokens; `root_lemma` its root's folded lemma and `raw_root_lemma` its
    root's `lemma_`; `doc` and `head_i` (the root's index), when given, let the clause's own subject be
    left out (module docstring), and with them every actor of their side ("The Qatari prime minister called
    on the two sides": Qatar is none); `go_betweens`: sides known to mediate, no side either. `ctx.actors`
    holds the actors named so far, in text order.
    """
    each_pair = _each_the_other(doc, head_i)  # "each army accused the other"
    if root_lemma not in d.group_nouns and not each_pair:
        return None
    if len(words) == 1 and raw_root_lemma in _PAIRED and words[0] != raw_root_lemma and doc is not None \
            and head_i and doc[head_i - 1].lower_ == "the":  # the candidate span leaves the article out
        return _named_pair(ctx, doc, head_i)  # "Modi and Putin met ... The leaders also held talks"
    # "the sides" (no number) are the two sides all the same ("the sides of the road" are no parties)
    bare_sides = len(words) == 1 and words[0] == "sides" and doc is not None and bool(head_i) \
        and doc[head_i - 1].lower_ == "the" and not any(c.lower_ == "of" for c in doc[head_i].children)
    if len(words) < 2 and not (each_pair or bare_sides):
        return None
    quant = " ".join(words[:-1])
    people = raw_root_lemma in ("leader", "official", "minister", "president")
    if quant not in d.group_quantifiers and words[0] not in ("both",) and "two" not in words[:-1] \
            and not (each_pair or bare_sides):
        return None
    n = 3 if "three" in words else 2
    own = _own_subject(doc, head_i) if doc is not None and head_i is not None else []
    # whoever urges or calls on "both sides" is none of them, under any of its names ("relations between the
    # two countries", "benefits for both countries" may well include the speaker's); nor is a mediator
    addresser = _addresser(doc, head_i) if doc is not None and head_i is not None else []
    # (with no addresser, and below no own subject, the overlap tests are False for every actor: skipped)
    skip = go_betweens | ({_side(a) for a in ctx.actors if a.resolved and not a.members
                           and a.sector not in _BYSTANDERS
                           and any(a.start <= s < a.end or s <= a.start < e for s, e in addresser)}
                          if addresser else set())

    def eligible(a: Actor) -> bool:
        if not a.resolved or a.members or _venue_before(ctx.text, a) or a.sector in _BYSTANDERS:
            return False
        return _side(a) not in skip and not (own and any(a.start <= s < a.end or s <= a.start < e
                                                         for s, e in own))

    def key(a: Actor) -> str:
        return (a.code or "") if people else _side(a)

    local = _sentence_sides(ctx, doc, head_i, eligible, n)
    if local is not None:
        return tuple(key(a) for a in local)  # "Kishida held talks with Modi, and the two leaders agreed"
    if n == 2 and people:
        # "the two presidents": two people named as a pair before any pair of countries or delegations
        pair = _last_pair(ctx, lambda a: eligible(a) and (a.name is not None or a.role is not None))
        if pair is not None and _side(pair[0]) != _side(pair[1]):
            return key(pair[0]), key(pair[1])
    dyads = _dyads(ctx, eligible) if n == 2 else Counter()
    if n == 2:
        pair = _last_pair(ctx, eligible)
        if pair is not None and _side(pair[0]) != _side(pair[1]):
            story = None
            # a pair of an earlier paragraph may be a digression the story's own pair outweighs
            if doc is not None and head_i is not None \
                    and pair[1].start < _paragraph_start(ctx.text, doc[head_i].idx):
                story = _story_pair(ctx, dyads, {_side(pair[0]), _side(pair[1])}, eligible, key)
            return story or (key(pair[0]), key(pair[1]))  # "urged Israel and Hamas ... the two sides"
    # Without a pair, the sides named most often in the phrase's paragraph and the two before it, the later
    # first on a tie: a mediator or a proposer is named once, the belligerents again and again ("Israel
    # struck ... Hezbollah fired ... the Israeli military said ... France proposed ... UNIFIL called on both
    # sides"); with fewer than n sides there, the last ones named anywhere before.
    floor = _floor(ctx)
    seen: dict[str, list] = {}  # side -> [count in the window, last position, key]
    for order in range(len(ctx.actors) - 1, -1, -1):  # the latest first; before the window, only until n sides
        prev = ctx.actors[order]
        in_window = prev.start >= floor
        if not in_window and len(seen) >= n:
            break
        if not eligible(prev) or not (k := key(prev)):
            continue  # "X and Y called on both parties": X and Y are not the parties
        slot = seen.get(_side(prev))
        if slot is None:
            seen[_side(prev)] = [int(in_window), order, k]
        else:
            slot[0] += in_window
    ranked = sorted(seen.values(), key=lambda v: (v[0], v[1]), reverse=True)[:n]
    if len(ranked) < n:
        return ()
    if n == 2:
        sides = {s for s, v in seen.items() if v in ranked}
        story = _story_pair(ctx, dyads, sides, eligible, key)
        if story is not None:
            return story
    return tuple(v[2] for v in sorted(ranked, key=lambda v: v[1]))


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n\n", 0, at) + 1


def _dyads(ctx: Context, eligible: Any) -> Counter:
    """How many paragraphs so far name each pair of sides together (eligible actors only): a wire
    paragraph is a sentence or two, and a story's two parties come back together paragraph after
    paragraph."""
    breaks = [m.start() for m in _PARAGRAPH.finditer(ctx.text)]
    per: dict[int, set[str]] = {}
    for a in ctx.actors:
        if eligible(a) and (side := _side(a)):
            per.setdefault(bisect_right(breaks, a.start), set()).add(side)
    out: Counter = Counter()
    for sides in per.values():
        for x, y in combinations(sorted(sides), 2):
            out[(x, y)] += 1
    return out


def _story_pair(ctx: Context, dyads: Counter, chosen: set[str], eligible: Any,
                key: Any) -> tuple[str, ...] | None:
    """The story's own pair of sides (module docstring) instead of `chosen`, when it is another pair named
    together in at least two paragraphs and at least twice as often as `chosen`; None otherwise. Each
    side is given by its latest eligible actor, in order of their last mention."""
    if not dyads:
        return None
    best, score = dyads.most_common(1)[0]
    if score < 2 or set(best) == chosen or score < 2 * dyads.get(tuple(sorted(chosen)), 0):
        return None
    if sum(1 for v in dyads.values() if v == score) > 1:
        return None  # no one pair stands out
    last: dict[str, Actor] = {}
    for a in ctx.actors:
        if eligible(a) and _side(a) in best:
            last.pop(_side(a), None)
            last[_side(a)] = a
    keys = tuple(key(a) for a in last.values())
    return keys if len(keys) == 2 and all(keys) else None


def _sentence_sides(ctx: Context, doc: Any, head_i: int | None, eligible: Any, n: int) -> list[Actor] | None:
    """The parties named earlier in the group phrase's own sentence, when they are exactly `n` sides: the
    clause before it just named them ("Kishida held talks with Modi, and the two leaders agreed"), however
    often other people were named in the paragraphs before. The last mention of each side, in text order;
    None when the sentence names more or fewer sides before the phrase."""
    if doc is None or head_i is None:
        return None
    tok = doc[head_i]
    begin, at = tok.sent.start_char, tok.left_edge.idx
    last: dict[str, Actor] = {}
    for a in ctx.actors:
        if begin <= a.start and a.end <= at and eligible(a) and _side(a):
            last.pop(_side(a), None)
            last[_side(a)] = a
    return list(last.values()) if len(last) == n else None


def resolve_late_groups(d: ActorDictionary, ctx: Context, out: list, pending: list[tuple[int, int]],
                        table: Any, lemmas: list[str]) -> None:
    """Group phrases whose parties were unknown when the phrase was read, asked again once the stage has
    given unnamed groups their country ("the army ... the rebels ... the two sides"). `pending`: (index in
    `out`, root token index); `table`: the article's token table, `lemmas` its folded lemmas; `out`
    entries are replaced in place."""
    doc = out[0][2].doc if out else None
    go_betweens = frozenset(_side(a) for _, a, span in out
                            if a.resolved and not a.members and is_mediator(span))
    for i, head_i in pending:
        mention, actor, span = out[i]
        before = Context(date=ctx.date, text=ctx.text)
        before.actors = [a for _, a, _ in out[:i]]
        words = table.lower[span.start:span.end]
        group = group_members(d, before, words, lemmas[head_i], table.lemma[head_i], doc, head_i, go_betweens)
        if group:
            out[i] = (mention, Actor(actor.start, actor.end, actor.text, members=group, resolved_by="group",
                                     role_date=ctx.date), span)


def _each_the_other(doc: Any, head_i: int | None) -> bool:
    """"each army accused the other", "with each side blaming the other": a noun after "each" whose verb acts
    on "the other" names one of a pair (else "each member state" may be any number)."""
    if doc is None or not head_i or doc_table(doc).lower[head_i - 1] != "each":  # (no Token per candidate)
        return False
    verb = doc[head_i].head
    return any(t.lower_ == "other" and t.i > head_i and doc[t.i - 1].lower_ == "the" for t in verb.subtree)

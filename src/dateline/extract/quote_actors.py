"""Linking a speaker phrase to an `Actor` from the actors layer.

The actors stage owns resolution (`dateline.actors.lookup.actor_at/actors_in`); this module only picks,
among the actors it found inside a phrase, the one that speaks. When the actors layer has nothing there
(the stage is switched off, or the phrase is an unknown person), the phrase itself becomes an unresolved
`Actor` (`code=None`) so the quote still says who spoke in the article's own words: never a guess.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from ..model import Actor, Article

__all__ = ["ActorLookup", "lookup_functions", "phrase_span", "phrase_text"]

ActorAt = Callable[[Article, int, int], "Actor | None"]
ActorsIn = Callable[[Article, int, int], "list[Actor]"]


def _actors_in_layer(article: Article, start: int, end: int) -> list[Actor]:
    return [a for a in article.actors if a.start >= start and a.end <= end]


def _actor_at_layer(article: Article, start: int, end: int) -> Actor | None:
    """Best actor for a range: the longest inside it, else the shortest covering it."""
    inside = _actors_in_layer(article, start, end)
    if inside:
        return max(inside, key=lambda a: (a.resolved, a.end - a.start))
    covering = [a for a in article.actors if a.start <= start and a.end >= end]
    return min(covering, key=lambda a: a.end - a.start) if covering else None


def lookup_functions() -> tuple[ActorAt, ActorsIn, Callable[..., Any] | None]:
    """(actor_at, actors_in, resolve_phrase) from the actors package, or span lookups over `article.actors`
    while that package does not provide them (it is developed alongside; the layer contract is the same)."""
    try:
        from ..actors.lookup import actor_at, actors_in
    except ImportError:
        actor_at, actors_in = _actor_at_layer, _actors_in_layer
    try:
        from ..actors import resolve_phrase
    except ImportError:
        resolve_phrase = None
    return actor_at, actors_in, resolve_phrase


class ActorLookup:
    """Speaker linking for one article. Built once per article by the quotes stage."""

    def __init__(self, article: Article, funcs: tuple[ActorAt, ActorsIn, Callable[..., Any] | None]):
        self.article = article
        self.actor_at, self.actors_in, self.resolve_phrase = funcs

    def for_token(self, tok: Any) -> Actor | None:
        """The actor a noun phrase headed by `tok` refers to (see the module docstring for the fallback)."""
        core_start, core_end = _core_span(tok)
        full_start, full_end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        best = self.actor_at(self.article, core_start, core_end)
        if best is not None and best.resolved:
            return best
        resolved = [a for a in self.actors_in(self.article, full_start, full_end) if a.resolved]
        if resolved:
            # Prefer an actor inside the core ("spokesman Mao Ning") over one in a modifier
            # ("a spokeswoman for the foreign ministry" -> the ministry), then the earliest.
            resolved.sort(key=lambda a: (not (a.start >= core_start and a.end <= core_end), a.start))
            found = resolved[0]
            if tok.pos_ == "PROPN" and not (found.start >= core_start and found.end <= core_end):
                # "Dmitry Peskov, the Kremlin spokesman": the person speaks, with the role's affiliation.
                return dataclasses.replace(
                    found, start=core_start, end=core_end, text=self.article.text[core_start:core_end],
                    name=found.name or self.article.text[core_start:core_end],
                    resolved_by="apposition",
                )
            return found
        if best is not None:
            return best
        if tok.pos_ == "PRON":
            return None  # the caller decides what an unresolved pronoun refers to
        start, end = phrase_span(tok)
        return Actor(start=start, end=end, text=self.article.text[start:end])

    def for_modifiers(self, tok: Any) -> Actor | None:
        """The actor named by the modifiers of a document noun ("a Kremlin readout", "the ministry's
        statement"), or None: a document without an author is a source, not a speaker."""
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
            mods.extend(c for c in prep.children if c.dep_ == "pobj")
        for mod in mods:
            start, end = mod.left_edge.idx, mod.right_edge.idx + len(mod.right_edge)
            found = [a for a in self.actors_in(self.article, start, end) if a.resolved]
            if found:
                return found[0]
            if self.resolve_phrase is not None:
                text = self.article.text[start:end]
                actor = self.resolve_phrase(text, date=self.article.published)
                if actor is not None and actor.resolved:
                    # Re-anchor the bare-phrase actor on its place in this article.
                    return _reanchor(actor, start, end, text)
        # A named author the resolver does not know ("a Kremlin readout" with the actors stage off) is
        # still the speaker, unresolved; an adjective alone ("an official statement") names nobody.
        named = [m for m in mods if m.pos_ in ("PROPN", "NOUN") or m.ent_type_]
        if named:
            # The phrase up to the modifier's head word, so "the ministry's" reads "the ministry".
            start, end = named[0].left_edge.idx, named[0].idx + len(named[0])
            return Actor(start=start, end=end, text=self.article.text[start:end])
        return None


def _reanchor(actor: Actor, start: int, end: int, text: str) -> Actor:
    data = actor.to_dict()
    data.update(start=start, end=end, text=text)
    return Actor.from_dict(data)


def phrase_span(tok: Any, *, keep_appos: bool = False) -> tuple[int, int]:
    """Character range of a noun phrase's subtree, without a trailing relative clause, apposition or
    conjunct ("Dmitry Peskov, the Kremlin spokesman" -> "Dmitry Peskov"). Token offsets only: `Doc.text`
    rebuilds the whole text on every access."""
    right = tok
    for child in tok.rights:
        if child.dep_ in ("relcl", "appos", "punct", "acl", "cc", "conj"):
            # "the state-run newspaper China Daily": a name in apposition to a generic noun belongs to it.
            if keep_appos and child.dep_ == "appos" and child.i == right.i + 1:
                right = child.right_edge
                continue
            break
        right = child.right_edge
    doc = tok.doc
    lo, hi = tok.left_edge.i, right.i
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def phrase_text(tok: Any, *, keep_appos: bool = False) -> str:
    """The text of `phrase_span(tok)`, read from the tokens."""
    start, end = phrase_span(tok, keep_appos=keep_appos)
    doc = tok.doc
    toks = [t for t in doc[tok.left_edge.i : tok.right_edge.i + 1] if start <= t.idx < end]
    return "".join(t.text_with_ws for t in toks).strip()


def _core_span(tok: Any) -> tuple[int, int]:
    """The head noun with its left modifiers ("Foreign Ministry spokesperson Mao Ning"), without
    post-modifiers, appositions or relative clauses."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod", "case") and child.i < left.i:
            left = child.left_edge if child.dep_ in ("poss", "compound", "amod") else child
    return left.idx, tok.idx + len(tok)

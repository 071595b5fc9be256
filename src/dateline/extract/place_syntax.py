"""Towns the parser labels PERSON (or leaves untagged) where the syntax says they are places.

spaCy's small model often tags a foreign town it has not seen as a person ("Russian forces shelled Kherson",
"Rebels entered Goma", "Protesters marched through Kharkiv"), or tags nothing at all ("Shelling hit
Kharkiv"). `place_recall.person_spans` only takes PERSON names that are regions or countries, because many
towns share a name with people ("Austin", "Florence"). A town is taken here when all of these hold:

- the name is a gazetteer town of `MIN_POP`+ people, a region or a country (any of its names);
- its syntax is locative: the object of a locative preposition ("in", "near", "through", ...) or the
  direct object (or passive subject) of a verb of striking, taking or entering ("hit", "shelled",
  "captured", "entered");
- it is no person's name: not a person or surname the actor dictionary knows, not an actor the article
  resolved to a person, not after a title ("President ..."), not a given name the dictionary's people
  or the article's own PERSON names use ("Austin", "Florence").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Article
from ..nlp_cache import tokens
from .gazetteer import Gazetteer

__all__ = ["LOCATIVE_PREPS", "STRIKE_VERBS", "locative_spans"]

MIN_POP = 10_000
LOCATIVE_PREPS = frozenset({"in", "at", "near", "into", "from", "through", "across", "outside", "inside",
                            "around", "toward", "towards", "throughout"})
# Verbs whose object is a place struck, taken or entered (lemmas).
STRIKE_VERBS = frozenset({"hit", "strike", "shell", "attack", "enter", "capture", "seize", "bomb", "pound",
                          "raid", "storm", "besiege", "retake", "recapture", "overrun", "bombard", "liberate",
                          "occupy", "encircle", "surround", "target", "batter", "lash", "flood", "sweep",
                          "rock", "devastate", "evacuate", "blockade", "invade"})
_MAX_TOKENS = 3


_GIVEN: dict[int, tuple[Any, frozenset[str]]] = {}  # id(dictionary) -> (dictionary, its given names)


def _given_names(dictionary: Any) -> frozenset[str]:
    """First words of the dictionary's people's names ("Austin" of Austin Tice): given names; computed once
    per dictionary (the dictionary is unhashable, so keyed by identity and kept alive with its result)."""
    got = _GIVEN.get(id(dictionary))
    if got is None or got[0] is not dictionary:
        people = getattr(dictionary, "people", None) or ()
        names = frozenset(p.name.split()[0] for p in people if " " in p.name)
        got = _GIVEN[id(dictionary)] = (dictionary, names)
    return got[1]


def _locative(root: Any) -> bool:
    head = root.head
    if root.dep_ == "pobj":
        return head.dep_ == "prep" and head.lower_ in LOCATIVE_PREPS
    if root.dep_ in ("dobj", "nsubjpass"):
        return head.pos_ == "VERB" and head.lemma_.lower() in STRIKE_VERBS
    return False


def _town(gaz: Gazetteer, name: str) -> bool:
    return any(e.kind in ("C", "A") or (e.kind == "P" and e.population >= MIN_POP)
               for e, _ in gaz.lookup(name))


def _untagged_runs(article: Article, doc: Any, body: int) -> list[Any]:
    """Runs of capitalised proper nouns with no entity label ("Shelling hit Kharkiv": nothing tagged), read
    off the article's token table (no Token objects for the other words)."""
    t = tokens(article)
    pos, ent, text, idx = t.pos, t.ent, t.text, t.idx
    runs, i, n = [], 0, len(t)
    while i < n:
        if pos[i] == "PROPN" and not ent[i] and idx[i] >= body and text[i][:1].isupper():
            j = i + 1
            while j < n and pos[j] == "PROPN" and not ent[j] and text[j][:1].isupper():
                j += 1
            if j - i <= _MAX_TOKENS:
                runs.append(doc[i:j])
            i = j
        else:
            i += 1
    return runs


def locative_spans(article: Article, gaz: Gazetteer, is_person: Callable[..., bool], ents: Any = (),
                   dictionary: Any | None = None) -> list[tuple[int, int]]:
    """(start, end) of PERSON entities and untagged proper-noun runs that are towns in locative syntax and
    no one's name (module docstring)."""
    doc = article.doc
    if doc is None:
        return []
    body = article.body_start
    given = _given_names(dictionary) if dictionary is not None else frozenset()
    given |= {ent[0].text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
    spans = [ent for ent in ents
             if ent.label_ == "PERSON" and len(ent) <= _MAX_TOKENS and ent.start_char >= body]
    spans += _untagged_runs(article, doc, body)
    out: list[tuple[int, int]] = []
    for span in spans:
        text = span.text
        if text.endswith("'s") or text.endswith("\u2019s") or not text[:1].isupper():
            continue  # a possessor ("Kherson's mayor") is as often a person's
        if not _locative(span.root) or not _town(gaz, text):
            continue
        if len(span) == 1 and text in given:
            continue
        s, e = span.start_char, span.end_char
        if not is_person(text, s, e):
            out.append((s, e))
    return out

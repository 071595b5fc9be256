"""Toponyms the parser's entity labels miss, for the `places` stage (extract/places.py).

Two general causes, each guarded against people's names:

- a gazetteer region, country or named feature that spaCy labels PERSON ("Gauteng", "Minas Gerais",
  "Jefferson Parish"): taken when the name is the entry's own, the actor dictionary does not know it as a
  person, no actor for the mention names a person, and the article does not use it as someone's first name
  ("Georgia Brown");
- a later mention of a name the article already used as a place, which the parser tagged differently or
  not at all ("Chad, which borders ..." tagged PERSON, "NSW" untagged, "Esperance residents"): one sense
  per discourse, so the later mention takes the resolution of the first. Within a longer PERSON entity
  only the last word counts ("Village Malakal"), never the first ("Chad Smith").

Both read the doc's entities and one compiled pattern per article; no per-token table scans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ..model import Article
from .gazetteer import Gazetteer

__all__ = ["echo_spans", "person_spans", "people_guard"]

# Feature kinds a PERSON label cannot hide: a country, an admin area, a lake, range or landmark. Towns are
# left out: too many share a name with people ("Austin", "Florence", "Jackson").
_PERSON_SAFE_KINDS = ("C", "A", "H", "T")
_TITLES = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Gen|Col|Sgt|Capt|President|Minister|Senator|"
                     r"Governor|King|Queen|Prince|Princess|Judge|Rev|Father|Sister|Brother|Saint|St)\.?\s+$")


def people_guard(article: Article, dictionary: Any | None) -> Callable[..., bool]:
    """A test `is_person(text, start, end, strict=True)`: the actor dictionary knows `text` as a person (or,
    when strict, as a surname), or an actor found over the span names a person, or a title stands right
    before it. A later mention of a place is tested leniently: "Guerrero" the state is also a surname."""
    # a person actor carries the person's name and role (an organisation's name comes without a role)
    named = [(a.start, a.end) for a in article.actors if a.name and a.role]
    phrases = getattr(dictionary, "phrases", None) or {}
    surnames = getattr(dictionary, "surnames", None) or {}

    def is_person(text: str, start: int, end: int, strict: bool = True) -> bool:
        key = " ".join(text.lower().split())
        if any(e.kind == "person" for e in phrases.get(key, ())) or (strict and key in surnames):
            return True
        if any(s < end and start < e for s, e in named):
            return True
        return bool(_TITLES.search(article.text[max(0, start - 20):start]))

    return is_person


def _first_names(ents: Any) -> set[str]:
    """Words that open a multi-word PERSON entity in the article: given names, here."""
    return {ent[0].text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}


def person_spans(article: Article, gaz: Gazetteer, is_person: Callable[..., bool],
                 ents: Any = ()) -> list[tuple[int, int]]:
    """PERSON entities (of `ents`, the doc's entities) that are a gazetteer country, region or feature by
    its own name (see module doc)."""
    given = _first_names(ents)
    out: list[tuple[int, int]] = []
    for ent in ents:
        if ent.label_ != "PERSON" or ent.start_char < article.body_start:
            continue
        text = ent.text
        if text.endswith("'s") or text.endswith("\u2019s"):
            text = text[:-2]
        if not text[:1].isupper() or (len(ent) == 1 and text in given):
            continue
        if not any(primary and e.kind in _PERSON_SAFE_KINDS for e, primary in gaz.lookup(text)):
            continue
        s, e = ent.start_char, ent.start_char + len(text)
        if not is_person(text, s, e):
            out.append((s, e))
    return out


def _mentions(text: str, names: list[str], start: int) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of `names` from `start` on, longest name first where they overlap (str.find:
    a handful of names per article, no pattern to compile)."""
    found: list[tuple[int, int, str]] = []
    for name in names:
        i = text.find(name, start)
        while i >= 0:
            j = i + len(name)
            before = text[i - 1] if i else " "
            after = text[j:j + 2]
            if not (before.isalnum() or before in "-'_") and not (after[:1].isalnum() or after[:1] in "-_") \
                    and not (after[:1] == "'" and after[1:2].isalpha() and after[1:2] != "s"):
                if all(j <= a or i >= b for a, b, _ in found):
                    found.append((i, j, name))
            i = text.find(name, j)
    return sorted(found)


def echo_spans(article: Article, names: Iterable[str], taken: list[tuple[int, int]],
               is_person: Callable[..., bool], ents: Any = ()) -> list[tuple[int, int, str]]:
    """Later (or earlier) mentions of `names` (surface forms the article already resolved as places) that
    no span covers yet: (start, end, name). Whole words, same capitalisation."""
    names = sorted({n for n in names if len(n) >= 3 and n[:1].isupper()}, key=len, reverse=True)
    if not names:
        return []
    text = article.text
    persons = [(ent.start_char, ent.end_char, len(ent) > 1) for ent in ents if ent.label_ == "PERSON"]
    out: list[tuple[int, int, str]] = []
    for s, e, name in _mentions(text, names, article.body_start):
        if any(a < e and s < b for a, b in taken):
            continue
        inside = next(((a, b, multi) for a, b, multi in persons if a <= s and e <= b), None)
        if inside is not None and inside[2] and text[e:inside[1]].strip(" '\u2019s"):
            continue  # the first word of a longer name ("Chad Smith"): a person
        if is_person(name, s, e, False) or (inside is not None and is_person(text[inside[0]:inside[1]],
                                                                                   *inside[:2], False)):
            continue
        out.append((s, e, name))
    return out

"""Words of a longer name that are not places by themselves, for the `places` stage (extract/places.py).

"the Rapid Support Forces", "the Popular Mobilization Forces", "the Free Syrian Army": a capitalised word
that opens or sits inside an organisation's or armed group's name can match a gazetteer entry ("Rapid" is
an alternate name of Rapid City) without naming a place. A candidate that is only part of a run of
capitalised words, where that run lies inside an ORG entity or a resolved actor mention, is kept only when
it is a name of a country or region, the primary name of a world region or feature ("South Asia"), or of
a town of 50,000+ people ("U.S. Army", "Kenya Red Cross", "Moscow City Court"): an alternate name, or a
small town's, is the group's word, not its base ("Pan" in Pan American Health Organization is Hpa-An's).
A name that is the whole capitalised run ("police in Bucha", "the University of Minnesota") is untouched.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Article
from .gazetteer import Gazetteer

__all__ = ["drop_name_parts", "is_name_word", "person_words"]

_MIN_POP = 50_000


def _run_of(text: str, s: int, e: int) -> tuple[int, int]:
    """The run of capitalised words (joined by single spaces) around text[s:e]."""
    a, b = s, e
    while True:
        m = re.search(r"([A-Z\u00c0-\u00de][\w.'\u2019\-]*) $", text[max(0, a - 40):a])
        if m is None or m.group(1) in ("The", "A", "An"):  # "The European Union": an article, no name
            break
        a -= len(m.group(0))
    while True:
        m = re.match(r" ([A-Z\u00c0-\u00de][\w.'\u2019\-]*)", text[b:b + 40])
        if m is None:
            break
        b += len(m.group(0))
    return a, b


def _strong(gaz: Gazetteer, name: str) -> bool:
    # a country's or region's other names are its own ("U.S.", "DRC"); a town's or feature's alternates
    # are not ("Pan" for Hpa-An, "Atlantic" for the ocean)
    return any(e.kind in ("C", "A")
               or (primary and (e.kind in ("L", "H", "T", "S") or e.population >= _MIN_POP))
               for e, primary in gaz.lookup(name))


def drop_name_parts(article: Article, gaz: Gazetteer, spans: list[tuple[int, int, bool]],
                    ents: Any = ()) -> list[tuple[int, int, bool]]:
    """`spans` (start, end, is_region) less the ones that are only a word of a longer organisation or group
    name (see module doc). `ents`: the doc's entities (ORG ones are names); the article's actor mentions
    count as names too."""
    names = [(ent.start_char, ent.end_char) for ent in ents if ent.label_ == "ORG"]
    # resolved mentions only (an unresolved one is any noun phrase: "Randwick Racecourse"), and not a
    # person's: "Bucha Mayor Anatoliy Fedoruk" opens with the town the person serves
    names += [(a.start, a.end) for a in article.actors
              if a.code and a.end > a.start and not (a.name and a.role)]
    if not names:
        return spans
    text = article.text
    out: list[tuple[int, int, bool]] = []
    for s, e, region in spans:
        if not region:
            a, b = _run_of(text, s, e)
            # the trailing "'s" of a possessive is not part of the name's run ("Kenya's Red Cross" aside)
            if text[b - 2:b] in ("'s", "\u2019s"):
                b -= 2
            if (a < s or b > e) and any(x <= a and b <= y and (y - x) > (e - s) for x, y in names) \
                    and not _strong(gaz, text[s:e]):
                continue
        out.append((s, e, region))
    return out


def person_words(article: Article, ents: Any = ()) -> set[str]:
    """Capitalised words of the names of the article's resolved person actors (with a role, or over a
    multi-word PERSON entity: "Pyongyang's leader Kim Jong Un"). A later bare "Kim said" refers back to
    that person, and is no town named Kim."""
    people = [(ent.start_char, ent.end_char) for ent in ents if ent.label_ == "PERSON" and len(ent) > 1]
    # a resolved actor only: the parser's PERSON tag alone is too loose ("Reston Ebola", "Malakal Airport")
    names = [a.name for a in article.actors if a.code and a.name and " " in a.name
             and (a.role or any(s < a.end and a.start < e for s, e in people))]
    return {w for n in names for w in re.split(r"[\s\-]+", n.removesuffix("'s").removesuffix("\u2019s"))
            if w[:1].isupper() and len(w) > 1}


def is_name_word(gaz: Gazetteer, phrase: str, words: set[str]) -> bool:
    """Whether `phrase` is one word of a person's name in the article (`person_words`) and not a country or
    region by its own name: "Kim" (Kim Jong Un) is no town of India; "Jordan" stays the country."""
    return phrase in words and not any(e.kind in ("C", "A") for e, _ in gaz.lookup(phrase))

"""Names the gazetteer lacks as written, for the `places` stage: the ranking score shared with places.py,
features named after a town, and other transliterations.

- `namesake`: "Salinas Valley", "Da Nang International Airport", "Lake Erie", "Greater Mumbai", "North
  Dallas", "City of Santa Ana": the place the feature or district is named after, only in one of the
  article's countries ("Islington Bay" in a New Zealand story is not in London);
- `transliterated`: a region or big town of one of the article's countries spelled another way
  ("Menoufia" for Al Minufiyah), by consonant skeleton (gazetteer.skeleton).
"""

from __future__ import annotations

import math
import re

from .gazetteer import Entry, Gazetteer, skeleton

__all__ = ["FEATURE_WORDS", "GENERIC_WORDS", "KIND_BONUS", "NAME_PARTICLES", "namesake", "score",
           "transliterated"]

# A feature or part of a town named after a place: "X Valley", "X International Airport", "Lake X",
# "Greater X", "North X" (the district of a city, as "North Dallas").
_FEATURE_RE = re.compile(r"(?:(?P<base>.+?)\s+(?:(?:International\s+)?Airport|Valley|Bay|Harbou?r|Island|"
                         r"Delta|River|Lake|Mountains|Hills|Peninsula|Basin|Creek|Plain|Plains)"
                         r"|(?:Lake|Mount|Greater|(?:City|Town|Village|Port) of)\s+(?P<base2>.+)"
                         r"|(?:North|South|East|West|Central|Downtown|Northern|Southern|Eastern|Western|"
                         r"Mid)[\s\-](?P<base3>[A-Z].+))$")
# Ranking: log population plus a bonus by kind (country > world region > admin area > feature > town).
KIND_BONUS = {"C": 4.0, "A": 1.5, "L": 3.0, "P": 0.0, "H": 1.0, "T": 1.0, "S": 1.0}
GENERIC_WORDS = {"central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                 "union", "united", "new", "great", "upper", "lower", "greater", "middle", "bab"}
# Words that name the kind of a feature ("Mahim Bay" is no "Bay", Somalia's region) or open an Arabic
# place name ("Abu Shok" is no "Abu", the Indian town): never a place on their own inside a longer name.
FEATURE_WORDS = {"bay", "island", "islands", "valley", "lake", "river", "delta", "creek", "harbour", "harbor",
                 "airport", "square", "park", "hill", "hills", "mountain", "mountains", "beach", "port",
                 "point", "plateau", "plain", "plains", "basin", "coast", "peninsula"}
NAME_PARTICLES = {"abu", "ain", "al", "el", "bab", "beit", "bir", "deir", "kafr", "ras", "sidi", "tel", "umm",
                  "wadi", "jebel", "goz"}


def score(entry: Entry, primary: bool, context: dict[str, float]) -> float:
    """How strongly `entry` answers to a name: population, kind, own name or alternate, and `context`
    (ISO3 -> bonus for the article's countries)."""
    s = math.log10(entry.population + 10) + KIND_BONUS[entry.kind]
    if not primary:
        s -= 1.5  # an alternate name is weaker evidence than the entry's own name
    if entry.country:
        s += context.get(entry.country, 0.0)
    return s


def namesake(name: str, gaz: Gazetteer, ctx: dict[str, float]) -> Entry | None:
    """A feature or district the gazetteer lacks, by the place it is named after (see module doc)."""
    m = _FEATURE_RE.match(name.strip())
    if m is None:
        return None
    base = m.group("base") or m.group("base2") or m.group("base3")
    # "North Dallas" is a part of Dallas; "Central Plateau" is no part of a village called Plateau
    min_pop = 20_000 if m.group("base3") else 0
    cands = [(e, p) for e, p in gaz.lookup(base) if ctx.get(e.country or "", 0.0) > 0
             and (e.kind == "A" or (e.kind == "P" and e.population >= min_pop))]
    if not cands or base.lower() in GENERIC_WORDS or base.lower() in FEATURE_WORDS:
        return None
    return max(cands, key=lambda c: score(c[0], c[1], ctx))[0]


def transliterated(name: str, gaz: Gazetteer, ctx: dict[str, float]) -> Entry | None:
    """A region or big town of one of the article's countries spelled another way ("Menoufia" for Al
    Minufiyah), by consonant skeleton (gazetteer.skeleton)."""
    if len(name) < 5 or not name[:1].isupper() or name.isupper():
        return None
    # a few consonants are a weak key: three will do for a region ("mnf"), a town needs five ("Kisima" is
    # no Kisumu, "Njenga" no Ngong)
    short = len(skeleton(name)) < 5
    cands = [e for e in gaz.lookup_skeleton(name) if ctx.get(e.country or "", 0.0) >= 2.0
             and not (short and e.kind == "P")]
    return max(cands, key=lambda e: score(e, True, ctx), default=None)

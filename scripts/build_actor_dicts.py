#!/usr/bin/env python3
"""Build dateline's shipped actor dictionary from ../shared/reference and the curated TOML files.

    python scripts/build_actor_dicts.py [--reference ../shared/reference] [--out src/dateline/data/actors]

Reads (see NOTICE for licences):
  cia_factbook_countries/countries.csv, current_executives.csv   (public domain / CC0)
  geonames_countries/countries.csv                                (CC BY 4.0, attribution in NOTICE)
  wikidata_officeholders_everypolitician/officeholders.csv         (CC0)
  phoenix_cameo_dictionaries/actors_countries.jsonl, agents.csv,
      organizations_international.csv                              (MIT, Open Event Data Alliance)
  state_media_seed/state_media_seed.csv                            (CC0)
  cameo_verbs_agents/actors.jsonl (Phoenix.MilNonState entries)    (MIT, Open Event Data)
  src/dateline/data/actors/curated/*.toml                          (ours)
Writes `actors.json.gz` (format documented in dateline.actors.data) and prints a summary. The output is
deterministic for the same inputs, so a rebuild that changes nothing leaves the file byte-identical.
People and their dated terms are loaded by `actor_people.py`; the shared readers live in `actor_sources.py`.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
import tomllib
from pathlib import Path

from dateline.actors.data import norm as fold  # the runtime's own folding, so keys match at lookup
from dateline.actors.data import pad_date

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules below
from actor_people import (People, _surname_of, english_given_names, load_curated_leaders,  # noqa: E402
                          load_factbook_executives, load_phoenix_people, load_wikidata)
from actor_sources import _dedup, read_csv, read_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REF = ROOT.parent / "shared" / "reference"
DEFAULT_OUT = ROOT / "src" / "dateline" / "data" / "actors"
CURATED = DEFAULT_OUT / "curated"


# ---------------------------------------------------------------- countries

def _split_names(value: str) -> list[str]:
    value = html.unescape(value or "")
    if not value or value.lower() == "none":
        return []
    value = re.sub(r"\bnote\b.*$", "", value)
    out = []
    for part in re.split(r"[;,]| or |/", value):
        part = re.sub(r"\(.*?\)", "", part).strip(" .")
        if part and part.lower() != "none" and len(part) < 60:
            out.append(part)
    return out


def _demonyms(value: str) -> list[str]:
    value = html.unescape(value or "")
    out = []
    for part in re.split(r"[,;]| or ", value):
        part = re.sub(r"\((singular and plural|collective plural|or [^)]*)\)", "", part).strip()
        m = re.match(r"^([A-Z][\w'\- ]+?)\((s|es|men|women)\)$", part.replace(" (", "("))
        if m:
            base = m.group(1).strip()
            out.append(base)
            suffix = m.group(2)
            out.append(base[:-3] + suffix if suffix in ("men", "women") else base + suffix)
        elif part and part.lower() != "none":
            out.append(part.strip())
    return [o for o in out if o and len(o) < 40]


def _capitals(value: str) -> list[str]:
    """Capital names of a Factbook capital field, with the alternative spellings it gives in parentheses:
    "Pristina (Prishtine, Prishtina)", "Chisinau in Romanian (Kishinev in Russian)", "Nay Pyi Taw is the
    administrative capital"; not its notes ("(on Efate)", "(political capital)")."""
    value = html.unescape(value or "")
    value = value.split("; note")[0]
    out = []
    for part in _outside_parentheses(value):
        m = re.match(r"\s*([^()]+?)\s*(\((.*)\))?\s*$", part)
        if not m:
            continue
        name = m.group(1).strip()
        name = re.sub(r"\s+is the\b.*$", "", name)
        name = re.sub(r"\s+in [A-Z][a-z]+$", "", name)  # "Chisinau in Romanian"
        if name and len(name) < 40 and name[0].isupper():
            out.append(name)
        note = m.group(3) or ""
        alt = re.match(r"(?:aka )?([A-Z][\w\- ]+?) is the transliteration", note)
        if alt:
            out.append(alt.group(1))
            continue
        for other in re.split(r"[,/]", note):
            other = re.sub(r"^aka ", "", other.strip())
            other = re.sub(r"\s+in [A-Z][a-z]+$", "", other)
            words = other.split()
            if words and other[0].isupper() and len(words) <= 3 and not _NOTE_WORDS & {w.lower() for w in words}:
                out.append(other)
    return out


# Words of a note in a capital's parentheses, which then gives no other name of the capital.
_NOTE_WORDS = frozenset({"capital", "government", "located", "on", "seat", "center", "centre", "base",
                         "belgium", "france", "germany", "luxembourg", "continues"})


def _outside_parentheses(value: str) -> list[str]:
    """`value` split at commas and semicolons that are not inside parentheses."""
    parts, depth, cur = [], 0, ""
    for ch in value:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ",;" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    return parts + [cur]


def build_countries(ref: Path, curated: dict) -> tuple[list[dict], dict[str, str]]:
    geo = {r["iso3"]: r for r in read_csv(ref / "geonames_countries" / "countries.csv") if r["iso3"]}
    fact = {r["iso3"]: r for r in read_csv(ref / "cia_factbook_countries" / "countries.csv") if r["iso3"]}
    countries: dict[str, dict] = {}
    for iso3 in sorted(set(geo) | set(fact)):
        g, f = geo.get(iso3, {}), fact.get(iso3, {})
        name = g.get("name") or html.unescape(f.get("conventional_short", "")) or iso3
        names = [name]
        if f:
            for key in ("conventional_short", "conventional_long", "local_short", "former", "abbreviation"):
                if key == "local_short" and not f[key].isascii():
                    continue
                names += _split_names(f[key]) if key != "conventional_long" else [html.unescape(f[key])]
        names = [n for n in names if n and n.lower() != "none" and not n.startswith("note")]
        # wire copy abbreviates "Saint" ("St. Kitts and Nevis", "St Lucia")
        names += [abbr + n[5:] for n in names if n.startswith("Saint ") for abbr in ("St.", "St")]
        adjectives = _demonyms(f.get("nationality_adjective", "")) + _demonyms(f.get("nationality_noun", ""))
        capitals = _capitals(f.get("capital", "")) or ([g["capital"]] if g.get("capital") else [])
        gov = (f.get("government_type") or "").lower()
        # The chief executive: parliamentary systems are led by the head of government.
        executive = "head_of_government" if "parliamentary" in gov and "presidential" not in gov else "head_of_state"
        countries[iso3] = {"iso3": iso3, "cameo": iso3, "name": name, "names": names, "adjectives": adjectives,
                           "seats": {c: "GOV" for c in capitals}, "executive": executive,
                           "continent": g.get("continentcode", "")}
    for iso3, extra in curated.items():
        if iso3 == "ambiguous":
            continue
        c = countries.setdefault(iso3, {"iso3": iso3, "cameo": iso3, "name": (extra.get("names") or [iso3])[0],
                                        "names": [], "adjectives": [], "seats": {},
                                        "executive": "head_of_state", "continent": ""})
        c["cameo"] = extra.get("cameo", c["cameo"])
        c["names"] += extra.get("names", [])
        c["adjectives"] += extra.get("adjectives", [])
        c["seats"].update(extra.get("seats", {}))
    ambiguous = {fold(k): v for k, v in curated.get("ambiguous", {}).items()}
    out = []
    for c in countries.values():
        c["names"] = _dedup([n for n in c["names"] if fold(n) not in ambiguous])
        c["adjectives"] = _dedup(a for a in c["adjectives"] if fold(a) not in ambiguous)
        c["seats"] = {k: v for k, v in sorted(c["seats"].items()) if fold(k) not in ambiguous}
        out.append(c)
    # A name or adjective claimed by several entries ("Chinese": China and Macau) stays with the most
    # populous one; the others would only add ambiguity.
    pop = {iso3: int(g.get("population") or 0) for iso3, g in geo.items()}
    owner: dict[str, str] = {}
    # ... except a form the curated table gives a country by hand: "Belgrade" is Serbia's seat, though the
    # more populous former Serbia and Montenegro still lists it as its capital
    for iso3, extra in curated.items():
        if iso3 != "ambiguous":
            for n in [*extra.get("names", []), *extra.get("adjectives", []), *extra.get("seats", {})]:
                if fold(n) not in ambiguous:
                    owner.setdefault(fold(n), iso3)
    for c in sorted(out, key=lambda c: -pop.get(c["iso3"], 0)):
        for n in c["names"] + c["adjectives"] + list(c["seats"]):
            owner.setdefault(fold(n), c["iso3"])
    for c in out:
        c["names"] = [n for n in c["names"] if owner[fold(n)] == c["iso3"]]
        c["adjectives"] = [n for n in c["adjectives"] if owner[fold(n)] == c["iso3"]]
        c["seats"] = {k: v for k, v in c["seats"].items() if owner[fold(k)] == c["iso3"]}
    name_index = {fold(n): c["iso3"] for c in out for n in c["names"]}
    return out, name_index


# ---------------------------------------------------------------- organisations, media, lexicon

def load_orgs(ref: Path, curated_path: Path) -> list[dict]:
    orgs = []
    for o in tomllib.loads(curated_path.read_text("utf-8"))["org"]:
        code = o["code"]
        default_country = code[:6] if code.startswith("IGO") else code[:3]
        orgs.append({"code": code, "country": o.get("country") or default_country, "sector": o.get("sector"),
                     "names": o["names"], "cased": o.get("cased", []),
                     "kind": "igo" if code.startswith("IGO") else "group"})
    known = {fold(n) for o in orgs for n in o["names"]}
    grouped: dict[str, dict] = {}
    for r in read_csv(ref / "phoenix_cameo_dictionaries" / "organizations_international.csv"):
        if r["code_type"] not in ("IGO", "NGO") or fold(r["alias"]) in known or len(r["alias"]) < 3:
            continue
        if not re.fullmatch(r"[A-Z]{3,}", r["code"][:3]):
            continue
        g = grouped.setdefault(r["name"], {"code": r["code"], "country": r["code"][:6] if r["code_type"] == "IGO"
                                           else "NGO", "sector": None, "names": [], "cased": [],
                                           "kind": r["code_type"].lower()})
        alias = r["alias"] if not r["alias"].isupper() or len(r["alias"]) <= 6 else r["alias"].title()
        if r["alias"].isupper() and len(r["alias"]) <= 6:
            g["cased"].append(alias)
        g["names"].append(alias)
    for g in grouped.values():
        g["names"] = _dedup(g["names"])
        orgs.append(g)
    return orgs


# Old CAMEO country prefixes in the non-state actor dictionary that name today's ISO countries.
OLD_CAMEO_PREFIX = {"ANG": "AGO", "JAP": "JPN", "ITL": "ITA", "GRB": "GBR"}


def load_nonstate(ref: Path, codes: set[str], taken: set[str]) -> list[dict]:
    """Armed and militant non-state groups from PETRARCH2's Phoenix.MilNonState dictionary ("UNITA" ->
    AGOREB, "al-Shabaab" -> SOMREB...). Only codes whose prefix is a country or IMG (international militant
    group) are kept: region- and INT-prefixed groups would name no country. Surface forms already claimed
    by a country, person or organisation stay with that entry."""
    out = []
    for r in read_jsonl(ref / "cameo_verbs_agents" / "actors.jsonl"):
        if "MilNonState" not in r.get("source_file", "") or len(r["codes"]) != 1:
            continue
        code_row = r["codes"][0]
        if code_row.get("date_restriction"):
            continue  # a dated entry is a person's term, not a group
        code = code_row["code"]
        prefix = OLD_CAMEO_PREFIX.get(code[:3], code[:3])
        if prefix not in codes and prefix != "IMG":
            continue
        code = prefix + code[3:]
        sector = code[3:6] if prefix != "IMG" and code[3:6] in ("REB", "UAF", "OPP", "MIL") else None
        names, cased = [], []
        for raw in [r["name"], *r.get("synonyms", [])]:
            acronym = re.search(r"\(([A-Z/\-]{2,8})\)\s*$", raw)
            base = re.sub(r"\(.*?\)", "", raw).strip()
            forms = [base] + ([acronym.group(1)] if acronym else [])
            for form in forms:
                if len(form) < 3 or fold(form) in taken:
                    continue
                if form.isupper() and len(form.replace("-", "")) <= 6 and " " not in form:
                    cased.append(form)  # an acronym ("UNITA", "HSM") only in capitals
                    names.append(form)
                else:
                    names.append(form.title().replace("'S ", "'s ").replace("Al-", "al-"))
        names = _dedup(names)
        if names:
            out.append({"code": code, "country": prefix, "sector": sector, "names": names,
                        "cased": _dedup(cased), "kind": "group"})
    return out


def load_media(ref: Path) -> list[dict]:
    out = []
    skip = {"AA", "DD", "MAP", "APP", "INA", "RIA", "SPA"}  # too ambiguous as bare words in text
    for r in read_csv(ref / "state_media_seed" / "state_media_seed.csv"):
        names = [r["name"], *[a for a in r["aliases"].split("|") if a]]
        names = [n for n in names if n not in skip]
        cased = [n for n in names if n.isupper() and len(n) <= 5]
        out.append({"code": r["country_iso3"] + "MED", "country": r["country_iso3"], "sector": "MED",
                    "names": names, "cased": cased, "kind": "media", "ownership": r["ownership"]})
    return out


def load_phoenix_agents(ref: Path, lexicon_sectors: dict[str, str]) -> dict[str, str]:
    known_sectors = {"GOV", "MIL", "REB", "OPP", "BUS", "CVL", "JUD", "COP", "MED", "LEG", "HLH", "EDU", "UAF",
                     "SPY", "REF", "LAB", "AGR", "CRM", "REL", "ELI", "PTY", "NGO", "ENV", "HRI"}
    out: dict[str, str] = {}
    for r in read_csv(ref / "phoenix_cameo_dictionaries" / "agents.csv"):
        phrase, code = r["phrase"], r["agent_code"].lstrip("~")
        if "!" in phrase or "{" in phrase or code[:3] not in known_sectors:
            continue
        key = fold(phrase)
        if key not in lexicon_sectors and len(key) > 2:
            out[key] = code[:3]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REF)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    ref = args.reference
    curated_countries = tomllib.loads((CURATED / "countries.toml").read_text("utf-8"))
    lexicon = tomllib.loads((CURATED / "lexicon.toml").read_text("utf-8"))
    countries, name_index = build_countries(ref, curated_countries)
    codes = {c["iso3"] for c in countries}
    people = People()
    n_wd = load_wikidata(ref, people, name_index)
    n_ph, organs = load_phoenix_people(ref, people, codes)
    n_fb = load_factbook_executives(ref, people)
    n_cur = load_curated_leaders(CURATED / "leaders.toml", people, name_index)
    orgs = load_orgs(ref, CURATED / "orgs.toml") + load_media(ref) + organs
    taken = {fold(n) for o in orgs for n in o["names"]} | set(name_index)
    taken |= {fold(a) for c in countries for a in c["adjectives"]}
    taken |= {k for p in people.people.values() for k in (fold(p["name"]), *map(fold, p["aliases"]))}
    orgs += load_nonstate(ref, codes, taken)
    sectors = {fold(k): v for k, v in lexicon["sectors"].items()}
    extra_sectors = load_phoenix_agents(ref, sectors)
    given = english_given_names(people)
    given_set = set(given)
    person_rows = []
    for p in sorted(people.people.values(), key=lambda p: (fold(p["name"]), p["id"])):
        if not p["roles"]:
            continue
        p["roles"].sort(key=lambda t: (t[3], t[0], t[2]))
        roles = [[c, sec, role, pad_date(st, end=False), pad_date(en, end=True), pad_date(ver, end=True), src]
                 for c, sec, role, st, en, ver, src in p["roles"]]
        words = p["name"].replace(",", " ").split()
        forms = [p["name"], *p["aliases"]]
        if len(words) > 2 and not p["east_asian"]:
            forms.append(f"{words[0]} {words[-1]}")  # "Joao Manuel Goncalves Lourenco" -> "Joao Lourenco"
        row = {"name": p["name"], "roles": roles,
               "surname": fold(_surname_of(words, p["east_asian"], given_set)),
               "keys": sorted({fold(f) for f in forms if fold(f)})}
        if p["id"].startswith("Q"):
            row["wikidata"] = p["id"]
        person_rows.append(row)
    data = {
        "format": "dateline-actors",
        "version": 1,
        "sources": ["CIA World Factbook (public domain)", "GeoNames (CC BY 4.0)", "Wikidata (CC0)",
                    "Phoenix CAMEO dictionaries (MIT, Open Event Data Alliance)", "state media seed (CC0)",
                    "dateline curated lexicon (Apache-2.0)"],
        "countries": countries,
        "ambiguous": curated_countries.get("ambiguous", {}),
        "titles": lexicon["titles"],
        "sectors": {**extra_sectors, **sectors},
        "regions": lexicon["regions"],
        "groups": lexicon["groups"],
        "orgs": orgs,
        "people": person_rows,
        "given_names": given,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    target = args.out / "actors.json.gz"
    with gzip.GzipFile(target, "wb", mtime=0, compresslevel=9) as fh:
        fh.write(payload)
    sys.stderr.write(
        f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB): {len(countries)} countries, {len(orgs)} orgs, "
        f"{len(person_rows)} people (wikidata rows {n_wd}, phoenix {n_ph}, factbook {n_fb}, curated {n_cur}), "
        f"{len(data['sectors'])} sector nouns\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

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
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import json
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

from dateline.actors.data import norm as fold  # the runtime's own folding, so keys match at lookup
from dateline.actors.data import pad_date

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REF = ROOT.parent / "shared" / "reference"
DEFAULT_OUT = ROOT / "src" / "dateline" / "data" / "actors"
CURATED = DEFAULT_OUT / "curated"
FACTBOOK_SNAPSHOT = "2026-01-22"
EAST_ASIAN = {"CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "SGP", "KHM", "MNG"}
KEY_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
             "supreme_leader", "vice_head_of_state", "deputy_head_of_government", "interior_minister",
             "finance_minister", "secretary_general"}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


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
    value = html.unescape(value or "")
    value = value.split("; note")[0]
    out = []
    for part in re.split(r";|,", value):
        m = re.match(r"\s*([^()]+?)\s*(\((.*?)\))?\s*$", part)
        if not m:
            continue
        name = m.group(1).strip()
        if name and len(name) < 40 and name[0].isupper():
            out.append(name)
        note = m.group(3) or ""
        alt = re.match(r"(?:aka )?([A-Z][\w\- ]+?) is the transliteration", note)
        if alt:
            out.append(alt.group(1))
    return out


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
    for c in sorted(out, key=lambda c: -pop.get(c["iso3"], 0)):
        for n in c["names"] + c["adjectives"] + list(c["seats"]):
            owner.setdefault(fold(n), c["iso3"])
    for c in out:
        c["names"] = [n for n in c["names"] if owner[fold(n)] == c["iso3"]]
        c["adjectives"] = [n for n in c["adjectives"] if owner[fold(n)] == c["iso3"]]
        c["seats"] = {k: v for k, v in c["seats"].items() if owner[fold(k)] == c["iso3"]}
    name_index = {fold(n): c["iso3"] for c in out for n in c["names"]}
    return out, name_index


def _dedup(items) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = fold(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


# ---------------------------------------------------------------- people

ROLE_SECTOR = [  # ordered rules on Wikidata position labels for roles classified "other"
    (r"chief of (the )?(general )?staff|army|armed forces|commander|navy|air force", "MIL"),
    (r"justice|judge|court|attorney general|prosecutor", "JUD"),
    (r"speaker|senate|national assembly|parliament|chamber|house of", "LEG"),
    (r"police", "COP"),
    (r"intelligence|security service", "SPY"),
    (r"first lady|first gentleman", ""),
]


def _sector_for(label: str, role: str) -> str:
    if role != "other":
        return "GOV"
    low = label.lower()
    for pattern, sector in ROLE_SECTOR:
        if re.search(pattern, low):
            return sector
    return "GOV"


def _role_for(label: str, role: str) -> str:
    if "supreme leader" in label.lower():
        return "supreme_leader"
    if role == "other":
        return re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:60]
    return role


class People:
    """Accumulates people and their dated terms, keyed by a stable id (Wikidata Q-id or folded name)."""

    def __init__(self) -> None:
        self.people: dict[str, dict] = {}
        self.by_name: dict[str, str] = {}

    def get(self, name: str, pid: str | None = None, country: str | None = None) -> dict:
        key = pid or self.by_name.get(fold(name)) or f"n:{fold(name)}"
        person = self.people.get(key)
        if person is None:
            person = {"id": key, "name": name, "aliases": [], "roles": [], "east_asian": False}
            self.people[key] = person
            self.by_name.setdefault(fold(name), key)
        if country in EAST_ASIAN:
            person["east_asian"] = True
        return person

    def add_alias(self, person: dict, alias: str) -> None:
        if fold(alias) != fold(person["name"]):
            person["aliases"].append(alias)
        self.by_name.setdefault(fold(alias), person["id"])

    def add_term(self, person: dict, country: str, sector: str, role: str, start: str, end: str,
                 verified: str, source: str) -> None:
        start, end, verified = _clean_date(start), _clean_date(end), _clean_date(verified)
        for term in person["roles"]:
            if term[0] == country and term[2] == role and term[1] == sector and _overlaps(term, start, end):
                term[3] = min(term[3] or start, start or term[3]) if (term[3] and start) else ""
                term[4] = "" if (not term[4] or not end) else max(term[4], end)
                term[5] = max(term[5], verified)
                if source == "curated":  # our checked terms vouch for the merged one (and mark the person's
                    term[6] = source     # principal country: see Person.primary_country)
                return
        person["roles"].append([country, sector, role, start, end, verified, source])


def _clean_date(value: str) -> str:
    """Keep the valid ISO prefix of a date ("2014s" -> "2014"); anything else is unknown ("")."""
    m = re.match(r"\d{4}(-\d{2}(-\d{2})?)?", value or "")
    return m.group(0) if m else ""


def _overlaps(term: list, start: str, end: str) -> bool:
    t_start, t_end = term[3] or "0000", term[4] or "9999"
    return (start or "0000") <= t_end and (end or "9999") >= t_start


def load_wikidata(ref: Path, people: People, name_index: dict[str, str]) -> int:
    rows = read_csv(ref / "wikidata_officeholders_everypolitician" / "officeholders.csv")
    extra = {"the united states of america": "USA", "the united kingdom": "GBR", "china": "CHN",
             "the czech republic": "CZE", "congo-brazzaville": "COG", "the gambia": "GMB", "ivory coast": "CIV",
             "the philippines": "PHL", "the marshall islands": "MHL", "paraguary": "PRY",
             "the federated states of micronesia": "FSM", "the bahamas": "BHS", "kosovo": "XKX",
             "hong kong": "HKG", "taiwan": "TWN", "abkhazia": "GEO", "south ossetia": "GEO", "artsakh": "AZE",
             "somaliland": "SOM", "donetsk people's republic": "UKR", "luhansk people's republic": "UKR",
             "democratic republic of the congo": "COD", "sao tome and principe": "STP", "timor-leste": "TLS"}
    n = 0
    for r in rows:
        country = extra.get(fold(r["country"])) or name_index.get(fold(r["country"]))
        if not country or not r["person"] or r["person"].startswith("Q"):
            continue
        if fold(r["country"]) in ("abkhazia", "south ossetia", "artsakh", "somaliland", "donetsk people's republic",
                                  "luhansk people's republic"):
            continue  # de-facto entities: their officials are not the recognised state's government
        label, role = r["position_label"], r["role"]
        sector = _sector_for(label, role)
        if not sector:
            continue
        person = people.get(r["person"], r["person_wikidata"] or None, country)
        if r["enwiki"] and fold(r["enwiki"]) != fold(r["person"]) and "(" not in r["enwiki"]:
            people.add_alias(person, r["enwiki"])
        verified = r["snapshot_date"] if not r["end"] else r["end"]
        people.add_term(person, country, sector, _role_for(label, role), r["start"], r["end"], verified, "wikidata")
        n += 1
    return n


def _factbook_name(raw: str) -> tuple[str, str]:
    """'Vladimir Vladimirovich PUTIN' -> ('Vladimir Vladimirovich Putin', 'putin'); 'XI Jinping' -> ('Xi Jinping', 'xi')."""
    words = raw.split()
    caps = [w for w in words if len(re.sub(r"[\W_]", "", w)) > 1 and re.sub(r"[\W_]", "", w).isupper()]
    pretty = " ".join(w.capitalize() if w in caps else w for w in words)
    pretty = re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), pretty)
    return pretty, fold(" ".join(caps))


FACTBOOK_TITLES = {"president": None, "prime minister": None, "premier": None, "king": None, "queen": None,
                   "chancellor": None, "emir": None, "amir": None, "sultan": None, "supreme leader": "supreme_leader",
                   "sultan and prime minister": None, "chief executive": None, "grand duke": None, "prince": None,
                   "pope": None, "co-prince": None, "interim president": None, "transitional president": None,
                   "chief adviser": None, "taoiseach": None, "federal chancellor": None, "general secretary": None}


def load_factbook_executives(ref: Path, people: People) -> int:
    rows = read_csv(ref / "cia_factbook_countries" / "current_executives.csv")
    candidates: dict[str, list[dict]] = defaultdict(list)
    for person in people.people.values():
        for c in {t[0] for t in person["roles"] if t[2] in ("head_of_state", "head_of_government")}:
            candidates[c].append(person)
    population = {r["iso3"]: int(r["population"] or 0)
                  for r in read_csv(ref / "geonames_countries" / "countries.csv") if r["iso3"]}
    # Sovereign states before their territories, so "President Donald J. TRUMP" of American Samoa is the
    # same person as the US president rather than a new one.
    rows.sort(key=lambda r: -population.get(r["iso3"], 0))
    seen: dict[tuple[str, str], dict] = {}
    log_unmatched: list[str] = []
    n = 0
    for r in rows:
        title = fold(r["title"])
        if not r["iso3"] or not r["since"] or title not in FACTBOOK_TITLES:
            continue
        pretty, surname = _factbook_name(r["name"])
        if not surname:
            continue
        role = FACTBOOK_TITLES[title] or ("head_of_state" if r["role"] == "chief_of_state" else "head_of_government")
        country = r["iso3"]
        match = seen.get((title, surname))
        if match is None:
            named = [person for person in candidates.get(country, [])
                     if any(surname in fold(nm).split() or fold(nm).endswith(surname)
                            for nm in [person["name"], *person["aliases"]])]
            # relatives share a surname (Heydar and Ilham Aliyev): the holder is the one whose term of that
            # office began on the Factbook's date, else the latest to enter it, not the first one listed
            given = [g for w in r["name"].split() if not (w.isupper() and len(w) > 1)
                     for g in [fold(w)] if g not in NAME_PARTICLES]
            match = max(named, key=lambda person: _holder_score(person, country, role, r["since"], given),
                        default=None)
            if match is not None and len(named) > 1 and _holder_score(match, country, role, r["since"],
                                                                       given)[:2] == (False, False):
                log_unmatched.append(f"{country} {r['name']}: {[n['name'] for n in named]}")
                match = None  # several of that surname, none with the name or the date: someone new
        if match is None:
            match = people.get(pretty, None, country)
            words = pretty.split()
            if len(words) > 2:
                cap_idx = [i for i, w in enumerate(r["name"].split()) if w.isupper() and len(w) > 1]
                if cap_idx and cap_idx[0] > 0:
                    people.add_alias(match, f"{words[0]} {' '.join(words[i] for i in cap_idx)}")
        seen[(title, surname)] = match
        _close_open(people, country, role, r["since"], keep=match)
        people.add_term(match, country, "GOV", role, r["since"], "", FACTBOOK_SNAPSHOT, "factbook")
        for term in match["roles"]:
            if term[0] == country and term[2] == role and not term[4]:
                term[5] = FACTBOOK_SNAPSHOT
        n += 1
    if log_unmatched:
        sys.stderr.write(f"factbook holders taken as new people (namesakes only): {'; '.join(log_unmatched)}\n")
    return n


NAME_PARTICLES = {"bin", "ibn", "bint", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "la", "le", "y"}


def _holder_score(person: dict, country: str, role: str, since: str, given: list[str]) -> tuple:
    """How well `person` fits the Factbook's holder of `role` in `country` since `since` (`given`: the
    Factbook name's other words, name particles left out): a term of that office starting that month, a
    given name in common, then an open term of it, then the latest start of any such term."""
    terms = [t for t in person["roles"] if t[0] == country and t[2] == role]
    words = {w for nm in [person["name"], *person["aliases"]] for w in fold(nm).split()}
    return (any(t[3][:7] == since[:7] for t in terms), any(g in words for g in given),
            any(not t[4] for t in terms), max((t[3] for t in terms), default=""))


def _close_open(people: People, country: str, role: str, when: str, keep: dict | None) -> None:
    for person in people.people.values():
        if person is keep:
            continue
        for term in person["roles"]:
            if term[0] == country and term[2] == role and not term[4] and (term[3] or "0000") < when:
                term[4] = when
                term[5] = when


def load_curated_leaders(path: Path, people: People, country_names: dict[str, str]) -> int:
    data = tomllib.loads(path.read_text("utf-8"))
    realms = data.get("realms_succession")
    if realms:
        for person in list(people.people.values()):
            if fold(person["name"]) == "elizabeth ii":
                for term in person["roles"]:
                    if term[2] == "head_of_state" and not term[4]:
                        term[4] = term[5] = realms["end"]
                        king = people.get(realms["successor"], None)
                        # "factbook": the realms are the Factbook's list; only the curated GBR term marks
                        # the principal country (Person.primary_country)
                        people.add_term(king, term[0], "GOV", "head_of_state", realms["end"], "",
                                        FACTBOOK_SNAPSHOT, "factbook")
    terms = sorted(data["terms"], key=lambda t: t[3])
    for name, country, role, start, end in terms:
        person = people.get(name, None, country)
        _close_open(people, country, role, start, keep=person)
        people.add_term(person, country, "GOV", role, start, end, end or FACTBOOK_SNAPSHOT, "curated")
    for name, aliases in data.get("aliases", {}).items():
        # the person may be stored under one of the other spellings ("Kim Jong-un" in Wikidata): attach the
        # forms to that record, not to a new one with no roles
        known = next((people.by_name[fold(n)] for n in [name, *aliases] if fold(n) in people.by_name), None)
        person = people.get(name, known)
        for alias in [name, *aliases]:
            people.add_alias(person, alias)
    return len(terms)


def load_phoenix_people(ref: Path, people: People, country_codes: set[str]) -> tuple[int, list[dict]]:
    """Dated Phoenix entries become people; undated non-country entries become organs (KREMLIN -> RUSGOV)."""
    organs: list[dict] = []
    n = 0
    for entry in read_jsonl(ref / "phoenix_cameo_dictionaries" / "actors_countries.jsonl"):
        codes = [c for c in entry["codes"] if len(c["code"]) >= 3 and not c["start"].startswith("BAD")
                 and not c["end"].startswith("BAD")]
        if not codes:
            continue
        dated = any(c["start"] or c["end"] for c in codes)
        name = entry["name"].title()
        if not dated:
            code = codes[0]["code"]
            if len(code) == 3 or code[:3] not in country_codes:
                continue  # bare-country entries carry city aliases; only organs are kept
            organs.append({"code": code[:6], "country": code[:3], "sector": code[3:6] or None,
                           "names": _dedup([name, *[a.title() for a in entry["aliases"]]]), "kind": "organ"})
            continue
        person = people.get(name, None, codes[0]["code"][:3])
        for alias in entry["aliases"]:
            if len(alias.split()) >= 2:
                people.add_alias(person, alias.title())
        for c in codes:
            country, sector = c["code"][:3], c["code"][3:6]
            if country not in country_codes or not sector:
                continue
            start, end = c["start"].lstrip("<>"), c["end"].lstrip("<>")
            people.add_term(person, country, sector, "phoenix", start, end, end or "2014-12-31", "phoenix")
        n += 1
    return n, organs


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


ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$", re.IGNORECASE)
ANGLOPHONE = {"USA", "GBR", "CAN", "AUS", "NZL", "IRL"}
HONORIFICS = {"sir", "dame", "lord", "lady"}


def english_given_names(people: People) -> list[str]:
    """Common English given names, read off the data itself: first words of names of office holders of
    English-speaking countries that are at least three times as often a first word there as a last word
    anywhere, and more often an English first word than the first word of an East Asian name ("Kim", "Jon"
    are Korean family names)."""
    first: dict[str, int] = defaultdict(int)
    last: dict[str, int] = defaultdict(int)
    asian_first: dict[str, int] = defaultdict(int)
    for p in people.people.values():
        words = [fold(w) for w in p["name"].replace(",", " ").split()]
        if len(words) < 2:
            continue
        last[words[-1]] += 1
        countries = {t[0] for t in p["roles"]}
        if p["east_asian"]:
            asian_first[words[0]] += 1
        elif countries & ANGLOPHONE:
            first[words[0]] += 1
    return sorted(w for w, n in first.items() if n >= 3 and n >= 3 * last[w] and n > 2 * asian_first[w]
                  and w.isalpha() and len(w) > 2 and w not in HONORIFICS)


def _surname_of(words: list[str], east_asian: bool, given: set[str]) -> str:
    """The word a short mention of the person uses. East Asian names put the family name first ("Xi
    Jinping"), except after an English given name ("Lawrence Wong", "Tony Tan Keng Yam": the next word);
    a leading honorific ("Sir David Wilson") is no name."""
    if len(words) > 1 and fold(words[0]) in HONORIFICS:
        return _surname_word(words[1:])
    if not east_asian:
        return _surname_word(words)
    if len(words) > 1 and fold(words[0]) in given:
        rest = [w for w in words[1:] if len(w.strip(".")) > 1]  # "Sean C. Chen": initials are no surname
        return rest[0] if rest else words[-1]
    return words[0]


def _surname_word(words: list[str]) -> str:
    """The word a short mention uses: the last, except a regnal number ("Hassan II" -> "Hassan")."""
    if len(words) > 1 and ROMAN.match(words[-1]):
        return words[-2]
    return words[-1]


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

"""People for the actor dictionary: Wikidata office holders, Factbook executives, our curated leaders and
Phoenix people, merged into dated terms (`People`), and the surname a short mention of each uses."""

from __future__ import annotations

import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

from actor_sources import EAST_ASIAN, FACTBOOK_SNAPSHOT, _dedup, fold, read_csv, read_jsonl

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

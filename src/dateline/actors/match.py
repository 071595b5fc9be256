"""Dictionary lookups over spaCy token spans: longest-match surface forms, titles and sector nouns.

Matching walks tokens left to right and extends a candidate only while the folded text so far is a known
word prefix of some dictionary key, so each token costs a few dict lookups however large the dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .data import MAX_WORD_TOKENS, ActorDictionary, Entry, norm

__all__ = ["Hit", "folded_tokens", "match_tokens", "match_lexicon"]

MAX_TOKENS = 12
LOWER_CASE_NEVER = frozenset({"country", "adj", "seat", "person", "ambiguous"})


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # doc token index
    end: int  # exclusive
    entries: tuple[Entry, ...]
    kind: str = "phrase"  # phrase | title | sector
    value: str = ""  # role (title) or sector code (sector)


def folded_tokens(doc: Any, scratch: dict) -> list[str]:
    """Folded text of every token in `doc`, computed once per article."""
    cached = scratch.get("actors.folded")
    if cached is None or len(cached) != len(doc):
        cached = [norm(t.text) for t in doc]
        scratch["actors.folded"] = cached
    return cached


def match_tokens(d: ActorDictionary, doc: Any, folded: list[str], start: int, end: int) -> list[Hit]:
    """Longest, left-to-right, non-overlapping dictionary hits in doc[start:end]."""
    hits: list[Hit] = []
    i = start
    while i < end:
        best: tuple[int, list[Entry]] | None = None
        key = ""
        raw = ""
        glued = 0
        for j in range(i, min(end, i + MAX_TOKENS)):
            tok = doc[j]
            key += folded[j]
            raw += tok.text
            entries = d.phrases.get(key)
            if not entries and key.endswith("s"):  # "Palestinians", "South Koreans": the people of a country
                entries = [e for e in d.phrases.get(key[:-1], ()) if e.kind == "adj"] or None
            if entries and raw.islower():
                # names of countries and people are capitalised; "island" or "friday" in lower case is a word
                entries = [e for e in entries if e.kind not in LOWER_CASE_NEVER] or None
            cased = d.cased.get(raw)
            if entries or cased:
                best = (j + 1, (entries or []) + (cased or []))
            if tok.whitespace_:
                if key not in d.word_prefixes:
                    break
                key += " "
                raw += " "
                glued = 0
            else:
                glued += 1
                if glued > MAX_WORD_TOKENS:
                    break
        if best:
            hits.append(Hit(i, best[0], tuple(best[1])))
            i = best[0]
        else:
            i += 1
    return hits


def match_lexicon(d: ActorDictionary, doc: Any, folded: list[str], start: int, end: int) -> list[Hit]:
    """Title and sector-noun hits in doc[start:end] (the last word matched by its lemma: "officials")."""
    hits: list[Hit] = []
    i = start
    while i < end:
        found: Hit | None = None
        for j in range(min(end, i + 4), i, -1):  # longest first, up to four words
            words = folded[i:j]
            last_lemma = norm(doc[j - 1].lemma_)
            variants = [words, words[:-1] + [last_lemma]]
            if words[-1].endswith("s"):  # a capitalised plural the tagger took for a name ("Insurgents")
                variants.append(words[:-1] + [words[-1][:-1]])
            for variant in variants:
                key = " ".join(variant)
                role = d.titles.get(key)
                sector = d.sectors.get(key)
                if role or sector:
                    found = Hit(i, j, (), "title" if role else "sector", role or sector or "")
                    if role and sector:  # "president" is both a title and a GOV noun: keep the title
                        found = Hit(i, j, (), "title", role)
                    break
            if found:
                break
        if found:
            hits.append(found)
            i = found.end
        else:
            i += 1
    return hits

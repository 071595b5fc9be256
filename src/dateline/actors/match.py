"""Dictionary lookups over spaCy token spans: longest-match surface forms, titles and sector nouns.

Matching walks tokens left to right and extends a candidate only while the folded text so far is a known
word prefix of some dictionary key, so each token costs a few dict lookups however large the dictionary.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..nlp_cache import TokenTable
from ..records import fast_init
from .data import MAX_WORD_TOKENS, ActorDictionary, Entry, norm

__all__ = ["Hit", "folded_tokens", "folded_lemmas", "match_tokens", "match_lexicon", "cached_norm", "lexicon_ends"]

MAX_TOKENS = 12
LOWER_CASE_NEVER = frozenset({"country", "adj", "seat", "person", "ambiguous"})
# Lower-case kinds spaCy's NER can vouch for: "peruvian rioters", "talks with china" in untidy copy.
_NER_CASED = frozenset({"country", "adj"})
_NATIONAL = ("NORP", "GPE")
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_NAME_POS = frozenset({"PROPN", "ADJ", "NOUN"})


@fast_init
@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # doc token index
    end: int  # exclusive
    entries: tuple[Entry, ...]
    kind: str = "phrase"  # phrase | title | sector
    value: str = ""  # role (title) or sector code (sector)


# Folded forms of words seen so far in this process: news vocabulary repeats, and `norm` is called for
# every token of every article. Bounded so a long-running worker cannot grow it without limit.
class _NormMemo(dict):
    """text -> `norm(text)`, filled on first sight: a hit is a plain subscript (no Python call), which the
    per-token folds below make for every token of every article."""

    def __missing__(self, text: str) -> str:
        v = norm(text)
        if len(self) < _NORM_CACHE_MAX:
            self[text] = v
        return v


_NORM_CACHE = _NormMemo()
_NORM_CACHE_MAX = 200_000


def cached_norm(text: str) -> str:
    """`norm(text)`, memoised per process."""
    return _NORM_CACHE[text]


def folded_tokens(table: TokenTable, scratch: dict) -> list[str]:
    """Folded text of every token, computed once per article."""
    cached = scratch.get("actors.folded")
    if cached is None or len(cached) != len(table):
        memo = _NORM_CACHE
        cached = [memo[t] for t in table.text]
        scratch["actors.folded"] = cached
    return cached


def folded_lemmas(table: TokenTable, scratch: dict) -> list[str]:
    """Folded lemma of every token, computed once per article."""
    cached = scratch.get("actors.folded_lemmas")
    if cached is None or len(cached) != len(table):
        memo = _NORM_CACHE
        cached = [memo[t] for t in table.lemma]
        scratch["actors.folded_lemmas"] = cached
    return cached


# Phrases repeat from article to article ("the president", "officials", "Russia"), and a match depends on
# nothing but the dictionary and the phrase's tokens; so results are memoised per dictionary, keyed by those
# tokens, with hit offsets relative to the phrase. Bounded like _NORM_CACHE.
_MEMO_MAX = 100_000
_MEMOS: dict[int, tuple[ActorDictionary, dict, dict]] = {}


def _memos(d: ActorDictionary) -> tuple[ActorDictionary, dict, dict]:
    global _LAST_MEMOS
    got = _MEMOS.get(id(d))
    if got is None or got[0] is not d:
        got = _MEMOS[id(d)] = (d, {}, {})
    _LAST_MEMOS = got
    return got


# The entry of the dictionary asked last (a process normally has one): the matchers run per candidate
# phrase, and this spares them the `_MEMOS` lookup.
_LAST_MEMOS: tuple = (None, {}, {})


def _recall(memo: dict, key: tuple, start: int, compute) -> list[Hit]:
    rel = memo.get(key)
    if rel is None:
        hits = compute()
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[key] = tuple(Hit(h.start - start, h.end - start, h.entries, h.kind, h.value) for h in hits)
        return hits
    if not start:
        return list(rel)
    return [Hit(h.start + start, h.end + start, h.entries, h.kind, h.value) for h in rel]


def match_tokens(d: ActorDictionary, table: TokenTable, folded: list[str], start: int, end: int) -> list[Hit]:
    """Longest, left-to-right, non-overlapping dictionary hits in tokens [start, end)."""
    # the word after the phrase decides a bare region name ("the West" vs "West Africans"): part of the key
    after = end < len(table.text) and table.text[end][:1].isupper()
    # NER and parse decide lower-case names: in the key (None, without the call, when NER labels no word
    # of the phrase a nationality or country)
    ents = table.ent[start:end]
    national = _NATIONAL[0] in ents or _NATIONAL[1] in ents
    named = _lower_names(d, table, folded, start, end) if national else None
    # and so does the word before it for a region's people ("Africans" vs "West Africans")
    before = bool(start) and table.text[start - 1][:1].isupper() and table.text[start - 1].isalpha()
    key = (tuple(folded[start:end]), tuple(table.text[start:end]), tuple(table.ws[start:end]), after, named,
           before)
    memos = _LAST_MEMOS if _LAST_MEMOS[0] is d else _memos(d)
    return _recall(memos[1], key, start, lambda: _match_tokens(d, table, folded, start, end, named))


def _lower_names(d: ActorDictionary, table: TokenTable, folded: list[str], start: int,
                 end: int) -> tuple[int, ...] | None:
    """Per token of [start, end): 2 for a lower-case word spaCy's NER labels a nationality or country that
    may name an actor, 1 for one that only modifies a noun naming no actor ("french fries", "the china
    shop", "polish sausage": NER labels those too), 0 for any other; None when the phrase has none."""
    ents = table.ent[start:end]
    if _NATIONAL[0] not in ents and _NATIONAL[1] not in ents:
        return None
    last = _lexicon_last_words(d)
    out = []
    for i in range(start, end):
        if table.ent[i] not in _NATIONAL or not table.text[i].islower() or table.pos[i] not in _NAME_POS:
            out.append(0)
            continue
        h = table.head[i]
        head_word = folded[h]
        # a modifier names a people only before an agent noun ("peruvian rioters", "iraqi troops") or inside
        # a longer name ("south korean"); the hit's last word decides, see _match_tokens
        agent = head_word in last or head_word[:-1] in last or cached_norm(table.lemma[h]) in last
        out.append(2 if table.dep[i] not in _MODIFIER_DEPS or h == i or agent else 1)
    return tuple(out) if any(out) else None


def _region_people(singular: str) -> bool:
    """Whether a region's dictionary key is an adjective whose plural names its people ("european",
    "latin american", "arab"); not a region's name ("europe"), nor a noun phrase whose plural is another
    phrase ("gulf state"), nor "western" ("Westerns" are films)."""
    return singular.endswith("an") or singular == "arab"


def _match_tokens(d: ActorDictionary, table: TokenTable, folded: list[str], start: int,
                  end: int, named: tuple[int, ...] | None = None) -> list[Hit]:
    hits: list[Hit] = []
    texts, spaces = table.text, table.ws
    i = start
    while i < end:
        best: tuple[int, list[Entry]] | None = None
        key = ""
        raw = ""
        glued = 0
        for j in range(i, min(end, i + MAX_TOKENS)):
            key += folded[j]
            raw += texts[j]
            entries = d.phrases.get(key)
            if not entries and key.endswith("s"):  # "Palestinians", "South Koreans": the people of a country
                # "Europeans", "Latin Americans", "Arabs": the people of a region, as its adjective's plural
                # (not after another capitalised word: "West Africans", "North Africans" are another region)
                entries = [e for e in d.phrases.get(key[:-1], ()) if e.kind == "adj" or (
                    e.kind == "region" and _region_people(key[:-1])
                    and not (i and texts[i - 1][:1].isupper() and texts[i - 1].isalpha()))] or None
            if entries and raw.islower():
                # names of countries and people are capitalised; "island" or "friday" in lower case is a word,
                # unless NER and the parse say the words name a country or people (`_lower_names`)
                vouched = named is not None and named[j - start] == 2 \
                    and all(named[k - start] for k in range(i, j + 1))
                entries = [e for e in entries if e.kind not in LOWER_CASE_NEVER
                           or (vouched and e.kind in _NER_CASED)] or None
            cased = d.cased.get(raw)
            if cased and j + 1 < len(texts) and texts[j + 1][:1].isupper() \
                    and all(e.kind == "region" for e in cased):
                cased = None  # "the West" is a region; "West Africans", "West Darfur" are other names
            if entries or cased:
                best = (j + 1, (entries or []) + (cased or []))
            if spaces[j]:
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


_LAST_WORDS: dict[int, tuple[ActorDictionary, frozenset[str]]] = {}


def _lexicon_last_words(d: ActorDictionary) -> frozenset[str]:
    """The last word of every title and sector key (a phrase can only match if its last word is one)."""
    got = _LAST_WORDS.get(id(d))
    if got is None or got[0] is not d:
        words = frozenset(k.rsplit(" ", 1)[-1] for k in (*d.titles, *d.sectors))
        got = _LAST_WORDS[id(d)] = (d, words)
    return got[1]


def lexicon_ends(d: ActorDictionary, folded: list[str], lemmas: list[str], scratch: dict) -> list[bool]:
    """Per token: can a title/sector phrase end here? (Its folded text, lemma or singular is a known last
    word.) Lets `match_lexicon` skip the joins and lookups for the great majority of tokens."""
    cached = scratch.get("actors.lex_ends")
    if cached is None or len(cached) != len(folded):
        last = _lexicon_last_words(d)
        # tested once per distinct word, not per token (most words of an article recur)
        words = set(folded)
        good = {x for x in words.union(lemmas) if x.rsplit(" ", 1)[-1] in last}
        good_plural = {w for w in words if w.endswith("s") and w[:-1].rsplit(" ", 1)[-1] in last}
        cached = [w in good or lem in good or w in good_plural for w, lem in zip(folded, lemmas, strict=True)]
        scratch["actors.lex_ends"] = cached
    return cached


def match_lexicon(d: ActorDictionary, lemmas: list[str], folded: list[str], start: int, end: int,
                  ends: list[bool] | None = None) -> list[Hit]:
    """Title and sector-noun hits in tokens [start, end) (the last word matched by its lemma: "officials");
    `lemmas` are the folded lemmas (`folded_lemmas`), `ends` the optional `lexicon_ends` filter."""
    key = (tuple(folded[start:end]), tuple(lemmas[start:end]),
           None if ends is None else tuple(ends[start:end]))
    memos = _LAST_MEMOS if _LAST_MEMOS[0] is d else _memos(d)
    return _recall(memos[2], key, start, lambda: _match_lexicon(d, lemmas, folded, start, end, ends))


def _match_lexicon(d: ActorDictionary, lemmas: list[str], folded: list[str], start: int, end: int,
                   ends: list[bool] | None) -> list[Hit]:
    hits: list[Hit] = []
    i = start
    while i < end:
        found: Hit | None = None
        for j in range(min(end, i + 4), i, -1):  # longest first, up to four words
            if ends is not None and not ends[j - 1]:
                continue
            words = folded[i:j]
            last_lemma = lemmas[j - 1]
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
    if hits and hits[-1].end < end and hits[-1].end > hits[-1].start and (ends is None or ends[end - 1]):
        # "main opposition party": "main opposition" matched first and left the head word out; a phrase that
        # ends at the head ("opposition party") names the thing itself
        tail = _head_phrase(d, lemmas, folded, hits[-1].start + 1, end)
        if tail is not None and tail.start < hits[-1].end:
            hits[-1] = tail
    return hits


def _head_phrase(d: ActorDictionary, lemmas: list[str], folded: list[str], first: int,
                 end: int) -> Hit | None:
    """The longest title or sector phrase (up to four words) that ends at token `end` - 1 and starts at or
    after `first`."""
    for i in range(max(first, end - 4), end):
        words = folded[i:end]
        for variant in (words, words[:-1] + [lemmas[end - 1]]):
            key = " ".join(variant)
            role, sector = d.titles.get(key), d.sectors.get(key)
            if role or sector:
                return Hit(i, end, (), "title" if role else "sector", role or sector or "")
    return None


_JOINERS = frozenset({"and", "&", "the", "of", "for", "without", "sans", "in"})
_JOINED_KINDS = frozenset({"country", "org"})


def join_split_names(d: ActorDictionary, table: TokenTable, folded: list[str],
                     spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Candidate spans with a country or organisation name that the parser split at a small word put back
    together ("Saint Vincent" + "the Grenadines", "Sao Tome" + "Principe's president", "Reporters" +
    "Borders"): two neighbouring spans joined by "and", "of", "without" (and "the") become one when the
    dictionary's longest match from the first runs into the second and is a country or organisation, and
    the second does not begin with a country or organisation of its own ("Serbia and Montenegro"). Spans
    that touch are joined the same way ("Côte" + "d'Ivoire"), and a span takes in up to two capitalised
    words before it that begin such a name but belong to no span."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        span = _grow_left(d, table, folded, span, out[-1][1] if out else 0)
        if out:
            s1, e1, label1 = out[-1]
            s2, e2, label2 = span
            gap = table.lower[e1:s2]
            if len(gap) <= 2 and set(gap) <= _JOINERS:
                hits = match_tokens(d, table, folded, s1, e2)
                first = hits[0] if hits else None
                if first is not None and first.start == s1 and first.end > s2 \
                        and any(e.kind in _JOINED_KINDS for e in first.entries) \
                        and not any(e.kind in _JOINED_KINDS for h in match_tokens(d, table, folded, s2, e2)
                                    if h.start == s2 for e in h.entries):
                    whole = "GPE" if any(e.kind == "country" for e in first.entries) else "ORG"
                    out[-1] = (s1, e2, whole if first.end == e2 else label2)
                    continue
        out.append(span)
    return out


def _grow_left(d: ActorDictionary, table: TokenTable, folded: list[str], span: tuple[int, int, str],
               floor: int) -> tuple[int, int, str]:
    """`span` grown over up to two capitalised tokens before it (not before `floor`, the previous span's
    end) when a country or organisation name starts there and runs into the span ("Côte" "d'Ivoire")."""
    start, end, label = span
    for k in (1, 2):
        s0 = start - k
        if s0 < floor or not all(t[:1].isupper() and t.lower() not in _JOINERS for t in table.text[s0:start]):
            break
        hits = match_tokens(d, table, folded, s0, end)
        if hits and hits[0].start == s0 and hits[0].end > start \
                and any(e.kind in _JOINED_KINDS for e in hits[0].entries):
            whole = "GPE" if any(e.kind == "country" for e in hits[0].entries) else "ORG"
            return s0, end, whole if hits[0].end == end else label
    return span

"""Candidate actor mentions of an article: noun chunks, named entities outside them, headline subjects the
parser hangs on their verb; as (start token, end token, entity label) on the token table."""

from __future__ import annotations

from typing import Any

from ..nlp_cache import TokenTable
from ..nlp_spans import noun_chunks, span_root

__all__ = ["CALENDAR", "ENT_KINDS", "article_chunks", "candidate_spans", "table_of"]

ENT_KINDS = {"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"}
# Calendar words are never actors, whatever a surname index says ("on Friday" is not Godwin Friday).
CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                      "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december", "today", "yesterday", "tomorrow", "weekend"})


def article_chunks(article: Any, table: TokenTable) -> list[tuple[int, int]]:
    """`nlp_spans.noun_chunks` of the article's Doc, kept in `article.scratch`: candidates and definite
    descriptions both walk the chunks, and each walk asks spaCy for a `Token` (and its left edge) per noun."""
    cached = article.scratch.get("actors.chunks")
    if cached is None or cached[0] is not article.doc:  # a re-parsed article gets its chunks anew
        cached = (article.doc, noun_chunks(article.doc, table))
        article.scratch["actors.chunks"] = cached
    return cached[1]


def candidate_spans(
    doc: Any, body_start: int = 0, table: TokenTable | None = None, ents: Any = None,
    chunks: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, str]]:
    """(start token, end token, entity label or '') for chunks, entities outside chunks, pronouns.

    Whitespace tokens (the blanked wire dateline header parses as spaces) never start or end a span.
    `ents`: `doc.ents`, where the caller has them already; `chunks`: `noun_chunks(doc, table)`, likewise.
    """
    t = table if table is not None else table_of(doc)
    spans: list[tuple[int, int, str]] = []
    covered = [False] * len(doc)
    ent_label = t.ent
    is_space, idx, tag, lower = t.is_space, t.idx, t.tag, t.lower
    dateish = [e in ("DATE", "TIME") or w in CALENDAR for e, w in zip(ent_label, lower)]  # `_dateish`
    # chunk bounds and roots from the table: spaCy's iterator builds a Token per word and a Span per chunk
    for c_start, c_end in noun_chunks(doc, t) if chunks is None else chunks:
        start = c_start
        while start < c_end and (is_space[start] or idx[start] < body_start or (
                tag[start] in ("DT", "PDT") and lower[start] not in ("both",))):
            start += 1
        if start >= c_end:
            continue
        end, label = c_end, ent_label[span_root(t, c_start, c_end)]
        if not all(dateish[start:end]):
            # "met Syrian President Bashar Assad Tuesday": the parser makes the weekday the chunk's head
            while dateish[end - 1]:
                end -= 1
            if end < c_end:
                label = ent_label[end - 1]
        spans.append((start, end, label))
        for i in range(c_start, c_end):
            covered[i] = True
    for ent in doc.ents if ents is None else ents:
        if ent.start_char < body_start or is_space[ent.start]:
            continue
        if ent.label_ in ENT_KINDS and not any(covered[i] for i in range(ent.start, ent.end)):
            spans.append((ent.start, ent.end, ent.label_))
            for i in range(ent.start, ent.end):
                covered[i] = True
    spans.extend(_verb_compounds(t, covered, body_start))
    return _whole_words(t, _titles_of(t, sorted(spans)))


def _titles_of(t: TokenTable, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Secretary of State Daniel Harper", "Minister of Foreign Affairs Tom Okello": the parser hangs the
    capitalised office word on the name and makes "State" a chunk of its own, so the office is lost and
    "State" looks like an actor. Join office + "of" + its object + the name that follows into one span."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(spans):
        s1, e1, _l1 = spans[k]
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        title = s1 - 2
        if nxt is not None and nxt[0] == e1 and nxt[2] == "PERSON" and title >= 0 \
                and t.lower[s1 - 1] == "of" and t.head[s1 - 1] == title and t.tag[title] == "NNP" \
                and t.head[title] != title and nxt[0] <= t.head[title] < nxt[1] \
                and not (out and out[-1][1] > title):
            if out and out[-1][1] == title and out[-1][2] in ("GPE", "NORP"):
                title = out.pop()[0]  # "U.S. Secretary of State ...": the country is the office's
            out.append((title, nxt[1], "PERSON"))
            k += 2
            continue
        out.append(spans[k])
        k += 1
    return out


def _verb_compounds(t: TokenTable, covered: list[bool], body_start: int) -> list[tuple[int, int, str]]:
    """A Title Case headline's subject that the parser hangs on its verb as a compound ("Cyprus Expels
    Activist": Cyprus/compound -> Expels/VERB): no noun chunk holds it, so it is a candidate of its own,
    with the proper nouns compounded onto it ("North Korea")."""
    out = []
    pos, dep, head = t.pos, t.dep, t.head
    for i, d in enumerate(dep):
        if d != "compound" or covered[i] or pos[i] != "PROPN" or t.idx[i] < body_start:
            continue
        h = head[i]
        if h <= i or pos[h] != "VERB":
            continue
        start = i
        while start > 0 and dep[start - 1] == "compound" and head[start - 1] in (start, i) \
                and pos[start - 1] == "PROPN" and not covered[start - 1]:
            start -= 1
        out.append((start, i + 1, ""))
    return out


def _dateish(t: TokenTable, i: int) -> bool:
    return t.ent[i] in ("DATE", "TIME") or t.lower[i] in CALENDAR


def table_of(doc: Any) -> TokenTable:
    from ..nlp_cache import token_table

    return token_table(doc)


def _whole_words(t: TokenTable, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Grow spans over hyphen-joined pieces the parser split ("al" "-" "Shabab", "Fazl-ur-Rehman"), drop
    the pieces they then cover, and drop calendar words and date/time entities."""
    n = len(t)
    text, ws, is_space = t.text, t.ws, t.is_space
    grown: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        while start >= 2 and text[start - 1] == "-" and not ws[start - 1] \
                and not ws[start - 2] and not is_space[start - 2]:
            start -= 2
        while end + 1 < n and text[end] == "-" and not ws[end - 1] \
                and not ws[end] and not t.is_punct[end + 1]:
            end += 2
        if label in ("DATE", "TIME") or (end - start == 1 and t.lower[start] in CALENDAR):
            continue
        grown.append((start, end, label))
    out: list[tuple[int, int, str]] = []
    for span in sorted(set(grown), key=lambda s: (s[0], -s[1])):
        if out and out[-1][0] <= span[0] and span[1] <= out[-1][1] and span != out[-1]:
            continue  # a piece of a word already taken whole
        out.append(span)
    return sorted(out)



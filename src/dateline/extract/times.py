"""Pipeline stage `times`: temporal expressions resolved against the publication date, and event dates.

The stage scans each sentence with our own rules (times_rules.py), reads the tense of the clause from the
parse so that a bare weekday or month is placed in the past or the future, and asks `dateparser` only about
spaCy DATE entities the rules left alone (cached by text, anchor and tense). The wire dateline's date is a
time expression too.

`event_date()` gives an event the date of the time expression that governs its trigger in the parse, else
the dateline's date, else the publication date, and says which it used.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from typing import Any

from ..config import Settings
from ..model import Article, Sentence, TimeExpr
from ..nlp_cache import TokenTable, doc_table, entities, tokens
from ..nlp_spans import expand_span, span_root, token_at
from ..pipeline import component
from .times_offsets import narrative_date, offset_date
from .times_rules import MONTHS, Found, find_times

log = logging.getLogger(__name__)

__all__ = ["anchor_date", "event_date", "extract_times", "make_times_stage", "tense_at"]

# Precisions an event may take its date from ("now" and durations say nothing about when).
_DATABLE = {"day", "week", "month", "year", "range", "season", "quarter", "decade"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# Dependencies of a year written before a noun as its modifier ("a 1951 treaty").
_NAMING_DEPS = frozenset({"nummod", "compound", "amod", "nmod"})
# A spaCy DATE that is only a short number ("detained 46 \"rioters\"") is a count, not a year: dateparser
# would read "46" as 1946. Four-digit years are left to the rules and to dateparser.
_BARE_COUNT = re.compile(r"[\"'“”]?\d{1,3}[\"'“”]?")
_FUTURE_HEADS = {"plan", "expect", "schedule", "due", "set", "intend", "aim", "hope", "want", "prepare", "slate",
                 # an appeal's act is still to come: "called on supporters to strike on Thursday"
                 "call", "urge", "ask", "invite", "encourage", "order", "instruct", "request"}


def anchor_date(article: Article) -> dt.date | None:
    """The date relative expressions are resolved against: the publication date, else a full dateline date."""
    if article.published_date:
        return article.published_date
    if article.dateline and article.dateline.date:
        try:
            return dt.date.fromisoformat(article.dateline.date[:10])
        except ValueError:
            return None
    return None


def tense_at(doc: Any, offset: int) -> str:
    """"past", "future" or "unknown": the tense of the clause governing the token at `offset`.

    Walks up from the token to the first verb; "will"/"'ll" or a "going to"/"plans to"/"is due to" frame
    makes it future, a past-tense or perfect verb past, a progressive present ("is meeting Monday") future.
    """
    if doc is None:
        return "past"
    tok = _token_at(doc, offset)
    if tok is None:
        return "past"
    node = tok
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "aux":
            auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
            lemmas = {a.lower_ for a in auxes}
            if lemmas & _FUTURE_AUX:
                return "future"
            if node.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
                head = node.head
                if head.lemma_ in _FUTURE_HEADS or head.lemma_ == "go" or head.lower_ in ("due", "set"):
                    return "future"
                if head.pos_ in ("NOUN", "PROPN") and node.dep_ in ("acl", "relcl"):
                    return "future"  # "a program to run through June": a purpose still ahead
                if head.i != node.i:
                    node = head
                    continue
            if node.lemma_ in _FUTURE_HEADS and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
                return "future"  # "is set for June", "are expected on Monday"
            if node.tag_ in ("VBD",) or any(a.tag_ == "VBD" for a in auxes):
                return "past"
            if node.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
                return "past"
            if node.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
                return "future"  # "is meeting on Monday": arranged future
            if node.tag_ == "VB" and any(a.tag_ == "MD" for a in auxes):
                return "future"
            return "past" if node.tag_ == "VBN" else "unknown"
        if node.head.i == node.i:
            break
        node = node.head
    return "unknown"


def _table_tense(t: TokenTable, kids: list[list[int]], i: int) -> str:
    """`tense_at` on the token table from token `i` (the same walk and tests, without `Token` objects;
    `kids[k]`: the indices of token k's syntactic children)."""
    pos, dep, tag, lower, lemma, head = t.pos, t.dep, t.tag, t.lower, t.lemma, t.head
    node = i
    for _ in range(8):
        if pos[node] in ("VERB", "AUX") and dep[node] != "aux":
            auxes = [c for c in kids[node] if dep[c] in ("aux", "auxpass")]
            if {lower[a] for a in auxes} & _FUTURE_AUX:
                return "future"
            if tag[node] == "VB" and any(lower[a] == "to" for a in auxes):
                h = head[node]
                if lemma[h] in _FUTURE_HEADS or lemma[h] == "go" or lower[h] in ("due", "set"):
                    return "future"
                if pos[h] in ("NOUN", "PROPN") and dep[node] in ("acl", "relcl"):
                    return "future"
                if h != node:
                    node = h
                    continue
            if lemma[node] in _FUTURE_HEADS and any(tag[a] in ("VBZ", "VBP") for a in auxes):
                return "future"
            if tag[node] == "VBD" or any(tag[a] == "VBD" for a in auxes):
                return "past"
            if tag[node] == "VBN" and any(lemma[a] == "have" for a in auxes):
                return "past"
            if tag[node] == "VBG" and any(lemma[a] == "be" for a in auxes):
                return "future"
            if tag[node] == "VB" and any(tag[a] == "MD" for a in auxes):
                return "future"
            return "past" if tag[node] == "VBN" else "unknown"
        if head[node] == node:
            break
        node = head[node]
    return "unknown"


def _article_tense(article: Article) -> Any:
    """`offset -> tense_at(article.doc, offset)`, computed on the article's token table."""
    if article.doc is None:
        return lambda offset: "past"
    t = tokens(article)
    kids: list[list[int]] = [[] for _ in range(len(t))]
    for j, h in enumerate(t.head):
        if h != j:  # spaCy lists no token as its own child (a root is its own head)
            kids[h].append(j)

    def tense(offset: int) -> str:
        i = token_at(t, offset)
        return "past" if i is None else _table_tense(t, kids, i)

    return tense


def _token_at(doc: Any, offset: int) -> Any:
    i = token_at(doc_table(doc), offset)  # doc.char_span(...)[0], without the Span (nlp_spans)
    return None if i is None else doc[i]


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, anchor: dt.date, tense: str) -> tuple[str, str] | None:
    """Fallback for forms our rules do not know; slow, so only for spaCy DATE spans, and cached."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    if not re.search(r"\d|" + "|".join(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                          "nov", "dec")), text, re.I):
        return None  # nothing dateparser could anchor on; saves its slow path on "the day" and the like
    settings = {
        "RELATIVE_BASE": dt.datetime(anchor.year, anchor.month, anchor.day),
        "PREFER_DATES_FROM": "future" if tense == "future" else "past",
        "RETURN_TIME_AS_PERIOD": False,
    }
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return str(d.year), "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if period == "week":
        iso = d.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}", "week"
    return d.isoformat(), "day"


def extract_times(article: Article) -> list[TimeExpr]:
    """Every time expression in the article, resolved against `anchor_date(article)`."""
    anchor = anchor_date(article)
    anchor_iso = anchor.isoformat() if anchor else None
    doc = article.doc
    out: list[TimeExpr] = []
    out.extend(_dateline_time(article, anchor))
    spans = [(s.start, s.end) for s in article.sentences] or [(article.body_start, len(article.text))]
    tense = _article_tense(article)
    for s_start, s_end in spans:
        chunk = article.text[s_start:s_end]
        found = find_times(chunk, anchor, tense_at=lambda off, b=s_start: tense(b + off))
        for f in found:
            out.append(TimeExpr(s_start + f.start, s_start + f.end, f.text, f.value, f.precision, anchor_iso))
    if doc is not None and anchor is not None:
        taken = [(t.start, t.end) for t in out]
        for ent in entities(article):
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if any(ent.start_char < e and s < ent.end_char for s, e in taken):
                continue
            if ent.text.strip().lower().rstrip(".") in MONTHS:
                continue  # a lone month name our rules turned down ("it May rain")
            if _BARE_COUNT.fullmatch(ent.text.strip()):
                continue
            res = _dateparser(ent.text, anchor, tense(ent.start_char))
            if res:
                out.append(TimeExpr(ent.start_char, ent.end_char, ent.text, res[0], res[1], anchor_iso))
                taken.append((ent.start_char, ent.end_char))
    out.sort(key=lambda t: t.start)
    return out


def _dateline_time(article: Article, anchor: dt.date | None) -> list[TimeExpr]:
    """The wire header's date ("MOSCOW, Aug 21 (Newswire) -") as a time expression inside the header."""
    dl = article.dateline
    if dl is None or not dl.date:
        return []
    header = article.text[dl.start:dl.end]
    anchor_iso = anchor.isoformat() if anchor else None
    try:
        value = dt.date.fromisoformat(dl.date[:10]).isoformat()
        found = [Found(0, len(header), header, value, "day")]
    except ValueError:
        found = [f for f in find_times(header, anchor) if f.precision in _DATABLE]
    if not found:
        return []
    f = found[0]
    return [TimeExpr(dl.start + f.start, dl.start + f.end, f.text, f.value, f.precision, anchor_iso)]


def dateline_date(article: Article) -> tuple[str | None, str | None]:
    """The resolved date of the wire dateline, if the header has one."""
    dl = article.dateline
    if dl is None:
        return None, None
    for t in article.times or _dateline_time(article, anchor_date(article)):
        if dl.start <= t.start and t.end <= dl.end and t.value:
            return t.value, t.precision
    return None, None


# Prepositions whose time is the end of a span the act sets or lasts, not the act's own date.
_SPAN_ENDS = frozenset({"until", "till", "til"})


def _governing(article: Article, sentence: Sentence, trigger_start: int, times: list[TimeExpr]) -> TimeExpr | None:
    """The time expression whose attachment point dominates the trigger most closely in the parse."""
    doc = article.doc
    if doc is None:
        return min(times, key=lambda t: abs(t.start - trigger_start))
    trig = _token_at(doc, trigger_start)
    if trig is None:
        return None
    best: tuple[int, TimeExpr] | None = None
    table = doc_table(doc)
    for t in times:
        # doc.char_span(...) and its root, from the token table (nlp_spans: same tokens, no Span objects)
        bounds = expand_span(table, t.start, t.end)
        if bounds is None:
            continue
        if bounds[0] < bounds[1]:
            root = doc[span_root(table, *bounds)]
        else:  # an empty span: whatever spaCy makes of it
            root = doc.char_span(t.start, t.end, alignment_mode="expand").root
        attach = root.head
        if t.precision in ("year", "decade") and root.dep_ in _NAMING_DEPS and root.i < attach.i != trig.i \
                and attach.pos_ in ("NOUN", "PROPN"):
            continue  # "under a 1951 treaty", "the 2015 nuclear deal": the year names the thing, not the act
        if attach.lower_ in _SPAN_ENDS and attach.pos_ in ("ADP", "SCONJ"):
            continue  # "extended the mandate until August": when what was done ends, not when it was done
        if attach.pos_ == "ADP" and attach.head.i != attach.i:
            attach = attach.head  # "on Monday" → the word "on" hangs from
        if bounds[0] <= attach.i < bounds[1]:
            attach = root  # the expression is the sentence root: nothing to attach to
        hops = _hops_up(trig, attach)
        if hops is None:
            # The time sits under the trigger only through nominal links ("the attack on Monday killed ...").
            down = _hops_up(attach, trig, nominal_only=True)
            hops = None if down is None else 10 + down
        if hops is not None and (best is None or hops < best[0]):
            best = (hops, t)
    return best[1] if best else None


def _hops_up(node: Any, target: Any, *, nominal_only: bool = False) -> int | None:
    """Steps from `node` up to `target` through heads; None when `target` is not an ancestor (or self)."""
    nominal = {"prep", "pobj", "nsubj", "nsubjpass", "dobj", "npadvmod", "compound", "amod", "appos", "nmod",
               "poss", "attr"}
    hops = 0
    while node.i != target.i:
        if nominal_only and node.dep_ not in nominal:
            return None
        if node.head.i == node.i:
            return None
        node = node.head
        hops += 1
        if hops > 30:
            return None
    return hops


def event_date(article: Article, sentence: Sentence, trigger_start: int) -> tuple[str | None, str | None, str]:
    """The date of an event: (ISO value, precision, source).

    Source is "time" when a time expression in the sentence governs the trigger (see `_governing`), else
    "dateline" when the wire header carries a date, else "published". The value is None when the article
    has no date at all.
    """
    times = article.times
    if not times and article.doc is not None and "times" not in article.scratch:
        times = extract_times(article)  # the stage did not run (e.g. a custom pipeline); work it out here
    in_sentence = [t for t in times if sentence.start <= t.start and t.end <= sentence.end
                   and t.value and t.precision in _DATABLE]
    spanned = [t for t in times if sentence.start <= t.start < sentence.end]
    # "came a week after Moscow and Kyiv agreed": a week before the main clause's date (only a sentence
    # with a duration can say that, and most have none: the tree walk is skipped for them)
    if (article.doc is not None and any(t.precision == "duration" for t in spanned)
            and (trig := _token_at(article.doc, trigger_start)) is not None):
        shifted = offset_date(trig, spanned, lambda at: event_date(article, sentence, at)) or narrative_date(
            trig, spanned, [t for t in times if t.start >= article.body_start])
        if shifted is not None:
            return shifted[0], shifted[1], "offset"
    if in_sentence:
        gov = _governing(article, sentence, trigger_start, in_sentence)
        if gov is not None:
            return gov.value, gov.precision, "time"
    value, precision = dateline_date(article)
    if value:
        return value, precision, "dateline"
    if article.published_date:
        return article.published_date.isoformat(), "day", "published"
    return None, None, "published"


@component("times", requires=["doc", "sentences"], assigns=["times"])
def make_times_stage(settings: Settings):
    def run(article: Article) -> None:
        article.times.extend(extract_times(article))
        article.scratch["times"] = True

    return run

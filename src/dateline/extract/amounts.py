"""Pipeline stage `amounts`: money, percentages, fractions, multipliers and counts of people, normalised.

Per sentence: surface patterns (`amount_patterns`) find money ("$240 billion", "1.5 trillion yuan", "€3bn"),
percentages ("1.6%", "26 percent", "2 percentage points"), fractions ("more than a quarter", "one in
five") and multipliers ("nearly doubled", "twofold"), each with its qualifier (at_least, more_than,
less_than, approximately, up_to). Then `amount_counts` finds counts of people on the parse. For every
amount the parse gives what it measures (`amount_measures.measured_phrase`) and the period.

Record conventions:
- `value` is the number in base units: "$240 billion" -> 2.4e11, "26 percent" -> 26.0, "a quarter" ->
  0.25, "doubled" -> 2.0; None for vague counts ("dozens of people").
- `unit` is an ISO 4217 code for money; `percent`, `percentage_point`, `basis_point`, `fraction`,
  `multiplier`, `people` otherwise. `kind` is money / percent / fraction / change / count.
- `start`/`end`/`text` cover the qualifier, the number and its unit words ("at least 12 people").
- `measures` is the text of the measured phrase, `measures_start/end` its range; counts use the
  normalised "<noun> <participle>" form described in `amount_counts`.
- `period` is the ISO value of the governing time expression from the times layer ("2023",
  "2024-01/2024-07"); when the times stage could not resolve it, its text ("last year"). None when the
  sentence has no time expression. No date parsing happens here.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Span

from ..config import Settings
from ..model import Amount, Article, TimeExpr
from ..pipeline import component
from ..nlp_cache import tokens
from ..nlp_spans import expand_span, span_root
from .amount_counts import count_cues, find_counts
from .amount_measures import governing_time, measured_phrase
from .amount_patterns import find_surface_amounts

log = logging.getLogger(__name__)

__all__ = ["extract_amounts", "make_amounts_stage"]


@component("amounts", requires=["doc", "sentences", "times"], assigns=["amounts"])
def make_amounts_stage(settings: Settings):
    def run(article: Article) -> None:
        article.amounts.extend(extract_amounts(article))

    return run


def _period(time: TimeExpr | None) -> str | None:
    if time is None:
        return None
    return time.value or time.text


def extract_amounts(article: Article) -> list[Amount]:
    """Amounts of a parsed article (`article.doc` set), in text order; the article is not modified."""
    doc = article.doc
    if doc is None:
        return []
    text = article.text
    out: list[Amount] = []
    table = tokens(article)
    may_count = count_cues(table)
    # Token ranges from the table's offsets (nlp_spans) rather than `doc.char_span`, which builds a Span and
    # Tokens per call; a Span is built only where a helper walks the parse.
    for sent in article.sentences:
        if sent.end <= article.body_start:
            continue
        times = [t for t in article.times if t.start >= sent.start and t.end <= sent.end]
        time_spans = [(t.start, t.end) for t in times]
        found: list[Amount] = []
        for sa in find_surface_amounts(text, max(sent.start, article.body_start), sent.end):
            if any(sa.num_start < b and sa.end > a for a, b in time_spans):
                continue  # "the first quarter" belongs to the times layer
            bounds = expand_span(table, sa.num_start, sa.end)
            if bounds is None:
                continue
            root = doc[span_root(table, *bounds)]
            measured = measured_phrase(
                root, (sa.start, sa.end), time_spans, share=sa.kind in ("percent", "fraction")
            )
            found.append(
                Amount(
                    start=sa.start,
                    end=sa.end,
                    text=text[sa.start : sa.end],
                    value=sa.value,
                    unit=sa.unit,
                    kind=sa.kind,
                    qualifier=sa.qualifier,
                    measures=text[measured[0] : measured[1]] if measured else None,
                    measures_start=measured[0] if measured else None,
                    measures_end=measured[1] if measured else None,
                    period=_period(governing_time(root, times)),
                )
            )
        sent_bounds = expand_span(table, sent.start, sent.end)
        if sent_bounds is not None and any(may_count[sent_bounds[0]:sent_bounds[1]]):
            blocked = [(a.start, a.end) for a in found] + time_spans
            for c in find_counts(Span(doc, *sent_bounds), text, blocked, table):
                found.append(_count_record(text, c, times))
        found.sort(key=lambda a: a.start)
        out.extend(found)
    return out


def _count_record(text: str, c: Any, times: list[TimeExpr]) -> Amount:
    return Amount(
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        value=c.value,
        unit="people",
        kind="count",
        qualifier=c.qualifier,
        measures=c.measures,
        measures_start=c.measures_start,
        measures_end=c.measures_end,
        period=_period(governing_time(c.root, times)),
    )

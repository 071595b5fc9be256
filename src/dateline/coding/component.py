"""Pipeline stage `coding`: fills `article.events` from the parse, the Actor layer and the event lexicon."""

from __future__ import annotations

import logging
from typing import Any

from ..config import Settings
from ..errors import ConfigError
from ..model import Article, Event
from ..nlp_cache import tokens
from ..nlp_spans import expand_span
from ..pipeline import component
from .answers import answered
from .arguments import ActorFinder
from .coder import CoderOptions, code_sentence
from .lexicon import load_lexicon
from .plover_modes import with_modes

log = logging.getLogger(__name__)

__all__ = ["code_article", "make_coding_stage", "options_from"]

# How a future act ("will meet", "plans to visit") is coded: "intent" (CAMEO 03x/13x, the default) or "act".
_FUTURE_ACTS = {"intent", "act"}


def options_from(settings: Settings, *, trace: bool = False) -> CoderOptions:
    future = str(settings.get("coding.future_acts", "intent")).strip().lower()
    if future not in _FUTURE_ACTS:
        raise ConfigError(f"coding.future_acts is {future!r}; use one of {', '.join(sorted(_FUTURE_ACTS))}",
                          code="E108")
    return CoderOptions(require_dyad=bool(settings.get("coding.require_dyad", False)), trace=trace,
                        future_as_intent=future == "intent",
                        unattributed_violence=bool(settings.get("coding.unattributed_violence", True)),
                        state_acts=bool(settings.get("coding.state_acts", True)),
                        crowd_acts=bool(settings.get("coding.crowd_acts", True)))


def _spans(article: Article) -> list[tuple[Any, Any]]:
    """Each sentence with its spaCy span: `doc.char_span(s.start, s.end, alignment_mode="expand")`, read off
    the token table (`expand_span`, the same range) so that only the Span itself is built, not the Tokens
    `char_span` makes to align its ends."""
    doc = article.doc
    table = tokens(article)
    out = []
    for s in article.sentences:
        got = expand_span(table, s.start, s.end)
        if got is not None and got[0] < got[1]:
            out.append((s, doc[got[0]:got[1]]))
    return out


def code_article(article: Article, settings: Settings, *, trace: bool = False) -> tuple[list[Event], list[dict]]:
    """Code every sentence of a parsed article. Returns (events, per-sentence traces when `trace`)."""
    lex = load_lexicon(settings.get("coding.lexicon") or None)
    # The article's shared token table first: the helpers that see only a Token (`nlp_cache.doc_table`) then
    # serve this Doc's table, even where another article was the last one an earlier stage worked on
    # (stages run article by article over a batch), instead of building it and `doc.ents` again.
    tokens(article)
    finder = ActorFinder(article)
    opts = options_from(settings, trace=trace)
    events: list[Event] = []
    traces: list[dict] = []
    for sentence, span in _spans(article):
        evs, tr = code_sentence(article, sentence, span, lex, finder, opts)
        events.extend(with_modes(evs, span))  # PLOVER modes read from the clause's words (plover_modes.py)
        if trace:
            traces.append({"start": sentence.start, "end": sentence.end,
                           "text": article.text[sentence.start:sentence.end],
                           "events": len(evs), "triggers": tr})
    return answered(events, article), traces


@component("coding", requires=["doc", "sentences", "actors"], assigns=["events"])
def make_coding_stage(settings: Settings):
    load_lexicon(settings.get("coding.lexicon") or None)  # fail at build time, not on the first article
    options_from(settings)

    def run(article: Article) -> None:
        if article.doc is None:
            return
        events, _ = code_article(article, settings)
        article.events.extend(events)

    return run

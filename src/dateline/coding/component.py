"""Pipeline stage `coding`: fills `article.events` from the parse, the Actor layer and the event lexicon."""

from __future__ import annotations

import logging
from typing import Any

from ..config import Settings
from ..errors import ConfigError
from ..model import Article, Event
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
    doc = article.doc
    out = []
    for s in article.sentences:
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((s, span))
    return out


def code_article(article: Article, settings: Settings, *, trace: bool = False) -> tuple[list[Event], list[dict]]:
    """Code every sentence of a parsed article. Returns (events, per-sentence traces when `trace`)."""
    lex = load_lexicon(settings.get("coding.lexicon") or None)
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

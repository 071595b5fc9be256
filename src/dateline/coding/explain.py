"""`extract --explain`: per sentence, which trigger matched which lexicon entry, the actors, or why not.

Re-runs the coder with tracing on the article's kept spaCy Doc (the pipeline must be run with keep_doc);
normal runs pay nothing for explanations.
"""

from __future__ import annotations

from ..config import Settings
from ..errors import PipelineError
from ..model import Article
from .component import code_article

__all__ = ["explain_article"]


def explain_article(article: Article, settings: Settings | None = None) -> list[dict]:
    """One dict per sentence: text, offsets, number of events, and a trace entry per trigger considered.

    A trace entry has `trigger`, `entry` (lexicon id), `code`, `mode`, `source`/`target` texts, and `reason`
    ("coded", "no resolved source actor", "no trigger in the lexicon", ...).
    """
    if article.doc is None:
        raise PipelineError("explain needs the parse: run the pipeline with keep_doc=True "
                            "(the CLI does this for --explain)", code="E320")
    _events, traces = code_article(article, settings or Settings(), trace=True)
    for t in traces:
        if not t["triggers"]:
            t["triggers"] = [{"reason": "no trigger in the lexicon"}]
    return traces

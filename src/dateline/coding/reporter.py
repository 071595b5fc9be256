"""Who reports a clause: the subject of a verb of saying above it ("X said Y attacked Z"), a parenthetical
reporting clause ("..., X said"), or "according to X". Memoised per governing verb for the sentence: every
trigger of one clause has the same reporter."""

from __future__ import annotations

from typing import Any

from ..model import Actor
from ..nlp_cache import children, doc_table, sent_range, tokens
from .arguments import core_span, subject_of
from .context import Ctx
from .matching import pobjs_of
from .modality import governing_verb

__all__ = ["reporter_of"]


def reporter_of(tok: Any, ctx: Ctx) -> tuple[str | None, Actor | None, Any]:
    """Who reports the clause: the subject of a verb of saying above it, or "according to X"."""
    node = governing_verb(tok)
    key = ("reporter", node.i)
    if key not in ctx.memo:
        ctx.memo[key] = _clause_reporter(node, tok, ctx)
    return ctx.memo[key]


def _clause_reporter(node: Any, tok: Any, ctx: Ctx) -> tuple[str | None, Actor | None, Any]:
    speech = ctx.lex.speech_verbs
    doc = node.doc
    t, ch = doc_table(doc), children(doc)  # children read on the token table
    dep, lemma = t.dep, t.lemma
    for _ in range(6):
        for c in ch[node.i]:
            if dep[c] == "parataxis" and lemma[c] in speech:
                subj, _p = subject_of(doc[c], speech)
                if subj is not None:
                    return _phrase(subj, ctx), ctx.finder.actor(subj), subj
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_ in speech:
            subj, _p = subject_of(node.head, speech)
            if subj is not None:
                return _phrase(subj, ctx), ctx.finder.actor(subj), subj
        if node.head == node:
            break
        node = node.head
    (lo, hi), doc = sent_range(tok), tok.doc
    # scan the sentence's words on the shared token table; only "according to" becomes a Token
    lower = tokens(ctx.article).lower if ctx.article.doc is doc else [t.lower_ for t in doc]
    for i in range(lo, hi):
        if lower[i] == "according" and i + 1 < len(doc) and lower[i + 1] == "to":
            t = doc[i]
            objs = pobjs_of(doc[i + 1]) or pobjs_of(t)
            if objs:
                return _phrase(objs[0], ctx), ctx.finder.actor(objs[0]), objs[0]
    return None, None, None


def _phrase(tok: Any, ctx: Ctx) -> str:
    start, end = core_span(tok)
    return ctx.article.text[start:end]

"""Who reports a clause: the subject of a verb of saying above it ("X said Y attacked Z"), a parenthetical
reporting clause ("..., X said"), or "according to X". Memoised per governing verb for the sentence: every
trigger of one clause has the same reporter.

Beside that speaker, `according_to_of` finds the outlet the sentence is attributed to ("according to
Xinhua", "..., state media reported", "KCNA said ..."): an event keeps both layers, as a quote keeps its
speaker and its `reported_by` (`extract.quotes`, whose test of a news outlet is reused here)."""

from __future__ import annotations

from typing import Any

from ..extract.quote_lexicon import DOCUMENT_NOUNS
from ..extract.quotes import is_media  # the quote layer's test: MED sector, a media noun or a named outlet
from ..model import Actor
from ..nlp_cache import children, doc_table, sent_range, tokens
from .arguments import core_span, subject_of
from .context import Ctx
from .matching import pobjs_of
from .modality import governing_verb

__all__ = ["according_to_of", "report_layer", "reporter_of"]


def reporter_of(tok: Any, ctx: Ctx) -> tuple[str | None, Actor | None, Any]:
    """Who reports the clause: the subject of a verb of saying above it, or "according to X"."""
    node = governing_verb(tok)
    key = ("reporter", node.i)
    if key not in ctx.memo:
        ctx.memo[key] = _clause_reporter(node, tok, ctx)
    return ctx.memo[key]


def report_layer(reporter: str | None, reporter_tok: Any, reporter_actor: Actor | None, subj_tok: Any,
                 source: Actor) -> dict[str, Any]:
    """`reported_by` and `reported_by_actor` of one event of a reported clause.

    A speaker is no separate reporter of its own act: the subject word itself ("X said" as the trigger's
    subject), or a resolved speaker who is the event's source ("Canada said it was worried":
    the source speaks for itself, so listing it again as reporter says nothing and reads as a third party).
    """
    if reporter_tok is None or (subj_tok is not None and reporter_tok.i == subj_tok.i):
        reporter = None
    if reporter_actor is None or not reporter_actor.resolved:
        return {"reported_by": reporter, "reported_by_actor": None}
    same = (reporter_actor.code, reporter_actor.name, reporter_actor.role) == (source.code, source.name,
                                                                              source.role)
    if same:
        # the same party ("it", the name again); not a person speaking of a body that shares its code
        # ("Premier Li said Beijing would ...": Li reports the government's act)
        return {"reported_by": None, "reported_by_actor": None}
    return {"reported_by": reporter, "reported_by_actor": reporter_actor}


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
    obj = _according_to_obj(tok, ctx)
    if obj is not None:
        return _phrase(obj, ctx), ctx.finder.actor(obj), obj
    return None, None, None


def _according_to_obj(tok: Any, ctx: Ctx) -> Any:
    """The object of the first "according to" phrase in `tok`'s sentence, or None."""
    (lo, hi), doc = sent_range(tok), tok.doc
    # scan the sentence's words on the shared token table; only "according to" becomes a Token
    lower = tokens(ctx.article).lower if ctx.article.doc is doc else [t.lower_ for t in doc]
    for i in range(lo, hi):
        if lower[i] == "according" and i + 1 < len(doc) and lower[i + 1] == "to":
            objs = pobjs_of(doc[i + 1]) or pobjs_of(doc[i])
            if objs:
                return objs[0]
    return None


def according_to_of(tok: Any, ctx: Ctx) -> dict[str, Any]:
    """`according_to` and `according_to_actor` (resolved actors only) of an event triggered by `tok`.

    The sentence's "according to X", else a news outlet or document that is the subject of a verb of
    saying in the sentence ("..., state media reported", "the KCNA news agency said ..."), whether or not
    a speaker reports the clause. A reporting verb that is the trigger itself is skipped: "Xinhua reported
    the talks" has Xinhua as its actor, not as its source.
    """
    lo, hi = sent_range(tok)
    key = ("according_to", lo)
    if key not in ctx.memo:
        ctx.memo[key] = _outlets(tok, lo, hi, ctx)
    for verb_i, text, actor in ctx.memo[key]:
        if verb_i != tok.i:
            return {"according_to": text,
                    "according_to_actor": actor if actor is not None and actor.resolved else None}
    return {"according_to": None, "according_to_actor": None}


def _outlets(tok: Any, lo: int, hi: int, ctx: Ctx) -> list[tuple[int, str, Actor | None]]:
    """(reporting verb index or -1, phrase, actor) of each report source of `tok`'s sentence (tokens
    `lo`..`hi`), best first."""
    out: list[tuple[int, str, Actor | None]] = []
    obj = _according_to_obj(tok, ctx)
    if obj is not None:
        out.append((-1, _phrase(obj, ctx), ctx.finder.actor(obj)))
    speech = ctx.lex.speech_verbs
    doc = tok.doc
    t, ch = doc_table(doc), children(doc)
    for i in range(lo, hi):
        if t.lemma[i] not in speech or t.pos[i] not in ("VERB", "AUX"):
            continue
        for c in ch[i]:
            if t.dep[c] != "nsubj":
                continue
            subj = doc[c]
            actor = ctx.finder.actor(subj)
            if subj.lemma_.lower() in DOCUMENT_NOUNS or _is_outlet(subj, actor):
                out.append((i, _phrase(subj, ctx), actor))
    return out


def _is_outlet(subj: Any, actor: Actor | None) -> bool:
    """A news outlet as the subject of a verb of saying: the quote layer's test, with two wire cases it
    misses here: "media" (lemmatised "medium") and a named body whose name ends in a media noun ("the
    International Atomic Energy Agency said": a resolved non-media actor, never an outlet)."""
    if actor is not None and actor.sector == "MED":
        return True
    if subj.pos_ == "PROPN" and actor is not None and actor.resolved:
        return False
    return is_media(subj, actor)


def _phrase(tok: Any, ctx: Ctx) -> str:
    start, end = core_span(tok)
    return ctx.article.text[start:end]

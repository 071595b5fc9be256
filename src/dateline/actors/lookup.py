"""Finding the actors of an article by character range (used by coding, quotes and evaluation)."""

from __future__ import annotations

from ..model import Actor, Article

__all__ = ["actor_at", "actors_in"]


def actors_in(article: Article, start: int, end: int) -> list[Actor]:
    """Actors whose spans lie inside [start, end), in text order."""
    return sorted((a for a in article.actors if a.start >= start and a.end <= end), key=lambda a: (a.start, -a.end))


def actor_at(article: Article, start: int, end: int) -> Actor | None:
    """The actor that best stands for the char range [start, end) (e.g. a subject's subtree).

    Preference: a resolved actor covering the whole range; else the resolved actor inside the range that
    starts first (the phrase's own head rather than an embedded modifier), longest on ties; else an
    unresolved one by the same rules. None when no actor overlaps the range.
    """
    # One pass over the layer keeping the four candidates (covering / inside, resolved or any): the coder asks
    # this thousands of times per article. Each keeps the first actor in layer order with the smallest key,
    # as `min` over the layer (covering) or over `actors_in`'s stable sort (inside) picks it.
    cov = cov_res = ins = ins_res = None
    cov_k = cov_res_k = 0
    ins_k = ins_res_k = (0, 0)
    for a in article.actors:
        s, e = a.start, a.end
        res = a.resolved or bool(a.members)
        if s <= start and e >= end:
            k = e - s
            if cov is None or k < cov_k:
                cov, cov_k = a, k
            if res and (cov_res is None or k < cov_res_k):
                cov_res, cov_res_k = a, k
        if s >= start and e <= end:
            ki = (s, s - e)
            if ins is None or ki < ins_k:
                ins, ins_k = a, ki
            if res and (ins_res is None or ki < ins_res_k):
                ins_res, ins_res_k = a, ki
    for found in (cov_res, ins_res, cov, ins):
        if found is not None:
            return found
    return None

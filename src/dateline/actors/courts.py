"""Courts, judges and prosecutors (CAMEO sector JUD) that name no country of their own.

Wire copy places a court by its city ("a court in Istanbul", "an Istanbul court", "a court in the southern
city of Diyarbakir") or not at all ("The Supreme Court rejected the appeal", "a military court sentenced
...") in a story about one country. The city's country comes from the gazetteer (the largest place of that
name, when no namesake elsewhere comes close); a bare court takes the article's one country under the same
rules as a bare government (`institutions._article_country`). Never for an "international" or "European"
court, nor when the phrase says more than a court's kind.
"""

from __future__ import annotations

from typing import Any

from ..model import Article
from .context import _borrowed
from .data import ActorDictionary, norm
from .institutions import _article_country
from .located import in_place_objects
from .places import city_country, reporting_places
from .resolve import Context, Cues, compose

__all__ = ["COURT_LEMMAS", "resolve_courts"]

COURT_LEMMAS = frozenset({"court", "tribunal", "judge", "prosecutor", "judiciary"})
# Words that say what kind of court it is, not whose ("the Supreme Court", "a military court").
COURT_KINDS = frozenset({"supreme", "constitutional", "high", "higher", "military", "criminal", "district",
                         "federal", "appeals", "appeal", "appellate", "administrative", "regional", "provincial",
                         "lower", "top", "local", "special", "city", "state", "national", "revolutionary",
                         "civil", "family", "juvenile", "magistrates", "magistrate", "county", "court",
                         "security", "terrorism", "anti-terrorism", "cassation", "penal", "heavy", "public",
                         "chief", "senior", "investigating", "presiding", "'s", "-"})
# Place nouns whose "of" phrase names the place ("the southern city of Diyarbakir").
_PLACE_NOUNS = frozenset({"city", "town", "province", "capital", "district", "region", "port", "village"})
_FOREIGN = frozenset({"international", "european", "foreign", "world", "un", "u.n.", "regional"})


def _proper_runs(doc: Any, start: int, end: int, skip: int) -> list[str]:
    """Texts of the runs of proper-noun tokens in [start, end) other than token `skip` and court words."""
    runs, cur = [], []
    for k in range(start, end):
        tok = doc[k]
        if k != skip and tok.pos_ == "PROPN" and tok.lower_ not in COURT_KINDS:
            cur.append(tok.text)
        elif cur:
            runs.append(" ".join(cur))
            cur = []
    if cur:
        runs.append(" ".join(cur))
    return runs


def _located(head: Any) -> list[str]:
    """Names of the place "in" which the head is ("a court in Istanbul", "a court in the city of X")."""
    names = []
    for pobj in in_place_objects(head):
        if pobj.pos_ == "PROPN":
            names += _proper_runs(pobj.doc, pobj.left_edge.i, pobj.i + 1, -1)
    return names


def _bare_court(span: Any) -> bool:
    """Whether `span` is "the"/"a" + court words only ("the Supreme Court", "a military court", "the
    judge"), a singular court or any number of judges or prosecutors."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in ("the", "a", "an"):
        return False
    root = span.root
    if root.lemma_.lower() in ("court", "tribunal") and root.tag_ not in ("NN", "NNP"):
        return False
    return all(t.i == root.i or t.lower_ in COURT_KINDS for t in span)


def resolve_courts(article: Article, d: ActorDictionary, out: list, pending: list, ctx: Context) -> None:
    """Give unresolved courts, judges and prosecutors (`pending`: (index into `out`, head lexicon hits)) the
    country of the city they are placed in, else, when bare, the article's one country (module docstring)."""
    todo = [(i, lex) for i, lex in pending
            if not out[i][1].resolved and lex[-1].kind == "sector" and lex[-1].value == "JUD"
            and out[i][2].root.lemma_.lower() in COURT_LEMMAS]
    if not todo:
        return
    own = [a.resolved and not _borrowed(a) for _, a, _ in out]
    skip = reporting_places(out)
    for i, head_lex in todo:
        mention, actor, span = out[i]
        if _FOREIGN.intersection(t.lower_ for t in span):
            continue
        names = _located(span.root) + _proper_runs(span.doc, span.start, span.root.i, span.root.i)
        # a name the dictionary knows ("Georgia", a seat) was read by its own rules already
        names = [n for n in names if norm(n) not in d.phrases]
        country, how = next(((c, "place") for c in map(city_country, names) if c in d.countries), (None, None))
        if country is None and _bare_court(span):
            country, how = _article_country(article, d, out, i, own, skip, places=True), "context"
        if country is None:
            continue
        cues = Cues(countries=[(head_lex[-1], country, how)], sectors=[head_lex[-1]])
        out[i] = (mention, compose(d, cues, ctx, actor.start, actor.end, actor.text, False), span)

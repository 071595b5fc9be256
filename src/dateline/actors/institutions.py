"""Bare institutions and offices ("the government", "the foreign ministry", "the president") that name no
country of their own take the one the article is about, when only one country can be meant.

Wire copy names a government once ("China's foreign ministry said ...") and then shortens it ("The
ministry also said ..."); a dated story about a country's own affairs ("BEIJING, March 3 (Reuters) - The
government said ...") never names it at all. Officials and spokesmen are left alone (`context.py`): "officials
said" in a story about two countries could be either side's. The rules, conservative by design:

1. an earlier government actor: when every government actor named before the mention is one country's, and
   either no other country was named before it or that government was the subject of its clause within the
   last two sentences ("China's foreign ministry said it opposed U.S. sanctions. The ministry also said"),
   that country;
2. otherwise, when the dateline city and the actors named before the mention point to one country only,
   that country;
3. never when the mention's own sentence names another country, and never for a phrase that is more than a
   bare institution or office noun ("the new government", "a government", "the governments").
"""

from __future__ import annotations

from typing import Any

from ..model import Actor, Article
from .context import _borrowed
from .data import ActorDictionary, norm
from .places import city_country, reporting_places
from .resolve import Context, Cues, compose

__all__ = ["INSTITUTION_NOUNS", "OFFICE_ROLES", "resolve_institutions"]

# Heads that stand for one country's government as a whole (lemmas).
INSTITUTION_NOUNS = frozenset({"government", "ministry", "cabinet", "administration", "regime", "junta",
                               "presidency"})
# Offices a bare title may stand for ("the president", "the foreign minister"); "the leader", "the
# spokesman" may be anyone's.
OFFICE_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                          "interior_minister", "finance_minister"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Plural-only institution nouns: "the authorities" is one state's government, as "the government" is
# ("the governments" is not, and stays out).
PLURAL_INSTITUTIONS = frozenset({"authority"})


def _bare(d: ActorDictionary, span: Any, head_lex: list) -> bool:
    """Whether `span` is "the" + a dictionary institution or office noun and nothing else ("the
    government", "the Foreign Ministry", "the prime minister"), singular."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    root = span.root
    if any(t.tag_ == "POS" for t in span):
        return False
    if root.tag_ == "NNS" and len(span) == 1 and root.lemma_.lower() in PLURAL_INSTITUTIONS:
        return head_lex[-1].value == "GOV" and head_lex[-1].kind == "sector"
    if root.tag_ not in ("NN", "NNP"):
        return False
    words = norm(span.text)
    last = head_lex[-1]
    if last.kind == "title":
        return last.value in OFFICE_ROLES and words in d.titles
    if root.lemma_.lower() not in INSTITUTION_NOUNS or last.value != "GOV":
        return False
    # "the finance ministry", "the interior ministry", "the unity government": a portfolio or kind named by
    # plain compound nouns is still one government's (an adjective, "the new government", is not bare)
    return words in d.sectors or (root.i == span.end - 1 and all(
        t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") and t.tag_ != "NNPS" for t in span[:-1]))


def _dateline_country(article: Article, d: ActorDictionary, places: bool = False) -> str | None:
    """The dateline's country when it is a country or a seat of government; with `places`, also any city
    the gazetteer places in one country ("ISTANBUL")."""
    if article.dateline is None or not article.dateline.place:
        return None
    for e in d.phrases.get(norm(article.dateline.place), ()):
        if e.kind in ("country", "seat") and e.value in d.countries:
            return e.value
    if places:
        country = city_country(article.dateline.place)
        return country if country in d.countries else None
    return None


def _article_country(article: Article, d: ActorDictionary, out: list, i: int, own: list[bool],
                     skip: set[int], places: bool = False) -> str | None:
    """The one country mention `i` can mean (module docstring), else None; `places`: a dateline city that
    is no seat of government counts too (`_dateline_country`)."""
    span = out[i][2]
    sent = span.sent
    named: list[tuple[int, Actor, Any]] = [
        (k, a, sp) for k, (_, a, sp) in enumerate(out[:i])
        if own[k] and k not in skip and a.country in d.countries and sp.start < span.start]
    govs = [(k, a, sp) for k, a, sp in named if a.sector == "GOV"]
    countries = {a.country for _, a, _ in named}
    dated = _dateline_country(article, d, places)
    country = None
    if govs and len({a.country for _, a, _ in govs}) == 1:
        country = govs[0][1].country
        # the country's opposition speaking keeps the story on its politics too ("Opposition leader X
        # criticised the government")
        _, _, last_sp = [x for x in named if x[1].country == country and x[1].sector in ("GOV", "OPP")][-1]
        sents = list(span.doc.sents) if countries - {country} else []
        if sents:
            # another country was named too: the government must have been the subject of its clause
            # within the two sentences before (the story's focus), else the choice is a guess
            here = next(n for n, s in enumerate(sents) if s.start <= span.start < s.end)
            there = next(n for n, s in enumerate(sents) if s.start <= last_sp.start < s.end)
            if last_sp.root.dep_ not in _SUBJECTS or here - there > 2:
                return None
    elif not govs:
        candidates = countries | ({dated} if dated else set())
        if len(candidates) == 1:
            country = next(iter(candidates))
    if country is None:
        return None
    for k, (_, a, sp) in enumerate(out):
        # "The government said Russia ...": the sentence's own countries compete
        if k != i and own[k] and sp.sent == sent and a.country in d.countries and a.country != country:
            return None
    return country


def resolve_institutions(article: Article, d: ActorDictionary, out: list, pending: list,
                         ctx: Context) -> None:
    """Give unresolved bare institutions and offices (`pending`: (index into `out`, head lexicon hits)) the
    article's country where only one can be meant; marked `resolved_by="context"`."""
    todo = [(i, lex) for i, lex in pending if not out[i][1].resolved and _bare(d, out[i][2], lex)]
    if not todo:
        return
    own = [a.resolved and not _borrowed(a) for _, a, _ in out]
    skip = reporting_places(out)
    for i, head_lex in todo:
        country = _article_country(article, d, out, i, own, skip)
        if country is None:
            continue
        mention, actor, span = out[i]
        cues = Cues(countries=[(head_lex[-1], country, "context")],
                    titles=[h for h in head_lex if h.kind == "title"],
                    sectors=[h for h in head_lex if h.kind == "sector"])
        out[i] = (mention, compose(d, cues, ctx, actor.start, actor.end, actor.text, False), span)

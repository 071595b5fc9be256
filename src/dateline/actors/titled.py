"""People the dictionary does not know, introduced by a sector title: "opposition leader X", "rebel
commander X", "army chief General X", "police spokesman X".

Wire copy introduces a person once with the title that says whom they act for; the title's sector is the
person's, and in a story about one country the person is that country's (CAMEO codes an opposition leader
of Venezuela VENOPP whether or not the name is in any dictionary). The guards:

- the title runs right up to the name (every word between the sector word and the name is a dictionary
  title or sector word), its first sector is one an unnamed group takes from context (`CONTEXT_SECTORS`:
  opposition, rebels, military, police, labour, students, ...) and no word of it is a government office
  ("Deputy Minister X": a minister of which country?);
- the phrase names no country, organisation or known person of its own (those resolve by their rules);
- the story is about one country: the dateline's (a country or seat of government) and every country the
  article's own actors name are the same one, or the dateline's country is named at least twice as often
  as any other (a story from its capital with foreign reactions). Marked `resolved_by="context"`.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor, Article
from .context import CONTEXT_SECTORS, _named_counts
from .data import ActorDictionary
from .institutions import _dateline_country
from .match import Hit
from .resolve import SINGULAR_PRONOUNS, Context, code_for

__all__ = ["resolve_titled", "titled_sector"]

# Government-sector title words that any group's people bear: "opposition leader", "police spokesman".
GENERIC_TITLES = frozenset({"leader", "official", "spokesman", "spokeswoman", "spokesperson"})


def _name_start(table: Any, lex: list[Hit], start: int, head_i: int) -> int:
    """First token of the run of proper nouns ending at `head_i` that no title or sector word covers."""
    k = head_i
    while k > start and table.pos[k - 1] == "PROPN" and not any(h.start <= k - 1 < h.end for h in lex):
        k -= 1
    return k


def _office(table: Any, hit: Hit) -> bool:
    """Whether a title word names a government office ("minister", "President"), not a rank any group has
    ("leader", "official", "spokesman")."""
    if hit.kind == "title":
        return hit.value != "leader"
    return hit.value == "GOV" and " ".join(table.lemma[hit.start:hit.end]).lower() not in GENERIC_TITLES


def titled_sector(table: Any, lex: list[Hit], start: int, head_i: int) -> tuple[str, int] | None:
    """(sector, first name token) when the phrase `start`..`head_i` is a sector title followed by a name
    ("Opposition leader Maria Corina Machado" -> OPP), else None. `table`: the article's token table;
    `lex`: the phrase's lexicon hits (titles and sector words). The title's first sector word wins: a
    "rebel commander" commands rebels, not an army."""
    if table.pos[head_i] != "PROPN" or any(h.start <= head_i < h.end for h in lex):
        return None
    name = _name_start(table, lex, start, head_i)
    if name == start:
        return None
    run = [h for h in lex if h.end <= name]
    # the title words must reach the name with nothing else between ("a leader of the protests X" is not)
    covered: list[Hit] = []
    k = name
    while ending := [h for h in run if h.end == k]:
        covered += ending
        k = min(h.start for h in ending)
    if any(_office(table, h) for h in covered):
        return None  # "Deputy Minister X": an office, whose country the title must say
    sectors = sorted((h for h in covered if h.kind == "sector"), key=lambda h: h.start)
    if not sectors or sectors[0].value not in CONTEXT_SECTORS:
        return None
    return sectors[0].value, name


def resolve_titled(article: Article, d: ActorDictionary, out: list, pending: list, ctx: Context) -> None:
    """Give unknown people introduced by a sector title (`pending`: (index into `out`, sector, first name
    token)) that sector and the story's one country (module docstring)."""
    todo = [p for p in pending if not out[p[0]][1].resolved]
    if not todo:
        return
    counts = _named_counts(d, out)
    countries = set(counts)
    dateline = _dateline_country(article, d)
    if dateline is not None:
        countries.add(dateline)
    if len(countries) == 1:
        country = countries.pop()
    elif dateline is not None and counts.get(dateline, 0) >= 2 * max(
            (n for c, n in counts.items() if c != dateline), default=0) and counts.get(dateline, 0) >= 2:
        # a story from its own capital that names foreign reactions ("CARACAS - ... the United States and
        # Brazil urged restraint ... Opposition leader X called"): the dateline's country, named at least
        # twice as often as any other, is the story's
        country = dateline
    else:
        return
    for i, sector, name_i in todo:
        mention, actor, span = out[i]
        doc = span.doc
        name = doc[name_i:span.root.i + 1].text
        person = Actor(actor.start, actor.end, actor.text, code=code_for(d, country, sector), country=country,
                       sector=sector, name=name, resolved_by="context", role_date=ctx.date)
        out[i] = (mention, person, span)
        _refer_pronouns(article.text, out, i)


def _refer_pronouns(text: str, out: list, i: int) -> None:
    """Singular pronouns after person `i` in its paragraph that found no antecedent when they were read
    ("She was later freed") refer to that person, up to the next person named."""
    person = out[i][1]
    for k in range(i + 1, len(out)):
        mention, actor, span = out[k]
        named = mention.kind != "PRON" and (mention.kind == "PERSON" or actor.name is not None)
        if named or "\n" in text[person.end:actor.start]:
            return
        if mention.kind == "PRON" and not actor.resolved and actor.text.lower() in SINGULAR_PRONOUNS:
            out[k] = (mention, Actor(actor.start, actor.end, actor.text, code=person.code,
                                     country=person.country, sector=person.sector, name=person.name,
                                     resolved_by="pronoun", role_date=person.role_date), span)

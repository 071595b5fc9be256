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

A government office ("Vice Foreign Minister X", "Deputy Minister X") says whom its holder serves only with a
country, and wire copy leaves the country out for the dateline's own officials only: a foreign one is
introduced as "Chinese Ambassador X", a visitor as "the visiting foreign minister". So an unknown name under
an office title alone, first met with no country, visitor or "former" word before it, is the dateline's
country's official when the dateline is a country or a seat of government that the story names again (a
story from Brussels about the EU does not make a minister Belgian; one that names no country does not
make him a foreigner it names). Marked `resolved_by="dateline"`.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor, Article
from .context import CONTEXT_SECTORS, _named_counts
from .data import ActorDictionary
from .institutions import _dateline_country
from .match import Hit
from .resolve import SINGULAR_PRONOUNS, Context, code_for
from .spokespeople import spokesperson_body

__all__ = ["resolve_titled", "titled_sector"]

# Sectors an office title may name besides the government's own ("Army Chief of Staff", "Police
# Commissioner"): state services, whose country the dateline gives as it gives a minister's.
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Government-sector title words that any group's people bear: "opposition leader", "police spokesman".
GENERIC_TITLES = frozenset({"leader", "official", "spokesman", "spokeswoman", "spokesperson"})


def _name_start(table: Any, lex: list[Hit], start: int, head_i: int) -> int:
    """First token of the run of proper nouns ending at `head_i` that no title or sector word covers."""
    k = head_i
    while k > start and (table.pos[k - 1] == "PROPN" or table.lower[k - 1] == "-") \
            and not any(h.start <= k - 1 < h.end for h in lex):
        k -= 1
    return k


def _office(table: Any, hit: Hit) -> bool:
    """Whether a title word names a government office ("minister", "President"), not a rank any group has
    ("leader", "official", "spokesman")."""
    if hit.kind == "title":
        return hit.value != "leader"
    return hit.value == "GOV" and " ".join(table.lemma[hit.start:hit.end]).lower() not in GENERIC_TITLES


_RANKS = frozenset({"deputy", "vice", "assistant", "acting", "chief"})
# Words before an office title that say its holder is not the dateline country's (module docstring).
_NOT_HOME = frozenset({"visiting", "foreign", "former", "ex", "guest", "counterpart", "outgoing", "exiled",
                       "acting"})


def titled_sector(table: Any, lex: list[Hit], start: int, head_i: int) -> tuple[str, int, bool] | None:
    """(sector, first name token, office) when the phrase `start`..`head_i` is a sector title followed by a
    name ("Opposition leader Maria Corina Machado" -> OPP), or a government office alone ("Deputy Minister
    X" -> the office's sector, office True), else None. `table`: the article's token table; `lex`: the
    phrase's lexicon hits (titles and sector words). The title's first sector word wins: a "rebel
    commander" commands rebels, not an army."""
    hyphenated = head_i >= 2 and table.lower[head_i - 1] == "-" and table.pos[head_i - 2] == "PROPN"  # "Ji-hoon"
    if (table.pos[head_i] != "PROPN" and not hyphenated) or any(h.start <= head_i < h.end for h in lex):
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
    sectors = sorted((h for h in covered if h.kind == "sector"), key=lambda h: h.start)
    if any(_office(table, h) for h in covered):
        # a rank word is no sector before an office ("Deputy Foreign Minister": not a sheriff's deputy)
        sectors = [h for h in sectors if " ".join(table.lower[h.start:h.end]) not in _RANKS]
        # "Deputy Minister X": an office, whose country only the dateline may give (module docstring)
        if any(w.lower() in _NOT_HOME for w in table.lower[start:k]) or any(
                h.kind == "sector" and h.value not in _OFFICE_SECTORS for h in sectors):
            return None
        return (sectors[0].value if sectors else "GOV"), name, True
    if not sectors or sectors[0].value not in CONTEXT_SECTORS:
        return None
    return sectors[0].value, name, False


def resolve_titled(article: Article, d: ActorDictionary, out: list, pending: list, ctx: Context) -> None:
    """Give unknown people introduced by a sector title (`pending`: (index into `out`, sector, first name
    token)) that sector and the story's one country (module docstring)."""
    todo = [p for p in pending if not out[p[0]][1].resolved]
    if not todo:
        return
    for p in todo:  # "ministry spokesman X" after "The French Foreign Ministry said": that ministry's
        inst = spokesperson_body(article.text, out, p[0])
        if inst is not None and inst.country:
            _give(article, d, out, [p], inst.country, "spokesperson", ctx)
    todo = [p for p in todo if not out[p[0]][1].resolved]
    if not todo:
        return
    counts = _named_counts(d, out)
    dateline = _dateline_country(article, d)
    offices = [p for p in todo if p[3]]
    if offices:
        todo = [p for p in todo if not p[3]]
        if dateline is not None and counts.get(dateline, 0) >= 1:
            _give(article, d, out, offices, dateline, "dateline", ctx)
    if not todo:
        return
    countries = set(counts)
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
    _give(article, d, out, todo, country, "context", ctx)


def _give(article: Article, d: ActorDictionary, out: list, todo: list, country: str, how: str,
          ctx: Context) -> None:
    """Make each pending titled person of `todo` an actor of `country` in the title's sector."""
    for i, sector, name_i, _office_title in todo:
        mention, actor, span = out[i]
        doc = span.doc
        name = doc[name_i:span.root.i + 1].text
        person = Actor(actor.start, actor.end, actor.text, code=code_for(d, country, sector), country=country,
                       sector=sector, name=name, resolved_by=how, role_date=ctx.date)
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

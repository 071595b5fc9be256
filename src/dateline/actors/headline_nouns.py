"""Agent nouns of Title Case lines (headlines, RSS titles): "Police Fire On Protesters", "Riot Police
Disperse ...", whose capitals make the actors stage take them for names. `nlp_case` lowers such lines for the
parser only; the words keep their capitals, so the actors stage asks here whether a capitalised head is a
common noun of a Title Case line."""

from __future__ import annotations

from ..model import Article
from ..nlp_cache import TokenTable
from ..nlp_case import in_lines, title_case_lines
from .descriptions import HEADS as BODY_HEADS

__all__ = ["UNIT_HEADS", "headline_common", "headline_lines", "headline_noun"]

# Vehicles, units and posts named by the force they belong to ("an army convoy", "a police checkpoint").
UNIT_HEADS = frozenset({"convoy", "patrol", "post", "outpost", "checkpoint", "base", "barracks", "camp",
                        "vehicle", "truck", "unit", "position", "station", "helicopter", "column"})


def headline_lines(article: Article) -> list[tuple[int, int]]:
    """The article's Title Case lines (nlp_case.title_case_lines), computed once per article."""
    cached = article.scratch.get("actors.headlines")
    if cached is None:
        cached = article.scratch["actors.headlines"] = title_case_lines(article.text)
    return cached


def headline_noun(t: TokenTable, headlines: list[tuple[int, int]], lex: list, hits: list, start: int,
                   head_i: int) -> bool:
    """A capitalised agent noun that is a common noun of a Title Case line ("Police Fire On Protesters",
    "Riot Police Disperse ..."), not the end of a name: every word before it in the phrase is an agent word
    of the lexicon or no proper noun ("Arakan Army", "Army Navy Club" stay names)."""
    if not headlines or not in_lines(headlines, t.idx[head_i]):
        return False
    covered = {k for h in (*lex, *hits) for k in range(h.start, h.end)}
    return all(k in covered or t.pos[k] != "PROPN" for k in range(start, head_i))


def headline_common(t: TokenTable, headlines: list[tuple[int, int]], head_i: int) -> bool:
    """A capitalised head of a Title Case line that NER does not call a person: a common noun as likely as a
    name ("Military Times", "Opposition Offices"), so a sector word before it is no title of a person. A
    unit ("Army Convoy") stays the force's, as "an army convoy" is, and a body ("Opposition Group", "Rebel
    Movement") the sector's."""
    if not headlines or t.ent[head_i] == "PERSON":
        return False
    words = {t.lower[head_i], t.lemma[head_i].lower()}
    return not (words & UNIT_HEADS or any(w in BODY_HEADS for w in words)) \
        and in_lines(headlines, t.idx[head_i])

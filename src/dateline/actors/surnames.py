"""Bare surnames of sitting office-holders whose data is too old to vouch for the office ("Lavrov said").

`resolve.resolve_surname` takes a bare surname to the one office holder of that name whose term the data
still vouches for on the article's date (18 months past its last check). Wikidata terms of long-serving
ministers and presidents are often open but last checked years ago, so "Lavrov said" went unresolved while
"Sergei Lavrov said" resolved (by the stale office's country and sector). This module is the guarded
fallback for the bare surname: the surname must

- belong to exactly one person whose open named office (head of state or government, foreign or defence
  minister, ...) began before the date, with no other person of that surname holding any office the data
  vouches for then (`stale_holder`);
- not be a family name written first (East Asian names: "Kim", "Wang", "Nguyen" name millions);
- not be an English word or a place (`plain_word`: "Tax", "Long", "Park", "Sanchez" is a town too).

The resolved actor has the office's country and sector but no role (`resolve.person_actor` with no term),
exactly as the full name would.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from ..errors import ConfigError, DictionaryError
from ..model import Actor
from .data import ROLE_PRIORITY, SURNAME_ROLES, ActorDictionary, Term, norm

log = logging.getLogger(__name__)

__all__ = ["ROYAL_TITLES", "as_first_named", "given_first", "highest_office", "noun_surname", "plain_word",
           "regnal_monarch", "stale_holder"]


@functools.lru_cache(maxsize=2)
def _english_words(model: str | None = None) -> frozenset[str]:
    """Lower-case English words (WordNet's lemma index, which the spaCy model's lemmatizer ships: the
    shipped default model, already loaded in a pipeline); empty when the model is not installed (then
    `plain_word` treats every word as plain, and no fallback applies)."""
    from ..config import Settings
    from ..nlp import load_model

    try:
        table = load_model(model or Settings().get("nlp.model")).get_pipe("lemmatizer").lookups.get_table(
            "lemma_index")
    except (ConfigError, KeyError, ValueError) as exc:
        log.warning("no English word list for surname guards (%s)", exc)
        return frozenset()
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") if pos in table for w in table[pos])


@functools.lru_cache(maxsize=4096)
def plain_word(word: str) -> bool:
    """Whether a folded word is also an English word or a place name, so that a capitalised mention of it
    may not be a person at all."""
    words = _english_words()
    if not words or word in words or word.replace("-", "_") in words:
        return True
    from ..extract.gazetteer import load_gazetteer

    try:
        return word in load_gazetteer()
    except DictionaryError:
        return True


def _family_first(name: str, surname: str) -> bool:
    return norm(name).replace("-", " ").split()[:1] == [surname]


def _vouched(term: Term, date: str) -> bool:
    from .resolve import trusted

    return trusted(term, date)


def stale_holder(d: ActorDictionary, word: str, date: str) -> int | None:
    """The one person with surname `word` (folded) whose open named office in `SURNAME_ROLES` began before
    `date` though the data no longer vouches for it, when no other person of that name is known to hold an
    office then; None otherwise (module docstring)."""
    if len(word) < 4 or not word.replace("-", "").isalpha():
        return None
    found: list[int] = []
    for idx in d.surnames.get(word, ()):
        p = d.people[idx]
        active = p.terms_at(date)
        stale = [t for t in active if t.source != "phoenix" and not t.end and t.role in SURNAME_ROLES]
        if stale:
            found.append(idx)
        elif any(_vouched(t, date) for t in active):
            return None  # another person of that name holds an office on the date
    if len(found) != 1:
        return None
    if _family_first(d.people[found[0]].name, word) or plain_word(word):
        return None
    return found[0]


def noun_surname(d: ActorDictionary, table: Any, folded: list[str], start: int, end: int, label: str) -> bool:
    """Whether the one-word candidate `start:end` is a surname the parser did not take for a name ("Guterres
    said", tagged as a plural noun and labelled ORG): capitalised, an office holder's surname, neither an
    English word nor a place. `table`: the article's token table; `folded`: its folded words."""
    if end - start != 1 or table.pos[start] == "PROPN" or label not in ("", "ORG"):
        return False
    word = folded[start]
    return table.text[start][:1].isupper() and word in d.surnames and len(word) >= 4 and not plain_word(word)


def given_first(d: ActorDictionary, idx: int, word: str) -> bool:
    """Whether the bare `word` is person `idx`'s indexed surname only because their name was read family
    name first while it begins with a common English given name ("Lawrence" of Lawrence Wong): no mention
    of the given name alone stands for them."""
    return word in d.given_names and _family_first(d.people[idx].name, word)


def _rank(term: Term) -> int:
    return ROLE_PRIORITY.get(term.role, len(ROLE_PRIORITY) + 1)


def highest_office(candidates: list[tuple[int, list[Term]]]) -> tuple[int, Term] | None:
    """Of people sharing a surname, each with the terms the data vouches for on the date, the one holding
    the highest-ranked office (head of state, then of government, then ministers: `ROLE_PRIORITY`), with
    that office's term; None when the top rank is shared ("Abbas" on 2024-03-03: the Palestinian president,
    not the Syrian defence minister)."""
    ranked = sorted(((min(map(_rank, terms)), idx, min(terms, key=_rank)) for idx, terms in candidates),
                    key=lambda r: r[0])
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1], ranked[0][2]


def as_first_named(actor: Actor, earlier: list[Actor]) -> Actor:
    """A short name keeps the office its first mention gave the person: "Foreign Secretary David Lammy ...
    Lammy said" is GBRGOV twice, even on a date the dictionary has no term for him (the text is newer)."""
    if actor.sector or not actor.name:
        return actor
    for prev in reversed(earlier):
        if prev.resolved and prev.name == actor.name and prev.sector and prev.country == actor.country:
            return Actor(actor.start, actor.end, actor.text, code=prev.code, country=prev.country,
                         sector=prev.sector, name=prev.name, role=prev.role, resolved_by="coreference",
                         role_date=prev.role_date)
    return actor


ROYAL_TITLES = frozenset({"head_of_state"})
REGNAL = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


def regnal_monarch(d: ActorDictionary, name: str, date: str, countries: set[str],
                   text: str) -> tuple[int, Term | None] | None:
    """The one head of state named "<name> <regnal number>" ("Hassan II") in the dictionary: the one in
    office on `date`, else the only one the article's `countries` (or its `text`) point to."""
    found = []
    for idx in d.surnames.get(name, ()):
        p = d.people[idx]
        if len(p.name.split()) == 2 and p.name.split()[-1].upper() in REGNAL:
            govs = [t for t in p.terms if t.sector == "GOV"]
            if govs:
                now = [t for t in p.terms_at(date) if t.sector == "GOV" and _vouched(t, date)]
                found.append((idx, now[0] if now else None, govs[0].country))
    current = [f for f in found if f[1] is not None]
    if len(current) != 1:
        current = [f for f in found if f[2] in countries or f[2] in _countries_named(d, text)]
    if len(current) == 1:
        return current[0][0], current[0][1]
    return None


def _countries_named(d: ActorDictionary, text: str) -> set[str]:
    """Countries whose names or seats appear as words in `text` (a cheap scan used only for royal names)."""
    found = set()
    for word in norm(text).replace(",", " ").replace(".", " ").split():
        for e in d.phrases.get(word, ()):
            if e.kind in ("country", "adj", "seat"):
                found.add(e.value)
    return found

"""A bare surname for a person the article named in full before, whom the dictionary does not know.

`resolve.resolve_surname` finds a bare name's person among the dictionary people the article has named
(`Context.people`). A person the dictionary does not know, or knows under another spelling, is resolved
from the words around the name ("Iran's foreign minister Abbas Araqchi": IRNGOV from the title; "opposition
leader X" from the title and the story's country), and the later bare name ("Araqchi declined to say")
found nobody. Wire copy names a person in full once and by surname after, so the bare name takes the actor
of the earlier mention that ends with it (`resolved_by="coreference"`), with these guards:

- the bare mention is one capitalised word, and the earlier one is person-like (a name or an office, no
  group) whose text (or recorded name) ends with that word, capitalised;
- the word names no country, people, seat, region or organisation ("Jordan", "Hamas");
- the earlier people ending with that word agree on the code: "Raul Castro ... Fidel Castro ... Castro"
  with different codes is left alone, and so is an earlier mention of that name that nothing resolved.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import Actor
from .data import ActorDictionary, norm

__all__ = ["named_before", "named_within", "resolve_bare_names", "with_trailing_name"]

# Dictionary kinds whose names are no one's surname here.
_NOT_PERSON = frozenset({"country", "adj", "seat", "region", "org", "ambiguous"})
# Sector nouns for institutions and things, not people: a name after them is theirs ("the opposition
# newspaper La Prensa", which the parser may label a person), not an office holder's.
_INSTITUTIONS = frozenset({
    "newspaper", "paper", "daily", "weekly", "magazine", "gazette", "media", "agency", "company", "firm",
    "corporation", "conglomerate", "airline", "carrier", "bank", "party", "group", "movement", "militia",
    "gang", "cartel", "army", "navy", "military", "force", "ministry", "embassy", "consulate", "court",
    "council", "parliament", "congress", "legislature", "cabinet", "government", "administration",
    "network", "channel", "station", "broadcaster", "hospital", "college", "university", "school",
    "union", "destroyer", "frigate", "cruiser", "freighter", "jet", "helicopter", "drone", "industry"})
# Arabic article particles hyphenated to a family name ("al-Sudani", "el-Sisi").
_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})
# Actors a phrase borrows from another mention: no office of its own words to lend a name in apposition.
_BORROWED = frozenset({"pronoun", "coreference", "group", "description"})


def _last_words(text: str) -> set[str]:
    """The folded last word of `text` and its last hyphenated part, when capitalised ("Abbas Araqchi":
    {"araqchi"}; "Hayan Abdul-Ghani": {"abdul-ghani", "ghani"}; "Mohammed al-Sudani": {"sudani"})."""
    words = text.split()
    if not words:
        return set()
    last = words[-1].strip(".,;:'\"")
    return {norm(w) for w in (last, last.rsplit("-", 1)[-1]) if w[:1].isupper()}


class _Folded(dict):
    """text -> `norm(text)`, filled on first sight: a subscript costs no Python call on a hit, and the
    bare-name walks below fold every earlier mention's text again for each name."""

    def __missing__(self, text: str) -> str:
        if len(self) >= _LAST_WORDS_MAX:
            self.clear()
        got = self[text] = norm(text)
        return got


_FOLDED = _Folded()

# `_last_words` of texts seen so far: `named_before` asks it of every earlier mention for each bare name (a
# quadratic walk), and mention texts repeat. Bounded so a long-running worker cannot grow it without limit.
_LAST_WORDS: dict[str, frozenset[str]] = {}
_LAST_WORDS_MAX = 100_000


def _remember_last_words(text: str) -> frozenset[str]:
    if len(_LAST_WORDS) >= _LAST_WORDS_MAX:
        _LAST_WORDS.clear()
    got = _LAST_WORDS[text] = frozenset(_last_words(text))
    return got


def _first_name_word(a: Actor) -> str | None:
    """The folded first word of the person's name: of `name`, else of the capitalised words ending the
    mention ("spokesman Lin Wenhao" -> "lin"); None for a one-word name."""
    words = (a.name or "").split()
    if not words:
        for w in reversed(a.text.split()):
            if not w[:1].isupper() or w.endswith("'s"):
                break
            words.insert(0, w)
    return norm(words[0]) if len(words) >= 2 else None


def _person_like(a: Actor) -> bool:
    return a.resolved and not a.members and (a.name is not None or a.role is not None)


def named_before(d: ActorDictionary, earlier: list[Actor], text: str) -> Actor | None:
    """The earlier person mention that the one-word name `text` refers back to (module docstring), or
    None. `earlier`: the article's actors before it, in text order."""
    if len(text.split()) != 1 or not text[:1].isupper() or not text.replace("-", "").isalpha():
        return None
    word = norm(text)
    entries = [*d.phrases.get(word, ()), *d.cased.get(text, ())]
    if len(word) < 3 or any(e.kind in _NOT_PERSON for e in entries):
        return None
    # "Asaad al-Shaibani ... Al-Shaibani said": an Arabic article particle starts the sentence capitalised;
    # the name after it is the earlier mention's last word
    head, _, rest = word.partition("-")
    keys = {word, rest} if head in _PARTICLES and rest else {word}
    found: list[Actor] = []
    memo = _LAST_WORDS
    for a in earlier:
        # keys & (_last_words(a.text) | _last_words(a.name or "")), each looked up once per text
        last = memo.get(a.text)
        if last is None:
            last = _remember_last_words(a.text)
        if not keys & last:
            last = memo.get(a.name or "")
            if last is None:
                last = _remember_last_words(a.name or "")
            if not keys & last:
                continue
        if _FOLDED[a.text] == word:
            continue
        if not _person_like(a):
            if not a.resolved and len(a.text.split()) > 1:
                return None  # "Ali Larijani ... Larijani": someone of that name nothing resolved
            continue
        found.append(a)
    if not found:
        # a family name written first ("spokeswoman Mao Ning ... Mao told reporters", "Park Ji-hoon ...
        # Park"): wire copy names no one else by a first name alone, so the first word of a person's name
        # counts when no last word matched
        found = [a for a in earlier if a.resolved and not a.members and (a.name or a.role or a.sector)
                 and _first_name_word(a) == word]
    if not found or len({a.code for a in found}) > 1:
        return None
    return found[-1]


def with_trailing_name(actor: Actor, table: Any, cue_ends: list[int], head_i: int) -> Actor:
    """"British Ambassador Lynne Tracy", "Ethiopia's Water Minister Habtamu Itefa": a phrase resolved from its
    country and title words whose own name the dictionary does not know keeps that name (the proper nouns
    after the last cue), so that the later bare surname ("Tracy said") can find it (`named_before`)."""
    if not actor.resolved or actor.name is not None or actor.role is not None or actor.members:
        return actor
    first = max((e for e in cue_ends if e <= head_i), default=None)
    if first is None or first > head_i or not all(
            table.pos[k] == "PROPN" or _joining_hyphen(table, k, first, head_i) for k in range(first, head_i + 1)):
        return actor
    # a hyphenated family name ("Kwaku Agyeman-Manu") is three tokens written as one word
    name = table.text[first]
    for k in range(first + 1, head_i + 1):
        glued = table.idx[k] == table.idx[k - 1] + len(table.text[k - 1])
        name += ("" if glued else " ") + table.text[k]
    return dataclasses.replace(actor, name=name)


def _joining_hyphen(table: Any, k: int, first: int, last: int) -> bool:
    """Whether token `k` is a hyphen written inside a name between two of its words, unspaced
    ("Agyeman-Manu"), so the name runs on past it."""
    if table.text[k] != "-" or not first < k < last:
        return False
    return table.idx[k] == table.idx[k - 1] + len(table.text[k - 1]) and table.idx[k + 1] == table.idx[k] + 1


def as_named_before(prev: Actor, start: int, end: int, text: str) -> Actor:
    """The bare name's actor: the earlier mention's, marked `resolved_by="coreference"`."""
    return Actor(start, end, text, code=prev.code, country=prev.country, sector=prev.sector, name=prev.name,
                 role=prev.role, resolved_by="coreference", role_date=prev.role_date)


def _office_before(text: str, prev: Actor, prev_span: Any, actor: Actor) -> bool:
    """Whether `prev` (mention `prev_span`) is an office or agent resolved from its own words that the
    unknown name `actor` follows in apposition ("Iraq's oil minister Hayan Abdul-Ghani", "a member of the
    Kenyan senate, Ana Quispe"): a single actor with a sector and no borrowed reading, headed by a
    lower-case singular noun that names no institution, right before the name."""
    if not prev.resolved or prev.members or prev.sector is None or prev.resolved_by in _BORROWED:
        return False
    root = prev_span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.tag_ == "NN":
        root = root.head.head  # "a member of the Kenyan senate, X": the member is X, not the senate
    if root.tag_ != "NN" or not root.text.islower() or root.lower_ in _INSTITUTIONS:
        return False
    return text[prev.end:actor.start] in (" ", ", ")


def resolve_bare_names(d: ActorDictionary, out: list, text: str) -> None:
    """Unknown names in apposition to an office the phrase before them resolved ("Iran's foreign minister
    Abbas Araqchi") take that office's actor, with their own name; then unresolved one-word names whose
    person was resolved only after they were read (by that rule, or an unknown person the story's country
    gave a sector: `titled.resolve_titled`) take that person's actor. `out`: the stage's (mention, actor,
    span) list in text order; entries are replaced in place. `text`: the article's."""
    for i, (mention, actor, span) in enumerate(out):
        if actor.resolved or mention.kind == "PRON":
            continue
        if i and mention.kind == "PERSON" and len(actor.text.split()) > 1 \
                and _office_before(text, out[i - 1][1], out[i - 1][2], actor):
            prev = out[i - 1][1]
            out[i] = (mention, Actor(actor.start, actor.end, actor.text, code=prev.code, country=prev.country,
                                     sector=prev.sector, name=actor.text, role=prev.role,
                                     resolved_by="coreference", role_date=prev.role_date), span)
            continue
        prev = named_before(d, [a for _, a, _ in out[:i]], actor.text)
        if prev is None and mention.kind == "PERSON":
            prev = named_within([a for _, a, _ in out[:i]], actor.text)
        if prev is not None:
            out[i] = (mention, as_named_before(prev, actor.start, actor.end, actor.text), span)


def named_within(earlier: list[Actor], text: str) -> Actor | None:
    """The earlier person mention that a name of two or more capitalised words repeats whole, word for
    word ("Saudi Foreign Minister Prince Faisal bin Farhan ... Prince Faisal said"), when the earlier people
    so named agree on the code; else None."""
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    needle = f" {norm(text)} "
    folded = _FOLDED
    found = [a for a in earlier if len(a.text) > len(text)
             and (needle in f" {folded[a.text]} " or needle in f" {folded[a.name or '']} ")]
    # every earlier mention so named must be one resolved person: two people named "Sheikh Mohammed ..."
    # (one of them no office the dictionary knows) leave the short form to nobody
    if not found or not all(_person_like(a) for a in found) or len({a.code for a in found}) > 1:
        return None
    return found[-1]

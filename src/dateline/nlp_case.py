"""Headline case: what the parser sees of a Title Case line.

The small English model reads "Peru Condemns Chile Over Border Incident" as a string of proper nouns, so a
headline (an RSS title kept in the text, the first line of a wire file) yields no event although the same
words in sentence case do. Before parsing, a line in Title Case has its common words lowered: function
words ("Over", "To", "Will") and words the event lexicon knows as triggers, inflected or not ("Condemns",
"Talks", "Sanctions"). Names stay as written, so the actor dictionary and NER still see "Peru" and "Chile".

Lowering never changes a string's length here (the words are ASCII letters), so every token offset stays
an offset into `Article.text`, and every record still quotes the article as written.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

__all__ = ["lower_title_case", "is_title_case", "title_case_lines", "in_lines"]

# Closed-class words a headline capitalises. Not "May" and "March": they are also a month, a name and a verb.
FUNCTION_WORDS = frozenset("""
a an the of to for in on over with after before amid as at by from into onto against and or but nor not no
is are was were be been being has have had will would could should can its their his her our new about up
down out off under between during despite ahead upon via than that this these those who which while
near across through toward towards around within without behind beyond along among amongst amidst since
until if when where because whether below above inside per unlike now again also still just only very
there then it they he she we them some any more most other another each both several many few says said
""".split())
# Group nouns a headline capitalises after a country ("Macedonia Leader Criticizes ...").
GROUP_NOUNS = frozenset("""
leader leaders official officials government forces troops police protesters demonstrators rebels
militants activists lawmakers ministers diplomats authorities residents workers students
""".split())

_END = float("inf")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z][a-z]*(?:'[a-z]+)?")


def is_title_case(line: str) -> bool:
    """A headline-like line: 4+ words, at most 25 of them, and at least 3 in 4 of its words of four or
    more letters capitalised (sentence case capitalises few; an all-caps line is left alone)."""
    if len(line) > 250:  # a paragraph, not a headline: skip without scanning its words
        return False
    words = _WORD.findall(line)
    if not 4 <= len(words) <= 25:
        return False
    long = [w for w in words if len(w) >= 4]
    if len(long) < 3:
        return False
    caps = sum(w[0].isupper() for w in long)
    return caps >= 0.75 * len(long)


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the Title Case lines of `text`: where a capital letter says
    nothing about a word being a name ("Police Fire On Protesters"). Stricter than `is_title_case`: a line
    with a lower-case word of four or more letters other than a function word is a sentence full of names
    ("Xi hosted Putin at the Palace of the Nation"), where a capital still marks a name."""
    if "\n" not in text:
        return [(0, len(text))] if _headline(text) else []
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if _headline(m.group(0))]


def _headline(line: str) -> bool:
    # whole words split on spaces: "High-level" and "Príncipe" hold no lower-case word of their own
    return is_title_case(line) and not any(
        len(w) >= 4 and w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in line.split())


def in_lines(lines: list[tuple[int, int]], offset: int) -> bool:
    """Whether character `offset` falls in one of `lines` (sorted, as `title_case_lines` gives them)."""
    k = bisect.bisect_right(lines, (offset, _END)) - 1
    return k >= 0 and lines[k][0] <= offset < lines[k][1]


def _forms(word: str) -> list[str]:
    """`word` and its regular un-inflections (condemns -> condemn, voices -> voice, talks -> talk)."""
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 3:
        out.append(word[:-1])
    if word.endswith("ed") and len(word) > 4:
        out += [word[:-1], word[:-2]]
        if len(word) > 5 and word[-3] == word[-4]:
            out.append(word[:-3])  # planned -> plan
    if word.endswith("ing") and len(word) > 5:
        out += [word[:-3], word[:-3] + "e"]
    return out


@functools.lru_cache(maxsize=1)
def _lexicon_known() -> Callable[[str], bool]:
    from .coding.lexicon import load_lexicon

    return load_lexicon().known


def _lowerable(word: str, known: Callable[[str], bool]) -> bool:
    low = word.lower()
    if low in FUNCTION_WORDS or low in GROUP_NOUNS:
        return True
    if low in ("may", "march") or not word[1:].islower():
        return False
    return any(known(f) for f in _forms(low))


def lower_title_case(text: str, known: Callable[[str], bool] | None = None) -> str:
    """`text` with the common words of its Title Case lines lowered (same length; other lines as they are).

    `known(lemma)` says whether the event lexicon has a trigger for a lemma (default: the shipped lexicon).
    """
    if "\n" not in text and not is_title_case(text):
        return text  # the common case, a body paragraph: one check, no copy
    known = known or _lexicon_known()
    parts: list[str] = []
    last = 0
    for m in _LINE.finditer(text):
        line = m.group(0)
        if not is_title_case(line):
            continue
        new = _WORD.sub(lambda w: w.group(0).lower() if w.start() > 0 and _lowerable(w.group(0), known)
                        else w.group(0), line)
        if new != line:
            parts += [text[last:m.start()], new]
            last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)

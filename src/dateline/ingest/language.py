"""A cheap English detector: writing system first, then function-word ratios.

dateline's dictionaries, lexicon and spaCy model are English only; coding French or Russian text with them
yields noise that looks like data, so such articles are refused at ingest with a reason.

How it decides (on the first `sample_chars` characters):
1. Script: if under half the letters are Latin, the text is not English; the dominant script is named
   ("Cyrillic", "Arabic", "CJK", ...).
2. Function words: English news prose has roughly 25-45% of its words in a short list of function words
   ("the", "of", "and", "to", "said", ...). Other Latin-script languages have their own lists. The text is
   that other language when its share beats English's and reaches `min_ratio`; otherwise it is English
   when the English share is at least half of `min_ratio` (names and numbers dilute short wire copy), and
   "unknown (not English)" below that (a word list, or a language without a list here).
3. Texts with fewer than `min_words` words are not judged (a headline-length text says too little);
   they pass as English. "Unknown" needs `min_words_unknown` words: a long headline or a caption of names
   and nouns ("Border guards seize smuggled cattle, arresting ... herders") can have no function word
   at all, while a text in another listed language is still named from fewer words.

This is deliberately small and dependency-free; it errs towards "English" on short or mixed texts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["detect_language", "LanguageGuess"]

_STOP: dict[str, frozenset[str]] = {
    "English": frozenset(
        "the of and to in a is that for on with was as by at from it its he she his her they their be been "
        "has have had were are will would said says an or not but this which who also after over than into "
        "about more we i you our there when were".split()
    ),
    "French": frozenset(
        "le la les de des du et est une un en que qui dans pour par sur pas au aux ce cette il elle ont "
        "sont été avec ses son sa plus ne se a".split()
    ),
    "Spanish": frozenset(
        "el la los las de del y que en un una por con para es se no al lo su sus como más pero fue ha "
        "han sido este esta".split()
    ),
    "German": frozenset(
        "der die das und ist nicht ein eine zu den dem des mit von auf für im sich auch es sind wurde "
        "hat haben als bei nach wie aus".split()
    ),
    "Portuguese": frozenset(
        "o a os as de do da dos das e que em um uma para com não por se na no mais foi ao pelo pela "
        "são".split()
    ),
    "Italian": frozenset(
        "il lo la gli le di del della e che è un una per con non sono nel nella da dei al alla ha "
        "anche più".split()
    ),
    "Dutch": frozenset(
        "de het een en van in is dat op te zijn voor met niet die aan er ook als bij door werd "
        "heeft".split()
    ),
    "Turkish": frozenset("ve bir bu da de ile için olarak olan gibi daha çok ama en".split()),
    "Indonesian": frozenset("yang dan di ini itu dengan untuk dari dalam tidak akan pada adalah".split()),
}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


class LanguageGuess:
    """The detector's verdict: `language` ("English", "French", ... or a script name) and `english`."""

    __slots__ = ("language", "english", "detail")

    def __init__(self, language: str, english: bool, detail: str):
        self.language = language
        self.english = english
        self.detail = detail

    def __repr__(self) -> str:
        return f"LanguageGuess({self.language!r}, english={self.english}, {self.detail})"


def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL"):
        return "CJK" if first == "CJK" else first.title()
    return first  # LATIN, CYRILLIC, ARABIC, GREEK, HEBREW, DEVANAGARI, THAI, ...


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# word -> the languages whose list holds it; one dict lookup per word instead of one per language
_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOP.items():
    for _w in _words:
        _WORD_LANGS[_w] = _WORD_LANGS.get(_w, ()) + (_lang,)


def detect_language(
    text: str, *, sample_chars: int = 1500, min_words: int = 12, min_ratio: float = 0.12,
    min_words_unknown: int = 30,
) -> LanguageGuess:
    """Guess whether `text` is English. Cheap: looks at the first `sample_chars` characters only."""
    sample = text[:sample_chars]
    if not sample.isascii():
        n_letters = len(_LETTER.findall(sample))
        latin = len(_LATIN.findall(sample))
        if n_letters and latin / n_letters < 0.5:
            scripts = Counter(_script(ch) for ch in _LETTER.findall(sample[:500]) if not _LATIN.match(ch))
            top = scripts.most_common(1)[0][0] if scripts else "OTHER"
            name = top if top in ("CJK", "Hiragana", "Katakana", "Hangul") else top.title()
            return LanguageGuess(f"{name} script", False, f"{latin / n_letters:.0%} of letters are Latin")
    words = _WORD.findall(sample.lower())
    if len(words) < min_words:
        return LanguageGuess("English", True, f"only {len(words)} words; not judged")
    counts = dict.fromkeys(_STOP, 0)
    for w in words:
        for lang in _WORD_LANGS.get(w, ()):
            counts[lang] += 1
    ratios = {lang: n / len(words) for lang, n in counts.items()}
    en = ratios["English"]
    other, other_ratio = max(((k, v) for k, v in ratios.items() if k != "English"), key=lambda kv: kv[1])
    detail = f"English function words {en:.0%}, {other} {other_ratio:.0%} of {len(words)} words"
    if other_ratio > en and other_ratio >= min_ratio:
        return LanguageGuess(other, False, detail)
    if en >= min_ratio / 2 or len(words) < min_words_unknown:
        return LanguageGuess("English", True, detail)
    return LanguageGuess("unknown (not English)", False, detail)

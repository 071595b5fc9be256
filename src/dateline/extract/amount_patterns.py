"""Surface patterns for amounts: numbers, scales, currencies, percentages, fractions, multipliers.

Everything is compiled once at import (module constants, not configuration). `find_surface_amounts` runs
the patterns over a stretch of text and returns normalised `SurfaceAmount`s; what an amount measures is
decided later, on the parse (`amounts.py`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..records import fast_init

__all__ = ["SurfaceAmount", "find_surface_amounts", "parse_number", "QUALIFIER_RE", "qualifier_of"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12,
    "a dozen": 12, "half a": 0.5, "hundred": 100, "a hundred": 100,
}
_SCALES = {
    "thousand": 1e3, "k": 1e3, "lakh": 1e5, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "crore": 1e7,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tln": 1e12,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_WORD_NUM = rf"(?:half an?|a dozen|a hundred|(?:{_TENS})(?:[- ](?:{_ONES}))?|zero|{_ONES}|{_TEENS}|dozen|hundred)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# "a"/"an" is a number only before a scale word ("a billion dollars").
_NUM = rf"(?:{_DIGITS}|{_WORD_NUM}|an?(?=\s+(?:thousand|million|billion|trillion)\b))"
_SCALE_WORDS = r"(?:thousand|million|billion|trillion|lakh|crore)"
_SCALE_ABBR = r"(?:bn|bln|mn|mln|tn|trn|tln|m|k|b)"  # only glued to the number or after a symbol: "€3bn"

# Currency symbols and codes before the number. Longer prefixes first so "HK$" wins over "$".
_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "HK$": "HKD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₽": "RUB", "₹": "INR", "₩": "KRW", "₴": "UAH", "₺": "TRY", "₪": "ILS", "₦": "NGN",
}
_CODES = (
    "USD EUR CNY RMB RUB GBP JPY INR KRW UAH TRY ILS IRR SAR AED CHF CAD AUD HKD TWD SGD BRL MXN ZAR KZT "
    "PKR IDR VND THB MYR NGN EGP PLN SEK NOK DKK HUF CZK BYN GEL AMD AZN UZS"
).split()
# Currency words after the number. Ambiguous words are kept out: bare "pounds" (weight), "real", "won"
# only after a scale or a number (handled by the number being mandatory before the word).
_CURRENCY_WORDS = {
    "u.s. dollars": "USD", "us dollars": "USD", "american dollars": "USD", "hong kong dollars": "HKD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "singapore dollars": "SGD",
    "new taiwan dollars": "TWD", "taiwan dollars": "TWD", "new zealand dollars": "NZD", "dollars": "USD",
    "dollar": "USD", "yuan": "CNY", "renminbi": "CNY", "euros": "EUR", "euro": "EUR", "rubles": "RUB",
    "ruble": "RUB", "roubles": "RUB", "rouble": "RUB", "pounds sterling": "GBP", "british pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "indian rupees": "INR", "pakistani rupees": "PKR", "rupees": "INR",
    "rupee": "INR", "won": "KRW", "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH", "lira": "TRY",
    "liras": "TRY", "shekels": "ILS", "shekel": "ILS", "rials": "IRR", "rial": "IRR", "riyals": "SAR",
    "riyal": "SAR", "dirhams": "AED", "dirham": "AED", "swiss francs": "CHF", "francs": "CHF",
    "tenge": "KZT", "reais": "BRL", "rand": "ZAR", "pesos": "MXN", "rupiah": "IDR", "dong": "VND",
    "baht": "THB", "ringgit": "MYR", "naira": "NGN", "zlotys": "PLN", "zloty": "PLN", "forints": "HUF",
    "lari": "GEL", "drams": "AMD", "manats": "AZN",
}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_QUALIFIERS = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "exceeding": "more_than", "well over": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "just under": "less_than", "about": "approximately", "around": "approximately",
    "approximately": "approximately", "roughly": "approximately", "nearly": "approximately",
    "almost": "approximately", "some": "approximately", "an estimated": "approximately",
    "close to": "approximately", "an approximate": "approximately", "circa": "approximately",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "no more than": "up_to", "a maximum of": "up_to",
}
QUALIFIER_RE = re.compile(rf"\b({_alt(_QUALIFIERS)})\s+$", re.I)


def qualifier_of(text_before: str) -> tuple[str | None, int]:
    """(qualifier, its length) when `text_before` ends with one ("at least "), else (None, 0)."""
    m = QUALIFIER_RE.search(text_before[-24:])
    if not m:
        return None, 0
    return _QUALIFIERS[m.group(1).lower()], len(text_before[-24:]) - m.start()


_MONEY_PREFIX = re.compile(
    rf"(?<![\w$])(?P<cur>{_alt(_SYMBOLS)}|(?:{'|'.join(_CODES)})\s?)\s?(?P<num>{_DIGITS})"
    rf"(?:\s?(?P<scale>{_SCALE_WORDS})\b|(?P<abbr>{_SCALE_ABBR})\b)?",
)
_MONEY_SUFFIX = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM})(?:(?P<abbr>{_SCALE_ABBR})\b|\s(?P<scale>{_SCALE_WORDS})\b)?"
    rf"(?:\s(?:of\s)?)(?P<cur>{_alt(_CURRENCY_WORDS)}|{'|'.join(_CODES)})\b",
    re.I,
)
_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM})(?:\s?(?P<pct>%|percent\b|per cent\b|pct\b)"
    rf"|[\s-](?P<pp>percentage[\s-]points?)\b|[\s-](?P<bp>basis[\s-]points?)\b)",
    re.I,
)
_FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3,
    "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "one-quarter": 0.25,
    "three quarters": 0.75, "three-quarters": 0.75, "a fourth": 0.25, "a fifth": 0.2, "one fifth": 0.2,
    "one-fifth": 0.2, "two fifths": 0.4, "two-fifths": 0.4, "three fifths": 0.6, "a tenth": 0.1,
    "one tenth": 0.1, "one-tenth": 0.1, "a sixth": 1 / 6, "an eighth": 0.125,
}
_FRACTION = re.compile(
    rf"\b(?:(?P<frac>{_alt(_FRACTIONS)})|(?P<n>{_WORD_NUM}|\d+) (?:in|out of) (?P<d>{_WORD_NUM}|\d+))\b",
    re.I,
)
_MULTIPLIERS = {"doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3, "quadrupled": 4,
                "halved": 0.5, "halving": 0.5}
_MULTIPLIER = re.compile(
    rf"\b(?:(?P<verb>{_alt(_MULTIPLIERS)})|(?P<n>{_DIGITS}|{_WORD_NUM})[- ]?fold)\b", re.I
)


# Cheap gates: a pattern runs on a sentence only when one of its literal stems occurs there. Python's re
# does not optimise long alternations, so running every pattern on every sentence costs more than parsing.
_DIGIT_OR_SYMBOL_RE = re.compile(r"[\d$€£¥₽₹₩₴₺₪₦]")
_CODE_RE = re.compile(r"\b[A-Z]{3}\b")
_NUMBER_WORDS = tuple(w for w in _UNITS if len(w) > 2 and " " not in w) + (
    "thousand", "million", "billion", "trillion",
)
_CURRENCY_STEMS = tuple({w.split()[-1][:4] for w in _CURRENCY_WORDS})
_FRACTION_STEMS = ("half", "third", "quarter", "fourth", "fifth", "sixth", "eighth", "tenth")
_MULTIPLIER_STEMS = ("doubl", "tripl", "trebl", "quadrupl", "halv", "fold")
_PERCENT_STEMS = ("%", "percent", "per cent", "pct", "point")


@fast_init
@dataclass(frozen=True, slots=True)
class SurfaceAmount:
    """An amount read off the text: `start`/`end` cover qualifier + number + unit words."""

    start: int
    end: int
    value: float | None
    unit: str
    kind: str
    qualifier: str | None
    num_start: int  # where the number itself starts (the parse anchor)


def parse_number(raw: str, scale: str | None = None) -> float | None:
    """'1,200' -> 1200.0; 'twenty-five' -> 25.0; ('1.5', 'trillion') -> 1.5e12; None when unreadable."""
    raw = raw.strip().lower()
    value: float | None
    try:
        value = float(raw.replace(",", ""))
    except ValueError:
        value = None
        if raw in _UNITS:
            value = float(_UNITS[raw])
        else:
            parts = re.split(r"[- ]", raw)
            if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS:
                value = float(_UNITS[parts[0]] + _UNITS[parts[1]])
    if value is not None and scale:
        value = round(value * _SCALES[scale.lower()], 6)  # 1.1 * 1e9 must read 1100000000.0
    if value is not None and not math.isfinite(value):
        return None  # a 300-digit number overflows to inf, which is not valid JSON (found by bench/fuzz.py)
    return value


def _with_qualifier(text: str, start: int, lo: int) -> tuple[str | None, int]:
    qual, qlen = qualifier_of(text[max(lo, start - 24) : start])
    return qual, start - qlen if qual else start


def find_surface_amounts(text: str, start: int, end: int) -> list[SurfaceAmount]:
    """Money, percentages, fractions and multipliers in `text[start:end]`, left to right, no overlaps."""
    seg = text[start:end]
    low = seg.lower()
    numeric = bool(_DIGIT_OR_SYMBOL_RE.search(seg)) or any(w in low for w in _NUMBER_WORDS)
    found: list[SurfaceAmount] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, value: float | None, unit: str, kind: str) -> None:
        if any(s < te and e > ts for ts, te in taken):
            return
        qual, qs = _with_qualifier(text, s, start)
        taken.append((s, e))
        found.append(SurfaceAmount(qs, e, value, unit, kind, qual, s))

    for m in _MONEY_PREFIX.finditer(text, start, end) if numeric else ():
        scale = m.group("scale") or m.group("abbr")
        cur = m.group("cur").strip()
        add(m.start(), m.end(), parse_number(m.group("num"), scale), _SYMBOLS.get(cur, _code(cur)), "money")
    suffix_money = numeric and (any(c in low for c in _CURRENCY_STEMS) or bool(_CODE_RE.search(seg)))
    for m in _MONEY_SUFFIX.finditer(text, start, end) if suffix_money else ():
        scale = m.group("scale") or m.group("abbr")
        cur = m.group("cur")
        unit = _CURRENCY_WORDS.get(cur.lower()) or _code(cur.upper())
        if cur.lower() == "won" and not scale:
            continue  # "in 2019 won a majority": "won" is a currency only after a scale word
        add(m.start(), m.end(), parse_number(m.group("num"), scale), unit, "money")
    percent = numeric and any(p in low for p in _PERCENT_STEMS)
    for m in _PERCENT.finditer(text, start, end) if percent else ():
        unit = "percentage_point" if m.group("pp") else "basis_point" if m.group("bp") else "percent"
        add(m.start(), m.end(), parse_number(m.group("num")), unit, "percent")
    fraction = any(f in low for f in _FRACTION_STEMS) or (numeric and (" in " in low or " out of " in low))
    for m in _FRACTION.finditer(text, start, end) if fraction else ():
        if m.group("frac") and not _fraction_ok(text, m.start(), m.end(), end):
            continue
        if m.group("frac"):
            value: float | None = _FRACTIONS[m.group("frac").lower()]
        else:
            n, d = parse_number(m.group("n")), parse_number(m.group("d"))
            value = n / d if n is not None and d else None
        add(m.start(), m.end(), value, "fraction", "fraction")
    for m in _MULTIPLIER.finditer(text, start, end) if any(x in low for x in _MULTIPLIER_STEMS) else ():
        if _IDIOM_RE.match(text, m.end()):
            continue  # "doubled down" is a stance, not a change
        if m.group("verb"):
            value = float(_MULTIPLIERS[m.group("verb").lower()])
        else:
            value = parse_number(m.group("n"))
        add(m.start(), m.end(), value, "multiplier", "change")
    found.sort(key=lambda a: a.start)
    return found


_IDIOM_RE = re.compile(r"\s+down\b", re.I)
_PREV_WORD_RE = re.compile(r"(\w+)\W*$")
# "the first half", "a third round": a fraction word after an ordinal or before a noun is no fraction.
_ORDINAL_BEFORE = frozenset(
    "first second third fourth last next this previous past final each per every latter former other".split()
)
_QUANTITY_BEFORE = frozenset(
    "by than about nearly almost roughly around over under some only just least most another".split()
)
_OF_AFTER_RE = re.compile(r"\s+(?:of|the|a|an|its|their|his|her|all)\b", re.I)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:)!?\n]|$|\s(?:in|from|on|to|and|since|last|this|between|during)\b)")


def _fraction_ok(text: str, s: int, e: int, end: int) -> bool:
    """A fraction word is a quantity when followed by "of ..." or ending a clause after "by"/"than"/"nearly"
    ("exports fell by more than a quarter"), never after an ordinal or glued to a hyphen."""
    if e < len(text) and text[e] == "-":
        return False
    m = _PREV_WORD_RE.search(text[max(0, s - 20) : s])
    prev = m.group(1).lower() if m else ""
    if prev in _ORDINAL_BEFORE:
        return False
    if _OF_AFTER_RE.match(text, e, end):
        return True
    return prev in _QUANTITY_BEFORE and bool(_CLAUSE_END_RE.match(text, e, end))


def _code(cur: str) -> str:
    return "CNY" if cur == "RMB" else cur

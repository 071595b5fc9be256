"""Rules that find temporal expressions in text and resolve them against an anchor date.

Our own patterns cover the forms wire copy uses most (weekdays, "last week", "two weeks ago", "March 4",
"since 1996", "between January and July this year", ISO and numeric dates); `dateparser` is only asked
about candidate spans nothing here understood (see times.py), because it is slow and gets relative forms
such as bare weekdays wrong for news (it has no idea of the verb's tense).

Values follow TIMEX3/ISO 8601: `2024-08-07` (day), `2024-W33` (week), `2024-08` (month), `2024` (year),
`2024-SU` (season), `1996/2024-08-21` (range), `P2Y` (duration), `PRESENT_REF` ("now").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["Found", "find_times", "resolve_weekday", "resolve_month", "shift_months"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
            "sunday": 6, "sun": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a couple of": 2, "couple of": 2}
VAGUE = {"several", "few", "a few", "some", "many", "recent", "the past few", "the next few", "the last few"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "hour": "H", "minute": "MIN",
             "century": "CE"}

# Full month names, and abbreviations only with a period or a day number after them (so "May" the modal
# verb and "March" the verb need context, see _month_ok).
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
       r"Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thurs\.|Fri\.|Sat\.|Sun\.)")
_NUMW = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a couple of)"
_UNIT = r"(?:day|week|month|year|decade|hour|minute|century)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MOD = r"(?:(?:early|mid|late|the (?:end|beginning|start|middle) of|the first half of|the second half of)[\s-]+)?"
_REL = r"(?:last|this|next|the past|the coming|the previous|the last|the next|the current|past|coming|previous)"

# A single date (the building block of ranges): (regex, kind)
_ATOMS: list[tuple[str, str]] = [
    # ISO and year-first dates ("2024-05-16", "2024/05/16", "2024.05.16", a "T10:00" time may follow)
    (r"(?P<iso>" + _YEAR + r"[-/.][01]?\d[-/.][0-3]?\d)(?![\d/.-]\d)(?=T\d|\b)", "iso"),
    # numeric: "3/4/2022" (US month first), "16.05.2024" and "16-05-2024" (day first)
    (r"(?P<num>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}[.-]\d{1,2}[.-]" + _YEAR + r")\b", "numeric"),
    # a weekday before the date names the same day ("Thursday, May 2"), so it belongs to the expression
    (_MOD + r"(?:" + _WD + r",?\s+)?(?P<mon>" + _MON + r")\s+(?P<day>" + _DAYNUM + r")\b(?:,?\s+(?P<year>" + _YEAR
     + r"))?", "mdy"),
    (_MOD + r"(?:" + _WD + r",?\s+)?(?:the\s+)?(?P<day>" + _DAYNUM + r")\s+(?:of\s+)?(?P<mon>" + _MON
     + r")(?:,?\s+(?P<year>" + _YEAR + r"))?",
     "dmy"),
    (_MOD + r"(?:(?P<rel>last|next|this)\s+)?(?P<mon>" + _MON + r")(?:,?\s+(?P<year>" + _YEAR + r")"
     r"|\s+(?P<relyear>last|this|next)\s+year)?(?!\w)", "month"),
    (_MOD + r"(?:(?P<rel>last|next|this|the coming|the past|coming|past)\s+)?(?P<wd>" + _WD + r")"
     r"(?:\s+(?P<part>morning|afternoon|evening|night))?(?!\w)", "weekday"),
    (r"(?P<word>today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening)|"
     r"earlier today|later today|the day before yesterday|the day after tomorrow)\b", "word"),
    (r"(?P<n>" + _NUMW + r")\s+(?P<unit>" + _UNIT + r")s?\s+(?P<dir>ago|from now)\b", "ago"),
    (_MOD + r"(?P<rel>" + _REL + r")\s+(?:fiscal\s+|calendar\s+)?(?P<unit>week|weekend|month|year|quarter|"
     r"spring|summer|autumn|fall|winter)\b", "relunit"),
    (_MOD + r"(?:(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+of\s+)?(?P<y>" + _YEAR + r")s?\b", "year"),
    (r"(?P<now>now|currently|at present|at the moment|nowadays)\b", "now"),
    (r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?year\b", "yearend"),
]
# Durations, kept so scores line up with TimeML; events never take their date from one.
_DURATIONS = [
    (r"(?:(?:the\s+)?(?:past|last|next|coming|first|previous)\s+)?(?P<n>" + _NUMW + r"|several|few|a few|"
     r"some|many)[\s-]+(?P<unit>" + _UNIT + r")s?'?", "duration"),
    (r"(?:recent|coming|past)\s+(?P<unit>" + _UNIT + r")s\b", "vague_duration"),
    (r"(?:for|within|in|over|after|lasted|last)\s+(?P<unit>" + _UNIT + r")s\b", "bare_duration"),
    # "minutes before", "weeks later": an unstated number of units (TimeML PXM, PXW)
    (r"(?P<unit>" + _UNIT + r")s(?=\s+(?:before|after|later|earlier)\b)", "bare_duration"),
]



@dataclass(frozen=True)
class Found:
    """A resolved expression: char offsets relative to the scanned text."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    needs_tense: bool = False  # resolved with the tense guess; the caller may re-resolve with a better one


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def resolve_weekday(weekday: int, anchor: dt.date, tense: str, rel: str | None = None) -> dt.date:
    """The date of a bare or modified weekday.

    Past tense (and "last") → the latest such day on or before the anchor ("said Friday" on a Friday is that
    day; "last" excludes the anchor itself); future tense and "next"/"coming" → the first one after it.
    """
    diff = (anchor.weekday() - weekday) % 7
    if rel in ("next", "coming", "the coming") or (tense == "future" and rel not in ("last", "past", "the past")):
        ahead = (weekday - anchor.weekday()) % 7 or 7
        return anchor + dt.timedelta(days=ahead)
    if rel in ("last", "past", "the past") and diff == 0:
        diff = 7
    return anchor - dt.timedelta(days=diff)


def resolve_month(month: int, anchor: dt.date, tense: str, rel: str | None = None, day: int | None = None) -> dt.date:
    """The year of a month (or month-day) given without one: the latest on/before the anchor in the past
    tense, the first on/after it in the future tense; "last"/"next" exclude the anchor's own month."""
    day_ = day or 1

    def make(y: int) -> dt.date:
        try:
            return dt.date(y, month, day_)
        except ValueError:
            return dt.date(y, month, 28)

    this = make(anchor.year)
    key_anchor = (anchor.month, anchor.day if day else 1)
    key = (month, day_ if day else 1)
    if rel == "last":
        return make(anchor.year if month < anchor.month else anchor.year - 1)
    if rel == "next":
        return make(anchor.year if month > anchor.month else anchor.year + 1)
    if tense == "future":
        return this if key >= key_anchor else make(anchor.year + 1)
    if tense == "past":
        return this if key <= key_anchor else make(anchor.year - 1)
    # Unknown tense: the nearest of last, this and next year's.
    cands = [make(anchor.year - 1), this, make(anchor.year + 1)]
    return min(cands, key=lambda d: abs((d - anchor).days))


def _num(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return NUMBERS.get(w)


def _month_ok(m: re.Match, text: str) -> bool:
    """Reject "May"/"March" used as a verb or a name, and lower-case month words."""
    mon = m.group("mon")
    if not mon[0].isupper():
        return False
    if mon.lower().rstrip(".") in ("may", "march", "mar") and not (m.groupdict().get("day") or m.groupdict().get("year")
                                                                  or m.groupdict().get("rel") or m.groupdict().get("relyear")):
        before = text[max(0, m.start() - 12):m.start()].lower()
        return bool(re.search(r"\b(?:in|since|by|until|till|from|through|to|and|of|during|before|after|early|late|mid|last|next|this|between)[\s-]+$", before))
    return True


def _resolve_atom(kind: str, m: re.Match, text: str, anchor: dt.date | None, tense: str) -> tuple[str | None, str | None, bool] | None:
    """`_resolve_atom_raw`, but an expression whose date falls outside the calendar Python can hold
    ("in 999999999 days", "tomorrow" in a header dated 31 Dec 9999) is left unresolved instead of failing
    the whole stage (found by bench/fuzz.py)."""
    try:
        return _resolve_atom_raw(kind, m, text, anchor, tense)
    except (OverflowError, ValueError):
        return None


def _resolve_atom_raw(kind: str, m: re.Match, text: str, anchor: dt.date | None, tense: str) -> tuple[str | None, str | None, bool] | None:
    g = m.groupdict()
    if kind == "iso":
        y, mo, d = (int(p) for p in re.split(r"[-/.]", g["iso"]))
        try:
            return dt.date(y, mo, d).isoformat(), "day", False
        except ValueError:
            return None
    if kind == "numeric":
        sep = "/" if "/" in g["num"] else ("." if "." in g["num"] else "-")
        parts = g["num"].split(sep)
        if len(parts) != 3:
            return None  # mixed separators ("16.05-2024"): not a date we can trust
        a, b, y = (int(p) for p in parts)
        y = y + 2000 if y < 100 else y
        if sep == "/":
            mo, d = (a, b) if a <= 12 else (b, a)  # US month/day unless the first cannot be a month
        else:
            mo, d = (b, a) if b <= 12 else (a, b)  # dotted and dashed dates are day-first outside the US
        try:
            return dt.date(y, mo, d).isoformat(), "day", False
        except ValueError:
            return None
    if kind in ("mdy", "dmy"):
        if not _month_ok(m, text):
            return None
        mo = MONTHS[g["mon"].lower().rstrip(".")]
        d = int(re.match(r"\d+", g["day"]).group())
        if g.get("year"):
            try:
                return dt.date(int(g["year"]), mo, d).isoformat(), "day", False
            except ValueError:
                return None
        if anchor is None:
            return None, "day", False
        return resolve_month(mo, anchor, tense, day=d).isoformat(), "day", True
    if kind == "month":
        if not _month_ok(m, text):
            return None
        mo = MONTHS[g["mon"].lower().rstrip(".")]
        if g.get("year"):
            return f"{int(g['year']):04d}-{mo:02d}", "month", False
        if anchor is None:
            return None, "month", False
        if g.get("relyear"):
            y = anchor.year + {"last": -1, "this": 0, "next": 1}[g["relyear"].lower()]
            return f"{y:04d}-{mo:02d}", "month", False
        d = resolve_month(mo, anchor, tense, rel=(g.get("rel") or "").lower() or None)
        return f"{d.year:04d}-{mo:02d}", "month", not g.get("rel")
    if kind == "weekday":
        wd = g["wd"]
        if not wd[0].isupper():
            return None
        if anchor is None:
            return None, "day", False
        rel = (g.get("rel") or "").lower() or None
        d = resolve_weekday(WEEKDAYS[wd.lower().rstrip(".")], anchor, tense, rel)
        return d.isoformat(), "day", rel in (None, "this")
    if kind == "word":
        if anchor is None:
            return None, "day", False
        w = g["word"].lower()
        off = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}.get(w, 0)
        return (anchor + dt.timedelta(days=off)).isoformat(), "day", False
    if kind == "ago":
        n = _num(g["n"])
        if n is None or anchor is None:
            return None, None, False
        unit = g["unit"].lower()
        sign = 1 if g["dir"].lower() in ("later", "from now") else -1
        if g["dir"].lower() in ("earlier", "before", "later") and unit in ("hour", "minute"):
            return None  # "two hours later" is relative to the story's events, not to the anchor
        return _offset(anchor, unit, sign * n)
    if kind == "relunit":
        if anchor is None:
            return None, None, False
        rel = g["rel"].lower().replace("the ", "")
        delta = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
        unit = g["unit"].lower()
        if unit in SEASONS:
            return _season(anchor, SEASONS[unit], delta), "season", False
        if unit == "weekend":
            sat = resolve_weekday(5, anchor, "future" if delta > 0 else "past", {-1: "last", 0: None, 1: "next"}[delta])
            return _week(sat) + "-WE", "week", False
        if unit == "quarter":
            q = (anchor.month - 1) // 3 + delta
            y = anchor.year + q // 4
            return f"{y}-Q{q % 4 + 1}", "quarter", False
        return _offset(anchor, unit, delta)
    if kind == "year":
        y = int(g["y"])
        start = m.start("y")
        before, after = text[max(0, start - 2):start], text[m.end():m.end() + 12]
        if m.group(0).endswith("s") and m.group(0)[-2].isdigit():
            return f"{y // 10}", "decade", False  # "the 1990s" → TIMEX3 decade "199"
        if re.search(r"[$€£#\d,.]\s?$", before) or re.match(r"(?:[,.]\d|\s*(?:%|percent|people|troops|km|tonnes|tons|"
                                                             r"dollars|euros|soldiers|cases|deaths|votes|members|"
                                                             r"[mb]illion))", after):
            return None  # an amount, not a year
        if g.get("season"):
            return f"{y}-{SEASONS[g['season'].lower()]}", "season", False
        return str(y), "year", False
    if kind == "now":
        return "PRESENT_REF", "present", False
    if kind == "yearend":
        if anchor is None:
            return None, "year", False
        # In the past tense the last year-end that has happened is last year's; otherwise this year's.
        return str(anchor.year - 1 if tense == "past" else anchor.year), "year", True
    return None


def _offset(anchor: dt.date, unit: str, n: int) -> tuple[str, str, bool]:
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat(), "day", False
    if unit == "week":
        return _week(anchor + dt.timedelta(weeks=n)), "week", False
    if unit == "month":
        y, mo = shift_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{mo:02d}", "month", False
    if unit == "year":
        return str(anchor.year + n), "year", False
    if unit == "decade":
        return str((anchor.year + 10 * n) // 10), "decade", False
    if unit in ("hour", "minute"):
        return anchor.isoformat(), "day", False
    return str(anchor.year + 100 * n), "year", False


def _season(anchor: dt.date, code: str, delta: int) -> str:
    order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
    now = {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3}[anchor.month]
    year = anchor.year
    if delta < 0:
        year -= 1 if order[code] >= now else 0
    elif delta > 0:
        year += 1 if order[code] <= now else 0
    return f"{year}-{code}"


def _duration(kind: str, m: re.Match) -> tuple[str, str] | None:
    g = m.groupdict()
    unit = UNIT_CODE[g["unit"].lower()]
    n = g.get("n")
    count: str = "X"
    if n is not None and n.lower() not in VAGUE:
        val = _num(n)
        if val is None:
            return None
        count = str(val)
    if unit == "DE":
        return (f"P{int(count) * 10}Y" if count != "X" else "PXDE"), "duration"
    if unit == "CE":
        return (f"P{int(count) * 100}Y" if count != "X" else "PXCE"), "duration"
    if unit in ("H", "MIN"):
        return f"PT{count}{'H' if unit == 'H' else 'M'}", "duration"
    return f"P{count}{unit}", "duration"


_ATOM_RES = [(re.compile(r"\b" + p, re.IGNORECASE), k) for p, k in _ATOMS]
_DUR_RES = [(re.compile(r"\b" + p, re.IGNORECASE), k) for p, k in _DURATIONS]

# Cheap necessary conditions, per pattern kind: text without any of these literals cannot match the pattern
# (each is a part every match must contain, read off the patterns above), so the costly pattern, which
# tries its optional prefixes at every word boundary, is skipped. Same IGNORECASE semantics as the patterns.
# Keep in step with _ATOMS / _DURATIONS when adding a kind: a kind without an entry is always scanned.
# The tighter the condition, the fewer sentences pay for a scan: "Tuesday" holds "day", but no duration
# unit after a space or hyphen; "19 people" holds a digit, but no year.
_LITERALS: dict[re.Pattern, tuple[str, ...]] = {}


def _literal(*words: str) -> re.Pattern:
    """A prefilter that is a plain alternation of ASCII literals: on lower-cased ASCII text, IGNORECASE
    matching of such a literal is exactly substring search, so `_may_match` tests them with `in` (non-ASCII
    text, where it is not because of characters such as the Kelvin sign, uses the regex)."""
    rx = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
    _LITERALS[rx] = words
    return rx


_NEEDS_DIGIT = re.compile(r"\d")
_NEEDS_YEAR = re.compile(_YEAR)  # iso dates and years contain a whole year
_NEEDS_NUMERIC = re.compile(r"\d[/.-]\d")  # "3/4/2022", "16.05.2024", "16-05-2024"
_NEEDS_MONTH = _literal("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNITS_LIT = _literal("day", "week", "month", "year", "decade", "hour", "minute", "century")
_UNIT_AFTER_GAP = re.compile(r"[\s-]" + _UNIT, re.IGNORECASE)  # "three days", "two-week": [\s-]+ first
_UNITS_PLURAL = _literal("days", "weeks", "months", "years", "decades", "hours", "minutes", "centurys")
_PREFILTERS: dict[str, tuple[re.Pattern, ...]] = {
    "iso": (_NEEDS_YEAR,),
    "numeric": (_NEEDS_NUMERIC,),
    "mdy": (_NEEDS_MONTH, _NEEDS_DIGIT),
    "dmy": (_NEEDS_MONTH, _NEEDS_DIGIT),
    "month": (_NEEDS_MONTH,),
    # _WD: a full weekday name, or an abbreviation with its period
    "weekday": (_literal("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon.",
                         "tue.", "tues.", "wed.", "thu.", "thurs.", "fri.", "sat.", "sun."),),
    "word": (_literal("today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon",
                      "evening"),),
    "ago": (_literal("ago", "from now"), _UNITS_LIT),
    "relunit": (_literal("week", "month", "year", "quarter", "spring", "summer", "autumn", "fall",
                         "winter"),),
    "year": (_NEEDS_YEAR,),
    "now": (_literal("now", "currently", "at present", "at the moment"),),
    "yearend": (_literal("year"),),
    "duration": (_UNIT_AFTER_GAP,),
    "vague_duration": (_UNITS_PLURAL,),  # both take the unit with a plural "s"
    "bare_duration": (_UNITS_PLURAL,),
}


def _may_match(kind: str, text: str, seen: dict) -> bool:
    """False when `text` lacks a literal every match of pattern `kind` contains (memoised per text)."""
    for pre in _PREFILTERS.get(kind, ()):
        hit = seen.get(pre)
        if hit is None:
            low = seen.get("lower")
            if low is None:
                low = seen["lower"] = text.lower() if text.isascii() else ""
            words = _LITERALS.get(pre)
            if low and words is not None:
                hit = any(w in low for w in words)
            else:
                hit = pre.search(text) is not None
            seen[pre] = hit
        if not hit:
            return False
    return True


def _scan_atoms(text: str, anchor: dt.date | None, tense: str, seen: dict | None = None) -> list[Found]:
    out: list[Found] = []
    seen = {} if seen is None else seen
    for rx, kind in _ATOM_RES:
        if not _may_match(kind, text, seen):
            continue
        for m in rx.finditer(text):
            res = _resolve_atom(kind, m, text, anchor, tense)
            if res is None:
                continue
            value, precision, needs = res
            out.append(Found(m.start(), m.end(), m.group(0), value, precision, needs))
    return out


def find_times(text: str, anchor: dt.date | None, tense_at=None) -> list[Found]:
    """All time expressions in `text`, longest first where they overlap.

    `tense_at(offset) -> "past" | "future" | "unknown"` tells the tense of the clause around an offset;
    without it every expression is read as past (the common case in news).
    """
    def tense(off: int) -> str:
        return tense_at(off) if tense_at else "past"

    from .times_ranges import find_ranges  # imported here: times_ranges builds on this module's atoms

    found: list[Found] = find_ranges(text, anchor, tense)
    seen: dict = {}
    for f in _scan_atoms(text, anchor, "past", seen):
        if f.needs_tense and tense_at:
            f = _rescan(text, f, anchor, tense(f.start))
        found.append(f)
    for rx, kind in _DUR_RES:
        if not _may_match(kind, text, seen):
            continue
        for m in rx.finditer(text):
            res = _duration(kind, m)
            if res:
                s = m.start() if kind != "bare_duration" else m.start("unit")
                found.append(Found(s, m.end(), text[s:m.end()], res[0], res[1]))
    # Longest wins; among equal spans the first pattern (dates before durations) wins.
    found.sort(key=lambda f: (-(f.end - f.start), f.start))
    kept: list[Found] = []
    for f in found:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _rescan(text: str, f: Found, anchor: dt.date | None, tense: str) -> Found:
    for rx, kind in _ATOM_RES:
        m = rx.match(text, f.start)
        if m and m.end() == f.end:
            res = _resolve_atom(kind, m, text, anchor, tense)
            if res:
                return Found(f.start, f.end, f.text, res[0], res[1], res[2])
    return f

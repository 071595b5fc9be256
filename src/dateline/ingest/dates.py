"""Publication dates: accept the common spellings, store ISO `YYYY-MM-DD`, refuse what is not a real day.

The rule:
- Accepted: ISO dates and datetimes (`2024-08-21`, `2024-08-21T10:30:00Z`, `2024-08-21 10:30+02:00`),
  RFC 2822 as in feeds (`Wed, 21 Aug 2024 10:30:00 GMT`), `21 August 2024`, `Aug 21, 2024`, `2024/08/21`,
  `20240821`, and day/month/year with `/` or `.` only when the order is unambiguous (one part > 12).
- A datetime keeps the calendar date as written (no shift to UTC): a story dated 23:30 local time on the
  21st was published on the 21st where it was written.
- Impossible dates (`2023-02-29`, month 13) and years outside 1900..next year are refused, as are
  ambiguous (`03/04/2024`), partial (`2024-08`) and relative ("yesterday") values: a guess would silently
  shift every event date in the article.
- Who gets the error: a `published` the user gave (JSONL) makes the article fail with E213 and a message
  saying how to fix it; a date found by a reader (HTML meta, feed item) that fails is dropped and logged.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

__all__ = ["parse_published", "MONTHS"]

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ),
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YMD_SLASH = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_XY_SLASH = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_DMY_WORDS = re.compile(rf"(?:[a-z]+,?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})", re.I)
_MDY_WORDS = re.compile(rf"(?:[a-z]+,?\s+)?({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I)

_FIX = "use YYYY-MM-DD (for example 2024-08-21) or leave \"published\" out"


def _make(y: int, m: int, d: int, raw: str) -> str:
    try:
        day = dt.date(y, m, d)
    except ValueError as exc:
        raise ValueError(f"published {raw!r} is not a real date ({exc}); {_FIX}") from None
    this_year = dt.date.today().year
    if not 1900 <= y <= this_year + 1:
        raise ValueError(f"published {raw!r} has year {y}, outside 1900..{this_year + 1}; {_FIX}")
    return day.isoformat()


def parse_published(value: object) -> str:
    """Return `value` as an ISO date string (`YYYY-MM-DD`); raise ValueError with a fix-it message.

    >>> parse_published("Wed, 21 Aug 2024 10:30:00 GMT")
    '2024-08-21'
    """
    if isinstance(value, dt.datetime):
        return _make(value.year, value.month, value.day, value.isoformat())
    if isinstance(value, dt.date):
        return _make(value.year, value.month, value.day, value.isoformat())
    if not isinstance(value, str):
        raise ValueError(f"published must be a string, not {type(value).__name__} {value!r}; {_FIX}")
    raw = value
    s = value.strip()
    if not s:
        raise ValueError(f"published is empty; {_FIX}")
    if m := _ISO.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _COMPACT.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _YMD_SLASH.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _XY_SLASH.fullmatch(s):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a > 12 >= b:
            return _make(y, b, a, raw)
        if b > 12 >= a:
            return _make(y, a, b, raw)
        if a == b:
            return _make(y, a, b, raw)
        raise ValueError(f"published {raw!r} is ambiguous (day/month or month/day?); {_FIX}")
    if m := _DMY_WORDS.fullmatch(s):
        return _make(int(m[3]), MONTHS[m[2].lower()], int(m[1]), raw)
    if m := _MDY_WORDS.fullmatch(s):
        return _make(int(m[3]), MONTHS[m[1].lower()], int(m[2]), raw)
    if re.search(r"\d{1,2}:\d{2}", s) and "," in s:
        # RFC 2822 (RSS pubDate). parsedate_tz validates loosely, so re-check the calendar date.
        parts = email.utils.parsedate_tz(s)
        if parts is not None:
            return _make(parts[0], parts[1], parts[2], raw)
    raise ValueError(f"published {raw!r} is not a date dateline understands; {_FIX}")

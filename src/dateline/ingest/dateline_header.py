"""Wire dateline headers: `MOSCOW, Aug 21 (Newswire) -` → place, date, agency; the parser never sees them.

Why: a header parsed as part of the first sentence turns "MOSCOW" or "(Newswire)" into actors and breaks the
first sentence's parse. `apply_dateline` records the header as `article.dateline` and sets
`article.body_start` to the offset after the header's dash (and the spaces after it); `nlp.parse_text`
blanks everything before `body_start`.

Shapes recognised at the start of the text (or after at most two short lines such as a byline):
    PLACE[, Region][, DATE] (AGENCY) [-|--|—|–]     KYIV, Ukraine, Aug. 21 (AP) —
    PLACE[, Region][, DATE] -                        UNITED NATIONS, 21 August 2024 -
    PLACE, DATE. /AGENCY/.                            MOSCOW, August 21. /TASS/.
PLACE is upper case (at least two letters; three when nothing but a dash follows, so "US - China ties"
is not a header). DATE is "Aug 21", "Aug. 21, 2024", "21 August", "2024-08-21", optionally after a
weekday, or a weekday alone ("Thursday").

The year of a date written without one ("Aug 21"), in order:
1. the article's `published` date: the year that puts the day nearest to it (so "Dec 31" on a story
   published 2 January is the previous year);
2. a date in the article's URL (`/2024/08/21/`, `2024-08-21`, `/2024/08/`), the same way;
3. only if there is nothing else, today: the latest such day no more than a week ahead of today.
A weekday alone is resolved only against `published` (the latest such weekday on or before it).
An impossible day ("Feb 30") leaves the date out; the header is still recognised.
When `published` is missing, it is filled from the dateline date.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from ..model import Article, Dateline
from .dates import MONTHS

log = logging.getLogger(__name__)

__all__ = ["apply_dateline", "find_dateline"]

_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        (("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
         ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"))
    )
    for name in names
}
_MON = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_WD = "|".join(sorted((w.capitalize() for w in _WEEKDAYS), key=len, reverse=True))
_CAPWORD = r"[A-Z][A-Z'’.&\-]*"
_TITLEWORD = r"[A-Z][A-Za-z'’.\-]*"

_DATE = (
    rf"(?:(?P<wd>{_WD})\.?,?\s+)?"
    rf"(?:(?P<mon1>{_MON})\.?\s+(?P<day1>\d{{1,2}})(?:,?\s+(?P<year1>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<mon2>{_MON})\.?(?:,?\s+(?P<year2>\d{{4}}))?"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))"
    rf"|(?P<wdonly>{_WD})"
)
_HEADER = re.compile(
    rf"(?P<place>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,4}})"
    rf"(?:,[ \t]*(?!(?:{_MON}|{_WD})\b)(?P<region>{_TITLEWORD}(?:[ \t]+{_TITLEWORD}){{0,3}}))?"
    rf"(?:[,.][ \t]*(?P<date>{_DATE})\b\.?)?"
    r"(?:[ \t]*\((?P<agency>[^()\n\d]{1,40})\)|[ \t]*/(?P<agency2>[A-Za-z][A-Za-z .\-]{0,30})/\.?)?"
    r"(?P<dash>[ \t]*(?:--|-|—|–)(?=\s))?"
)
_URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)[/-](\d{1,2})(?:[/-](\d{1,2}))?(?!\d)")


def _nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The year of a dateline's month and day: the latest such day not after the publication date (a week's
    slack for time zones and late publication). A wire report is dated when it is filed, so "Sept 12" in a
    story published in June is last September, not the coming one."""
    best: dt.date | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if cand <= anchor + dt.timedelta(days=7) and (best is None or cand > best):
            best = cand
    return best


def _url_anchor(url: str | None) -> dt.date | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        # a month only: its end, as a dateline is never after the publication
        return dt.date(int(m[1]), int(m[2]), int(m[3] or 28))
    except ValueError:
        return None


def _resolve_date(m: re.Match, article: Article) -> str | None:
    if m["iso"]:
        try:
            return dt.date.fromisoformat(m["iso"]).isoformat()
        except ValueError:
            return None
    published = article.published_date
    if m["wdonly"]:
        if published is None:
            return None
        back = (published.weekday() - _WEEKDAYS[m["wdonly"].lower()]) % 7
        return (published - dt.timedelta(days=back)).isoformat()
    mon = m["mon1"] or m["mon2"]
    if not mon:
        return None
    month, day = MONTHS[mon.lower()], int(m["day1"] or m["day2"])
    year = m["year1"] or m["year2"]
    if year:
        try:
            return dt.date(int(year), month, day).isoformat()
        except ValueError:
            return None
    anchor = published or _url_anchor(article.url)
    if anchor is not None:
        found = _nearest_year(month, day, anchor)
        return found.isoformat() if found else None
    today = dt.date.today()
    for y in (today.year, today.year - 1, today.year - 2):  # Feb 29 may need to look back further
        try:
            cand = dt.date(y, month, day)
        except ValueError:
            continue
        if cand <= today + dt.timedelta(days=7):
            log.info("dateline date %s %s has no year and the article no date; assuming %s", mon, day, y)
            return cand.isoformat()
    return None


def _title_case(place: str) -> str:
    if place.isupper():
        return " ".join(w.capitalize() if w.isalpha() else w.title() for w in place.split())
    return place


def find_dateline(article: Article) -> Dateline | None:
    """Find the wire dateline header of `article` (None when there is none); does not change the article."""
    text = article.text
    pos = 0
    for _ in range(3):  # the header's own line, or after at most two short lines (a byline, a kicker)
        while pos < len(text) and text[pos].isspace():
            pos += 1
        m = _HEADER.match(text, pos)
        if m and _is_header(m):
            end = m.end()
            while end < len(text) and text[end].isspace():
                end += 1
            agency = m["agency"] or m["agency2"]
            place = m["place"].strip()
            if m["region"]:
                place = f"{_title_case(place)}, {m['region'].strip()}"
            else:
                place = _title_case(place)
            return Dateline(
                start=m.start(),
                end=end,
                text=text[m.start() : m.end()].strip(),
                place=place,
                date=_resolve_date(m, article) if m["date"] else None,
                agency=agency.strip() if agency else None,
            )
        nl = text.find("\n", pos)
        if nl < 0 or nl - pos > 80 or text[pos:nl].rstrip().endswith((".", "!", "?", '"')):
            return None
        pos = nl + 1
    return None


def _is_header(m: re.Match) -> bool:
    if not (m["dash"] or m["agency"] or m["agency2"]):
        return False
    letters = sum(ch.isalpha() for ch in m["place"])
    if letters < 2:
        return False
    if not (m["date"] or m["agency"] or m["agency2"] or m["region"]) and letters < 3:
        return False  # "US - China ties ..." is a headline, not a header
    return True


def apply_dateline(article: Article) -> None:
    """Set `article.dateline` and `article.body_start` from a wire header, and fill a missing `published`.

    Safe to call twice: an article that already has a dateline is left as it is.
    """
    if article.dateline is not None:
        return
    found = find_dateline(article)
    if found is None:
        return
    article.dateline = found
    article.body_start = found.end
    if not article.published and found.date:
        article.published = found.date

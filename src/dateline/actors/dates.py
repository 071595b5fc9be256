"""Partial ISO dates in the actor dictionaries: padding a term's start or end to a day, and the rough
arithmetic term lookups need (days apart, months later)."""

from __future__ import annotations

__all__ = ["add_months", "days_apart", "pad_date"]


def days_apart(a: str, b: str) -> int:
    """Days between two (padded) ISO dates, counting a month as 30 days: good enough to rank terms."""
    ya, ma, da = int(a[:4]), int(a[5:7] or 1), int(a[8:10] or 1)
    yb, mb, db = int(b[:4]), int(b[5:7] or 1), int(b[8:10] or 1)
    return abs((yb - ya) * 365 + (mb - ma) * 30 + (db - da))


def pad_date(date: str, *, end: bool) -> str:
    """Pad a partial ISO date to a day: the first day of the period for a start, the last for an end."""
    if not date:
        return ""
    if len(date) == 4:
        return date + ("-12-31" if end else "-01-01")
    if len(date) == 7:
        return date + ("-28" if end else "-01")
    return date[:10]


def add_months(date: str, months: int) -> str:
    """The ISO date `months` months after `date` (day kept)."""
    y, m = int(date[:4]), int(date[5:7] or 1)
    m += months
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return f"{y:04d}-{m:02d}{date[7:] or '-01'}"

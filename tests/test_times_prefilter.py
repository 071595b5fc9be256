"""The prefilters in times_rules are necessary conditions: when a pattern matches, its prefilter passes."""

from __future__ import annotations

import pytest

from dateline.extract.times_rules import _ATOM_RES, _DUR_RES, _may_match

SAMPLES = [
    "Talks resumed on Tues. after a two-week pause and will last three days.",
    "The deadline is 16.05.2024, officials said; an earlier one was 3/4/22.",
    "In the spring of 1998s reforms began; by 2024-05-16T10:00 they had ended.",
    "Shelling continued for weeks, and hours later the convoy left, weeks before the vote.",
    "Sun. 5 Jan. was quiet; recent months were not, and a few decades ago it was worse.",
    "The ceasefire, agreed yesterday evening, held until the end of the year, sources said.",
    "MONDAY'S MEETING WAS MOVED TO NEXT MONTH, FIVE\u2003YEARS FROM NOW.",
    "A \u212aelvin-sign word, 12\u00a0days\u00a0ago, and mid-March 2021 talks at present.",
    "The 5th of May, early June, late 1990s and the first half of 2023 were busy.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_prefilter_never_rejects_a_match(text):
    for rx, kind in [*_ATOM_RES, *_DUR_RES]:
        for chunk in (text, text.lower(), text.upper()):
            if rx.search(chunk):
                assert _may_match(kind, chunk, {}), (kind, chunk)


def test_prefilter_skips_text_without_the_literal():
    # "Tuesday" holds "day" but no duration; "19 people" holds a digit but no year
    seen: dict = {}
    text = "On Tuesday 19 people were hurt."
    assert not _may_match("duration", text, seen)
    assert not _may_match("year", text, seen)
    assert _may_match("weekday", text, seen)

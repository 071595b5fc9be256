"""Fourteenth coding pass: the sides of talks named with "between"."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


def _has(got, source, target, cameo):
    return any(s == source and t == target and c == cameo for s, t, c, _m in got)


# ---- "hosted talks between X and Y": X and Y negotiate; the host is no side (parties.between_pair)
def test_talks_hosted_between_two_named_sides_are_their_talks(pipe):
    got = summary(code(pipe, "Kenya hosted talks between Ethiopia and Eritrea in Nairobi on Thursday."))
    assert _has(got, "ETH", "ERI", "046") and _has(got, "ERI", "ETH", "046"), got
    assert not _has(got, "KEN", "ETH", "046"), got


def test_talks_between_unnamed_sides_have_no_pair(pipe):
    got = summary(code(pipe, "Kenya hosted talks between the two sides in Nairobi on Thursday."))
    assert not any(c == "046" for _s, _t, c, _m in got), got

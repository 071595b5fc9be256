"""Mutual blame: "traded blame" and "each side accused the other" are accusations both ways between the pair
the sentence names (`actors.groups._each_the_other`, `coding.parties.each_other`, curated 112 entries)."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


def _pairs(got, root):
    return {(s, t) for s, t, c, _m in got if c.startswith(root)}


def test_traded_blame_is_mutual_accusation_not_trade(pipe):
    got = summary(code(pipe, "Ethiopia and Eritrea traded blame on Friday for the shooting at the border post."))
    assert {("ETH", "ERI"), ("ERI", "ETH")} <= _pairs(got, "112"), got
    assert not _pairs(got, "061"), got


def test_each_army_accused_the_other(pipe):
    got = summary(code(pipe, "Thai and Cambodian soldiers clashed near the temple on Monday, and each army "
                             "accused the other of starting the fighting."))
    assert {("THA", "KHM"), ("KHM", "THA")} <= _pairs(got, "112"), got


def test_each_side_blaming_the_other_after_talks(pipe):
    got = summary(code(pipe, "Kosovo and Serbia met in Brussels, but each side accused the other of stalling "
                             "the dialogue."))
    pairs = _pairs(got, "112")
    assert ("SRB", "XKX") in pairs and ("XKX", "SRB") in pairs, got


def test_each_member_with_no_pair_named_is_no_group(pipe):
    # no two parties in the sentence: "each minister" stays a person of no side, nothing mutual is invented
    got = summary(code(pipe, "Each minister accused the other of leaking the draft, officials said."))
    assert not any(s and t and s != t for s, t in _pairs(got, "112")), got


def test_concern_conveyed_or_raised_is_a_pessimistic_comment_to_them(pipe):
    got = summary(code(pipe, "Seoul conveyed its concern to Tokyo and Washington over the radar incident."))
    assert {("KOR", "JPN"), ("KOR", "USA")} <= _pairs(got, "012"), got
    got = summary(code(pipe, "New Zealand raised concerns with Fiji about the arrest of the editor."))
    assert ("NZL", "FJI") in _pairs(got, "012"), got

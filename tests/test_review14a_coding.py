"""Review of new wire text (pass 14a): borders closed and embassies reopened; a country named by its bare
"the X" name ("the Emirates") after its article is dropped."""

from __future__ import annotations

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - pipe is a fixture


def _has(got, source, target, cameo):
    return any(s == source and t == target and c == cameo for s, t, c, _m in got)


def test_closing_a_border_reduces_relations(pipe):
    got = summary(code(pipe, "Slovakia closed its border with Hungary on Thursday over the outbreak."))
    assert _has(got, "SVK", "HUN", "160"), got
    got = summary(code(pipe, "Armenia shut two border crossing points on Monday, the interior ministry said."))
    assert any(s == "ARM" and c == "160" for s, _t, c, _m in got), got


def test_closing_other_points_is_no_event(pipe):
    got = summary(code(pipe, "Slovakia's coach closed the gap to two points in the last minute."))
    assert "160" not in codes(got), got


def test_reopening_an_embassy(pipe):
    got = summary(code(pipe, "Qatar reopened its embassy in Tripoli on Sunday after a seven-year break."))
    assert any(s == "QAT" and c == "054" for s, _t, c, _m in got), got
    got = summary(code(pipe, "Tunisia said it would reopen its embassy in Damascus in the spring."))
    assert any(s == "TUN" and c == "032" for s, _t, c, _m in got), got


def test_the_emirates_after_its_article(pipe):
    got = summary(code(pipe, "Sudan's army chief thanked the Emirates for the shipment of wheat."))
    assert any(t == "ARE" for _s, t, _c, _m in got), got

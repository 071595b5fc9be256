"""Review 14b: coding errors found on new wire text (modality of conjuncts, trigger senses)."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - `pipe` is a fixture


def test_a_past_tense_conjunct_keeps_no_would_of_the_first(pipe):
    got = summary(code(pipe, "DHAKA, June 3 (Wire) - Finance Minister Abul Kalam said Bangladesh would cut fuel "
                             "subsidies and thanked Prime Minister Sheikh Hasina for her support."))
    assert ("BGD", "BGD", "051", "asserted") in got, got


def test_an_untensed_conjunct_still_shares_the_future(pipe):
    got = summary(code(pipe, "DHAKA, June 3 (Wire) - Bangladesh will meet Indian officials and discuss the "
                             "border dispute next week."))
    assert all(m != "asserted" for _s, _t, _c, m in got) and got, got

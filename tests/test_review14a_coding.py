"""Review of new wire text (pass 14a): borders closed and embassies reopened; a country named by its bare
"the X" name ("the Emirates") after its article is dropped."""

from __future__ import annotations

from coding_helpers import code, codes, pipe, summary  # noqa: F401 - pipe is a fixture


def _has(got, source, target, cameo):
    return any(s == source and t == target and c == cameo for s, t, c, _m in got)


def test_closing_a_border_reduces_relations(pipe):
    got = summary(code(pipe, "Slovakia closed its border with Hungary on Thursday over the outbreak."))
    assert _has(got, "SVK", "HUN", "160"), got
    got = summary(code(pipe, "Armenia shut two border crossing points on Monday, the interior ministry "
                             "said."))
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


def test_an_embassy_opened_is_aimed_at_its_host(pipe):
    got = summary(code(pipe, "Indonesia opened its first embassy in Suriname on Tuesday, the foreign "
                             "ministry said."))
    assert _has(got, "IDN", "SUR", "054"), got


def test_a_place_in_a_gerund_tail_is_not_the_accused(pipe):
    got = summary(code(pipe, "Colombian prosecutors accused him of moving cocaine through ports in Ecuador "
                             "and Peru."))
    assert any(c.startswith("112") for c in codes(got)), got
    assert not any(t in ("ECU", "PER") for _s, t, _c, _m in got), got
    got = summary(code(pipe, "Brazil on Monday accused the banker of hiding $40 million in accounts in "
                             "Panama."))
    assert not any(t == "PAN" for _s, t, _c, _m in got), got
    got = summary(code(pipe, "Ecuador accused Peru of smuggling cocaine through ports in Chile."))
    assert any(s == "ECU" and t == "PER" and c.startswith("112") for s, t, c, _m in got), got
    assert not any(t == "CHL" for _s, t, _c, _m in got), got


def test_approving_an_act_is_not_approving_of_someone(pipe):
    got = summary(code(pipe, "Portugal's supreme court on Monday approved the extradition of a Brazilian "
                             "banker to the United States."))
    assert any(c.startswith("063") for c in codes(got)), got
    assert "051" not in codes(got), got
    got = summary(code(pipe, "Most Chileans approve of the president's handling of the dispute with Peru."))
    assert "051" in codes(got), got


def test_a_finite_verb_after_an_accusation_gerund_has_the_accuser_as_subject(pipe):
    got = summary(code(pipe, "Kenya accused Somalia of sheltering militants and recalled its ambassador "
                             "on Friday."))
    assert any(s == "KEN" and c.startswith("112") for s, _t, c, _m in got), got
    assert any(s == "KEN" and c == "161" for s, _t, c, _m in got), got
    assert not any(s == "SOM" and c == "161" for s, _t, c, _m in got), got


def test_a_gerund_conjoined_to_a_gerund_keeps_the_accused(pipe):
    got = summary(code(pipe, "Kenya accused Somalia of sheltering militants and attacking its border posts."))
    assert not any(s == "KEN" and c.startswith("19") for s, _t, c, _m in got), got


def test_a_peacekeeping_mission_extended_is_peacekeeping(pipe):
    got = summary(code(pipe, "The U.N. Security Council voted on Tuesday to extend its peacekeeping "
                             "mission in Mali for six months."))
    assert _has(got, "IGOUNO", "MLI", "074") or any(c == "074" and t == "MLI" for _s, t, c, _m in got), got


def test_a_date_after_until_is_not_the_date_of_the_act(pipe):
    [ev] = [e for e in code(pipe, "The Security Council extended the peacekeeping mandate in Cyprus until "
                                  "January.", published="2024-07-30") if e.cameo == "074"]
    assert ev.date == "2024-07-30", ev.date
    [ev] = [e for e in code(pipe, "The Security Council extended the peacekeeping mandate in Cyprus on "
                                  "Monday.", published="2024-07-30") if e.cameo == "074"]
    assert ev.date == "2024-07-29", ev.date


def test_a_step_still_to_come_is_no_demand(pipe):
    got = summary(code(pipe, "Parliament must still ratify the treaty before it takes effect, a Ghanaian "
                             "government spokesman said."))
    assert not any(c.startswith("10") for c in codes(got)), got


def test_must_in_a_report_is_still_a_demand(pipe):
    got = summary(code(pipe, "The Ghanaian foreign minister said Togo must release the detained fishermen."))
    assert any(s == "GHA" and t == "TGO" and c.startswith("10") for s, t, c, _m in got), got


def test_a_warning_of_what_a_dispute_could_cost_is_a_forecast(pipe):
    got = summary(code(pipe, "Chile's mining chamber warned that the dispute could cost 30,000 jobs in the "
                             "north."))
    assert "012" in codes(got) and "130" not in codes(got), got
    got = summary(code(pipe, "Chile warned that its navy would respond to any incursion by Peru."))
    assert "130" in codes(got), got

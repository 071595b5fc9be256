"""Aid whose purpose infinitive helps, defends or protects someone is for them
(`dateline.coding.relief.purpose_beneficiaries`). Sentences are our own."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - pipe is a fixture


def test_pledge_to_help_rebuild_a_country(pipe):
    got = summary(code(pipe, "South Korea pledged $30 million in reconstruction aid to help rebuild Libya after "
                             "the floods."))
    assert any(s == "KOR" and t == "LBY" and c.startswith("03") for s, t, c, _m in got), got


def test_promised_weapons_to_protect_a_neighbour(pipe):
    got = summary(code(pipe, "Finland will send artillery shells to protect Estonia, the defence minister said."))
    assert any(s == "FIN" and t == "EST" and c.startswith("033") for s, t, c, _m in got), got


def test_a_frame_over_the_sending_verb(pipe):
    got = summary(code(pipe, "Denmark is ready to deliver drones to help protect Latvia, its prime minister said "
                             "on Tuesday."))
    assert any(s == "DNK" and t == "LVA" and c.startswith("03") for s, t, c, _m in got), got


def test_a_purpose_that_helps_no_one_named_keeps_no_target(pipe):
    # "to help the recovery": no actor in the purpose clause, and no dateline: the pledge has no recipient
    got = summary(code(pipe, "Canada pledged $20 million to help the recovery effort."))
    assert any(s == "CAN" and c.startswith("03") for s, t, c, _m in got), got
    assert all(t is None for s, t, c, _m in got if s == "CAN"), got

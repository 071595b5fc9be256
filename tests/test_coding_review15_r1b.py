"""Review 15 (r1b): the remaining causes of review 15 r1 - a sanction pair misparsed as a clause, venues
of talks, modality of struggled/agreed-to-set-up, appeals whose complement is not coded, and reporting
groups coded as detainers."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - `pipe` is a fixture

from dateline.nlp import load_model
from dateline.nlp_repair import repair_parse


def test_a_sanction_pair_read_as_a_clause_is_the_triggers_object(pipe):
    got = summary(code(pipe, "Canada on Tuesday imposed travel bans and asset freezes on four Venezuelan "
                             "generals accused of abuses."))
    assert ("CAN", "VEN", "163", "asserted") in {(s, t[:3] if t else t, c, m) for s, t, c, m in got}, got


def test_a_sanction_pair_inside_a_reported_clause_keeps_its_target(pipe):
    got = summary(code(pipe, "The United States imposed visa restrictions and asset freezes on three "
                             "Nicaraguan judges, officials said."))
    assert any(s == "USA" and t and t.startswith("NIC") and c == "163" for s, t, c, _m in got), got


def test_the_repair_leaves_a_real_clause_alone():
    doc = load_model()("The agency announced the bans and its new director controls the budget.")
    before = [(t.dep_, t.head.i) for t in doc]
    repair_parse(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before
    doc = repair_parse(load_model()("Japan announced export curbs and asset freezes against two banks."))
    freezes = next(t for t in doc if t.lower_ == "freezes")
    assert (freezes.pos_, freezes.dep_, freezes.head.lower_) == ("NOUN", "conj", "curbs")
    assert next(t for t in doc if t.lower_ == "against").head.lower_ == "announced"

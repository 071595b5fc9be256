"""Review 15 (r3): main verbs the small parser reads as reduced relatives on their own subject
(`conjuncts.misparsed_main_verb`), on new wire-style sentences."""

from __future__ import annotations

from coding_helpers import code, pipe, summary  # noqa: F401 - `pipe` is a fixture


def test_a_past_verb_read_as_a_relative_on_the_subject_keeps_the_subject(pipe):
    # "called" hangs on "agency" as `acl`; the agency is who calls on Sudan (and who warns)
    got = summary(code(pipe, "The U.N. refugee agency called on Kenya to keep the camps open and warned that "
                             "funding was running out."))
    assert any(s is not None and s.startswith("IGOUNO") and t == "KEN" and c == "020" for s, t, c, _m in got), got


def test_a_subject_set_off_by_a_relative_clause_offers_and_calls(pipe):
    # no main verb in the parse ("Qatar" is the root): the participle and its conjunct are the subject's acts
    got = summary(code(pipe, "Qatar, which has hosted both delegations, offered to mediate and called on "
                             "Ethiopia and Eritrea to resume talks."))
    assert ("QAT", None, "039", "asserted") in got, got
    called = {t for s, t, c, _m in got if s == "QAT" and c.startswith("02")}
    assert called == {"ETH", "ERI"}, got


def test_a_true_reduced_relative_is_still_no_act_of_the_noun(pipe):
    # "backed by" is a participle describing the gunmen: the gunmen back nothing, and no comma-set clause
    events = code(pipe, "Gunmen backed by a foreign government attacked a police station in the north.")
    backed = [e for e in events if e.trigger.text == "backed"]
    assert all(e.source is None or e.source.text != "Gunmen" for e in backed), events


# ---- the dateline's country is no recipient of support given for an undertaking (coding/relief.py)
def _wire(pipe, tmp_path, text, published="2024-05-06"):
    """The events of `text` read as an ingested wire article (its dateline parsed), as the CLI reads it."""
    from dateline.config import Settings
    from dateline.ingest import read_inputs

    f = tmp_path / "wire.txt"
    f.write_text(text, encoding="utf-8")
    [art] = list(read_inputs([f], settings=Settings(), published=published))
    return summary(pipe(art).events)


def test_support_for_an_operation_is_not_aid_to_the_dateline_country(pipe, tmp_path):
    got = _wire(pipe, tmp_path, "ADEN, May 6 (Wire) - Yemen's government welcomed the naval coalition. Denmark "
                                "and Norway provided support for the operation, a joint statement said.")
    assert any(s == "DNK" and c.startswith("07") for s, _t, c, _m in got), got
    assert not any(s == "DNK" and t == "YEM" for s, t, _c, _m in got), got


def test_support_with_a_purpose_clause_has_no_dateline_recipient_but_plain_aid_does(pipe, tmp_path):
    got = _wire(pipe, tmp_path, "LIMA, May 6 (Wire) - Peru's president met rebel leaders. Japan pledged 3 "
                                "million dollars to support the peace process.")
    assert any(s == "JPN" and c.startswith("033") for s, _t, c, _m in got), got
    assert not any(s == "JPN" and t == "PER" for s, t, _c, _m in got), got
    got = _wire(pipe, tmp_path, "LIMA, May 6 (Wire) - Floods killed 40 people in Peru, officials said. Japan "
                                "pledged 3 million dollars in emergency aid.")
    assert any(s == "JPN" and t == "PER" and c.startswith("033") for s, t, c, _m in got), got

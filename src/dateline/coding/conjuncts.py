"""Verbs the parser conjoins to the wrong word: where their subject really is.

The small parser hangs a second verb of a clause on a word inside the first verb's complement. Its subject
is then the first verb's, which `arguments.subject_of` reaches through the verb returned here.
"""

from __future__ import annotations

from typing import Any

__all__ = ["misattached_conjunct", "misparsed_main_verb", "said_and_did"]


def misattached_conjunct(verb: Any) -> Any | None:
    """The verb whose subject `verb` (a conjunct) shares when the parser hung it on the wrong word, else None:
    - on an adjective or adverb ("dismissed the report as politically motivated and accused X": "accused"
      hangs on "motivated"), the nearest verb above it;
    - on a gerund after a preposition ("accused X of pushing migrants ... and closed two crossings": a finite
      verb cannot share the gerund's slot), the verb that governs the gerund."""
    if verb.dep_ != "conj":
        return None
    head = verb.head
    if verb.pos_ == "VERB" and head.pos_ in ("ADJ", "ADV"):
        up = head
        for _ in range(3):
            if up.pos_ == "VERB" or up.head == up:
                break
            up = up.head
        return up if up.pos_ == "VERB" else None
    if verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VBG" and head.dep_ == "pcomp" \
            and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head
    return None


def misparsed_main_verb(verb: Any) -> Any | None:
    """The subject noun of a main verb the parser hung on that noun as a reduced relative (`acl`), else None:
    - a finite past verb ("VBD") right after the sentence's subject: "The agency called on X to stop ... and
      warned ..." (a true reduced relative is a participle: "the agency called X", "troops sent there");
    - a participle with a complement of its own after a subject set off by a relative or appositive clause,
      in a sentence the parser left without a main verb: "China, which has invested in both, offered to
      mediate" (a noun is the sentence's root)."""
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    noun = verb.head
    if noun.pos_ not in ("PROPN", "NOUN"):
        return None
    if verb.tag_ == "VBD" and noun.dep_ in ("nsubj", "ROOT") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in verb.children):
        return noun
    if verb.tag_ == "VBN" and noun.dep_ == "ROOT" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and any(c.dep_ in ("relcl", "appos") and c.i < verb.i for c in noun.children) \
            and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children) \
            and not any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return noun
    return None


# Acts done by speaking, which a speaker goes on to do in the same breath: "said ... and urged X".
_VOICE_ACTS = frozenset({"urge", "call", "warn", "demand", "accuse", "criticise", "criticize", "condemn",
                         "appeal", "ask", "reject", "deny", "praise", "welcome", "threaten", "insist", "vow",
                         "pledge", "promise", "blame", "denounce", "press", "invite", "thank", "reiterate"})


def said_and_did(verb: Any, speech_verbs: frozenset[str] | set[str]) -> Any | None:
    """The speech verb whose speaker does `verb`, else None. "X said Y had done Z and urged W": the parser
    hangs "urged" on the reported verb, but a bare past verb of speaking beside a reported clause that is
    not in the simple past itself (an auxiliary "had", a modal: "said Pakistan must stop ... and urged
    Islamabad"; a copula: "said the dispute was commercial and urged Chisinau") goes with "said", in X's
    voice. The reported verb may sit in a relative clause inside the complement ("said the boats had been
    fishing in an area where the claims overlap and called on Jakarta")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.lemma_.lower() not in _VOICE_ACTS:
        return None  # "said police had raided its offices and arrested them": the police arrested
    clause = verb.head
    for _ in range(6):
        if clause.dep_ == "ccomp" or clause.head.i == clause.i or clause.dep_ not in _INNER_DEPS:
            break
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in speech_verbs:
        return None
    if clause.head.i > clause.i or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None  # "X has done Y and opened Z, the ministry said": one subject for both, said after
    if any(c.dep_ == "aux" and (c.lower_ in ("had", "would") or c.tag_ == "MD") for c in clause.children) \
            or (clause.lemma_ == "be" and verb.head is clause):
        return clause.head
    if verb.head is not clause and verb.head.tag_ in ("VBP", "VBZ"):
        return clause.head  # a present-tense relative clause inside the complement is no past act of its own
    return None


# Dependencies inside a reported clause that a conjoined verb may hang on: a relative clause and the phrase
# that holds it ("an area where the two claims overlap").
_INNER_DEPS = frozenset({"relcl", "pobj", "prep", "advcl", "acl", "dobj"})

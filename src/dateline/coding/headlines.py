"""Headline grammar: "Kenyan Lawmaker Killed in Bomb Attack in Mogadishu", "Two Aid Workers Kidnapped in
Eastern Congo".

A headline drops the auxiliary of a passive, so the parser reads "Lawmaker Killed" as an active verb with
the lawmaker as its subject (the killer), or "Workers Kidnapped" as a participle describing the workers (no
event). In a line with no closing punctuation, a verb that needs an object (one cannot "kill" without
killing someone) in its past form, with no object of its own, is a passive: its subject is the patient and
"by X" names the agent, as in the sentence "A Kenyan lawmaker was killed ...".
"""

from __future__ import annotations

from typing import Any

from ..nlp_cache import sent_range

__all__ = ["headline_passive", "headline_shaped", "participle_act", "verb_read_as_noun"]

# Verbs whose past form with no object can only be a passive ("Killed", "Kidnapped", "Arrested").
_PATIENT_VERBS = frozenset({
    "kill", "wound", "injure", "kidnap", "abduct", "arrest", "detain", "shoot", "behead", "torture",
    "execute", "assassinate", "murder", "capture", "jail", "imprison", "sentence", "expel", "deport",
    "burn", "beat", "stab", "rape", "hang", "lynch", "seize", "hold", "free", "release", "sanction",
    "slay", "massacre", "target", "attack", "ambush", "bomb", "shell", "convict", "charge", "indict",
    "fine", "ban", "evacuate", "rescue",
    # a state's measures: "Curfew Imposed in ...", "Emergency Declared", "Social Media Platforms Suspended"
    "impose", "declare", "suspend", "extend", "lift", "block", "restrict", "censor", "outlaw", "dissolve",
    "raid", "bar",
})
_END = frozenset({".", "!", "?", '"', "'", "”"})


def headline_shaped(tok: Any) -> bool:
    """A line without closing punctuation and without a finite auxiliary: a headline, not a sentence."""
    lo, hi = sent_range(tok)
    sent = tok.doc[lo:hi]  # tok.sent, without spaCy's walk to its boundaries
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text in _END:
        return False
    return not any(t.dep_ in ("aux", "auxpass") and t.lower_ in ("is", "are", "was", "were", "has", "have",
                                                                    "had", "be", "been")
                   for t in sent)


def headline_passive(tok: Any, lemma: str) -> bool:
    """Whether the trigger `tok` (lexicon lemma `lemma`) is a headline's passive, its auxiliary dropped."""
    if lemma not in _PATIENT_VERBS or tok.tag_ not in ("VBD", "VBN") or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ not in ("ROOT", "acl", "conj"):
        return False
    if any(c.dep_ in ("dobj", "obj", "dative", "ccomp", "xcomp") for c in tok.children):
        return False
    if tok.dep_ == "acl" and tok.head.dep_ not in ("ROOT", "nsubj", "appos"):
        return False  # "talks on the hostages freed last year": a participle deep in a phrase describes it
    return headline_shaped(tok)


def verb_read_as_noun(tok: Any, has_verb: bool, has_noun: bool) -> bool:
    """Whether a headline word the parser tagged as a noun is the headline's verb: "Malaysia Denounces
    Actions By ...", "Activists in Vienna Decry New Policy" (the small model reads the Title Case verb as a
    compound noun). Only for words the event lexicon knows as a verb and never as a noun (`has_verb`,
    `has_noun`), in the verb's own forms (third person "-s", or the bare form after a plural subject), with
    no determiner or modifier of a noun, in a line shaped like a headline."""
    if tok.pos_ != "NOUN" or not has_verb or has_noun or tok.i == sent_range(tok)[0]:
        return False
    if tok.tag_ == "NNS":
        if not tok.lower_.endswith("s"):
            return False
    elif tok.tag_ != "NN" or tok.lower_ != tok.lemma_.lower():
        return False
    prev = tok.doc[tok.i - 1]
    # the subject's last word; "Pakistan expels Afghan migrants" tags the country ADJ, a modifier of the verb
    named = prev.pos_ == "ADJ" and prev.text[:1].isupper() and prev.ent_type_ in ("GPE", "ORG", "PERSON")
    if any(c.dep_ in ("det", "amod", "poss", "nummod", "case") and not (named and c.i == prev.i)
           for c in tok.children):
        return False
    if (prev.pos_ not in ("PROPN", "NOUN") and not named) or prev.dep_ == "det":
        return False
    return headline_shaped(tok)


# Agents that are happenings, not actors: "victims killed by the crash", "homes destroyed by the floods".
_HAPPENINGS = frozenset({"crash", "accident", "collision", "flood", "floods", "earthquake", "quake", "storm",
                         "fire", "blaze", "explosion", "blast", "collapse", "landslide", "disease",
                         "outbreak",
                         "virus", "epidemic", "drought", "famine", "cyclone", "hurricane", "typhoon"})
# Acts (not states: "disputed by", "held by", "backed by") whose participle with an agent reports the act.
_PARTICIPLE_ACTS = _PATIENT_VERBS - {"hold", "target", "sanction", "charge", "fine", "ban", "evacuate",
                                     "rescue"}


def participle_act(tok: Any, lemma: str) -> bool:
    """Whether `tok` is a participle describing a noun that reports an act with its agent: "39 prisoners
    freed by Israel", "two journalists detained by the police" (the noun is the act's patient)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or lemma not in _PARTICIPLE_ACTS:
        return False
    for c in tok.children:
        if c.dep_ == "agent":
            return any(o.dep_ == "pobj" and o.lemma_.lower() not in _HAPPENINGS for o in c.children)
    return False


def verb_as_modifier(tok: Any) -> bool:
    """"Chile and Peru sign trade agreement": a headline's verb that the small parser hangs on its object
    noun as a compound, with the headline's subject as another modifier of that noun before it. A base or
    present verb form is no noun modifier, so the noun is its object and the nominal before it its subject."""
    if tok.dep_ != "compound" or tok.pos_ != "VERB" or tok.tag_ not in ("VB", "VBP", "VBZ"):
        return False
    head = tok.head
    if head.i <= tok.i or head.pos_ != "NOUN":
        return False
    # the subject hangs on the noun or, in Title Case, on the verb itself
    if not any(c.i < tok.i and c.dep_ in ("nmod", "compound", "nsubj") and c.pos_ in ("PROPN", "NOUN")
               for c in (*head.children, *tok.children)):
        return False
    return headline_shaped(tok)


def modified_object(tok: Any) -> Any:
    """The object of a `verb_as_modifier`: the last noun of the compound it hangs in ("Trade" ->
    "Agreement" in "Chile and Peru Sign Trade Agreement")."""
    obj = tok.head
    while obj.dep_ == "compound" and obj.head.i > obj.i and obj.head.pos_ in ("NOUN", "PROPN"):
        obj = obj.head
    return obj


def joint_subject_before(tok: Any) -> bool:
    """A noun-tagged headline word hung as a compound on the noun after it, with two conjoined names before
    it ("Namibia and Angola sign trade agreement"): read as the verb of the pair, as `verb_as_modifier`.
    Only with a conjoined proper-noun subject: "Croatia war declare ceasefire" has no such pair."""
    if tok.dep_ != "compound" or tok.head.i <= tok.i or tok.head.pos_ != "NOUN":
        return False
    return any(c.i < tok.i and c.pos_ == "PROPN" and c.dep_ in ("nmod", "compound", "nsubj")
               and any(g.dep_ == "conj" for g in c.children)
               for c in (*tok.head.children, *tok.children)) and headline_shaped(tok)

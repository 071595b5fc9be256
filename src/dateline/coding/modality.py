"""Modality of an event trigger read from the parse: asserted, negated, future or hypothetical.

Checked on the clause that carries the trigger (for a nominal trigger, the verb that governs it) and on the
verbs above it up to the nearest verb of saying, so "X said Y will meet Z" is future and "if Y attacks" is
hypothetical, while "X did not say ..." does not negate what is reported. Precedence: negated over
hypothetical over future over asserted.
"""

from __future__ import annotations

from typing import Any

from ..model import ASSERTED, FUTURE, HYPOTHETICAL, NEGATED
from ..nlp_cache import children, doc_table, sent_range

__all__ = ["modality", "governing_verb", "is_refusal", "is_background", "demanding_must"]

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPO_AUX = {"could", "might", "may", "should", "can", "must", "ca"}
_COND_MARK = {"if", "unless", "whether", "lest"}
# Verbs whose infinitive complement has not happened yet ("plans to visit", "is scheduled to attend").
_FUTURE_HEADS = {"plan", "schedule", "expect", "set", "due", "intend", "aim", "prepare", "slate", "go", "hope",
                 "want", "wish", "seek", "try", "attempt", "propose", "consider", "mull", "decide",
                 # "has struggled to agree on sanctions": attempted, not (yet) done, like "try"
                 "struggle"}
_NEG_WORDS = {"not", "n't", "never", "no"}
# "refused to allow planes to land": what is refused, declined or rejected does not happen
_NEG_HEADS = {"fail", "refrain", "stop", "cease", "avoid", "halt", "abandon", "deny", "refuse", "decline",
              "reject"}
# Heads whose negation affirms their complement: "would not hesitate to order strikes" will order them.
_LITOTES_HEADS = {"hesitate"}


# "denied that its forces attacked", "denied reports that its troops crossed": what is denied is negated.
_DENY_HEADS = {"deny", "refute"}
_CLAIM_NOUNS = {"report", "claim", "allegation", "accusation", "charge", "suggestion", "assertion"}
# "condemned the invasion", "refused to condemn the invasion": a verb that judges an act presupposes it, so a
# nominal act it governs keeps its own mode whatever the judging verb's mode is.
_PRESUPPOSING = {"condemn", "criticise", "criticize", "denounce", "deplore", "praise", "welcome", "hail", "protest",
                 "regret", "mourn", "blame", "applaud", "commend", "slam", "decry", "investigate", "probe",
                 # "will not recognise Russia's annexation of Crimea": what is (not) recognised has happened
                 "recognise", "recognize"}


# "before they withdraw", "until their demands are met", "before allowing ...": a clause that has not
# happened yet when its tense is not past ("fought until they were defeated" did happen).
_NOT_YET_MARK = {"before", "until", "till"}


def _past(verb: Any) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _finite(verb: Any) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def governing_verb(tok: Any) -> Any:
    """The verb whose clause a token sits in (the token itself when it is a verb)."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            return node
        node = node.head
    return node


def _clause_children(verb: Any) -> list[int]:
    """Indices of the clause's children (read on the shared token table, `nlp_cache`)."""
    doc = verb.doc
    t, ch = doc_table(doc), children(doc)
    dep, i = t.dep, verb.i
    kids = list(ch[i])
    # Auxiliaries and negation attach to the first conjunct: "will meet and discuss". A conjunct with a tense
    # of its own does not share them: "would not tolerate attacks and ordered the army in".
    if dep[i] == "conj" and t.tag[i] not in ("VBD", "VBZ", "VBP") \
            and not any(dep[c] in ("aux", "auxpass", "nsubj", "nsubjpass") for c in kids):
        kids += [c for c in ch[t.head[i]] if dep[c] in ("aux", "auxpass", "neg")]
    return kids


def modality(trigger: Any, speech_verbs: frozenset[str] | set[str] = frozenset()) -> tuple[str, str]:
    """(mode, reason) for an event trigger token."""
    negated = hypothetical = future = None
    doc = trigger.doc
    t, ch = doc_table(doc), children(doc)
    dep, lower, text = t.dep, t.lower, t.text
    if trigger.pos_ in ("NOUN", "PROPN"):
        for c in ch[trigger.i]:
            if dep[c] == "det" and lower[c] == "no":
                negated = "determiner 'no'"
    verb = governing_verb(trigger)
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj", "pobj") \
            and verb.lemma_.lower() in _PRESUPPOSING:
        return (NEGATED, negated) if negated else (ASSERTED, "")  # the judged act happened
    node = verb
    # "announced it would prohibit aid and would deny entry": a conjunct shares its first clause's reporting
    first = verb
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    reported = first is not verb and first.dep_ in ("ccomp", "parataxis") and first.head.lemma_ in speech_verbs
    own_tense_below = False  # the clause just left was a conjunct with its own tense or auxiliary
    litotes = False  # the clause just left hangs on "not hesitate to": that "not" affirms it
    for depth in range(5):
        kids = _clause_children(node)
        if litotes:
            kids = [c for c in kids if dep[c] != "neg"]
        litotes = False
        if own_tense_below:
            # "did not attend the talks and boycotted the summit": the first conjunct's "not" is its own, and
            # so is its "would" in "said it would implement the reforms and thanked the premier"
            kids = [c for c in kids if dep[c] not in ("neg", "aux", "auxpass")
                    and not (dep[c] == "advmod" and lower[c] == "never")]
        own_tense_below = False
        # "announced it would free ...": the clause is reported, so its "would" is the reported future
        reported = reported or (node.dep_ in ("ccomp", "parataxis") and node.head != node
                                and node.head.lemma_ in speech_verbs)
        for c in kids:
            low, c_dep = lower[c], dep[c]
            if c_dep == "neg" or (c_dep == "advmod" and low in ("never",)):
                negated = negated or f"negation '{text[c]}'"
            elif c_dep == "advmod" and low == "longer" and any(dep[d] == "neg" for d in ch[c]):
                negated = negated or "negation 'no longer'"  # "would no longer accept loans"
            elif c_dep in ("aux", "auxpass"):
                if low in _FUTURE_AUX:
                    future = future or f"auxiliary '{text[c]}'"
                elif low == "would":
                    if reported:
                        future = future or "reported 'would'"
                    else:
                        hypothetical = hypothetical or "auxiliary 'would'"
                elif low in _HYPO_AUX:
                    hypothetical = hypothetical or f"modal '{text[c]}'"
            elif c_dep == "mark" and low in _COND_MARK:
                hypothetical = hypothetical or f"condition '{text[c]}'"
            elif c_dep == "mark" and low in _NOT_YET_MARK and not _past(node):
                hypothetical = hypothetical or f"not yet ('{text[c]}')"
            elif c_dep == "dobj":
                if any(dep[d] == "det" and lower[d] == "no" for d in ch[c]) and depth == 0:
                    negated = negated or "object with 'no'"
        if node.dep_ == "ROOT" or node.head == node:
            break
        head = node.head
        if node.dep_ == "ccomp" and head.lemma_.lower() in _DENY_HEADS or (
                node.dep_ in ("acl", "ccomp") and head.lemma_.lower() in _CLAIM_NOUNS
                and head.head.lemma_.lower() in _DENY_HEADS):
            negated = negated or "denied"
        if head.lemma_ in speech_verbs and node.dep_ in ("ccomp", "parataxis"):
            break  # the speech act's own modality says nothing about what is reported
        if node.dep_ == "pcomp" and head.lower_ in _NOT_YET_MARK and node.tag_ == "VBG":
            hypothetical = hypothetical or f"not yet ('{head.text}' + gerund)"  # "before allowing aid in"
        if node.dep_ == "xcomp":
            litotes = head.lemma_ in _LITOTES_HEADS
            if head.lemma_ in _FUTURE_HEADS:
                future = future or f"'{head.text} to'"
            if head.lemma_ in _NEG_HEADS:
                negated = negated or f"'{head.text} to'"
        elif node.dep_ not in ("conj", "advcl", "relcl", "acl", "pcomp", "pobj", "prep", "dobj", "nsubj",
                               "nsubjpass", "xcomp", "ccomp"):
            break
        if node.dep_ == "relcl" and _finite(node):
            # "whom they had taken hostage" keeps its own tense under "will release": a relative clause
            # with a tense of its own does not borrow the main clause's future
            break
        if node.dep_ == "advcl":
            # the main clause's modality does not carry into an adverbial clause, only a condition does
            if any(dep[c] == "mark" and lower[c] in _COND_MARK for c in ch[node.i]):
                hypothetical = hypothetical or "conditional clause"
            break
        own_tense_below = node.dep_ == "conj" and (node.tag_ in ("VBD", "VBZ", "VBP") or any(
            dep[c] in ("aux", "auxpass") for c in ch[node.i]))
        node = head
        reported = reported or head.lemma_ in speech_verbs
    if verb.dep_ == "ROOT" and _question(trigger, t):
        hypothetical = hypothetical or "question"
    if negated:
        return NEGATED, negated
    if hypothetical:
        return HYPOTHETICAL, hypothetical
    if future:
        return FUTURE, future
    return ASSERTED, ""


def _question(trigger: Any, t: Any) -> bool:
    """Whether the trigger's sentence ends with "?" (its text, trailing whitespace stripped): read backwards
    on the token table, since `Span.text` makes a `Token` of every word of the sentence."""
    lo, hi = sent_range(trigger)
    for i in range(hi - 1, lo - 1, -1):
        word = t.text[i].rstrip()
        if word:
            return word.endswith("?")
    return False


def failed_to(trigger: Any) -> bool:
    """"failed to reach agreement": the trigger is the infinitive complement of "fail"."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_ == "fail"


def is_refusal(trigger: Any) -> bool:
    """Whether a negated trigger is a refusal rather than a non-event: "will not attend", "said it would
    not provide aid" (negation with a future auxiliary in the trigger's own clause). CAMEO codes such
    statements as rejections (12), not as negated acts."""
    verb = governing_verb(trigger)
    kids = _clause_children(verb)
    t = doc_table(verb.doc)
    dep, lower = t.dep, t.lower
    ch = children(verb.doc)
    neg = any(dep[c] == "neg" or (dep[c] == "advmod" and lower[c] == "never")
              or (dep[c] == "advmod" and lower[c] == "longer" and any(dep[d] == "neg" for d in ch[c])) for c in kids)
    fut = any(dep[c] in ("aux", "auxpass") and (lower[c] in _FUTURE_AUX or lower[c] == "would") for c in kids)
    return neg and fut


# Prepositions (and "the eve of"-style nouns) that put an event noun before or after the reported one, as
# its time. "During a visit by X", "on the sidelines of a summit" are kept: that event is going on.
_TIME_PREPS = {"since", "after", "following", "before"}
_TIME_NOUNS = {"eve", "wake", "aftermath", "run-up", "ahead", "prior"}
_SPANS = {"hour", "day", "week", "month", "year", "night", "decade"}


def is_background(tok: Any) -> bool:
    """Whether an event noun only dates another one: "since the invasion", "on the eve of a visit",
    "in the wake of the attack", "after two days of fighting"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in _TIME_PREPS:
        return True
    if prep.lower_ not in ("of", "to"):
        return False
    holder = prep.head
    if holder.lower_ in _TIME_NOUNS:
        return True
    # a span of time before the noun: "after two days of fighting"
    return (holder.lemma_.lower() in _SPANS and holder.dep_ == "pobj" and holder.head.lower_ in _TIME_PREPS)


# Adverbs that make a "must" clause a step still to come in a procedure ("the cabinet must still give final
# approval", "parliament must yet ratify it"), not a demand made of anyone ("must first withdraw" demands).
_PENDING = frozenset({"still", "yet"})


def demanding_must(clause: Any) -> bool:
    """Whether the reported clause `clause` demands its act with "must" ("said Israel must withdraw"): a
    "must" auxiliary without an adverb of a pending step (`_PENDING`)."""
    kids = list(clause.children)
    return any(a.dep_ == "aux" and a.lower_ == "must" for a in kids) \
        and not any(a.dep_ == "advmod" and a.lower_ in _PENDING for a in kids)

"""Pipeline stage `quotes`: quotations, who said them, the cue, and who reports them.

For each quotation found by `quote_marks` (full or partial, straight or curly marks, across sentences):

1. **Cue.** Walk up the dependency tree from the quotation's words to the first speech verb outside the
   quotation ("said", "told", "stressed"; a naming verb such as "called" only in this way, so that
   `welcomed what she called a "new chapter"` is cued by "called"). Failing that, the speech verb or
   "according to" nearest to the quotation in its sentence(s); failing that, a short sentence right after
   it (`"...," he said.` split off by the sentence splitter) or one ending in a colon right before it.
2. **Speaker.** The cue's subject (climbing through `conj`/`xcomp`/`advcl` to the verb that has one;
   `X was quoted as saying` and `media quoted X as saying` read X), linked to the actors layer through
   `quote_actors.ActorLookup`. A pronoun the actors layer left unresolved ("he said") takes the speaker of
   the previous attributed quotation (`resolved_by="quote_coreference"`).
3. **Report source** (`reported_by`, the text of the phrase): the cue's subject when it is a document or an
   outlet ("a Kremlin readout said": source "a Kremlin readout", speaker the Kremlin), an "according to X"
   phrase beside another cue, a channel attached to the cue ("said in a statement", "wrote on Telegram"),
   or an outlet told ("told state television").
4. A quotation with no cue continues the previous attributed one when it is in the same or the next
   paragraph (its speaker is inherited, `cue=None`); an unattributed one of under four words is a title or
   scare quote and is dropped.

`partial` is true when the quotation is embedded in the reporter's sentence (it opens after a word rather
than at the sentence start, a colon or a comma) or does not end at a clause boundary.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from ..config import Settings
from ..model import Actor, Article, Quote, Sentence
from ..pipeline import component
from .quote_actors import ActorLookup, lookup_functions, phrase_text
from .quote_lexicon import (
    CHANNEL_PREPS,
    DOCUMENT_NOUNS,
    JUDGING_LEMMAS,
    MEDIA_NAMES,
    MEDIA_NOUNS,
    NAMING_LEMMAS,
    PLATFORM_NAMES,
    SPEECH_LEMMAS,
)
from .quote_marks import QuoteSpan, find_quote_spans

log = logging.getLogger(__name__)

__all__ = ["extract_quotes", "is_media", "make_quotes_stage"]

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_MIN_UNATTRIBUTED_WORDS = 4


@dataclasses.dataclass
class _Attribution:
    cue: str | None = None
    cue_tok: Any = None
    speaker: Actor | None = None
    speaker_tok: Any = None
    reported_by: str | None = None
    sentences: tuple[Sentence, ...] = ()


@component("quotes", requires=["doc", "sentences", "actors"], assigns=["quotes"])
def make_quotes_stage(settings: Settings):
    funcs = lookup_functions()

    def run(article: Article) -> None:
        article.quotes.extend(extract_quotes(article, _funcs=funcs))

    return run


def extract_quotes(article: Article, *, _funcs: Any = None) -> list[Quote]:
    """Quotations of a parsed article (`article.doc` set), attributed as described in the module docstring.

    Returns new `Quote` records in text order; the article is not modified.
    """
    doc = article.doc
    if doc is None:
        return []
    spans = find_quote_spans(article.text, start=article.body_start)
    if not spans:
        return []
    lookup = ActorLookup(article, _funcs or lookup_functions())
    inside = [False] * len(doc)
    for qs in spans:
        for tok in _tokens(doc, qs.open_at, min(qs.close_at + 1, len(article.text))):
            inside[tok.i] = True
    out: list[Quote] = []
    prev: Quote | None = None
    prev_span: QuoteSpan | None = None
    for qs in spans:
        att = _attribute(article, doc, qs, inside, lookup)
        text = article.text[qs.start : qs.end]
        if att.cue is None and att.speaker is None:
            if prev is not None and prev.speaker is not None and prev_span is not None and (
                qs.paragraph - prev_span.paragraph <= 1
            ):
                att.speaker, att.reported_by = prev.speaker, prev.reported_by
            elif len(text.split()) < _MIN_UNATTRIBUTED_WORDS:
                continue
        elif (att.speaker is None or not att.speaker.resolved) and _is_pronoun(att.speaker_tok):
            att.speaker = _pronoun_speaker(att.speaker_tok, out)
        sents = att.sentences or _covering(article, qs.open_at, qs.close_at + 1, (qs.para_start, qs.para_end))
        evidence = Sentence(min(s.start for s in sents), max(s.end for s in sents)) if sents else None
        quote = Quote(
            start=qs.start,
            end=qs.end,
            text=text,
            speaker=att.speaker,
            cue=att.cue,
            reported_by=att.reported_by,
            sentence=evidence,
            partial=_is_partial(article.text, qs, sents),
        )
        out.append(quote)
        if quote.speaker is not None:
            prev, prev_span = quote, qs
    return out


def _pronoun_speaker(tok: Any, earlier: list[Quote]) -> Actor:
    """An unresolved "he said": the speaker of the latest earlier quotation that names someone (wire copy
    names a speaker once, then attributes by pronoun). The record keeps the pronoun's own span."""
    span = {"start": tok.idx, "end": tok.idx + len(tok), "text": tok.text}
    for q in reversed(earlier):
        sp = q.speaker
        if sp is None or (sp.code is None and sp.name is None and sp.resolved_by is None and
                          sp.text.lower() in _PRONOUNS):
            continue
        name = sp.name or (sp.text if sp.code is None else None)
        return dataclasses.replace(sp, **span, name=name, resolved_by="quote_coreference")
    return Actor(**span)


_PRONOUNS = frozenset("he she they it we i you him her them".split())


def _is_pronoun(tok: Any) -> bool:
    return tok is not None and tok.pos_ == "PRON" and tok.lower_ in _PRONOUNS


# --- finding the cue -------------------------------------------------------------------------------------


def _tokens(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else []


def _covering(article: Article, start: int, end: int, para: tuple[int, int] | None = None) -> list[Sentence]:
    """Sentences overlapping [start, end), clipped to the paragraph: the sentence splitter sometimes runs a
    sentence over a paragraph break, and a cue in the next paragraph never belongs to this quotation."""
    out = []
    for s in article.sentences:
        if s.start < end and s.end > start:
            if para is not None:
                s = Sentence(max(s.start, para[0]), min(s.end, para[1]))
            out.append(s)
    return out


def _attribute(
    article: Article, doc: Any, qs: QuoteSpan, inside: list[bool], lookup: ActorLookup
) -> _Attribution:
    sents = _covering(article, qs.open_at, qs.close_at + 1, (qs.para_start, qs.para_end))
    att = _Attribution(sentences=tuple(sents))
    words = _tokens(doc, qs.start, qs.end)
    cue = _cue_by_tree(words, inside, (qs.para_start, qs.para_end))
    frame = [t for s in sents for t in _tokens(doc, s.start, s.end) if not inside[t.i]]
    if cue is None:
        cue = _nearest_cue(frame, qs)
    if cue is None:
        cue = _cue_by_tree(words, inside, (qs.para_start, qs.para_end), JUDGING_LEMMAS)
    if cue is None:
        extra = _adjacent_cue_sentence(article, doc, qs, inside)
        if extra is not None:
            sent, cue = extra
            att.sentences = tuple(sorted({*sents, sent}, key=lambda s: s.start))
            frame = [t for t in _tokens(doc, sent.start, sent.end) if not inside[t.i]]
    if cue is None:
        return att
    _fill_from_cue(att, cue, lookup)
    if att.cue == "according to":
        _own_words_reported(att, words, inside, lookup)
    if att.reported_by is None:
        att.reported_by = _according_to_elsewhere(frame, cue, att)
    return att


def _own_words_reported(att: _Attribution, words: Any, inside: list[bool], lookup: ActorLookup) -> None:
    """`Xi praised the "new chapter" in ties, according to the ministry`: the quoted words belong to the
    subject of the verb whose phrase holds them (Xi); the according-to phrase is the report's source."""
    verb = None
    for tok in words:
        if tok.head.i != tok.i and inside[tok.head.i]:
            continue
        verb = next((a for a in tok.ancestors if not inside[a.i] and a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            break
    if verb is None or _is_according(verb) or verb.lemma_.lower() in SPEECH_LEMMAS:
        return
    subj, _ = _subject(verb)
    if subj is None:
        return
    speaker = lookup.for_token(subj)
    if speaker is None or not speaker.resolved:
        return
    if att.reported_by is None and att.speaker_tok is not None:
        att.reported_by = _phrase(att.speaker_tok)
    att.speaker, att.speaker_tok = speaker, subj


def _is_according(tok: Any) -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def _cue_by_tree(words: Any, inside: list[bool], para: tuple[int, int],
                 judging: frozenset[str] = frozenset()) -> Any:
    """The closest speech/naming verb (or, with `judging`, one of those verbs only) above the quotation's
    words in the parse tree (same paragraph)."""
    best, best_depth = None, 99
    for tok in words:
        if tok.head.i != tok.i and inside[tok.head.i]:
            continue  # only the quotation's roots lead outside it
        for depth, anc in enumerate(tok.ancestors):
            if not para[0] <= anc.idx < para[1]:
                break
            if inside[anc.i]:
                continue
            lemma = anc.lemma_.lower()
            if (lemma in judging) if judging else (lemma in SPEECH_LEMMAS or lemma in NAMING_LEMMAS
                                                   or _is_according(anc)):
                if depth < best_depth:
                    best, best_depth = anc, depth
                break
    return best


def _nearest_cue(frame: list[Any], qs: QuoteSpan) -> Any:
    def dist(t: Any) -> int:
        return qs.open_at - t.idx if t.idx < qs.open_at else t.idx - qs.close_at

    verbs = [t for t in frame if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX")]
    if verbs:
        return min(verbs, key=dist)
    according = [t for t in frame if _is_according(t)]
    return min(according, key=dist) if according else None


def _adjacent_cue_sentence(article: Article, doc: Any, qs: QuoteSpan, inside: list[bool]) -> Any:
    """A short `he said.` sentence split off after the quotation, or `X said:` right before it."""
    for sent in article.sentences:
        if sent.start < qs.para_start or sent.end > qs.para_end:
            continue  # never across a paragraph break
        after = 0 <= sent.start - qs.close_at <= 3
        before = 0 <= qs.open_at - sent.end <= 3 and article.text[sent.start : sent.end].endswith(":")
        if not (after or before):
            continue
        toks = [t for t in _tokens(doc, sent.start, sent.end) if not inside[t.i]]
        if after and len(toks) > 12:
            continue
        cues = [t for t in toks if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX")]
        if cues:
            return sent, cues[0]
    return None


# --- speaker and source ---------------------------------------------------------------------------------


def _phrase(tok: Any) -> str:
    return phrase_text(tok, keep_appos=True)


def is_media(tok: Any, actor: Actor | None) -> bool:
    """Whether `tok` heads a news outlet: an actor of the MED sector, a media noun ("state media", "the
    agency": by word, as the small model lemmatises "media" to "medium") or a named outlet."""
    if actor is not None and actor.sector == "MED":
        return True
    if tok.lemma_.lower() in MEDIA_NOUNS or tok.lower_ in MEDIA_NOUNS:
        return True
    return _phrase(tok).lower().removeprefix("the ").removeprefix("state-run ") in MEDIA_NAMES


def _is_channel(tok: Any) -> bool:
    low = tok.lemma_.lower()
    if low in DOCUMENT_NOUNS or low in MEDIA_NOUNS:
        return True
    text = _phrase(tok).lower().removeprefix("the ")
    return text in PLATFORM_NAMES or text in MEDIA_NAMES


def _subject(verb: Any) -> tuple[Any, Any]:
    """(subject token, verb that has it), climbing from a coordinated or embedded speech verb."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is not None:
            return subj, v
        if v.dep_ == "pcomp" and v.head.dep_ in ("prep", "agent"):  # "quoted Xi as saying"
            v = v.head.head
            continue
        if v.dep_ in ("conj", "xcomp", "advcl", "relcl", "acl") and v.head.i != v.i:
            if v.dep_ == "relcl":
                return v.head, v  # "Wang, who told reporters ..."
            v = v.head
            continue
        break
    return None, v


def _fill_from_cue(att: _Attribution, cue: Any, lookup: ActorLookup) -> None:
    if _is_according(cue):
        att.cue = "according to"
        to = next(c for c in cue.children if c.lower_ == "to")
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is not None:
            _source_or_speaker(att, obj, lookup)
        return
    att.cue = cue.text
    subj, holder = _subject(cue)
    if holder.lemma_.lower() == "quote":
        # "Xinhua quoted Xi as saying" / "Xi was quoted by Xinhua as saying" / "Xi was quoted as saying by
        # Xinhua" (the parser hangs the agent on "saying")
        quoted = next((c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")), None)
        outlet = subj if subj is not None and subj.dep_ == "nsubj" else _agent(holder)
        if outlet is None:
            outlet = next((_agent(p) or _by_object(p) for c in holder.children if c.dep_ == "prep"
                           for p in c.children if p.dep_ == "pcomp"), None)
        if quoted is not None:
            att.speaker_tok = quoted
            att.speaker = lookup.for_token(quoted)
        if outlet is not None:
            att.reported_by = _phrase(outlet)
        return
    if subj is not None:
        _source_or_speaker(att, subj, lookup)
        quoting = _quoting(cue)
        if quoting is not None and att.reported_by is not None:
            # "..., state media said, quoting the interior minister": the outlet reports, the minister speaks
            att.speaker_tok = quoting
            att.speaker = lookup.for_token(quoting)
    if att.reported_by is None:
        att.reported_by = _channel_of(cue)


def _by_object(verb: Any) -> Any:
    """The object of a "by" phrase on `verb` (the parser's agent attached as a plain preposition)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _quoting(cue: Any) -> Any:
    """Whom an outlet quotes beside its verb of saying ("said, quoting the minister"), or None."""
    for c in cue.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in ("quote", "cite"):
            return next((o for o in c.children if o.dep_ == "dobj"), None)
    return None


def _agent(verb: Any) -> Any:
    for c in verb.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _source_or_speaker(att: _Attribution, tok: Any, lookup: ActorLookup) -> None:
    if tok.lemma_.lower() in DOCUMENT_NOUNS:
        att.reported_by = _phrase(tok)
        att.speaker = lookup.for_modifiers(tok)
        return
    actor = lookup.for_token(tok)
    att.speaker_tok = tok
    att.speaker = actor
    if is_media(tok, actor):
        att.reported_by = _phrase(tok)


def _channel_of(cue: Any) -> str | None:
    """A channel attached to the cue: "said in a statement", "wrote on Telegram", "told state TV"."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in CHANNEL_PREPS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and _is_channel(obj):
                return _phrase(obj)
        if child.dep_ in ("dobj", "dative") and cue.lemma_.lower() == "tell" and is_media(child, None):
            return _phrase(child)
    return None


def _according_to_elsewhere(frame: list[Any], cue: Any, att: _Attribution) -> str | None:
    """A report source elsewhere in the sentence: "..., according to state media", "..., Xinhua reported"."""
    for tok in frame:
        if tok.i != cue.i and _is_according(tok):
            to = next(c for c in tok.children if c.lower_ == "to")
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _phrase(obj)
    for tok in frame:
        if tok.i != cue.i and tok.lemma_.lower() in _REPORT_LEMMAS:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and (is_media(subj, None) or subj.lemma_.lower() in DOCUMENT_NOUNS):
                return _phrase(subj)
    return None


_REPORT_LEMMAS = frozenset({"report", "say", "write", "quote", "cite", "show", "state"})


# --- full or partial -------------------------------------------------------------------------------------


def _is_partial(text: str, qs: QuoteSpan, sents: list[Sentence] | tuple[Sentence, ...]) -> bool:
    """Embedded in the reporter's own words, judged from the characters around the marks."""
    sent_start = min((s.start for s in sents), default=0)
    i = qs.open_at - 1
    while i >= sent_start and text[i].isspace():
        i -= 1
    opens_at_boundary = i < sent_start or text[i] in ":,;—–-\n" or qs.open_at <= sent_start
    if not opens_at_boundary:
        return True
    if not qs.closed:
        return False
    inner_end = text[qs.close_at - 1] if qs.close_at > 0 else ""
    if inner_end in ".,!?…;:":
        return False
    j = qs.close_at + 1
    while j < len(text) and text[j] == " ":
        j += 1
    return not (j >= len(text) or text[j] in ".,!?\n")

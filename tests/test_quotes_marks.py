"""Quotation-mark pairing on raw text (no parser needed)."""

from __future__ import annotations

from dateline.extract.quote_marks import find_quote_spans, paragraph_spans


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text)]


def test_straight_marks_pair_and_drop_the_trailing_comma():
    text = '"We will respond," the envoy said. "Nobody wants a war."'
    assert quoted(text) == ["We will respond", "Nobody wants a war."]


def test_curly_marks_pair_by_direction_across_sentences():
    text = "“Talks went well. Both sides agreed,” he said."
    spans = find_quote_spans(text)
    assert [text[q.start : q.end] for q in spans] == ["Talks went well. Both sides agreed"]
    assert spans[0].closed and text[spans[0].open_at] == "“" and text[spans[0].close_at] == "”"


def test_angle_marks_and_mixed_marks():
    assert quoted("He called it «a turning point» on Monday.") == ["a turning point"]
    assert quoted("“We are ready,\" she said.") == ["We are ready"]


def test_stray_inch_mark_does_not_flip_later_pairs():
    text = 'Crews fired a 12" shell, then officials said "no comment" twice.'
    assert quoted(text) == ["no comment"]


def test_multi_paragraph_quote_ends_at_its_paragraph_and_continues():
    text = '"The first part ends here.\n\n"The second part closes it," she added.'
    spans = find_quote_spans(text)
    assert [text[q.start : q.end] for q in spans] == ["The first part ends here.", "The second part closes it"]
    assert spans[0].closed is False and spans[0].paragraph == 0 and spans[1].paragraph == 1


def test_blank_lines_make_single_newlines_hard_wraps():
    text = 'She said "the wrapped\nquote ends here" today.\n\nNext paragraph.'
    assert quoted(text) == ["the wrapped\nquote ends here"]
    assert len(paragraph_spans(text)) == 2


def test_empty_and_punctuation_only_quotes_are_ignored():
    assert quoted('He wrote "" and " -- " in the margin.') == []


def test_search_window_respects_start():
    text = '"Header quote" X. Body says "body quote" here.'
    assert quoted_from(text, 17) == ["body quote"]


def quoted_from(text: str, start: int) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text, start=start)]

"""Tokens and sentences: offsets, clitics, abbreviations, and bounded sentence length."""

from __future__ import annotations

import pytest

from chronology.events.text import MAX_SENTENCE_TOKENS, split_sentences, tokenize


def sentences_of(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[s.start : s.end] for s in split_sentences(text, tokens)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Alvarez arrived. She left at noon.", ["Dr. Alvarez arrived.", "She left at noon."]),
        (
            "The U.S. envoy met Gen. Okoro on Jan. 5 in Lagos.",
            ["The U.S. envoy met Gen. Okoro on Jan. 5 in Lagos."],
        ),
        ('He said "enough." Then he left.', ['He said "enough."', "Then he left."]),
        ("Prices rose 3.5 percent. Markets fell.", ["Prices rose 3.5 percent.", "Markets fell."]),
        (
            "A headline without a stop\n\nThe body starts here.",
            ["A headline without a stop", "The body starts here."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_clitics_are_split_with_their_offsets() -> None:
    text = "The mayor's aide didn't call; they're late."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "The",
        "mayor",
        "'s",
        "aide",
        "did",
        "n't",
        "call",
        ";",
        "they",
        "'re",
        "late",
        ".",
    ]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_long_runs_are_cut_into_bounded_pieces() -> None:
    text = ", ".join(f"item{n} was shipped" for n in range(900))
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    assert all(s.stop - s.first <= MAX_SENTENCE_TOKENS for s in sentences)
    assert [s.first for s in sentences[1:]] == [s.stop for s in sentences[:-1]]
    assert sentences[0].first == 0 and sentences[-1].stop == len(tokens)

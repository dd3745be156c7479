"""Tokens and sentences with their character offsets: just enough structure to find events fast."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from chronology.events.lexicon import ABBREVIATIONS

# Words (with inner apostrophes, hyphens and abbreviation periods), numbers, clitics, punctuation.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., a.m.
    r"|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b"  # clitics split off their host
    r"|[^\W\d_](?:\w|-(?=\w)|['’](?!(?:s|re|ve|ll|d|m|t)\b)(?=\w))*?(?=n['’]t\b)"  # "did" of "didn't"
    r"|[^\W\d_](?:\w|-(?=\w)|['’](?!(?:s|re|ve|ll|d|m|t)\b)(?=\w))*"
    r"|\d+(?:[.,:/-]\d+)*"
    r"|[^\w\s]",
)
# The same without the branch that splits "did" off "didn't": that branch tries every word letter by
# letter, and can only match in a text that has "n't" in it.
_TOKEN_WITHOUT_NEGATION = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|['’](?:s|re|ve|ll|d|m)\b"
    r"|[^\W\d_](?:\w|-(?=\w)|['’](?!(?:s|re|ve|ll|d|m|t)\b)(?=\w))*"
    r"|\d+(?:[.,:/-]\d+)*"
    r"|[^\w\s]",
)
SENTENCE_END = frozenset(".!?")
#: Longer runs without a sentence end (lists, tables, unpunctuated text) are cut into pieces of at most
#: this many tokens, so that the work per event stays bounded whatever the input.
MAX_SENTENCE_TOKENS = 250
_SOFT_BREAKS = frozenset({",", ";", ":", "—", "–"})
_CLOSERS = frozenset("\"'”’)]")


class Token(NamedTuple):
    """A word, number or punctuation mark; a tuple because documents have many and they are built fast."""

    text: str
    lower: str
    start: int
    end: int
    is_word: bool  # starts with a letter or an apostrophe
    capitalized: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # character offsets
    end: int
    first: int  # token indexes, end exclusive
    stop: int


def tokenize(text: str) -> list[Token]:
    pattern = _TOKEN if "n't" in text or "n’t" in text else _TOKEN_WITHOUT_NEGATION
    new = tuple.__new__  # Token's own constructor, without the keyword handling of a call to Token()
    curly = "’" in text
    tokens: list[Token] = []
    append = tokens.append
    for match in pattern.finditer(text):
        word = match.group()
        first = word[0]
        start, end = match.span()
        lower = word.lower()
        if curly:
            lower = lower.replace("’", "'")
        append(new(Token, (word, lower, start, end, first.isalpha() or first in "'’", first.isupper())))
    return tokens


def _ends_sentence(text: str, tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if token.text not in SENTENCE_END:
        return False
    if token.text == "." and index > 0:
        previous = tokens[index - 1]
        if previous.end == token.start and (
            previous.lower in ABBREVIATIONS or (len(previous.text) == 1 and previous.text.isupper())
        ):
            return False
    following = index + 1
    while following < len(tokens) and tokens[following].text in _CLOSERS:
        following += 1
    if following >= len(tokens):
        return True
    nxt = tokens[following]
    if nxt.start == tokens[following - 1].end:
        return False  # "3.5", "Yahoo!Inc"
    return nxt.text[0].isupper() or nxt.text[0].isdigit() or nxt.text[0] in "\"“'‘(["


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Sentences end at . ! ? before a capital (not after an abbreviation or initial) and at blank lines."""
    sentences: list[Sentence] = []
    first = 0
    blank_lines = "\n\n" in text
    for index, token in enumerate(tokens):
        stop = None
        if token.text in SENTENCE_END and _ends_sentence(text, tokens, index):
            stop = index + 1
            while (
                stop < len(tokens)
                and tokens[stop].text in _CLOSERS
                and tokens[stop].start == tokens[stop - 1].end
            ):
                stop += 1
        elif blank_lines and index + 1 < len(tokens) and "\n\n" in text[token.end : tokens[index + 1].start]:
            stop = index + 1
        if stop is not None and stop > first and (not sentences or stop > sentences[-1].stop):
            sentences.append(Sentence(tokens[first].start, tokens[stop - 1].end, first, stop))
            first = stop
    if first < len(tokens):
        sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
    return [piece for sentence in sentences for piece in _bounded(tokens, sentence)]


def _bounded(tokens: list[Token], sentence: Sentence) -> list[Sentence]:
    """A sentence cut at soft breaks into pieces of at most MAX_SENTENCE_TOKENS tokens."""
    if sentence.stop - sentence.first <= MAX_SENTENCE_TOKENS:
        return [sentence]
    pieces: list[Sentence] = []
    first = sentence.first
    while sentence.stop - first > MAX_SENTENCE_TOKENS:
        limit = first + MAX_SENTENCE_TOKENS
        cut = next(
            (
                i + 1
                for i in range(limit - 1, first + MAX_SENTENCE_TOKENS // 2, -1)
                if tokens[i].text in _SOFT_BREAKS
            ),
            limit,
        )
        pieces.append(Sentence(tokens[first].start, tokens[cut - 1].end, first, cut))
        first = cut
    pieces.append(Sentence(tokens[first].start, tokens[sentence.stop - 1].end, first, sentence.stop))
    return pieces

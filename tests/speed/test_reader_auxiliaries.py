"""The tense reader finds a stretch's auxiliaries in one pass; each answer is the word-by-word one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.tense.reader import _Reader, _Tokens

# Auxiliaries, words that are auxiliaries only in some places ("can", "will", "'s", "'d"), and others.
WORDS = [
    "the", "a", "can", "will", "may", "has", "had", "is", "was", "be", "been", "do", "did", "would",
    "it's", "he'd", "she", "they", "won't", "didn't", "can't", "council", "met", "meets", "Will",
    "May", "Can", "said", "voting", "to", "not", "already", "never", "Smith's",
]  # fmt: skip
GAPS = [" ", " ", " ", ", ", ". ", "; ", " - ", "\n"]

sentences = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=14).map(
    lambda parts: "".join(word + gap for word, gap in parts).rstrip()
)


@settings(max_examples=300, deadline=None)
@given(sentences, st.booleans())
def test_each_word_is_an_auxiliary_exactly_when_read_one_by_one(text: str, opens_sentence: bool) -> None:
    reader = _Reader(_Tokens(text, 0, len(text), opens_sentence))
    assert len(reader.auxiliary) == reader.size
    for index in range(-reader.size, reader.size):
        assert reader.is_auxiliary(index) == reader._reads_as_auxiliary(index), (text, index)


def test_a_contraction_and_a_noun_use_are_told_apart() -> None:
    text = "it's the can they will fill"
    reader = _Reader(_Tokens(text, 0, len(text), True))
    flags = dict(zip(reader.words, reader.auxiliary, strict=True))
    assert flags["'s"] and flags["will"]
    assert not flags["can"]  # after "the": the noun
    assert not flags["fill"]

"""Tokens are made from the text's pieces (`split_words`) in one pass, without a call per
token; what they are is specified by the walk they replaced: one token per match of the token
regex, its offsets the match's span, its key, stems and heads those of the word as written."""
from __future__ import annotations

import importlib

from hypothesis import given
from hypothesis import strategies as st

from events.extract.doc import Doc
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import normalize, tokenize
from text.normalize import _TOKEN_RE, Token, bare, clitic_heads, clitic_stems, split_words, words_of

normalize_module = importlib.import_module("text.normalize")


def _walk(norm: str) -> list[Token]:
    """`tokenize` as it was: a Token per regex match."""
    out = []
    for m in _TOKEN_RE.finditer(norm):
        key = m.group().lower()
        out.append(Token(m.start(), m.end(), key, clitic_stems(key), clitic_heads(key)))
    return out


def _same(norm: str) -> None:
    tokens = tokenize(norm)
    assert tokens == _walk(norm)
    assert tokenize(norm, split_words(norm)) == tokens
    assert split_words(norm)[1::2] == words_of(norm) == [norm[t.start:t.end] for t in tokens]
    assert all(t.heads == tuple(bare(s) for s in t.stems) for t in tokens)


@FUZZ
@given(text=st.one_of(newsy_text, event_text(), st.text(max_size=80)))
def test_tokens_are_the_regex_matches_with_their_word_forms(text):
    _same(normalize(text).norm)
    _same(text)  # any string, normalised or not


def test_edge_texts():
    for text in ("", " ", "12", "a", "،؛", "3.5,000 km", "_x_ y__z", "وبالرقة.", "٢٠١٥م", "ab12cd"):
        _same(normalize(text).norm)


def test_a_doc_ignores_a_normalised_text_of_another_text():
    other = normalize("قصف جوي")
    doc = Doc("غارات على الرقة", normalized=other, pieces=split_words(other.norm))
    assert doc.norm == normalize("غارات على الرقة").norm
    assert doc.tokens == tokenize(doc.norm)
    given_ = normalize("غارات على الرقة")
    assert Doc("غارات على الرقة", normalized=given_, pieces=split_words(given_.norm)).tokens == doc.tokens


@FUZZ
@given(text=st.one_of(newsy_text, event_text(), st.text(max_size=80)))
def test_normalising_by_replacing_is_translating(text):
    """The normalised text is what `str.translate` with the one-to-one table gives."""
    nt = normalize(text)
    stripped = normalize_module._DELETED_RE.sub("", text)
    assert nt.norm == stripped.translate(normalize_module._TABLE)


def test_every_one_to_one_change_is_replaced():
    changed = {k for k, v in normalize_module._ONE_TO_ONE.items() if k != v}
    assert {k for k, _ in normalize_module._REPLACE} == changed
    text = "".join(sorted(changed)) * 2
    assert normalize_module._one_to_one(text) == text.translate(normalize_module._TABLE)

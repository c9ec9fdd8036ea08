"""Speed without changing what is found: every prefilter — a set test that picks, in one pass,
the few tokens some lexicon entry can start at — gives exactly what the token-by-token walk it
replaced gives. Each walk is written out here as the specification it must equal."""
from __future__ import annotations

import importlib

import pytest
from hypothesis import given

from events import language
from events.extract import dates, numbers
from events.extract.pipeline import annotate
from events.extract.trigger_words import trigger_lexicon
from events.extract.triggers import scan
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import PhraseMatcher, normalize, tokenize

normalize_module = importlib.import_module("text.normalize")

SENTENCES = (
    "وشنت طائرات التحالف غارات على مواقع الحوثيين في صعدة، فيما قتل 12 مسلحا في اشتباكات "
    "قرب مدينة تعز أمس الخميس. وقالت مصادر إن القوات سيطرت على بلدة الحزم.",
    "Russian warplanes struck Raqqa on Thursday, killing 30 fighters; the SDF said it advanced.",
)


def _walk(matcher: PhraseMatcher, norm: str, tokens: list, skip: set[int] | None) -> list:
    """`PhraseMatcher.find` as it was: every token asked `may_start`, left to right."""
    out, i = [], 0
    while i < len(tokens):
        if (skip and i in skip) or not matcher.may_start(tokens[i]):
            i += 1
            continue
        m = matcher.match_at(norm, tokens, i)
        if m and skip:
            blocked = next((k for k in range(m.first, m.last) if k in skip), None)
            if blocked is not None:
                m = matcher.match_at(norm, tokens, i, stop=blocked) if blocked > i else None
        if m:
            out.append(m)
            i = m.last
        else:
            i += 1
    return out


def _as_tuples(matches: list) -> list[tuple]:
    return [(m.first, m.last, m.start, m.end, m.clitic, list(m.payloads)) for m in matches]


@pytest.mark.parametrize("text", SENTENCES)
def test_starts_are_exactly_the_tokens_some_phrase_may_start_at(text):
    matcher = trigger_lexicon("ar" if "ال" in text else "en").triggers
    tokens = tokenize(normalize(text).norm)
    assert matcher.starts(tokens) == [i for i in range(len(tokens)) if matcher.may_start_at(tokens, i)]
    assert matcher.starts(tokens, 3, 9) == [i for i in range(3, 9) if matcher.may_start_at(tokens, i)]


@FUZZ
@given(text=newsy_text)
def test_find_gives_what_the_token_by_token_walk_gives(text):
    norm = normalize(text).norm
    tokens = tokenize(norm)
    matcher = trigger_lexicon("ar").triggers
    skip = set(range(0, len(tokens), 3))
    for s in (None, skip):
        assert _as_tuples(matcher.find(norm, tokens, s)) == _as_tuples(_walk(matcher, norm, tokens, s))


@FUZZ
@given(text=event_text())
def test_scan_gives_the_walk_over_each_sentence(text):
    doc = annotate(text, upto="triggers")
    matcher = trigger_lexicon(doc.language).modality
    sentences = set(range(0, len(doc.sentences), 2))
    expected = []
    for si in sorted(sentences):
        i, end = doc.sentences[si].tokens
        while i < end:
            if (i in doc.actor_tokens) or not matcher.may_start(doc.tokens[i]):
                i += 1
                continue
            m = matcher.match_at(doc.norm, doc.tokens, i)
            if m and m.last <= end and not any(k in doc.actor_tokens for k in range(m.first, m.last)):
                expected.append(m)
                i = m.last
            else:
                i += 1
    assert _as_tuples(scan(matcher, doc, sentences, skip=doc.actor_tokens)) == _as_tuples(expected)


@FUZZ
@given(text=event_text())
def test_numbers_are_the_numbers_the_walk_over_every_token_finds(text):
    norm = normalize(text).norm
    tokens = tokenize(norm)
    expected, i = [], 0
    while i < len(tokens):
        num = numbers.parse_at(norm, tokens, i, "ar")
        if num:
            expected.append(num)
            i = num.last
        else:
            i += 1
    assert numbers.find_numbers(norm, tokens, "ar") == expected


@FUZZ
@given(text=event_text())
def test_the_date_prefilter_skips_only_tokens_no_rule_starts_at(text):
    for lang in ("ar", "en"):
        lex = dates._lexicon(lang)
        firsts = lex.rules.keys()
        for tok in tokenize(normalize(text).norm):
            if not tok.key[0].isdigit() and firsts.isdisjoint(tok.stems):
                assert dates._candidates(lex, tok) == []


def test_tokens_are_the_same_when_the_word_cache_is_emptied(monkeypatch):
    norm = normalize(" ".join(SENTENCES)).norm
    fresh = tokenize(norm)
    monkeypatch.setattr(normalize_module, "_WORDS", {})
    monkeypatch.setattr(normalize_module, "WORDS_MAX", 3)
    assert tokenize(norm) == fresh
    assert len(normalize_module._WORDS) <= 3


@pytest.mark.parametrize("text, lang", [
    ("قالت رويترز Reuters إن", "ar"), ("The SDF said «داعش» fled", "en"), ("", "ar"),
    ("abc دجه", "ar"), ("abcd دجه", "en"), ("123 ٤٥٦", "ar"),
])
def test_the_language_is_the_alphabet_with_more_letters(text, lang):
    arabic = sum(1 for c in text if language._ARABIC.fullmatch(c))
    latin = sum(1 for c in text if language._LATIN.fullmatch(c))
    assert language.detect(text) == lang == ("en" if latin > arabic else "ar")


def test_a_long_list_under_one_first_word_is_read_by_its_second_word(monkeypatch):
    """"محافظة" heads hundreds of names: only those whose second word follows are tried, and
    what is found (longest match, every payload in index order) is what walking them all finds."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("محافظة", "cue")
    for k, name in enumerate(["حمص", "حماة", "إدلب", "درعا", "حلب", "الرقة"] * 5):
        matcher.add(f"محافظة {name}", f"{name}:{k}")
    matcher.add("محافظة ريف دمشق", "rif")
    matcher.add("محافظة", "cue again")
    phrases = importlib.import_module("text.phrases")
    assert len(matcher.index["محافظه"]) > phrases.LONG
    text = "في محافظة حلب ومحافظة ريف دمشق ومحافظة ريف وفي المحافظة وفي محافظة"
    norm = normalize(text).norm
    tokens = tokenize(norm)
    found = _as_tuples(matcher.find(norm, tokens))
    assert [f[5][0] for f in found] == ["حلب:4", "rif", "cue", "cue", "cue"]
    assert found[0][5] == [f"حلب:{k}" for k in range(4, 30, 6)]
    monkeypatch.setattr(phrases, "LONG", 10**9)  # every entry walked
    assert _as_tuples(matcher.find(norm, tokens)) == found


def _every_match(matcher: PhraseMatcher, norm: str, tokens: list) -> list:
    """`match_at` at every token, with every stop, as plain tuples."""
    out = []
    for i in range(len(tokens)):
        for stop in (None, i + 1, i + 2, i + 3):
            m = matcher.match_at(norm, tokens, i, stop)
            out.append(m and (m.first, m.last, m.start, m.end, list(m.payloads), m.clitic))
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_entries_read_by_the_second_word_match_what_walking_every_entry_matches(text,
                                                                                monkeypatch):
    """Every head with more than `LONG` entries is read through lists made once by second
    word (shared between calls, never copied): the gazetteer's, the triggers', the actors' and
    the clause openers' matches at every token and stop are those of walking every entry."""
    from events.extract.actor_registry import registry
    from events.extract.clauses import clause_lexicon
    from geo.gazetteer import Gazetteer

    phrases = importlib.import_module("text.phrases")
    lang = "en" if text.isascii() else "ar"
    matchers = [Gazetteer.default().matcher, trigger_lexicon(lang).triggers,
                registry(lang).matcher, clause_lexicon(lang).openers]
    norm = normalize(text).norm
    tokens = tokenize(norm)
    fast = [_every_match(m, norm, tokens) for m in matchers]
    assert any(m for ms in fast for m in ms)
    monkeypatch.setattr(phrases, "LONG", 10**9)  # every entry walked
    assert [_every_match(m, norm, tokens) for m in matchers] == fast


def test_a_head_grown_after_its_split_is_split_again():
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for name in ("حمص", "حماة", "إدلب", "حلب"):
        matcher.add(f"محافظة {name}", name)
    norm = normalize("محافظة درعا").norm
    tokens = tokenize(norm)
    assert matcher.match_at(norm, tokens, 0) is None  # the split is made here
    matcher.add("محافظة درعا", "درعا")
    matcher.add("محافظة", "cue")
    assert matcher.match_at(norm, tokens, 0).payloads == ["درعا"]
    assert matcher.match_at(norm, tokens, 0, stop=1).payloads == ["cue"]


def test_token_starts_are_listed_once_and_are_each_tokens_start():
    doc = annotate(SENTENCES[0], upto="sentences")
    assert doc.token_starts == [t.start for t in doc.tokens]
    assert doc.token_starts is doc.token_starts  # listed once, not per question


def test_the_bench_warm_up_builds_what_extraction_builds_on_first_use():
    """The timed run measures extraction, not loading: the gazetteer's spelling-variant index
    (built on first use) is built by the warm-up article."""
    from datetime import date

    from events.extract.bench import WARM_UP
    from events.extract.pipeline import extract
    from geo.gazetteer import Gazetteer

    extract(WARM_UP, published=date(2017, 6, 2))
    assert Gazetteer.default()._variants is not None

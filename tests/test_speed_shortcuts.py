"""Speed without changing what is found (the twenty-seventh session's speed pass): each shortcut
gives exactly what the path it replaced gives, which is written out here as its specification.

* `PhraseMatcher.matches_in` / `any_in`: "some phrase of this matcher in tokens [lo, hi)" asks
  `match_at` only of the tokens `starts` picks — the same as asking every token of the range;
* `key_positions`: the tokens whose key is in a set, as the comprehension over every token;
* the dateline and `normalize_key` are remembered: the same text gives the same answer as
  computing it afresh;
* the rules that walked every token for a verb of firing or dropping, a crash word or a people
  acting read word classes (`tests/test_word_classes.py` specifies the classes); given a
  lexicon record of their own (not the language's), they walk the tokens as before.
"""
from __future__ import annotations

import pytest
from hypothesis import given

from events.extract import dateline
from events.extract.actor_registry import registry
from events.extract.actors_implied import demonyms_acting
from events.extract.bench import WARM_UP
from events.extract.pipeline import annotate
from events.extract.trigger_compounds import find_air_drops, find_split_gunfire
from events.extract.trigger_records import AirDrops, SplitGunfire
from events.extract.trigger_words import trigger_lexicon
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import normalize, normalize_key, tokenize
from text.normalize import key_positions

TEXTS = (
    "وشنت طائرات التحالف غارات على مواقع الحوثيين في صعدة منذ زمن بعيد، وسبق أن قصفت المدفعية "
    "مئات المدن والبلدات خلال الأشهر الماضية. وقالت مصادر إن القوات سيطرت على بلدة الحزم بعد "
    "الهدنة التي اتفق عليها الطرفان في مارس.",
    "دمشق - 12 أيار (سانا) - فتح مسلح النار على حراس مبنى البلدية في حمص، وتحطمت طائرة صغيرة.",
    "Russian warplanes struck Raqqa years ago; a helicopter dropped barrels on the town after the "
    "ceasefire that Turkey and Russia brokered in December.",
    WARM_UP,
)


def _matchers(language: str) -> list:
    lex = trigger_lexicon(language)
    return [m for m in (lex.triggers, lex.many_targets, lex.aid_cargo, lex.long_ago,
                        lex.told_before, lex.buildings, lex.suppress) if m is not None]


def _check_ranges(text: str, language: str) -> None:
    norm = normalize(text).norm
    tokens = tokenize(norm)
    n = len(tokens)
    bounds = sorted({0, 1, 2, n // 3, n // 2, n - 1, n} & set(range(n + 1)))
    for matcher in _matchers(language):
        for lo in bounds:
            for hi in bounds:
                walk = [(k, m) for k in range(lo, hi)
                        if (m := matcher.match_at(norm, tokens, k)) is not None]
                got = list(matcher.matches_in(norm, tokens, lo, hi))
                assert [(k, m.first, m.last, m.payloads) for k, m in got] == \
                    [(k, m.first, m.last, m.payloads) for k, m in walk]
                assert matcher.any_in(norm, tokens, lo, hi) == bool(walk)


@pytest.mark.parametrize("text", TEXTS)
def test_a_phrase_in_a_range_is_what_asking_every_token_of_it_finds(text):
    _check_ranges(text, "en" if text[0].isascii() else "ar")


@FUZZ
@given(text=event_text())
def test_a_phrase_in_a_range_on_fuzzed_news(text):
    _check_ranges(text, "ar")


@FUZZ
@given(text=newsy_text)
def test_key_positions_are_the_tokens_whose_key_is_in_the_set(text):
    tokens = tokenize(normalize(text).norm)
    keys = frozenset(t.key for t in tokens[::3]) | {"فتح", "dropped"}
    assert key_positions(tokens, keys) == [k for k, t in enumerate(tokens) if t.key in keys]


@pytest.mark.parametrize("text", TEXTS + ("Published April 2 2017\nJets struck Douma.",
                                          "MOSCOW, June 1 (Reuters) - Jets struck in 2016."))
def test_the_remembered_dateline_is_the_one_computed_afresh(text):
    for language in ("ar", "en"):
        fresh = dateline._dateline.__wrapped__(text, language)
        assert dateline._dateline(text, language) == fresh
        assert dateline._dateline(text, language) == fresh  # from the cache
        assert dateline.dateline_span(text, language) == (fresh and fresh[1:])
        assert dateline.find_dateline(text, language) == (fresh and fresh[0])


@FUZZ
@given(text=newsy_text)
def test_the_remembered_key_is_the_one_computed_afresh(text):
    assert normalize_key(text) == normalize_key.__wrapped__(text)
    assert normalize_key(text) == normalize_key.__wrapped__(text)


def test_the_dates_step_reads_the_dateline_once_per_article_not_once_per_place():
    """The cache is what makes the places step's dateline test cheap: a guard that the dates
    step and the places step ask with the same text (the article's, not a copy)."""
    dateline._dateline.cache_clear()
    annotate(TEXTS[1], language="ar", upto="place_context")
    info = dateline._dateline.cache_info()
    assert info.misses == 1 and info.hits >= 1


def _walked(doc, record, fn) -> list:
    """What ``fn`` finds with a copy of the language's ``record`` (not the lexicon's object),
    so that it walks every token as before the word classes."""
    doc.triggers = list(doc.triggers)
    fn(doc, record)
    return [(t.first, t.last, t.event_type) for t in doc.triggers]


@pytest.mark.parametrize("text, language", [(TEXTS[1], "ar"), (TEXTS[2], "en")])
def test_compound_triggers_from_word_classes_are_those_the_token_walk_finds(text, language):
    lex = trigger_lexicon(language)
    for record, fn, copy in ((lex.gunfire, find_split_gunfire, SplitGunfire),
                             (lex.air_drops, find_air_drops, AirDrops),
                             (lex.dispatches, find_air_drops, AirDrops)):
        if record is None:
            continue
        by_class = _walked(annotate(text, language=language, upto="triggers"), record, fn)
        by_walk = _walked(annotate(text, language=language, upto="triggers"),
                          copy(**vars(record)), fn)
        assert by_class == by_walk


@pytest.mark.parametrize("text", ["وقصف الأتراك مواقع للمسلحين قرب الحدود، واستهدف الأمريكيون "
                                  "جسرا في الرقة.",
                                  "The Americans bombed the bridge and the Turks shelled a village."])
def test_peoples_acting_from_word_classes_are_those_the_token_walk_finds(text):
    from dataclasses import replace
    language = "en" if text[0].isascii() else "ar"
    reg = registry(language)
    found = []
    for r in (reg, replace(reg)):  # the language's registry (word class), a copy (token walk)
        doc = annotate(text, language=language, upto="places")
        demonyms_acting(doc, r)
        found.append([(m.first, m.last, m.actor_id) for m in doc.actors])
    assert found[0] == found[1]


@pytest.mark.parametrize("text", ["توغلت القوات في الأراضي السورية ثم في العمق اليمني، وانفجرت "
                                  "سيارة في قلب العاصمة التشادية وفي العاصمة السورية دمشق.",
                                  TEXTS[0]])
def test_lands_from_word_classes_are_those_the_token_walk_finds(text):
    from events.extract.doc import LAND_WORD
    from geo.gazetteer import Gazetteer
    from geo.lands import lands
    doc = annotate(text, language="ar", upto="sentences")
    gaz = Gazetteer.default()
    walked = lands(gaz, doc.tokens, set(), [])
    assert lands(gaz, doc.tokens, set(), [], doc.positions(LAND_WORD)) == walked
    assert walked or text == TEXTS[0]


def _check_match_at(text: str, language: str) -> None:
    """`match_at` answers None at once when no head of the word is a head of the matcher (and
    the word is no two-letter head with its proclitic); a token without heads skips that test
    and walks the entries as before, which is the specification."""
    from text import Token
    norm = normalize(text).norm
    tokens = tokenize(norm)
    bare_tokens = [Token(t.start, t.end, t.key, t.stems) for t in tokens]
    from geo.gazetteer import Gazetteer
    for matcher in _matchers(language) + [registry(language).matcher, Gazetteer.default().matcher]:
        for k in range(len(tokens)):
            got, walked = matcher.match_at(norm, tokens, k), matcher.match_at(norm, bare_tokens, k)
            assert (got and (got.first, got.last, got.clitic, got.payloads)) == \
                (walked and (walked.first, walked.last, walked.clitic, walked.payloads))


@pytest.mark.parametrize("text", TEXTS + ("وتل أبيض وبأم قصر والحزم",))
def test_match_at_skips_only_words_no_entry_is_under(text):
    _check_match_at(text, "en" if text[0].isascii() else "ar")


@FUZZ
@given(text=event_text())
def test_match_at_skips_only_words_no_entry_is_under_on_fuzzed_news(text):
    _check_match_at(text, "ar")


def _far_point_walk(doc, m, cues) -> str:
    """`place_uses._far_point` as it was: every word back from the place asked in turn."""
    from events.extract.numbers import parse_at
    from events.extract.place_actors import same_clause
    units, far = cues["distance_units"], cues["far_km"]
    if not units or not far:
        return ""
    toks = doc.tokens
    for k in range(m.first - 1, max(0, m.first - 7) - 1, -1):
        if k < 1 or not same_clause(doc, k, m.first):
            return ""
        unit = units.get(toks[k].key)
        if unit is not None:
            n = parse_at(doc.norm, toks, k - 1, doc.language)
            return "far_point" if n is not None and n.last == k and n.value * unit > far else ""
    return ""


def _after_cue_walk(doc, m, words, events) -> bool:
    """`place_uses._after_cue` as it was."""
    from events.extract.place_actors import after_place_preposition, same_clause
    if not after_place_preposition(doc, m):
        return False
    for j in range(m.first - 1, max(-1, m.first - 1 - 5), -1):
        if not same_clause(doc, j, m.first) or j in events:
            return False
        if not words.isdisjoint(doc.tokens[j].stems):
            return True
    return False


@pytest.mark.parametrize("text", [
    "قتل خمسة في بلدة تبعد 600 كيلومتر إلى الشرق من العاصمة باماكو، وقال الوزير في مؤتمر صحافي "
    "عقده أمس في أنقرة إن المسلحين قصفوا مدينة تعز. ويقيم اللاجئون في عمان.",
    TEXTS[0], TEXTS[1]])
def test_place_uses_read_from_a_cue_in_reach_are_those_the_walk_finds(text):
    from events.extract import place_uses
    from events.extract.place_context import _cues
    cues = _cues()
    doc = annotate(text, language="ar", upto="attributions")
    events = {t.first for t in doc.triggers if t.event_type != "statement"}
    assert doc.places
    for m in doc.places:
        assert place_uses._far_point(doc, m, cues) == _far_point_walk(doc, m, cues)
        for words in (cues["venue"], cues["residence"]):
            assert place_uses._after_cue(doc, m, words, events) == _after_cue_walk(doc, m, words, events)

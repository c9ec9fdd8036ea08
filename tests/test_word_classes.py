"""Speed without changing what is found: a step's prefilter reads the tokens of its word class
(`Doc.positions`), computed once per written word with the pre-gate's flags, instead of testing
every token's stems against its lexicon set. Each class must pick exactly the tokens the set
test it replaced picks — written out here, per class, as the specification — whether the
`Doc` got its bits from the pre-gate (`extract`) or made them itself (`annotate`, tests)."""
from __future__ import annotations

import pytest
from hypothesis import given

from events.extract import doc as doc_module
from events.extract import pregate
from events.extract.actor_registry import registry
from events.extract.actors_implied import _forms
from events.extract.dates import _lexicon as date_lexicon
from events.extract.doc import Doc
from events.extract.numbers import _words
from events.extract.place_context import _cues
from events.extract.places import _OPERATION_WORDS, _homographs
from events.extract.quantities_lexicon import load_lexicon
from events.extract.trigger_words import trigger_lexicon
from geo.gazetteer import Gazetteer
from tests.fuzz_strategies import FUZZ, event_text, newsy_text
from text import normalize
from text.normalize import split_words

TEXTS = (
    "وشنت طائرات التحالف غارات على مواقع الحوثيين في صعدة، فيما قتل 12 مسلحا في اشتباكات "
    "قرب مدينة تعز أمس الخميس. وأطلقت القوات عملية \"درع الجزيرة\" وقصفت طائراتها المدينة، "
    "ومقتل جنديين وجريح في محافظة دياربكر يوم 3 أغسطس وعشرات القتلى.",
    "Russian warplanes struck Raqqa on Thursday, killing 30 fighters and two soldiers; the "
    "SDF launched an offensive in the town of Talbisseh on 5 May.",
    # the words of the rules that walked every token: peoples acting, crashes, split fire
    "وقصف الأتراك قرى حدودية أمس، وتحطمت مروحية عسكرية قرب المطار، ثم فتح رجل مسلح النار "
    "على حراس السوق وأطلق عليهم آخرون النيران.",
    "وتوغلت القوات في الأراضي السورية وقصفت بالأجواء العراقية في قلب العاصمة التشادية.",
    "A helicopter dropped two barrels on Kafranbel and Ankara sent tanks to the border after "
    "a plane crashed near Idlib; the Americans bombed the bridge.",
)


def _specification(language: str) -> dict[int, object]:
    """Each class as the set test the step's prefilter made on each token (key, stems)."""
    ground, air, _, _ = registry(language).heads
    forces = ground | air
    launch = trigger_lexicon(language).launch.nouns
    loss = load_lexicon(language)
    own = _forms(language).keys()
    firsts = date_lexicon(language).rules.keys()
    words = _words(language)
    anaphora = _cues()["anaphora_firsts"]
    cues = Gazetteer.default().cue_word_set
    cues_lands = Gazetteer.default().land_or_capital_words
    homographs = _homographs(language)
    lex = trigger_lexicon(language)
    demonyms = registry(language).demonyms
    crashes = lex.crashes.words if lex.crashes is not None else frozenset()
    fire = lex.gunfire.forms if lex.gunfire is not None else {}
    drops = [d.forms for d in (lex.air_drops, lex.dispatches) if d is not None]
    return {
        doc_module.FORCE_NOUN: lambda t: not forces.isdisjoint(t.stems),
        doc_module.LAUNCH_NOUN: lambda t: not launch.isdisjoint(t.stems),
        doc_module.LOSS_ACTION: lambda t: not loss.action_heads.isdisjoint(t.stems),
        doc_module.DUAL_OR_SINGULAR: lambda t: (not loss.dual_heads.isdisjoint(t.stems)
                                                or t.key in loss.singular_keys),
        doc_module.OWN_FORCE: lambda t: not own.isdisjoint(t.stems),
        doc_module.DATE_START: lambda t: t.key[0].isdigit() or not firsts.isdisjoint(t.stems),
        doc_module.NUMBER_START: lambda t: (t.key[0].isdigit() or t.key in words.starters
                                            or t.stems[-1] in words.vague_stems),
        doc_module.OPERATION: lambda t: not _OPERATION_WORDS.isdisjoint(t.stems),
        doc_module.ANAPHORA: lambda t: not anaphora.isdisjoint(t.stems),
        doc_module.PLACE_CUE: lambda t: not cues.isdisjoint(t.stems),
        doc_module.HOMOGRAPH: lambda t: t.key in homographs,
        doc_module.DEMONYM: lambda t: any(s in demonyms for s in t.stems),
        doc_module.CRASH_WORD: lambda t: not crashes.isdisjoint(t.stems),
        doc_module.GUNFIRE_VERB: lambda t: (t.key in fire
                                            or t.key[:1] in "وف" and t.key[1:] in fire),
        doc_module.DROP_VERB: lambda t: any(t.key in forms for forms in drops),
        doc_module.LAND_WORD: lambda t: not cues_lands.isdisjoint(t.stems),
    }


def _check(doc: Doc) -> None:
    spec = _specification(doc.language)
    assert set(spec) == {1 << b for b in range(30) if doc_module.WORD_CLASSES >> b & 1}
    for word_class, test in spec.items():
        expected = [k for k, t in enumerate(doc.tokens) if test(t)]
        assert doc.positions(word_class) == expected, word_class
        for stop in (0, 1, len(doc.tokens) // 2, len(doc.tokens) - 1, len(doc.tokens) + 3):
            assert doc.positions(word_class, stop) == [k for k in expected if k < stop]


def _gated_doc(text: str, language: str) -> Doc:
    """A `Doc` as `extract` makes it: with the pre-gate's flags of its words."""
    nt = normalize(text)
    pieces = split_words(nt.norm)
    flags = pregate.word_flags(pieces[1::2], language)
    return Doc(text, language=language, normalized=nt, pieces=pieces, flags=flags)


@pytest.mark.parametrize("text", TEXTS)
def test_each_word_class_is_the_set_test_its_step_made_on_every_token(text):
    language = "en" if text[0].isascii() else "ar"
    _check(Doc(text, language=language))  # bits made by the Doc
    _check(_gated_doc(text, language))  # bits from the pre-gate


@pytest.mark.parametrize("text", TEXTS)
def test_a_word_class_does_not_depend_on_which_article_saw_the_word_first(text, monkeypatch):
    language = "en" if text[0].isascii() else "ar"
    monkeypatch.setattr(pregate, "_FLAGS", {})
    monkeypatch.setattr(pregate, "_NEXT", {})
    _check(_gated_doc(text, language))
    _check(_gated_doc(text, language))  # now every word from the cache


def test_the_word_classes_leave_the_gates_flags_alone():
    assert doc_module.WORD_CLASSES & pregate.GATE_BITS == doc_module.FORCE_NOUN == pregate.FORCE
    assert pregate.GATE_BITS & pregate.FOLLOWS
    assert all(f <= pregate.GATE_BITS for f in (pregate.TRIGGER, pregate.STRONG, pregate.PARTY,
                                                pregate.WEAK, pregate.ARMED, pregate.ACTOR,
                                                pregate.COUNT, pregate.NATIONALITY))


@FUZZ
@given(text=event_text())
def test_word_classes_on_fuzzed_news(text):
    _check(Doc(text, language="ar"))
    _check(_gated_doc(text, "ar"))


@FUZZ
@given(text=newsy_text)
def test_word_classes_on_fuzzed_words(text):
    for language in ("ar", "en"):
        _check(_gated_doc(text, language))

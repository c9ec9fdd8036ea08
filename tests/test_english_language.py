"""One pipeline, language data per language: an article's language is given or detected, every
lexicon has an English file beside the Arabic one, and no English cue hides in an Arabic file."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from events import lexicon
from events.extract.doc import Doc
from events.extract.pipeline import extract
from events.language import detect
from events.lexicon import LexiconError
from events.lexicon_schemas import MODALITY_KINDS, SCHEMAS, TRIGGER_TYPES
from events.model import CLAIM_CATEGORIES
from events.reader import read_article

LATIN_ITEM = re.compile(r"^[\"']?[A-Za-z]")


def test_the_script_decides_the_language():
    assert detect("Russian jets struck a convoy near Palmyra.") == "en"
    assert detect("قصفت الطائرات الروسية رتلا قرب تدمر.") == "ar"
    assert detect("قال المرصد إن قوات SDF تقدمت نحو الرقة.") == "ar"  # an acronym stays Arabic
    assert detect('The group, known as "داعش" in Arabic, retreated.') == "en"
    assert detect("2017 - 123") == "ar"  # no letters: the default


def test_a_doc_without_a_language_gets_the_detected_one():
    assert Doc("Rebels shelled the town.").language == "en"
    assert Doc("قصف المسلحون البلدة.").language == "ar"
    assert Doc("Rebels shelled the town.", language="ar").language == "ar"  # given wins


def test_the_reader_detects_what_the_metadata_does_not_say(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Government forces recaptured the village on Monday.", encoding="utf-8")
    assert read_article(p).language == "en"
    (tmp_path / "a.json").write_text('{"language": "ar"}', encoding="utf-8")
    assert read_article(p).language == "ar"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_lexicon_has_an_english_file_that_loads(name):
    assert lexicon.path_of(name, "en") == lexicon.LEXICON_DIR / "en" / f"{name}.yaml"
    assert lexicon.load(name, "en")


def _listed(node):
    """Every string listed in a sequence of a lexicon (phrases, cues), not names or notes."""
    if isinstance(node, dict):
        for v in node.values():
            yield from _listed(v)
    elif isinstance(node, list):
        for v in node:
            yield from ([v] if isinstance(v, str) else _listed(v))


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_the_arabic_files_hold_no_english_cue(name):
    data = lexicon.load(name)
    if name == "actors":  # ids and sides are names, not cues
        data = {k: v for k, v in data.items() if k not in ("allies", "actors")}
        data["contextual"] = [{k: v for k, v in rule.items() if k != "not_back"}
                              for rule in data.get("contextual") or []]
        data["aliases"] = [a.get("aliases") or [] for a in lexicon.load(name)["actors"]]
    english = [w for w in _listed(data) if LATIN_ITEM.match(w)
               and w not in TRIGGER_TYPES and w not in CLAIM_CATEGORIES and w not in MODALITY_KINDS]
    assert english == []


def test_an_unknown_language_is_a_lexicon_error():
    with pytest.raises(LexiconError, match="no such language 'fr'"):
        lexicon.load("triggers", "fr")


def test_an_english_alias_of_an_unknown_actor_is_an_error(tmp_path, monkeypatch):
    from events.extract import actor_registry
    copy = tmp_path / "lexicon"
    (copy / "en").mkdir(parents=True)
    for p in lexicon.LEXICON_DIR.glob("**/*.yaml"):
        (copy / p.relative_to(lexicon.LEXICON_DIR)).write_text(p.read_text(encoding="utf-8"),
                                                               encoding="utf-8")
    en = copy / "en" / "actors.yaml"
    en.write_text(en.read_text(encoding="utf-8").replace("  ru_kremlin: [Kremlin]",
                                                         "  no_such_actor: [Kremlin]"),
                  encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", copy)
    for cached in (lexicon.load, actor_registry.registry, actor_registry._all_actors):
        cached.cache_clear()
    try:
        with pytest.raises(LexiconError, match="no_such_actor: no actor with this id"):
            actor_registry.registry("en")
    finally:
        monkeypatch.undo()
        for cached in (lexicon.load, actor_registry.registry, actor_registry._all_actors):
            cached.cache_clear()


def test_the_same_actor_has_one_name_in_both_languages():
    (ar,) = {a.name for e in extract("شن الطيران الروسي غارات على مواقع داعش في الرقة.")
             for a in e.actors if a.role == "actor1"}
    (en,) = {a.name for e in extract("Russian warplanes carried out airstrikes on ISIS positions in Raqqa.")
             for a in e.actors if a.role == "actor1"}
    assert ar == en == "Russian Aerospace Forces"


def test_shipped_english_files_sit_beside_the_arabic_ones():
    assert Path(lexicon.LEXICON_DIR / "en").is_dir()
    assert {p.stem for p in (lexicon.LEXICON_DIR / "en").glob("*.yaml")} == set(SCHEMAS)

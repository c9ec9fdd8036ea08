"""One loader for every lexicon: validated against its schema, phrases normalised, and a
broken file an error that names the file and the place in it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from events import lexicon
from events.lexicon import LexiconError, check_all, parse
from events.lexicon_schemas import SCHEMAS

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "triggers.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_every_shipped_lexicon_is_valid():
    check_all()
    assert set(SCHEMAS) <= {p.stem for p in lexicon.LEXICON_DIR.glob("*.yaml")}


def test_phrases_come_back_normalised():
    data = lexicon.load("roles")
    assert "الي" in data["destination"]  # إلى, one alef, ى → ي
    assert "سيطره" in data["target_cues"]  # ة → ه


def test_not_yaml_is_an_error_naming_the_file(tmp_path):
    with pytest.raises(LexiconError, match=r"triggers.yaml: not valid YAML"):
        parse(write(tmp_path, "triggers: [غارة\n"), SCHEMAS["triggers"])


def test_an_unknown_event_type_is_an_error_with_its_place(tmp_path):
    schema = {"type": "object", "properties": {"triggers": SCHEMAS["triggers"]["properties"]["triggers"]}}
    text = "triggers:\n  - {type: airstrik, phrases: [غارة]}\n"
    with pytest.raises(LexiconError, match=r"triggers\[0\]\.type: 'airstrik' is not one of"):
        parse(write(tmp_path, text), schema)


def test_a_phrase_listed_twice_after_normalisation_is_an_error(tmp_path):
    schema = {"type": "object", "properties": {"words": SCHEMAS["roles"]["properties"]["origin"]}}
    with pytest.raises(LexiconError, match=r"words\[1\]: 'إلى' is listed twice"):
        parse(write(tmp_path, "words: [الى, إلى]\n"), schema)


def test_a_phrase_without_letters_is_an_error(tmp_path):
    schema = {"type": "object", "properties": {"words": SCHEMAS["roles"]["properties"]["origin"]}}
    with pytest.raises(LexiconError, match=r"words\[0\]: '،' has no letters or digits"):
        parse(write(tmp_path, "words: ['،']\n"), schema)


def test_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(LexiconError, match="file not found"):
        parse(tmp_path / "nope.yaml", SCHEMAS["roles"])


def test_the_command_line_refuses_to_start_on_a_broken_lexicon(tmp_path):
    broken = tmp_path / "lexicon"
    broken.mkdir()
    for p in lexicon.LEXICON_DIR.glob("*.yaml"):
        (broken / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (broken / "roles.yaml").write_text("origin: [من]\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("قصفت قوات النظام مدينة دوما أمس.", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "events", "extract", str(article)], cwd=ROOT,
                       capture_output=True, text=True, env={"ATHAR_LEXICON_DIR": str(broken),
                                                            "PATH": "/usr/bin:/bin"})
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "roles.yaml" in lines[0] and "required" in lines[0]


def test_spellings_listed_to_tell_words_apart_stay_as_written():
    # normalised, "يدعى" (is called) would become "يدعي" (claims): the word it must not be;
    # and "إن علي" (that Ali) would become "إن على" (it falls to), a duty
    spelled = lexicon.load("triggers")["modality"]["not_spelled"]
    assert spelled[:2] == ["يدعى", "تدعى"]
    assert "إن علي" in spelled

"""cues.yaml is checked when the gazetteer is built: a misspelt key or a word where a list
belongs is an error at start that names the file and the key — never a rule that quietly
reads an empty list."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from geo.exc import GazetteerError
from geo.gazetteer import CUES_PATH, Gazetteer
from tests.test_geo_compiled import small_tsv


def cues_with(tmp_path: Path, change) -> Path:
    cues = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    change(cues)
    path = tmp_path / "cues.yaml"
    path.write_text(yaml.safe_dump(cues, allow_unicode=True), encoding="utf-8")
    return path


def build(tmp_path: Path, cues: Path) -> Gazetteer:
    return Gazetteer([small_tsv(tmp_path / "g.tsv")], cues_path=cues, extension_dir=None,
                     cache_dir=None)


def test_the_bundled_cues_are_valid(tmp_path):
    assert build(tmp_path, CUES_PATH).best("Palmyra") is not None


def test_a_misspelt_context_key_is_an_error_naming_it(tmp_path):
    cues = cues_with(tmp_path, lambda c: c["context"].update(residense=["يقيم"]))
    with pytest.raises(GazetteerError, match=r"cues\.yaml: context: .*residense"):
        build(tmp_path, cues)


def test_a_word_where_a_list_belongs_is_an_error_naming_the_key(tmp_path):
    cues = cues_with(tmp_path, lambda c: c.update(need_cue="البيضاء"))
    with pytest.raises(GazetteerError, match=r"cues\.yaml: need_cue: "):
        build(tmp_path, cues)


def test_a_small_gazetteer_may_leave_rules_out(tmp_path):
    cues = cues_with(tmp_path, lambda c: [c.pop(k) for k in ("english", "context", "not_places")])
    assert build(tmp_path, cues).best("Palmyra") is not None

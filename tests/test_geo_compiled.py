"""The compiled gazetteer: built from the TSV on first use, reused while the sources are the
same, rebuilt by itself when the TSV (or cues.yaml) changes; the TSV stays the source."""
from __future__ import annotations

from pathlib import Path

import pytest

import geo.gazetteer as gazetteer
from geo.gazetteer import TSV_PATH, Gazetteer
from geo.tsv import COLUMNS


def small_tsv(path: Path, extra: str = "") -> Path:
    rows = [line for line in TSV_PATH.read_text(encoding="utf-8").splitlines()
            if line.startswith(("id\t", "gn:163808\t", "gn:172955\t"))]
    path.write_text("\n".join(rows) + "\n" + extra, encoding="utf-8")
    return path


def test_first_load_compiles_then_later_loads_reuse_it(tmp_path, monkeypatch):
    tsv = small_tsv(tmp_path / "g.tsv")
    first = Gazetteer([tsv], extension_dir=None, cache_dir=tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("gazetteer-*.marshal"))) == 1

    def no_compile(*a, **kw):
        raise AssertionError("compiled again")
    monkeypatch.setattr(gazetteer, "_compile", no_compile)
    again = Gazetteer([tsv], extension_dir=None, cache_dir=tmp_path / "cache")
    assert again.best("بتدمر") == first.best("بتدمر")
    assert again.best("Palmyra").gazetteer_id == "gn:163808"


def test_an_edited_tsv_is_compiled_again(tmp_path):
    tsv = small_tsv(tmp_path / "g.tsv")
    assert Gazetteer([tsv], extension_dir=None, cache_dir=tmp_path / "c").best("قرية التجربة") is None
    row = dict.fromkeys(COLUMNS, "")
    row.update(id="cur:test", kind="populated_place", name="Test Village", name_ar="التجربة",
               lat="35.0", lon="38.0", country="SY", population="10", geo_precision="1",
               where_prec="1", names="التجربة|Test Village")
    small_tsv(tsv, "\t".join(row[c] for c in COLUMNS) + "\n")
    g = Gazetteer([tsv], extension_dir=None, cache_dir=tmp_path / "c")
    assert g.best("قرية التجربة").gazetteer_id == "cur:test"
    assert len(list((tmp_path / "c").glob("gazetteer-*.marshal"))) == 1  # the old one removed


def test_a_broken_compiled_file_is_rebuilt(tmp_path):
    tsv = small_tsv(tmp_path / "g.tsv")
    Gazetteer([tsv], extension_dir=None, cache_dir=tmp_path / "c")
    (cached,) = (tmp_path / "c").glob("gazetteer-*.marshal")
    cached.write_bytes(b"not marshal")
    assert Gazetteer([tsv], extension_dir=None, cache_dir=tmp_path / "c").best("تدمر")


@pytest.mark.parametrize("cache_dir", [None])
def test_no_cache_dir_compiles_in_memory(tmp_path, cache_dir):
    tsv = small_tsv(tmp_path / "g.tsv")
    assert Gazetteer([tsv], extension_dir=None, cache_dir=cache_dir).best("الرقة")

"""Thirty-ninth session (speed): the same output on Debian's own Python 3.11, and the venv made
from it when it is there.

Measured (docs/quality.md, "Thirty-ninth session — speed"): `python -m events bench extract`
over SaudiNewsNet runs about a fifth faster on Debian 12's packaged `/usr/bin/python3.11`
(3.11.2, a static executable) than on the source build of 3.11.7 `python3` finds here (pyenv's:
configured with `--enable-shared` and without `--enable-optimizations` or `--with-lto`). Two
things make that usable:

* the token regex must cut every text the same on both: 3.11.2's engine kept the separator of a
  figure's group that failed inside a possessive repeat ("25. " cut as "25.": CPython
  gh-106052, fixed in 3.11.5), so the figure's groups are greedy — nothing follows them in the
  pattern, so on a correct engine the match is the same;
* `make setup` makes the venv from that interpreter when it has venv and ensurepip, else from
  `python3` as before (an existing `.venv` is kept; `PYTHON=…` still chooses).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from text.normalize import _SPLIT_RE, _TOKEN_RE, split_words, tokenize

ROOT = Path(__file__).resolve().parent.parent
DEBIAN_PYTHON = Path("/usr/bin/python3.11")

# figures before a separator that starts no group, separators doubled, figures at a text's end:
# where a figure's group is tried and fails after its separator (texts of our own)
FIGURE_TEXTS = [
    "قتل 25. وأصيب 72 آخرون",
    "سقط 1.5. ثم 3,000, ثم 7..8 و9,,1",
    "الرقم 1.2.3.4. والعام 2015.\nوفي 12.a",
    "killed 40, wounded 72. Then 1,200.",
    "٣٤. بعد 5 .6 و 100،200 و 8.",
    "3.",
    "10,",
]


def _reference_pieces(text: str) -> list[str]:
    """The split the token regex must give: words as maximal runs of letters (`[^\\W\\d_]+`),
    figures as digits with groups of a separator and digits (greedy, backtracking: the plain
    reading of the pattern)."""
    return re.split(r"([^\W\d_]+|\d+(?:[.,]\d+)*)", text)


def test_figure_groups_are_not_possessive():
    """The figure alternative repeats its separated groups greedily, not possessively: a
    possessive repeat of a group is what 3.11.0–3.11.4 read wrongly (gh-106052), and nothing
    after the group can make a greedy repeat give anything back."""
    figure = _TOKEN_RE.pattern.split("|")[-1]
    assert figure == r"\d++(?:[.,]\d+)*"
    assert ")*+" not in _TOKEN_RE.pattern and ")++" not in _TOKEN_RE.pattern
    assert _SPLIT_RE.pattern == f"({_TOKEN_RE.pattern})"


def test_figures_before_separators_cut_as_the_reference():
    """guard: passes on the base (its interpreter here is 3.11.7, whose engine is right): a
    figure ends before a separator no digit follows, on this interpreter."""
    for text in FIGURE_TEXTS:
        assert split_words(text) == _reference_pieces(text), text
    assert [t.key for t in tokenize("قتل 25. ثم 72")] == ["قتل", "25", "ثم", "72"]


def _pieces_on(python: str, texts: list[str]) -> list[list[str]]:
    """`split_words` of ``texts`` run by the interpreter ``python`` (the tree's own module: it
    imports the standard library only)."""
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); "
            "from text.normalize import split_words; "
            "print(json.dumps([split_words(t) for t in json.loads(sys.stdin.read())]))")
    out = subprocess.run([python, "-c", code, str(ROOT)], input=json.dumps(texts),
                         capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return json.loads(out.stdout)


@pytest.mark.skipif(not DEBIAN_PYTHON.exists(), reason="no Debian python3.11 on this machine")
def test_same_pieces_on_debian_python():
    """Debian's python3.11 cuts our texts as this interpreter does and as the reference reads
    them (on the base its 3.11.2 cut "25. " as "25.")."""
    assert _pieces_on(str(DEBIAN_PYTHON), FIGURE_TEXTS) == [_reference_pieces(t) for t in FIGURE_TEXTS]
    assert _pieces_on(str(DEBIAN_PYTHON), FIGURE_TEXTS) == [split_words(t) for t in FIGURE_TEXTS]


def _make_python(*args: str) -> str:
    """The interpreter `make setup` would make the venv from (the Makefile's ``PYTHON``)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON", "MAKEFLAGS", "MAKELEVEL")}
    out = subprocess.run(["make", "-s", "--no-print-directory", *args, "--eval",
                          "print-python: ; @echo $(PYTHON)", "print-python"],
                         capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    return out.stdout.strip()


def _has_venv(python: Path) -> bool:
    return python.exists() and subprocess.run(
        [str(python), "-c", "import ensurepip, venv"], capture_output=True).returncode == 0


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_venv_made_from_debian_python_when_it_can():
    """`make setup` makes the venv from /usr/bin/python3.11 when it imports venv and ensurepip
    (a venv with pip can be made from it), else from python3; ``PYTHON=`` still chooses."""
    expected = str(DEBIAN_PYTHON) if _has_venv(DEBIAN_PYTHON) else "python3"
    assert _make_python() == expected
    assert _make_python("PYTHON=python3") == "python3"

"""The pipeline contract: a straight line of declared steps over typed `Doc` fields, each
module calling only downward, and a bug in one article reported, never hidden."""
from __future__ import annotations

import ast
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from events.extract import pipeline
from events.extract.doc import Doc
from events.extract.pipeline import STEPS, ExtractionError, Gate, Step, annotate, extract
from events.ingest import ingest_paths
from events.store import Store

EXTRACT_DIR = Path(pipeline.__file__).parent
GIVEN = {"text", "published", "language", "article_id", "nt", "tokens"}


def test_every_field_a_step_reads_was_written_before_it():
    written = set(GIVEN)
    for step in STEPS:
        missing = set(step.reads) - written
        assert not missing, f"{step.name} reads {missing} before any step writes them"
        if isinstance(step, Step):
            written |= set(step.writes)


def test_steps_declare_real_doc_fields_and_have_unique_names():
    names = {f.name for f in fields(Doc)}
    for step in STEPS:
        assert set(step.reads) <= names, step.name
        if isinstance(step, Step):
            assert set(step.writes) <= names, step.name
    assert len({s.name for s in STEPS}) == len(STEPS)


def test_the_doc_has_no_untyped_bag():
    assert "extra" not in {f.name for f in fields(Doc)}


def _step_module(step: Step) -> str:
    return step.run.__module__.rsplit(".", 1)[-1]


def test_each_step_module_imports_only_modules_of_earlier_steps():
    order = [_step_module(s) for s in STEPS if isinstance(s, Step)]
    position = {m: i for i, m in reversed(list(enumerate(order)))}
    for i, module in enumerate(order):
        tree = ast.parse((EXTRACT_DIR / f"{module}.py").read_text(encoding="utf-8"))
        imported = {node.module.rsplit(".", 1)[-1] for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module
                    and node.module.startswith("events.extract.")}
        later = {m for m in imported if position.get(m, -1) > position[module]}
        assert not later, f"{module} imports later step modules {later}"


def test_a_gate_stops_an_article_that_cannot_hold_an_event():
    doc = pipeline.run(Doc("ارتفعت أسعار النفط في الأسواق العالمية اليوم."), STEPS)
    assert doc.stopped_at == "no_event_words"
    assert not doc.places and not doc.dates  # never looked for
    assert isinstance(STEPS[3], Gate)


def test_annotate_runs_every_step_without_gates():
    doc = annotate("ارتفعت أسعار النفط في دمشق اليوم.", published=date(2017, 6, 2))
    assert doc.stopped_at is None
    assert doc.dates and doc.places


def test_a_bug_in_a_step_is_an_extraction_error_not_an_empty_result(monkeypatch):
    def broken(doc: Doc) -> None:
        raise ValueError("boom")

    steps = [s if s.name != "roles" else Step("roles", broken, s.reads, s.writes) for s in STEPS]
    monkeypatch.setattr(pipeline, "STEPS", steps)
    with pytest.raises(ExtractionError, match="boom"):
        extract("قصفت قوات النظام مدينة دوما أمس.", published=date(2017, 6, 2))


def test_ingest_counts_an_extraction_bug_as_a_failed_article_and_goes_on(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("قصفت قوات النظام مدينة دوما أمس.", encoding="utf-8")
    (folder / "b.txt").write_text("ارتفعت أسعار النفط اليوم.", encoding="utf-8")
    real = pipeline.extract

    def flaky(text: str, **kw):
        if "دوما" in text:
            raise ExtractionError("extraction failed: ValueError: boom")
        return real(text, **kw)

    monkeypatch.setattr("events.ingest.extract", flaky)
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    summary = ingest_paths([folder], store)
    assert (summary.new, summary.failed) == (1, 1)
    assert "a.txt" in summary.errors[0] and "boom" in summary.errors[0]

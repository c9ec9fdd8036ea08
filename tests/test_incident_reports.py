"""Issue 12's acceptance example: the convoy strike of the seed told by three articles written
for this test (tests/fixtures/incidents/): the Russian Ministry of Defence in Arabic (80+ killed,
36 vehicles), SANA in English (60 vehicles), the Syrian Observatory in English a day later (32
killed). Ingested for real; they must become one incident with three reports whose claims sit
side by side."""
from __future__ import annotations

from pathlib import Path

import pytest

from events.ingest import ingest_paths
from events.query import Filters
from events.query_incidents import (figures, incident_count, incident_sources, incidents_in_view,
                                    matrix_frame, matrix_line, spans)
from events.query_losses import totals
from events.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "incidents"
MOD, SOHR = "Russian Ministry of Defence", "Syrian Observatory for Human Rights"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('incidents') / 'athar.db'}")
    summary = ingest_paths([FIXTURES / f"convoy_{n}.txt" for n in ("ar", "sana", "sohr")], store)
    assert summary.failed == 0 and summary.new == 3
    return store


@pytest.fixture(scope="module")
def strike(store) -> str:
    """The incident of the strike: the airstrike reported by all three articles."""
    found = {e.incident_id for e in store.events() if e.event_type == "airstrike"}
    assert len(found) == 1, "the three airstrike reports are one incident"
    return found.pop()


def test_three_reports_in_two_languages_are_one_incident(store, strike):
    sources = incident_sources(store.engine, strike)
    assert sorted(sources["article_id"]) == ["convoy_ar", "convoy_sana", "convoy_sohr"]
    assert set(sources["language"]) == {"ar", "en"}
    assert sorted(sources["published"].astype(str)) == ["2017-06-02", "2017-06-02",
                                                        "2017-06-03"]
    frame = incidents_in_view(store.engine, Filters())
    row = frame[frame["incident_id"] == strike].iloc[0]
    assert row["reports"] == 3 and row["place"] == "between Raqqa and Tadmur"


def test_the_claims_matrix_sets_each_claimants_figure_side_by_side(store, strike):
    found = figures(store.engine, [strike])[strike]
    assert matrix_line(found, "killed") == f"killed: {MOD} 80+ · {SOHR} 32"
    assert matrix_line(found, "vehicles_destroyed") == f"vehicles_destroyed: {MOD} 36 · SANA 60"
    by_category = spans(found)
    assert by_category["killed"].display() == "32+"  # the span across claimants, not 112+
    assert by_category["vehicles_destroyed"].display() == "36–60"
    table = matrix_frame(found).set_index("category")
    assert table.loc["killed", MOD].startswith("80+ (Athar test, ar, 2017-06-02)")
    assert table.loc["vehicles_destroyed", "SANA"] == "60 (Athar test, en, 2017-06-02)"


def test_figures_that_cannot_both_be_true_make_the_incident_contested(store, strike):
    by_category = spans(figures(store.engine, [strike])[strike])
    assert by_category["killed"].contested  # 80+ against 32: more than twice
    assert not by_category["vehicles_destroyed"].contested  # 36 against 60


def test_totals_count_the_strike_once(store):
    killed = {t.category: t for t in totals(store.engine, Filters())}["killed"]
    assert killed.display() == "32+" and killed.multi_report_incidents == 1
    assert incident_count(store.engine, Filters()) < len(store.events())


@pytest.mark.parametrize("fmt", ["csv", "ucdp", "geojson", "kml"])
def test_every_export_names_each_events_incident(store, strike, fmt):
    from events.export import EXPORTERS

    reports = [e for e in store.events() if e.incident_id == strike]
    exported = EXPORTERS[fmt](reports, None)
    assert "incident_id" in exported and exported.count(strike) >= len(reports) == 3


def test_the_losses_list_shows_each_incident_once_with_its_claims_side_by_side(store, strike):
    from events.query_incidents import incidents_with_losses

    listed = incidents_with_losses(store.engine, Filters()).set_index("incident_id")
    row = listed.loc[strike]
    assert row["reports"] == 3 and row["contested"] == "killed"
    assert f"killed: {MOD} 80+ · {SOHR} 32" in row["claims"]

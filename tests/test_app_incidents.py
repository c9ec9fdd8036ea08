"""Incidents in the dashboard: the convoy strike of tests/fixtures/incidents/, told by three
articles in two languages, is one incident in the header, on the Losses page (its claims side
by side, flagged contested) and in the Sources view of the incident."""
from __future__ import annotations

from pathlib import Path

import pytest

from events.ingest import ingest_paths
from events.store import Store
from test_app_support import app_on, metrics  # noqa: F401  (fixtures)

FIXTURES = Path(__file__).parent / "fixtures" / "incidents"
WINDOW = ["2017-05-01", "2017-06-30"]  # the convoy strike, not the 2018 strikes in Idlib
MOD, SOHR = "Russian Ministry of Defence", "Syrian Observatory for Human Rights"


@pytest.fixture(scope="module")
def incidents_db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('app_incidents') / 'athar.db'}"
    paths = [FIXTURES / f"convoy_{n}.txt" for n in ("ar", "sana", "sohr")]
    assert ingest_paths(paths, Store(url)).failed == 0
    return url


def table_with(at, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_the_header_counts_incidents_and_the_strike_once(incidents_db, app_on):
    m = metrics(app_on(incidents_db, window=WINDOW))
    assert int(m["Incidents in view"]) < int(m["Events in view"])
    assert m["Killed (claimed)"] == "32+"  # the span of 80+ (MoD) and 32 (SOHR), not 112+


def test_losses_lists_the_incident_with_its_claims_side_by_side(incidents_db, app_on):
    at = app_on(incidents_db, "losses", window=WINDOW)
    listed = table_with(at, "contested")
    strike = listed[listed["reports"] == 3].iloc[0]
    assert f"killed: {MOD} 80+ · {SOHR} 32" in strike["claims"]
    assert strike["contested"] == "killed"
    assert strike["sources"].startswith("/sources?incident=inc-")
    matrix = table_with(at, "span").set_index("category")
    assert matrix.loc["vehicles_destroyed", "span"] == "36–60"
    assert bool(matrix.loc["killed", "contested"])


def test_the_sources_view_of_an_incident_lists_its_reports_in_both_languages(incidents_db,
                                                                             app_on):
    at = app_on(incidents_db, "losses", window=WINDOW)
    link = table_with(at, "contested").query("reports == 3").iloc[0]["sources"]
    incident = link.split("incident=", 1)[1]
    at = app_on(incidents_db, "sources", window=WINDOW, incident=incident)
    reports = table_with(at, "link_reasons")
    assert sorted(reports["language"]) == ["ar", "en", "en"]
    assert reports["link_reasons"].notna().sum() == 2  # the first report founded it


def test_the_map_draws_the_strike_as_one_marker_with_its_three_reports(incidents_db, app_on):
    from test_app_support import map_args

    layer = map_args(app_on(incidents_db, window=WINDOW))["feature_group"]
    assert layer.count('data-reports=\\"3\\"') == 1  # the airstrike's marker, badge "3"
    assert "3 reports of one incident" in layer

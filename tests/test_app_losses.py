"""Losses page: each claim once, estimates as analysts read them, totals as ranges."""
from __future__ import annotations

from test_app_support import HOSTILE_ID, SEED_ID, app_db, app_on, open_app  # noqa: F401

MOD = "Russian Ministry of Defence"


def table(at, name: str):
    """The page's tables, in order: incidents, claims, totals per category, per claimant (no
    incident of this database has several reports: no claims matrix is drawn)."""
    order = ["incidents_table", "claims_table", "totals_category", "totals_claimant"]
    return at.dataframe[order.index(name)].value


def test_the_seed_claims_appear_once_each_as_80_plus_36_8_17(open_app):
    claims = table(open_app("losses"), "claims_table")
    seed = claims[claims["article_id"] == SEED_ID]
    shown = dict(zip(seed["category"], seed["estimate"]))
    assert shown == {"killed": "80+", "vehicles_destroyed": "36", "tankers_destroyed": "8",
                     "technicals_destroyed": "17"}
    assert list(seed["estimate"]).count("80+") == 1 and len(seed) == 4
    assert set(seed["claimant"]) == {MOD}
    assert seed["evidence"].str.len().min() > 20  # the Arabic sentence, not a fragment


def test_totals_per_category_and_per_claimant_are_ranges(open_app):
    at = open_app("losses")
    per_category = dict(zip(*table(at, "totals_category")[["category", "total"]].T.values))
    assert per_category["killed"] == "85+"  # 80+ (seed) + 5 (hostile article), two events
    per_claimant = table(at, "totals_claimant")
    mod = per_claimant[per_claimant["claimant"] == MOD]
    assert dict(zip(mod["category"], mod["total"])) == {
        "killed": "80+", "vehicles_destroyed": "36", "tankers_destroyed": "8",
        "technicals_destroyed": "17"}


def test_one_article_per_event_means_nothing_is_flagged_as_not_summed(open_app):
    at = open_app("losses")
    assert not at.warning
    assert table(at, "claims_table")["note"].eq("").all()
    assert table(at, "totals_category")["not summed"].eq("").all()


def test_category_filter_and_sidebar_filters_narrow_the_table(open_app):
    at = open_app("losses")
    at.multiselect(key="loss_category").set_value(["killed"]).run()
    assert set(table(at, "claims_table")["category"]) == {"killed"}
    at.sidebar.multiselect(key="claimant").set_value([MOD]).run()
    claims = table(at, "claims_table")
    assert set(claims["article_id"]) == {SEED_ID} and list(claims["estimate"]) == ["80+"]


def test_untrusted_claimants_stay_plain_cells(open_app):
    claims = table(open_app("losses"), "claims_table")
    hostile = claims[claims["article_id"] == HOSTILE_ID]
    assert list(hostile["claimant"]) == ["<script>alert(1)</script>"]  # a cell, not markup


def test_tables_and_the_events_in_view_download_through_athars_exporter(open_app):
    at = open_app("losses")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("Download this table (CSV)") == len(at.dataframe) == 4
    assert labels[-4:] == ["ACLED CSV", "UCDP CSV", "GeoJSON", "KML"]
    import streamlit as st
    assert st.get_option("client.disableDataExport")  # not the grid's own, unneutralised CSV

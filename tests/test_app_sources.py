"""Sources page: the article list and a right-to-left reader built from escaped segments."""
from __future__ import annotations

from events.store import Store
from dashboard.highlight import KIND_STYLES
from test_app_support import HOSTILE_ID, SEED_ID, app_db, app_on, open_app  # noqa: F401


def html_bodies(at) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def test_the_article_list_shows_outlet_date_language_and_event_counts(open_app, app_db):
    at = open_app("sources")
    listing = at.dataframe[0].value.set_index("article")
    assert {SEED_ID, HOSTILE_ID} <= set(listing.index)
    seed = listing.loc[SEED_ID]
    assert seed["published"] == "2017-06-02 (est.)" and seed["language"] == "ar"
    assert seed["events"] == Store(app_db).article(SEED_ID).n_events


def test_a_hostile_article_renders_as_text(open_app):
    body = html_bodies(open_app("sources", article=HOSTILE_ID))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "<script" not in body and "<img" not in body
    assert not [m for m in open_app("sources", article=HOSTILE_ID).markdown
                if "<script" in m.value or "<img" in m.value]


def test_the_reader_is_right_to_left_with_spans_highlighted_by_kind(open_app):
    at = open_app("sources", article=SEED_ID)
    assert at.selectbox(key="article").value == SEED_ID
    body = html_bodies(at)
    assert 'dir="rtl"' in body
    assert f"background:{KIND_STYLES['quantity']}" in body  # the claims' numbers
    assert 'id="ev-' in body  # each evidence sentence is an anchor


def test_click_through_from_an_event_focuses_its_evidence(open_app, app_db):
    store = Store(app_db)
    text = store.article(SEED_ID).text
    event = next(e for e in store.events(SEED_ID)
                 if e.evidence and text[e.evidence[0].start:e.evidence[0].end])
    at = open_app("sources", article=SEED_ID, event=event.event_id)
    assert f'id="ev-{event.event_id}"' in html_bodies(at)
    assert "#d62728" in html_bodies(at)  # the focused evidence is underlined in red
    links = [link.proto for link in at.get("page_link")]
    assert links and all(link.page == "sources" and f"article={SEED_ID}" in link.query_string
                         and "event=" in link.query_string for link in links)


def test_the_claimant_is_highlighted_where_the_article_names_it(open_app):
    body = html_bodies(open_app("sources", article=SEED_ID))
    claimant = f'background:{KIND_STYLES["claimant"]}'
    assert f'{claimant};border-bottom:2px solid #888" title="claimant">وزارة' in body
    # (the Russian Ministry of Defence, the seed's claimant, opens the lead sentence)

"""Sources page: the articles behind the events in view (searchable, listed by title) and a
reader built from escaped segments, right to left for Arabic, scrolled to the evidence."""
from __future__ import annotations

import json

from dashboard.highlight import KIND_STYLES
from events.ingest import ingest_paths
from events.store import Store
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
    assert seed["title"] == Store(app_db).article(SEED_ID).title  # titles, not ids
    assert list(listing.index) == [HOSTILE_ID, SEED_ID]  # newest first
    assert reader(at).options == list(listing["title"])  # titles, newest first


def reader(at):
    """The "Read article" picker."""
    return next(s for s in at.selectbox if s.label == "Read article")


def test_the_list_follows_the_sidebar_filters(open_app):
    at = open_app("sources", type="operation_launch", window=["2016-11-06", "2017-06-02"])
    assert list(at.dataframe[0].value["article"]) == [SEED_ID]  # the hostile one has no such event
    assert any("have events in view" in c.value for c in at.caption)


def test_search_finds_words_in_titles_and_texts(open_app):
    at = open_app("sources", q="عنوان")  # in the hostile article's title only
    assert list(at.dataframe[0].value["article"]) == [HOSTILE_ID]
    at = open_app("sources", q="xqzv")  # no article holds this word
    assert at.dataframe[0].value.empty


def test_picking_an_article_puts_it_in_the_link(open_app):
    at = open_app("sources")
    pick = reader(at)
    title = next(o for o in pick.options if "عنوان" in o)
    assert title.startswith("<script>")  # shown as text by the widget, never as markup
    assert pick.value == HOSTILE_ID  # the newest
    pick.set_value(SEED_ID).run()
    assert at.query_params["article"] == SEED_ID and reader(at).value == SEED_ID


def test_a_hostile_article_renders_as_text(open_app):
    body = html_bodies(open_app("sources", article=HOSTILE_ID))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "<script" not in body and "<img" not in body
    assert not [m for m in open_app("sources", article=HOSTILE_ID).markdown
                if "<script" in m.value or "<img" in m.value]


def test_the_reader_is_right_to_left_with_spans_highlighted_by_kind(open_app):
    at = open_app("sources", article=SEED_ID)
    assert reader(at).value == SEED_ID
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
    (scroll,) = [h.proto for h in at.get("html") if "scrollIntoView" in h.proto.body]
    assert json.dumps(f"ev-{event.event_id}") in scroll.body  # the reader scrolls to it
    links = [link.proto for link in at.get("page_link")]
    assert links and all(link.page == "sources" and f"article={SEED_ID}" in link.query_string
                         and "event=" in link.query_string for link in links)


def test_the_claimant_is_highlighted_where_the_article_names_it(open_app):
    body = html_bodies(open_app("sources", article=SEED_ID))
    claimant = f'background:{KIND_STYLES["claimant"]};color:#111'
    assert f'{claimant};border-bottom:2px solid #888" title="claimant">وزارة' in body
    # (the Russian Ministry of Defence, the seed's claimant, opens the lead sentence)


def test_titles_are_unescaped_at_ingest_and_then_escaped_once_on_the_page(app_on, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "q.txt").write_text("قال المرصد إن الطيران شن غارة على الرقة أمس.", "utf-8")
    (folder / "q.json").write_text(json.dumps({
        "title": "غارة &quot;جديدة&quot; &amp; &lt;b&gt;", "published": "2017-06-01"}), "utf-8")
    url = f"sqlite:///{tmp_path / 'q.db'}"
    ingest_paths([folder], Store(url))
    assert Store(url).article("q").title == 'غارة "جديدة" & <b>'
    body = html_bodies(app_on(url, "sources", article="q"))
    assert '<h4 dir="auto">غارة &quot;جديدة&quot; &amp; &lt;b&gt;</h4>' in body

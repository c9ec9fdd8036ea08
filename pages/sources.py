"""Sources: the articles behind the events in view, searchable, and a reader with the
extracted spans highlighted (right to left for Arabic), scrolled to the evidence asked for."""
from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from dashboard.highlight import article_spans, highlight_html, kinds_legend_html
from dashboard.html import date_range, esc, sources_link
from events.query import ROW_LIMIT
from pages import _data as data
from pages._shared import table_download, view

v = view()
if not data.article_count(v.url, v.stamp):
    st.info("No articles yet: run `python -m events ingest data/articles`.")
    st.stop()

if incident_id := st.query_params.get("incident"):
    reports, matrix = data.incident(v.url, v.stamp, incident_id)
    if reports.empty:
        st.info("No stored incident has this id (re-linked since the link was made?).")
    else:
        st.subheader(f"One incident, {reports['article_id'].nunique()} report(s)")
        st.caption("The articles that report it, in every language, and why each was linked.")
        st.dataframe(reports.assign(read=[sources_link(a, e) for a, e in
                                          zip(reports["article_id"], reports["event_id"])])[
            ["published", "language", "outlet", "title", "event_type", "place",
             "link_reasons", "read"]], hide_index=True, width="stretch", key="incident_reports",
            column_config={"read": st.column_config.LinkColumn("read", display_text="read"),
                           "link_reasons": "linked because"})
        table_download(reports, "incident-reports", "incident_reports_csv")
        if not matrix.empty:
            st.markdown("**Claims side by side** (never summed)")
            st.dataframe(matrix, hide_index=True, width="stretch", key="incident_matrix")
            table_download(matrix, "claims-matrix", "incident_matrix_csv")

query = st.text_input("Search titles and text", key="q", bind="query-params",
                      placeholder="words that must all occur, in Arabic or English")
if query.strip():
    found = data.search(v.url, v.stamp, query)
    rows = data.sources(v.url, v.stamp, v.filters, tuple(found))
    st.caption(f"{len(found)} article(s) match; {len(rows)} of them have events in view.")
else:
    rows = data.sources(v.url, v.stamp, v.filters, None)
    st.caption(f"{v.summary['articles']:,} of {data.article_count(v.url, v.stamp):,} articles "
               "have events in view (the sidebar's filters)"
               + (f"; the {ROW_LIMIT:,} newest are listed." if len(rows) >= ROW_LIMIT else "."))
titles = dict(zip(rows["article_id"], rows["title"]))
ids = list(rows["article_id"])

asked = st.query_params.get("article")
if asked and asked not in titles and (found_article := data.article(v.url, asked)):
    ids.insert(0, asked)  # a link from the map or the timeline opens its article anyway
    titles[asked] = found_article.title
listing = pd.DataFrame({
    "title": [t or a for a, t in zip(rows["article_id"], rows["title"])],
    "outlet": rows["outlet"],
    "published": [f"{p}{' (est.)' if est else ''}"
                  for p, est in zip(rows["published"], rows["published_is_estimate"])],
    "language": rows["language"], "events in view": rows["in_view"].astype(int),
    "events": rows["events"].astype(int), "article": rows["article_id"]},
    columns=["title", "outlet", "published", "language", "events in view", "events", "article"])
st.dataframe(listing, hide_index=True, width="stretch", key="articles_table")
table_download(listing, "articles", "articles_csv")
if not ids:
    st.stop()


def _open_picked() -> None:
    """The picker writes the URL (?article=, shareable); the URL decides what is read."""
    st.query_params["article"] = st.session_state[picker]
    st.query_params.pop("event", None)


# Not bound to the URL: a bound selectbox keeps the *label* (the title) there, while links from
# the map and the timeline name the article by id. A key per article asked for resets the
# picker whenever a link asks for another one.
current = asked if asked in ids else ids[0]
picker = f"read_{current}"
article_id = st.selectbox("Read article", ids, index=ids.index(current), key=picker,
                          on_change=_open_picked, format_func=lambda a: titles.get(a) or a)
article = data.article(v.url, article_id)
events = data.article_events(v.url, v.stamp, article_id)
focus = st.query_params.get("event")
rtl = article.language == "ar"

# Article metadata is untrusted too: HTML built from escaped values, never Markdown.
st.html(f'<h4 dir="auto">{esc(article.title or article.article_id)}</h4>'
        f'<div style="opacity:0.7">{esc(article.outlet)} · '
        f"{esc(article.published or 'date unknown')} · {esc(article.language)}"
        + (f' · <a href="{esc(article.url)}" rel="noopener noreferrer">{esc(article.url)}</a>'
           if article.url and article.url.startswith(("http://", "https://")) else "")
        + "</div>")

left, right = st.columns([3, 2])
with left:
    st.html(kinds_legend_html())
    spans = article_spans(article.text, events, focus, article.published, article.language)
    st.html(highlight_html(article.text, spans, rtl=rtl))
with right:
    st.markdown(f"**Events ({len(events)})**")
    for e in events:
        with st.container(border=True):
            mark = "▶ " if e.event_id == focus else ""
            st.html(f"{mark}<b>{esc(e.event_type)}</b> · {esc(date_range(e))} · "
                    f"{esc(e.modality)}" + (" · <i>history</i>" if e.background else ""))
            for ev in e.evidence[:1]:
                st.html(f'<div dir="auto">{esc(ev.sentence)}</div>')
            st.page_link("pages/sources.py", label="Show its evidence in the text",
                         query_params={"article": article_id, "event": e.event_id})
if focus and any(e.event_id == focus for e in events):
    # Scroll the reader to the evidence: our own script, the anchor id passed as JSON data.
    anchor = json.dumps(f"ev-{focus}").replace("<", "\\u003c")
    st.html("<script>(function (id, tries) { (function look() { var el = "
            "document.getElementById(id); if (el) el.scrollIntoView({block: 'center'}); "
            f"else if (tries-- > 0) setTimeout(look, 200); }})(); }})({anchor}, 25);</script>",
            unsafe_allow_javascript=True)

"""Sources: the articles, and a right-to-left reader with the extracted spans highlighted."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.highlight import article_spans, highlight_html, kinds_legend_html
from dashboard.html import date_range, esc
from pages._shared import view

v = view()
if not v.articles:
    st.info("No articles yet: run `python -m events ingest data/articles`.")
    st.stop()

st.dataframe(pd.DataFrame([{
    "article": a.article_id, "title": a.title, "outlet": a.outlet,
    "published": f"{a.published}{' (est.)' if a.published_is_estimate else ''}",
    "language": a.language, "events": a.n_events} for a in v.articles.values()]),
    hide_index=True, width="stretch", key="articles_table")

article_id = st.selectbox("Read article", list(v.articles), key="article", bind="query-params")
article = v.articles[article_id]
events = [e for e in v.table.events.values() if e.article_id == article_id]
focus = st.query_params.get("event")

# Article metadata is untrusted too: HTML built from escaped values, never Markdown.
st.html(f'<h4 dir="auto">{esc(article.title or article.article_id)}</h4>'
        f'<div style="color:#666">{esc(article.outlet)} · '
        f"{esc(article.published or 'date unknown')} · {esc(article.language)}"
        + (f' · <a href="{esc(article.url)}" rel="noopener noreferrer">{esc(article.url)}</a>'
           if article.url and article.url.startswith(("http://", "https://")) else "")
        + "</div>")

left, right = st.columns([3, 2])
with left:
    st.html(kinds_legend_html())
    st.html(highlight_html(article.text, article_spans(article.text, events, focus, article.published)))
with right:
    st.markdown(f"**Events ({len(events)})**")
    for e in events:
        with st.container(border=True):
            mark = "▶ " if e.event_id == focus else ""
            st.html(f"{mark}<b>{esc(e.event_type)}</b> · {esc(date_range(e))} · "
                    f"{esc(e.modality)}")
            for ev in e.evidence[:1]:
                st.html(f'<div dir="rtl" lang="ar" style="text-align:right">{esc(ev.sentence)}'
                        "</div>")
            st.page_link("pages/sources.py", label="Show its evidence in the text",
                         query_params={"article": article_id, "event": e.event_id})

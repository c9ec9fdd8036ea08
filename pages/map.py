"""Map: the events in view over a constant base map (scrubbing never remounts it).

The first load fits the events in view; after that the view is the user's (the map's own
button fits it again). ``?event=<id>`` (the Timeline's "map" links) centres the map on that
event and shows its card; changing ``center``/``zoom`` moves the map without remounting it.
"""
from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from events.query import event_point, level_of_detail
from dashboard.base_map import base_map, frame_view
from dashboard.map_layers import event_layer, events_at
from dashboard.html import legend_html, popup_html
from pages._shared import export_buttons, view

v = view()
located = v.frame.dropna(subset=["lat", "lon"])
focus = v.table.events.get(st.query_params.get("event", ""))
focus_at, _ = event_point(focus) if focus else (None, False)
if "map_first_view" not in st.session_state:  # kept: the same values never move the map again
    st.session_state["map_first_view"] = frame_view(located) if len(located) else None
first = st.session_state["map_first_view"]
where = ({"center": (focus_at.lat, focus_at.lon), "zoom": 9}
         if focus_at is not None and focus_at.lat is not None
         else {"center": first[0], "zoom": first[1]} if first else {})

left, right = st.columns([4, 1])
with left:
    clicked = st_folium(base_map(v.table), key="athar_map", height=560, use_container_width=True,
                        feature_group_to_add=event_layer(v.table, v.frame),
                        returned_objects=["last_object_clicked"], **where)
with right:
    st.html(legend_html(sorted(v.frame["event_type"].unique()),
                        sorted({a for actors in v.frame["actors"] for a in actors})))
    detail = level_of_detail(len(located))
    if detail != "markers":
        st.caption(f"{len(located):,} located events: shown as "
                   + ("clusters (zoom in to split them)." if detail == "cluster"
                      else "grid cells with counts (narrow the filters for details)."))
    if missing := len(v.frame) - len(located):
        st.caption(f"{missing} event(s) in view have no coordinates (see Timeline / Sources).")
    with st.popover("Export what is in view", width="stretch"):
        export_buttons(v, "map_export")

point = (clicked or {}).get("last_object_clicked")
shown = list(events_at(v.table, v.frame, point["lat"], point["lng"])["event_id"]) if point else []
if focus is not None and focus.event_id not in shown:
    shown.insert(0, focus.event_id)
for event_id in shown:
    event = v.table.events[event_id]
    with st.container(border=True):
        st.html(popup_html(event))
        st.page_link("pages/sources.py", label="Open the article at this evidence",
                     query_params={"article": event.article_id, "event": event.event_id})

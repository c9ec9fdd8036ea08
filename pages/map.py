"""Map: the events in view over a constant base map (scrubbing never remounts it).

The first load fits the events in view; after that the view is the user's (the map's own
button fits it again). ``?event=<id>`` (the Timeline's "map" links) centres the map on that
event and shows its card; changing ``center``/``zoom`` moves the map without remounting it.
What is drawn depends on how many events are in view (``events.query.level_of_detail``):
markers, clusters or grid cells.
"""
from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from dashboard.base_map import base_map
from dashboard.html import legend_html, popup_html
from dashboard.map_layers import cluster_layer, event_layer, events_at, grid_layer
from events.flat import event_point
from pages import _data as data
from pages._shared import export_buttons, view

v = view()
shown_map = data.map_data(v.url, v.stamp, v.filters)
detail, located = shown_map["detail"], shown_map["located"]
asked = st.query_params.get("event", "")
focus = data.events_by_id(v.url, v.stamp, (asked,)).get(asked) if asked else None
focus_at, _ = event_point(focus) if focus else (None, False)
if "map_first_view" not in st.session_state:  # kept: the same values never move the map again
    st.session_state["map_first_view"] = data.view_of(v.url, v.stamp, v.filters) if located \
        else None
first = st.session_state["map_first_view"]
where = ({"center": (focus_at.lat, focus_at.lon), "zoom": 9}
         if focus_at is not None and focus_at.lat is not None
         else {"center": first[0], "zoom": first[1]} if first else {})

if detail == "markers":
    rows, events = shown_map["rows"], shown_map["events"]
    layer = event_layer(rows, events)
elif detail == "cluster":
    layer = cluster_layer(shown_map["coordinates"])
else:
    layer = grid_layer(shown_map["cells"])

left, right = st.columns([4, 1])
with left:
    clicked = st_folium(base_map(data.all_points(v.url, v.stamp)), key="athar_map", height=560,
                        use_container_width=True, feature_group_to_add=layer,
                        returned_objects=["last_object_clicked"], **where)
with right:
    if detail == "markers":
        st.html(legend_html(sorted(set(rows["event_type"])),
                            sorted({a.name for e in events.values() for a in e.actors})))
    else:
        st.caption(f"{located:,} located events: shown as "
                   + ("clusters (zoom in to split them)." if detail == "cluster"
                      else "grid cells with counts (narrow the filters for details)."))
    if missing := v.summary["events"] - located:
        st.caption(f"{missing} event(s) in view have no coordinates (see Timeline / Sources).")
    with st.popover("Export what is in view", width="stretch"):
        export_buttons(v, "map_export")

point = (clicked or {}).get("last_object_clicked")
shown = ([i for ids in events_at(rows, events, point["lat"], point["lng"])["report_ids"]
          for i in ids] if point and detail == "markers" else [])
if focus is not None and focus.event_id not in shown:
    shown.insert(0, focus.event_id)
cards = data.events_by_id(v.url, v.stamp, tuple(shown)) if shown else {}
for event_id in shown:
    event = cards[event_id]
    with st.container(border=True):
        st.html(popup_html(event))
        st.page_link("pages/sources.py", label="Open the article at this evidence",
                     query_params={"article": event.article_id, "event": event.event_id})

"""Event-type icons as SVG: they render the same everywhere, offline, with no font.

(Unicode glyphs such as ⛺ depend on the fonts of the user's machine: without one that has them
the legend showed an empty box.) Each icon is drawn on a 16×16 grid, filled or stroked in one
colour: white on the map's coloured markers (inline ``<svg>``), a grey readable on the light
and the dark theme in the legend. ``st.html`` sanitises inline SVG away, so the legend uses
``<img>`` elements with the same SVG as a data URI.
"""
from __future__ import annotations

import base64

# type -> (SVG path, how it is painted: "fill", "evenodd" (fill with holes) or "stroke")
TYPE_ICONS: dict[str, tuple[str, str]] = {
    "airstrike": ("M8 1c.6 0 1 .9 1 2v3.2l5.5 3.1v1.5L9 9.3v3l1.8 1.3V15L8 14.2 5.2 15v-1.4"
                  "L7 12.3v-3l-5.5 1.5V9.3L7 6.2V3c0-1.1.4-2 1-2z", "fill"),
    "shelling": ("M8 0l1.6 4.3L14 2.3l-2 4.1L16 8l-4 1.6 2 4.1-4.4-2L8 16l-1.6-4.3L2 13.7"
                 "l2-4.1L0 8l4-1.6-2-4.1 4.4 2z", "fill"),
    "clash": ("M2.5 2.5l11 11M13.5 2.5l-11 11M2.5 10l3.5 3.5M13.5 10L10 13.5", "stroke"),
    "attack": ("M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1zm0 2.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 1 1 0-9z"
               "m0 2.5a2 2 0 1 0 0 4 2 2 0 1 0 0-4z", "evenodd"),
    "movement": ("M1 6.5h8.5V3L15 8l-5.5 5V9.5H1z", "fill"),
    "territory_change": ("M3 1h1.6v14H3zM5.4 2H14l-2.2 3.2L14 8.4H5.4z", "fill"),
    "agreement": ("M6 4.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 1 0 0-7M10 4.5a3.5 3.5 0 1 0 0 7 3.5 "
                  "3.5 0 1 0 0-7", "stroke"),
    "statement": ("M2 2h12v8.5H7.5L3.5 14v-3.5H2z", "fill"),
    "operation_launch": ("M4 2l10 6-10 6z", "fill"),
    "deployment": ("M8 1.5L15.5 14.5H.5zM8 8.5l-2.6 6h5.2z", "evenodd"),
    "other": ("M8 5a3 3 0 1 0 0 6 3 3 0 1 0 0-6z", "fill"),
}
# one distinct colour per type for charts (plotly's default cycle has 10 for 11 types)
TYPE_COLOURS = {
    "airstrike": "#d62728", "shelling": "#ff7f0e", "clash": "#8c564b", "attack": "#e377c2",
    "movement": "#1f77b4", "territory_change": "#2ca02c", "agreement": "#17becf",
    "statement": "#7f7f7f", "operation_launch": "#9467bd", "deployment": "#bcbd22",
    "other": "#c7c7c7",
}
# the map's line styles, for the legend: (stroke-dasharray or "", arrow head?)
LINE_SAMPLES = {"movement": ("", True), "uncertain movement": ("5 3", True),
                "route of an event placed between two places": ("1.5 3", False)}


def icon_svg(event_type: str, colour: str = "currentColor", size: int = 14) -> str:
    """The type's icon as an inline ``<svg>`` (markup built here only: no text inside)."""
    path, paint = TYPE_ICONS.get(event_type, TYPE_ICONS["other"])
    if paint == "stroke":
        style = f'fill="none" stroke="{colour}" stroke-width="2" stroke-linecap="round"'
    else:
        style = f'fill="{colour}"' + (' fill-rule="evenodd"' if paint == "evenodd" else "")
    return (f'<svg width="{size}" height="{size}" viewBox="0 0 16 16" aria-hidden="true" '
            f'style="vertical-align:-2px"><path d="{path}" {style}/></svg>')


LEGEND_GREY = "#888"


def as_img(svg: str, width: int, height: int) -> str:
    """An inline SVG as an ``<img>`` (what ``st.html`` keeps)."""
    data = base64.b64encode(svg.encode()).decode()
    return (f'<img src="data:image/svg+xml;base64,{data}" width="{width}" height="{height}" '
            'alt="" style="vertical-align:-2px">')


def legend_icon(event_type: str) -> str:
    svg = icon_svg(event_type, LEGEND_GREY)
    return as_img(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" '), 14, 14)


def line_svg(dash: str, arrow: bool, colour: str = LEGEND_GREY) -> str:
    head = f'<path d="M22 2l6 4-6 4z" fill="{colour}"/>' if arrow else ""
    dashed = f' stroke-dasharray="{dash}"' if dash else ""
    return as_img(f'<svg xmlns="http://www.w3.org/2000/svg" width="30" height="12" '
                  f'viewBox="0 0 30 12"><path d="M1 6h22" stroke="{colour}" '
                  f'stroke-width="2"{dashed}/>{head}</svg>', 30, 12)


def circle_svg(colour: str = LEGEND_GREY) -> str:
    return as_img(f'<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" '
                  f'viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.5" fill="none" '
                  f'stroke="{colour}" stroke-width="1.5" stroke-dasharray="3 2"/></svg>', 14, 14)

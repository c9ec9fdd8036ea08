"""HTML for popups, tooltips and the legend — escaped, Streamlit-free.

Article text is untrusted (it comes from the web). Everything taken from an article, an event or
its metadata goes through :func:`esc` before it is placed in HTML; the only raw markup is the
markup built here. ``esc`` also neutralises backticks, ``$`` and backslashes because folium puts
tooltips and popups inside JavaScript template literals.
"""
from __future__ import annotations

import html
from hashlib import md5
from urllib.parse import quote

from dashboard.icons import LINE_SAMPLES, circle_svg, icon_svg, legend_icon, line_svg
from events.model import Event

_ACTOR_COLOURS = [  # keyword in the canonical name -> colour (the main sides of the Syrian war)
    ("russia", "#d62728"), ("islamic state", "#222222"), ("isis", "#222222"),
    ("democratic", "#d4a017"), ("sdf", "#d4a017"), ("kurd", "#9a9a1f"), ("ypg", "#9a9a1f"),
    ("coalition", "#1f77b4"), ("united states", "#1f77b4"), ("syrian arab army", "#8c564b"),
    ("regime", "#8c564b"), ("turk", "#ff7f0e"), ("hezbollah", "#2ca02c"), ("iran", "#17becf"),
]
_PALETTE = ["#9467bd", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ff9896",
            "#98df8a", "#c5b0d5", "#c49c94"]



def esc(value: object) -> str:
    """HTML-escape anything for element content *and* attributes *and* JS template literals."""
    text = "" if value is None else str(value)
    return (html.escape(text, quote=True).replace("`", "&#96;").replace("$", "&#36;")
            .replace("\\", "&#92;"))


def plotly_text(value: object) -> str:
    """Escape for plotly labels and hovers: they understand a few tags and only some entities
    (``&amp;``, ``&lt;``, ``&gt;``, numeric ones), so ``&quot;`` would show literally. With
    ``<`` escaped no tag can form, so quotes need no escaping."""
    return html.escape("" if value is None else str(value), quote=False)


def actor_colour(name: str | None) -> str:
    """A stable colour per actor: fixed for the main sides, hashed for the rest."""
    low = (name or "").casefold()
    for key, colour in _ACTOR_COLOURS:
        if key in low:
            return colour
    return _PALETTE[int(md5(low.encode()).hexdigest(), 16) % len(_PALETTE)]


def date_range(event: Event) -> str:
    start, end = event.date_start, event.date_end
    if not start and not end:
        return "date unknown"
    if start and end and start != end:
        return f"{start} – {end}"
    return str(start or end)


def sources_link(article_id: str, event_id: str | None = None) -> str:
    """Relative URL of the Sources page reading this article (at this event's evidence)."""
    url = f"/sources?article={quote(article_id, safe='')}"
    return url + (f"&event={quote(event_id, safe='')}" if event_id else "")


def incident_link(incident_id: str) -> str:
    """Relative URL of the Sources page listing one incident's reports."""
    return f"/sources?incident={quote(incident_id, safe='')}"


def popup_html(event: Event, place_label: str | None = None) -> str:
    """Type, dates, actors, claims with qualifier and claimant, the Arabic evidence (RTL) and a
    link to the article in Sources."""
    actors = ", ".join(f"{esc(a.name)} <i>({esc(a.role)})</i>" for a in event.actors) or "—"
    claims = "".join(
        f"<li><b>{esc(c.display())}</b> {esc(c.category.replace('_', ' '))} "
        f"({esc(c.who)}; {esc(c.qualifier.replace('_', ' '))})"
        f" — according to {esc(c.claimant or event.claimant or 'unattributed')}</li>"
        for c in event.claims)
    evidence = "".join(f'<div dir="auto" style="text-align:start;margin:4px 0">'
                       f"{esc(e.sentence)}</div>" for e in event.evidence[:2])
    modality = "" if event.modality == "actual" else f" <i>({esc(event.modality)})</i>"
    return (
        f'<div style="min-width:260px;max-width:380px;font-size:12px">'
        f"<b>{icon_svg(event.event_type)} "
        f"{esc(event.event_type.replace('_', ' '))}</b>{modality}<br>"
        f"<b>When:</b> {esc(date_range(event))}<br>"
        + (f"<b>Where:</b> {esc(place_label)}<br>" if place_label else "")
        + f"<b>Actors:</b> {actors}<br>"
        + (f"<b>Claimant:</b> {esc(event.claimant)}<br>" if event.claimant else "")
        + (f"<b>Claims:</b><ul style='margin:0;padding-left:16px'>{claims}</ul>" if claims else "")
        + evidence
        # a new tab: the map's iframe sandbox blocks navigating the page itself (target=_top)
        + f'<a href="{esc(sources_link(event.article_id, event.event_id))}" target="_blank" '
          f'rel="noopener">Read in Sources ({esc(event.article_id)})</a></div>'
    )


def tooltip_text(event: Event, place_label: str | None = None) -> str:
    """One escaped line: type, date range and place ("between A and B" for route events)."""
    where = f" — {place_label}" if place_label else ""
    return esc(f"{event.event_type.replace('_', ' ')} · {date_range(event)}{where}")


def legend_html(types: list[str], actors: list[str]) -> str:
    """Which icon is which type and which colour is which actor (for the names in view)."""
    type_rows = "".join(f"<div>{legend_icon(t)} {esc(t.replace('_', ' '))}</div>" for t in types)
    actor_rows = "".join(
        f'<div><span style="display:inline-block;width:12px;height:12px;border-radius:6px;'
        f'background:{actor_colour(a)};margin-right:6px"></span>{esc(a)}</div>' for a in actors)
    line_rows = "".join(f"<div>{line_svg(dash, arrow)} {esc(name)}</div>"
                        for name, (dash, arrow) in LINE_SAMPLES.items())
    return (
        '<div class="athar-legend" style="font-size:13px;line-height:1.6">'
        f"<b>Event types</b>{type_rows}"
        '<div><span style="display:inline-block;min-width:18px;height:18px;border-radius:9px;'
        'background:#444;color:#fff;font-size:11px;text-align:center;line-height:18px">3</span>'
        " several events at one place</div>"
        f"<b>Actors (colour)</b>{actor_rows}<b>Lines</b>{line_rows}"
        "<div>(dashed movement: attempted, planned, prevented or alleged)</div>"
        f"<div>{circle_svg()} location known only to a district / governorate</div></div>"
    )

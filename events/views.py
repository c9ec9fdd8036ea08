"""HTML for popups, tooltips, the legend and the article reader — escaped, Streamlit-free.

Article text is untrusted (it comes from the web). Everything taken from an article, an event or
its metadata goes through :func:`esc` before it is placed in HTML; the only raw markup is the
markup built here. ``esc`` also neutralises backticks, ``$`` and backslashes because folium puts
tooltips and popups inside JavaScript template literals.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from hashlib import md5
from urllib.parse import quote

from events.model import Event

TYPE_GLYPHS = {
    "airstrike": "✈", "shelling": "✹", "clash": "⚔", "attack": "✖", "movement": "➜",
    "territory_change": "⚑", "agreement": "✍", "statement": "❝", "operation_launch": "▶",
    "deployment": "⛺", "other": "•",
}
_ACTOR_COLOURS = [  # keyword in the canonical name -> colour (the main sides of the Syrian war)
    ("russia", "#d62728"), ("islamic state", "#222222"), ("isis", "#222222"),
    ("democratic", "#d4a017"), ("sdf", "#d4a017"), ("kurd", "#9a9a1f"), ("ypg", "#9a9a1f"),
    ("coalition", "#1f77b4"), ("united states", "#1f77b4"), ("syrian arab army", "#8c564b"),
    ("regime", "#8c564b"), ("turk", "#ff7f0e"), ("hezbollah", "#2ca02c"), ("iran", "#17becf"),
]
_PALETTE = ["#9467bd", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ff9896",
            "#98df8a", "#c5b0d5", "#c49c94"]
KIND_STYLES = {  # reader highlight colours, one per kind of span
    "place": "#cfe8ff", "actor": "#ffe0b3", "claimant": "#e6ccff", "date": "#d4f5d4",
    "quantity": "#ffc9c9",
}
_KIND_ORDER = ["quantity", "date", "claimant", "actor", "place"]  # inner highlight priority


def esc(value: object) -> str:
    """HTML-escape anything for element content *and* attributes *and* JS template literals."""
    text = "" if value is None else str(value)
    return (html.escape(text, quote=True).replace("`", "&#96;").replace("$", "&#36;")
            .replace("\\", "&#92;"))


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


def popup_html(event: Event, place_label: str | None = None) -> str:
    """Type, dates, actors, claims with qualifier and claimant, the Arabic evidence (RTL) and a
    link to the article in Sources."""
    actors = ", ".join(f"{esc(a.name)} <i>({esc(a.role)})</i>" for a in event.actors) or "—"
    claims = "".join(
        f"<li><b>{esc(c.display())}</b> {esc(c.category.replace('_', ' '))} "
        f"({esc(c.who)}; {esc(c.qualifier.replace('_', ' '))})"
        f" — according to {esc(c.claimant or event.claimant or 'unattributed')}</li>"
        for c in event.claims)
    evidence = "".join(f'<div dir="rtl" lang="ar" style="text-align:right;margin:4px 0">'
                       f"{esc(e.sentence)}</div>" for e in event.evidence[:2])
    modality = "" if event.modality == "actual" else f" <i>({esc(event.modality)})</i>"
    return (
        f'<div style="min-width:260px;max-width:380px;font-size:12px">'
        f"<b>{esc(TYPE_GLYPHS.get(event.event_type, ''))} "
        f"{esc(event.event_type.replace('_', ' '))}</b>{modality}<br>"
        f"<b>When:</b> {esc(date_range(event))}<br>"
        + (f"<b>Where:</b> {esc(place_label)}<br>" if place_label else "")
        + f"<b>Actors:</b> {actors}<br>"
        + (f"<b>Claimant:</b> {esc(event.claimant)}<br>" if event.claimant else "")
        + (f"<b>Claims:</b><ul style='margin:0;padding-left:16px'>{claims}</ul>" if claims else "")
        + evidence
        + f'<a href="{esc(sources_link(event.article_id, event.event_id))}" target="_top">'
          f"Read in Sources ({esc(event.article_id)})</a></div>"
    )


def tooltip_text(event: Event, place_label: str | None = None) -> str:
    """One escaped line: type, date range and place ("between A and B" for route events)."""
    where = f" — {place_label}" if place_label else ""
    return esc(f"{event.event_type.replace('_', ' ')} · {date_range(event)}{where}")


def legend_html(types: list[str], actors: list[str]) -> str:
    """Which glyph is which type and which colour is which actor (for the names in view)."""
    type_rows = "".join(f"<div>{esc(TYPE_GLYPHS.get(t, '•'))} {esc(t.replace('_', ' '))}</div>"
                        for t in types)
    actor_rows = "".join(
        f'<div><span style="display:inline-block;width:12px;height:12px;border-radius:6px;'
        f'background:{actor_colour(a)};margin-right:6px"></span>{esc(a)}</div>' for a in actors)
    return (
        '<div style="font-size:13px;line-height:1.6">'
        f"<b>Event types</b>{type_rows}<b>Actors (colour)</b>{actor_rows}"
        "<b>Lines</b><div>━➤ movement origin → destination (dashed: attempted, planned, "
        "prevented or alleged)</div>"
        "<div>┅ route of an event placed “between A and B”</div>"
        "<div>◌ dashed circle: location known only to a district / governorate</div></div>"
    )


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # place|actor|claimant|date|quantity|evidence
    anchor: str | None = None  # id given to an evidence span, for click-through
    focus: bool = False


def mention_spans(text: str, published: date | None = None) -> list[Span]:
    """The extraction's own mentions in the article, at their exact offsets: actors (speakers
    of attribution frames as claimants), places, dates and loss quantities. Re-running the
    annotating steps takes milliseconds, so the store need not keep every mention."""
    from events.extract.pipeline import annotate

    doc = annotate(text, published=published)
    speakers = {f.speaker for f in doc.attributions if getattr(f, "speaker", None) is not None}
    spans = [Span(*doc.span(a.start, a.end), "claimant" if i in speakers else "actor")
             for i, a in enumerate(doc.actors)]
    for kind, mentions in (("place", doc.places), ("date", doc.dates),
                           ("quantity", doc.losses)):
        spans += [Span(*doc.span(m.start, m.end), kind) for m in mentions]
    return spans


def article_spans(text: str, events: list[Event], focus: str | None = None,
                  published: date | None = None) -> list[Span]:
    """Every span the extraction left for this article: its mentions (see `mention_spans`),
    the events' evidence sentences (anchors for click-through) and their claims."""
    spans = mention_spans(text, published)
    for e in events:
        for ev in e.evidence:
            if text[ev.start:ev.end] == ev.sentence:
                spans.append(Span(ev.start, ev.end, "evidence", f"ev-{e.event_id}",
                                  e.event_id == focus))
        spans += [Span(c.start, c.end, "quantity") for c in e.claims if c.end > c.start]
    return [s for s in dict.fromkeys(spans) if 0 <= s.start < s.end <= len(text)]


def highlight_html(text: str, spans: list[Span]) -> str:
    """The article right-to-left with spans highlighted, built from escaped segments only."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    anchors = {s.start: s.anchor for s in spans if s.anchor}
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        kinds = {s.kind for s in covering}
        style = []
        inner = next((k for k in _KIND_ORDER if k in kinds), None)
        if inner:
            style.append(f"background:{KIND_STYLES[inner]}")
        if "evidence" in kinds:
            focused = any(s.focus for s in covering)
            style.append("border-bottom:2px solid " + ("#d62728" if focused else "#888"))
            if focused:
                style.append("background-color:#fff3b0" if not inner else "")
        anchor = f'<span id="{esc(anchors[a])}"></span>' if a in anchors else ""
        body = esc(text[a:b]).replace("\n", "<br>")
        title = f' title="{esc(inner)}"' if inner else ""
        css = ";".join(x for x in style if x)
        parts.append(f'{anchor}<span style="{css}"{title}>{body}</span>' if css else anchor + body)
    return ('<div dir="rtl" lang="ar" style="text-align:right;line-height:2;font-size:1.1em">'
            + "".join(parts) + "</div>")


def kinds_legend_html() -> str:
    return " ".join(f'<span style="background:{c};padding:0 6px">{esc(k)}</span>'
                    for k, c in KIND_STYLES.items()) + \
        ' <span style="border-bottom:2px solid #888">evidence sentence</span>'

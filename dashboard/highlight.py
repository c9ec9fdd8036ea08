"""The article reader: the extraction's spans highlighted in the text, from escaped segments.

Article text is untrusted: every segment goes through :func:`dashboard.html.esc`; the only
markup is the spans built here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dashboard.html import esc
from events.model import Event

KIND_STYLES = {  # reader highlight colours, one per kind of span
    "place": "#cfe8ff", "actor": "#ffe0b3", "claimant": "#e6ccff", "date": "#d4f5d4",
    "quantity": "#ffc9c9",
}
_KIND_ORDER = ["quantity", "date", "claimant", "actor", "place"]  # inner highlight priority


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # place|actor|claimant|date|quantity|evidence
    anchor: str | None = None  # id given to an evidence span, for click-through
    focus: bool = False


def mention_spans(text: str, published: date | None = None, language: str = "ar"
                  ) -> list[Span]:
    """The extraction's own mentions in the article, at their exact offsets: actors (speakers
    of attribution frames as claimants), places, dates and loss quantities. Re-running the
    annotating steps takes milliseconds, so the store need not keep every mention."""
    from events.extract.pipeline import annotate

    doc = annotate(text, published=published, language=language)
    speakers = {f.speaker for f in doc.attributions if getattr(f, "speaker", None) is not None}
    spans = [Span(*doc.span(a.start, a.end), "claimant" if i in speakers else "actor")
             for i, a in enumerate(doc.actors)]
    for kind, mentions in (("place", doc.places), ("date", doc.dates),
                           ("quantity", doc.losses)):
        spans += [Span(*doc.span(m.start, m.end), kind) for m in mentions]
    return spans


def article_spans(text: str, events: list[Event], focus: str | None = None,
                  published: date | None = None, language: str = "ar") -> list[Span]:
    """Every span the extraction left for this article: its mentions (see `mention_spans`),
    the events' evidence sentences (anchors for click-through) and their claims."""
    spans = mention_spans(text, published, language)
    for e in events:
        for ev in e.evidence:
            if text[ev.start:ev.end] == ev.sentence:
                spans.append(Span(ev.start, ev.end, "evidence", f"ev-{e.event_id}",
                                  e.event_id == focus))
        spans += [Span(c.start, c.end, "quantity") for c in e.claims if c.end > c.start]
    return [s for s in dict.fromkeys(spans) if 0 <= s.start < s.end <= len(text)]


def highlight_html(text: str, spans: list[Span], rtl: bool = True) -> str:
    """The article (right-to-left unless ``rtl`` is off) with spans highlighted, built from
    escaped segments only. Highlights set their own dark text: they stay readable on the dark
    theme too."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    anchors = {s.start: s.anchor for s in spans if s.anchor}
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        kinds = {s.kind for s in covering}
        style = []
        inner = next((k for k in _KIND_ORDER if k in kinds), None)
        if inner:
            style.append(f"background:{KIND_STYLES[inner]};color:#111")
        if "evidence" in kinds:
            focused = any(s.focus for s in covering)
            style.append("border-bottom:2px solid " + ("#d62728" if focused else "#888"))
            if focused:
                style.append("background-color:#fff3b0;color:#111" if not inner else "")
        anchor = f'<span id="{esc(anchors[a])}"></span>' if a in anchors else ""
        body = esc(text[a:b]).replace("\n", "<br>")
        title = f' title="{esc(inner)}"' if inner else ""
        css = ";".join(x for x in style if x)
        parts.append(f'{anchor}<span style="{css}"{title}>{body}</span>' if css else anchor + body)
    lang = ('dir="rtl" lang="ar" style="text-align:right;' if rtl
            else 'dir="ltr" style="text-align:left;')
    return f'<div {lang}line-height:2;font-size:1.1em">' + "".join(parts) + "</div>"


def kinds_legend_html() -> str:
    return " ".join(f'<span style="background:{c};color:#111;padding:0 6px">{esc(k)}</span>'
                    for k, c in KIND_STYLES.items()) + \
        ' <span style="border-bottom:2px solid #888">evidence sentence</span>'

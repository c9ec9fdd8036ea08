"""Step: split the normalised text into sentences (and their token ranges).

A full stop after an initial ("U.S.", "A. Smith") or an abbreviation of the language
(``abbreviations`` in the clause lexicon: "Gen.", "Mr.") does not end a sentence.

Web pages run their furniture into the prose with no stop between: an outlet's tag line before
the body ("Tags Syria Idlib war At least 43 people …") and its list of other stories after it or
inside it ("… said the UN. Source AA Related News Death toll rises to 70 as regime rains down
bombs …"). Each becomes a sentence of its own; the list of headlines is suppressed here, so that
other stories are not read as this article's events. So is a photo's caption, up to its credit
("… on July 1 2016. (AFP Photo) At least 16 civilians …"): it describes a picture, not the news,
and a sharing widget with its counters ("… Get short URL 0 612 A woman and child were killed"),
with the credit and time stamp before it on its line: its numbers count readers, not the dead.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable

from events import lexicon
from events.extract.doc import Doc, Sentence

# A sentence ends at . ! ? ؟ ؛ or a line break; a full stop between digits (3.5) does not end
# one, a full stop after a number does ("… on June 23. More than …"). That is
# ``(?:[.!?؟؛]+(?!\d)|(?<!\d)[.!?؟؛]+)[\"']*|\n+``, written to start with the one character
# class every end starts with, so that the regex engine skips to those characters instead of
# trying three alternatives at every character (eight times faster; same matches:
# tests/test_sentences_regex.py).
_END = re.compile(r"[.!?؟؛\n](?:(?<=\n)\n*|(?<=[.!?؟؛])(?:[.!?؟؛]*(?!\d)[\"']*"
                  r"|(?<!\d[.!?؟؛])[.!?؟؛]*[\"']*))")
_WORD_BEFORE = re.compile(r"(?:^|[^\w])([^\W\d_]+)$")


@functools.cache
def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(lexicon.load("clauses", language).get("abbreviations") or ())


def _shortened(doc: Doc, dot: int) -> bool:
    """The full stop at ``dot`` ends an initial or an abbreviation, not a sentence."""
    m = _WORD_BEFORE.search(doc.norm, max(0, dot - 12), dot)
    if m is None:
        return False
    word = m.group(1)
    return (len(word) == 1 and word.isupper()) or word.lower() in _abbreviations(doc.language)


@functools.cache
def _tag_line(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """An outlet's tag line (triggers.yaml ``tag_openers``) and where the article's body starts
    inside it when no stop ends it (clauses.yaml ``body_openers``, capitalised as written)."""
    tags = lexicon.load("triggers", language).get("tag_openers") or ()
    body = lexicon.load("clauses", language).get("body_openers") or ()
    if not tags or not body:
        return None
    alt = "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(body, key=len, reverse=True))
    return (re.compile(r"\s*(?:" + "|".join(re.escape(t) for t in tags) + r")\b", re.IGNORECASE),
            re.compile(rf"(?<=\w) (?=(?:{alt}) )"))


def _body_start(doc: Doc, start: int, end: int) -> int | None:
    """"Tags Syria Idlib war At least 43 people were killed …": where the body begins inside a
    tag line that no stop ends — its own sentence, not suppressed with the tags."""
    line = _tag_line(doc.language)
    if line is None or not line[0].match(doc.norm, start, end):
        return None
    m = line[1].search(doc.norm, start, end)
    return m.end() if m else None


@functools.cache
def _headline_list(language: str) -> re.Pattern[str] | None:
    """Where an outlet's list of other stories begins inside a sentence (clauses.yaml
    ``headline_lists``, each word capitalised, after a word and before a capitalised one:
    "… and agencies Related News Turkish warplanes hit …", "Views 729 Related IS group claims
    …"); a sentence's first word is prose ("Related fighting …")."""
    heads = lexicon.load("clauses", language).get("headline_lists") or ()
    if not heads:
        return None
    titled = (" ".join(x[:1].upper() + x[1:] for x in w.split()) for w in heads)
    alt = "|".join(re.escape(w) for w in sorted(titled, key=len, reverse=True))
    return re.compile(rf"(?<=\S) (?:{alt})(?= [\"“]?[A-Z])")


# The body resumes inside a list of headlines at a dash glued to a capitalised word, the
# dateline dash of a page that lists other stories between its title and its body ("… Kurdish
# city state TV -A double bomb attack killed 31 people …").
_BODY_DASH = re.compile(r" -(?=[A-Z])")


def split_sentences(doc: Doc) -> None:
    starts = doc.token_starts
    pos = 0
    for m in _END.finditer(doc.norm):
        if m.group() == "." and _shortened(doc, m.start()):
            continue
        _add_captioned(doc, starts, pos, m.end())
        pos = m.end()
    _add_captioned(doc, starts, pos, len(doc.norm))


@functools.cache
def _caption_credit(language: str) -> re.Pattern[str] | None:
    """A photo's credit (clauses.yaml ``photo_credits``): "(Reuters Photo)", "(TRT World and
    Agencies)" in parentheses, "REUTERS/Bassam Khabieh" after a slash."""
    credits = lexicon.load("clauses", language).get("photo_credits") or {}
    enclosed, slashed = credits.get("enclosed") or (), credits.get("slashed") or ()
    alts = [rf"\((?i:{'|'.join(re.escape(c) for c in enclosed)})\)"] if enclosed else []
    if slashed:  # (the lexicon's words come lower-cased: any case, a capital after the slash)
        alts.append(rf"\b(?i:{'|'.join(re.escape(c) for c in slashed)})/(?=[A-Z])")
    return re.compile("|".join(alts)) if alts else None


def _add_captioned(doc: Doc, starts: list[int], start: int, end: int) -> None:
    """The stretch ``[start, end)`` as sentences, a photo's caption run into it apart: the text
    before a credit is a caption and tells no event, and after an enclosed credit a sentence
    of its own begins. A credit that opens the stretch follows a caption its stop ended
    ("… in Homs. (TRT World and Agencies) A string of …"): that sentence stays, some outlets'
    captions tell the news ("Over the weekend Turkish-backed fighters expelled IS from …")."""
    credit = _caption_credit(doc.language)
    pos = start
    while credit is not None and (m := credit.search(doc.norm, pos, end)) is not None:
        if doc.norm[start:m.start()].strip() and _add(doc, starts, start, m.start()):
            doc.suppressed.add(len(doc.sentences) - 1)
        start = m.end() if m.group().startswith("(") else m.start()
        pos = m.end()
    _add_tagged(doc, starts, start, end)


@functools.cache
def _furniture(language: str) -> re.Pattern[str] | None:
    """A page's sharing widget run into the prose (clauses.yaml ``page_furniture``): its
    opener, then a topic's title and its count in parentheses, then counters ("… 28.04.2017
    Get short URL Topic Battle for Raqqa (180) 0 54 The Kurdish-led SDF killed 23 …")."""
    raw = lexicon.load("clauses", language).get("page_furniture") or {}
    openers, topics = raw.get("openers") or (), raw.get("topics") or ()
    if not openers:
        return None
    opener = "|".join(re.escape(w) for w in openers)
    titled = "|".join(re.escape(w[:1].upper() + w[1:]) for w in topics)  # capitalised
    topic = rf"(?:\s+(?:{titled})\b[^()\n]{{0,200}}\(\d+\))?" if topics else ""
    return re.compile(rf"(?i:{opener}){topic}(?:\s+\d+)*")


def _add_tagged(doc: Doc, starts: list[int], start: int, end: int) -> None:
    furniture = _furniture(doc.language)
    m = furniture.search(doc.norm, start, end) if furniture is not None else None
    if m is not None:
        # the widget, and the credit and time stamp before it: no event, no count, no speaker
        if _add(doc, starts, start, m.end()):
            doc.suppressed.add(len(doc.sentences) - 1)
        start = m.end()
    body = _body_start(doc, start, end)
    if body is not None:
        _add_listed(doc, starts, start, body)
        start = body
    _add_listed(doc, starts, start, end)


def _add_listed(doc: Doc, starts: list[int], start: int, end: int) -> None:
    """The stretch ``[start, end)`` as sentences, a list of other stories inside it apart (up
    to a body dash, else to the end)."""
    heads = _headline_list(doc.language)
    m = heads.search(doc.norm, start, end) if heads is not None else None
    if m is None:
        _add_unstopped(doc, starts, start, end)
        return
    _add_unstopped(doc, starts, start, m.start())
    dash = _BODY_DASH.search(doc.norm, m.end(), end)
    if _add(doc, starts, m.start(), dash.start() if dash else end):
        doc.suppressed.add(len(doc.sentences) - 1)  # no event is read from headlines
    if dash:
        _add_listed(doc, starts, dash.end(), end)


@functools.cache
def _lost_stop(language: str) -> re.Pattern[str] | None:
    """Where a stop was lost before a sentence's opener (clauses.yaml ``lost_stops``): the
    opener capitalised as written after a word that begins in lower case — an article or a
    pronoun only before a word in lower case ("told The Guardian" names a paper) — unless that
    word is a verb of saying (attribution.yaml ``verbs``, ``continuation``) or one of
    ``not_after``: a quotation whose marks were lost ("said The gas was chlorine") keeps its
    speaker. Group 1 is the word before."""
    raw = lexicon.load("clauses", language).get("lost_stops") or {}
    articles, openers = raw.get("articles") or (), raw.get("openers") or ()
    if not articles and not openers:
        return None
    frames = lexicon.load("attribution", language)
    said = {*(frames.get("verbs") or ()), *(frames.get("continuation") or ()), *(raw.get("not_after") or ())}
    def titled(words: Iterable[str]) -> str:  # (the lexicon's words come lower-cased)
        return "|".join(re.escape(w[:1].upper() + w[1:]) for w in words)
    alts = [rf"(?:{titled(articles)}) (?=[a-z])"] if articles else []
    if openers:
        alts.append(rf"(?:{titled(openers)}) ")
    not_said = "|".join(re.escape(w) for w in sorted(said, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?!(?:{not_said}) )([a-z][\w'-]*) (?=(?:{'|'.join(alts)}))")


# At most this many words before the first lost stop of a stretch make a subheading
HEADING_WORDS = 7


def _add_unstopped(doc: Doc, starts: list[int], start: int, end: int) -> None:
    """The stretch ``[start, end)`` as sentences, one more at each stop lost before an opener
    ("… killing three people and injuring 3 others In the same context two more …": a
    subheading, or two sentences run together; `_lost_stop`). A few words that open the
    stretch, a stop before them, are a subheading ("Bus bombing in Homs province Also on
    Saturday …": ``doc.headings``)."""
    lost = _lost_stop(doc.language)
    if lost is not None:
        head = True
        for m in lost.finditer(doc.norm, start, end):
            if _add(doc, starts, start, m.end()) and head \
                    and len(doc.norm[start:m.end()].split()) <= HEADING_WORDS:
                doc.headings.add(len(doc.sentences) - 1)
            start, head = m.end(), False
    _add(doc, starts, start, end)


def _add(doc: Doc, starts: list[int], start: int, end: int) -> bool:
    """Add ``[start, end)`` as a sentence if it holds a token; whether it did."""
    while start < end and doc.norm[start].isspace():
        start += 1
    if start >= end:
        return False
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    if first < last:
        doc.sentences.append(Sentence(start, end, (first, last)))
        return True
    return False

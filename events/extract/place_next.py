"""Where: the place of a strike told in the sentence after it. Wire stories name what was hit
in one sentence and where it lies in the next: "An air strike on a hospital in northwestern
Syria killed 10 people. The hospital in the town of X lies 15 km from Idlib city." A violent
candidate placed only in a country takes the most precise place of the next
sentence of its paragraph when that sentence opens by referring back to it: an article
(roles.yaml ``back_reference.articles``, "the") and, within ``reach`` words, a word of the
candidate's sentence written in lower case ("a hospital … The hospital") or an event word
("The attack took place in X"). The place must lie in the candidate's country."""
from __future__ import annotations

from events.extract.candidates import VIOLENT
from events.extract.doc import Candidate, Doc, PlaceMention
from events.extract.place_roles import precision
from events.extract.role_lexicon import role_lexicon

MIN_LETTERS = 4  # shorter words ("two", "men") say too little to refer back


def place_from_next(doc: Doc, c: Candidate) -> None:
    """Give a strike placed only in a country the place the next sentence tells
    (the most precise, `place_roles.precision`): one place, no list to split."""
    if (c.event_type not in VIOLENT or c.route or c.remembered or c.location is None
            or c.location.place is None or c.location.place.kind != "country"):
        return
    found = next_sentence_places(doc, c)
    if found:
        c.location = min(found, key=lambda p: precision(doc, p))
        c.locations = [c.location]


def next_sentence_places(doc: Doc, c: Candidate) -> list[PlaceMention]:
    """The places of the next sentence that say where ``c`` happened (see the module)."""
    lex = role_lexicon(doc.language)
    nxt = c.sentence + 1
    if (not lex.back_articles or nxt >= len(doc.sentences)
            or not doc.same_paragraph(c.sentence, nxt)):
        return []
    first, last = doc.sentences[nxt].tokens
    toks = doc.tokens
    if first >= last or toks[first].key not in lex.back_articles:
        return []
    a, b = doc.sentences[c.sentence].tokens
    said = {toks[k].key for k in range(a, b) if _lower_word(doc, k)}
    heads = range(first + 1, min(last, first + 1 + lex.back_reach))
    if not any(toks[k].key in said and _lower_word(doc, k) for k in heads) and not any(
            t.sentence == nxt and t.first in heads and t.event_type != "statement"
            for t in doc.triggers):
        return []
    country = c.location.place.country if c.location and c.location.place else None
    return [p for p in doc.places if p.sentence == nxt and not p.not_location
            and p.place is not None and p.place.kind != "country"
            and p.place.country == country]


def _lower_word(doc: Doc, k: int) -> bool:
    t = doc.tokens[k]
    return (t.end - t.start >= MIN_LETTERS and t.key.isalpha()
            and doc.norm[t.start:t.start + 1].islower())

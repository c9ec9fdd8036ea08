"""Where, when a candidate's own clause names no place: the other places of its sentence — the
clause beside it that goes on with its subject (`sentence_place`), the clause after a toll that
tells how the deaths came about (`untold_next`), the place the sentence opens with before a
frame of saying (`framed_place`), where the source is (`source_place`). `place_roles` asks
them in that order."""
from __future__ import annotations

from events.extract.clauses import clause_lexicon
from events.extract.doc import Candidate, Clause, Doc, PlaceMention
from events.extract.directions import after_direction
from events.extract.role_lexicon import RoleLexicon, role_lexicon


def locates(p: PlaceMention, c: Candidate) -> bool:
    """Can ``p`` be where ``c`` happened? Not a dateline, an actor or a launch site; where
    someone spoke only for what was said there (a press conference in Moscow)."""
    return not p.not_location or p.not_location == "venue" and c.event_type == "statement"


def sentence_place(doc: Doc, c: Candidate) -> list[PlaceMention]:
    """A clause with no place of its own acts where the clause next to it in its sentence
    does, when the later of the two goes on with the same subject ("launched the offensive
    in May and encircled the town"): the nearest place after it, else the nearest before; a
    reference point only when no other is named ("وفي مدينة تعز، الواقعة جنوب العاصمة صنعاء،
    قصف الحوثيون…": Taiz)."""
    near = [doc.clauses[k] for k in (c.clause - 1, c.clause + 1)
            if 0 <= k < len(doc.clauses) and doc.clauses[k].sentence == c.sentence
            and _verb_opens(doc, doc.clauses[max(k, c.clause)])]
    here = [p for p in doc.places if p.sentence == c.sentence and locates(p, c)
            and doc.norm[p.end:p.end + 1] != "-"  # "a Britain-based group": no place
            and any(cl.first <= p.first < cl.last for cl in near)]
    here = [p for p in here if not _by_direction(doc, p)] or here
    after = [p for p in here if p.first >= c.last_token]
    before = [p for p in here if p.last <= c.first_token]
    return after[:1] or before[-1:]


def untold_next(doc: Doc, c: Candidate) -> list[PlaceMention]:
    """A result clause with no place, before a clause of its sentence that tells no event of
    its own ("Five people were killed when a warplane crashed into a market in the town of
    Saraqib", "قتل خمسة عندما سقطت طائرة على سوق في بلدة سراقب"): it is placed where that clause
    says the deaths came about — there is no event there for the place to belong to. Only a
    toll told first in its sentence: one after its cause ("هجوم استهدف نقطة …، ما أسفر عن مقتل
    33") is placed by the event it joins."""
    k = c.clause + 1
    if k >= len(doc.clauses) or doc.clauses[k].sentence != c.sentence or any(
            t.sentence == c.sentence and t.first < c.first_token for t in doc.triggers):
        return []
    cl = doc.clauses[k]
    if any(cl.first <= t.first < cl.last for t in doc.triggers):
        return []
    return [p for p in doc.places if cl.first <= p.first < cl.last and locates(p, c)][:1]


def _verb_opens(doc: Doc, cl: Clause) -> bool:
    """The clause goes on with the previous one's subject: its own verb opens it ("and
    encircled the town")."""
    return bool(cl.opener) and any(t.verb and cl.first <= t.first <= cl.first + 1
                                   for t in doc.triggers if t.sentence == cl.sentence)


OPENING_PLACE_REACH = 2  # words before a place that opens its sentence ("وفي محافظة إب")


def framed_place(doc: Doc, c: Candidate) -> list[PlaceMention]:
    """A place that opens the sentence before a frame of saying ("وفي محافظة إب، قالت مصادر
    ميدانية إن المقاومة سيطرت على مديرية القفر"): the news
    the frame reports is from there — no event is told before the frame for it to belong to."""
    first = doc.sentences[c.sentence].tokens[0]
    frame = next((f for f in reversed(doc.attributions)
                  if f.sentence == c.sentence and f.last <= c.first_token), None)
    if frame is None or any(t.sentence == c.sentence and t.first < frame.first for t in doc.triggers):
        return []
    lex = clause_lexicon(doc.language)
    openers = lex.place_openers  # where ("وفي تعز"), not who ("أنقرة")
    condemners = role_lexicon(doc.language).condemners
    if any(not condemners.isdisjoint(doc.tokens[k].stems) for k in range(frame.first, c.first_token)):
        return []  # "وفي رام الله قال … إنهم يدينون هذه العملية": where the outcry was voiced
    return [p for p in doc.places if p.sentence == c.sentence and 0 < p.first - first <= OPENING_PLACE_REACH
            and (any(doc.tokens[k].key in openers for k in range(first, p.first))
                 or doc.tokens[first].key in lex.kind_place_openers and _kind_named(doc, p, lex.place_kinds))
            and p.last <= frame.first and locates(p, c)][:1]


def _kind_named(doc: Doc, p: PlaceMention, kinds: frozenset[str]) -> bool:
    """The place is named with its kind ("the city of Homs", "Homs city", "Hama province"):
    one of ``kinds`` is its cue, its last word or the word right after it."""
    return p.cue in kinds or any(k < len(doc.tokens) and doc.tokens[k].key in kinds
                                 for k in (p.last - 1, p.last))


def source_place(doc: Doc, c: Candidate) -> list[PlaceMention]:
    """Where the source of a sentence that names no other place is ("according to a source in
    the Aleppo Governorate the army killed 50"): mostly the province it tells of."""
    here = [p for p in doc.places if p.sentence == c.sentence]
    if any(locates(p, c) for p in here):
        return []
    return [p for p in here if p.not_location == "source"][:1]


def _by_direction(doc: Doc, p: PlaceMention) -> bool:
    """A place named after a direction, right before it or before "من" ("جنوب عدن", "القريبة من
    داريا"): where another place lies. Not one named by nearness ("قرب كوباني": there)."""
    return after_direction(doc, p.first) or off_direction(doc, p.first, role_lexicon(doc.language))


def off_direction(doc: Doc, first: int, lex: RoleLexicon) -> bool:
    """A direction, then "من", right before token ``first`` ("إلى الغرب من أجدابيا")."""
    return (first >= 2 and not lex.origin.isdisjoint(doc.tokens[first - 1].stems)
            and not lex.directions.isdisjoint(doc.tokens[first - 2].stems))

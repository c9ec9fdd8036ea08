"""Directions before a place name ("شمال حلب", "في جنوب الشيخ زويد", "south of Homs"): whether
the place is a reference point — where another place lies, not where the event was — or holds
the event, the direction saying where inside it. Read by the place steps (`place_context`,
`place_sentence`, `place_roles`) and by `role_fronted`, which must not take a place after a
direction for a side; the words are roles.yaml's ``direction_words``, ``direction_titles`` and
``direction_containers``."""
from __future__ import annotations

from events.extract.doc import Doc
from events.extract.role_lexicon import RoleLexicon, role_lexicon


def after_direction(doc: Doc, first: int) -> bool:
    """A direction word right before token ``first``, or before a title there ("شمال حلب",
    "المتاخمة لعدن", "جنوب غرب العاصمة الجزائر"): the place named there only says where
    another one lies (a reference point) — unless the direction is inside it
    (`inside_direction`)."""
    k = _direction_before(doc, first)
    return k is not None and not _inside(doc, k, role_lexicon(doc.language))


def inside_direction(doc: Doc, first: int) -> bool:
    """A direction right before token ``first`` after "في", no place before that ("قصف جوي في
    جنوب الشيخ زويد"): it says where inside the place the event was, the place holds it.
    After a place ("محافظة إب في جنوب صنعاء") it says where that place lies."""
    k = _direction_before(doc, first)
    return k is not None and _inside(doc, k, role_lexicon(doc.language))


def _direction_before(doc: Doc, first: int) -> int | None:
    """The direction word's token right before token ``first`` (a title between at most)."""
    lex = role_lexicon(doc.language)
    k = first - 1
    if k > 1 and doc.tokens[k - 1].key in lex.direction_titles and doc.tokens[k].key.startswith(
            "ال") and doc.tokens[k].key.endswith(lex.title_endings):
        k -= 1  # "جنوب العاصمة الأردنية عمان": the title's adjective
    if k > 0 and doc.tokens[k].key in lex.direction_titles:
        k -= 1  # "جنوب غرب العاصمة الجزائر"
    return k if k >= 0 and not lex.directions.isdisjoint(doc.tokens[k].stems) else None


def _inside(doc: Doc, k: int, lex: RoleLexicon) -> bool:
    """The direction at token ``k`` follows "في", and no place ends right before that."""
    return k > 0 and doc.tokens[k - 1].key in lex.direction_containers and not any(
        p.last == k - 1 for p in doc.places)

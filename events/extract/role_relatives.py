"""Cue tests of relative clauses for the roles step (`events.extract.roles`): an aside that
describes the subject between it and its deed ("الحوثيون الذين يواجهون …، بقصف"), and the
object of a deed's relative clause ("الحادث الذي استهدف رجال الأمن"). Split from
`events.extract.role_cues`."""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES
from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_words import trigger_lexicon


def relative_aside(doc: Doc, c: Candidate) -> tuple[int | None, range]:
    """The relative clause between a subject and its deed ("قام الحوثيون الذين يواجهون عملية …
    بدعم من طيران التحالف، بقصف حي … ما أدى إلى مقتل 12"): it describes the subject, so the
    sides and weapons named in it take no part in the deed or in what follows it, and the
    subject does the deed however far it stands. The clause runs from the relative pronoun
    after an armed actor to the first event word right after a comma (without the comma the
    event may lie inside the relative clause). Returns (the subject's index in ``doc.actors``
    when ``c`` is that deed, the clause's tokens) — (None, empty) for no such clause, or for
    a candidate before its end."""
    relatives = trigger_lexicon(doc.language).relatives
    first, last = doc.sentences[c.sentence].tokens
    starts = {t.first for t in doc.triggers if t.sentence == c.sentence}
    for k, m in enumerate(doc.actors):
        if not (first <= m.first and m.last < last and m.actor_type in ARMED_TYPES
                and doc.tokens[m.last].key in relatives):
            continue
        deed = next((j for j in range(m.last + 2, min(last, c.first_token + 1))
                     if j in starts and any(ch in doc.gap(j - 1, j) for ch in "،,")), None)
        if deed is None:
            return None, range(0)
        return (k if c.first_token == deed else None), range(m.last, deed)
    return None, range(0)


def relative_object(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"الحادث الإجرامي الذي استهدف رجال قوات الطوارئ", "الضربات التي استهدفت تنظيم الدولة": an
    event verb right after a relative pronoun whose antecedent is a deed (an event word, or one
    of roles.yaml ``deeds``, within `DEED_REACH` words before the pronoun) has the deed as its
    subject, so in a verb-first language the side named right after the verb (two words at
    most, no comma) is its object — hit. (After a place, "المناطق التي قصفت منها الميليشيات",
    "القرية التي قصفها الجيش", the side after the verb is its subject.)"""
    if lex.subject_first:
        return False
    relatives = trigger_lexicon(doc.language).relatives
    return any(t.verb and t.first > 0 and doc.tokens[t.first - 1].key in relatives
               and _after_deed(doc, t.first - 1, lex)
               and 0 <= m.first - t.last <= 2 and not any(ch in doc.gap(t.last - 1, m.first)
                                                          for ch in ".،,;؛:")
               for t in c.triggers)


DEED_REACH = 5  # words between a deed and the relative pronoun ("الهجوم الأكبر والأول من نوعه الذي")


def _after_deed(doc: Doc, relative: int, lex: RoleLexicon) -> bool:
    """An event word or a deed word ("الحادث", "الجريمة") stands within `DEED_REACH` words
    before the relative pronoun at ``relative``, with no punctuation between — but a comma may
    set the pronoun off ("الجريمة الإرهابية البشعة، التي استهدفت")."""
    nouns = {k for t in doc.triggers if not t.verb for k in range(t.first, t.last)}
    if relative < 1 or any(ch in doc.gap(relative - 1, relative) for ch in ".;؛:"):
        return False
    for k in range(relative - 1, max(-1, relative - DEED_REACH - 1), -1):
        if k < relative - 1 and any(ch in doc.gap(k, relative - 1) for ch in ".،,;؛:"):
            return False
        if k in nouns or not lex.deeds.isdisjoint(doc.tokens[k].stems):
            return True
    return False

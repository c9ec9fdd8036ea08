"""Cue tests of relative clauses for the roles step (`events.extract.roles`): an aside that
describes the subject between it and its deed ("الحوثيون الذين يواجهون …، بقصف"), and the
object of a deed's relative clause ("الحادث الذي استهدف رجال الأمن"), and the subject of a
dated relative clause of ground taken ("الحوثيين الذين سيطروا على صنعاء في سبتمبر"). Split from
`events.extract.role_cues`."""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES
from events.extract.clauses import antecedent
from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.morphology import affixes
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
                     if j in starts and doc.gap_has(j - 1, j, "،,")), None)
        if deed is None:
            return None, range(0)
        return (k if c.first_token == deed else None), range(m.last, deed)
    return None, range(0)


def relative_side_acts(doc: Doc, c: Candidate) -> None:
    """"الوحدات الكردية التي طردت تنظيم داعش من عين العرب في يناير": the side a dated relative
    clause follows (`clauses.antecedent`) is its verb's subject — actor1 wherever it stands; a
    side named after the verb is its object."""
    side = antecedent(doc, c.clause)
    if side is not None:
        c.actors = [(side, "actor1")] + [(m, "actor2" if r == "actor1" else r)
                                         for m, r in c.actors if m.name != side.name]


def relative_object(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"الحادث الإجرامي الذي استهدف رجال قوات الطوارئ", "الضربات التي استهدفت تنظيم الدولة": an
    event verb right after a relative pronoun whose antecedent is a deed (an event word, or one
    of roles.yaml ``deeds``, within `DEED_REACH` words before the pronoun) has the deed as its
    subject, so in a verb-first language the side named right after the verb (two words at
    most, no comma) is its object — hit. (After a place, "المناطق التي قصفت منها الميليشيات",
    "القرية التي قصفها الجيش", the side after the verb is its subject; so it is after a verb
    that carries its object as a pronoun: "العنصرين اللذين استهدفتهما قوات الأمن".) An
    indefinite deed takes its relative clause without a pronoun, and a deed may be the subject
    before its verb: "غارات استهدفت تنظيم داعش", "هجمات دامية استهدفت قوات الأمن" — the same,
    for a verb of roles.yaml ``deed_verbs`` written bare (not "وقصف": a noun joined by و)."""
    if lex.subject_first:
        return False
    relatives = trigger_lexicon(doc.language).relatives
    return any(t.verb and t.first > 0 and not _object_suffix(doc.tokens[t.first].key)
               and (doc.tokens[t.first - 1].key in relatives and _after_deed(doc, t.first - 1, lex)
                    or doc.tokens[t.first].key in lex.deed_verbs and _deed_before(doc, t.first, lex))
               and 0 <= m.first - t.last <= 2 and not any(ch in doc.gap(t.last - 1, m.first)
                                                          for ch in ".،,;؛:")
               for t in c.triggers)


def aimed_at(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"أعلن بدء حملة تستهدف حزب العمال", "هجوم يستهدف قوات الأمن": a verb of targeting (roles.yaml
    ``deed_verbs``) right after the candidate's own event noun — within `SUBJECT_REACH` words,
    no punctuation — has the noun as its subject, so the side named right after the verb (two
    words at most) is what it aims at: hit."""
    if lex.subject_first:
        return False
    for t in c.triggers:
        if t.verb:
            continue
        for v in range(t.last, min(len(doc.tokens), t.last + SUBJECT_REACH)):
            if doc.gap_has(v - 1, v, ".،,;؛:"):
                break
            if doc.tokens[v].key in lex.deed_verbs:
                return 0 < m.first - v <= 2 and not doc.gap_has(v, m.first, ".،,;؛:")
    return False


def _object_suffix(key: str) -> bool:
    """The verb carries its object as a pronoun ("استهدفتهما", "قصفها")."""
    return key.endswith(affixes().object_suffixes)


SUBJECT_REACH = 3  # words from a deed to its verb ("غارات جوية للتحالف استهدفت")


def _deed_before(doc: Doc, verb: int, lex: RoleLexicon) -> bool:
    """An event noun that names the event (no mere result: "مقتل"), or a deed word ("عمليات"),
    ends within `SUBJECT_REACH`
    words before the verb at ``verb``, with no punctuation and no other verb between: the
    deed is the verb's subject ("غارات التحالف استهدفت", "تفجير انتحاري استهدف")."""
    ends = [t.last for t in doc.triggers if not t.verb and t.strength > 0.5
            and verb - SUBJECT_REACH <= t.last <= verb] + [
        k + 1 for k in range(max(0, verb - SUBJECT_REACH), verb)
        if not lex.deeds.isdisjoint(doc.tokens[k].stems)]
    return any(not doc.gap_has(e - 1, verb, ".،,;؛:") and not any(
        x.verb and e <= x.first < verb for x in doc.triggers) for e in ends)


DEED_REACH = 5  # words between a deed and the relative pronoun ("الهجوم الأكبر والأول من نوعه الذي")


def _after_deed(doc: Doc, relative: int, lex: RoleLexicon) -> bool:
    """An event word or a deed word ("الحادث", "الجريمة") stands within `DEED_REACH` words
    before the relative pronoun at ``relative``, with no punctuation between — but a comma may
    set the pronoun off ("الجريمة الإرهابية البشعة، التي استهدفت")."""
    nouns = {k for t in doc.triggers if not t.verb for k in range(t.first, t.last)}
    if relative < 1 or doc.gap_has(relative - 1, relative, ".;؛:"):
        return False
    for k in range(relative - 1, max(-1, relative - DEED_REACH - 1), -1):
        if k < relative - 1 and doc.gap_has(k, relative - 1, ".،,;؛:"):
            return False
        if k in nouns or not lex.deeds.isdisjoint(doc.tokens[k].stems):
            return True
    return False

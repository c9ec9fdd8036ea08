"""Lists of aims (issue 8): an event noun joined by و to an aim before it is aimed too.

"لتحرير وتطهير المناطق", "لملاحقة الحوثيين وتطهيرها", "لاستعادة الدولة والانتصار بشرعيتها،
وبسط سلطتها": the ل of purpose of the first aim governs the list (`triggers.find_triggers`
asks `joined_to_aim` of each event noun, and of a bare past spelled as its verbal noun)."""
from __future__ import annotations

from events.extract.doc import Doc
from events.extract.trigger_records import TriggerLexicon

_QUOTES = set(' "«»“”\'')
_LAST_OF_LIST = _QUOTES | {"،", ","}  # "…، وبسط سلطتها": the list's last item after a comma


def joined_to_aim(doc: Doc, first: int, last: int, clitic: str, lex: TriggerLexicon) -> bool:
    """An event noun joined by و to an aim a few words before it is aimed too: "لتحرير
    وتطهير المناطق" (the ل of the first governs the second), "لملاحقة الحوثيين وتطهيرها",
    "لاقتحام المدينة و«تحريرها»" (the aim's object between; quotes stop nothing, and a
    quote mark may part the و from its word). A list of aims joined by و goes back to its
    first ("لإثارة الفتنة الطائفية وإشاعة الفوضى وتفجير 7 مساجد"), a comma perhaps before its
    last ("لاستعادة الدولة والانتصار بشرعيتها، وبسط سلطتها") when a word alone with no
    subject after it (not "لتحرير المدينة، وقصف الطيران مواقع": a clause of its own)."""
    if clitic not in lex.purpose_joiners:
        if clitic or first == 0 or doc.tokens[first - 1].key not in lex.purpose_joiners \
                or not set(doc.gap(first - 1, first)) <= _QUOTES:
            return False
        first -= 1
    aims = {t.last - 1 for t in doc.triggers if t.purpose}
    k, budget = first - 1, AIM_OBJECT
    while k >= 0 and budget > 0 and first - k <= AIM_LIST_REACH:
        gap = set(doc.gap(k, k + 1))
        if not gap <= _QUOTES and not (k == first - 1 and gap <= _LAST_OF_LIST and last == first + 1
                                       and not _subject_after(doc, last, lex)):
            return False
        tok = doc.tokens[k]
        if k in aims or tok.key[:1] == "ل" and not lex.purpose_heads.isdisjoint(tok.stems):
            return True
        budget = AIM_OBJECT if tok.key[:1] in lex.purpose_joiners else budget - 1
        k -= 1
    return False


def noun_spelled(doc: Doc, first: int, last: int, clitic: str, lex: TriggerLexicon) -> bool:
    """The word, its clitic aside, is a bare root of three letters ("بسط", "قصف", "خطف"): the
    past verb and its verbal noun are spelled alike — read as the noun unless a subject
    follows it, a side or an aircraft ("وقصف الطيران مواقع": the verb)."""
    return doc.language == "ar" and len(doc.tokens[first].key) - len(clitic) == 3 \
        and not _subject_after(doc, last, lex)


def _subject_after(doc: Doc, k: int, lex: TriggerLexicon) -> bool:
    """A side or an aircraft at token ``k``, right after an event word: its subject."""
    if k >= len(doc.tokens):
        return False
    stems = doc.tokens[k].stems
    return (not lex.air.isdisjoint(stems) or not lex.ground.isdisjoint(stems)
            or any(a.first == k for a in doc.actors))


AIM_LIST_REACH = 12  # words from an aim to the last of a list of aims joined by و
AIM_OBJECT = 5  # words of an aim's object ("لمناقشة سبل حل الأزمة السورية")

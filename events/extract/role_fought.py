"""A side named as what a verbal noun of fighting is waged on ("ستبدأ بمحاربة تنظيم داعش",
"يساعدون العراقيين على قتال «داعش»", "حق تركيا في ضرب حزب العمال"): in the construct, the noun's
genitive is its object — the side fought, the target of the event, never who acts. Arabic only
(roles.yaml ``fought_with.nouns``)."""
from __future__ import annotations

from events.extract.doc import ActorMention, Doc
from events.extract.role_lexicon import RoleLexicon

SUBJECT_LINK_REACH = 2  # words after the side where a "ضد"/"مع" makes it the fighter


def fought_noun(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """The word right before ``m`` (a member word of its perhaps between: "مواجهة مقاتلي
    طالبان") is a verbal noun of fighting in the construct — with its clitics ("بمحاربة",
    "لقتال", "ومكافحة"), but no article ("القتال" names no object) — and no punctuation
    between. Not when a link of the other side follows the side ("قتال الحوثيين ضد
    المقاومة", "مواجهة الجيش مع المسلحين") or a ل-object ("ضرب الجيش لمواقع المسلحين"): the
    genitive is the fighter then."""
    if not lex.fight_nouns:
        return False
    toks = doc.tokens
    k = m.first - 1
    if k > 0 and (toks[k].key in lex.object_constructs or not lex.members.isdisjoint(toks[k].stems)) \
            and not lex.fight_nouns.isdisjoint(toks[k - 1].stems):
        k -= 1  # ("مواجهة مقاتلي طالبان", "محاربة عناصر التنظيم")
    if k < 0 or doc.punctuated(k, m.first) or lex.fight_nouns.isdisjoint(toks[k].stems):
        return False
    if any(s.startswith("ال") and s[2:] in lex.fight_nouns for s in toks[k].stems):
        return False  # ("والقتال", "المواجهة": no construct)
    if m.last < len(toks) and _lam_glued(toks[m.last].key, toks[m.last].stems) \
            and not doc.punctuated(m.last - 1, m.last):
        return False  # ("ضرب الجيش لمواقع المسلحين": the ل marks the object, X struck)
    end = min(len(toks), m.last + SUBJECT_LINK_REACH)
    return not any(toks[j].key in lex.fight_subject_links and not doc.punctuated(m.last - 1, j)
                   for j in range(m.last, end))


def _lam_glued(key: str, stems: tuple[str, ...]) -> bool:
    """A word with the preposition ل glued ("لمواقع", "لداعش"), not the article's nor a word
    of its own that begins with it ("لو", "لكن")."""
    return key.startswith("ل") and not key.startswith("ال") and key[1:] in stems

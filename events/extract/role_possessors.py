"""The side whose men a possessive pronoun names, for the roles step (`events.extract.roles`):
"قال الجيش التركي إن مسلحين قتلوا اثنين من جنوده", "اعترف الحزب بمقتل ثلاثة من عناصره" — men
counted after a result word and named by a word of fighters with a pronoun ("من جنوده", "من
عناصرها") are the men of the side the pronoun points back at, the nearest side named before the
result word whose gender and number agree with it: that side was hit, whoever speaks."""
from __future__ import annotations

from collections.abc import Sequence

from events.extract.doc import ActorMention, Candidate, Doc, Trigger
from events.extract.numbers import is_count
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_words import trigger_lexicon

POSSESSED_AFTER = 4  # words from a result word to the "من" of its men ("قتلوا نحو عشرين من جنوده")
# the possessive pronoun and what it agrees with: a masculine singular ("الجيش", "حزب الله"), a
# feminine singular or a plural of things ("الشرطة", "القوات", "الميليشيات"), men ("الحوثيين")
PRONOUNS = (("هما", "men"), ("هم", "men"), ("ها", "feminine"), ("ه", "masculine"))


def possessor_hit(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """X is the side whose men, counted after one of ``c``'s result words, are named by a word
    of fighters with a pronoun that points back at X."""
    if lex.possessive_pronouns:
        return _owner_of_men(doc, c, m, lex)
    first = doc.sentences[c.sentence].tokens[0]
    for t in c.triggers:
        if t.strength > 0.5:
            continue
        agrees, start = _possessed_after(doc, t.last, lex), t.first
        if agrees is None and t.verb:  # "أن 5 من أنصارها قتلوا": the men before the verb
            agrees, start = _possessed_before(doc, t.first, lex)
        if agrees is None:
            continue
        before = [x for x in doc.actors if first <= x.first and x.last <= start
                  and _agreement(doc, x) == agrees]
        if before and before[-1].first == m.first:
            return True
    return False


def _owner_of_men(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """English writes the pronoun apart: "The Turkish army said two of its soldiers were
    killed", "IS stormed a Kurdish post, killing three of their fighters" — men named by one of
    ``possessive_pronouns`` and a word of ``possessed_men`` right after a result word (a count
    and "of" between) or right before its verb (a passive auxiliary between) are the men of the
    nearest side named before them in the sentence that is not the verb's own subject."""
    toks, first = doc.tokens, doc.sentences[c.sentence].tokens[0]
    for t in c.triggers:
        if t.strength > 0.5:
            continue
        j = t.last
        while j < len(toks) and j - t.last < POSSESSED_AFTER and (
                is_count(toks[j].key, doc.language) or toks[j].key in lex.count_qualifiers
                or toks[j].key in lex.member_links):
            j += 1
        start = t.first
        if not (j + 1 < len(toks) and toks[j].key in lex.possessive_pronouns
                and toks[j + 1].key in lex.possessed_men):
            # (a passive auxiliary right before the verb, a perfect's before it: "their
            # fighters killed 12 soldiers", "its militants had destroyed" tell who did it)
            passive, k = trigger_lexicon(doc.language).passive, t.first - 1
            if k <= first or toks[k].key not in passive:
                continue
            while k > first and toks[k].key in lex.perfect | passive:
                k -= 1
            if not (first < k < t.first - 1 and toks[k].key in lex.possessed_men
                    and toks[k - 1].key in lex.possessive_pronouns):
                continue
                continue
            start = k - 1
        before = [x for x in doc.actors if first <= x.first and x.last <= start
                  and not (t.verb and x.last == t.first)]
        if before and before[-1].first == m.first:
            return True
    return False


def _possessed_after(doc: Doc, end: int, lex: RoleLexicon) -> str | None:
    """The agreement of the pronoun on men counted right after the result word ending at
    ``end`` ("اثنين من جنوده", "أحد أفرادها": masculine, feminine), else None."""
    j = end
    while j < min(len(doc.tokens), end + POSSESSED_AFTER) and (
            is_count(doc.tokens[j].key, doc.language) or doc.tokens[j].key in lex.agent_counts
            or doc.tokens[j].key in lex.one_of):
        j += 1
    j += j < len(doc.tokens) and doc.tokens[j].key in lex.partitive_links
    return _pronoun_of_men(doc.tokens[j].key, lex) if end < j < len(doc.tokens) else None


def _possessed_before(doc: Doc, verb: int, lex: RoleLexicon) -> tuple[str | None, int]:
    """The agreement of the pronoun on men counted right before the result verb at ``verb``
    ("إن خمسة من أنصارها قتلوا"), and where their count begins; (None, verb) without."""
    k = verb - 1
    agrees = _pronoun_of_men(doc.tokens[k].key, lex) if k > 1 else None
    if agrees is None or doc.tokens[k - 1].key not in lex.partitive_links:
        return None, verb
    start = k - 1
    while start > 0 and verb - start <= POSSESSED_AFTER and (
            is_count(doc.tokens[start - 1].key, doc.language)
            or doc.tokens[start - 1].key in lex.agent_counts):
        start -= 1
    return (agrees, start) if start < k - 1 else (None, verb)


def _pronoun_of_men(key: str, lex: RoleLexicon) -> str | None:
    """"جنوده" → masculine, "عناصرها" → feminine, "مقاتليهم" → men: a word of fighters with a
    possessive pronoun, and what the pronoun agrees with."""
    for pronoun, agrees in PRONOUNS:
        if key.endswith(pronoun) and key[:-len(pronoun)] in lex.possessed_men:
            return agrees
    return None


def _agreement(doc: Doc, m: ActorMention) -> str:
    """What a pronoun pointing back at X agrees with, read from X's first word without its
    clitics: a plural of men ("الحوثيين", "مسلحون"), a feminine or a plural of things
    ("الشرطة", "قوات", "ميليشيات"; ة is normalised to ه), else masculine ("الجيش", "حزب")."""
    word = doc.tokens[m.first].stems[-1]
    if word.endswith(("ين", "ون")):
        return "men"
    return "feminine" if word.endswith(("ات", "ه")) else "masculine"


MEMBER_NAMED_REACH = 3  # words between a result word and the side whose man it names


def member_named(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon,
                 triggers: Sequence[Trigger] = ()) -> bool:
    """"A drone strike killed a senior Nusra Front commander": X named right after one of
    ``c``'s result words — only words of ``member_named_before`` between — and right before a
    word of its men (``passive_members``, its possessive's ending between) is the side whose man
    died: hit, never the killer. ``triggers``: the event's result words when not all are its
    own (`roles._told_results`: "an explosion killed a senior IS commander")."""
    if not lex.member_named_before or m.last >= len(doc.tokens):
        return False
    after = m.last + (doc.tokens[m.last].key in lex.possessive_endings and m.last + 1 < len(doc.tokens))
    if doc.tokens[after].key not in lex.passive_members:
        return False
    return any(t.strength <= 0.5 and 0 <= m.first - t.last <= MEMBER_NAMED_REACH
               and all(doc.tokens[k].key in lex.member_named_before for k in range(t.last, m.first))
               for t in triggers or c.triggers)

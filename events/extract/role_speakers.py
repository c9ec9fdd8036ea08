"""Speakers in the roles step (`events.extract.roles`): a force that says what happened is the
claimant of what it reports, not its author. "قالت الشرطة إن شخصا قتل في إطلاق نار", "قال
الجيش إن قنبلة انفجرت": what was said, opened by a bare أن/إن, is told with subjects of its own
— the police that speaks fired no shot. Its own men or aircraft named there ("قال الجيش إن
قواته قتلت", "أعلن أن طائرة عمودية دمرت") still make it the author, and its soldiers killed
there ("أعلن الجيش أن جنديين قتلا") make it the side hit. A side that claims a deed ("تبنى
حزب العمال قتل شرطيين", "أعلن التنظيم مسؤوليته عن الهجوم") carried it out."""
from __future__ import annotations

from events.extract.actor_registry import registry
from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.morphology import affixes
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_words import trigger_lexicon

# not a clash (a force that tells of a fight fought it), not an air strike (its own aircraft)
REPORTED = frozenset({"violence", "attack", "bombardment", "shelling"})


def reports_only(doc: Doc, c: Candidate, k: int, lex: RoleLexicon) -> bool:
    """The state force ``k`` tells of ``c`` (`report_opener`) and names neither its own men,
    nor aircraft, nor its own side again before the event: it only reports it. (An armed group
    that tells of a blow claims it: "قال التنظيم إن التفجيرين استهدفا".)"""
    opener = report_opener(doc, c, k, lex)
    if opener is None:
        return False
    air = trigger_lexicon(doc.language).air | registry(doc.language).heads[1]  # "مروحية"
    return not any(_own_men(doc, j, lex) or not air.isdisjoint(doc.tokens[j].stems)
                   for j in range(opener + 1, c.last_token)) \
        and not _named_again(doc, k, opener, c.first_token)


def own_dead(doc: Doc, c: Candidate, k: int, lex: RoleLexicon) -> bool:
    """"أعلن قائد للجيش أن جنديين قتلا في هجوم": a force that only reports (`reports_only`)
    soldiers killed or hurt — a word of roles.yaml ``soldiers`` in its words, a result word
    among the event's — tells of its own dead: it was hit. So it does when its words open
    with the result noun itself ("أعلن الجيش مقتل ضابط وثلاثة جنود في انفجار عبوة", `told_result`)."""
    if not lex.soldiers or not any(t.strength <= 0.5 for t in c.triggers):
        return False
    opener = told_result(doc, c, k, lex) if report_opener(doc, c, k, lex) is None else None
    if opener is None and not reports_only(doc, c, k, lex):
        return False
    opener = opener or report_opener(doc, c, k, lex) or 0
    end = min(len(doc.tokens), c.last_token + SOLDIERS_AFTER)
    return any(not lex.soldiers.isdisjoint(doc.tokens[j].stems) for j in range(opener, end))


SOLDIERS_AFTER = 3  # words after the result word where its soldiers may stand ("قتل 3 جنود")


def report_opener(doc: Doc, c: Candidate, k: int, lex: RoleLexicon) -> int | None:
    """The token opening the words of the state force ``k``, the speaker of a frame of ``c``'s
    sentence, when they open with a bare opener (roles.yaml ``report_openers``: "إن", not the
    pronoun of "إنه") and ``c`` (of the `REPORTED` types) stands in them; else None."""
    if c.event_type not in REPORTED or doc.actors[k].actor_type != "state_force":
        return None
    for f in doc.attributions:
        if f.sentence != c.sentence or f.speaker != k:
            continue
        opener = next((j for j in range(f.last, c.first_token) if doc.tokens[j].start >= f.clause_end), None)
        if opener is not None and doc.tokens[opener].key in lex.report_openers \
                and doc.tokens[opener].start == f.clause_end:
            return opener
    return None


def told_result(doc: Doc, c: Candidate, k: int, lex: RoleLexicon) -> int | None:
    """The result noun of ``c`` ("مقتل", "إصابة") that opens the words of the state force
    ``k`` — after a date or a word of roles.yaml ``report_links`` perhaps ("أعلن الجيش، أمس،
    عن مقتل") — when no men or aircraft of its own and no second naming of its side stand in
    them before the event's end (`reports_only`'s test); else None."""
    if c.event_type not in REPORTED or doc.actors[k].actor_type != "state_force":
        return None
    nouns = {t.first for t in c.triggers if t.strength <= 0.5 and not t.verb}
    for f in doc.attributions:
        if f.sentence != c.sentence or f.speaker != k:
            continue
        j = next((j for j in range(f.last, c.first_token + 1) if doc.tokens[j].start >= f.clause_end), None)
        while j is not None and j < c.first_token and (doc.tokens[j].key in lex.report_links or any(
                d.start <= doc.tokens[j].start < d.end for d in doc.dates)):
            j += 1
        if j is None or j not in nouns:
            continue
        air = trigger_lexicon(doc.language).air | registry(doc.language).heads[1]
        if not any(_own_men(doc, i, lex) or not air.isdisjoint(doc.tokens[i].stems)
                   for i in range(j + 1, c.last_token)) and not _named_again(doc, k, j, c.first_token):
            return j
    return None


def _named_again(doc: Doc, k: int, first: int, last: int) -> bool:
    """The speaker's side is named again in its words before the event ("قالت القيادة
    العراقية إن قوات الأمن دخلت الجامعة واشتبكت"): its own forces acted."""
    speaker = doc.actors[k]
    return any(first < m.first < last and (m.side or m.name) == (speaker.side or speaker.name)
               for m in doc.actors)


def _own_men(doc: Doc, j: int, lex: RoleLexicon) -> bool:
    """Token ``j`` is a word of fighters, a force or their deeds with a possessive pronoun
    ("قواته", "مسلحيها", "جنودها", "عملياتها"): the speaker's own men, or what they did."""
    for stem in doc.tokens[j].stems:
        for suffix in affixes().object_suffixes:
            if stem.endswith(suffix) and stem[:-len(suffix)] in lex.members | lex.bodies | lex.own_men:
                return True
    return False


OURS_REACH = 4  # words after the event word where "our" men or positions stand ("قصفت الطائرات أمس مواقعنا")


def ours_hit(doc: Doc, c: Candidate, lex: RoleLexicon) -> bool:
    """"قال الناطق باسم الحزب إن «الطائرات التركية قصفت مواقعنا»", "قصفت تركيا مقاتلينا": a word
    of men or positions with "our" (roles.yaml ``ours``) right after the event word, in its
    clause, names the speaker's own side as the one hit — the quotation's "we" is the speaker."""
    if not lex.ours_words:
        return False
    end = min(doc.clauses[c.clause].last, c.last_token + OURS_REACH)
    return any(stem.endswith(suffix) and stem[:-len(suffix)] in lex.ours_words
               for j in range(c.last_token, end) for stem in doc.tokens[j].stems
               for suffix in lex.ours_suffixes)


CLAIM_REACH = 6  # words from a claim cue to the deed it claims ("أعلن … مسؤوليته أمس عن الهجوم")
CLAIM_SIDE = 2  # words between a claim cue and the side that claims ("تبنى مسلحو حزب العمال")


def claimer(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"تبنى مسلحو حزب العمال أمس قتل شرطيين", "حزب العمال يتبنى قتل ضابطين", "أعلن التنظيم
    مسؤوليته عن تفجير": the side right after a claim cue (triggers.yaml ``claimed_cues``; a
    member word may stand between) or right before one (the claim's subject, before a verb or
    before the noun of responsibility), with the deed named after the cue, claims the deed —
    its author, whatever the words around it say. Not a claim denied ("ولم تعلن طالبان
    مسؤوليتها عن هجوم": roles.yaml ``claim_negations`` before the side)."""
    claimed = trigger_lexicon(doc.language).claimed
    start = min(t.first for t in c.triggers)
    cues = [j for j in range(max(0, start - CLAIM_REACH), start) if not claimed.isdisjoint(doc.tokens[j].stems)]
    near = any(m.first - CLAIM_SIDE <= j < m.first or m.last <= j <= m.last + CLAIM_SIDE for j in cues)
    if not near or m.last > start or doc.gap_has(m.last - 1, start, ".;؛:"):
        return False
    return not any(doc.tokens[j].key in lex.claim_negations
                   for j in range(max(0, m.first - CLAIM_SIDE - 1), m.first))


def before_quote(doc: Doc, m: ActorMention, first: int, lex: RoleLexicon) -> bool:
    """"وقال أردوغان خلال زيارة إلى قبرص التي تحتلها تركيا: نحن في حداد بسبب عمل إرهابي": X
    stands before the colon that opens a quotation — a colon with a space (not a clock's
    "11:30"), the first after a speaker's words of its sentence (not a later one that opens a
    list: "قال المتحدث: إن التنظيم نفذ عمليات شملت الآتي: 1- حادث استهداف المصلين" — the
    group carried them out) — and the event word at ``first`` after it: X is named in the words
    that introduce the speaker, no side of what the speaker tells (the speaker itself may be:
    the caller keeps it). Not when the speaker's "أن" comes before the colon: X after it is
    the subject of the words quoted ("وذكر أن قوات النظام: «قصفت المدينة»"), X before it the
    speaker's own force ("وقال العميد، نائب قائد قوات مكافحة الإرهاب، إن: «قواتنا حررت…»");
    nor X within the speaker's words ("قالت مصادر في الشرطة: إن…": whose sources speak)."""
    def colon(j: int) -> bool:
        return ":" in (g := doc.gap(j, j + 1)) and g != ":"
    colons = [j for j in range(m.last - 1, first) if colon(j)]
    if not colons:
        return False
    sentence = doc.sentence_of_token(first)
    return any(f.sentence == sentence and f.last <= m.first and f.last <= colons[-1] + 1
               and not any(colon(j) for j in range(max(0, f.last - 1), colons[-1]))
               and not any(doc.tokens[j].key in lex.report_openers for j in range(f.last, colons[-1] + 1))
               for f in doc.attributions)


def told_subject(doc: Doc, c: Candidate, free: list[tuple[int, ActorMention]], speaker_ids: set[int],
                 lex: RoleLexicon) -> bool:
    """What a speaker says opens with another side, the subject of ``c`` (right after a bare
    opener, roles.yaml ``report_openers``, and before the event word), or names one right after
    its verb ("قال المتحدث باسم المقاومة إن الميليشيات الحوثية نفذت عملية إرهابية", "أعلنت
    المقاومة أن الحوثيين سيطروا على المديرية") — the speaker announces another's deed, not its
    own (``free``: the sides not hit, nor allies; not a side named further on, "إنها أوقفت 20
    شخصا يشتبه بانتمائهم إلى التنظيم")."""
    opens = [f.clause_end for f in doc.attributions if f.sentence == c.sentence]
    if not opens:
        return False
    verb_ends = {t.last for t in c.triggers if t.verb}
    return any(k not in speaker_ids and m.start >= min(opens) and (
        m.first > 0 and doc.tokens[m.first - 1].key in lex.report_openers and m.last <= c.first_token
        or m.first in verb_ends) for k, m in free)

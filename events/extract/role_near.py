"""The sides a candidate's clause names near its event word — those `events.extract.roles`
gives parts to — and the speakers among them.

Sides are read from the candidate's sentence within its clause window (`role_lexicon.window`;
narrower for an agreement, whose parties stand next to its word), with a side joined by و to
one inside, or an armed speaker or ally further off. Media and monitors only tell the event; a
statement's sides are its speaker or who declares it; a side named among a frame's speakers
speaks with them. Left out are the sides that take no part: the side a source is only near
("مصدر مقرب من X", `apart_sides`), rescuers carrying off the dead, those in a relative clause
describing the deed's subject (`role_relatives.relative_aside`; the subject itself does the
deed however far it stands), condemners, sides told before what happens to them,
worshippers beside a non-violent event, sides looking into it, a quotation's introduction
before its colon, and a side named as what a noun opposes ("anti-Assad rebels").
"""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES
from events.extract.candidates import VIOLENT
from events.extract.claimant_words import attribution_lexicon
from events.extract.claimants import source_start
from events.extract.doc import ActorMention, Attribution, Candidate, Doc
from events.extract.reduced_relatives import described
from events.extract.role_agents import agent_cue, inquired, inquirer
from events.extract.role_cues import ally_cue, blamed, condemner, outlet_owner
from events.extract.role_lexicon import RoleLexicon, window
from events.extract.role_opposed import opposed
from events.extract.role_speakers import before_quote
from events.extract.role_struck import rescuer, worshippers
from events.extract.role_victims import before_happening

SOURCE_REACH = 2  # words from a frame's end to the side its sources are in ("مصادر أمنية في X")
Near = list[tuple[int, ActorMention]]  # (index into doc.actors, mention), in text order


def sides_near(doc: Doc, c: Candidate, aside: tuple[int | None, range], owners: set[int],
               lex: RoleLexicon) -> tuple[Near, set[int]]:
    """The sides near candidate ``c`` (not the ``owners`` standing in for their men; the
    deed's subject of ``aside`` put first when it stands further off), and the indexes of the
    sentence's speakers (an outlet's owner too: "قالت قناة المسيرة التابعة للحوثيين إن")."""
    sent = doc.sentences[c.sentence]
    t0, t1 = c.first_token, c.last_token
    lo, hi = window(doc, c)
    if c.event_type == "agreement":  # the parties stand next to the agreement word
        lo, hi = max(lo, t0 - 8), min(hi, t1 + 8)
    speaker_ids = {f.speaker for f in doc.attributions
                   if f.sentence == c.sentence and f.speaker is not None}
    # a side named in a frame whose speaker is a kind of source ("قالت مصادر في الشرطة إن",
    # "مصادر أمنية في الشرطة الأفغانية"): the sources' side speaks through them, before what is said
    # (only near the event word: a speaker named as itself is a side from anywhere in it)
    # — but not a side a source is only near (`apart_sides`): it takes no part; and a side
    # named among speakers the frame could not name, before what they say begins ("وقال رئيس
    # بلدية المدينة ومصدران بالشرطة إن"), speaks with them
    apart = attribution_lexicon(doc.language).apart
    sourced = {k for f in doc.attributions if f.sentence == c.sentence and f.speaker is None
               and f.claimant not in apart for k, m in enumerate(doc.actors)
               if (_in_frame(f, m) if f.claimant is not None
                   else f.last <= m.first and m.start < f.clause_end)}
    speaker_ids |= sourced
    # a side named inside the kind of source right before the verb ("rebel sources said", "a
    # rebel commander told AFP"): the sources speak, their side takes no part
    voiced = apart_sides(doc, c.sentence) | hosted_sides(doc, c.sentence) | {
        k for f in doc.attributions if f.sentence == c.sentence and f.speaker is None
        and f.claimant is not None and (s := source_start(doc, f.first)) is not None
        for k, m in enumerate(doc.actors) if s <= m.first and m.last <= f.first}
    # a side that owns the outlet telling the event speaks through it ("قالت قناة المسيرة
    # التابعة للحوثيين إن"): a speaker, hit only by its own words
    speaker_ids |= {k for k, m in enumerate(doc.actors)
                    if sent.tokens[0] <= m.first < sent.tokens[1] and outlet_owner(doc, m, lex)}
    near: Near = []
    last_in = -10
    for k, m in enumerate(doc.actors):
        a = m.first
        if a < sent.tokens[0] or a >= sent.tokens[1] or k in owners or k in voiced:
            continue
        inside = lo <= a < hi or (a - last_in <= 1 and doc.tokens[a].key.startswith("و"))
        if c.event_type == "statement":  # its speaker, or who declares it ("the army declared")
            subject = m.last == t0 or m.first == t1
            if (k in speaker_ids and inside or subject) and m.actor_type not in ("media", "monitor"):
                near.append((k, m))
            continue
        if m.actor_type in ("media", "monitor"):
            continue
        armed = m.actor_type in ARMED_TYPES
        if not armed and (c.event_type != "agreement" or k in speaker_ids):
            continue
        if not inside and not (armed and (k in speaker_ids - sourced or ally_cue(doc, a, lex))):
            continue
        if k not in speaker_ids and m.last <= t0 and before_quote(doc, m, t0, lex):
            continue
        near.append((k, m))
        if inside:
            last_in = m.last
    # ("anti-Assad rebels", "the anti-IS alliance": the side opposed is no party of the event;
    # before an event word, "an anti-IS offensive", it is that event's target: `roles`; in
    # Arabic the target of a blow or a taking whatever the word order — "تمكنت القوات المناهضة
    # للحوثيين من انتزاع السيطرة على عدن": the Houthis lost it; not when the forces opposing
    # it are told dead, "قتل ثلاثة من المقاتلين المناهضين لداعش": no party then)
    struck = bool(lex.opposed_words) and (c.event_type in VIOLENT or c.event_type == "territory_change")
    near = [(k, m) for k, m in near if not opposed(doc, m, lex)
            or any(t.first == m.last for t in doc.triggers)
            or struck and not any(t.strength <= 0.5 and t.first < m.first for t in c.triggers)]
    # ("the regime blamed the attack on rebels": who blames takes no part)
    near = [(k, m) for k, m in near if not blamer(doc, m, lex)]
    # ("a raid killed soldiers fighting IS": the side a reduced relative after the event word
    # names is fought by the side it describes, no party of the raid — before it, "rebels
    # fighting the regime seized the village", the side fought lost the ground:
    # `role_subjects.reduced_relative_subject`)
    near = [(k, m) for k, m in near if not described(doc, m.first, c.triggers, c.first_token)]
    subject, skipped = aside  # `relative_aside`, worked out once for the candidate
    # (the owner of a house of prayer hit takes no part in a move told beside it: "توافد
    # المواطنون على المستشفيات لإنقاذ مصابي الحادث الذي وقع بمسجد قوات الطوارئ")
    near = [(k, m) for k, m in near if m.first not in skipped and not condemner(doc, m, lex)
            and not (before_happening(doc, c, m, lex)
                     and not (agent_cue(doc, m.first, lex) or blamed(doc, m.first, lex, c)))
            and not (c.event_type not in VIOLENT and worshippers(doc, m, lex))
            and not rescuer(doc, m, lex)]
    # (not the sides before an event word told as what they look into: "تعرفت الشرطة على هوية
    # مشتبه به مرتبط بالهجوم")
    looked_into = inquired(doc, c, lex)
    if looked_into is not None:
        near = [(k, m) for k, m in near if not (m.last <= looked_into and sent.tokens[0] <= m.first
                                                and not agent_cue(doc, m.first, lex))]
    # ("…، وتكثف الأجهزة الأمنية جهودها للكشف عن ملابسات الحادث": the side after it too)
    near = [(k, m) for k, m in near if not inquirer(doc, c, m, lex)]
    if subject is not None and subject not in {k for k, _ in near}:
        near.insert(0, (subject, doc.actors[subject]))
    return near, speaker_ids


def _in_frame(f: Attribution, m: ActorMention) -> bool:
    """The side is named in frame ``f`` or at most `SOURCE_REACH` words after it, before what
    was said begins ("قالت مصادر في الشرطة إن", "قال مصدر مقرب من جماعة الحوثي إن")."""
    return f.first <= m.first <= f.last + SOURCE_REACH and m.start < f.clause_end


def apart_sides(doc: Doc, sentence: int) -> set[int]:
    """The sides (indexes into ``doc.actors``) a source of the sentence is only near ("قال مصدر
    مقرب من جماعة الحوثي إن", attribution.yaml ``apart``): the source speaks for no side, and
    the side it is near is no party to what it tells — no actor of the clause, nor the subject
    a later verb carries (`role_subjects.previous_subject`)."""
    apart = attribution_lexicon(doc.language).apart
    return {k for f in doc.attributions if f.sentence == sentence and f.speaker is None
            and f.claimant in apart for k, m in enumerate(doc.actors) if _in_frame(f, m)}


def hosted_sides(doc: Doc, sentence: int) -> set[int]:
    """The sides named right after a host link in a frame of the sentence ("أعلنت البعثة
    الأميركية لدى الحلف الأطلسي", attribution.yaml ``host_links``): where the speaker sits, no
    party to what it tells (the window a speaker is looked for in, after the frame)."""
    alex = attribution_lexicon(doc.language)
    return {k for f in doc.attributions if f.sentence == sentence
            for k, m in enumerate(doc.actors) if f.first < m.first <= f.last + alex.after
            and doc.tokens[m.first - 1].key in alex.hosts} if alex.hosts else set()


def blamer(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"the regime blamed the attack on rebels", "Washington has blamed it on Damascus": the
    subject of a verb of blaming (roles.yaml ``blame_verbs``, an auxiliary between perhaps)
    speaks of the deed, it took no part in it."""
    if not lex.blame_verbs:
        return False
    k = m.last
    k += k < len(doc.tokens) and doc.tokens[k].key in lex.perfect
    return k < len(doc.tokens) and doc.tokens[k].key in lex.blame_verbs

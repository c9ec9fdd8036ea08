"""Step: attribution frames — who claims what (``doc.attributions``).

Numbers in war news are claims, not facts (Airwars keeps belligerents' reports apart from
independent ones), so every claim carries its claimant. The speaker of a frame is an actor of
the registry; anaphoric subjects ("وقالت الوزارة", "وأكد البيان") resolve to the last named
actor of that kind or the last speaker, and a subject-less sentence-initial verb ("كما أعلنت
أن", "وأضاف") continues the previous speaker. A sentence without a frame inherits the speaker
of the previous sentence of its paragraph (a quote goes on), never across paragraphs. A source the
article does not name ("مصادر أمنية عراقية", "a military source") is a claimant of its own kind
("security sources"), never the party named inside what it says.
"""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES, anaphor_kind
from events.extract.claimant_sources import described, source_again, source_referent, subject_head
from events.extract.claimant_topics import subject_after_stop, topic_fronted
from events.extract.claimant_words import AttributionLexicon, attribution_lexicon
from events.extract.doc import ActorMention, Attribution, Doc
from events.extract.numbers import is_count
from events.extract.role_lexicon import role_lexicon
from events.extract.role_opposed import opposed
from events.extract.triggers import scan


def _titled_speaker(doc: Doc, lex: AttributionLexicon, by_first: dict[int, int], start: int,
                    end: int) -> tuple[int | None, str | None, int]:
    """Who a spokesman's title between ``start`` and ``end`` speaks for, before what was said
    begins ("قال اللواء منصور التركي، المتحدث باسم وزارة الداخلية السعودية، إن…"): the actor
    right after it (its index), else a body of the unnamed kinds (its name), and the token after
    either; (None, None, start) when there is none."""
    for k in range(start, end):
        if _says_from(doc, k, lex):
            break  # a comma may set the title off ("التركي، المتحدث باسم"); what was said may not
        title = lex.titles.match_at(doc.norm, doc.tokens, k) if lex.titles else None
        if title is None:
            continue
        return _speaker_at(doc, lex, by_first, title.last) or (None, None, start)
    return None, None, start


def _speaker_at(doc: Doc, lex: AttributionLexicon, by_first: dict[int, int],
                k: int) -> tuple[int | None, str | None, int] | None:
    """The speaker whose name starts at token ``k``: an actor (its index) or a source of the
    unnamed kinds (its name), with the token after it; None when neither stands there."""
    if k in by_first:
        return by_first[k], None, doc.actors[by_first[k]].last
    source = lex.unnamed.match_at(doc.norm, doc.tokens, k)
    return (None, source.payloads[0], source.last) if source is not None else None


def _source_before(doc: Doc, lex: AttributionLexicon, verb: int, floor: int) -> str | None:
    """The kind of an unnamed source ending right before ``verb`` ("police sources said"),
    the longest first ("a police spokesman", not "spokesman")."""
    for k in range(max(verb - 4, floor), verb):
        source = lex.unnamed.match_at(doc.norm, doc.tokens, k)
        if source is not None and source.last == verb:
            return source.payloads[0]
    return None


def source_start(doc: Doc, verb: int) -> int | None:
    """SVO: the first token of the unnamed source right before the verb of saying at ``verb``
    ("rebel sources said", "an army source told AFP"), None when none stands there."""
    lex = attribution_lexicon(doc.language)
    if not lex.subject_first:
        return None
    for k in range(max(verb - 4, 0), verb):
        source = lex.unnamed.match_at(doc.norm, doc.tokens, k)
        if source is not None and source.last == verb:
            return k
    return None


def _source_inside(doc: Doc, lex: AttributionLexicon, a: ActorMention) -> bool:
    """An armed side named right after a source word and a link, an article between ("a source
    in the Syrian militia said", "sources within the army told"): the unnamed source speaks,
    not the side it sits in (English only: the key is `sources_inside`)."""
    if not lex.inside_heads or a.actor_type not in ARMED_TYPES:
        return False
    toks, k = doc.tokens, a.first - 1
    if k >= 0 and toks[k].key == "the":
        k -= 1
    return k >= 1 and toks[k].key in lex.inside_links and toks[k - 1].key in lex.inside_heads


def _told_of(doc: Doc, lex: AttributionLexicon, a: ActorMention, sent_end: int) -> bool:
    """SVO: an armed side right after the verb with the sentence going on is the subject of
    what was said, not its speaker ("Mogherini said on Tuesday the Syrian regime bears
    responsibility for an attack that killed 58", "the monitor said rebels attacked"); wire
    style puts only a closing speaker there ("… killed 20 militants said the army on
    Tuesday"), or an agent ("announced by the Kurdish militia and confirmed by the
    Observatory"), and monitors and agencies ("said the Observatory", "said SANA") speak
    (en/attribution.yaml ``subjects_after``)."""
    if not lex.subject_tail or a.actor_type not in ARMED_TYPES or sent_end - a.last <= lex.subject_tail:
        return False
    # (the agent right before the side or before its article)
    return not any(doc.tokens[k].key in lex.subject_agents for k in range(max(0, a.first - 2), a.first))


def _belonging(doc: Doc, lex: AttributionLexicon, k: int) -> bool:
    """"رتل عسكري تابع للجيش السوري": the verb is an adjective (belonging to), no frame."""
    return (doc.tokens[k].key in lex.belonging and k + 1 < len(doc.tokens)
            and doc.tokens[k + 1].key.startswith(lex.belonging_then))


def _adjective(doc: Doc, lex: AttributionLexicon, k: int) -> bool:
    """The verb at ``k`` is a participle after an article, a possessive or a count ("the
    alleged attack", "killed 48 alleged rebels"; a date's number is none: "on July 22
    announced")."""
    before = doc.tokens[k - 1] if k > 0 and not doc.punctuated(k - 1, k) else None
    return doc.tokens[k].key in lex.adjectives and before is not None and (
        before.key in lex.adjectives_after or is_count(before.key, doc.language)
        and not any(d.start <= before.start < d.end for d in doc.dates))


def _says_from(doc: Doc, k: int, lex: AttributionLexicon) -> bool:
    """What was said begins at token ``k``: a colon or a quote before it, or أن/إن."""
    gap = doc.norm[doc.tokens[k - 1].end:doc.tokens[k].start] if k > 0 else ""
    return ":" in gap or '"' in gap or doc.tokens[k].key in lex.content_openers


def _content_starts(doc: Doc, k: int) -> bool:
    """Token ``k`` opens the reported content (a quote, a colon, a comma, أن): no speaker there."""
    gap = doc.norm[doc.tokens[k - 1].end:doc.tokens[k].start] if k > 0 else ""
    return "،" in gap or "," in gap or _says_from(doc, k, attribution_lexicon(doc.language))


def _clause_end(doc: Doc, last: int, sent_end: int) -> int:
    """Where the reported content starts: the first أن/إن, colon or quote after the frame —
    and never before the end of the statement's own date ("في بيان أصدرته أمس")."""
    toks, lex = doc.tokens, attribution_lexicon(doc.language)
    issued = _issued_date_end(doc, lex, last)
    for k in range(last, min(last + 10, len(toks))):
        if toks[k].start >= sent_end:
            break
        if _says_from(doc, k, lex):
            return max(toks[k].start, issued)
    return max(toks[last - 1].end if last > 0 else 0, issued)


ISSUED_REACH = 3  # words from a frame to a statement's issuing verb, and from it to its date


def _issued_date_end(doc: Doc, lex: AttributionLexicon, last: int) -> int:
    """The end of a date told right after the frame's issuing verb ("في بيان أصدرته أمس الثلاثاء
    بمناسبة تحرير القاعدة … أمس الأول"): the day the statement was issued, which dates no
    deed it reports; 0 when there is none."""
    toks = doc.tokens
    verb = next((k for k in range(max(last, 1), min(last + ISSUED_REACH, len(toks)))
                 if toks[k].key in lex.issued and not lex.statements.isdisjoint(toks[k - 1].stems)),
                None)
    if verb is None:
        return 0
    lo, hi = toks[verb].end, toks[min(verb + ISSUED_REACH, len(toks) - 1)].end
    return max((d.end for d in doc.dates if lo <= d.start < hi), default=0)


def find_attributions(doc: Doc) -> None:
    """Fill ``doc.attributions`` (frames) and ``doc.speakers`` (each sentence's speaker)."""
    lex = attribution_lexicon(doc.language)
    by_first = {a.first: k for k, a in enumerate(doc.actors)}
    by_last = {a.last: k for k, a in enumerate(doc.actors)}
    # frames matter where an event word, a number or a named actor is (speakers are actors);
    # elsewhere they could only repeat the last speaker, which the next frame does anyway
    wanted = ({t.sentence for t in doc.triggers} | {a.sentence for a in doc.actors}
              | {x.sentence for x in doc.losses})
    matches = scan(lex.matcher, doc, wanted, skip=doc.actor_tokens)
    last_speaker: str | None = None
    sources: dict[int, str | None] = {}  # a source's head → whom its frame named ("مصادر طبية")
    frames_by_sentence: dict[int, list[Attribution]] = {}
    for frame in _colon_frames(doc, lex, by_first, wanted):
        doc.attributions.append(frame)
        frames_by_sentence.setdefault(frame.sentence, []).append(frame)
    covered = -1
    starts = {t.first for t in doc.triggers}
    told_verbs = {t.first for t in doc.triggers if t.verb and t.tense == "past"}  # "… killed 20"
    for m in matches:
        kind = m.payloads[0]
        if m.first < covered or _belonging(doc, lex, m.first):
            continue
        if kind == "verbs" and _adjective(doc, lex, m.first) and not _claims_deed(doc, lex, m.first):
            # "a reported air strike", "killed 48 alleged rebels": someone unnamed says so — the
            # sentence's speaker is unknown unless a frame names one; no side before it speaks
            frames_by_sentence.setdefault(doc.sentence_of_token(m.first), []).append(Attribution(
                m.start, m.end, doc.surface(m.start, m.end), doc.sentence_of_token(m.first),
                m.first, m.last, clause_end=m.end))
            continue
        if kind == "verbs" and (doc.tokens[m.first].key[len(m.clitic):].startswith("ال")
                                or not NOUN_CLITICS.isdisjoint(m.clitic)):
            continue  # "الطيران التابع للنظام", "تقوم بنقل القتلى": a noun, nobody speaks
        sent_i = doc.sentence_of_token(m.first)
        sent = doc.sentences[sent_i]
        speaker_idx: int | None = None
        claimant: str | None = None
        carries = False
        end_tok = m.last
        head = subject_head(doc, lex, m.last, sent.tokens[1])  # the source the frame has, if any
        # ("بحسب مصدر في وزارة الداخلية": a source's own words before whom it is in)
        window = lex.after if kind != "prepositions" or (
            m.last < len(doc.tokens) and doc.tokens[m.last].key in lex.preposition_articles
            or head == m.last) else 1
        if kind == "verbs" and lex.subject_first:
            # SVO: a speaker right before the verb is the one ("police said gunmen killed…");
            # wire style "said the Observatory" only when none stands there
            if m.first in by_last:
                speaker_idx = by_last[m.first]
            else:
                claimant = _source_before(doc, lex, m.first, sent.tokens[0])
            if speaker_idx is None and claimant is None and any(
                    doc.tokens[k].key in lex.pronouns
                    for k in range(max(sent.tokens[0], m.first - 2), m.first)):
                # "It said a coalition raid killed …", "He also added": the speaker named
                # before goes on, never the party named after the verb
                claimant, carries, window = last_speaker, last_speaker is not None, 0
            if speaker_idx is not None or claimant is not None \
                    or doc.tokens[m.first].key in lex.addressee:
                window = 0
        for k in range(m.last, min(m.last + window, sent.tokens[1])):
            if _content_starts(doc, k) or k in starts and k not in by_first \
                    or doc.tokens[k].key in lex.hosts:
                break  # (an event word: what was said has begun — "أكد مقتل 20 من عناصر داعش";
                # a host: "أعلنت البعثة الأميركية لدى الحلف الأطلسي" — NATO speaks not)
            if k in by_first and (_told_of(doc, lex, doc.actors[by_first[k]], sent.tokens[1]) or opposed(
                    doc, doc.actors[by_first[k]], role_lexicon(doc.language))):  # ("قائد للقوات المناهضة للحوثيين")
                break
            source = lex.unnamed.match_at(doc.norm, doc.tokens, k)
            if source is not None and kind == "verbs" and "ل" in source.clitic and (
                    k == 0 or lex.statements.isdisjoint(doc.tokens[k - 1].stems)):
                # ("أكدت القوات الموالية لحكومة هادي": owned; "صرح لوسائل إعلام": told — no
                # subject of the verb; "ذكر تقرير لناشطين": whose report, the speaker)
                source = None
            # (a kind of source that runs past a side's name speaks: "according to rebel
            # sources" are the rebels' sources, not the rebels)
            if k in by_first and (source is None or source.last <= doc.actors[by_first[k]].last):
                speaker_idx = by_first[k]
                end_tok = doc.actors[speaker_idx].last
                # "المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف": the person speaks
                while end_tok in by_first and doc.actors[by_first[end_tok]].actor_type == "person":
                    speaker_idx = by_first[end_tok]
                    end_tok = doc.actors[speaker_idx].last
                break
            if source is not None:  # "قالت مصادر أمنية": a kind of source, not a party
                claimant, end_tok = source.payloads[0], source.last
                break
            if source_again(doc, lex, k, by_first) and (
                    referent := source_referent(doc, lex, k, sources)) is not None:
                claimant, end_tok = referent, k + 1  # "وقالت المصادر إن": the source told of last
                break
            kind_word = anaphor_kind(doc.tokens[k].key, doc.language)
            if kind_word:
                claimant = _resolve_anaphor(doc, kind_word, doc.tokens[k].start, last_speaker)
                end_tok = k + 1
                break
        # ("قال المتحدث باسم الجيش إن", "بحسب المتحدث باسم الجيش": the army speaks)
        if speaker_idx is None and claimant is None and kind in ("verbs", "prepositions"):
            speaker_idx, claimant, after = _titled_speaker(
                doc, lex, by_first, m.last, min(m.last + lex.title_reach, sent.tokens[1]))
            end_tok = max(end_tok, after)
        # SVO ("المرصد السوري قال") only for a bare verb: "وقال" opens a new VSO clause, and
        # what precedes it is the previous clause's object ("…مواقع داعش وقال مصدر")
        # ("وعن خسائر الحوثي قال المسؤول": the topic before the verb speaks not)
        topic = kind == "verbs" and topic_fronted(doc, lex, m.first, sent.tokens[0])
        # ("…إلى صعدة، قال اللواء العمودي:": a subject of its own after the verb)
        apart = kind == "verbs" and subject_after_stop(doc, m.first)
        if speaker_idx is None and claimant is None and kind == "verbs" \
                and doc.tokens[m.first].key[:1] not in "وف":
            # (a name that ends the clause before a comma, or the sentence before, is no
            # subject: "… على مواقع لداعش، حسب ما ذكر مصدر", "… ضد داعش\nقال بيان للقيادة إن"
            # — the headline's last word does not speak)
            lo = max(m.first - lex.before, _after_stop(doc, m.first, sent.tokens[0]) + 1)
            if lex.subject_first and _set_off(doc, m.first):
                lo = m.first + 1  # "… were killed," said Rami: what was said ends there
            elif lex.subject_first:  # '"… eight more militants" the sources added'
                lo = max(lo, _after_quote(doc, m.first, lo))
            if topic or apart:
                lo = m.first + 1
            for k in range(m.first, lo - 1, -1):
                if k in by_last:
                    # (not a side behind an event noun: "إن تفجير مسجد قوات الأمن كشف حقيقة
                    # الإرهابيين" — the blast revealed, the forces' mosque was hit)
                    if not _behind_event_noun(doc, doc.actors[by_last[k]].first):
                        speaker_idx = by_last[k]
                    break
                if lex.subject_first and k > sent.tokens[0] and (
                        kind_word := anaphor_kind(doc.tokens[k - 1].key, doc.language)):
                    # SVO "… Islamic State a monitor said": the monitor speaks, not the name
                    # before; "the Turkish army statement added": the name's own statement
                    if k - 1 in by_last:
                        speaker_idx = by_last[k - 1]
                    else:
                        claimant = _resolve_anaphor(doc, kind_word, doc.tokens[k - 1].start,
                                                    last_speaker)
                    break
                if lex.subject_first and k - 1 in told_verbs:
                    break  # "… also wounded 30 others Ahmad Khalil told Reuters": the speaker
                    # stands between what was told and the verb; no side before its event verb
            else:  # "…, security sources said": an unnamed source right before the verb
                claimant = _source_before(doc, lex, m.first, sent.tokens[0])
        if kind == "verbs" and (end_tok < len(doc.tokens) and doc.tokens[end_tok].key in lex.responsibility
                                or _claims_deed(doc, lex, m.first)):
            continue  # "أعلن تنظيم داعش مسؤوليته عنه", "an attack claimed by IS": the deed
            # claimed, not a report of numbers
        if speaker_idx is not None and _source_inside(doc, lex, doc.actors[speaker_idx]):
            speaker_idx, claimant, carries = None, lex.inside_kind, True  # no side speaks
        if speaker_idx is not None:
            claimant = doc.actors[speaker_idx].name
        elif claimant is None and (m.first - sent.tokens[0] <= 2 or topic) and kind != "prepositions" \
                and (m.last >= sent.tokens[1] or _content_starts(doc, m.last)):
            # no subject at all ("كما أعلنت أن", "وأضاف»", "وعن وضع المطار قال:"): the same
            # speaker goes on; an unknown subject ("وقال مصدر عسكري") is someone else
            claimant, carries = last_speaker, True
        elif claimant is not None:
            carries = True
        if claimant is None and kind == "prepositions" and head is None:
            continue  # "وفقاً للأهداف": not a frame at all ("بحسب مصادر من أقاربهم": someone)
        # a frame without a known speaker still marks its clause (its date is the report's)
        if m.payloads[0] == "verbs" and doc.tokens[m.first].stems[-1] in lex.continuation \
                and speaker_idx is None and claimant == last_speaker:
            carries = True
        start, end = m.start, doc.tokens[end_tok - 1].end
        frame = Attribution(start, end, doc.surface(start, end), sent_i, m.first, end_tok,
                            claimant=claimant, carries_over=carries, speaker=speaker_idx,
                            clause_end=_clause_end(doc, end_tok, sent.end))
        doc.attributions.append(frame)
        covered = end_tok
        frames_by_sentence.setdefault(sent_i, []).append(frame)
        last_speaker = claimant or last_speaker
        if head is not None:
            sources[head] = claimant
            if described(doc, lex, head):  # ("كشف مصدر مطلع … وقال:": someone we do not
                last_speaker = claimant  # know goes on; "مصدر في الخلية": maybe the last one's)
    # Sentence speakers: the sentence's first frame, else the previous sentence of the
    # paragraph (the quote goes on).
    speakers: list[str | None] = []
    for i, s in enumerate(doc.sentences):
        frames = frames_by_sentence.get(i)
        if frames:  # an unknown speaker ("قال مصدر عسكري") is no one we know, not the last one
            speakers.append(next((f.claimant for f in frames if f.claimant), None))
        elif i > 0 and doc.same_paragraph(i - 1, i):
            speakers.append(speakers[i - 1])
        else:
            speakers.append(None)
    doc.speakers = speakers


def speaker_at(doc: Doc, sentence: int, offset: int) -> str | None:
    """Who claims what is told at ``offset`` of ``sentence``: the speaker of the last frame
    before it that names one; else the sentence's speaker (`find_attributions`) — unless that
    speaker's frame comes after it and says what it says (أن/إن, a colon right after it)
    while a frame of a speaker we do not know stands before it: "قالت الحكومة إنها قتلت 15
    مسلحا، بينما أفادت مصادر محلية بأن موجات نزوح بدأت" — the 15 are the government's, no
    one we know, not the local sources' (their frame tells of the flight). A verb of going on
    ("وأضافت الوزارة: إن") tells the first speaker's words on: its speaker claims them too."""
    frames = [f for f in doc.attributions if f.sentence == sentence]
    before = [f for f in frames if f.start <= offset]
    named = [f.claimant for f in before if f.claimant]
    if named:
        return named[-1]
    speaker = doc.speakers[sentence] if sentence < len(doc.speakers) else None
    if before and speaker is not None:
        lex = attribution_lexicon(doc.language)
        own = next((f for f in frames if f.claimant), None)
        # (not a speaker who goes on: "أعلنت السلطات اعتقال 8 أشخاص …، وأضافت وزارة الداخلية:
        # إن …" — the ministry is the authorities that spoke first)
        if own is not None and own.start > offset and own.last < len(doc.tokens) \
                and _says_from(doc, own.last, lex) \
                and doc.tokens[own.first].stems[-1] not in lex.continuation:
            return None
    return speaker


NOUN_CLITICS = frozenset("بل")  # a verb's spelling glued to these is a verbal noun ("لنقل", "بكشف")
SET_OFF = ',"\u201d'  # marks that end what was said right before a verb of saying (`_set_off`)
NOUN_CHAIN = 2  # words from an event noun to the side its construct chain ends in ("تفجير مسجد قوات الأمن")


def _behind_event_noun(doc: Doc, first: int) -> bool:
    """An event noun ends at most `NOUN_CHAIN` words before the side starting at ``first``, no
    punctuation between: the side is its object or owner ("تفجير مسجد قوات الأمن"), and the
    noun phrase, not the side, is the subject of the verb after it ("… كشف حقيقة الإرهابيين":
    the blast revealed)."""
    return any(not t.verb and first - NOUN_CHAIN <= t.last <= first
               and not doc.punctuated(t.last - 1, first)
               for t in doc.triggers)


def _after_stop(doc: Doc, verb: int, first: int) -> int:
    """The first token after the last comma, colon or semicolon before ``verb`` (``first`` when
    none): a name before it ends the clause before, it is no subject of the verb ("قصفت
    الطائرات مواقع حزب العمال في شمال العراق، وفق ما ذكرت وسائل الإعلام": the media speak, not
    the party). (A stop inside a sentence is an abbreviation's: "Lt. Gen. X said".)"""
    for k in range(verb - 1, first, -1):
        if doc.gap_has(k - 1, k, ",;:،؛"):
            return k
    return first


def _set_off(doc: Doc, verb: int) -> bool:
    """A comma or a closing quote right before ``verb`` ("… nine fighters were killed" said
    Rami Abdel Rahman", "…, said a local official"): what was said ends there, so the names in
    it — the dead themselves — are no subject of the verb; its speaker, if any, follows it
    (SVO only: an Arabic verb after a comma opens a clause of its own)."""
    return verb > 0 and any(ch in doc.gap(verb - 1, verb) for ch in SET_OFF)


def _after_quote(doc: Doc, verb: int, lo: int) -> int:
    """The lowest end a speaker's name may have before ``verb`` (the caller's walk reads names
    by their end, from ``lo`` on): past the last closing quote before the verb, '"… killing eight
    more militants" the sources added' — what was said ends at the quote, the names in it are no
    subject of the verb; its speaker stands between the quote and the verb. A closing quote is
    glued to the word before it (an opening one to the word after)."""
    for k in range(verb - 1, max(lo - 2, -1), -1):
        if k + 1 < len(doc.tokens) and doc.gap(k, k + 1)[:1] in SET_OFF[1:]:
            return k + 2
    return lo


def _claims_deed(doc: Doc, lex: AttributionLexicon, verb: int) -> bool:
    """"an attack claimed by IS", "IS claimed responsibility", "IS claims the twin bombing":
    a claim of the deed (its object an event word within ``deed_reach``), not a report of a
    toll — whoever claims it is no claimant of the figures around."""
    if doc.tokens[verb].key not in lex.deed_verbs:
        return False
    nxt = verb + 1
    if nxt < len(doc.tokens) and doc.tokens[nxt].key in lex.deed_then:
        return True
    hi = min(verb + 1 + lex.deed_reach, doc.sentences[doc.sentence_of_token(verb)].tokens[1])
    first = next((t.first for t in doc.triggers if nxt <= t.first < hi), None)
    return first is not None and not any(  # "claimed 21 lives": a toll, no deed
        _content_starts(doc, k) or is_count(doc.tokens[k].key, doc.language)
        for k in range(nxt, first))


def _colon_frames(doc: Doc, lex: AttributionLexicon, by_first: dict[int, int],
                  wanted: set[int]) -> list[Attribution]:
    """A sentence opened by a speaker and a colon, the headline's way of saying "said"
    ("الجيش اليمني: الحوثيون قصفوا تعز", "مصادر أمنية: مقتل 5"): the speaker claims what
    follows and is no party to it."""
    frames = []
    for i in sorted(wanted):
        first, end = doc.sentences[i].tokens
        found = _speaker_at(doc, lex, by_first, first)
        if found is None:
            continue
        speaker, claimant, last = found
        if last >= end or ":" not in doc.gap(last - 1, last):
            continue
        if speaker is not None:
            claimant = doc.actors[speaker].name
        start, stop = doc.tokens[first].start, doc.tokens[last - 1].end
        frames.append(Attribution(start, stop, doc.surface(start, stop), i, first, last,
                                  claimant=claimant, speaker=speaker,
                                  clause_end=doc.tokens[last].start))
    return frames


def _resolve_anaphor(doc: Doc, kind: str, offset: int, last_speaker: str | None) -> str | None:
    """"الوزارة" → the last government body named before ``offset``; "البيان" → last speaker."""
    if kind == "claimant":
        return last_speaker
    best: ActorMention | None = None
    for a in doc.actors:
        if a.start >= offset:
            break
        if a.actor_type == kind:
            best = a
    return best.name if best else last_speaker

"""Step: the date of each candidate (``Candidate.date``), from the date mentions around it.

In order: a date in the candidate's own clause, else in its sentence (the one nearest to the
trigger), else the latest date of the one or two previous sentences of its paragraph (a story
goes on: "قصفت الطائرات أمس … . وقتل في الغارات 5") when that date is a day or a few days,
not a month or a year. A date inside an attribution clause
("وجاء في بيان الوزارة، امس:") dates the statement, not the event it reports — except for
statements and operation launches, which are announcements. A candidate with none of these is
undated: UCDP's convention, ``date_start`` unknown and ``date_end`` the day it was reported (the
date of its attribution clause) or else the publication day, with any unresolved date words kept
as text; it is never given a guessed week.
"""
from __future__ import annotations

import functools
from datetime import date
from collections.abc import Collection

from events import lexicon
from events.extract.avenged import avenged_clause, avenged_date, cue_end_before
from events.extract.clauses import (RELATIVE_REACH, relative_taking,
                                    side_relative)
from events.extract.dates import anniversaries, since_clauses, since_compared, time_words
from events.extract.dates_years_on import years_on
from events.extract.dates_aside import (agreed_then, in_attribution, relative_date, speakers_past,
                                        told_aside)
from events.extract.dates_calendar import safe_date, shift_month
from events.extract.doc import Candidate, DateMention, Dated, Doc
from events.extract.modality_binding import ago_cue
from events.extract.role_lexicon import role_lexicon
from events.extract.trigger_records import TriggerLexicon
from events.extract.trigger_words import trigger_lexicon
from text import PhraseMatcher

ANNOUNCED = frozenset({"statement", "operation_launch"})
# Only a date of a day or a few days goes on to the next sentences: "in late August", "last
# year", "since July 2012" set a background (often the whole article, when its line breaks
# were stripped), not the day of the incident told next.
_CARRIED_PREC = 4  # UCDP date_prec: 4 = a month
_OWN_CLAUSE_ONLY = ("decade", "period")  # dates that tell the time of their own clause only


def date_candidates(doc: Doc) -> None:
    since = _since_dates(doc)
    for c in doc.candidates:
        avenged_at = cue_end_before(doc, c)
        c.avenged = avenged_at is not None
        c.date = candidate_date(doc, c, since, avenged_at)
        _not_after_publication(c, doc.published)
        if c.date.start is None and any(
                d.sentence == c.sentence and doc.clauses[c.clause].first <= doc.token_at(d.start)
                < doc.clauses[c.clause].last and not _compared_since(doc, d) for d in since):
            c.since = True  # "تمرد بوكو حرام منذ 2009": a state since then, not an event of then


def _compared_since(doc: Doc, d: DateMention) -> bool:
    """The date right after a since-cue that follows a superlative ("في أسوأ هجوم منذ عام
    2013"): the day's deed compared with the past, no state lasting since then."""
    k = doc.token_at(d.start)
    lex = trigger_lexicon(doc.language)
    return any(not lex.since.isdisjoint(doc.tokens[j].stems) and _compared(doc, j)
               for j in range(max(0, k - 2), k))


def _not_after_publication(c: Candidate, published: date | None) -> None:
    """What happened ended by the day it was reported: "في وقت سابق من الشهر الحالي" on the 26th
    is the 1st to the 26th, not to the 31st (UCDP: date_end no later than the report); so is
    what was said before a statement of "this year" ("قال الوزير هذا العام إن…": by the day
    of the report, not by December). A plan keeps its days to come."""
    d = c.date
    if published is not None and d is not None and c.modality == "actual" and d.end is not None \
            and (d.start is None or d.start <= published) and published < d.end:
        d.end = published


def _since_dates(doc: Doc) -> list[DateMention]:
    """Dates right after a since-cue ("منذ 2009", "منذ منتصف يوليو"), or a month or a year
    ending the phrase a since-cue opens ("since the start of the revolt in March 2011",
    triggers.yaml ``since_reach`` words, no punctuation, no event word; "since launching an assault on
    Thursday" is recent):
    the start of a state or of a running toll, never the day of an event — unless a recent
    time ("منذ فجر اليوم")."""
    lex = trigger_lexicon(doc.language)
    triggers = {t.first for t in doc.triggers}
    out = []
    for d in doc.dates:
        k = doc.token_at(d.start)
        recent = not lex.tally_recent.isdisjoint(doc.tokens[k].stems)  # "منذ فجر اليوم"
        if recent or ago_cue(doc, k, lex):  # "منذ يومين": the day of the deed
            continue
        if any(s in lex.since for t in doc.tokens[max(0, k - 2):k + 1] for s in t.stems) or (
                (d.date_prec or 5) >= _CARRIED_PREC and _since_phrase(doc, k, lex, triggers)):
            out.append(d)
    return out


def _since_phrase(doc: Doc, k: int, lex: TriggerLexicon, triggers: set[int]) -> bool:
    """A since-cue at most ``since_reach`` words before token k, no punctuation and no event
    word (``triggers``: their first tokens) between ("since rebels seized the town in 2012"
    dates the seizure, history told)."""
    for j in range(k - 1, max(-1, k - lex.since_reach - 1), -1):
        if doc.gap_has(j, j + 1, ",.;:،؛") or j in triggers:
            return False
        if not lex.since.isdisjoint(doc.tokens[j].stems):
            return True
    return False


@functools.cache
def _previous_time(language: str) -> PhraseMatcher[bool]:
    m: PhraseMatcher[bool] = PhraseMatcher()
    m.add_all((p, True) for p in lexicon.load("dates", language).get("previous_time") or ())
    return m


def _dated_by_previous(doc: Doc, c: Candidate) -> bool:
    """The sentence opens with "قبل ذلك", "بعد ذلك" (before/after that): dated by the one before."""
    first = doc.sentences[c.sentence].tokens[0]
    return _previous_time(doc.language).match_at(doc.norm, doc.tokens, first) is not None


@functools.cache
def _then_cues(language: str) -> frozenset[str]:
    return frozenset(lexicon.load("dates", language).get("then_cues") or ())


def _told_then(doc: Doc, c: Candidate, since: Collection[DateMention]) -> Dated | None:
    """The clause says "then" ("وقتل حينها 14 ضابط أمن"): the date named last before its
    sentence, whatever its precision and paragraph — not one a span is counted from ("منذ
    2009 حتى يومنا هذا"), nor for a "then" to come ("حينها يكون")."""
    cl = doc.clauses[c.clause]
    if not _then_past_in(doc, cl.first, cl.last):
        return None
    prev = [d for d in doc.dates if d.sentence < c.sentence and d.date_start is not None
            and not in_attribution(doc, d) and d not in since]
    if not prev:
        return None
    d = prev[-1]
    return Dated(d.date_start, d.date_end or d.date_start, d.date_prec, [d.text], "carried")


def _then_past_in(doc: Doc, lo: int, hi: int) -> bool:
    """Some token of [lo, hi) is `_then_past`: the cue set looked up once for the clause, one
    set test per word, and the present-verb test only after a cue (this walk runs for every
    candidate: 0.4% of all extraction time as a call of `_then_past` per word)."""
    cues, toks = _then_cues(doc.language), doc.tokens
    for k in range(lo, hi):
        if not cues.isdisjoint(toks[k].stems) and _then_past(doc, k):
            return True
    return False


def _then_past(doc: Doc, k: int) -> bool:
    """Token ``k`` is a then-cue of the past: not one before a present verb ("حينها يكون
    اليمن في بداية العافية": then, to come)."""
    if _then_cues(doc.language).isdisjoint(doc.tokens[k].stems):
        return False
    present = trigger_lexicon(doc.language).present_prefixes
    return not (present and k + 1 < len(doc.tokens) and doc.tokens[k + 1].key.startswith(present))


@functools.cache
def _span_end_links(language: str) -> frozenset[str]:
    return frozenset(lexicon.load("dates", language).get("span_end_links") or ())


def _at_span_end(doc: Doc, d: DateMention, pos: int) -> bool:
    """"from March 3 to March 10, when the army retook it": a clause opened by a word of
    ``span_end_links`` right after a span of days happened on the span's last day, not
    across it."""
    if d.kind != "range" or d.date_start is None or d.date_end is None or d.end > pos:
        return False
    words = doc.norm[d.end:pos].lstrip(" ,").split(maxsplit=1)
    return bool(words) and words[0].lower() in _span_end_links(doc.language)


def _a_year_back(d: DateMention, published: date | None) -> bool:
    """An anniversary recalls what is a year old at least: "أمس" dates the remembering."""
    end = d.date_end or d.date_start
    return published is None or end is None or (published - end).days >= 300


def _anniversary(doc: Doc, c: Candidate) -> Dated | None:
    """"مرور عام كامل على احتلال المدينة", "الذكرى الثانية للهجوم": the event recalled is as many
    months old as the remembering says, counted back from publication (a day either side: the
    remembering may fall on the day after)."""
    if doc.published is None:
        return None
    matcher = anniversaries(doc.language)
    lo = doc.clauses[c.clause].first
    told = next((m for k in range(max(lo, c.first_token - 6), c.first_token)
                 if (m := matcher.match_at(doc.norm, doc.tokens, k, stop=c.first_token))), None)
    if told is not None:
        months, span = told.payloads[0], (told.start, told.end)
    elif (length := years_on(doc, c.first_token, lo)) is not None:
        months, span = length.months, (length.start, length.end)
    else:
        return None
    year, month = shift_month(doc.published, -months)
    day = next(d for d in (doc.published.day, 30, 29, 28) if safe_date(year, month, d))
    end = date(year, month, day)
    start = date.fromordinal(end.toordinal() - 1)
    a, b = doc.span(*span)
    return Dated(start, end, 2, [doc.text[a:b]], "clause")


PLAN_REACH = 10  # words from a plan's event word to a month of its own ("will attack X in March")


def _month_ahead(doc: Doc, d: DateMention, c: Candidate, pos: int) -> tuple[date, date] | None:
    """"They will march on Raqqa in March", told in October: a month with no year after the
    word of a plan, in its clause, near it, with no other event word between, is the next such
    month, not the last one (a month before the word dates the saying: "said in March it will
    attack"; one after another event word is that event's: "… after battles won in January")."""
    published = doc.published
    if (c.modality != "planned" or d.kind != "month" or d.start < pos or published is None
            or d.date_start is None or d.date_end is None or d.date_end >= published
            or any(ch.isdigit() for ch in d.text)
            or any(pos < t.start < d.start for t in doc.triggers if t not in c.triggers)
            or doc.token_at(d.start) - c.last_token > PLAN_REACH):
        return None
    start = safe_date(d.date_start.year + 1, d.date_start.month, d.date_start.day)
    end = safe_date(d.date_end.year + 1, d.date_end.month, d.date_end.day) or (
        safe_date(d.date_end.year + 1, d.date_end.month, d.date_end.day - 1))
    return (start, end) if start and end else None


CONDEMNED_REACH = 4  # "دانت الجامعة العربية أول من أمس": the verb, its subject, the date


def _condemned(doc: Doc, d: DateMention, c: Candidate) -> bool:
    """The date stands between a verb of condemning (roles.yaml ``condemners``) and the deed
    condemned, with no punctuation between ("دانت الجامعة العربية أول من أمس القصف التركي",
    "أدانت المملكة أمس التفجير"): it dates the outcry; the deed happened by then."""
    k = doc.token_at(d.start)
    if d.sentence != c.sentence or not k < c.first_token:
        return False
    after = doc.token_at(d.end)  # the first token past the date
    set_off = 0 < k and after <= c.first_token and _comma(doc, k - 1) and _comma(doc, after - 1)
    if doc.punctuated(after if set_off else k, c.first_token):
        return False  # (a date set off by commas, "أدانت المنظمة، اليوم الجمعة، الهجوم", is one)
    words = role_lexicon(doc.language).condemners
    lo = max(doc.sentences[c.sentence].tokens[0], k - CONDEMNED_REACH)
    return any(not words.isdisjoint(doc.tokens[j].stems) for j in range(lo, k))


def _comma(doc: Doc, j: int) -> bool:
    """Only a comma stands between tokens j and j + 1."""
    return doc.gap(j, j + 1).strip() in (",", "،")


SINCE_PHRASE_REACH = 8  # words from a since-cue to the date that closes its phrase
SINCE_CLAUSE_REACH = 15  # ... and from one that opens a clause ("منذ أن وقع الحزب اتفاقا …")


def _ends_later_since(doc: Doc, d: DateMention, last: int) -> bool:
    """The date closes a since-phrase opened after the candidate's event words (they end at
    token ``last``) and naming something besides time ("المعارك الدائرة في بنغازي … منذ سقوط
    القذافي قبل أربع سنوات"): it dates what the phrase names (the fall), not the event told
    before it, which runs on since then. An event word of the candidate inside the phrase is
    what it names ("تضاعفت الهجمات منذ الهجوم الانتحاري في 20 يوليو"); only time words
    between ("منذ الساعات الأولى من صباح الأحد") tell when the fighting began (`_since_dates`)."""
    words = time_words(doc.language)
    if not words:
        return False  # (English since-phrases: ``since_reach`` in `_since_dates`)
    lex = trigger_lexicon(doc.language)
    k = doc.token_at(d.start)
    for j in range(k - 1, max(last - 1, k - SINCE_CLAUSE_REACH - 1), -1):
        if doc.gap_has(j, j + 1, ",.;:،؛"):
            return False
        if not lex.since.isdisjoint(doc.tokens[j].stems):
            clause = _opens_clause(doc, j)
            if k - j > SINCE_PHRASE_REACH and not clause:
                return False
            return (not _compared(doc, j) or clause) and any(
                words.isdisjoint(doc.tokens[i].stems) for i in range(j + 1, k))
    return False


COMPARED_REACH = 3  # "أعنف هجوم منذ", "الهجوم الأكثر دموية منذ": superlative to since-cue


def _compared(doc: Doc, j: int) -> bool:
    """The since-cue at token ``j`` follows a superlative ("في أعنف هجوم منذ عامين على سوق
    المدينة أمس"): it compares the day with the past and closes no phrase with the date
    after it."""
    compared = since_compared(doc.language)
    return any(not compared.isdisjoint(doc.tokens[i].stems)
               for i in range(max(0, j - COMPARED_REACH), j))


def _opens_clause(doc: Doc, j: int) -> bool:
    """The since-cue at token ``j`` opens a clause of its own ("أسوأ هجوم منذ أن وقع الحزب
    اتفاق وقف إطلاق النار عام 2013"): a comparison still, but the clause's date is its own."""
    return j + 1 < len(doc.tokens) and doc.tokens[j + 1].key in since_clauses(doc.language)


def _relative_between(doc: Doc, a: int, b: int) -> bool:
    """A relative pronoun among tokens ``[a, b)``."""
    relatives = trigger_lexicon(doc.language).relatives
    return any(doc.tokens[k].key in relatives for k in range(a, b))


def _taken_before(doc: Doc, d: DateMention, last: int) -> bool:
    """The date follows, in the same stretch of words, a `relative_taking` after the
    candidate's event words ("قتلوا حين سقطت مقاتلة على سوق في البلدة التي سقطت في يد
    المعارضة في مايو"): it dates the taking, told to say who holds the place
    (`clauses._dated_relative` makes it an event when a side took it)."""
    k = doc.token_at(d.start)
    return any(t.sentence == d.sentence and last < t.first < k and k - t.last <= RELATIVE_REACH
               and relative_taking(doc, t)
               and not doc.punctuated(t.last - 1, k)
               for t in doc.triggers)


def _dates_another(doc: Doc, d: DateMention, c: Candidate, in_clause: bool) -> bool:
    """The date of the candidate's sentence belongs to something else told in passing: a dated
    relative clause of another clause (`_relative_date`; in English, words saying who the
    speaker is: `clauses.side_relative`), an event a since-phrase names
    (`_ends_later_since`), ground taken told to say who holds a place (`_taken_before`), the
    making of a truce (`dates_aside.agreed_then`), a relative clause about another event or a
    place's history (`dates_aside.told_aside`)."""
    return (not in_clause and (relative_date(doc, d, c.event_type) or avenged_clause(doc, d)
                              or side_relative(doc, doc.token_at(d.start), c.first_token))
            or _ends_later_since(doc, d, c.last_token) or _taken_before(doc, d, c.last_token)
            or agreed_then(doc, d, c) or told_aside(doc, d, c))


def candidate_date(doc: Doc, c: Candidate, since: Collection[DateMention] = (),
                   avenged_at: int | None = None) -> Dated:
    """``avenged_at``: where the cue of retaliation before the candidate ends
    (`avenged.cue_end_before`), when the candidate is the deed a retaliation answers."""
    if c.told_before:  # "وسبق أن تعرضت …": its clause names no time, no other date is its own
        return Dated(None, doc.published, None, [], "none")
    pos = doc.tokens[c.first_token].start
    announced = c.event_type in ANNOUNCED

    def usable(d: DateMention) -> bool:
        return (d.date_start is not None or d.date_end is not None) and (
            announced or not in_attribution(doc, d)) and d not in since

    cl = doc.clauses[c.clause]
    lo, hi = doc.tokens[cl.first].start, doc.tokens[cl.last - 1].end
    here = [d for d in doc.dates if d.sentence == c.sentence and usable(d)
            and not _dates_another(doc, d, c, lo <= d.start < hi)]
    if c.remembered or c.since:  # "أحيت المدينة أمس ذكرى الهجوم … قبل 70 عاما", "هبطت أمس
        # طائرة بعد تحرير المدينة": the news's date is not the past's; only a later one is its own
        here = [d for d in here if d.start > pos and (c.since or _a_year_back(d, doc.published))]
    own = [d for d in here if lo <= d.start < hi]
    # a decade ("في التسعينات") tells the time of its own clause only ("متحالفين ضد طالبان في
    # التسعينات، تصاعدت الكراهية لتصل إلى اشتباكات": the clashes are today's), and not past a
    # relative pronoun ("دمرت المدينة التي تعتبر حاضرة المدن العربية في الخمسينات")
    # (so does a period back to the report, "خلال الأسابيع الأخيرة": `dates_spans`)
    here = [d for d in here if d.kind not in _OWN_CLAUSE_ONLY or d in own and not _relative_between(
        doc, c.last_token, doc.token_at(d.start))]
    own = [d for d in own if d in here]
    # the day of the outcry, not the deed's; the day of the news a deed told as "days before"
    # dates ("ويأتي هجوم أمس بعد أيام على مقتل سبعة جنود"): both only bound it
    condemned = [d for d in here if c.aside and c.anchored or _condemned(doc, d, c)]
    here, own = [d for d in here if d not in condemned], [d for d in own if d not in condemned]
    if avenged_at is not None:
        return avenged_date(doc, here, own, avenged_at)
    if c.weak and not own and any(d.start < pos for d in here):
        # a result ("، ما أدى لمقتل ضابط") follows its cause: the date told before it, not the
        # next clause's
        here = [d for d in here if d.start < pos]
    for pool, source in ((own, "clause"), (here, "sentence")):
        if pool:
            # the article's dateline dates an event only when its clause or sentence has no
            # date of its own ("Published October 4 2016 Jets struck … on Monday")
            # nor does a period when the clause names a day of its own
            d = min(pool, key=lambda d: (d.kind == "dateline", d.kind == "period", abs(d.start - pos)))
            if source == "clause" and (ahead := _month_ahead(doc, d, c, pos)) is not None:
                return Dated(*ahead, d.date_prec, [d.text], source)
            if source == "sentence" and _at_span_end(doc, d, pos):
                return Dated(d.date_end, d.date_end, 1, [d.text], source)
            return Dated(d.date_start, d.date_end or d.date_start, d.date_prec, [d.text], source,
                         period=d.kind == "period")
    if c.remembered and (recalled := _anniversary(doc, c)) is not None:
        return recalled
    if (then := _told_then(doc, c, since)) is not None:
        return then
    # (a subheading heads what follows it: no date told before it dates the sentences it heads)
    for back in (1, 2) if not (c.remembered or c.since) else ():
        j = c.sentence - back
        if j < 0 or not (doc.same_paragraph(j, c.sentence) or back == 1 and _dated_by_previous(doc, c)):
            break
        if j + 1 in doc.headings and back > 1:
            break
        prev = [d for d in doc.dates if d.sentence == j and d.date_start is not None
                and not in_attribution(doc, d)]
        if prev and (prev[-1].date_prec or 5) >= _CARRIED_PREC:
            break  # a month or a year frames the story; it does not date the next incident
        if prev and doc.published is not None and prev[-1].date_start > doc.published:
            break  # "خلال الأسبوع القادم": what is to come dates the plan told with it only
        if prev:
            d = prev[-1]
            return Dated(d.date_start, d.date_end or d.date_start, d.date_prec, [d.text], "carried")
    unresolved = [d.text for d in doc.dates if d.sentence == c.sentence and d.date_start is None]
    # the day it was reported bounds it ("قالت الوزارة في بيان أمس الاثنين إن انفجارا…")
    reported = condemned + [d for d in here + [d for d in doc.dates if d.sentence == c.sentence]
                            if d.date_end is not None and in_attribution(doc, d)
                            and not speakers_past(doc, d)]
    if reported:
        d = reported[0]
        return Dated(None, d.date_end, None, unresolved + [d.text], "reported")
    return Dated(None, doc.published, None, unresolved, "none")

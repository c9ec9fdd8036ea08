"""Running totals are no claims on an event: "أوقع أكثر من 40 ألف قتيل خلال 30 عاما", "قتلت
3042 عنصرا خلال عشرة أشهر", "800 people have died since 2009". Summed with the day's events
they would count the same dead twice and make a header read hundreds of thousands; the brief's
rule is that history told in passing is not current news. So is a group's record told in a
relative clause ("المسلحين الذين قتلوا آلاف الأشخاص", "Boko Haram, which has killed
thousands"). Cue words: ``running_totals`` in ``data/lexicon/<lang>/quantities.yaml``.
"""
from __future__ import annotations

from bisect import bisect_left

from events.extract.doc import Doc, LossMention
from events.extract.quantities_lexicon import LossLexicon


RETOLD_FROM = 100  # a running total's figure told again without its cue: only figures this big


def drop_running_totals(doc: Doc, lex: LossLexicon, since: int) -> None:
    """Remove the claims found from ``doc.losses[since:]`` that a running-total cue follows —
    or that are joined by و to one that is ("ألف قتيل و9 آلاف جريح منذ دخول الحوثيين") — and
    the same big figures told again elsewhere without the cue ("سقط ألف قتيل وجرح 9 آلاف"):
    the same tally, not a day's toll."""
    if not lex.total_reach:
        return
    starts = sorted(x.start for x in doc.losses)
    found = sorted(doc.losses[since:], key=lambda x: x.start)
    running: dict[int, bool] = {}
    for i in range(len(found) - 1, -1, -1):
        x = found[i]
        running[id(x)] = _over_time(doc, lex, x, starts) or (
            i + 1 < len(found) and running[id(found[i + 1])]
            and _joined(doc, lex, x.end, found[i + 1].start))
    # (not a sum's figure: "تم توقيف عدد إجمالي بلغ 251 شخصا" sums one day's raids)
    totals = {(x.category, _figure(x)) for x in found if running[id(x)]}
    for x in found:
        running[id(x)] = running[id(x)] or _summed(doc, lex, x) or _charged(doc, lex, x) or is_record(
            doc, lex, x.start, _figure(x), x.qualifier == "vague") or _war_toll(doc, lex, x) \
            or _series_toll(doc, lex, x)
    doc.losses[since:] = [x for x in doc.losses[since:] if not running[id(x)] and (
        (x.category, _figure(x)) not in totals or (_figure(x) or 0) < RETOLD_FROM)]


def _figure(x: LossMention) -> int | None:
    return x.low if x.low is not None else x.best


def _joined(doc: Doc, lex: LossLexicon, end: int, start: int) -> bool:
    """Only a joiner ("و") between a claim ending at ``end`` and the next starting at
    ``start`` — or the first claim's owners and the next one's verb glued to the joiner ("قتل
    17 عنصرا من قوات الأمن وأصيب عشرات منذ بدء الهجمات": one tally, killed and wounded)."""
    if doc.norm[end:start].strip() in lex.sum_joiners:
        return True
    a, b = bisect_left(doc.token_starts, end), bisect_left(doc.token_starts, start)
    verb = doc.tokens[b - 1]
    return _owned(doc, lex, a - 1, b - 1) and any(
        verb.key == j + s for j in lex.sum_joiners for s in verb.stems)


def _summed(doc: Doc, lex: LossLexicon, x: LossMention) -> bool:
    """A word of summing just before the claim ("ارتفاع العدد الإجمالي للقتلى إلى 3216")."""
    first = bisect_left(doc.token_starts, x.start)
    lo = doc.sentences[x.sentence].tokens[0]
    return any(not lex.total_words.isdisjoint(t.stems)
               for t in doc.tokens[max(lo, first - lex.total_reach):first])


def _over_time(doc: Doc, lex: LossLexicon, x: LossMention, claim_starts: list[int]) -> bool:
    """After the claim, in its sentence and before the next claim, a since-word not followed
    by a recent time (within `reach` words, or further after the claim's owners: `_owned`)
    and not after a superlative ("في أعنف هجوم منذ عامين", "the deadliest attack since
    2011": the day's toll compared with the past), or a span word followed by a unit of
    months or years, not after a superlative either (or such a since or span before it:
    `_long_since_before`, `_span_before`)."""
    toks = doc.tokens
    starts = doc.token_starts
    first, after_claim = bisect_left(starts, x.start), bisect_left(starts, x.end)  # offsets only
    lo, hi = doc.sentences[x.sentence].tokens
    if _long_since_before(doc, lex, lo, first) or _span_before(doc, lex, lo, first) \
            or _between_days_apart(doc, x, claim_starts):
        return True
    for k in range(after_claim, min(hi, after_claim + max(lex.total_reach, lex.span_reach))):
        if toks[k].start in claim_starts:
            return False  # a cue further on belongs to the claim nearer to it
        if toks[k].key in lex.since_words and (k < after_claim + lex.total_reach
                                                or _owned(doc, lex, after_claim - 1, k)):
            between = {s for t in toks[after_claim:k] for s in t.stems}
            after = {s for t in toks[k + 1:k + 3] for s in t.stems}
            return after.isdisjoint(lex.recent_words) and between.isdisjoint(lex.since_compared)
        span = lex.span_words.match_at(doc.norm, toks, k)
        if span is not None:  # (after a superlative, "الأعنف خلال السنوات الأخيرة", a comparison)
            between = {s for t in toks[after_claim:k] for s in t.stems}
            return between.isdisjoint(lex.since_compared) and any(
                not lex.span_units.isdisjoint(t.stems) or t.key.isdigit() and len(t.key) == 4
                for t in toks[span.last:span.last + 3])
    return False


SPAN_DAYS = 27  # days between the ends of a span that counts many events (a month or more)


def _between_days_apart(doc: Doc, x: LossMention, claim_starts: list[int]) -> bool:
    """A span of a month or more told by its two ends in the claim's sentence — before it, no
    other date between ("وبين الأول من يناير و30 يونيو قتل 1592 شخصا وأصيب 3329"; not "…
    وفي 29 يوليو أعلن التنظيم تفجير مسجد راح ضحيته أربعة"), or after it, no other claim between
    ("قتل 316 شخصا … بين الأول من مارس و31 يوليو"): the dead of that span, a running total."""
    for d in doc.dates:
        if d.sentence != x.sentence or d.kind != "range" or d.date_start is None \
                or d.date_end is None or (d.date_end - d.date_start).days < SPAN_DAYS:
            continue
        if d.end <= x.start and not any(d.end <= o.start < x.start for o in doc.dates) \
                or x.end <= d.start and not any(x.start < s < d.start for s in claim_starts):
            return True
    return False


SPAN_BEFORE_REACH = 6  # "ما أدى خلال الفترة نفسها إلى مقتل نحو عشرين": span, verb, link


def _span_before(doc: Doc, lex: LossLexicon, lo: int, first: int) -> bool:
    """A span word and a unit of months, years or a period named back a few words before the
    claim ("أدت الهجمات خلال الفترة نفسها إلى مقتل عشرين", "وقتل طوال العامين الماضيين 300"):
    the dead of that span, a running total."""
    toks = doc.tokens
    for k in range(max(lo, first - SPAN_BEFORE_REACH), first):
        span = lex.span_words.match_at(doc.norm, toks, k)
        if span is not None and span.last < first and any(
                not (lex.span_units.isdisjoint(t.stems) and lex.span_periods.isdisjoint(t.stems))
                for t in toks[span.last:min(first, span.last + 2)]):
            return True
    return False


def _owned(doc: Doc, lex: LossLexicon, a: int, b: int) -> bool:
    """Only the claim's owners between its last token ``a`` and a since-word at ``b``: a word
    of ``noun_links`` first ("من"), then no punctuation and no relative pronoun — "قتل 17 عنصرا من
    قوات الأمن التركية منذ أن بدأ المتمردون هجماتهم" counts from that start. Not a since-word
    after another verb or a place ("قتل جنديين ليرتفع عدد القتلى منذ يوليو إلى 21", "في
    المدينة التي تشهد منذ يونيو اشتباكات"): it tells of something else."""
    return (a + 1 < b and doc.tokens[a + 1].key in lex.links
            and not any(_punct_after(doc, j) or doc.tokens[j + 1].key in lex.record_relatives
                        for j in range(a, b)))


def _long_since_before(doc: Doc, lex: LossLexicon, lo: int, first: int) -> bool:
    """"تمرد مستمر منذ ست سنوات أدى إلى مقتل 15 ألف شخص": a since-word and a unit of months or
    years shortly before the claim, and no recent time between them, count a war's dead; so
    does a since-word and a word of starting anywhere before it in the sentence ("حصيلة القتلى
    منذ بدء المواجهات في المدينة بلغت ألفا")."""
    toks = doc.tokens
    near = max(lo, first - 2 * lex.total_reach)
    for k in range(lo, first):
        if lex.since_words.isdisjoint(toks[k].stems):
            continue
        between = {s for t in toks[k + 1:first] for s in t.stems}
        if not between.isdisjoint(lex.recent_words):
            continue
        units = {s for t in toks[k + 1:min(first, k + 4)] for s in t.stems}
        started = {s for t in toks[k + 1:min(first, k + 3)] for s in t.stems}
        if k >= near and not lex.span_units.isdisjoint(units) or not lex.since_starts.isdisjoint(started):
            return True
    return False


RECORD_REACH = 5  # relative, auxiliary, verb, "more than": the words a record's toll may follow
WAR_REACH = 12  # "النزاع الذي أسفر، كما تقول المنظمة، عن مقتل 3640 شخصا": an aside may stand between


def is_record(doc: Doc, lex: LossLexicon, start: int, figure: int | None, vague: bool) -> bool:
    """A toll starting at offset ``start`` is a record told of someone or of a war, not an
    event. Of someone: vague ("آلاف", "thousands") or of four figures, a few words after a
    relative pronoun of ``record_relatives`` that follows an actor's name ("المسلحين الذين",
    "Boko Haram, which"; not "the attack which also wounded dozens": that tells the event),
    no comma between pronoun and toll. Of a war: any toll in a relative clause on a word of
    ``record_wars`` ("النزاع الذي أسفر عن مقتل 3640 شخصا", "the conflict, which has killed"),
    an aside between commas allowed. Neither with a date in the relative clause."""
    if not lex.record_relatives:
        return False
    toks = doc.tokens
    first = bisect_left(doc.token_starts, start)
    lo, hi = doc.sentences[doc.sentence_of(start)].tokens
    counted = vague or (figure or 0) >= 1000
    for k in range(first - 1, max(lo, first - WAR_REACH) - 1, -1):
        if toks[k].key not in lex.record_relatives or k == lo:
            continue
        near = first - k <= RECORD_REACH and not any(_punct_after(doc, j) for j in range(k, first - 1))
        head = k - 1 - (_punct_after(doc, k - 1) and k - 2 >= lo)  # "Boko Haram, which"
        of_war = _war_before(doc, lex, k, lo)
        if not (of_war or near and counted and head in doc.actor_tokens):
            return False
        end = next((j for j in range(first, hi - 1) if _punct_after(doc, j)), hi - 1)
        return not any(toks[k].start <= d.start < toks[end].end for d in doc.dates)
    return False


def _war_toll(doc: Doc, lex: LossLexicon, x: LossMention) -> bool:
    """A toll of at least ``war_floor`` with a word of ``record_wars`` in its sentence ("more
    than 180000 people have been killed in the Syrian conflict since it erupted") counts a
    war's dead, wherever the war word stands."""
    if not lex.war_floor or (_figure(x) or 0) < lex.war_floor:
        return False
    lo, hi = doc.sentences[x.sentence].tokens
    return any(not lex.record_wars.isdisjoint(t.stems) for t in doc.tokens[lo:hi])


SERIES_REACH = 3  # words from "the latest" to the series noun ("أحدث حلقة في سلسلة")


def _series_toll(doc: Doc, lex: LossLexicon, x: LossMention) -> bool:
    """A series named as the one the event is the latest of ("ويعد الانفجار الأحدث في موجة
    هجمات … أدت إلى مقتل 130 شخصا", `running_totals.series`), before the claim in its
    sentence: the toll is the series' total."""
    if not lex.series_nouns:
        return False
    lo = doc.sentences[x.sentence].tokens[0]
    first = bisect_left(doc.token_starts, x.start)
    return any(not lex.series_nouns.isdisjoint(doc.tokens[k].stems) and any(
        not lex.series_latest.isdisjoint(doc.tokens[j].stems)
        for j in range(max(lo, k - SERIES_REACH), k)) for k in range(lo, first))


WAR_HEAD_REACH = 4  # "الحرب الأهلية في سوريا التي": the war, its adjective and its place


def _war_before(doc: Doc, lex: LossLexicon, k: int, lo: int) -> bool:
    """The relative pronoun at token k follows a war ("النزاع الذي", "النزاع في اليمن الذي",
    "the conflict, which"): a word of ``record_wars`` a few words before, no comma between but
    the one that may set the relative off."""
    for h in range(k - 1, max(lo, k - 1 - WAR_HEAD_REACH) - 1, -1):
        if not lex.record_wars.isdisjoint(doc.tokens[h].stems):
            return True
        if _punct_after(doc, h) and h != k - 1:
            return False
    return False


def _charged(doc: Doc, lex: LossLexicon, x: LossMention) -> bool:
    """The claim is what someone is charged with ("كانوا متورطين في قتل شرطيين", "المتهم بقتل
    3 جنود"): a phrase of ``accused`` ends a few words before it, no comma between."""
    first = bisect_left(doc.token_starts, x.start)
    lo = doc.sentences[x.sentence].tokens[0]
    for k in range(first - 1, max(lo, first - lex.total_reach) - 1, -1):
        if _punct_after(doc, k):
            return False
        m = lex.accused.match_at(doc.norm, doc.tokens, k)
        if m is not None and m.last <= first:
            return True
    return False


def _punct_after(doc: Doc, k: int) -> bool:
    """A comma, semicolon or stop between token ``k`` and the next."""
    gap = doc.norm[doc.tokens[k].end:doc.tokens[k + 1].start] if k + 1 < len(doc.tokens) else "."
    return any(c in ",،;؛." for c in gap)

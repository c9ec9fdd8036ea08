"""Dates told aside: a date in the candidate's sentence that belongs to something else told in
passing — the making of a truce ("despite a ceasefire brokered in December"), a relative
clause about another event or a place ("… في البنجاب، التي قسمت في 1947"), the report
itself ("…، حسبما ذكرت السلطات أمس"). `dating` leaves such dates out of the candidate's own."""
from __future__ import annotations

import functools

from events import lexicon
from events.extract.clauses import (RELATIVE_REACH, clause_lexicon, clause_of,
                                    relative_antecedent, relative_clause)
from events.extract.trigger_words import trigger_lexicon
from events.extract.doc import Attribution, Candidate, DateMention, Doc, Trigger
from text import PhraseMatcher, normalize_key


def in_attribution(doc: Doc, d: DateMention) -> bool:
    """The date is the report's: inside a frame of saying ("قالت الوزارة في بيان أمس إن"), or
    closing one told after what it reports (`_closes_frame`)."""
    return any(f.sentence == d.sentence and (f.start <= d.start < f.clause_end or _closes_frame(doc, f, d))
               for f in doc.attributions)


FRAME_DATE_REACH = 5  # words from a frame's last word to the date closing it (its source's)


def _closes_frame(doc: Doc, f: Attribution, d: DateMention) -> bool:
    """A frame told after its content ends with its own day ("قتل خمسة جنود، حسبما ذكرت
    السلطات المحلية أمس", "…، كما أعلنت الشرطة اليوم"): nothing between the frame and the
    date but its source's words — no event word, figure, stop or أن opening what was said."""
    if d.start < f.clause_end or not _told_after(doc, f.first, doc.sentences[f.sentence].tokens[0]):
        return False
    a, b = f.last, doc.token_at(d.start)
    if not 0 <= b - a <= FRAME_DATE_REACH or doc.punctuated(max(a - 1, 0), b):
        return False
    not_source = _frames_after(doc.language)[1]
    return not any(a <= t.first < b for t in doc.triggers) and not any(
        f.clause_end <= x.start < d.start for x in doc.losses) and not any(
        doc.tokens[k].key in not_source for k in range(a, b))


def _told_after(doc: Doc, first: int, opening: int) -> bool:
    """The frame starting at token ``first`` follows what it reports in its sentence (whose
    first token is ``opening``): an event word before it, and a comma or one of dates.yaml
    ``frames_told_after`` ("حسبما", "كما") right before it ("ميدانيا، كشف العميد أمس عن
    مقتل 42" opens with its frame)."""
    if first <= opening or not any(opening <= t.first < first for t in doc.triggers):
        return False  # (what it reports comes first: an event word before it)
    return doc.punctuated(first - 1, first) or _frames_after(doc.language)[0].ending_at(
        doc.norm, doc.tokens, first) is not None


@functools.cache
def _frames_after(language: str) -> tuple[PhraseMatcher[bool], frozenset[str]]:
    """dates.yaml ``frames_told_after``: its openers' matcher and its `not_source` keys."""
    raw = lexicon.load("dates", language).get("frames_told_after") or {}
    m: PhraseMatcher[bool] = PhraseMatcher()
    m.add_all((p, True) for p in raw.get("openers") or ())
    return m, frozenset(normalize_key(w) for w in raw.get("not_source") or ())


def told_aside(doc: Doc, d: DateMention, c: Candidate) -> bool:
    """A date closing a relative clause told after the candidate's event words about an event
    of another kind ("انفجار … في المدينة المدمرة بفعل المعركة التي دارت … في يناير") or,
    when more than a year ago, about a place ("… في البنجاب، التي قسمت في 1947",
    `clauses.relative_antecedent`): that event's date or the place's history, not the day of
    the event told (an event of its kind named so is the same one told again: "مذبحة رفح
    الأولى التي وقعت في 2012")."""
    found = relative_antecedent(doc, doc.token_at(d.start), c.last_token)
    if found is None:
        return False
    if isinstance(found, Trigger):
        return found.event_type != c.event_type
    end = d.date_end or d.date_start
    return end is not None and doc.published is not None and (
        doc.published - end).days > HISTORY_DAYS


HISTORY_DAYS = 365  # a place's history told in passing is older than this (build.BACKGROUND_DAYS)
AGREED_REACH = 8  # words from an agreement's noun to the date its making verb is told with


@functools.cache
def _agreed_words(language: str) -> tuple[PhraseMatcher[bool], ...]:
    """dates.yaml ``agreed``: its nouns, verbs and since-then phrases, each a matcher."""
    raw = lexicon.load("dates", language).get("agreed") or {}
    out = []
    for key in ("nouns", "verbs", "since_then"):
        m: PhraseMatcher[bool] = PhraseMatcher()
        m.add_all((w, True) for w in raw.get(key) or ())
        out.append(m)
    return tuple(out)


def agreed_then(doc: Doc, d: DateMention, c: Candidate) -> bool:
    """The date follows an agreement's noun and a verb of making it, no stop between ("despite
    a ceasefire that Turkey and Russia brokered in December", "the truce agreed in February",
    dates.yaml ``agreed``): it dates the agreement, not the event the sentence tells (an
    agreement told there keeps it, and so does an event told going on "since then")."""
    nouns, verbs, since_then = _agreed_words(doc.language)
    if c.event_type == "agreement" or not nouns or since_then.any_in(
            doc.norm, doc.tokens, *doc.sentences[c.sentence].tokens):
        return False
    k = doc.token_at(d.start)
    lo = max(doc.sentences[d.sentence].tokens[0], k - AGREED_REACH)
    verbs_at = [j for j, _ in verbs.matches_in(doc.norm, doc.tokens, lo, k)]
    verb = verbs_at[-1] if verbs_at else None  # the nearest before the date
    return verb is not None and not doc.punctuated(lo, k) and nouns.any_in(
        doc.norm, doc.tokens, lo, verb)


RELATIVE_EVENT_GAP = 2  # words between an event word or a place and the pronoun said of it
REPORT_DAYS = 7  # a date in the speaker's relative phrase this recent is the report's own


def speakers_past(doc: Doc, d: DateMention) -> bool:
    """A date of the attribution in a relative phrase, long before publication ("قالت الحكومة
    التي خرجت من عدن في مارس إن"): the speaker's past, no bound of the deed reported ("البيان
    الذي صدر اليوم" is the report's day)."""
    end = d.date_end or d.date_start
    return (relative_date(doc, d) and end is not None and doc.published is not None
            and (doc.published - end).days > REPORT_DAYS)


def relative_date(doc: Doc, d: DateMention, event_type: str | None = None) -> bool:
    """The date lies in a dated relative clause ("الذين سيطروا على صنعاء في سبتمبر"), or closes
    a relative pronoun's phrase inside its clause ("قالت الحكومة التي خرجت من عدن في مارس إن
    قواتها استعادت …"): it dates that clause's background, not the news of the sentence
    around it — unless the phrase tells an event of ``event_type`` ("الجنود الذين راحوا ضحية
    التفجير ظهر أول أمس" dates the bombing)."""
    k = doc.token_at(d.start)
    clause = clause_of(doc, k)
    if relative_clause(doc, clause):
        return True
    relatives = trigger_lexicon(doc.language).relatives
    lo = max(doc.clauses[clause].first, k - RELATIVE_REACH)
    for j in range(k - 1, lo - 1, -1):
        if doc.punctuated(j, k):
            return False
        if doc.tokens[j].key in relatives:  # said of a side, not of an event ("خلال غزو القرم
            # الذي وقع العام الماضي" times what happened during it), of a deed done ("العملية
            # التي نفذوها الأربعاء") nor of a place ("في بلدة سراقب التي تسيطر عليها المعارضة
            # اليوم" dates the news)
            return not any(j - RELATIVE_EVENT_GAP <= m.last <= j
                           for m in (*doc.triggers, *doc.places)) and not any(
                t.event_type == event_type and j < t.first < k for t in doc.triggers) \
                and not _object_relative(doc, j)
    return False


def _object_relative(doc: Doc, j: int) -> bool:
    """The verb right after the relative pronoun at token ``j`` takes it as its object ("التي
    نفذوها", "التي شنها"): the word before is a deed done."""
    if j + 1 >= len(doc.tokens):
        return False
    key = doc.tokens[j + 1].key
    return len(key) > 3 and key.endswith(clause_lexicon(doc.language).object_endings)

"""An aircraft that crashed or fell is an accident, not an attack (``crashes`` in
triggers.yaml): "مقتل ثلاثة أشخاص بتحطم طائرة صغيرة", "سقطت مروحية عسكرية أثناء هبوطها" tell
deaths no armed side caused. So is a road vehicle that collided or overturned ("اصطدمت سيارة
بشاحنة", "انقلبت حافلة تقل معتمرين"): the road words (``road_verbs``/``road_nouns``) pair with
``vehicles`` as well as aircraft, the falling words with aircraft only ("سقوط قذيفة على سيارة" is
a shell's fall). The trigger step adds the crash's sentences to ``doc.accidents``,
so `events.extract.accidents` folds the toll told again into them. Not when the sentence names
an act of war too (the raid during which the warplane fell, a downing), nor when the aircraft
is a warplane or an article ties one of its crashes to a raid: that crash is the war's.
"""
from __future__ import annotations

from events.extract.doc import CRASH_WORD, Doc
from events.extract.trigger_records import RESULT_ONLY
from events.extract.trigger_words import trigger_lexicon

RAIDS = frozenset({"airstrike", "shelling", "bombardment"})  # fire a crashed aircraft was part of


def crash_sentences(doc: Doc) -> set[int]:
    """The sentences that tell an aircraft's or a road vehicle's crash and no act of war (no
    event word stronger than a result but the crash word itself): their deaths are the crash's. The crash word's
    own trigger ("سقوط", read as a town's fall) is dropped from ``doc.triggers``. None when one
    of the article's crash sentences tells a raid or a downing too ("طائرة حربية تسقط على
    سوق بعد تنفيذها غارة"): that crash is war's, and so is its toll told again."""
    crashes = trigger_lexicon(doc.language).crashes
    if crashes is None:
        return set()
    crash_tokens: dict[int, set[int]] = {}
    for k in doc.positions(CRASH_WORD):  # a stem in ``crashes.words``
        if _near(doc, k, crashes.reach, crashes.warplanes):
            return set()  # "سقوط مقاتلة سورية على سوق": a warplane's crash is the war's
        road = not crashes.road_words.isdisjoint(doc.tokens[k].stems)
        if _near(doc, k, crashes.reach, crashes.vehicles if road else crashes.craft):
            crash_tokens.setdefault(doc.sentence_of_token(k), set()).add(k)
    if not crash_tokens or any(t.sentence in crash_tokens and (t.event_type in RAIDS or t.downs)
                               for t in doc.triggers):
        return set()  # an aircraft that fell during its raid, one shot down: the crash is war's
    acts = {t.sentence for t in doc.triggers if t.strength > RESULT_ONLY
            and not any(t.first <= k < t.last for k in crash_tokens.get(t.sentence, ()))}
    out = set(crash_tokens) - acts
    doc.triggers = [t for t in doc.triggers if t.sentence not in out or t.strength <= RESULT_ONLY]
    return out


def _near(doc: Doc, k: int, reach: int, words: frozenset[str]) -> bool:
    """One of ``words`` within ``reach`` words after or before token ``k``, with no
    punctuation between ("تحطم طائرة", "أن طائرة صغيرة تحطمت")."""
    for step in (1, -1):
        j = k
        for _ in range(reach):
            nxt = j + step
            if not 0 <= nxt < len(doc.tokens) or doc.punctuated(min(j, nxt), max(j, nxt)):
                break
            j = nxt
            if not words.isdisjoint(doc.tokens[j].stems):
                return True
    return False

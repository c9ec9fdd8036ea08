"""Cue tests of sides struck where they stood, for the roles step (`events.extract.roles`):
worshippers at a house of prayer that was hit ("تفجير استهدف مسجد قوات الطوارئ"); a side busy
with a deed that is no event word when the blow fell ("أثناء قيام منسوبي X بأداء الصلاة، حدث
تفجير"); a side whose men are counted among the dead or hurt ("قتل ثلاثة من عناصر X", "زار
المصابين من منسوبي X"); a side exposed to a blow ("تعرضت دورية للجيش لهجوم"); the relatives of
whom the dead were; a side that suffered losses ("تكبدت قوات الحوثي خسائر"); rescuers who
carry off the dead ("كانت الشرطة تقوم بنقل القتلى"), no party to the blow; the side that
struck a force on the move ("قصف الطيران تعزيزات للحوثيين"), which moved none of it and plays
no part in its moving; the side fought "with" ("بعد معارك مع X"). Split from
`events.extract.role_victims`."""
from __future__ import annotations

from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.role_lexicon import RoleLexicon
from events.extract.trigger_records import VIOLENT
from events.extract.trigger_words import trigger_lexicon

STRUCK_REACH = 2  # words from the strike (or its subject) to the forces it hit: "رتلا من التعزيزات"


def facility_owner(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"a car bomb exploded near the headquarters of the Syrian army", "a blast hit a building
    of the military intelligence", "an attack on a base of the Kurdish YPG": X after one of
    roles.yaml ``facilities.links`` (an article between) right after one of ``facilities.words``
    owns the site hit — the side hit, never the bomber (English; Arabic marks the owner with ل).
    Not a site fire came from ("shells fired from positions of the army": an origin word right
    before the site, an article between)."""
    if not lex.facility_words:
        return False
    toks = doc.tokens
    k = m.first - 1
    k -= k > 0 and toks[k].key in lex.agent_articles
    if k < 1 or toks[k].key not in lex.facility_links or toks[k - 1].key not in lex.facility_words \
            or doc.punctuated(k - 1, m.first):
        return False
    j = k - 2
    j -= j > 0 and toks[j].key in lex.agent_articles | {"a", "an"}
    return not (j >= 0 and toks[j].key in lex.origin)


def used_by(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"jets destroyed two buildings used by the militants", "recaptured the road which was used
    by the rebels", "destroyed a building being used as a headquarters by IS militants": X after
    the "by" of a word of use (roles.yaml ``used_by.words``; or of one, a link and up to
    ``used_by.reach`` words: "used as a base by") — up to ``holding.reach`` words between "by"
    and X, an article or an adjective — used what the candidate's event word before it struck or
    took: the side hit, never its author. Not a use before the event word, nor of the event word
    ("barrel bombs used by the regime killed 20": the regime's bombs; the thing used is the word
    before the use, past ``used_by.between``: "a tunnel which was used by"), nor across a clause
    break or a number."""
    if not lex.use_words:
        return False
    toks = doc.tokens
    link = next((j for j in range(m.first - 1, max(-1, m.first - 2 - lex.holding_reach), -1)
                 if toks[j].key in lex.holding_links), None)
    if link is None or link < 1 or doc.punctuated(link, m.first) or any(
            any(ch.isdigit() for ch in toks[j].key) for j in range(link + 1, m.first)):
        return False
    use = link - 1
    if toks[use].key not in lex.use_words:
        use = next((j - 1 for j in range(link - 1, max(0, link - 2 - lex.use_reach), -1)
                    if toks[j].key in lex.use_links and toks[j - 1].key in lex.use_words), -1)
        if use < 0 or doc.punctuated(use, link) or any(
                any(ch.isdigit() for ch in toks[j].key) for j in range(use, link)):
            return False
    thing = use - 1  # the thing used: "a tunnel (which was) used by", not an event word itself
    while thing > 0 and toks[thing].key in lex.use_between and not doc.punctuated(thing, use):
        thing -= 1
    if thing < 0 or doc.punctuated(thing, use) or any(t.first <= thing < t.last for t in doc.triggers):
        return False
    return any(t.last <= thing and doc.sentence_of(toks[t.first].start) == m.sentence
               for t in c.triggers)


def fought_with(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"سيطرت المقاومة على المطار بعد معارك عنيفة مع المتمردين الحوثيين", "دخلت في حرب شوارع
    مع الحوثيين": X right after "مع" (roles.yaml ``fought_with.links``), a word of fighting
    (``fought_with.words``) one or two words before it, was the other side of the fight — in a
    taking or a move (the caller checks), the side that lost the ground or met the advance,
    never the one that took it. Read as the only side of the clause, the side fought had taken
    the airport."""
    k = m.first - 1
    if k < 1 or doc.tokens[k].key not in lex.fought_links or doc.punctuated(k, m.first):
        return False
    return any(not lex.fought_words.isdisjoint(doc.tokens[j].stems) and not doc.punctuated(j, k)
               for j in range(max(0, k - 2), k))


def compelled(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"غارات جوية في شمال المدينة لدفع الحوثيين إلى داخل البلاد", "معركة تحرير تعز لإخراج
    الحوثيين", "في محاولة لإرغام الثوار على التراجع": X right after a noun of compelling with
    its ل of purpose (roles.yaml ``compelled.words``; or after one of ``compelled.links``: "بهدف
    إجبار X") — or a member word of X's between ("لإجبار مسلحي داعش") — is whom the blow was to
    drive: the side hit, never its author. In English, X right after a verb of compelling
    (``compelled.verbs``; an article between): "heavy shelling forced the rebels out of the
    town"."""
    k = m.first - 1
    if lex.compel_verbs and k > 0 and doc.tokens[k].key in lex.agent_articles:
        k -= 1  # ("forced the rebels out of the town")
    if k >= 0 and doc.tokens[k].key in lex.compel_verbs and not doc.punctuated(k, m.first):
        return True  # "heavy shelling forced the FSA out of the town": X was driven out
    if k > 0 and (doc.tokens[k].key in lex.object_constructs or not lex.members.isdisjoint(doc.tokens[k].stems)):
        k -= 1  # ("لإجبار مسلحي داعش": the construct of a member word)
    if k < 0 or doc.punctuated(k, m.first):
        return False
    tok = doc.tokens[k]
    if tok.key.startswith("ل") and tok.key[1:] in lex.compel_words:
        return True
    return tok.key in lex.compel_words and k > 0 and doc.tokens[k - 1].key in lex.compel_links


def rescuer(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"فيما كانت الشرطة وفرق الإنقاذ تقوم بنقل القتلى والجرحى", "قامت فرق الدفاع المدني بانتشال
    الجثث": X, followed within ``rescue_reach`` words (no stop between) by a word of carrying
    off (roles.yaml ``rescuers``) and the dead or hurt right after it, came to the blow's
    victims — no party to the blow, neither its author nor hit."""
    toks = doc.tokens
    hi = min(len(toks) - 1, m.last + lex.rescue_reach)
    for k in range(m.last, hi):
        if doc.gap_has(k - 1, k, ".،,;؛:"):
            return False
        if not lex.rescue_words.isdisjoint(toks[k].stems) \
                and not lex.rescue_objects.isdisjoint(toks[k + 1].stems):
            return True
    return False


def worshippers(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """X is named a few words after a house of prayer (roles.yaml ``worship_places``: "مسجد
    قوات الطوارئ", "مسجدا بمقر قوات الطوارئ", "مسجد تابع للشرطة"), in one phrase: X's
    worshippers were hit there — the side hit, never the bomber, and no side of a battle. Only
    words that tie a place to its owner may stand between (a word of belonging, or of a place
    of a side's: "بمقر"), not a fight's "بين" nor a verb ("حراس المسجد والمصلين فقامت قوات
    الاحتلال": the police came)."""
    for k in range(max(0, m.first - lex.worship_reach), m.first):
        if not lex.worship.isdisjoint(doc.tokens[k].stems) and not any(
                ch in doc.gap(k, m.first) for ch in ".،,;؛:") and all(
                not (lex.belonging | lex.target).isdisjoint(doc.tokens[j].stems)
                for j in range(k + 1, m.first)):
            return True
    return False


BUSY_MEMBERS = 4  # words between "قيام" and X's name ("أثناء أداء عدد من ضباط وأفراد X")
BUSY_DEED = 6  # words after X's name where its deed is told ("بمنطقة عسير بأداء الصلاة")


def busy_when_hit(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"حدث تفجير أثناء قيام منسوبي قوة الطوارئ بمنطقة عسير بأداء صلاة الظهر": X, named after
    a circumstance word and the noun of doing (roles.yaml ``busy``; a member word or two
    between), was busy with a deed that is no event word when the blow fell — the side hit.
    "خلال قيام القوات بعملية دهم" names a deed (an event word, or roles.yaml ``deeds``) after
    X: X acted. The opener may bear its و ("وأثناء قيام رجال الجيش بتمشيط المنطقة"), and the
    deed is told before the clause's own verb: "أثناء قيام الجنود بتمشيط المنطقة انفجرت عبوة"
    — the verb after the deed is the blow that fell on them, not their deed."""
    if not lex.busy_words:
        return False
    k = m.first - 1
    while k > 0 and m.first - k <= BUSY_MEMBERS and doc.tokens[k].key not in lex.busy_words:
        k -= 1
    if k < 1 or doc.tokens[k].key not in lex.busy_words or lex.busy_openers.isdisjoint(doc.tokens[k - 1].stems) \
            or doc.gap_has(k - 1, m.first, ".،,;؛:"):
        return False
    ahead = range(m.last, min(len(doc.tokens), m.last + BUSY_DEED))
    stop = next((j for j in ahead if doc.gap_has(j - 1, j, ".،,;؛:")
                 or any(t.verb and t.first == j for t in doc.triggers)), ahead.stop)
    return not any(m.last <= t.first < stop for t in doc.triggers) and all(
        lex.deeds.isdisjoint(doc.tokens[j].stems) for j in range(m.last, stop))


def lost_men_of(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"وأصيب جندي من قوات الطوارئ بجروح في انفجار", "قتل ثلاثة من عناصر X": the word right
    before X's "من" (roles.yaml ``partitive_links``) is in a toll the losses step read — X's men
    were the dead or hurt, X the side hit, whatever the toll's verb (the losses step may have
    taken it as a toll and no event word)."""
    k = m.first - 1
    if k < 1 or doc.tokens[k].key not in lex.partitive_links:
        return False
    word = doc.tokens[k - 1]
    return any(l.start <= word.start and word.end <= l.end and l.who != "civilians"
               for l in doc.losses if l.sentence == doc.sentence_of_token(k))


def among_dead(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"زار المصابين من منسوبي قوات الطوارئ", "نقل الجرحى من عناصر الجيش": X's men (a member
    word, or roles.yaml ``possessed_men``, may stand between) are counted among the dead or
    hurt named by a noun (roles.yaml ``dead_nouns``) right before their "من", or before the
    noun's definite genitive ("شهداء الواجب من رجال X") — X was hit."""
    k = m.first - 1
    if k > 0 and not (lex.members | lex.possessed_men).isdisjoint(doc.tokens[k].stems):
        k -= 1
    if k < 1 or doc.tokens[k].key not in lex.partitive_links:
        return False
    # (the noun's genitive may stand before من: "شهداء الواجب من رجال X", "قتلى التفجير من")
    d = k - 1 - (k >= 2 and doc.tokens[k - 1].key.startswith("ال")
                 and lex.dead_nouns.isdisjoint(doc.tokens[k - 1].stems))
    return not lex.dead_nouns.isdisjoint(doc.tokens[d].stems) \
        and not doc.gap_has(d, m.first, ".،,;؛:")


EXPOSED_REACH = 6  # words from a verb of exposure to the blow it names ("تعرضت دورية للجيش لهجوم")


def exposed(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"تعرضت قوات الأمن لهجوم", "قوات الأمن تعرضت لهجوم", "أعلن الجيش عن تعرض جنوده
    لإطلاق نار": X is the subject of a verb of exposure (roles.yaml ``exposure``; its verbal
    noun has the same letters) whose object, with its ل, is the candidate's event word — X
    suffered the blow, never dealt it — or a word of an operation with its ل, the event word
    after it ("يتعرضون لعملية استنزاف يومية جراء ضراوة المقاومة"). X after the verb and before
    the blow, or right before the verb; one phrase (no stop, no other event word between),
    within `EXPOSED_REACH` words."""
    if not lex.exposure:
        return False
    starts = {t.first for t in doc.triggers}
    for t in c.triggers:
        tok = doc.tokens[t.first]
        head = t.first
        if not doc.norm[tok.start:t.start].endswith("ل") or doc.norm[tok.start:t.start].endswith("ال"):
            # "يتعرضون لعملية استنزاف يومية جراء ضراوة المقاومة": a word of an operation with
            # the ل, the event word a few words on (roles.yaml ``exposure_operations``)
            head = next((k for k in range(max(0, t.first - OPERATION_REACH), t.first)
                         if doc.tokens[k].key in lex.exposure_operations
                         and not doc.punctuated(k, t.first)), -1)
            if head < 0:
                continue
        for e in range(max(0, head - EXPOSED_REACH), head):
            if lex.exposure.isdisjoint(doc.tokens[e].stems):
                continue
            if not (e < m.first and m.last <= head or m.last == e):
                continue
            lo = min(e, m.first)
            if doc.punctuated(lo, head) or any(lo < k < t.first for k in starts):
                continue
            return True
    return False


OPERATION_REACH = 3  # words from "لعملية" to its event word ("لعملية استنزاف يومية جراء")


def relative_dead(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"العسكريين اليمنيين الذين جرحوا في معارك عدن", "الجنود الذين قتلوا في الهجوم": X, then a
    relative pronoun and a verb of dying or being hurt (roles.yaml ``relative_dead``) read
    passive — with no object after it: a word of circumstance, ب, or the clause's end — are
    whose men suffered: the side hit. ("المسلحين الذين قتلوا الجنود" has its object: it acted.)"""
    rel, verb = m.last, m.last + 1
    if verb >= len(doc.tokens) or doc.tokens[rel].key not in trigger_lexicon(doc.language).relatives \
            or doc.tokens[verb].key not in lex.relative_dead or doc.punctuated(rel - 1, rel):
        return False
    nxt = verb + 1
    return nxt >= len(doc.tokens) or doc.punctuated(verb, nxt) \
        or doc.tokens[nxt].key in lex.circumstance or doc.tokens[nxt].key.startswith("ب")


def struck_forces(doc: Doc, c: Candidate, m: ActorMention, lex: RoleLexicon) -> bool:
    """"وقصف طيران التحالف تعزيزات عسكرية تابعة للحوثيين", "واستهدف الطيران رتلا من التعزيزات",
    "لكن طيران التحالف قصف تلك التعزيزات": the reinforcements or column of a deployment or a
    movement told by its noun right after a strike's verb were hit, and the side that struck
    them (the verb's subject, right after it or right before it) sent none of them — it plays
    no part in the deployment, whose actor is whoever owns them ("تابعة للحوثيين"), if named.
    The strike is a blow dealt, not a result ("قتل جندي": the soldier died); no punctuation nor
    other blow between it and the noun, which stands at most `STRUCK_REACH` words after the
    strike and its subject."""
    if c.event_type not in ("deployment", "movement") or any(t.verb for t in c.triggers):
        return False
    t0 = c.first_token
    for v in doc.triggers:
        # a blow dealt ("قصف", "استهدف"), not a result ("قتل جندي": the soldier was hit)
        if v.event_type not in VIOLENT or v.first >= t0 or v.strength <= 0.5 and lex.deed_verbs.isdisjoint(
                doc.tokens[v.first].stems):
            continue
        # (not a side joined by و to the noun: "تستهدف الحوثيين وتعزيزاتهم" — both were hit)
        vso = v.first < m.first <= v.last and m.last <= t0 and not (
            m.last == t0 and doc.tokens[t0].key.startswith("و"))  # "قصف طيران التحالف", "قصف الطيران"
        svo = m.last <= v.first and v.first - m.last <= 1  # "طيران التحالف قصف", "الطائرات في القضاء على"
        if (vso or svo) and t0 - max(v.last, m.last) <= STRUCK_REACH and not doc.punctuated(
                min(v.first, m.first), t0) and not any(
                v.last <= u.first < t0 and u.event_type in VIOLENT for u in doc.triggers):
            return True
    return False


SUFFERED_REACH = 12  # words from X to a verb of suffering, the sides joined to X between


def suffered(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"قوات الحوثي والمخلوع صالح تكبدت خسائر كبيرة", "ويتكبد داعش خسائر", "تكبدت خلالها
    الميليشيات خسائر": X, or the sides joined to it by و, is the subject of a verb of suffering
    losses (roles.yaml ``suffering.verbs``) — right before it, or right after it, words of
    ``suffering.between`` perhaps between, no stop — and was hit, whatever event word the
    clause tells."""
    if not lex.suffering or all(lex.suffering.isdisjoint(doc.tokens[j].stems) for j in range(
            max(0, m.first - SUFFERED_REACH), min(len(doc.tokens), m.last + SUFFERED_REACH))):
        return False  # (no such verb near: the joined sides are not looked for)
    first, last = m.first, m.last
    # (a side joined by و, one word of a body perhaps between: "ومليشيا الحشد الشعبي")
    joined = {j: x for x in doc.actors for j in (x.first - 1, x.first)
              if j >= 0 and doc.tokens[j].key.startswith("و") and not doc.punctuated(j, x.first)}
    while last in joined:  # "قوات الحوثي والمخلوع صالح تكبدت"
        last = joined[last].last
    ends = {x.last: x for x in doc.actors}
    while True:  # "تكبدت قوات الجيش ومليشيا الحشد وتنظيم داعش"
        j = next((j for j in (first, first - 1) if joined.get(j) is not None
                  and joined[j].first == first and j in ends), None)
        if j is None:
            break
        first = ends[j].first
    k = last
    while k < len(doc.tokens) and doc.tokens[k].key in lex.suffering_between:
        k += 1
    if k < len(doc.tokens) and not lex.suffering.isdisjoint(doc.tokens[k].stems) \
            and not doc.punctuated(m.first, k):
        return True
    k = first - 1
    while k > 0 and doc.tokens[k].key in lex.suffering_between:
        k -= 1
    return k >= 0 and not lex.suffering.isdisjoint(doc.tokens[k].stems) and not doc.punctuated(k, m.last - 1)

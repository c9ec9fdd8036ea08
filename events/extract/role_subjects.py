"""Who acts in a clause that names no one: the subject a verb carries from an earlier clause
("هاجمت القوات البلدة وسيطرت عليها", "وتقدموا", "ثم انسحبوا") or a partitive after a movement
word ("فر المئات منهم نحو تعز"). Read by the roles step (`events.extract.roles.assign_roles`)
after each candidate's own clause has been searched, so that a clause's own words always win.
Split from `events.extract.roles`."""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES
from events.extract.doc import ActorMention, Candidate, Doc, Trigger
from events.extract.reduced_relatives import descriptions
from events.extract.role_lexicon import role_lexicon
from events.extract.role_near import apart_sides
from events.extract.role_struck import busy_when_hit, worshippers
from events.extract.trigger_words import trigger_lexicon
from events.extract.triggers import forced_object


def partitive_subject(doc: Doc, c: Candidate) -> ActorMention | None:
    """"فر المئات منهم نحو تعز": "of them", within three words after a movement word, is the
    armed side named last before it in the sentence — who moved."""
    lex = role_lexicon(doc.language)
    end = min(len(doc.tokens), c.last_token + 3)
    if not any(doc.tokens[k].key in lex.partitive for k in range(c.last_token, end)):
        return None
    first = doc.sentences[c.sentence].tokens[0]
    before = [m for m in doc.actors if first <= m.first < c.first_token and m.actor_type in ARMED_TYPES]
    if not before:
        return None
    c.actors.insert(0, (before[-1], "actor1"))
    c.close_armed = True
    return before[-1]


def continues_subject(doc: Doc, c: Candidate) -> bool:
    """A clause opened by its own verb after و ("…وسيطرت على") has the previous subject, and
    so has a verb that carries its plural subject as a pronoun ("وتقدموا", "انسحبوا")."""
    cl = doc.clauses[c.clause]
    # the verb opens the clause, or follows its opening conjunction ("حيث اختطفت", "ثم انسحبوا")
    opens = c.triggers[0].verb and (cl.first == c.first_token
                                    or bool(cl.opener) and c.first_token == cl.first + 1)
    return opens and (bool(cl.opener) or doc.tokens[c.first_token].key.endswith("وا"))


def previous_subject(doc: Doc, c: Candidate, last_actor1: dict[int, ActorMention],
                     earlier_cands: list[Candidate] = ()) -> ActorMention | None:
    """Who a verb with no subject of its own ("وسيطروا على المدينة") speaks of: the actor of the
    sentence's earlier event, else the first armed actor named earlier in the sentence ("وكان
    الحوثيون قد انطلقوا … وسيطروا") that no earlier event of the sentence (``earlier_cands``)
    hit ("تمكن المقاتلون من طرد الحوثيين من عدن واتجهوا شمالا": the fighters, unnamed, went
    on — not the Houthis they drove out), else the actor of the previous sentence of the
    paragraph."""
    lex = role_lexicon(doc.language)
    told = [] if lex.subject_first else [p for p in earlier_cands if p.sentence == c.sentence]
    # (nor a side that only backed an earlier deed of the sentence: "وبدعم من الغارات التي
    # تقودها السعودية تمكن المقاتلون من طرد الحوثيين واتجهوا شمالا" — the fighters went on)
    backed = {id(m) for p in told for m, r in p.actors if r == "associated"}
    if c.sentence in last_actor1 and id(last_actor1[c.sentence]) not in backed:
        return last_actor1[c.sentence]
    start = doc.clauses[c.clause].first
    sent = doc.sentences[c.sentence]
    # (not the owner of a house of prayer, named in a genitive: "… مصابي الحادث الذي وقع بمسجد
    # قوات الطوارئ حيث تجمع الأهالي … وتوجهوا": the people moved; nor a side busy at prayer:
    # "أثناء أداء أفراد قوات الطوارئ لصلاة الظهر، حيث تسلل بينهم أحد الإرهابيين")
    # (nor a side a source is only near: "وأكد مصدر مقرب من حركة طالبان أن القيادي … بعدما
    # غادر باكستان" — the leader left)
    apart = apart_sides(doc, c.sentence)
    hit = backed | {  # (Arabic: English names its subjects before the verb)
        id(m) for p in told for m, r in p.actors if r == "actor2"}
    earlier = [m for k, m in enumerate(doc.actors) if sent.tokens[0] <= m.first < start
               and m.actor_type in ARMED_TYPES and not worshippers(doc, m, lex)
               and not busy_when_hit(doc, m, lex) and k not in apart and id(m) not in hit]
    if earlier:
        return earlier[0]
    if any({r for _, r in p.actors} == {"actor2"} for p in told):
        # (the sentence told whom an earlier event hit and no one acting: its subject is
        # unnamed, not the previous sentence's — "وبدعم الضربات استطاعت القوات المحلية
        # السيطرة على المطار من الحوثيين ثم طرد الحوثيين", "أن 17 من الحوثيين قتلوا في
        # مواجهات، بينما قتل 3 من أفراد المقاومة")
        return None
    prev = c.sentence - 1
    if prev in last_actor1 and doc.same_paragraph(prev, c.sentence):
        return last_actor1[prev]
    return None



def participle_subject(doc: Doc, c: Candidate, earlier: list[Candidate]) -> None:
    """English: an -ing clause after a clause with an object ("The army shelled rebel
    positions near the town capturing two hills", "… stormed IS positions before taking full
    control of them") has the subject of the sentence's verb. Word order had made the object
    named between — the side the earlier event hit — its actor1, or, with no side between,
    the side named after it ("seized the road last week pushing into the IS stronghold") or
    no one ("executed nine men after seizing the village from Kurdish fighters"); the earlier
    event's actor1 acts and that side was acted on. A side right before the -ing form
    with no comma between is its own subject ("strikes on militants fleeing the town")."""
    lex = role_lexicon(doc.language)
    t = min(c.triggers, key=lambda x: x.first)
    a1 = next((m for m, r in c.actors if r == "actor1"), None)
    if not lex.adverbial or t.tense != "participle" or t.first == 0:
        return
    before = doc.tokens[t.first - 1].key
    if before in lex.progressive and before not in lex.adverbial:  # "which were moving"
        return
    if _mover_before(doc, c, t, a1):
        return
    if a1 is None or a1.first >= t.last:  # no side between the earlier event's verb and this one
        if before in lex.participle_nouns:  # "killed by airstrikes and shelling since …": a noun
            return
        told = [p for p in earlier if p.sentence == c.sentence and p.last_token <= t.first]
        subject = next((m for m, r in told[-1].actors if r == "actor1"), None) \
            if told and any(x.verb for x in told[-1].triggers) else None
        if subject is not None and not any(told[-1].last_token <= m.first < t.first for m in doc.actors):
            _acts(c, subject)
        return
    if a1.last == t.first and "," not in doc.gap(a1.last - 1, t.first):
        return
    told = [p for p in earlier if p.sentence == c.sentence and p.last_token <= a1.first]
    if not told:
        opening = _opening_side(doc, c)
        # (a1 the first side named after it: not "IS chased the government forces out but the
        # Syrian army returned recapturing the city")
        if opening is not None and not any(opening.last <= m.first < a1.first for m in doc.actors):
            _acts(c, opening)
        return
    for p in reversed(told):
        subject = next((m for m, r in p.actors if r == "actor1"), None) or _opening_side(doc, p)
        if subject is None:
            continue
        # the object: the first side named after the earlier event's word, the very mention
        # it hit (not "after X expelled jihadists last month Al-Qaeda counters by killing 17",
        # nor "IS chased the government forces out but the Syrian army returned recapturing")
        between = {m.name for m in doc.actors if p.last_token <= m.first < a1.first}
        if between <= {a1.name} and any(r == "actor2" and m.first == a1.first for m, r in p.actors):
            _acts(c, subject)
        return


def described_passive_subject(doc: Doc, c: Candidate) -> bool:
    """English: "Government forces battling rebels near the town were hit by a car bomb": the
    side a reduced relative describes, the subject of a passive verb after the description, was
    hit; the side the description names is fought by it, no party of the blow ("by" names who
    struck, `role_agents`). True when the candidate's roles were so settled."""
    lex = role_lexicon(doc.language)
    if not lex.subject_first or c.event_type in ("agreement", "statement"):
        return False
    passive = trigger_lexicon(doc.language).passive
    verb = next((t for t in c.triggers if t.verb and t.first > 0
                 and doc.tokens[t.first - 1].key in passive), None)
    if verb is None:
        return False
    for p, end in descriptions(doc):
        if p in c.triggers or not p.first < end <= verb.first - 1 or any(
                doc.tokens[k].key not in passive | lex.perfect for k in range(end, verb.first)) \
                or doc.punctuated(end - 1, verb.first):
            continue
        subject = next((m for m in doc.actors if m.last == p.first and m.actor_type in ARMED_TYPES), None)
        if subject is None:
            continue
        c.actors = [(subject, "actor2")] + [(m, r) for m, r in c.actors if m.name != subject.name
                                            and not p.last <= m.first < end]
        return True
    return False


def reduced_relative_subject(doc: Doc, c: Candidate) -> None:
    """English: "Rebels fighting the regime seized the village", "Syrian Kurds battling IS made
    fresh advances": the side right after an -ing event word (an article between perhaps) is
    that participle's object, and the side right before it — no comma between — the subject
    of the verb after. Word order had made the nearer one, the side fought, actor1."""
    lex = role_lexicon(doc.language)
    a1 = next((m for m, r in c.actors if r == "actor1"), None)
    if described_passive_subject(doc, c):
        return
    if not lex.subject_first or a1 is None or a1.last > c.first_token or c.event_type in (
            "agreement", "statement"):
        return  # (parties and speakers are named, not read from word order: "rebels fighting
        # Assad must abide by the agreement" make none)
    k = a1.first - 1
    if k >= 0 and doc.tokens[k].key in trigger_lexicon(doc.language).determiners:
        k -= 1  # "fighting the IS group"
    p = next((t for t in doc.triggers if t.tense == "participle" and t.last == k + 1
              and t not in c.triggers), None)
    if p is None or p.first == 0 or doc.punctuated(p.first - 1, a1.first):
        return
    subject = next((m for m in doc.actors if m.last == p.first and m.actor_type in ARMED_TYPES), None)
    if subject is not None and subject.name != a1.name:
        _acts(c, subject)


CAUSE_REACH = 3  # words from a result verb to the event word after it that says how ("in a jihadist")


def hit_before_cause(doc: Doc, c: Candidate, earlier: list[Candidate]) -> None:
    """English: "85 Syrian troops killed in jihadist advance", "soldiers were killed during a
    rebel offensive": the side a result verb hit, named before it, is no actor1 of the event
    word after it that says how (a preposition of ``headline_passives`` between) — word order
    had made the troops who died the ones advancing; they were advanced on."""
    lex = role_lexicon(doc.language)
    a1 = next((m for m, r in c.actors if r == "actor1"), None)
    if not lex.subject_first or a1 is None or a1.last > c.first_token:
        return
    t = min(c.triggers, key=lambda x: x.first)
    for p in earlier:
        if p.sentence != c.sentence or not any(r == "actor2" and m.first == a1.first for m, r in p.actors):
            continue
        verb = next((x for x in p.triggers if x.verb and x.tense == "past" and x.strength <= 0.5
                     and a1.last <= x.first and 0 < t.first - x.last <= CAUSE_REACH), None)
        if verb is not None and doc.tokens[verb.last].key in lex.headline_after \
                and not doc.punctuated(verb.last - 1, t.first):
            c.actors = [(m, "actor2" if m.first == a1.first else r) for m, r in c.actors]
            return


def _mover_before(doc: Doc, c: Candidate, t: Trigger, a1: ActorMention | None) -> bool:
    """"An IS attack on regime forces advancing towards the town", "strikes on Kurdish fighters
    pushing into the village": the armed side right before a movement's -ing form, no comma
    between, is who moved; the sides named before it belong to the deed told first (word order
    had made its attacker the mover). True when the candidate's roles were so settled."""
    if c.event_type != "movement":
        return False
    mover = next((m for m in doc.actors if m.last == t.first and m.actor_type in ARMED_TYPES), None)
    if mover is None or a1 is not None and a1.name == mover.name or doc.punctuated(t.first - 1, t.first):
        return False
    c.actors = [(mover, "actor1")] + [(m, r) for m, r in c.actors
                                      if m.first > t.first and m.name != mover.name]
    return True


def _acts(c: Candidate, subject: ActorMention) -> None:
    """``subject`` is the candidate's actor1; the side read as its actor1 was acted on."""
    if any(r == "actor1" and m.name == subject.name for m, r in c.actors):
        return
    c.actors = [(subject, "actor1")] + [(m, "actor2" if r == "actor1" else r)
                                        for m, r in c.actors if m.name != subject.name]


def _opening_side(doc: Doc, p: Candidate) -> ActorMention | None:
    """The side a sentence opens with, when an -ing event word told later in it has no actor of
    its own ("The army units continued operations in the district and the areas around it
    destroying tunnels with the terrorists inside", the army beyond the actor window): the
    first actor of the sentence, armed, named before the event word."""
    first = doc.sentences[p.sentence].tokens[0]
    t = min(p.triggers, key=lambda x: x.first)
    if t.tense != "participle":
        return None
    opening = next((m for m in doc.actors if first <= m.first < t.first), None)
    return opening if opening is not None and opening.actor_type in ARMED_TYPES else None


def forced_movers(doc: Doc, c: Candidate) -> None:
    """A move someone was forced into ("Government troops forced the militants to withdraw",
    "fighting between X and Y has forced thousands of residents to flee the town") was made by
    the object of the forcing verb: a side named before that verb forced it and did not move —
    it is no actor1 (it faced the movers)."""
    if c.event_type != "movement":
        return
    lex = trigger_lexicon(doc.language)
    for t in c.triggers:
        k = t.first - 1
        if not t.verb or k < 0 or doc.tokens[k].key not in lex.purpose_words:
            continue
        j = forced_object(doc, k, lex)
        if j is not None:
            c.actors = [(m, "actor2" if r == "actor1" and m.last <= j else r) for m, r in c.actors]
            return

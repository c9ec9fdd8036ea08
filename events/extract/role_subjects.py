"""Who acts in a clause that names no one: the subject a verb carries from an earlier clause
("هاجمت القوات البلدة وسيطرت عليها", "وتقدموا", "ثم انسحبوا") or a partitive after a movement
word ("فر المئات منهم نحو تعز"). Read by the roles step (`events.extract.roles.assign_roles`)
after each candidate's own clause has been searched, so that a clause's own words always win.
Split from `events.extract.roles`."""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES
from events.extract.doc import ActorMention, Candidate, Doc
from events.extract.role_lexicon import role_lexicon
from events.extract.role_victims import busy_when_hit, worshippers


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


def previous_subject(doc: Doc, c: Candidate, last_actor1: dict[int, ActorMention]
                      ) -> ActorMention | None:
    """Who a verb with no subject of its own ("وسيطروا على المدينة") speaks of: the actor of the
    sentence's earlier event, else the first armed actor named earlier in the sentence ("وكان
    الحوثيون قد انطلقوا … وسيطروا"), else the actor of the previous sentence of the paragraph."""
    if c.sentence in last_actor1:
        return last_actor1[c.sentence]
    start = doc.clauses[c.clause].first
    sent = doc.sentences[c.sentence]
    # (not the owner of a house of prayer, named in a genitive: "… مصابي الحادث الذي وقع بمسجد
    # قوات الطوارئ حيث تجمع الأهالي … وتوجهوا": the people moved; nor a side busy at prayer:
    # "أثناء أداء أفراد قوات الطوارئ لصلاة الظهر، حيث تسلل بينهم أحد الإرهابيين")
    lex = role_lexicon(doc.language)
    earlier = [m for m in doc.actors if sent.tokens[0] <= m.first < start
               and m.actor_type in ARMED_TYPES and not worshippers(doc, m, lex)
               and not busy_when_hit(doc, m, lex)]
    if earlier:
        return earlier[0]
    prev = c.sentence - 1
    if prev in last_actor1 and doc.same_paragraph(prev, c.sentence):
        return last_actor1[prev]
    return None

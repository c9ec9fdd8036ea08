"""Step: who and where — the actors and places of each candidate, read from its clause.

Actors and places are looked for in the candidate's clause (`events.extract.clauses`), within
`ACTOR_WINDOW` tokens of its trigger (the sides near it: `events.extract.role_near`). Roles
come from word order and the cue words of ``data/lexicon/roles.yaml`` (each cue test in
`events.extract.role_cues`):
* the subject right after a verb or just before it acts (actor1); "على/ضد/مواقع X" or "80
  إرهابياً من X" is the target (actor2); allies and "بالتنسيق مع X" are associated;
* the agent of a passive ("لقصف من قبل قوات النظام", "على يد مسلحين") acts, whatever the order;
* an owner ("مخازن تابعة للتنظيم", "طائرات تابعة للجيش", "مسلحون تابعون للحوثيين") takes the
  part of what it owns: hit with its stores, acting with its aircraft or its men;
* the object of a verb or noun of expulsion lost the ground (`events.extract.role_ground`);
* an air force is never the target of its own strike, and a clause that goes on without a
  subject ("هاجمت القوات البلدة وسيطرت عليها") keeps the previous clause's actor
  (`events.extract.role_subjects`);
* places: `events.extract.place_roles` (origin, destination, the place hit, one event per
  governorate of a list of places).
Generic violence is then typed (`events.extract.role_types`): airstrike when an air actor or word is in the
clause, shelling for ground weapons, a clash between two sides, else an attack; a bare "قصف"
stays a `bombardment` until event identity or the final step settles it.
"""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES, allied, info_of, registry
from events.extract.candidates import VIOLENT
from events.extract.doc import ActorMention, Candidate, Doc, Trigger
from events.extract.place_next import place_from_next
from events.extract.place_roles import assign_places, split_by_place
from events.extract.role_agents import (adjective_agent, agent_cue, agent_end, agent_of, caused_by,
                                       count_follows, counted_after, noun_agent,
                                       accusative_follows)
from events.extract.role_backers import backs_through_strike
from events.extract.role_cues import (accused, ally_cue, among_victims, blamed, counted_victims, died_in,
                                      generic, had_by, headline_passive, holder, lam_marked, members_of,
                                      named_after, object_follows, owns_outlet, passive_subject, side_of,
                                      spoken_for, taken_from, target_cue)
from events.extract.role_dead_aside import dies_carried
from events.extract.role_fought import fought_noun
from events.extract.role_fronted import fronted_objects
from events.extract.role_ground import control_lost, ground_lost, held_from
from events.extract.role_lexicon import RoleLexicon, role_lexicon
from events.extract.role_near import sides_near
from events.extract.role_opposed import opposed
from events.extract.role_owners import (doers_of, downed_owner, linked_owner, owner_acts, owner_link,
                                       parent_of_named_branch, weapon_lost)
from events.extract.role_possessors import member_named, possessor_hit
from events.extract.role_relatives import aimed_at, relative_aside, relative_object, relative_side_acts
from events.extract.role_sides import (air_acts, companions, fight_sides, joined, joint_agents,
                                       joint_subject)
from events.extract.role_speakers import claimer, ours_hit, own_dead, reports_only, told_subject
from events.extract.role_subjects import (continues_subject, forced_movers, hit_before_cause,
                                          partitive_subject, participle_subject, previous_subject,
                                          reduced_relative_subject)
from events.extract.role_types import refine_type
from events.extract.role_struck import (among_dead, busy_when_hit, compelled, exposed, facility_owner, fought_with,
                                        lost_men_of,
                                        relative_dead, struck_forces, suffered, used_by, worshippers)
from events.extract.role_victims import (avenger, counted_dead, died_before, hit_with, martyrdom,
                                         martyrs_side, repel_sides, soldiers_dead, stationed,
                                         told_apart, verb_object, within_toll)
from events.extract.trigger_words import trigger_lexicon


def assign_roles(doc: Doc) -> None:
    """Give every candidate its actors and places, split place lists, settle generic types."""
    out: list[Candidate] = []
    last_actor1: dict[int, ActorMention] = {}
    for c in doc.candidates:
        aside = relative_aside(doc, c)
        assign_actors(doc, c, aside)
        relative_side_acts(doc, c)
        participle_subject(doc, c, out)
        hit_before_cause(doc, c, out)
        reduced_relative_subject(doc, c)
        forced_movers(doc, c)
        a1 = next((m for m, r in c.actors if r == "actor1"), None)
        if a1 is None and c.event_type == "movement":
            a1 = partitive_subject(doc, c)
        if a1 is None and continues_subject(doc, c):
            subject = previous_subject(doc, c, last_actor1, out)
            if subject is not None and subject.name not in {m.name for m, _ in c.actors}:
                # ("…، بينهم قيادي، قتلوا في غارة": the passive's subject died)
                dead = dies_carried(doc, c, subject, role_lexicon(doc.language))
                c.actors.insert(0, (subject, "actor2" if dead else "actor1"))
                c.close_armed = True  # the subject is the verb's own pronoun
        elif a1 is not None:
            last_actor1[c.sentence] = a1
        assign_places(doc, c)
        place_from_next(doc, c)
        refine_type(doc, c, aside[1])
        air_acts(doc, c)
        out.extend(split_by_place(doc, c))
    doc.candidates = out


OWNER_HIT_REACH = 3  # words from the event word to the side owning what it hit ("بقصف أهداف عسكرية لحزب")


def assign_actors(doc: Doc, c: Candidate, aside: tuple[int | None, range]) -> None:
    """`_assign_actors`, with an owner standing in for the armed men it owns when the text
    names them by a word that depends on the article ("مسلحون تابعون للحوثيين", "قوات الأمن
    التابعة لحماس"): they are its men, in whatever part they play. A group with a name of its
    own keeps it ("ولاية سيناء التابع لداعش", "حركة الشباب التابعة للقاعدة"): the owner then
    takes no part."""
    lex = role_lexicon(doc.language)
    first, last = doc.sentences[c.sentence].tokens
    stand_in: dict[int, int] = {}  # the owned men's mention → their owner's
    branches: set[int] = set()  # owners whose branch is named
    for k, m in enumerate(doc.actors):
        b = owner_link(doc, m, lex) if first <= m.first < last else None
        owned = None if b is None else next((j for j in range(k - 1, -1, -1) if doc.actors[j].actor_type
                                             in ARMED_TYPES and doc.actors[j].last == b), None)
        if owned is None:
            if first <= m.first < last and parent_of_named_branch(doc, k):
                # "ولاية سيناء الفرع المصري لتنظيم داعش": the parent's place is the branch's
                stand_in[k] = k - 1
            continue
        if doc.actors[owned].name == m.name:
            # "المسلحين التابعين للحوثيين", "الانقلابيين أتباع الحوثيين": the men read as
            # Houthis already, and play their part; the owner named again plays none
            branches.add(k)
        elif generic(doc, doc.actors[owned]):
            stand_in[owned] = k
        else:
            branches.add(k)
    _assign_actors(doc, c, aside, set(stand_in.values()) | branches,
                   {j: doc.actors[k] for j, k in stand_in.items()})
    if stand_in:
        ids = {id(doc.actors[j]): doc.actors[k] for j, k in stand_in.items()}
        named = {m.name for m, _ in c.actors}
        c.actors = [(ids[id(m)], r) if id(m) in ids and ids[id(m)].name not in named else (m, r)
                    for m, r in c.actors]


def _assign_actors(doc: Doc, c: Candidate, aside: tuple[int | None, range], owners: set[int],
                   renamed: dict[int, ActorMention]) -> None:
    """Pick the actors of the trigger's clause and give them roles: actor1 acts, actor2 is
    acted on, associated stands with actor1 (allies, or "بالتنسيق مع" anywhere in the
    sentence). An armed speaker announcing its own operation is its actor1. ``renamed``: the
    owner standing in for its men (by their index) — "الحوثيون والمسلحون الموالون لصالح" name two
    sides even when the men alone read as the first."""
    lex = role_lexicon(doc.language)
    t0, t1 = c.first_token, c.last_token
    near, speaker_ids = sides_near(doc, c, aside, owners, lex)
    # "قصف الطيران تعزيزات للحوثيين": who struck the reinforcements plays no part in sending them
    near = [(k, m) for k, m in near if not struck_forces(doc, c, m, lex)]
    skipped = aside[1]
    if not near:
        return
    if c.event_type in ("agreement", "statement"):
        if c.event_type == "agreement":  # the armed groups when two are named
            armed_ = [x for x in near if x[1].actor_type in ARMED_TYPES]
            near = armed_ if len({x[1].name for x in armed_}) >= 2 else near
        seen: set[str] = set()
        for i, (_, m) in enumerate(near):
            if m.name not in seen:
                seen.add(m.name)
                c.actors.append((m, "actor1" if i == 0 else "actor2"))
        return
    violent = c.event_type in VIOLENT
    ends = {t.last for t in c.triggers}
    results = _told_results(doc, c, lex) if violent else c.triggers
    if c.weak and martyrdom(doc, c, lex):
        # "نعت القوات المسلحة الجندي الذي استشهد أمس": a side's own dead — it was hit; who
        # killed them is named by an agent phrase ("برصاص قناص من داعش"), if at all
        for k, m in near:
            if not (agent_cue(doc, m.first, lex) or blamed(doc, m.first, lex, c)
                    or told_apart(doc, c, m)) and m.name not in {x.name for x, _ in c.actors}:
                c.actors.append((m, "actor2"))
        near = [(k, m) for k, m in near if agent_cue(doc, m.first, lex)]
        for _, m in near[:1]:
            c.actors.append((m, "actor1"))
        return
    killers: set[int] = set()
    if c.weak and not any(t.verb for t in c.triggers):
        # "مقتل عناصر داعش": after a result noun comes who suffered — and whose fire killed
        # them, however far ("مقتل جندي وإصابة آخر برصاص من جانب داعش")
        near = [(k, m) for k, m in near if m.first < t0] + [
            (k, m) for k, m in near if m.first >= t0 and (m.first not in ends or not lex.subject_first)]
        # ("جراء ضراوة المقاومة": the side after a word of cause that is the event word dealt
        # the harm, and the sides joined to it)
        killers = {k for k, m in near if m.first >= t0 and (agent_cue(doc, m.first, lex)
                                                             or caused_by(doc, c, m, lex))
                   or not lex.subject_first and (
                       m.first in ends or m.first - 1 in ends  # (its men: "استهداف مقاتلي X البلدة")
                       and not lex.members.isdisjoint(doc.tokens[m.first - 1].stems))
                   and object_follows(doc, m)}
        for (j, prev), (k, m) in zip(near, near[1:]):
            if j in killers and joined(doc, prev, m, lex):
                killers.add(k)
        fought = fight_sides(doc, near, t0, lex)  # (not "في اشتباكات بين X وY": they fought)
        victims = [(k, m) for k, m in near if m.first >= t0 and k not in killers | fought]
        for _, m in victims:
            c.actors.append((m, "actor2"))
        near = [x for x in near if x not in victims]
        if not near:
            return
    # (not an outlet's owner after its "by": "a news agency run by IS said …" names no author)
    cue_ends = {k: None if owns_outlet(doc, m, lex) else agent_end(doc, m.first, lex) for k, m in near}
    # "طائرات تابعة للجيش", "مخازن تابعة للتنظيم": an owner takes the part of what it owns
    # (what it owns may be the event word itself: "نيران المدفعية التابعة للميليشيات"; else
    # a noun after the event word is no agent of it: "غارات لمخابئ تابعة لداعش")
    owned = {k: b for k, m in near if (b := owner_link(doc, m, lex)) is not None}
    # (not an outlet's owner: "قناة المسيرة التابعة للحوثيين" names no drone)
    owning = {k for k, b in owned.items() if owner_acts(doc, c, doc.actors[k], b, lex)
              and not spoken_for(doc, doc.actors[k], lex)}
    if any(doers_of(doc, owned[k], lex) for k in owning):
        # "هاجم مسلحون …، ويرجح أن المهاجمين ينتمون لولاية سيناء": the unnamed gunmen are X's men
        near = [(k, m) for k, m in near if k in owning or m.side != "unknown"]
    ends_of = {t.last for t in c.triggers}
    agents = {k for k, m in near if cue_ends[k] is not None
              and any(agent_of(doc, t, cue_ends[k], lex) for t in c.triggers)
              or violent and (k not in owned or owned[k] in ends_of and not weapon_lost(doc, c, owned[k]))
              and noun_agent(doc, c, m, lex)
              or blamed(doc, m.first, lex, c) or violent and claimer(doc, c, m, lex)
              or violent and accused(doc, c, m, lex)  # ("داعش المتهم بالوقوف خلف العملية")
              or violent and adjective_agent(doc, c, m)} | killers | owning
    # "أعلن الجيش فرار العشرات من عناصر داعش": the side named right after a noun of movement
    # (after a count and من perhaps) is who moved, not the speaker before it
    agents |= {k for k, m in near if c.event_type == "movement" and k not in speaker_ids
               and any(not t.verb and named_after(doc, t.last, m, lex) for t in c.triggers)}
    jointly = joint_agents(doc, near, {k for k in agents if cue_ends[k] is not None}, lex)
    agents |= jointly  # ("by Iraqi and Kurdish forces": both act)
    # weak result words in a clause with a named strike ("لقي عشرات من عناصر داعش مصرعهم في
    # ضربات شنتها مقاتلات التحالف"): who acted is read from the strike, who died is hit
    strong = [t for t in c.triggers if t.strength > 0.5]
    if strong and len(strong) < len(c.triggers):
        # (not a verb with its count after it: "قوات الأمن قتلت ثلاثة إرهابيين في تبادل
        # لإطلاق النار" — the forces before it killed)
        weak_ends = {t.first for t in c.triggers if t.strength <= 0.5 and not (
            t.verb and (count_follows(doc, t.last, lex) or accusative_follows(doc, t.last, lex)))
            and doc.tokens[t.first].key not in lex.deed_verbs}  # ("قذائف الحوثي تستهدف": it aims)
        t0, t1 = strong[0].first, strong[-1].last
        # (not a speaker: "أفاد الجيش الأمريكي بمقتل القيادي" reports the death)
        # ("مقتل عناصر من داعش في غارة": the side named right after a result noun died)
        after_nouns = set() if lex.subject_first else {
            t.last for t in c.triggers if t.strength <= 0.5 and not t.verb}
        result_verb_ends = set() if lex.subject_first else {
            t.last for t in c.triggers if t.strength <= 0.5 and t.verb}
        # (not a subject whose verb carries the result noun: "تمكنت القوات من تدمير سيارات
        # مفخخة" — the forces destroyed them)
        victims = {k for k, m in near if (m.last in weak_ends or m.last + 1 in weak_ends
                                          and doc.tokens[m.last].key not in lex.noun_openers
                                          or any(named_after(doc, e, m, lex) for e in after_nouns)
                                          or died_in(doc, c, m, lex)
                                          or members_of(doc, m, result_verb_ends, lex))
                   and k not in speaker_ids}
    else:
        victims = set()
    # "جنود من حرس الحدود استشهدوا إثر قصف": whose men died by martyrdom, whatever struck
    martyred = {k for k, m in near if k not in speaker_ids and martyrs_side(doc, c, m, lex)}
    avenging = {k for k, m in near if m.last <= t0 and avenger(doc, c, m, lex)}  # it was hit
    victims |= avenging
    agents -= avenging
    victims |= martyred
    # "العشرات من عناصر داعش قتلوا في عمليات تطهير المدينة": the side whose men died in it
    died = {k for k, m in near if k not in speaker_ids and died_before(doc, c, m, lex)}
    victims |= died
    agents -= died
    downed: set[int] = set()
    if violent:
        # "areas held by X", "X's helicopter was shot down": no agent
        downed = {k for k, m in near if downed_owner(doc, c, m)}
        # ("قال الجيش إن مسلحين قتلوا اثنين من جنوده": whose men the pronoun names)
        held_by = {k for k, m in near if holder(doc, m, lex) or stationed(doc, c, m, lex)
                   or possessor_hit(doc, c, m, lex) or worshippers(doc, m, lex)
                   or busy_when_hit(doc, m, lex) or exposed(doc, c, m, lex)
                   or relative_dead(doc, m, lex) or suffered(doc, m, lex)
                   # ("a car bomb exploded near the headquarters of the army": its site was hit)
                   or facility_owner(doc, m, lex) and k not in speaker_ids} | downed
        victims |= held_by | {k for k, m in near if m.first > c.first_token and among_victims(doc, m, lex)
                              or counted_dead(doc, c, m, lex)
                              or soldiers_dead(doc, c, m, lex) or lost_men_of(doc, m, lex)
                              or among_dead(doc, m, lex)
                              or passive_subject(doc, c, m, lex) or within_toll(doc, c, m, lex)
                              or headline_passive(doc, c, m, lex)}
        agents -= held_by
    lost = violent or c.event_type == "territory_change"  # "تحرير أبين من الحوثيين"
    # SVO: the side right after an active verb is its object ("regime pounds Kurdish positions"),
    # after its -ing form too when a verb's ("jets were bombing rebels")
    verb_ends = {t.last for t in results if t.verb or t.tense == "participle" and t.first > 0
                 and doc.tokens[t.first - 1].key in lex.progressive}
    # ("هجوم على قاعدة تابعة لقوات التحالف": the owner of the place or thing hit)
    owner_hit = {k for k in owned if k not in owning and linked_owner(doc, doc.actors[k])
                 and (violent or c.event_type == "detention") and not spoken_for(doc, doc.actors[k], lex)}
    targets = victims | owner_hit | {k for k, m in near if k not in agents and (
        # an arrest takes the armed group named after it ("تم ضبط عدد من الحوثيين")
        c.event_type == "detention" and m.first >= t1 and m.actor_type == "non_state_armed_group"
        # (not a side that speaks: "المكتب الإعلامي للمقاومة", "المتحدث الرسمي للتحالف")
        or not spoken_for(doc, m, lex) and (
            target_cue(doc, m.first, lost and m.first > t0, lex, t1 if m.first >= t1 else 0,
                       t1 if any(t.verb and t.strength > 0.5 and t.last == t1 for t in strong) else None)
            or violent and m.first not in ends and lam_marked(doc, m) and not had_by(doc, m, lex)
            # (ل written apart, drawn out before a quoted name: "القادة المحليين لـ«داعش»"; not
            # after a form of being: "كان لـ«داعش» دور في تفجير")
            or violent and m.first > 0 and m.first - 1 not in ends and doc.tokens[m.first - 1].key == "ل"
            and not had_by(doc, m, lex))
        or violent and counted_victims(doc, c, m, results)
        or violent and member_named(doc, c, m, lex, results)  # ("killed a senior Nusra commander")
        or violent and lex.subject_first and m.first in verb_ends
        # (a campaign's aim too: "شن الجيش حملة تستهدف حزب العمال", "بدء حملة تستهدف X")
        or (violent or c.event_type == "operation_launch") and relative_object(doc, c, m, lex)
        or aimed_at(doc, c, m, lex) or opposed(doc, m, lex)  # ("an anti-IS offensive")
        # "قصفت الطائرات أمس المتمردين": an oblique plural right after the verb is its object
        or violent and verb_object(doc, c, m, lex)
        or c.event_type == "territory_change" and m.first >= t1 and taken_from(doc, m, lex)
        # "سيطر … بعد معارك عنيفة مع المتمردين": the side fought lost the ground, or met the
        # move (in a fight told so it may have dealt the blow: "قتل خمسة من المقاومة في
        # اشتباكات مع مسلحين")
        or c.event_type in ("territory_change", "movement") and fought_with(doc, m, lex)
        # "غارات لدفع الحوثيين إلى الداخل": whom the blow was to drive
        or (violent or c.event_type == "operation_launch") and compelled(doc, m, lex))}
    # ↑ "دمرت 3 آليات لإرهابيي داعش": ل marks the owner of what was hit; right after the
    # trigger ("غارات للتحالف الدولي") it marks the one who struck
    fought = {k for k, m in near if fought_noun(doc, m, lex)}  # ("بمحاربة تنظيم داعش": what is fought)
    targets, agents = targets | fought, agents - fought
    if violent:  # "إن الجيش قصف ميليشيات الحوثي": the side after a verb whose subject stands before it
        targets |= fronted_objects(doc, c, near, targets | agents | speaker_ids, lex)
    if not died:  # (the side that died in the taking lost the ground, none named after it)
        targets |= ground_lost(doc, c, near, targets, agents, t0, t1, lex)
    if lost:  # "تحرير الجامعة من سيطرة داعش": whoever took it, the holder lost it
        held = {k for k, m in near if held_from(doc, m, lex) or control_lost(doc, c, m, lex)
                # ("destroyed two buildings used by IS", "retook the road used by the rebels")
                or used_by(doc, c, m, lex)
                # ("captured the IS-held town", "took the Daesh stronghold of Jarablus": the
                # holder lost it, as a strike's holder was hit)
                or c.event_type == "territory_change" and holder(doc, m, lex)
                and not _verb_next(doc, c, m)}
        targets |= held
        agents -= held
    elif c.event_type == "movement":  # ("pushing towards the IS-held town": the holder met it)
        held = {k for k, m in near if holder(doc, m, lex) and not _verb_next(doc, c, m)}
        targets |= held
        agents -= held
    # "السعودية تتصدى لقذائف الحوثيين": the side that repelled the blow met it, the one after
    # the blow dealt it
    defended, assailed = repel_sides(doc, c, near, skipped, lex) if violent else (set(), set())
    targets = (targets | defended) - assailed
    agents = (agents - defended) | assailed
    for (j, prev), (k, m) in zip(near, near[1:]):  # "ضد داعش وجبهة النصرة": both were hit
        if j in targets and k not in agents and hit_with(doc, prev, m, lex):
            targets.add(k)
    # "دحر العدوان الحوثي وقوات المخلوع", "تطهير عدن من المتمردين وأنصار صالح": the second of two
    # allied sides joined by و was hit by a cue of its own; the first, with no cue of acting, was
    # hit with it — it does not strike its ally (not the subject right after an event verb:
    # "طردت قوات المقاومة والتحالف العربي أنصار الحوثي" — the two acted, whatever the second's cue)
    verb_subjects = {t.last for t in c.triggers if t.verb}
    for (j, prev), (k, m) in reversed(list(zip(near, near[1:]))):
        if k in targets and j not in targets | agents and prev.first not in verb_subjects \
                and allied(prev.side, m.side) and hit_with(doc, prev, m, lex):
            targets.add(j)
    allies_of = companions(doc, near, lex)  # "الحوثيين وحلفائهم من قوات صالح": with them
    for k, j in allies_of.items():
        (targets.add if j in targets else targets.discard)(k)
    if c.event_type == "airstrike" or violent:
        # an air force is never the target of its own strike (but of a downing of its aircraft,
        # when its men died, "استشهد جنديان من قوات التحالف", or when it owns the base hit:
        # "شن متشددون هجوما على قاعدة عسكرية تابعة لقوات التحالف")
        targets -= {k for k, m in near if info_of(m).mode == "air" and k not in downed | martyred | owner_hit}
    targets -= owning | {k for k in agents if claimer(doc, c, doc.actors[k], lex)}
    # ("وبدعم من الغارات التي تقودها السعودية تمكن المقاتلون من طرد الحوثيين": the strike's author backs)
    backing = {k for k, m in near if backs_through_strike(doc, c, m, lex)}
    targets, agents = targets - backing, agents - backing
    # (an armed agent named by its cue is close whatever the count between: "الهجوم الذي نفذه نحو
    # 300 من مسلحي X"; so is the subject of the verb that carried the noun out, whatever is told
    # between: "ونفذ تنظيم داعش في الأسبوع الأخير من حزيران هجوما")
    carries = trigger_lexicon(doc.language).launch.carries
    c.close_armed = any(m.actor_type in ARMED_TYPES and (
        k in agents or t.first - 3 <= m.last and m.first <= t.last + 3
        or t.verb and counted_after(doc, t.last, m.first, lex)
        or m.first > 0 and m.last <= t.first and not carries.isdisjoint(doc.tokens[m.first - 1].stems)
        and not t.verb) for k, m in near for t in c.triggers)
    # "أعلن الجيش أن جنديين قتلا في هجوم": a force that reports its soldiers dead was hit
    targets |= {k for k, m in near if k in speaker_ids and k not in agents and own_dead(doc, c, k, lex)}
    # "قال الناطق باسم الحزب إن الطائرات قصفت مواقعنا": the speaker's "our" positions were hit
    if violent and ours_hit(doc, c, lex):
        targets |= {k for k in speaker_ids if k in dict(near) and k not in agents}
    hit = {m.side or m.name for k, m in near if k in targets and k not in speaker_ids}
    # the speaker of a report whose own side was hit did not strike itself ("وذكر الجيش أن
    # الهجوم استهدف موقعا لقوات الأمن"): it is the claimant, not the attacker
    reporting = {k for k, m in near if k in speaker_ids and k not in targets
                 and (m.side or m.name) in hit}
    # a state force that reports a bombing or an attack on civilians is its claimant, not its
    # author ("وقال ضابط في الشرطة: قتل 16 في تفجير سيارة مفخخة")
    # (its own men named dead make it the side hit: "قال الجيش إن مسلحين قتلوا اثنين من جنوده")
    if c.event_type == "attack":
        reporting |= {k for k, m in near if k in speaker_ids and m.actor_type == "state_force"
                      and k not in targets}
    # ("قالت الشرطة إن شخصا قتل في إطلاق نار": a force that tells of violence with no side hit
    # in it — a side hit would have been its own foe: "قال الجيش إن المتمردين تكبدوا خسائر")
    told_hit = hit or any(r == "actor2" for _, r in c.actors)
    reporting |= {k for k, m in near if not told_hit and k in speaker_ids and k not in targets
                  and reports_only(doc, c, k, lex)}
    # ("a news agency run by IS said a car bomb killed five soldiers": the outlet's owner
    # tells the deed; only its own words make it a side — "… said its fighters killed")
    if not _own_men_acting(doc, c, lex):
        reporting |= {k for k, m in near if k not in agents and k not in targets and owns_outlet(doc, m, lex)}
    # (not a side named again, after the event word, as the owner of what was hit: "بدء حملة
    # تستهدف حزب العمال …، لافتا إلى أن المدفعية قامت بقصف أهداف لحزب العمال" — the party
    # named first does not shell its own targets)
    # (not after a word of belonging: "تشكيلات تابعة للجيش الحر" names a side's men)
    # (right after the first event word, `OWNER_HIT_REACH` words at most: a candidate may join
    # two deeds, "قصفت المقاتلات التركية مواقع للجهاديين، وكان متطرفون فتحوا النار على مركز
    # للجيش التركي")
    first_end = c.triggers[0].last
    hit_names = {m.name for k, m in near if k in targets and first_end <= m.first <= first_end + OWNER_HIT_REACH
                 and not any(first_end <= t.first < m.first for t in c.triggers) and (
        lam_marked(doc, m) and lex.belonging.isdisjoint(doc.tokens[m.first - 1].stems)
        or m.first > 1 and doc.tokens[m.first - 1].key == "ل"
        and lex.belonging.isdisjoint(doc.tokens[m.first - 2].stems))}
    free = [x for x in near if x[0] not in targets | reporting and not ally_cue(doc, x[1].first, lex)
            and x[0] not in backing and x[0] not in allies_of and (x[1].name not in hit_names or x[0] in agents)]
    own = [x for x in free if x[0] in speaker_ids] if c.event_type in lex.announced \
        and not told_subject(doc, c, free, speaker_ids, lex) else []
    immediate = [x for x in free if x[1].first in ends]
    before = [x for x in free if x[1].last <= t0]
    after = [x for x in free if x[1].first >= t1]
    agent = [x for x in near if x[0] in agents]
    # VSO (Arabic): the subject follows the verb; SVO (English): it stands before it
    order = (before[-1:], immediate, after[:1]) if lex.subject_first else (immediate, before[-1:], after[:1])
    # (not aircraft named as backing only: "اقتحمت القوات بدعم من طائرات التحالف القاعدة" — the
    # coalition backed whoever stormed it, unnamed; ground forces named so may be the same side
    # as the unnamed one: "حققت المقاومة مدعومة من قوات الجيش تقدما")
    air_heads = registry(doc.language).heads[1]
    backers = {k for k, m in near if ally_cue(doc, m.first, lex) and k not in targets and (
        info_of(m).mode == "air" or any(not air_heads.isdisjoint(doc.tokens[j].stems)
                                        for j in range(m.first, m.last)))}
    pick = agent or own or next((x for x in order if x), []) or [
        x for x in near if x[0] not in targets | reporting | backers | backing and x[1].name not in hit_names]
    joint: set[int] = set()
    if pick and c.event_type != "clash":  # (in a clash "X وY" may be its two sides)
        # "الجيش الأفغاني والقوات الأمريكية هاجموا": the first of a joint subject acts, the
        # others with it
        pick, joint = joint_subject(doc, c, near, pick, free, lex)
    joint |= jointly
    if not pick:  # only the side that was hit is named: no actor1 rather than a wrong one
        for k, m in near:
            if k not in reporting and m.name not in {x.name for x, _ in c.actors}:
                c.actors.append((m, "associated" if k in backers | backing else "actor2"))
        return
    # "أعلنت قوات البيشمركة صد هجوم شنه داعش": the speaker repelled the blow, and fought it
    # ("أعلن الجيش التصدي لهجوم": the word of repelling may stand right before the event word)
    repelled = violent and any(not lex.repels.isdisjoint(doc.tokens[k].stems)
                               for t in c.triggers for k in range(max(0, t.first - 1), t.last))
    a1 = pick[0][1]
    c.actors.append((a1, "actor1"))
    first = renamed.get(pick[0][0], a1)  # (the side it will be named as)
    seen = {first.name}
    role_of = {pick[0][0]: "actor1"}
    for k, m in near:
        who = renamed.get(k, m)
        if who.name in seen or k in reporting:  # who reports the blow is its claimant
            continue
        if k in speaker_ids and k not in targets and not repelled:
            continue  # "…, the military said": it speaks, unhit (unless it repelled the blow)
        seen.add(who.name)
        ally = allied(first.side, who.side) or ally_cue(doc, m.first, lex) or side_of(doc, m.first, lex) \
            or k in joint | backing
        role_of[k] = "associated" if ally and k not in targets else "actor2"
        if allies_of.get(k) in role_of:  # an ally named with its side stands or falls with it
            role_of[k] = "actor2" if role_of[allies_of[k]] == "actor2" else "associated"
        c.actors.append((m, role_of[k]))


def _told_results(doc: Doc, c: Candidate, lex: RoleLexicon) -> list[Trigger]:
    """The event's words, and in an SVO language the result verb right after its noun when the
    clause told it as an event of its own ("an explosion killed three IS fighters", "a blast
    killed a senior Nusra commander": the blast is no strong strike, so "killed" stays apart):
    the verb whose object was hit."""
    if not lex.subject_first:
        return c.triggers
    nouns = {t.last for t in c.triggers if not t.verb and t.strength > 0.5}
    nouns |= {k for n in nouns for k in _through_place(doc, n, lex)}
    told = [t for t in doc.triggers if t.verb and t.strength <= 0.5 and t.first in nouns
            and t not in c.triggers]
    return [*c.triggers, *told] if told else c.triggers


def _through_place(doc: Doc, n: int, lex: RoleLexicon) -> range:
    """"Blast in Azaz kills 20 rebels", "Explosion at Syria-Turkey border kills …": the words
    right after a place phrase that follows an event noun (roles.yaml ``told_through``: a link,
    then no side, trigger, number or clause break) — where its result verb would stand."""
    toks = doc.tokens
    if not lex.told_reach or n >= len(toks) or toks[n].key not in lex.told_links \
            or doc.gap_has(n - 1, n, ".,;:!?()\""):
        return range(0)
    busy = {k for a in doc.actors for k in range(a.first, a.last)} \
        | {k for t in doc.triggers if not t.verb for k in range(t.first, t.last)}
    verbs = {t.first for t in doc.triggers if t.verb}
    for k in range(n + 1, min(len(toks), n + 2 + lex.told_reach)):
        if doc.gap_has(k - 1, k, ".,;:!?()\""):
            return range(0)
        if k in verbs:
            return range(k, k + 1) if k > n + 1 else range(0)
        if k in busy or any(ch.isdigit() for ch in toks[k].key):
            return range(0)
    return range(0)


def _own_men_acting(doc: Doc, c: Candidate, lex: RoleLexicon) -> bool:
    """"… said its fighters killed 20 soldiers": a possessive pronoun and a word of men
    (roles.yaml ``possessive_pronouns``, ``possessed_men``) right before an event verb — the
    speaker's own men did the deed (English; Arabic glues its pronoun)."""
    toks = doc.tokens
    return any(t.verb and t.first >= 2 and toks[t.first - 2].key in lex.possessive_pronouns
               and toks[t.first - 1].key in lex.possessed_men for t in c.triggers)


VERB_NEXT_REACH = 3  # words from a side to the event verb it is the subject of ("which has seized")


def _verb_next(doc: Doc, c: Candidate, m: ActorMention) -> bool:
    """An event verb of ``c`` within `VERB_NEXT_REACH` words after the side, no punctuation
    between but before a relative pronoun right after the side: its subject ("an area
    controlled by IS which has seized large areas", "…by IS, which seized"), whatever holds the
    place before it."""
    relative = m.last < len(doc.tokens) and doc.tokens[m.last].key in trigger_lexicon(doc.language).relatives
    return any(t.verb and 0 <= t.first - m.last <= VERB_NEXT_REACH
               and not doc.punctuated(m.last if relative else max(m.last - 1, 0), t.first)
               for t in c.triggers)

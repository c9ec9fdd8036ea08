"""Step ``actor_context``: names that depend on the war get their actor from the article.

`events.extract.actors` matches "الجيش", "التحالف", "التنظيم", "مسلحون" as contextual names;
which army or alliance they are is known only once the places are (the article's focus
country) or from the actor named before them. This step reads them in context: it gives each
its actor, drops those with no reading in the article (المقاومة in a Syria article) and
unnamed gunmen that are no party of their own (counted, carried, a named group's men), and
first adds the actors the text names without naming them (`events.extract.actors_implied`).
"""
from __future__ import annotations

from events.extract.actor_registry import ARMED_TYPES, ActorInfo, Contextual, Registry, info_of, registry
from events.extract.actors import is_trigger
from events.extract.actors_implied import air_words_acting, demonyms_acting, own_forces, states_acting
from events.extract.actors_own_country import own_country_acting
from events.extract.doc import ActorMention, Doc, PlaceMention
from events.extract.numbers import is_count
from events.extract.role_lexicon import role_lexicon


def resolve_contextual_actors(doc: Doc) -> None:
    """Step: give names that depend on the war ("التحالف", "الجيش", "التنظيم") their actor, from
    the article's focus country (the one its places name most) or the actor they refer back
    to; a name with no reading in this article (المقاومة in a Syria article) is no actor.
    States and peoples acting and forces named by a possessive ("طائراتها") join the actors first."""
    reg = registry(doc.language)
    named = doc.places  # (a state acting names the article's war as its place did: "تركيا تنفذ
    # أولى غاراتها" heads a story of Turkey's, whatever other country its places name)
    states_acting(doc, reg)
    own_country_acting(doc, reg)  # ("الوزير التركي: أن بلاده ستبدأ")
    demonyms_acting(doc, reg)
    own_forces(doc, reg)
    air_words_acting(doc, reg, lambda d: focus_country(d, named))
    if not any(m.actor_id in reg.contextual for m in doc.actors):
        return
    focus = focus_country(doc, named)
    kept: list[ActorMention] = []
    read: set[int] = set()  # the mentions read here (by id): no name of their own
    for m in doc.actors:
        rule = reg.contextual.get(m.actor_id)
        if rule is None:
            kept.append(m)
            continue
        target = None
        if rule.unnamed_of is not None and _adjective_after(doc, m, rule):
            _named_by_adjective(doc, m)
            continue
        if rule.unnamed_of is not None and _no_party(doc, m, rule):
            doc.actor_tokens.difference_update(range(m.first, m.last))
            continue
        # a ground force ("troops") is never an air force named before it, and right after a
        # name it is that name's ("SDF troops", "a Kurdish-Arab alliance troops")
        ground = any(s in reg.heads[0] for t in doc.tokens[m.first:m.last] for s in t.stems)
        if ground and rule.refers_back and kept and kept[-1].last == m.first \
                and kept[-1].sentence == m.sentence:
            doc.actor_tokens.difference_update(range(m.first, m.last))
            continue
        if rule.refers_back:
            target = next((reg.by_id.get(k.actor_id) for k in reversed(kept)
                           if (k.actor_type == rule.refers_back or k.actor_type in rule.or_back)
                           and k.actor_id in reg.by_id
                           and k.actor_id not in rule.not_back
                           and not (ground and info_of(k).mode == "air")), None)
        if rule.back_to:
            target = next((reg.by_id[k.actor_id] for k in reversed(kept)
                           if k.actor_id in rule.back_to), None)
        if target is None and not rule.refers_back:  # ("هذا التنظيم": the group named last)
            target = _pointed_back(doc, reg, m, kept, read)
        home = rule.by_country.get(focus or "", "") or rule.default or ""
        if target is None and rule.same_head:
            target = _qualified_before(doc, reg, m, kept, read, home)
        if target is None:
            target = reg.by_id.get(home)
        if target is None:
            doc.actor_tokens.difference_update(range(m.first, m.last))
            continue
        if reg.nationality_first:
            target = _air_twin(doc, reg, m, target)
        m.actor_id, m.name, m.name_ar = target.id, target.name, target.name_ar
        m.actor_type, m.side = target.type, target.side
        kept.append(m)
        read.add(id(m))
    doc.actors = kept


def _qualified_before(doc: Doc, reg: Registry, m: ActorMention, kept: list[ActorMention],
                      read: set[int], home: str) -> ActorInfo | None:
    """"قتل فلسطيني برصاص الشرطة الإسرائيلية … وقالت الشرطة إنها", "قصف الجيش التركي … وأضاف
    الجيش": the bare name is the state force the text named last, when that force was named
    before with the same words and a nationality (its mention's words beginning with the bare
    name's) — the article already said whose — not the army of the war's country (``home``).
    Another force named in between ("سمحت تركيا للجيش الأمريكي باستخدام قواعدها … وأوضح
    الجيش") leaves the bare name to the war."""
    last = next((k for k in reversed(kept) if id(k) not in read and k.actor_type == "state_force"), None)
    if last is None or last.actor_id == home:
        return None
    width = m.last - m.first
    return reg.by_id.get(last.actor_id) if any(
        id(k) not in read and k.actor_id == last.actor_id and k.last - k.first > width and all(
            not set(doc.tokens[m.first + i].stems).isdisjoint(doc.tokens[k.first + i].stems)
            for i in range(width)) for k in kept) else None


def _pointed_back(doc: Doc, reg: Registry, m: ActorMention, kept: list[ActorMention],
                  read: set[int]) -> ActorInfo | None:
    """"وسيطر جيش الفتح على إدلب … وبدأ هذا الجيش هجوما": a war-dependent name right after a
    demonstrative (actors.yaml ``demonstratives``) is the armed side named last before it with
    a name of its own that holds the same head word ("جيش"), not the war's army."""
    if m.first == 0 or doc.tokens[m.first - 1].key not in reg.demonstratives:
        return None
    head = set(doc.tokens[m.last - 1].stems)
    return next((reg.by_id[k.actor_id] for k in reversed(kept)
                 if id(k) not in read and k.actor_type in ARMED_TYPES and k.actor_id in reg.by_id
                 and any(not head.isdisjoint(doc.tokens[j].stems) for j in range(k.first, k.last))), None)


def _air_twin(doc: Doc, reg: Registry, m: ActorMention, target: ActorInfo) -> ActorInfo:
    """"The army air force", "the armys air force", "the army's helicopters": the war's army
    named right before an air head is that army's air force (the air twin its nationality
    names: the Syrian army's is the Syrian air force), the head joining the mention. An event
    word is no such head: "the army strikes" are any of its fire, shells as well as bombs."""
    twin = next((reg.by_id.get(n["air"]) for n in reg.nationalities.values()
                 if n.get("actor") == target.id and n.get("air")), None)
    toks, k = doc.tokens, m.last
    if twin is None or twin.id == target.id:
        return target
    if k + 1 < len(toks) and toks[k].key == "s" and doc.gap(k - 1, k) == "'":
        k += 1  # "the army's"
    if k + 1 < len(toks) and toks[k].key in reg.airborne and toks[k + 1].key in reg.lifted | reg.heads[1]:
        end = k + 2
    elif k < len(toks) and toks[k].key in reg.heads[1]:
        end = k + 1
    else:
        return target
    if any(t in doc.actor_tokens for t in range(m.last, end)) or is_trigger(doc, k):
        return target
    m.end, m.last = toks[end - 1].end, end
    m.text = doc.surface(m.start, m.end)
    doc.actor_tokens.update(range(m.first, end))
    return twin


def _no_party(doc: Doc, m: ActorMention, rule: Contextual) -> bool:
    """Unnamed gunmen that are no party of their own: counted ("مقتل 40 مسلحا", the toll's
    victims), carried ("قوافل تنقل مسلحين", a convoy's cargo), of a group named right after
    them ("مسلحون من داعش", "مسلحون من أتباع الحوثي") or described before its name ("تحالف
    مسلح يعرف باسم فجر ليبيا"); the adjective of a noun of violence ("الهجوم المسلح") is no
    gunman at all."""
    before = doc.tokens[m.first - 1].key if m.first > 0 else ""
    if (rule.unnamed_counted and is_count(before, doc.language)
            or before in rule.unnamed_carried):
        return True
    if m.first > 0 and not rule.unnamed_describes.isdisjoint(doc.tokens[m.first - 1].stems):
        return True
    # "الطائرات الحربية للتحالف": a side right after, with its ل, owns them
    owner = next((a for a in doc.actors if a.first == m.last), None) if "ل" in (rule.unnamed_of or ()) else None
    if owner is not None and doc.norm[doc.tokens[m.last].start:owner.start].endswith("ل"):
        return True
    if rule.unnamed_after_name and m.first > 0 and not doc.gap(m.first - 1, m.first).strip() and any(
            a.last == m.first and a.actor_type in ARMED_TYPES and a.actor_id not in
            registry(doc.language).contextual for a in doc.actors):
        return True  # "8 IS group militants", "Nusra Front militants": that group's men
    if m.last + 1 < len(doc.tokens) and doc.tokens[m.last].key in (rule.unnamed_of or ()):
        k = m.last + 1
        if any(a.first == _past_members(doc, k) for a in doc.actors):
            return True
        # "Militants of the Nusra Front": an article before a group's own name (not before a
        # word for any group: "militants of the terrorist group" are still counted men)
        contextual = registry(doc.language).contextual
        if k + 1 < len(doc.tokens) and doc.tokens[k].key in rule.unnamed_articles and any(
                a.first == k + 1 and a.actor_id not in contextual for a in doc.actors):
            return True
    # "تحالف مسلح يعرف باسم فجر ليبيا": the group named right after its description
    k = m.last
    while k < min(len(doc.tokens), m.last + 3) and doc.tokens[k].key in rule.unnamed_named_by:
        k += 1
    return k > m.last and any(a.first == k for a in doc.actors)


def _adjective_after(doc: Doc, m: ActorMention, rule: Contextual) -> bool:
    """"مسلحين حوثيين", "المسلحون الحوثيون": a group named right after the gunmen, its word
    ending as theirs does (``rule.unnamed_agrees``) and not joined by و, is their adjective —
    the gunmen are that group's men. ("هاجم مسلحون الحوثيين": the object ends otherwise.)"""
    if m.last >= len(doc.tokens) or doc.tokens[m.last].key.startswith("و"):
        return False
    word, adjective = doc.tokens[m.last - 1].key, doc.tokens[m.last].key
    return any(word.endswith(e) and adjective.endswith(e) for e in rule.unnamed_agrees) and any(
        a.first == m.last and a.actor_id not in registry(doc.language).contextual for a in doc.actors)


def _named_by_adjective(doc: Doc, m: ActorMention) -> None:
    """The group named right after the gunmen ``m`` ("المسلحين الحوثيين") is named from the
    gunmen's word on: the mention stands where the gunmen stood (right after a noun, its
    genitive: "بعد فرار المسلحين الحوثيين" — they fled)."""
    group = next(a for a in doc.actors if a.first == m.last)
    group.start, group.first = m.start, m.first
    group.text = doc.surface(m.start, group.end)


def _past_members(doc: Doc, k: int) -> int:
    """Token k, or the token after it when k is a member or follower noun ("مسلحون من أتباع
    الحوثي": the group named after the followers)."""
    lex = role_lexicon(doc.language)
    stems = doc.tokens[k].stems if k < len(doc.tokens) else ()
    return k + 1 if not (lex.members.isdisjoint(stems) and lex.followers.isdisjoint(stems)) else k


def focus_country(doc: Doc, places: list[PlaceMention] | None = None) -> str | None:
    """The country the article's places name most, its lead (first two sentences) counting
    three times (the first named on a tie); ``places``: the places read before the states
    acting left them (``doc.places`` when not given)."""
    counts: dict[str, int] = {}
    for p in doc.places if places is None else places:
        if p.place and p.place.country:
            weight = 3 if p.sentence < 2 else 1
            counts[p.place.country] = counts.get(p.place.country, 0) + weight
    return max(counts, key=counts.__getitem__) if counts else None



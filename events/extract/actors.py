"""Step: find actors (armed groups, forces, officials, monitors, media) — first of all mentions.

Actors are matched before places because their names contain place names: four of the six
"سوريا" in the seed article sit inside «قوات سوريا الديمقراطية». Matching is the shared
`PhraseMatcher` (longest match, clitic-aware) over the registry `data/lexicon/actors.yaml`; the
token indexes of every actor go to the place step as ``skip``.

One rule is not a plain phrase: a force noun with nationality adjectives ("رتل عسكري تركي",
"طائرات حربية روسية", "قوات أمريكية وفرنسية وبريطانية خاصة") names that country's forces —
coordinated ones become one mention "US/French/British special forces" — because newspapers
combine these words freely and listing every combination in the registry would not scale.
"""
from __future__ import annotations

from events.extract.actor_registry import (ARMED_TYPES, ActorInfo, Contextual, Registry, info_of,
                                          registry)
from events.extract.doc import FORCE_NOUN, ActorMention, Doc
from events.extract.actors_implied import own_forces, states_acting
from events.extract.numbers import is_count
from events.extract.role_lexicon import role_lexicon
from events.extract.trigger_words import trigger_lexicon
from geo.mentions import after_preposition
from text import normalize_key


def _as_written(doc: Doc, reg: Registry, first: int, last: int) -> bool:
    """No token in [first, last) is a capitals-only word written in lower case ("is", "us")."""
    return all(doc.tokens[k].key not in reg.case_sensitive
               or doc.norm[doc.tokens[k].start:doc.tokens[k].end].isupper() for k in range(first, last))


def _nationality_forces(doc: Doc, taken: set[int], owners: dict[int, int],
                        states: StateNames) -> list[tuple[int, int, ActorInfo]]:
    """A force noun and nationality adjectives: "رتل عسكري تركي" → Turkish Armed Forces,
    "طائرات حربية روسية" → Russian Aerospace Forces, "قوات أمريكية وفرنسية وبريطانية خاصة"
    → one actor "US/French/British special forces"; in English the adjectives come first
    ("Russian warplanes", "US and British special forces")."""
    reg = registry(doc.language)
    if reg.nationality_first:
        return _adjectives_first(doc, taken, reg, owners, states)
    ground, air, middle, special_words = reg.heads
    toks, out = doc.tokens, []
    heads = ground | air
    free = 0  # the first token not inside an actor already found
    # one pass picks the force nouns (a set test per token); only they are read further
    for i in doc.positions(FORCE_NOUN):  # a stem in ``heads`` (the pre-gate's class of the word)
        if i < free or i in taken:
            continue
        t = toks[i]
        head = next(s for s in t.stems if s in heads)
        j = i + 1
        while j < len(toks) and j not in taken and toks[j].stems[-1] in middle \
                and toks[j].key not in special_words and j - i <= 2:
            j += 1
        nat_first = j
        nats: list[dict[str, str]] = []
        while j < len(toks) and j not in taken:
            stems = toks[j].stems
            hit = next((reg.nationalities[s] for s in stems if s in reg.nationalities), None)
            if hit is None or (nats and toks[j].key[0] != "و" and stems[0] not in reg.nationalities):
                break
            nats.append(hit)
            j += 1
        if not nats:
            continue
        special = j < len(toks) and toks[j].key in special_words
        last = j + 1 if special else j
        airborne = head in air or any(toks[k].stems[-1] in reg.airborne for k in range(i + 1, nat_first))
        info = _force_info(reg, nats, special, airborne)
        if info is not None:
            # a head that is itself an event word ("غارات روسية", "تعزيزات عسكرية تركية")
            # stays outside the actor, so the trigger step still sees it
            first = nat_first if _is_trigger(doc, i) else i
            out.append((first, last, info))
        free = last
    return out


def _adjectives_first(doc: Doc, taken: set[int], reg: Registry, owners: dict[int, int],
                      states: StateNames) -> list[tuple[int, int, ActorInfo]]:
    """"Russian warplanes", "Turkish military tanks", "US and British special forces": nationality
    adjectives (coordinated by a joiner; or a country's name in their place, "Syria army", not
    after a preposition of place; or an owner's possessive, "Russia's jets", "Assads troops";
    or a state's own name, "Assad regime warplanes", "Syrian government air strikes"),
    at most two middle words, then a force noun (or the last middle word that is one: "Turkish
    military said", "Syria army shelled"). An event word on the way ("Russian air strikes")
    ends the actor before it; a middle word of the air ("Turkish air force") lifts the head."""
    ground, air, middle, special_words = reg.heads
    toks, out, n = doc.tokens, [], len(doc.tokens)
    i = 0
    while i < n:
        state = _state_named(doc, i, states)
        owned = _possessive(doc, reg, i, taken, owners) or state
        dotted = None if owned else _dotted_nationality(doc, reg, i, taken)
        if owned is None and dotted is None and (
                i in taken or toks[i].key not in reg.nationalities or not _as_written(doc, reg, i, i + 1)
                or toks[i].key in reg.country_nouns and _country_named(doc, reg, i)):
            i += 1
            continue
        if owned is not None:
            first, nat, j = owned
            nats = [nat]
        else:
            first, nats, j = i, [reg.nationalities[dotted or toks[i].key]], i + (2 if dotted else 1)
        while owned is None and j + 1 < n and toks[j].key in reg.joiners \
                and toks[j + 1].key in reg.nationalities and j + 1 not in taken:
            nats.append(reg.nationalities[toks[j + 1].key])
            j += 2
        nat_last, special, head = j, False, None
        while j < n and j not in taken and j - nat_last < 2 and toks[j].key in middle | special_words:
            special = special or toks[j].key in special_words
            head = j if toks[j].key in ground | air else head  # "Syria army shelled"
            j += 1
        lifted = j > nat_last and toks[j - 1].key in reg.airborne
        if j >= n or j in taken or toks[j].key not in ground | air and not (
                lifted and toks[j].key in reg.lifted):
            if head is None:
                i = nat_last
                continue
            j = head
        if state is not None and owned is state and _verb_of(doc, reg, j):
            i = nat_last
            continue
        info = _force_info(reg, nats, special, toks[j].key in air or lifted)
        if info is not None:
            end = next((k for k in range(nat_last, j + 1) if _is_trigger(doc, k)), j + 1)
            out.append((first, end, info))
        i = j + 1
    return out


def _possessive(doc: Doc, reg: Registry, i: int, taken: set[int],
                owners: dict[int, int]) -> tuple[int, dict[str, str], int] | None:
    """An owner's possessive at token i ("Russia's", "Assad's"; with the apostrophe lost
    "Russias", "Assads"): its first token (the first of the owner's whole name when that name
    was matched as an actor, "President Bashar al-Assad's"), its nationality, and the token
    after it. The owner may end a name found already (the person "Assad"), not sit inside one
    ("Assad's forces" is a name of its own)."""
    toks = doc.tokens
    hit = reg.possessors.get(toks[i].key)
    if hit is None or i in taken and i not in owners:
        return None
    nat, bare = hit
    after = i + 2 if bare else i + 1
    if after >= len(toks) or after in taken or bare and (
            toks[i + 1].key != "s" or doc.gap(i, i + 1) != "'"):
        return None
    return owners.get(i, i), nat, after


StateNames = dict[int, tuple[int, dict[str, str]]]  # a state name's last token -> first, nationality


def _state_named(doc: Doc, i: int, states: StateNames) -> tuple[int, dict[str, str], int] | None:
    """A state's own name ending at token i ("Assad regime", "the Syrian government's"): its
    first token, the nationality whose forces it names when a force noun follows, and the
    token after it (past a possessive "'s")."""
    if i not in states:
        return None
    first, nat = states[i]
    after = i + 1
    if after + 1 < len(doc.tokens) and doc.tokens[after].key == "s" and doc.gap(i, after) == "'":
        after += 1
    return first, nat, after


def _verb_of(doc: Doc, reg: Registry, j: int) -> bool:
    """The head at token j, after a state's name, is the name's verb ("Syrian Army Strikes
    Scores of Terrorists"): a word that is a verb too, with no event word or preposition after
    it ("Assad regime strikes kill 92", "regime strikes on Douma" are the fire)."""
    toks = doc.tokens
    if toks[j].key not in reg.state_verbal:
        return False
    return j + 1 >= len(toks) or toks[j + 1].key not in reg.state_nouns_before \
        and not _is_trigger(doc, j + 1)


def _owner_before(doc: Doc, reg: Registry, k: int) -> bool:
    """An owner's possessive ends right before token k ("Erdogan's troops", "Assads troops")."""
    toks = doc.tokens
    if k > 0 and toks[k - 1].key in reg.possessors and not reg.possessors[toks[k - 1].key][1]:
        return True
    return k > 1 and toks[k - 1].key == "s" and doc.gap(k - 2, k - 1) == "'" \
        and reg.possessors.get(toks[k - 2].key, ({}, False))[1]


def _dotted_nationality(doc: Doc, reg: Registry, i: int, taken: set[int]) -> str | None:
    """"U.S. air strikes", "U.S. drones": a nationality written as capital initials with stops
    (tokens "u", "s") is the nationality of its letters ("us"), as "US air strikes" is."""
    toks = doc.tokens
    if i + 1 >= len(toks) or i in taken or i + 1 in taken or doc.gap(i, i + 1) != ".":
        return None
    key = toks[i].key + toks[i + 1].key
    letters = doc.norm[toks[i].start:toks[i + 1].end].replace(".", "")
    ok = len(toks[i].key) == len(toks[i + 1].key) == 1 and letters.isupper()
    return key if ok and key in reg.nationalities else None


def _country_named(doc: Doc, reg: Registry, i: int) -> bool:
    """A country's name at token i is a place, not a nationality, after a preposition of place
    ("killed in Syria air strikes") or right after another country's name ("relations with
    Syria Iraq Air strikes killed": a list that lost its commas)."""
    toks = doc.tokens
    return after_preposition(doc.norm, toks, i, toks[i].start) or i > 0 and (
        toks[i - 1].key in reg.country_nouns and doc.gap(i - 1, i) == " ")


def _is_trigger(doc: Doc, i: int) -> bool:
    return trigger_lexicon(doc.language).triggers.match_at(doc.norm, doc.tokens, i) is not None


def _force_info(reg: Registry, nats: list[dict[str, str]], special: bool,
                airborne: bool) -> ActorInfo | None:
    if len(nats) == 1 and not special:
        key = nats[0].get("air" if airborne else "actor") or nats[0].get("actor")
        return reg.by_id.get(key) if key else None
    codes = "/".join(dict.fromkeys(n["code"] for n in nats))
    name = f"{codes} {'special forces' if special else 'forces'}"
    sides = {n["side"] for n in nats}
    return ActorInfo("coord:" + name, name, None, "state_force",
                     sides.pop() if len(sides) == 1 else "coalition")


def find_actors(doc: Doc) -> None:
    """Fill ``doc.actors`` (with their token ranges) and ``doc.actor_tokens``."""
    reg = registry(doc.language)
    found: list[tuple[int, int, int, int, ActorInfo]] = []
    for m in reg.matcher.find(doc.norm, doc.tokens):
        if _as_written(doc, reg, m.first, m.last):
            found.append((m.first, m.last, m.start, m.end, m.payloads[0]))
    found = [_qualified(doc, reg, f, {g[0] for g in found}) for f in found]
    taken = {k for f in found for k in range(f[0], f[1])}
    ground, air, _, _ = reg.heads
    owners = {f[1] - 1: f[0] for f in found}  # a name's last token -> its first (possessives)
    states = {f[1] - 1: (f[0], reg.state_names[f[4].id]) for f in found if f[4].id in reg.state_names}
    # a war-dependent head owned by a possessive ("Erdogan's troops") is the owner's forces
    taken -= {k for f in found if f[4].id in reg.contextual and _owner_before(doc, reg, f[0])
              for k in range(f[0], f[1])}
    forces = _nationality_forces(doc, taken, owners, states)
    # an owner's name inside "Assad's air force" (a state's, "Assad regime warplanes") is no
    # actor of its own
    found = [f for f in found if not any(a <= f[0] and f[1] <= b for a, b, _ in forces)]
    for first, last, info in forces:
        tok = doc.tokens[first]
        stem = next((s for s in tok.stems if s in ground or s in air), tok.key)
        clitic = len(tok.key) - len(stem) if tok.key.endswith(stem) else 0
        found.append((first, last, tok.start + clitic, doc.tokens[last - 1].end, info))
    found.sort(key=lambda f: f[0])
    for first, last, start, end, info in found:
        doc.actors.append(ActorMention(
            start, end, doc.surface(start, end), doc.sentence_of(start), first, last,
            actor_id=info.id, name=info.name, name_ar=info.name_ar, actor_type=info.type,
            side=info.side))
        doc.actor_tokens.update(range(first, last))


Found = tuple[int, int, int, int, ActorInfo]  # first, last token; start, end offset; actor


def _qualified(doc: Doc, reg: Registry, f: Found, starts: set[int]) -> Found:
    """A name that depends on the war ("قوات الجيش", "سلاح الجو") followed at once by a
    nationality adjective ("قوات الجيش الإسرائيلي", "سلاح الجو التركي") is that country's
    forces — its air force when the name is an air force — not the article's own army. The
    adjective may not begin another actor's name."""
    first, last, start, end, info = f
    if info.id not in reg.contextual or normalize_key(doc.norm[start:end]) not in reg.renamed \
            or last >= len(doc.tokens) or last in starts or doc.tokens[last].key.startswith("و"):
        return f
    nat = next((reg.nationalities[s] for s in doc.tokens[last].stems if s in reg.nationalities), None)
    if nat is None:
        return f
    lifts = reg.heads[1] | reg.airborne  # "طيران", "سلاح الجو"
    airborne = any(not lifts.isdisjoint(doc.tokens[k].stems) for k in range(first, last))
    forces = reg.by_id.get(nat.get("air" if airborne else "actor") or nat.get("actor") or "")
    return f if forces is None else (first, last + 1, start, doc.tokens[last].end, forces)


def resolve_contextual_actors(doc: Doc) -> None:
    """Step: give names that depend on the war ("التحالف", "الجيش", "التنظيم") their actor, from
    the article's focus country (the one its places name most) or the actor they refer back
    to; a name with no reading in this article (المقاومة in a Syria article) is no actor.
    States acting and forces named by a possessive ("طائراتها") join the actors first."""
    reg = registry(doc.language)
    states_acting(doc, reg)
    own_forces(doc, reg)
    if not any(m.actor_id in reg.contextual for m in doc.actors):
        return
    focus = focus_country(doc)
    kept: list[ActorMention] = []
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
        if target is None:
            target = reg.by_id.get(rule.by_country.get(focus or "", "") or rule.default or "")
        if target is None:
            doc.actor_tokens.difference_update(range(m.first, m.last))
            continue
        if reg.nationality_first:
            target = _air_twin(doc, reg, m, target)
        m.actor_id, m.name, m.name_ar = target.id, target.name, target.name_ar
        m.actor_type, m.side = target.type, target.side
        kept.append(m)
    doc.actors = kept


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
    if any(t in doc.actor_tokens for t in range(m.last, end)) or _is_trigger(doc, k):
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
    if rule.unnamed_after_name and m.first > 0 and not doc.gap(m.first - 1, m.first).strip() and any(
            a.last == m.first and a.actor_type in ARMED_TYPES and a.actor_id not in
            registry(doc.language).contextual for a in doc.actors):
        return True  # "8 IS group militants", "Nusra Front militants": that group's men
    if (m.last + 1 < len(doc.tokens) and doc.tokens[m.last].key in (rule.unnamed_of or ())
            and any(k.first == _past_members(doc, m.last + 1) for k in doc.actors)):
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


def focus_country(doc: Doc) -> str | None:
    """The country the article's places name most, its lead (first two sentences) counting
    three times (the first named on a tie)."""
    counts: dict[str, int] = {}
    for p in doc.places:
        if p.place and p.place.country:
            weight = 3 if p.sentence < 2 else 1
            counts[p.place.country] = counts.get(p.place.country, 0) + weight
    return max(counts, key=counts.__getitem__) if counts else None



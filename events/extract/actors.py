"""Step: find actors (armed groups, forces, officials, monitors, media) — first of all mentions.
Names that depend on the war ("الجيش", "التحالف") get their actor later, once places are known
(`events.extract.actor_context`).

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

from events.extract.actor_registry import ARMED_TYPES, ActorInfo, Registry, registry
from events.extract.actors_group_men import Found, group_men
from events.extract.doc import FORCE_NOUN, ActorMention, Doc
from events.extract.trigger_words import trigger_lexicon
from geo.mentions import after_preposition
from text import normalize_key


def _as_written(doc: Doc, reg: Registry, first: int, last: int) -> bool:
    """No token in [first, last) is a capitals-only word written in lower case ("is", "us")."""
    return all(doc.tokens[k].key not in reg.case_sensitive
               or doc.norm[doc.tokens[k].start:doc.tokens[k].end].isupper() for k in range(first, last))


def _yields_to_name(doc: Doc, reg: Registry, matches: list) -> list:
    """"the Army of Conquest", "the Army of Islam": a war-dependent name that opens with an
    article (en/actors.yaml ``name_articles``: "the army") gives way to a name of its own that
    starts right after the article and runs past it — a group's name, not the article's army;
    the matches it overlaps go with it."""
    if not reg.name_articles:
        return matches
    out: list = []
    for m in matches:
        if out and m.first < out[-1].last:
            continue
        if m.last - m.first > 1 and m.payloads[0].id in reg.contextual \
                and doc.tokens[m.first].key in reg.name_articles:
            own = reg.matcher.match_at(doc.norm, doc.tokens, m.first + 1)
            if own is not None and own.last > m.last and own.payloads[0].id not in reg.contextual:
                m = own
        out.append(m)
    return out


def _place_possessive(doc: Doc, reg: Registry, first: int, last: int) -> bool:
    """"in Hamas countryside", "Hamas northern countryside": FA-KES drops every apostrophe, and
    Hama's then reads as the group; before a word of a place's parts (en/actors.yaml
    ``place_possessives``) the name is the place's possessive (`geo.mentions._lost_apostrophe`
    reads it), no actor."""
    names, after = reg.place_possessives
    return last - first == 1 and last < len(doc.tokens) and doc.tokens[first].key in names \
        and doc.tokens[last].key in after


def _left_to_others(doc: Doc, reg: Registry, first: int, last: int, info: ActorInfo) -> bool:
    """A war-dependent name of aircraft ("الطائرات", actors.yaml `contextual`) that is none:
    before a word of its rule's ``unnamed.described_by`` (drones, "الطائرات [من] دون طيار", whose
    event word must stay visible to the trigger step), or before middle words and a nationality
    ("للطائرات العسكرية الأميركية", "المقاتلات التركية والأمريكية"): the nationality forces
    (`_nationality_forces`) name those, coordinated countries included."""
    rule = reg.contextual.get(info.id)
    if rule is None or reg.heads[1].isdisjoint(doc.tokens[first].stems):
        return False
    toks = doc.tokens
    k = last + (last + 1 < len(toks) and toks[last].key == "من")  # "من دون"
    if k < len(toks) and toks[k].key in rule.unnamed_before:
        return True
    k = last
    while k < len(toks) and k - last < 2 and toks[k].stems[-1] in reg.heads[2]:
        k += 1
    return k < len(toks) and any(s in reg.nationalities for s in toks[k].stems)


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
            first = nat_first if is_trigger(doc, i) else i
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
            end = next((k for k in range(nat_last, j + 1) if is_trigger(doc, k)), j + 1)
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
        and not is_trigger(doc, j + 1)


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


def is_trigger(doc: Doc, i: int) -> bool:
    """An event word starts at token i: a force noun that is one ("غارات روسية") stays outside
    the actor, so the trigger step still sees it."""
    return trigger_lexicon(doc.language).triggers.match_at(doc.norm, doc.tokens, i) is not None


def _loyal_to(doc: Doc, reg: Registry, f: Found, named: set[int]) -> Found:
    """"soldiers loyal to President Bashar al-Assad", "militias loyal to the Assad regime",
    "gunmen loyal to IS": a force noun (en/actors.yaml ``force_heads.ground``) or one of
    ``loyal.bodies``, one of ``loyal.words`` and a ``loyal.links`` word right before a side's
    name (an article between) are that side's men — a state force or an armed group as named,
    a leader by his possessive's nationality ("Assad" → the Syrian army, as "Assads troops")."""
    words, links, bodies = reg.loyal
    first, last, start, end, info = f
    toks = doc.tokens
    k = first - (first > 0 and toks[first - 1].key in reg.name_articles)
    head = k - 3
    if not words or head < 0 or toks[k - 1].key not in links or toks[k - 2].key not in words \
            or head in named or (reg.heads[0] | bodies).isdisjoint(toks[head].stems) \
            or any(c in doc.gap(head, k) for c in ",.;:()"):
        return f
    if info.type not in ARMED_TYPES:
        owner = reg.possessors.get(toks[last - 1].key)
        info = _force_info(reg, [owner[0]], False, False) if owner else None
        if info is None:
            return f
    return head, last, toks[head].start, end, info


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
    for m in _yields_to_name(doc, reg, reg.matcher.find(doc.norm, doc.tokens)):
        if _as_written(doc, reg, m.first, m.last) and not _place_possessive(doc, reg, m.first, m.last) \
                and not _left_to_others(doc, reg, m.first, m.last, m.payloads[0]):
            found.append((m.first, m.last, m.start, m.end, m.payloads[0]))
    found += _shared_head(doc, reg, found)
    named = {k for f in found for k in range(f[0], f[1])}
    found = _spoken_for(doc, reg, [_wing_of(doc, reg, _qualified(doc, reg, f, {g[0] for g in found}), named)
                                   for f in found])
    found = [_loyal_to(doc, reg, f, named) for f in found]
    found = group_men(doc, reg, found)
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




def _shared_head(doc: Doc, reg: Registry, found: list[Found]) -> list[Found]:
    """"clashes between regime and Kurdish forces", "government and rebel forces": a word
    before a joiner that names a side with the rest of the name after the joiner ("regime
    forces") is that side too, sharing its noun (English puts the adjectives first; the
    nationalities' own joining is `_adjectives_first`)."""
    if not reg.nationality_first:
        return []
    toks, out = doc.tokens, []
    taken = {k for f in found for k in range(f[0], f[1])}
    for first, last, *_ in found:
        j = first - 2
        if j < 0 or last - first < 2 or j in taken or toks[first - 1].key not in reg.joiners \
                or doc.gap(j, first - 1).strip() or doc.gap(first - 1, first).strip():
            continue
        rest = tuple(t.key for t in toks[first + 1:last])
        info = next((i for r, i, _ in reg.matcher.index.get(toks[j].key, ()) if r == rest), None)
        if info is not None:
            out.append((j, j + 1, toks[j].start, toks[j].end, info))
    return out


def _qualified(doc: Doc, reg: Registry, f: Found, starts: set[int]) -> Found:
    """A name that depends on the war ("قوات الجيش", "سلاح الجو") followed at once by a
    nationality adjective ("قوات الجيش الإسرائيلي", "سلاح الجو التركي") is that country's
    forces — its air force when the name is an air force — not the article's own army. The
    adjective may not begin another actor's name."""
    first, last, start, end, info = f
    key = normalize_key(doc.norm[start:end])  # ("للطائرات": the article is inside the clitic)
    if info.id not in reg.contextual or key not in reg.renamed and "ال" + key not in reg.renamed \
            or last >= len(doc.tokens) or last in starts or doc.tokens[last].key.startswith("و"):
        return f
    nat = next((reg.nationalities[s] for s in doc.tokens[last].stems if s in reg.nationalities), None)
    if nat is None:
        return f
    lifts = reg.heads[1] | reg.airborne  # "طيران", "سلاح الجو"
    airborne = any(not lifts.isdisjoint(doc.tokens[k].stems) for k in range(first, last))
    forces = reg.by_id.get(nat.get("air" if airborne else "actor") or nat.get("actor") or "")
    return f if forces is None else (first, last + 1, start, doc.tokens[last].end, forces)


def _wing_of(doc: Doc, reg: Registry, f: Found, named: set[int]) -> Found:
    """A group named after the ل of its armed wing ("الجناح العسكري لحزب العمال الكردستاني",
    "الذراع المسلح لحماس") is named from the wing on: the wing is the group acting, speaking
    or hit, and its ل marks no owner ("معسكر لX") nor the side a noun acts on. A unit the
    registry does not know, named right before the wing as its own name ("قوات الدفاع الشعبي
    الجناح العسكري لحزب العمال", "الناطق باسم (قوات حماية الشعب) الجناح العسكري لحزب X"), is the
    group too: the mention starts at the unit's head word (actors.yaml ``wing_heads``)."""
    first, last, start, end, info = f
    wing = first - 2
    before = doc.norm[doc.tokens[first].start:start]
    if wing < 0 or not before.endswith("ل") or before.endswith("ال") \
            or f"{doc.tokens[wing].key} {doc.tokens[wing + 1].key}" not in reg.wings:
        return f
    head = next((j for j in range(wing - 1, max(-1, wing - 1 - WING_NAME), -1)
                 if j in named or not reg.wing_heads.isdisjoint(doc.tokens[j].stems)), None)
    if head is None or head in named or any(ch in ".،,;؛:" for ch in doc.gap(head, wing)):
        return wing, last, doc.tokens[wing].start, end, info
    tok = doc.tokens[head]
    stem = next((s for s in tok.stems if s in reg.wing_heads), tok.key)
    clitic = len(tok.key) - len(stem) if tok.key.endswith(stem) else 0
    return head, last, tok.start + clitic, end, info


WING_NAME = 4  # words of a unit's own name before its wing ("قوات الدفاع الشعبي")


def _spoken_for(doc: Doc, reg: Registry, found: list[Found]) -> list[Found]:
    """A force's spokesman named with "باسم" or the ل of the force ("المتحدث العسكري باسم الجيش
    المصري", "الناطق العسكري الرسمي باسم القوات المسلحة المصرية", "المتحدث العسكري للجيش") is
    that force speaking: one mention from the title to the force's name, the force's own —
    not two sides, the title's army at large and the named one (actors.yaml ``spokesmen``)."""
    if not reg.spokesmen:
        return found
    at = {f[0]: f for f in found}
    out: list[Found] = []
    merged: set[int] = set()
    for f in found:
        if f[0] in merged:
            continue
        keys = [doc.tokens[k].key for k in range(f[0], f[1])]
        end = f[1]
        if " ".join(keys) not in reg.spokesmen:
            out.append(f)
            continue
        while end < len(doc.tokens) and " ".join([*keys, doc.tokens[end].key]) in reg.spokesmen:
            keys.append(doc.tokens[end].key)
            end += 1
        linked = end < len(doc.tokens) and doc.tokens[end].key in reg.spokesman_links
        force = at.get(end + 1 if linked else end)
        lam = force is not None and doc.norm[doc.tokens[force[0]].start:force[2]].endswith("ل") \
            and not doc.norm[doc.tokens[force[0]].start:force[2]].endswith("ال")
        if force is None or not (linked or lam) or doc.gap_has(f[0], force[0], ".،,;؛:"):
            out.append(f)
            continue
        merged.add(force[0])
        out.append((f[0], force[1], f[2], force[3], force[4]))
    return out

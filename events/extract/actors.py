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

import functools
from dataclasses import dataclass

from events import lexicon
from events.extract.doc import FORCE_NOUN, ActorMention, Doc
from events.extract.actors_implied import own_forces, states_acting
from events.extract.numbers import is_count
from events.extract.trigger_words import trigger_lexicon
from events.language import DEFAULT, LANGUAGES
from geo.mentions import after_preposition
from text import PhraseMatcher, normalize_key

ARMED_TYPES = ("state_force", "non_state_armed_group")


@dataclass(frozen=True)
class ActorInfo:
    """A registry entry."""
    id: str
    name: str
    name_ar: str | None
    type: str
    side: str | None
    mode: str | None = None  # "air": its generic kill/destroy triggers are airstrikes


@dataclass(frozen=True)
class Contextual:
    """A name whose referent depends on the article's country ("التحالف", "الجيش")."""
    by_country: dict[str, str]  # ISO country -> actor id
    default: str | None
    refers_back: str | None  # an actor type: the last one of that type named before
    # "مسلحون": no party when counted, carried (after one of `unnamed_carried`: "تنقل مسلحين")
    # or tied by one of `unnamed_of` to a group named next ("من داعش"); None: a party's name
    unnamed_of: frozenset[str] | None = None
    unnamed_carried: frozenset[str] = frozenset()
    unnamed_named_by: frozenset[str] = frozenset()  # "يعرف باسم X": the group named X
    unnamed_describes: frozenset[str] = frozenset()  # "الهجوم المسلح": the noun's adjective


@dataclass(frozen=True)
class Registry:
    matcher: PhraseMatcher[ActorInfo]
    by_id: dict[str, ActorInfo]
    allies: dict[str, frozenset[str]]
    nationalities: dict[str, dict[str, str]]
    anaphora: dict[str, str]
    contextual: dict[str, Contextual]  # by the placeholder id "ctx:<n>"
    states: dict[str, str]  # ISO country -> the id of its forces
    heads: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
    nationality_first: bool  # English "Russian warplanes"; Arabic "الطائرات الروسية"
    joiners: frozenset[str]  # between coordinated nationalities ("US and British")
    case_sensitive: frozenset[str]  # keys that count only written in capitals ("IS", "US")
    possessive: frozenset[str] = frozenset()  # "طائراتها": a force head owned (actors_implied)
    airborne: frozenset[str] = frozenset()  # middle words that lift a ground head: "قصف جوي"
    country_nouns: frozenset[str] = frozenset()  # "Syria army": a name where an adjective goes


def _info(a: dict) -> ActorInfo:
    return ActorInfo(a["id"], a["name"], a.get("name_ar"), a.get("type", "state_force"),
                     a.get("side"), a.get("mode"))


@functools.cache
def _all_actors() -> dict[str, ActorInfo]:
    """Every actor by id, whichever language's file defines it: ids are shared, so an event
    carries the same canonical name whatever language reported it."""
    by_id = {a["id"]: _info(a) for a in lexicon.load("actors")["actors"]}
    for language in LANGUAGES:
        for a in (lexicon.load("actors", language).get("actors") or []) if language != DEFAULT else []:
            if a["id"] in by_id:
                raise lexicon.LexiconError(lexicon.path_of("actors", language),
                                           f"actors: {a['id']!r} is already in actors.yaml")
            by_id[a["id"]] = _info(a)
    return by_id


def _names(language: str) -> dict[str, tuple[list[str], list[str]]]:
    """Each actor's (canonical names, aliases) in ``language``: ``actors.yaml`` gives the
    Arabic; another language's file gives its aliases by id, and actors of its own."""
    base = lexicon.load("actors")
    if language == DEFAULT:
        return {a["id"]: ([n for n in (a["name"], a.get("name_ar")) if n], list(a.get("aliases") or []))
                for a in base["actors"]}
    local = lexicon.load("actors", language)
    names = {a["id"]: ([a["name"]], []) for a in base["actors"]}
    names.update({a["id"]: ([a["name"]], list(a.get("aliases") or [])) for a in local.get("actors") or []})
    for actor_id, words in local["aliases"].items():
        if actor_id not in names:
            raise lexicon.LexiconError(lexicon.path_of("actors", language),
                                       f"aliases.{actor_id}: no actor with this id in actors.yaml")
        names[actor_id][1].extend(words)
    return names


@functools.cache
def registry(language: str = DEFAULT) -> Registry:
    """The actor registry of one language, built once per process; an alias given to two
    actors, or an id a rule names that no actor has, is a lexicon error."""
    data = lexicon.load("actors")
    local = lexicon.load("actors", language)
    path = lexicon.path_of("actors", language)
    matcher: PhraseMatcher[ActorInfo] = PhraseMatcher()
    owner: dict[str, str] = {}

    def add(alias: str, info: ActorInfo, definite: bool = False) -> None:
        key = normalize_key(alias)
        if owner.setdefault(key, info.id) != info.id:
            raise lexicon.LexiconError(path, f"{alias!r} names both {owner[key]} and {info.id}")
        matcher.add(alias, info, definite=definite)

    by_id = _all_actors()
    contextual: dict[str, Contextual] = {}
    for i, rule in enumerate(local.get("contextual") or []):
        ids = list((rule.get("by_country") or {}).values()) + [rule.get("default")]
        for ref in filter(None, ids):
            if ref not in by_id:
                raise lexicon.LexiconError(path, f"contextual[{i}]: no actor with id {ref!r}")
        rule_ = Contextual(dict(rule.get("by_country") or {}), rule.get("default"),
                           rule.get("refers_back"), *_unnamed(rule.get("unnamed")))
        base = by_id.get(rule_.default or "") or next(
            (by_id[r] for r in rule_.by_country.values()), None) or next(
            (a for a in by_id.values() if a.type == rule_.refers_back), None)
        if base is None:  # the placeholder takes its kind from what it may become
            raise lexicon.LexiconError(path, f"contextual[{i}]: needs a default, by_country or "
                                             "refers_back to a known actor type")
        info = ActorInfo(f"ctx:{i}", base.name, base.name_ar, base.type, None)
        contextual[info.id] = rule_
        for alias in rule["aliases"]:  # "الجيش" is that army; "جيش" alone, any army
            add(alias, info, definite=True)
    strict = {normalize_key(w) for w in data.get("definite_only") or ()}
    for actor_id, (canonical, aliases) in _names(language).items():
        own = [n for n in canonical if normalize_key(n) not in owner]
        for alias in dict.fromkeys(own + aliases):
            add(alias, by_id[actor_id], definite=normalize_key(alias) in strict)
    allies: dict[str, set[str]] = {}
    for group in data.get("allies") or []:
        for side in group:
            allies.setdefault(side, set()).update(group)
    for code, ref in (data.get("states") or {}).items():
        if ref not in by_id:
            raise lexicon.LexiconError(path, f"states.{code}: no actor with id {ref!r}")
    nationalities = dict(local["nationalities"])
    for noun, adjective in (local.get("country_nouns") or {}).items():
        if adjective not in nationalities:
            raise lexicon.LexiconError(path, f"country_nouns.{noun}: no nationality {adjective!r}")
        nationalities[noun] = nationalities[adjective]
    h = local["force_heads"]
    heads = tuple(frozenset(h[k]) for k in ("ground", "air", "middle", "special"))
    return Registry(matcher, by_id, {k: frozenset(v) for k, v in allies.items()},
                    nationalities, local["anaphora"], contextual,
                    dict(data.get("states") or {}), heads,  # type: ignore[arg-type]
                    bool(local.get("nationality_first")), frozenset(local.get("joiners") or ()),
                    frozenset(w.lower() for w in local.get("case_sensitive") or ()),
                    frozenset(normalize_key(w) for w in h.get("possessive") or ()),
                    frozenset(normalize_key(w) for w in h.get("airborne") or ()),
                    frozenset(local.get("country_nouns") or ()))


def _as_written(doc: Doc, reg: Registry, first: int, last: int) -> bool:
    """No token in [first, last) is a capitals-only word written in lower case ("is", "us")."""
    return all(doc.tokens[k].key not in reg.case_sensitive
               or doc.norm[doc.tokens[k].start:doc.tokens[k].end].isupper() for k in range(first, last))


def allied(side_a: str | None, side_b: str | None) -> bool:
    """Same side, or sides the registry lists as allies (Russia with the Syrian army…)."""
    if not side_a or not side_b or side_a == "unknown" or side_b == "unknown":
        return False
    return side_a == side_b or side_b in registry().allies.get(side_a, frozenset())


def _nationality_forces(doc: Doc, taken: set[int]) -> list[tuple[int, int, ActorInfo]]:
    """A force noun and nationality adjectives: "رتل عسكري تركي" → Turkish Armed Forces,
    "طائرات حربية روسية" → Russian Aerospace Forces, "قوات أمريكية وفرنسية وبريطانية خاصة"
    → one actor "US/French/British special forces"; in English the adjectives come first
    ("Russian warplanes", "US and British special forces")."""
    reg = registry(doc.language)
    if reg.nationality_first:
        return _adjectives_first(doc, taken, reg)
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


def _adjectives_first(doc: Doc, taken: set[int], reg: Registry) -> list[tuple[int, int, ActorInfo]]:
    """"Russian warplanes", "Turkish military tanks", "US and British special forces": nationality
    adjectives (coordinated by a joiner; or a country's name in their place, "Syria army", not
    after a preposition of place), at most two middle words, then a force noun (or the last
    middle word that is one: "Turkish military said", "Syria army shelled"). An event
    word on the way ("Russian air strikes") ends the actor before it."""
    ground, air, middle, special_words = reg.heads
    toks, out, n = doc.tokens, [], len(doc.tokens)
    i = 0
    while i < n:
        if i in taken or toks[i].key not in reg.nationalities or not _as_written(doc, reg, i, i + 1) \
                or toks[i].key in reg.country_nouns and _country_named(doc, reg, i):
            i += 1
            continue
        nats, j = [reg.nationalities[toks[i].key]], i + 1
        while j + 1 < n and toks[j].key in reg.joiners and toks[j + 1].key in reg.nationalities \
                and j + 1 not in taken:
            nats.append(reg.nationalities[toks[j + 1].key])
            j += 2
        nat_last, special, head = j, False, None
        while j < n and j not in taken and j - nat_last < 2 and toks[j].key in middle | special_words:
            special = special or toks[j].key in special_words
            head = j if toks[j].key in ground | air else head  # "Syria army shelled"
            j += 1
        if j >= n or j in taken or toks[j].key not in ground | air:
            if head is None:
                i = nat_last
                continue
            j = head
        info = _force_info(reg, nats, special, toks[j].key in air)
        if info is not None:
            end = next((k for k in range(nat_last, j + 1) if _is_trigger(doc, k)), j + 1)
            out.append((i, end, info))
        i = j + 1
    return out


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
    taken = {k for f in found for k in range(f[0], f[1])}
    ground, air, _, _ = reg.heads
    for first, last, info in _nationality_forces(doc, taken):
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
                           if k.actor_type == rule.refers_back and k.actor_id in reg.by_id
                           and not (ground and info_of(k).mode == "air")), None)
        if target is None:
            target = reg.by_id.get(rule.by_country.get(focus or "", "") or rule.default or "")
        if target is None:
            doc.actor_tokens.difference_update(range(m.first, m.last))
            continue
        m.actor_id, m.name, m.name_ar = target.id, target.name, target.name_ar
        m.actor_type, m.side = target.type, target.side
        kept.append(m)
    doc.actors = kept


def _unnamed(rule: dict | None) -> tuple[frozenset[str] | None, frozenset[str], frozenset[str],
                                         frozenset[str]]:
    if rule is None:
        return None, frozenset(), frozenset(), frozenset()
    words = lambda k: frozenset(normalize_key(w) for w in rule.get(k) or ())  # noqa: E731
    return words("of"), words("carried_by"), words("named_by"), words("describes")


def _no_party(doc: Doc, m: ActorMention, rule: Contextual) -> bool:
    """Unnamed gunmen that are no party of their own: counted ("مقتل 40 مسلحا", the toll's
    victims), carried ("قوافل تنقل مسلحين", a convoy's cargo), of a group named right after
    them ("مسلحون من داعش") or described before its name ("تحالف مسلح يعرف باسم فجر ليبيا"); the
    adjective of a noun of violence ("الهجوم المسلح") is no gunman at all."""
    before = doc.tokens[m.first - 1].key if m.first > 0 else ""
    if (is_count(before, doc.language)
            or before in rule.unnamed_carried):
        return True
    if m.first > 0 and not rule.unnamed_describes.isdisjoint(doc.tokens[m.first - 1].stems):
        return True
    if (m.last + 1 < len(doc.tokens) and doc.tokens[m.last].key in (rule.unnamed_of or ())
            and any(k.first == m.last + 1 for k in doc.actors)):
        return True
    # "تحالف مسلح يعرف باسم فجر ليبيا": the group named right after its description
    k = m.last
    while k < min(len(doc.tokens), m.last + 3) and doc.tokens[k].key in rule.unnamed_named_by:
        k += 1
    return k > m.last and any(a.first == k for a in doc.actors)


def focus_country(doc: Doc) -> str | None:
    """The country the article's places name most, its lead (first two sentences) counting
    three times (the first named on a tie)."""
    counts: dict[str, int] = {}
    for p in doc.places:
        if p.place and p.place.country:
            weight = 3 if p.sentence < 2 else 1
            counts[p.place.country] = counts.get(p.place.country, 0) + weight
    return max(counts, key=counts.__getitem__) if counts else None


def info_of(mention: ActorMention) -> ActorInfo:
    """The registry entry behind a mention (coordinated forces are built on the fly)."""
    return _all_actors().get(mention.actor_id) or ActorInfo(
        mention.actor_id, mention.name, mention.name_ar, mention.actor_type, mention.side)


def anaphor_kind(word: str, language: str = DEFAULT) -> str | None:
    """"الوزارة" → "government_body": the kind of actor an anaphoric noun refers back to."""
    if not word:
        return None
    reg = registry(language)
    return reg.anaphora.get(word) or reg.anaphora.get(normalize_key(word))


__all__ = ["ARMED_TYPES", "ActorInfo", "allied", "anaphor_kind", "find_actors", "info_of",
           "registry"]

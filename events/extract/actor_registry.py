"""The actor registry: every actor of ``data/lexicon/actors.yaml`` (and each language's file)
with its aliases, allies, nationalities and contextual names, built and checked once per
language — the data `events.extract.actors` matches mentions against and every later step
reads (types, sides, allies)."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from events import lexicon
from events.extract.doc import ActorMention
from events.language import DEFAULT, LANGUAGES
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
    unnamed_counted: bool = True  # counted ("40 مسلحا") it is no party, the toll's victims
    unnamed_agrees: tuple[str, ...] = ()  # "مسلحون حوثيون": endings of a group's adjective
    unnamed_after_name: bool = False  # "IS group militants": the men of the group named before
    not_back: frozenset[str] = frozenset()  # ids it never refers back to ("التنظيم": no Houthis)
    # kinds it refers back to as well, the nearest named winning ("the group said" after the
    # Observatory: the monitor; after IS: the armed group)
    or_back: frozenset[str] = frozenset()
    # ids it refers back to, the one named last winning ("the Coalition" after "the Syrian
    # Coalition": that one, not the US-led coalition of the war's country)
    back_to: frozenset[str] = frozenset()
    # the bare name after the same words qualified by a nationality is that force ("قالت الشرطة"
    # after "الشرطة الإسرائيلية"), not the war's country's
    same_head: bool = False
    # "الطائرات بدون طيار": right before one of these the name is no party (drones, not jets)
    unnamed_before: frozenset[str] = frozenset()
    # bare words of the rule's kind that are event words too ("الطيران"): no alias (a name hides
    # an event word from the trigger step), read after the triggers (`actors_implied.air_words_acting`)
    event_words: frozenset[str] = frozenset()
    # "Militants of the Nusra Front": an article that may stand between `unnamed_of` and the
    # group's name
    unnamed_articles: frozenset[str] = frozenset()


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
    renamed: frozenset[str] = frozenset()  # "قوات الجيش" + "الإسرائيلي": that country's forces
    # an owner's possessive before a force noun, by token key: its nationality, and whether
    # the key is the bare owner ("russia", then "'s") or the apostrophe-lost form ("russias")
    possessors: dict[str, tuple[dict[str, str], bool]] = field(default_factory=dict)
    lifted: frozenset[str] = frozenset()  # heads only after an airborne word: "air force"
    # a state's own name before a force noun, by actor id: the nationality whose forces it
    # names ("Assad regime warplanes" are the Syrian air force, not the regime and a plane)
    state_names: dict[str, dict[str, str]] = field(default_factory=dict)
    # heads that are verbs too after a state's name ("Syrian Army Strikes Scores of
    # Terrorists"): its forces' fire only before an event word or one of `state_nouns_before`
    state_verbal: frozenset[str] = frozenset()
    state_nouns_before: frozenset[str] = frozenset()  # "regime strikes on Douma": a noun
    wings: frozenset[str] = frozenset()  # "الجناح العسكري" + "لحزب X": the group X itself
    demonyms: frozenset[str] = frozenset()  # "استهدف الأميركيون": a people acting (actors_implied)
    # "in Hamas countryside" (Hama's): these names before these words are a place's possessive
    place_possessives: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    wing_heads: frozenset[str] = frozenset()  # "قوات الدفاع الشعبي" + a wing: a unit's own name
    spokesmen: frozenset[str] = frozenset()  # "المتحدث العسكري" + "باسم الجيش المصري": the army
    spokesman_links: frozenset[str] = frozenset()  # (the "باسم")
    # "هذا الجيش" after "جيش الفتح": a war-dependent name after one of these is the side named
    # before with its head word (`actor_context._pointed_back`)
    demonstratives: frozenset[str] = frozenset()
    # a state written in capital letters that names no place of its own ("the US pounded",
    # where "US" is mostly an adjective: "US allies", "US soil"): by surface, the id of the
    # state's forces, read only as a subject (`actors_implied.states_acting`)
    state_letters: dict[str, str] = field(default_factory=dict)
    # "الولايات المتحدة وحلفاءها" acting: the words of allies after a state, and by ISO country
    # the id of the coalition it leads (`actors_implied.states_acting`)
    state_allies: tuple[frozenset[str], dict[str, str]] = (frozenset(), {})
    # "الضربات الجوية التي تقودها السعودية": a verb of leading between an event word and a state
    # that leads a coalition (``state_allies.led``) names that coalition (`actors_led`)
    state_lead_verbs: frozenset[str] = frozenset()
    # "the Army of Conquest": a war-dependent name opening with one of these ("the army") yields
    # to a name of its own that starts right after the article and runs past it
    # (`actors._yields_to_name`)
    name_articles: frozenset[str] = frozenset()
    # "soldiers loyal to President Bashar al-Assad", "militias loyal to the Assad regime": a
    # force noun (or one of the bodies), these words, then an owner — the owner's forces
    # (`actors._loyal_to`): words, link, bodies
    loyal: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset())
    # "Jaysh al-Fateh terrorists", "Ahrar al-Sham jihadists": a name of one of these generic
    # actors (by id) right after an armed group's own name is that group's men, one mention
    # with it (`actors_group_men.group_men`)
    group_men: frozenset[str] = frozenset()
    # "the terrorists of the so-called Jaish al-Islam", "jihadists of the Islamic State": such a
    # generic name, one of these links and (any of) the fillers right before an armed group's own
    # name — the group's men the other way round (`actors_group_men._men_of_group`): links, fillers
    men_of: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


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
        for ref in [*(rule.get("not_back") or ()), *(rule.get("back_to") or ())]:
            if ref not in by_id:
                raise lexicon.LexiconError(path, f"contextual[{i}]: no actor with id {ref!r}")
        rule_ = Contextual(dict(rule.get("by_country") or {}), rule.get("default"),
                           rule.get("refers_back"), *_unnamed(rule.get("unnamed")),
                           not_back=frozenset(rule.get("not_back") or ()),
                           or_back=frozenset(rule.get("or_back") or ()),
                           back_to=frozenset(rule.get("back_to") or ()),
                           same_head=bool(rule.get("same_head")),
                           unnamed_before=frozenset(normalize_key(w) for w in
                                                    (rule.get("unnamed") or {}).get("described_by") or ()),
                           event_words=frozenset(normalize_key(w) for w in rule.get("event_words") or ()),
                           unnamed_articles=frozenset(normalize_key(w) for w in
                                                      (rule.get("unnamed") or {}).get("articles") or ()))
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
    possessors: dict[str, tuple[dict[str, str], bool]] = {}
    for owner, adjective in (local.get("possessors") or {}).items():
        if adjective not in nationalities:
            raise lexicon.LexiconError(path, f"possessors.{owner}: no nationality {adjective!r}")
        possessors[owner] = (nationalities[adjective], True)
        possessors[owner + "s"] = (nationalities[adjective], False)
    state_names: dict[str, dict[str, str]] = {}
    states_local = local.get("state_names") or {}
    for actor_id, adjective in (states_local.get("ids") or {}).items():
        if actor_id not in by_id or adjective not in nationalities:
            raise lexicon.LexiconError(path, f"state_names.{actor_id}: no actor with this id "
                                             f"or no nationality {adjective!r}")
        state_names[actor_id] = nationalities[adjective]
    h = local["force_heads"]
    heads = tuple(frozenset(h[k]) for k in ("ground", "air", "middle", "special"))
    return Registry(matcher, by_id, {k: frozenset(v) for k, v in allies.items()},
                    nationalities, local["anaphora"], contextual,
                    dict(data.get("states") or {}), heads,  # type: ignore[arg-type]
                    bool(local.get("nationality_first")), frozenset(local.get("joiners") or ()),
                    frozenset(w.lower() for w in local.get("case_sensitive") or ()),
                    frozenset(normalize_key(w) for w in h.get("possessive") or ()),
                    frozenset(normalize_key(w) for w in h.get("airborne") or ()),
                    frozenset(local.get("country_nouns") or ()),
                    frozenset(normalize_key(w) for w in h.get("renamed") or ()), possessors,
                    frozenset(normalize_key(w) for w in h.get("lifted") or ()), state_names,
                    frozenset(normalize_key(w) for w in states_local.get("verbal") or ()),
                    frozenset(normalize_key(w) for w in states_local.get("nouns_before") or ()),
                    wings=frozenset(normalize_key(w) for w in local.get("wings") or ()),
                    demonyms=_demonyms(path, local.get("demonyms") or (), nationalities),
                    place_possessives=(
                        frozenset(normalize_key(w) for w in (local.get("place_possessives") or {}).get("names") or ()),
                        frozenset(normalize_key(w) for w in (local.get("place_possessives") or {}).get("after") or ())),
                    wing_heads=frozenset(normalize_key(w) for w in local.get("wing_heads") or ()),
                    spokesmen=frozenset(normalize_key(w) for w in (local.get("spokesmen") or {}).get("titles") or ()),
                    spokesman_links=frozenset(normalize_key(w)
                                              for w in (local.get("spokesmen") or {}).get("links") or ()),
                    demonstratives=frozenset(normalize_key(w) for w in local.get("demonstratives") or ()),
                    state_letters=_state_letters(path, local.get("state_letters") or {},
                                                 dict(data.get("states") or {})),
                    state_allies=_state_allies(path, local.get("state_allies") or {}, by_id),
                    state_lead_verbs=frozenset(normalize_key(w) for w in (
                        local.get("state_allies") or {}).get("lead_verbs") or ()),
                    name_articles=frozenset(normalize_key(w) for w in local.get("name_articles") or ()),
                    loyal=tuple(frozenset(normalize_key(w) for w in (local.get("loyal") or {}).get(k) or ())
                                for k in ("words", "links", "bodies")),
                    group_men=frozenset(local.get("group_men") or ()),
                    men_of=tuple(frozenset(normalize_key(w) for w in (local.get("men_of") or {}).get(k) or ())
                                 for k in ("links", "fillers")))


def _state_allies(path: Path, cfg: dict, by_id: dict[str, ActorInfo]) -> tuple[frozenset[str], dict[str, str]]:
    """``state_allies``: its words (normalised) and ``led`` (ISO country -> a coalition's id)."""
    led = dict(cfg.get("led") or {})
    for code, ref in led.items():
        if ref not in by_id:
            raise lexicon.LexiconError(path, f"state_allies.led.{code}: no actor with id {ref!r}")
    return frozenset(normalize_key(w) for w in cfg.get("words") or ()), led


def _state_letters(path: Path, letters: dict[str, str], states: dict[str, str]) -> dict[str, str]:
    """``state_letters`` (surface -> ISO country) as surface -> the id of that state's forces."""
    for surface, code in letters.items():
        if code not in states:
            raise lexicon.LexiconError(path, f"state_letters.{surface}: no state {code!r} in actors.yaml")
    return {surface: states[code] for surface, code in letters.items()}


def _demonyms(path: Path, words: list[str], nationalities: dict[str, dict[str, str]]) -> frozenset[str]:
    keys = frozenset(normalize_key(w) for w in words)
    for w in keys:
        if w not in nationalities or not nationalities[w].get("actor"):
            raise lexicon.LexiconError(path, f"demonyms: {w!r} is no nationality with forces")
    return keys


def _unnamed(rule: dict | None) -> tuple[frozenset[str] | None, frozenset[str], frozenset[str],
                                         frozenset[str], bool, tuple[str, ...], bool]:
    if rule is None:
        return None, frozenset(), frozenset(), frozenset(), True, (), False
    words = lambda k: frozenset(normalize_key(w) for w in rule.get(k) or ())  # noqa: E731
    return (words("of"), words("carried_by"), words("named_by"), words("describes"),
            bool(rule.get("counted", True)), tuple(normalize_key(w) for w in rule.get("agrees") or ()),
            bool(rule.get("after_name")))


def allied(side_a: str | None, side_b: str | None) -> bool:
    """Same side, or sides the registry lists as allies (Russia with the Syrian army…)."""
    if not side_a or not side_b or side_a == "unknown" or side_b == "unknown":
        return False
    return side_a == side_b or side_b in registry().allies.get(side_a, frozenset())


@functools.cache
def press_men() -> frozenset[str]:
    """Every language's ``group_men`` (en/actors.yaml: "Militants (unspecified)"; none in
    Arabic): ids are shared, so a mention's id tells whether it is the press's word for armed
    men of no side named, whatever language reported it."""
    return frozenset(i for language in LANGUAGES
                     for i in lexicon.load("actors", language).get("group_men") or ())


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

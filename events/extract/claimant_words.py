"""The attribution lexicon (``data/lexicon/attribution.yaml``, ``en/attribution.yaml``) as the
claimant step reads it (`events.extract.claimants`): frame verbs, prepositions and statement
nouns in one matcher, the unnamed sources, and the word lists of the frame rules. Loaded once
per language."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from events import lexicon
from events.language import DEFAULT
from events.extract.trigger_words import flag_matcher
from text import PhraseMatcher, normalize_key


@dataclass(frozen=True)
class AttributionLexicon:
    matcher: PhraseMatcher[str]
    continuation: frozenset[str]
    content_openers: frozenset[str]
    unnamed: PhraseMatcher[str]
    after: int
    before: int
    belonging: frozenset[str] = frozenset()  # "تابع للجيش": belonging to, no speaker verb
    belonging_then: tuple[str, ...] = ()  # what the next word of such an adjective begins with
    subject_first: bool = False  # "police said": the speaker before the verb comes first
    addressee: frozenset[str] = frozenset()  # "told Reuters": who was told, not who spoke
    responsibility: frozenset[str] = frozenset()  # "أعلن التنظيم مسؤوليته": a claim of the deed
    titles: PhraseMatcher[bool] | None = None  # "المتحدث باسم": whom the person speaks for
    title_reach: int = 0
    deed_verbs: frozenset[str] = frozenset()  # "claimed": a verb that may claim the deed
    deed_then: frozenset[str] = frozenset()  # "claimed by IS", "claimed responsibility"
    deed_reach: int = 0  # "IS claims the double bombing": an event word this near after it
    issued: frozenset[str] = frozenset()  # "في بيان أصدرته أمس": the date is the statement's
    statements: frozenset[str] = frozenset()  # the nouns an issuing verb follows ("بيان")
    pronouns: frozenset[str] = frozenset()  # "It said …": the same speaker goes on
    inside_heads: frozenset[str] = frozenset()  # "a source in the militia": the source speaks
    inside_links: frozenset[str] = frozenset()  # ... "in", "within" between it and the side
    inside_kind: str | None = None  # ... a claimant of this kind
    # "said the Syrian regime bears responsibility": an armed side after the verb with more
    # than this many words after it is spoken of (0: never), unless after one of these
    subject_tail: int = 0
    subject_agents: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()  # "the alleged attack": verbs that are participles
    adjectives_after: frozenset[str] = frozenset()  # ... after these words (or a count)
    preposition_articles: frozenset[str] = frozenset()  # "according to the Observatory"
    apart: frozenset[str] = frozenset()  # kinds whose side named after them takes no part
    hosts: frozenset[str] = frozenset()  # "البعثة الأميركية لدى الحلف": the host speaks not
    topics: frozenset[str] = frozenset()  # "وعن خسائر الحوثي قال": the topic speaks not
    source_heads: frozenset[str] = frozenset()  # "مصادر": a source introduced ("قالت مصادر طبية")
    source_anaphors: frozenset[str] = frozenset()  # "المصادر": the source introduced last, again
    source_links: frozenset[str] = frozenset()  # "المصدر القيادي في المقاومة": in a side named


@functools.cache
def attribution_lexicon(language: str = DEFAULT) -> AttributionLexicon:
    data = lexicon.load("attribution", language)
    belonging = data.get("belonging") or {}
    deeds = data.get("deed_claims") or {}
    issued = data.get("issued") or {}
    inside = data.get("sources_inside") or {}
    adjectives = data.get("adjectives") or {}
    again = data.get("sources_again") or {}
    m: PhraseMatcher[str] = PhraseMatcher()
    for kind in ("verbs", "prepositions", "statement_nouns"):
        for p in data[kind]:
            m.add(p, kind)
    unnamed: PhraseMatcher[str] = PhraseMatcher()
    for source in data["unnamed_sources"]:
        for p in source["phrases"]:
            unnamed.add(p, source["name"])
    return AttributionLexicon(m, frozenset(data["continuation"]), frozenset(data["content_openers"]),
                              unnamed, int(data["window_after"]), int(data["window_before"]),
                              frozenset(normalize_key(w) for w in belonging.get("verbs") or ()),
                              tuple(normalize_key(w) for w in belonging.get("then") or ()),
                              bool(data.get("subject_first")),
                              frozenset(normalize_key(w) for w in data.get("addressee_verbs") or ()),
                              frozenset(normalize_key(w) for w in data.get("responsibility") or ()),
                              flag_matcher(data.get("spokesman_titles") or ()),
                              int(data.get("title_reach") or 0),
                              frozenset(normalize_key(w) for w in deeds.get("verbs") or ()),
                              frozenset(normalize_key(w) for w in deeds.get("then") or ()),
                              int(deeds.get("reach") or 0),
                              frozenset(normalize_key(w) for w in issued.get("verbs") or ()),
                              frozenset(normalize_key(w) for w in issued.get("statements") or ()),
                              frozenset(normalize_key(w) for w in data.get("pronouns") or ()),
                              frozenset(normalize_key(w) for w in inside.get("heads") or ()),
                              frozenset(normalize_key(w) for w in inside.get("links") or ()),
                              inside.get("kind"),
                              int((data.get("subjects_after") or {}).get("tail") or 0),
                              frozenset(normalize_key(w) for w in (data.get("subjects_after") or {}).get(
                                  "agents") or ()),
                              frozenset(normalize_key(w) for w in adjectives.get("verbs") or ()),
                              frozenset(normalize_key(w) for w in adjectives.get("after") or ()),
                              frozenset(normalize_key(w) for w in data.get("preposition_articles") or ()),
                              frozenset(s["name"] for s in data["unnamed_sources"] if s.get("apart")),
                              frozenset(normalize_key(w) for w in data.get("host_links") or ()),
                              frozenset(normalize_key(w) for w in data.get("topic_openers") or ()),
                              frozenset(normalize_key(w) for w in again.get("heads") or ()),
                              frozenset(normalize_key(w) for w in again.get("anaphors") or ()),
                              frozenset(normalize_key(w) for w in again.get("links") or ()))

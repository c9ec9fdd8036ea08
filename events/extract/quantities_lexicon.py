"""The loss-claim vocabulary of ``data/lexicon/quantities.yaml``, normalised and indexed once.

Nouns get the endings Arabic adds when counting (ـا، ـين، ـون، ـي، ة→ات) so the YAML lists
each word once; duals and singulars are kept apart because they count by themselves.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from events import lexicon
from events.extract.dates import since_compared
from events.language import DEFAULT
from text import PhraseMatcher, bare, normalize, tokenize


def _key(text: str) -> str:
    return " ".join(t.key for t in tokenize(normalize(str(text)).norm))


def _variants(word: str) -> list[str]:
    """A noun with the endings Arabic adds to count it: ـا، ـين، ـون، ـي، and ة → ات."""
    head, _, rest = word.partition(" ")
    if not re.match(r"[\u0600-\u06FF]", head) or rest:
        return [word]
    forms = [head, head + "ا", head + "ين", head + "ون", head + "ي"]
    if head.endswith("ه"):
        forms += [head[:-1] + "ات"]
    return forms


class LossLexicon:
    """Phrase matchers for qualifiers, actions, nouns (plain, dual, singular) and cues."""

    def __init__(self, language: str) -> None:
        raw = lexicon.load("quantities", language)
        self.language = language
        rt = raw.get("running_totals") or {}
        self.since_words = frozenset(_key(w) for w in rt.get("since", ()))
        self.span_words: PhraseMatcher[bool] = PhraseMatcher()
        self.span_words.add_all((w, True) for w in rt.get("spans", ()))
        # a named month is a unit too ("مقتل 1332 عراقيا خلال يوليو الماضي": a month's toll)
        months = (lexicon.load("dates", language).get("gregorian_months") or {}).values()
        self.span_units = frozenset(_key(w) for w in rt.get("units", ())) | frozenset(
            _key(w.split()[0]) for names in months for w in names)
        self.recent_words = frozenset(_key(w) for w in rt.get("recent", ()))
        self.span_periods = frozenset(_key(w) for w in rt.get("periods", ()))
        self.since_compared = since_compared(language)
        self.total_reach = int(rt.get("reach", 0))
        self.span_reach = int(rt.get("span_reach", 0))
        self.total_words = frozenset(_key(w) for w in rt.get("totals", ()) if " " not in _key(w))
        self.record_relatives = frozenset(_key(w) for w in rt.get("record_relatives", ()))
        self.record_wars = frozenset(_key(w) for w in rt.get("record_wars", ()))
        self.war_floor = int(rt.get("war_floor", 0))
        self.since_starts = frozenset(_key(w) for w in rt.get("starts", ()))
        series = rt.get("series") or {}
        self.series_latest = frozenset(_key(w) for w in series.get("latest", ()))
        self.series_nouns = frozenset(_key(w) for w in series.get("nouns", ()))
        self.accused: PhraseMatcher[bool] = PhraseMatcher()
        self.accused.add_all((w, True) for w in rt.get("accused", ()))
        self.before: PhraseMatcher[str] = PhraseMatcher()
        self.after: PhraseMatcher[str] = PhraseMatcher()
        for kind, words in raw["qualifiers"]["before"].items():
            self.before.add_all((w, kind) for w in words)
        for kind, words in raw["qualifiers"]["after"].items():
            self.after.add_all((w, kind) for w in words)
        self.actions: PhraseMatcher[str] = PhraseMatcher()
        for cat, words in raw["actions"].items():
            self.actions.add_all((w, cat) for w in words)
        firsts = {_key(w).split()[0] for ws in raw["actions"].values() for w in ws}
        self.action_heads = firsts | {bare(f) for f in firsts}
        self.nouns: PhraseMatcher[dict[str, Any]] = PhraseMatcher()
        for entry in raw["nouns"]:
            for w in entry["words"]:
                for form in _variants(_key(w)):
                    self.nouns.add(form, entry)
        self.duals: PhraseMatcher[dict[str, Any]] = PhraseMatcher()
        for entry in raw["nouns"]:
            forms = [_key(w) for w in entry.get("duals", [])]
            forms += [k[:-1] + end for k in map(_key, entry["words"])
                      if " " not in k and k.endswith("ه") for end in ("تين", "تان")]
            self.duals.add_all((f, entry) for f in forms)
        # the first word of each dual ("رجلي أمن" is found from رجلي)
        self.dual_heads = {bare(f.split()[0]) for e in raw["nouns"] for f in map(_key, e.get("duals", []))}
        self.dual_heads |= {bare(_key(w))[:-1] + end for e in raw["nouns"] for w in e["words"]
                            if _key(w).endswith("ه") and " " not in _key(w) for end in ("تين", "تان")}
        self.singulars: PhraseMatcher[dict[str, Any]] = PhraseMatcher()
        for entry in raw["nouns"]:  # with the accusative: "أن جنديا قتل"
            for w in entry.get("singulars", []):
                forms = [w] if " " in w else [w, w + "ا"]
                self.singulars.add_all((form, entry) for form in forms)
        self.singular_keys = {_key(w).split()[0] for e in raw["nouns"] for w in e.get("singulars", [])}
        self.singular_keys |= {k + "ا" for k in self.singular_keys}
        # one or two of the armed or of the dead named ("قتل جندي", "مقتل شرطيين", "سقط قتيلان")
        # are a figure to the first gate (`pipeline.could_hold_events`, `pregate`): the
        # singulars of ``gate_singulars`` and the one-word duals of those nouns' entries
        gate = {_key(w) for w in raw.get("gate_singulars") or ()}
        self.figure_singulars = frozenset(gate | {k + "ا" for k in gate})
        self.figure_duals = frozenset(bare(f) for e in raw["nouns"] for f in map(_key, e.get("duals", []))
                                      if " " not in f and f[:-2] in gate)  # جنديين, جنديان
        self.bare_followers = {_key(w) for w in raw["bare_number_followers"]}
        self.not_counts: PhraseMatcher[bool] = PhraseMatcher()
        self.not_counts.add_all((w, True) for w in raw["not_counts_after"])
        self.cues: PhraseMatcher[bool] = PhraseMatcher()
        self.cues.add_all((w, True) for w in raw["technical_cues"])
        bombs = raw.get("car_bombs") or {}
        self.car_bomb_cues = frozenset(_key(w) for w in bombs.get("cues") or ())
        self.detonations = frozenset(_key(w) for w in bombs.get("detonations") or ())
        self.car_bomb_owned = frozenset(_key(w) for w in bombs.get("owned") or ())
        self.state: PhraseMatcher[bool] = PhraseMatcher()
        self.state.add_all((w, True) for w in raw["state_force_words"])
        self.inherit: PhraseMatcher[bool] = PhraseMatcher()
        self.inherit.add_all((w, True) for w in raw["inherit_markers"])
        self.subset_openers: PhraseMatcher[bool] = PhraseMatcher()
        self.subset_openers.add_all((w, True) for w in raw.get("subset_openers") or ())
        self.others = frozenset(_key(w) for w in raw.get("others") or ())
        r = raw["ranges"]
        self.openers = {_key(w) for w in r["openers"]}
        self.joiners = {_key(w) for w in r["joiners"]}
        self.joiners_open = {_key(w) for w in r["joiners_with_opener"]}
        self.links = {_key(w) for w in raw["noun_links"]}
        # empty (English): only the nouns of this lexicon count after a link
        self.link_stops = frozenset(_key(w) for w in raw.get("unnamed_after_link_stops") or ())
        self.one_of = {_key(w) for w in raw.get("one_of") or ()}
        # people nouns by their one word, for "أحد جنودها" (a possessive ending after the noun)
        self.people = {_key(w): e for e in raw["nouns"] if e.get("person") for w in e["words"]
                       if " " not in w}
        self.possessives = tuple(_key(w) for w in raw.get("possessive_endings") or ())
        # (heads, particle, max_gap, category) of idioms the subject splits ("قضت القوات على")
        self.split_actions = [({_key(h) for h in r["heads"]}, _key(r["particle"]), int(r["max_gap"]),
                               str(r["category"])) for r in raw.get("split_actions") or []]
        self.split_heads = set().union(*(r[0] for r in self.split_actions))
        self.action_heads |= self.split_heads  # one stem test per token finds both
        self.verdicts = {_key(w) for w in raw["verdict_words"]}
        self.near_only = {_key(w) for w in raw.get("near_only_actions") or []}
        self.ahead_only = {_key(w) for w in raw.get("ahead_only_actions") or []}
        self.event_ceiling = int(raw.get("event_ceiling") or 0)
        self.clause_openers: PhraseMatcher[bool] = PhraseMatcher()
        self.clause_openers.add_all((w, True) for w in raw.get("clause_openers") or ())
        self.spent_times = {_key(w) for w in raw.get("spent_times") or []}
        self.auxiliaries = {_key(w) for w in raw.get("auxiliaries") or []}
        self.noun_gap = int(raw.get("noun_gap") or 0)
        self.who_stops_at_actions = bool(raw.get("who_stops_at_actions"))
        self.counted_events = bool(raw.get("counted_events"))
        self.articles = {_key(w) for w in raw.get("singular_articles") or []}
        self.singular_auxiliaries = {_key(w) for w in raw.get("singular_auxiliaries") or []}
        self.action_adverbs = {_key(w) for w in raw.get("action_adverbs") or []}
        self.named_titles = frozenset(_key(w) for w in raw.get("named_victim_titles") or [])
        called = raw.get("named_victim_markers") or {}
        self.named_markers = frozenset(_key(w) for w in called.get("words") or [])
        self.name_ends = frozenset(_key(w) for w in called.get("name_ends") or [])
        self.relatives = {_key(w) for w in raw["relatives"]}
        self.vague_tolls: PhraseMatcher[tuple[str, ...]] = PhraseMatcher()
        for entry in raw.get("vague_tolls") or []:
            self.vague_tolls.add_all((w, tuple(entry["categories"])) for w in entry["phrases"])
        self.vague_amounts: PhraseMatcher[bool] = PhraseMatcher()
        self.vague_amounts.add_all((w, True) for w in raw.get("vague_amounts") or [])
        self.toll_negations = {_key(w) for w in raw.get("toll_negations") or []}
        self.sum_joiners = {_key(w) for w in raw.get("sum_joiners") or []}
        rises = raw.get("toll_rises") or {}
        self.rise_verbs: PhraseMatcher[bool] = PhraseMatcher()
        self.rise_verbs.add_all((w, True) for w in rises.get("verbs") or ())
        self.risen_tolls: PhraseMatcher[str] = PhraseMatcher()
        for category in ("killed", "injured"):
            self.risen_tolls.add_all((w, category) for w in rises.get(category) or ())
        self.rise_reach = int(rises.get("reach") or 0)
        self.describer_endings = tuple(_key(w) for w in raw.get("describer_endings") or ())
        self.describer_words = frozenset(_key(w) for w in raw.get("describer_words") or ())
        handovers = raw.get("handovers") or {}
        self.handovers = frozenset(_key(w) for w in handovers.get("words") or [])
        self.bodies = frozenset(_key(w) for w in handovers.get("bodies") or [])
        conditionals = raw.get("conditionals") or {}
        self.conditionals = frozenset(_key(w) for w in conditionals.get("words") or [])
        self.concessive = frozenset(_key(w) for w in conditionals.get("not_before") or [])
        suspects = raw.get("suspects") or {}
        self.suspects: PhraseMatcher[bool] = PhraseMatcher()
        self.suspects.add_all((w, True) for w in suspects.get("cues") or [])
        self.suspect_reach = int(suspects.get("reach") or 0)
        meetings = raw.get("meetings") or {}
        self.meetings = frozenset(_key(w) for w in meetings.get("words") or [])
        self.kin = frozenset(_key(w) for w in meetings.get("kin") or [])

    def describer(self, key: str) -> bool:
        """A word that only describes the person before it ("ضابط شرطة مصري"): a nisba or a
        complement of ``describer_words``."""
        return key in self.describer_words or (
            bool(self.describer_endings) and len(key) > 3 and key.endswith(self.describer_endings))


@functools.cache
def load_lexicon(language: str = DEFAULT) -> LossLexicon:
    return LossLexicon(language)

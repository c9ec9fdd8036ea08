"""The trigger vocabulary of ``data/lexicon/triggers.yaml`` (and of each language's
``data/lexicon/<lang>/triggers.yaml``), built once per language: event words in every inflected
form (`morphology`), modality cues, and the word sets that refine a trigger's type.

Data, not a step: the actor step reads it too (an event word stays outside a force's name).
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import replace

from events import lexicon
from events.extract.morphology import noun_forms, verb_forms, verb_forms_tensed
from events.extract.trigger_records import (AirDrops, ControlledBlasts, Crashes, Launches,
                                            Domestic, SplitGunfire, TriggerInfo, TriggerLexicon,
                                            SplitExpulsions, WarEras, WarsAgainst)
from events.language import DEFAULT
from text import PhraseMatcher


def _forms(language: str, verbs: Iterable[str] = (), nouns: Iterable[str] = ()) -> frozenset[str]:
    """Every generated form of ``verbs`` and ``nouns`` (morphology.yaml): what a word written
    in any conjugation or with any pronoun suffix is matched against."""
    return frozenset([f for v in verbs for f in verb_forms(v, language)]
                     + [f for n in nouns for f in noun_forms(n, language)])


def _crashes(raw: dict | None, language: str) -> Crashes | None:
    if not raw:
        return None
    road = _forms(language, raw.get("road_verbs", ()), raw.get("road_nouns", ()))
    craft = _forms(language, nouns=raw["aircraft"])
    return Crashes(_forms(language, raw["verbs"], raw["nouns"]) | road, craft,
                   frozenset(raw["warplanes"]), int(raw["reach"]), road,
                   craft | _forms(language, nouns=raw.get("vehicles", ())))


def _domestic(raw: dict | None) -> Domestic | None:
    """``domestic_victims`` of triggers.yaml, or None where a language has none."""
    if not raw:
        return None
    return Domestic(frozenset(raw["kin"]), frozenset(raw["links"]), frozenset(raw["openers"]),
                    frozenset(raw["persons"]), frozenset(raw["fighters"]))


def _war_eras(raw: dict | None) -> WarEras | None:
    """``war_eras`` of triggers.yaml, or None where a language has none."""
    if not raw:
        return None
    return WarEras(frozenset(raw["outbreaks"]), frozenset(raw["before"]), frozenset(raw["named"]),
                   int(raw["reach"]))


def _wars_against(raw: dict | None) -> WarsAgainst | None:
    """``wars_against`` of triggers.yaml, or None where a language has none."""
    if not raw:
        return None
    return WarsAgainst(frozenset(raw["nouns"]), frozenset(raw["links"]), frozenset(raw["in_words"]),
                       "".join(raw["in_clitics"]))


def _controlled(raw: dict | None) -> ControlledBlasts | None:
    if not raw:
        return None
    return ControlledBlasts(frozenset(raw["words"]), flag_matcher(raw["cues"]), int(raw["reach"]))


def _launches(raw: dict, language: str) -> Launches:
    starts = _forms(language, raw["verbs"], raw["starts"])
    carries = _forms(language, raw["carry_verbs"])
    return Launches(starts, carries, frozenset(raw["nouns"]),
                    frozenset(raw["carry_nouns"]), int(raw["window"]),
                    frozenset(raw.get("settings") or ()), frozenset(raw.get("aimed") or ()),
                    frozenset(raw.get("name_links") or ()))


def _air_drops(raw: dict | None, language: str) -> AirDrops | None:
    if not raw:
        return None
    forms = {f: t for v in raw["verbs"] for f, t in verb_forms_tensed(v, language)}
    return AirDrops(forms, frozenset(raw["aircraft"]), frozenset(raw["weapons"]),
                    frozenset(raw["cargo"]), int(raw["window"]))


def _dispatches(raw: dict | None, language: str) -> AirDrops | None:
    if not raw:
        return None
    forms = {f: t for v in raw["verbs"] for f, t in verb_forms_tensed(v, language)}
    forms.update((f, "past") for f in raw.get("past") or ())
    return AirDrops(forms, frozenset(), frozenset(raw["forces"]), frozenset(), int(raw["window"]),
                    "deployment")


def _takings(raw: dict | None, language: str) -> AirDrops | None:
    """A verb of taking (every form, with its tense) that takes ground when a word of
    ``places`` or a name follows it (``takings`` in en/triggers.yaml)."""
    if not raw:
        return None
    forms = {f: t for v in raw["verbs"] for f, t in verb_forms_tensed(v, language)}
    return AirDrops(forms, frozenset(), frozenset(raw["places"]),
                    frozenset(raw.get("not_objects") or ()), int(raw["window"]),
                    "territory_change", named=True, articles=frozenset(raw.get("articles") or ()))


def _expulsions(raw: dict | None, language: str) -> SplitExpulsions | None:
    """The verbs of driving out (every form, with its tense), their particles and fillers."""
    if not raw:
        return None
    forms = {f: t for v in raw["verbs"] for f, t in verb_forms_tensed(v, language)}
    return SplitExpulsions(forms, frozenset(raw["particles"]), frozenset(raw.get("fillers") or ()),
                           int(raw["window"]))


def _gunfire(raw: dict | None, language: str) -> SplitGunfire | None:
    """The verbs of firing (every form, with its tense), the fire they fire and the word of
    what it is fired at."""
    if not raw:
        return None
    forms = {f: t for v in raw["verbs"] for f, t in verb_forms_tensed(v, language)}
    return SplitGunfire(forms, frozenset(raw["objects"]), frozenset(raw.get("at") or ()),
                        int(raw["reach"]))


def flag_matcher(phrases: Iterable[str]) -> PhraseMatcher[bool]:
    """A matcher that only says whether one of ``phrases`` stands at a token."""
    m: PhraseMatcher[bool] = PhraseMatcher()
    m.add_all((p, True) for p in phrases)
    return m


@functools.cache
def trigger_lexicon(language: str = DEFAULT) -> TriggerLexicon:
    data = lexicon.load("triggers", language)
    figures = data.get("figurative_objects") or {}
    halting, storms = data.get("halting") or {}, data.get("storms") or {}
    tended, laid = data.get("tended") or {}, data.get("laid_devices") or {}
    outcomes, struck = data.get("outcomes") or {}, data.get("struck_weapons") or {}
    downings = data.get("downings") or {}
    possibility = data["modality"].get("possibility") or {}
    purpose = data.get("purpose") or {}
    not_ground, event_tallies = data.get("not_ground") or {}, data.get("event_tallies") or {}
    trig: PhraseMatcher[TriggerInfo] = PhraseMatcher()
    for group in data["triggers"]:
        info = TriggerInfo(group["type"], float(group.get("strength", 1.0)),
                           bool(group.get("participle")), group.get("object_role"),
                           bool(group.get("target_after")), bool(group.get("place_after")),
                           downs=bool(group.get("downs")),
                           heading_after=bool(group.get("heading_after")),
                           forces_after=bool(group.get("forces_after")))
        for verb in group.get("verbs") or []:
            for form, tense in verb_forms_tensed(verb, language):  # a participle is no verb
                trig.add(form, replace(info, verb=tense != "participle", tense=tense))
        for noun in group.get("nouns") or []:
            for form in noun_forms(noun, language):
                trig.add(form, info)
        for p in group.get("phrases") or []:
            trig.add(p, info)
    mod: PhraseMatcher[str] = PhraseMatcher(particles=True)
    for modality, cues in data["modality"]["cues"].items():
        for c in cues:
            mod.add(c, modality)
    sup: PhraseMatcher[str] = PhraseMatcher()
    for p in data["suppress"]:
        sup.add(p, "suppress")
    return TriggerLexicon(trig, mod, int(data["modality"]["window"]),
                          dict(data["modality"].get("windows") or {}),
                          frozenset(data["absorb_cues"]), frozenset(data["air_words"]),
                          frozenset(data["ground_words"]), sup, frozenset(data["equipment_cues"]),
                          frozenset(data["relatives"]), frozenset(data["circumstance_cues"]),
                          _launches(data["launches"], language), frozenset(data["since_cues"]),
                          frozenset(data["anniversary_cues"]),
                          frozenset(data["tallies"]["cues"]), frozenset(data["tallies"]["recent"]),
                          flag_matcher(data["tag_openers"]), frozenset(data["flashback_openers"]),
                          _forms(language, data["undergo_verbs"]),
                          frozenset(data["demonstratives"]["before"]),
                          frozenset(data["demonstratives"]["after"]),
                          frozenset(data.get("determiners") or ()),
                          frozenset(data["modality"].get("not_spelled") or ()),
                          frozenset(purpose.get("words") or ()),
                          frozenset(purpose.get("not_after") or ()),
                          frozenset(data.get("aftermath_cues") or ()),
                          frozenset(data.get("since_long") or ()),
                          tuple(tuple(c.split()) for c in data.get("support_cues") or ()),
                          flag_matcher(data.get("another_openers") or []),
                          frozenset(data.get("protest_cues") or ()),
                          frozenset(data.get("detention_objects") or ()),
                          frozenset(data.get("agreement_breaks") or ()),
                          flag_matcher(data.get("tasked_with") or []),
                          frozenset(data.get("air_words_unless_ground") or ()),
                          frozenset(data["modality"].get("before_first") or ()),
                          flag_matcher(data.get("held_under") or []),
                          frozenset(data.get("came_under") or ()),
                          frozenset(data.get("claimed_cues") or ()),
                          flag_matcher(data.get("violence_halts") or []),
                          flag_matcher(data.get("attacked_buildings") or []),
                          flag_matcher([*(data.get("civil_aircraft") or ()),
                                        *(data.get("air_bases") or ())]),
                          flag_matcher(data.get("aid_cargo") or []),
                          flag_matcher(data["modality"].get("scope_ends") or []),
                          frozenset(data.get("handling_cues") or ()),
                          frozenset(data.get("figurative_after") or ()),
                          frozenset(data.get("figurative_before") or ()),
                          frozenset(figures.get("next") or ()),
                          frozenset(figures.get("blasts") or ()),
                          flag_matcher(figures.get("object") or []),
                          frozenset(figures.get("arrivals") or ()),
                          flag_matcher(figures.get("messages") or []),
                          frozenset(data.get("crime_nouns") or ()),
                          flag_matcher((data.get("aims") or {}).get("openers") or []),
                          frozenset((data.get("aims") or {}).get("bridges") or ()),
                          _air_drops(data.get("air_drops"), language),
                          frozenset((data.get("novelty") or {}).get("before") or ()),
                          frozenset((data.get("novelty") or {}).get("adverbs") or ()),
                          frozenset(data.get("passive_auxiliaries") or ()),
                          attempt_qualifiers=frozenset(data["modality"].get(
                              "attempt_qualifiers") or ()),
                          done_adjectives=frozenset(data["modality"].get("done_adjectives") or ()),
                          failed_links=frozenset(data["modality"].get("failed_links") or ()),
                          failed_verb_links=frozenset(data["modality"].get("failed_verb_links")
                                                      or ()),
                          long_ago=flag_matcher(data.get("long_ago") or []),
                          ongoing_auxiliaries=frozenset((data.get("relative_states") or {}).get(
                              "between") or ()),
                          progressive_auxiliaries=frozenset((data.get("relative_states") or {}).get(
                              "progressive") or ()),
                          fire_sites=flag_matcher(data.get("fire_sites") or []),
                          standing=frozenset(data.get("standing_nouns") or ()),
                          aftermath_bridges=frozenset(data.get("aftermath_bridges") or ()),
                          facing=tuple(frozenset((data.get("facing") or {}).get(k) or ())
                                       for k in ("before", "words", "keep_next")),
                          anchor_before=frozenset((data.get("time_anchors") or {}).get("before") or ()),
                          anchor_spans=frozenset((data.get("time_anchors") or {}).get("spans") or ()),
                          anchor_links=frozenset((data.get("time_anchors") or {}).get("links") or ()),
                          aircraft=flag_matcher((data.get("overflights") or {}).get("aircraft") or []),
                          overflight=flag_matcher((data.get("overflights") or {}).get("cues") or []),
                          advance_verbs=frozenset(figures.get("advances") or ()),
                          leading_forms=frozenset(figures.get("leading") or ()),
                          spreading=frozenset(figures.get("spreading") or ()),
                          given_forms=frozenset(figures.get("given") or ()),
                          charges=frozenset(data.get("charges") or ()),
                          halt_verbs=_forms(language, halting.get("verbs") or ()),
                          halt_links=frozenset(halting.get("links") or ()),
                          halt_reach=int(halting.get("reach") or 0),
                          halt_negations=frozenset(halting.get("not_after") or ()),
                          halt_bridges=frozenset(halting.get("bridges") or ()),
                          storms=_forms(language, storms.get("verbs") or (), storms.get("nouns") or ()),
                          decision_words=frozenset((figures.get("decisions") or {}).get("words") or ()),
                          decision_articles=frozenset((figures.get("decisions") or {}).get(
                              "articles") or ()),
                          entry_words=frozenset(figures.get("entries") or ()),
                          joined=frozenset(figures.get("joined") or ()),
                          alliances=frozenset(figures.get("alliances") or ()),
                          join_links=frozenset(figures.get("join_links") or ()),
                          offers=flag_matcher((figures.get("messages") or [])
                                              + (figures.get("offers") or [])),
                          dispatches=_dispatches(data.get("dispatches"), language),
                          takings=_takings(data.get("takings"), language),
                          since_reach=int(data.get("since_reach") or 0),
                          accident_anaphora=frozenset(data.get("accident_anaphora") or ()),
                          spread_verbs=frozenset(figures.get("spreads") or ()),
                          teachings=flag_matcher((figures.get("messages") or [])
                                                 + (figures.get("teachings") or [])),
                          purpose_joiners=frozenset(purpose.get("joiners") or ()),
                          purpose_heads=_forms(language, nouns=purpose.get("heads") or ()),
                          not_ground=frozenset(not_ground.get("words") or ()),
                          not_ground_links=frozenset(not_ground.get("links") or ()),
                          not_ground_taken=frozenset(not_ground.get("taken") or ()),
                          tally_spans=frozenset(event_tallies.get("spans") or ()),
                          tally_units=frozenset(event_tallies.get("units") or ()),
                          possible=frozenset(possibility.get("particles") or ()),
                          present_prefixes=tuple(possibility.get("present_prefixes") or ()),
                          downed=flag_matcher(downings.get("aircraft") or []),
                          downed_reach=int(downings.get("window") or 0),
                          downed_doubts=frozenset(downings.get("doubts") or ()),
                          war_aims=frozenset((data.get("aims") or {}).get("wars") or ()),
                          not_next={k: frozenset(v) for k, v in (
                              data["modality"].get("not_next") or {}).items()},
                          not_next_prefixes={k: tuple(v) for k, v in (
                              data["modality"].get("not_next_prefixes") or {}).items()},
                          repelled_by=_forms(language, (data.get("repels") or {}).get("verbs") or (),
                                             (data.get("repels") or {}).get("nouns") or ()),
                          curbs=flag_matcher(data.get("curbs") or []),
                          reduced_relatives=bool((data.get("relative_states") or {}).get(
                              "after_side")),
                          relative_allegiance=frozenset((data.get("relative_states") or {}).get(
                              "allegiance") or ()),
                          hitting_nouns=_forms(language, nouns=data.get("hitting_nouns") or ()),
                          headings=frozenset(data.get("headings") or ()),
                          state_moves=frozenset(data.get("state_moves") or ()),
                          flashback_tolls=frozenset(data.get("flashback_tolls") or ()),
                          counts=flag_matcher(figures.get("counts") or []),
                          fall_verbs=frozenset(figures.get("falls") or ()),
                          backdown_links=frozenset(figures.get("backdown_links") or ()),
                          grounds=frozenset(figures.get("grounds") or ()),
                          told_before=flag_matcher(data.get("told_before") or []),
                          many_targets=flag_matcher(event_tallies.get("many_targets") or []),
                          tally_bounds=frozenset(event_tallies.get("bounds") or ()),
                          purpose_forcing=frozenset(purpose.get("forcing") or ()),
                          intent_referents=frozenset(data["modality"].get("intent_referents") or ()),
                          presence_openers=frozenset(data.get("presence_openers") or ()),
                          back_pointers=frozenset(data.get("back_pointers") or ()),
                          topic_openers=frozenset(data["modality"].get("topic_openers") or ()),
                          gunfire=_gunfire(data.get("split_gunfire"), language),
                          not_fighting=_forms(language, (data.get("not_fighting") or {}).get("verbs") or (),
                                              (data.get("not_fighting") or {}).get("nouns") or ()),
                          civilian_movers=frozenset(data.get("civilian_movers") or ()),
                          charge_links=frozenset(data.get("charge_links") or ()),
                          operations=frozenset(purpose.get("operations") or ()),
                          operation_aims=frozenset(purpose.get("operation_aims") or ()),
                          operations_done=frozenset(purpose.get("operations_done") or ()),
                          crashes=_crashes(data.get("crashes"), language),
                          air_subjects=frozenset((data.get("air_subjects") or {}).get("aircraft") or ()),
                          air_subject_bridges=frozenset(
                              (data.get("air_subjects") or {}).get("bridges") or ()),
                          visitors=flag_matcher(data.get("visitors") or []),
                          controlled=_controlled(data.get("controlled_blasts")),
                          purpose_adverbs=frozenset(purpose.get("adverbs") or ()),
                          civilian_mover_bridges=frozenset(
                              data.get("civilian_mover_bridges") or ()),
                          until=frozenset(data["modality"].get("until") or ()),
                          until_times=frozenset(data["modality"].get("until_times") or ()),
                          war_eras=_war_eras(data.get("war_eras")),
                          domestic=_domestic(data.get("domestic_victims")),
                          not_ground_subjects=frozenset(not_ground.get("subjects") or ()),
                          not_ground_relatives=frozenset(not_ground.get("relatives") or ()),
                          purpose_verb_joiners=frozenset(purpose.get("verb_joiners") or ()),
                          wars_against=_wars_against(data.get("wars_against")),
                          not_ground_ranks=frozenset(not_ground.get("ranks") or ()),
                          air_yielding=frozenset(data.get("air_words_yielding") or ()),
                          expulsions=_expulsions(data.get("split_expulsions"), language),
                          mover_pronouns=frozenset(
                              (data.get("civilian_mover_pronouns") or {}).get("pronouns") or ()),
                          mover_pronoun_links=frozenset(
                              (data.get("civilian_mover_pronouns") or {}).get("links") or ()),
                          arm_units=frozenset((data.get("arm_units") or {}).get("units") or ()),
                          arm_corps=frozenset((data.get("arm_units") or {}).get("corps") or ()),
                          arm_formations=frozenset((data.get("arm_units") or {}).get("formations")
                                                   or ()),
                          not_ground_far=_forms(language, (not_ground.get("far") or {}).get("verbs") or (),
                                                (not_ground.get("far") or {}).get("nouns") or ()),
                          not_ground_far_links=frozenset(not_ground.get("far_links") or ()),
                          blast_causes=frozenset(data.get("blast_causes") or ()),
                          withdrawn=flag_matcher((data.get("withdrawals") or {}).get("forces") or []),
                          withdrawal_decided=frozenset(
                              (data.get("withdrawals") or {}).get("decided") or ()),
                          regaining=_forms(language, (figures.get("regaining") or {}).get("verbs") or (),
                                           (figures.get("regaining") or {}).get("nouns") or ()),
                          regained=frozenset(figures.get("regained") or ()),
                          stormed_homes=flag_matcher(storms.get("homes") or []),
                          shifts=_forms(language, (figures.get("shifts") or {}).get("verbs") or (),
                                        (figures.get("shifts") or {}).get("nouns") or ()),
                          stages=frozenset(figures.get("stages") or ()),
                          stage_links=frozenset(figures.get("stage_links") or ()),
                          heading_figures=frozenset(data.get("heading_figures") or ()),
                          at_large_heads=frozenset((data.get("ground_at_large") or {}).get("heads") or ()),
                          at_large_sizes=frozenset((data.get("ground_at_large") or {}).get("sizes") or ()),
                          noun_after=frozenset(data.get("noun_after") or ()),
                          outcome_words=frozenset(outcomes.get("words") or ()),
                          outcome_losses=_forms(language, nouns=outcomes.get("losses") or ()),
                          outcome_links=frozenset(outcomes.get("links") or ()),
                          outcome_reach=int(outcomes.get("reach") or 0),
                          outcome_loss_reach=int(outcomes.get("loss_reach") or 0),
                          # (the words themselves too: "نقل" is no form of a lone verb)
                          tended_by=_forms(language, tended.get("verbs") or (), tended.get("nouns") or ())
                          | frozenset([*(tended.get("verbs") or ()), *(tended.get("nouns") or ())]),
                          tended_bridges=frozenset(tended.get("bridges") or ()),
                          tended_objects=frozenset(tended.get("objects") or ()),
                          tended_reach=int(tended.get("reach") or 0),
                          devices=_forms(language, nouns=laid.get("devices") or ()),
                          device_reach=int(laid.get("reach") or 0),
                          since_ago=frozenset(data.get("since_ago") or ()),
                          struck_guns=_forms(language, nouns=struck.get("weapons") or ()),
                          striking_verbs=_forms(language, struck.get("verbs") or ()),
                          striking_nouns=_forms(language, nouns=struck.get("nouns") or ()),
                          weapon_pieces=frozenset(struck.get("pieces") or ()),
                          struck_reach=int(struck.get("reach") or 0))

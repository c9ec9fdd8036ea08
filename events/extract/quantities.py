"""Step: find loss claims — who or what was killed, injured, captured or destroyed, and how many.

A claim is built around every number `events.extract.numbers` finds, in small steps:

1. the qualifier right before it (أكثر من، نحو، ما لا يقل عن…) or a range (بين 12 و20):
   `events.extract.quantities_amounts`;
2. the noun after it (skipping من: "80 من عناصر"), else a noun right before it
   ("حصيلة القتلى إلى 25", "مقتل مدنيين اثنين");
3. the category: the noun's own (قتلى، جرحى، أسرى), or the nearest action before the number
   in its sentence (مقتل، إصابة، تدمير…; nearest, so coordination carries the verb: "وتدمير
   36 سيارة و8 صهاريج"), or an action right after the noun ("قتلوا"); split idioms
   ("قضت القوات على 3") and verbs after the noun's complement ("7 عناصر من قوات النظام قتلوا")
   are in `events.extract.quantities_verbs`;
4. who: from the noun (مدنيين → civilians; عناصر من قوات النظام → soldiers; آخرين → as before).

A number without a loss noun or a fitting action produces nothing: counts of convoys, attempts,
hours, articles, percentages and money are never claims. All vocabulary is in
``data/lexicon/quantities.yaml``; number words in ``numbers.yaml``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from events.extract.doc import LOSS_ACTION, NUMBER_START, Doc, LossMention
from events.extract.numbers import Number, find_numbers, is_count
from events.extract.quantities_amounts import Amount, ending_at, loss_mention, number_claim
from events.extract.quantities_lexicon import LossLexicon, load_lexicon
from events.extract.quantities_nouns import find_counted_nouns
from events.extract.quantities_nouns import gap_ok as _gap_ok
from events.extract.quantities_nouns import in_subset_list, more_subjects, paired_noun
from events.extract.quantities_nouns import noun_after as _noun_after
from events.extract.quantities_named import find_named_victims
from events.extract.quantities_sums import sum_coordinated
from events.extract.quantities_vague import coordinated, find_vague_losses
from events.extract.quantities_verbs import BREAK as _BREAK
from events.extract.quantities_verbs import PEOPLE_VERB_ENDINGS as _PEOPLE_VERB_ENDINGS
from events.extract.quantities_verbs import (broken, clause_opened, state_noun_after, undergone,
                                             verb_after_complement, with_split_actions)
from events.extract.quantities_who import set_off, technical, who_of
from events.extract.running_totals import drop_running_totals
from events.extract.bodies import drop_no_toll
from events.extract.trigger_words import trigger_lexicon
from text import Match, Token

_ACTION_BACK = 12  # tokens searched before a number for its action
_ACTION_AHEAD = 3  # tokens searched after a noun for a passive action ("قتلوا")


def _action(doc: Doc, actions: list[Match[str]], first: int, noun_last: int,
            lo: int, hi: int, wanted: set[str]) -> str | None:
    """Step 3: the nearest fitting action before the claim, else one right after the noun.

    A people verb right after the noun comes first ("12 مدنيا قتلوا", "20 others wounded"):
    in "killed 12 and wounded 20 others" the nearer verb before 20 is the wrong one."""
    toks, lex = doc.tokens, load_lexicon(doc.language)
    j = more_subjects(doc, lex, noun_last, hi)  # "30 soldiers and 39 rebels were killed"
    k = j
    while j < min(hi, k + 2) and toks[j].key in lex.auxiliaries:
        j += 1  # "were killed", "have been wounded"
    for a in actions:
        if (a.first == j and a.first < hi and not a.clitic
                and a.payloads[0] in wanted and toks[a.first].key.endswith(_PEOPLE_VERB_ENDINGS)):
            return a.payloads[0]
    # "وتعرض 13 آخرون لإصابات": the harm after the noun, not the verb a clause before
    harm = undergone(trigger_lexicon(doc.language).undergo, toks, actions, first, j, wanted)
    if harm is not None:
        return harm
    before = [a for a in actions if lo <= a.first and a.last <= first and first - a.last <= _ACTION_BACK
              and not (_near_only(lex, toks, a) and (first - a.last > 1 or _time_spent(
                  doc, lex, noun_last, hi)))]
    if before:
        a = before[-1]
        cat = a.payloads[0]
        # across a comma the verb belongs to another clause ("أصيبوا، وأجلت السلطات 9900 شخص")
        if cat in wanted and not broken(doc, a.end, doc.tokens[first].start):
            return cat
    cat = verb_after_complement(lex, doc.norm, toks, actions, noun_last, hi, wanted)
    if cat is None and "killed" in wanted:  # people only, never "تدمير 3 سيارات قتلى"
        cat = state_noun_after(lex, doc.norm, toks, noun_last, hi)
    if cat is not None:
        return cat
    for a in actions:
        if (noun_last <= a.first < min(hi, noun_last + _ACTION_AHEAD) and a.payloads[0] in wanted
                and not a.clitic  # "ومقتل" after the noun starts a new claim
                and toks[a.first].key not in lex.ahead_only  # "نجا طفلان إثر سقوط قذيفة"
                and not (a.first > noun_last and toks[a.first - 1].key in lex.links)  # "من أصيبوا"
                and not clause_opened(lex, doc.norm, toks, noun_last, a.first)):
            return a.payloads[0]
    return None


def _near_only(lex: LossLexicon, toks: list[Token], a: Match[str]) -> bool:
    """"قضى" also means "spent": far from the number it is not a death."""
    return a.last - a.first == 1 and toks[a.first].key[len(a.clitic):] in lex.near_only


_SPENT_AHEAD = 3  # words after a counted noun searched for the time its people spent


def _time_spent(doc: Doc, lex: LossLexicon, noun_last: int, hi: int) -> bool:
    """A span of time right after the counted noun, no punctuation between ("قضى 220 راكبا أمس
    ساعتين"): a near-only verb then tells how long they spent, not that they died."""
    for k in range(noun_last, min(hi, noun_last + _SPENT_AHEAD)):
        if broken(doc, doc.tokens[k - 1].end, doc.tokens[k].start):
            return False
        if doc.tokens[k].key in lex.spent_times:
            return True
    return False


def _find_actions(lex: LossLexicon, norm: str, toks: list[Token], starts: list[int] | None = None
                  ) -> list[Match[str]]:
    """All action phrases, left to right; only tokens whose stem can start one are tried
    (``starts``: those tokens, when the caller has them — `Doc.positions` of ``LOSS_ACTION``)."""
    heads, split, out, split_at = lex.action_heads, lex.split_heads, [], []
    free = 0  # the first token not inside an action already found
    if starts is None:
        starts = [k for k, t in enumerate(toks) if not heads.isdisjoint(t.stems)]
    for i in starts:
        if i < free:
            continue
        if not split.isdisjoint(toks[i].stems):
            split_at.append(i)
        m = lex.actions.match_at(norm, toks, i)
        if m:
            out.append(m)
            free = m.last
    return with_split_actions(lex, norm, toks, out, split_at) if split_at else out


def _sentence_bounds(doc: Doc, tok: int) -> tuple[int, int]:
    for s in doc.sentences:
        if s.tokens[0] <= tok < s.tokens[1]:
            return s.tokens
    return 0, len(doc.tokens)


def find_losses(doc: Doc) -> None:
    """Append a `LossMention` for every casualty or destruction claim in ``doc.norm``."""
    lex = load_lexicon(doc.language)
    toks, norm = doc.tokens, doc.norm
    first_new = len(doc.losses)
    found: list[tuple[Number, Match[dict[str, Any]] | None]] = [
        (n, None) for n in find_numbers(norm, toks, doc.language, doc.positions(NUMBER_START))]
    actions = _find_actions(lex, norm, toks, doc.positions(LOSS_ACTION))
    found += find_counted_nouns(lex, doc, actions)
    _find_figures(doc, lex, actions, found)

    def action_of(first: int, noun_last: int, lo: int, hi: int, wanted: set[str]) -> str | None:
        return _action(doc, actions, first, noun_last, lo, hi, wanted)

    find_vague_losses(doc, lex, actions, action_of, lambda tok: _sentence_bounds(doc, tok))
    find_named_victims(doc, lex, actions)
    drop_running_totals(doc, lex, first_new)
    drop_no_toll(doc, lex, first_new)
    sum_coordinated(doc, lex, first_new)


def _find_figures(doc: Doc, lex: LossLexicon, actions: list[Match[str]],
                  found: list[tuple[Number, Match[dict[str, Any]] | None]]) -> None:
    """The claims that carry a figure (a number, number words, a dual, a singular)."""
    toks, norm = doc.tokens, doc.norm
    if not found:
        return
    found.sort(key=lambda f: f[0].start)
    dated = [(m.start, m.end) for m in doc.dates]
    previous: LossMention | None = None
    action_starts = {a.first for a in actions}
    taken = 0  # the rest of a claim ("بين 12 و20 مدنيا") is not a claim of its own
    for num, dual in found:
        if (num.value < 1 and not num.vague) or num.start < taken or any(s < num.end and num.start < e for s, e in dated):
            continue
        if "%" in norm[num.end:num.end + 2] or (
                num.last < len(toks) and lex.not_counts.match_at(norm, toks, num.last)):
            continue
        lo, hi = _sentence_bounds(doc, num.first)
        if previous is not None and previous.sentence != doc.sentence_of(num.start):
            previous = None
        mention = _read_claim(doc, lex, actions, num, lo, hi, previous, dual)
        if mention is not None:
            # "قتل وجرح العشرات": one figure for each of two coordinated actions
            also = [cat for cat in coordinated(doc, actions, num.first) if cat != mention.category
                    and mention.category in ("killed", "injured", "captured")]
            if not also and (paired := paired_noun(doc, lex, mention.end, mention.category,
                                                   action_starts)):
                also = [paired]  # "400 قتيل وجريح": the dead and the wounded together
            doc.losses.append(mention)
            doc.losses.extend(replace(mention, category=cat) for cat in also)
            previous, taken = mention, max(mention.number_end, mention.end)


def _read_claim(doc: Doc, lex: LossLexicon, actions: list[Match[str]], num: Number,
                lo: int, hi: int, previous: LossMention | None,
                dual: Match[dict[str, Any]] | None = None) -> LossMention | None:
    """Steps 1-4 for one number (or one dual noun); None when it is not a loss claim."""
    toks, norm = doc.tokens, doc.norm
    if dual is not None:
        if dual.first > 0 and is_count(toks[dual.first - 1].key, doc.language):
            return None  # "3 شرطيين": a plural after its number, never a dual
        n = num.value
        c = Amount(num, "exact", n, n, n, num.start, num.end, num.first, num.end)
        noun: Match[dict[str, Any]] | None = dual
    else:
        c = number_claim(doc, lex, num, lo)
        noun = _noun_after(doc, lex, c.num.last, hi)
    start, end = c.start, c.end
    risen = _toll_risen(doc, lex, c, lo) if dual is None else None
    if noun is None and risen is not None:  # "the death toll … has risen to 86 a monitor said"
        return loss_mention(doc, lex, c, c.start, c.end, risen, "unknown", c.num.last, hi)
    if noun is None:
        if not _clause_ends(doc, lex, c.num.last, hi):
            # "قتيل في ثلاثين عاما": the number counts something else, unless people verbs follow
            return _passive_claim(doc, lex, actions, c, hi) or _linked_claim(doc, lex, actions, c, hi)
        noun = _noun_before(doc, lex, actions, c, previous)
        if noun is None:
            return _bare_claim(doc, lex, actions, c, hi) or _passive_claim(doc, lex, actions, c, hi)
        start = min(start, noun.start)
        noun_last = c.num.last
    else:
        end, noun_last = max(end, noun.end), noun.last
    entry = noun.payloads[0]
    category = entry.get("category")
    if category is None and entry.get("object"):
        if _action(doc, actions, c.first, noun_last, lo, hi, {"destroyed"}) is None:
            return None
        category = entry["object"]
        if category == "vehicles_destroyed" and set_off(doc, lex, noun_last, c.first, lo, hi):
            return None
        if category in ("vehicles_destroyed", "technicals_destroyed"):
            cue_end = technical(doc, lex, noun.last, hi)
            if cue_end is not None:
                category, end = "technicals_destroyed", max(end, cue_end)
    elif category is None:
        if previous is not None and (ending_at(lex.inherit, norm, toks, c.first, lo)
                                     or in_subset_list(doc, lex, c.first, lo)):
            return None  # "8 people including two children", "بينهم طفلان": part of the claim before
        if any(lex.subset_openers.match_at(norm, toks, k) for k in range(lo, min(c.first, lo + 3))):
            return None  # "ومن هؤلاء القتلى 1693 مدنيا": part of a toll told before
        category = _action(doc, actions, c.first, noun_last, lo, hi, {"killed", "injured", "captured"})
        category = category or risen  # "the death toll from the shelling rose to 8 civilians"
        if category is None:  # "حصيلة القتلى إلى 45 شخصاً"
            before = _noun_before(doc, lex, actions, c, previous) if dual is None else None
            category = before.payloads[0].get("category") if before else None
        if category is None:
            return None
    who = who_of(doc, lex, entry, noun.last, hi, previous) if entry.get("person") else "unknown"
    if entry.get("category") and entry.get("who"):
        who = entry["who"]
    return loss_mention(doc, lex, c, start, end, category, who, noun_last, hi)


def _toll_risen(doc: Doc, lex: LossLexicon, c: Amount, lo: int) -> str | None:
    """"The death toll from the air strikes on the town has risen to 61": the claim right
    after a verb of rising (`toll_rises.verbs`), a toll's noun before that verb in its clause
    (within `reach` words, no punctuation and no other figure between) — its category."""
    if lex.rise_reach <= 0:
        return None
    toks, norm = doc.tokens, doc.norm
    verb = ending_at(lex.rise_verbs, norm, toks, c.first, lo)
    if verb is None:
        return None
    for k in range(verb.first - 1, max(lo, verb.first - lex.rise_reach) - 1, -1):
        if _BREAK.search(norm, toks[k].end, toks[k + 1].start) or is_count(toks[k].key, doc.language) \
                or toks[k].key[:1].isdigit():
            return None
        m = lex.risen_tolls.match_at(norm, toks, k)
        if m is not None and m.last <= verb.first:
            return m.payloads[0]
    return None


def _clause_ends(doc: Doc, lex: LossLexicon, j: int, hi: int) -> bool:
    """Nothing more belongs to the number at token j: the sentence or clause ends, or a
    preposition (في، جراء…), a و-word or a trailing qualifier (على الأقل) follows."""
    toks, norm = doc.tokens, doc.norm
    if j >= hi or _BREAK.search(norm, toks[j - 1].end, toks[j].start):
        return True
    key = toks[j].key
    return (key in lex.bare_followers or (key[:1] == "و" and len(key) > 1)
            or lex.after.match_at(norm, toks, j) is not None
            or any(d.start == toks[j].start for d in doc.dates))  # "وأصيب 12 أمس الأحد"


def _bare_claim(doc: Doc, lex: LossLexicon, actions: list[Match[str]], c: Amount,
                hi: int) -> LossMention | None:
    """"مصرع 4 وإصابة 7 آخرين": a number right after a casualty action, then a clause break."""
    people = ("killed", "injured", "captured")
    act = _action_right_before(doc, actions, c)
    if act is not None and act.payloads[0] in people:
        return loss_mention(doc, lex, c, c.start, c.end, act.payloads[0], "unknown", c.num.last, hi)
    return None


def _action_right_before(doc: Doc, actions: list[Match[str]], c: Amount) -> Match[str] | None:
    """The action ending right where the claim begins, nothing but space between ("مقتل 4")."""
    start = doc.tokens[c.first].start
    return next((a for a in actions if a.last == c.first and _gap_ok(doc.norm, a.end, start)), None)


def _linked_claim(doc: Doc, lex: LossLexicon, actions: list[Match[str]], c: Amount,
                  hi: int) -> LossMention | None:
    """"مقتل 12 من أبناء القبيلة", "إصابة 5 من الموالين للحكومة": a casualty action right
    before the number and من after it name people the lexicon does not know — still a claim,
    of people of unknown kind. Not a share of a whole ("3 من أصل 20"), a number or a date
    after من, nor where the language lists no stops (English counts only its nouns)."""
    toks, norm = doc.tokens, doc.norm
    j = c.num.last
    if not lex.link_stops or j + 1 >= hi or toks[j].key not in lex.links \
            or toks[c.num.first].start != c.num.start \
            or not _gap_ok(norm, toks[j].end, toks[j + 1].start):
        return None  # (a figure read inside a word — "كميات" — is no count of people)
    after = toks[j + 1]
    bare = after.key[2:] if after.key.startswith("ال") else after.key
    if after.key in lex.link_stops or after.key[:1].isdigit() or is_count(bare, doc.language) \
            or any(d.start == after.start for d in doc.dates):
        return None
    act = _action_right_before(doc, actions, c)
    if act is None or act.payloads[0] not in ("killed", "injured", "captured"):
        return None
    return loss_mention(doc, lex, c, c.start, after.end, act.payloads[0], "unknown", j + 2, hi)


def _passive_claim(doc: Doc, lex: LossLexicon, actions: list[Match[str]], c: Amount,
                   hi: int) -> LossMention | None:
    """"12 سوريا قتلوا": a noun we do not know, then a plural verb that only people take.

    An Arabic plural or dual verb never agrees with one: in "4 من أفراد عائلة واحدة قتلوا"
    واحدة describes the family, and the verb belongs to the 4."""
    toks, people = doc.tokens, ("killed", "injured", "captured")
    j = c.num.last
    for a in actions:
        if (j <= a.first <= j + 1 and a.first < hi and not a.clitic and a.payloads[0] in people
                and toks[a.first].key.endswith(_PEOPLE_VERB_ENDINGS)
                and (c.num.value >= 2 or toks[a.first].key.endswith("ed"))):
            end = toks[a.first - 1].end if a.first > j else c.end
            return loss_mention(doc, lex, c, c.start, end, a.payloads[0], "unknown", a.first, hi)
    if j < hi and toks[j].key in lex.links and c.num.value >= 2:  # "7 من أبناء العشيرة قتلوا"
        if lex.counted_events and _events_counted(doc, actions, j + 1, hi):
            return None  # "Dozens of regime strikes on Aleppo killed 16": strikes, not people
        cat = verb_after_complement(lex, doc.norm, toks, actions, j + 1, hi, set(people))
        if cat is not None:
            return loss_mention(doc, lex, c, c.start, c.end, cat, "unknown", j, hi)
    return None


def _events_counted(doc: Doc, actions: list[Match[str]], k: int, hi: int) -> bool:
    """"Dozens of regime strikes on Aleppo killed …", "two of the raids killed …": an event
    noun (a strong trigger word, no verb) after the link and before the first action — the
    figure counts events, not people (English, quantities.yaml ``counted_events``)."""
    stop = min([hi, *(a.first for a in actions if a.first >= k)])
    triggers = trigger_lexicon(doc.language).triggers
    for j in range(k, min(stop, k + 4)):
        m = triggers.match_at(doc.norm, doc.tokens, j)
        if m is not None and any(not t.verb and t.strength > 0.5 for t in m.payloads):
            return True
    return False


def _noun_before(doc: Doc, lex: LossLexicon, actions: list[Match[str]], c: Amount,
                 previous: LossMention | None) -> Match[dict[str, Any]] | None:
    """"حصيلة القتلى إلى 25" (a noun with its own category a few words back) or
    "مقتل مدنيين اثنين" (a person noun right before a number word); not a noun that an
    earlier claim already counted ("أربعين ألف قتيل في ثلاثين عاما"), nor one behind an
    action of its own ("سقط قتيل وجرح خمسة": the five are wounded, not dead)."""
    toks, norm = doc.tokens, doc.norm
    for back in range(1, 4):
        k = c.first - back
        if k < 0 or _BREAK.search(norm, toks[k].end, toks[c.first].start):
            return None
        if back > 1 and any(a.first == k + 1 for a in actions):
            return None
        if previous is not None and toks[k].start < previous.end:
            return None
        m = lex.nouns.match_at(norm, toks, k)
        if m and m.last <= c.first:
            if m.payloads[0].get("category"):
                return m
            words = not toks[c.num.first].key[:1].isdigit()
            if words and m.last == c.first and back == 1:
                return m
            if words and back == 2 and m.last == c.first - 1 and _agrees(toks[m.last - 1].key,
                                                                           toks[c.first - 1].key):
                return m  # "مقتل عسكريين تركيين اثنين": an adjective between noun and number
    return None


def _agrees(noun: str, adjective: str) -> bool:
    """An adjective that takes the noun's plural or dual ending (عسكريين تركيين)."""
    return any(noun.endswith(e) and adjective.endswith(e) for e in ("يين", "ين", "ان", "ون"))

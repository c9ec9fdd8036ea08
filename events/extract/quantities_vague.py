"""Loss claims without a figure: "سقوط قتلى وجرحى", "خسائر بشرية", "قتل وجرح عدد من المسلحين".

A report that says people died without saying how many still makes a claim — a vague one, with
no low, best or high (UCDP leaves the figures unknown, ACLED codes "several" as unknown): the
analyst sees that a toll was claimed and by whom, and no total is inflated by a guess. Negated
tolls ("دون وقوع إصابات", "لم تسجل خسائر بشرية") are no claim. Vocabulary in
``data/lexicon/quantities.yaml`` (vague_tolls, vague_amounts).
"""
from __future__ import annotations

from typing import Any, Callable

from events.extract.doc import Doc, LossMention
from events.extract.quantities_lexicon import LossLexicon
from text import Match

ActionOf = Callable[[int, int, int, int, set[str]], "str | None"]


def find_vague_losses(doc: Doc, lex: LossLexicon, actions: list[Match[str]], action_of: ActionOf,
                      bounds: Callable[[int], tuple[int, int]]) -> None:
    """Append vague `LossMention`s for tolls told without a number."""
    taken = [(x.start, x.end) for x in doc.losses]
    out: list[LossMention] = []
    for m in lex.vague_tolls.find(doc.norm, doc.tokens):
        if not _negated(doc, lex, m.first) and not _overlaps(taken, m.start, m.end):
            out += [_vague(doc, m.start, m.end, cat, "unknown") for cat in m.payloads[0]]
    for m in lex.vague_amounts.find(doc.norm, doc.tokens):
        lo, hi = bounds(m.first)
        noun = _noun(doc, lex, m.last, hi)
        if noun is None or _negated(doc, lex, m.first) or _overlaps(taken, m.start, noun.end):
            continue
        if lex.inherit.ending_at(doc.norm, doc.tokens, m.first) is not None:
            continue  # "بينهم عدد من الأطفال": part of the claim before, not more
        entry: dict[str, Any] = noun.payloads[0]
        cats = [entry["category"]] if entry.get("category") else coordinated(doc, actions, m.first) \
            or [c for c in [action_of(m.first, noun.last, lo, hi, {"killed", "injured", "captured"})] if c]
        if entry.get("object"):
            cats = [entry["object"]] if action_of(m.first, noun.last, lo, hi, {"destroyed"}) else []
        who = entry.get("who", "unknown")
        out += [_vague(doc, m.start, noun.end, cat, who) for cat in cats]
    doc.losses.extend(out)
    doc.losses.sort(key=lambda x: x.start)


def _vague(doc: Doc, start: int, end: int, category: str, who: str) -> LossMention:
    return LossMention(start=start, end=end, text=doc.surface(start, end),
                       sentence=doc.sentence_of(start), category=category, who=who,
                       qualifier="vague", number_start=start, number_end=end)


def _noun(doc: Doc, lex: LossLexicon, j: int, hi: int) -> Match[dict[str, Any]] | None:
    """The counted noun right after the amount ("عدد من [المسلحين]"), skipping one link word."""
    for k in (j, j + 1):
        if k >= hi:
            return None
        m = lex.nouns.match_at(doc.norm, doc.tokens, k)
        if m is not None:
            return m
        if doc.tokens[k].key not in lex.links:
            return None
    return None


def coordinated(doc: Doc, actions: list[Match[str]], first: int) -> list[str]:
    """"قتل وجرح عدد من", "قتل وجرح العشرات": the people actions of a coordination right
    before an amount (none when only one action stands there)."""
    cats: list[str] = []
    end = first
    for a in reversed([a for a in actions if a.last <= first]):
        if a.last != end or a.payloads[0] in cats:
            break
        cats.insert(0, a.payloads[0])
        end = a.first
        if not doc.tokens[a.first].key.startswith("و"):
            break
    cats = [c for c in cats if c in ("killed", "injured", "captured")]
    if len(cats) < 2:
        return []
    # "6 عسكريين استشهدوا وأصيب 9", "لقي 7 … مصرعهم وأصيب 12": the first verb already told its
    # own count, a few words back
    near = doc.tokens[max(0, end - 10)].start
    if any(near <= x.start < doc.tokens[end].start for x in doc.losses):
        return []
    return cats


def _negated(doc: Doc, lex: LossLexicon, first: int, reach: int = 4) -> bool:
    """A negation or an aim a few words before, not across a comma ("ولم تسفر الغارة عن خسائر
    بشرية", "لمنع سقوط قتلى")."""
    for k in range(first - 1, max(-1, first - reach - 1), -1):
        if doc.gap_has(k, k + 1, "،,.;"):
            return False
        if doc.tokens[k].key in lex.toll_negations:
            return True
    return False


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)

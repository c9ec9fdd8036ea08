"""The noun a number counts ("80 من عناصر التنظيم", "dozens of civilians", "30 regime soldiers"),
and nouns that count by themselves (duals "جنديين", a singular after its action "مقتل شرطي").

Step 2 of `events.extract.quantities`: right after the number, skipping one link word (من، of)
and, where the language puts adjectives there (English), a few describing words.
"""
from __future__ import annotations

import re
from typing import Any

from events.extract.actor_registry import ARMED_TYPES
from events.extract.clauses import clause_lexicon
from events.extract.doc import DUAL_OR_SINGULAR, Doc
from events.extract.numbers import Number, is_count
from events.extract.quantities_lexicon import LossLexicon
from events.extract.quantities_verbs import PEOPLE_VERB_ENDINGS
from events.extract.trigger_words import trigger_lexicon
from text import Match

_SPACE = re.compile(r"[\s\"'()]*")


def gap_ok(norm: str, a: int, b: int) -> bool:
    """Only spaces, quotes or brackets between two offsets: the same phrase."""
    return a <= b and bool(_SPACE.fullmatch(norm, a, b))


def noun_after(doc: Doc, lex: LossLexicon, j: int, hi: int) -> Match[dict[str, Any]] | None:
    """Step 2: the counted noun right after the number, skipping one link word (من), and up to
    the lexicon's ``noun_gap`` other words (English adjectives: "30 regime soldiers")."""
    toks, norm = doc.tokens, doc.norm
    skipped = 0
    for k in range(j, j + 2 + lex.noun_gap):
        if k >= hi or not gap_ok(norm, toks[k - 1].end, toks[k].start):
            return None
        m = lex.nouns.match_at(norm, toks, k)
        if m:
            if m.clitic[:1] in ("و", "ف") or (k == j and m.payloads[0].get("after_link_only")):
                return None  # "4 وإصابة": a new clause; "5 تنظيمات" counts groups
            return m
        if toks[k].key in lex.links and k <= j + skipped + 1:
            continue
        linked = k == j + 1 and toks[j].key in lex.links
        group = _armed_group_at(doc, lex, k) if linked else None
        if group is not None:
            return group  # "مقتل 11 من داعش": members of a named group
        owned = _possessed(doc, lex, k) if linked else None
        if owned is not None:
            return owned  # "قتلوا اثنين من جنوده": its own men
        if skipped < lex.noun_gap and _describes(doc, lex, k):
            skipped += 1
            continue
        return None
    return None


def _armed_group_at(doc: Doc, lex: LossLexicon, k: int) -> Match[dict[str, Any]] | None:
    """A named armed group or force starting at token k, read as the people counted ("11 من
    داعش" are eleven of its fighters, "5 من الجيش العراقي" five soldiers); never a government
    body, a monitor or a medium ("3 من المرصد" counts nobody), nor (English, quantities.yaml
    ``counted_events``) a name that an event word right after makes an adjective: "dozens
    of Syrian regime strikes" counts strikes, not men."""
    for a in doc.actors:
        if a.first == k and a.actor_type in ARMED_TYPES:
            if lex.counted_events and a.last < len(doc.tokens) \
                    and gap_ok(doc.norm, doc.tokens[a.last - 1].end, doc.tokens[a.last].start) \
                    and trigger_lexicon(doc.language).triggers.match_at(doc.norm, doc.tokens, a.last):
                return None
            who = "soldiers" if a.actor_type == "state_force" else "fighters"
            return Match(a.first, a.last, a.start, a.end, [{"person": True, "who": who}], "")
    return None


def _one_of(doc: Doc, lex: LossLexicon, k: int) -> Match[dict[str, Any]] | None:
    """"أحد" at token k and the people noun after it ("أحد عناصر الشرطة", "أحد ضباطها"), as
    one match; None when no people noun follows."""
    toks = doc.tokens
    m = lex.nouns.match_at(doc.norm, toks, k + 1)
    if m is not None and m.payloads[0].get("person") and not m.clitic:
        return Match(k, m.last, toks[k].start, m.end, m.payloads, "")
    owned = _possessed(doc, lex, k + 1)
    return None if owned is None else Match(k, k + 2, toks[k].start, owned.end, owned.payloads, "")


def _possessed(doc: Doc, lex: LossLexicon, k: int) -> Match[dict[str, Any]] | None:
    """A people noun with a possessive ending at token k ("جنودها", "عناصره"), as one match."""
    tok = doc.tokens[k]
    entry = next((lex.people[tok.key[:-len(e)]] for e in lex.possessives
                  if tok.key.endswith(e) and tok.key[:-len(e)] in lex.people), None)
    return None if entry is None else Match(k, k + 1, tok.start, tok.end, [entry], "")


def _object_after(doc: Doc, lex: LossLexicon, k: int) -> bool:
    """People or a number right at token k: "قتل أحد المسلحين شرطيا" — one of the gunmen was
    the killer, the policeman the one killed."""
    toks, norm = doc.tokens, doc.norm
    if k >= len(toks) or not gap_ok(norm, toks[k - 1].end, toks[k].start):
        return False
    return is_count(toks[k].key, doc.language) or any(
        m.match_at(norm, toks, k) is not None for m in (lex.nouns, lex.singulars, lex.duals))


def _describes(doc: Doc, lex: LossLexicon, k: int) -> bool:
    """Token k may be an adjective between a number and its noun: not a number, an action, a
    qualifier or a word that ends the claim (in, and, who…)."""
    key = doc.tokens[k].key
    return not (is_count(key, doc.language) or key in lex.bare_followers
                or key in lex.relatives or key in lex.joiners or key in lex.joiners_open
                or lex.actions.match_at(doc.norm, doc.tokens, k) is not None
                or lex.after.match_at(doc.norm, doc.tokens, k) is not None)


def in_subset_list(doc: Doc, lex: LossLexicon, i: int, lo: int, reach: int = 8) -> bool:
    """The count at token ``i`` ends a list opened by "بينهم/including" a few words before, with
    no comma or verb between ("من بينهم نساء وأطفال وجندي أفغاني واحد"): part of the toll told
    before the list, not a claim of its own. A clause opener ends the list ("among them a child
    and two women while 44 others were injured")."""
    openers = clause_lexicon(doc.language).openers
    if i + 1 < len(doc.tokens) and doc.tokens[i + 1].key in lex.others:
        return False  # "among them two women and nine others were injured"
    for k in range(i - 1, max(lo, i - reach) - 1, -1):
        if doc.gap_has(k, k + 1, ".،,;؛:") or \
                lex.actions.match_at(doc.norm, doc.tokens, k) is not None or \
                openers.match_at(doc.norm, doc.tokens, k) is not None:
            return False
        link = lex.inherit.match_at(doc.norm, doc.tokens, k)
        if link is not None and link.last <= i:
            return True
    return False


def more_subjects(doc: Doc, lex: LossLexicon, k: int, hi: int) -> int:
    """Past counted nouns that share one verb with the noun ending at token ``k``: coordinated
    ("30 soldiers and 39 rebels were killed") or a subset ("nine civilians including three
    children were killed"). Returns the token after them (``k`` when there are none)."""
    toks, norm = doc.tokens, doc.norm
    subset = False
    while k < hi:
        if subset and _glued_count(doc, k):  # "بينهم 12 طفلا وست نساء": the subset goes on
            n = k + 1
        else:
            link = lex.inherit.match_at(norm, toks, k)
            if link is None and toks[k].key not in lex.joiners_open:
                return k
            subset = link is not None
            j = link.last if link is not None else k + 1
            if j >= hi:
                return k
            if not is_count(toks[j].key, doc.language):
                bare = noun_after(doc, lex, j, hi) if link is not None else None
                if bare is None:  # ("including children": a subset named without its count)
                    return k
                k = bare.last
                continue
            n = j + 1
        while n < hi and (is_count(toks[n].key, doc.language)):
            n += 1  # "thirty one", "1,500"
        noun = noun_after(doc, lex, n, hi)
        if noun is None:
            return k
        k = noun.last
    return k


def _glued_count(doc: Doc, k: int) -> bool:
    """A count word with و glued to it ("بينهم 12 طفلا وست نساء"): the next item of a subset
    list. Not after a plain list ("مقتل خمسة جنود وثلاثة آخرون أصيبوا": a claim of its own)."""
    key = doc.tokens[k].key
    return key[:1] == "و" and len(key) > 2 and is_count(key[1:], doc.language)


def find_counted_nouns(lex: LossLexicon, doc: Doc,
                        actions: list[Match[str]]) -> list[tuple[Number, Match[dict[str, Any]]]]:
    """Nouns that count by themselves: duals ("مقتل شخصين", "تدمير دبابتين") are two;
    an indefinite singular right after an action ("مقتل شرطي", "إصابة طفل") is one."""
    out = []
    toks, norm = doc.tokens, doc.norm
    ends = {a.last for a in actions}
    ends |= {m.last for m in doc.actors if m.first in ends}  # "دمرت الطائرات آلية": past the subject
    ends |= {e + 1 for e in ends if e < len(toks) and toks[e].key in lex.action_adverbs}  # "قتل فيها"
    # "أن جنديا قتل": a singular right before a singular people verb is one too — not when
    # people or a number follow the verb ("وكان مسلح قتل 38 سائحا": the gunman killed them)
    people_verbs = {a.first for a in actions if a.payloads[0] in ("killed", "injured", "captured")
                    and not a.clitic and not _object_after(doc, lex, a.last)}
    verbs_at = {v for v in people_verbs if not toks[v].key.endswith(PEOPLE_VERB_ENDINGS)}
    if lex.articles:  # English: "killing a civilian", "another child was killed"
        ends |= {e + 1 for e in ends if e < len(toks) and toks[e].key in lex.articles}
        verbs_at |= {a.first - 1 for a in actions if a.payloads[0] in ("killed", "injured", "captured")
                     and a.first > 0 and toks[a.first - 1].key in lex.singular_auxiliaries}
    for k in ends:  # "مقتل أحد عناصر الشرطة", "استشهاد أحد جنودها": one of them
        if k + 1 < len(toks) and toks[k].key in lex.one_of:
            one = _one_of(doc, lex, k)
            if one is not None and not _object_after(doc, lex, one.last):
                out.append((Number(one.start, one.end, k, one.last, 1.0), one))
    duals, singular = lex.dual_heads, lex.singular_keys
    # one pass keeps the duals and the singulars right after an action (few tokens)
    near_verb = {k for v in people_verbs for k in range(v - CHAIN_REACH, v - 1)}
    for i in [k for k in doc.positions(DUAL_OR_SINGULAR)  # a dual stem or a singular key
              if k in ends or k + 1 in verbs_at or not duals.isdisjoint(toks[k].stems)
              or k in near_verb]:
        tok = toks[i]
        counted_here = i in ends or i + 1 in verbs_at  # else only as the head of a chain
        if lex.articles and i not in ends and not (i > 0 and toks[i - 1].key in lex.articles):
            continue  # "the civilian was killed": one already told
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (is_count(nxt.key, doc.language)):
            continue  # "شخصين اثنين", "شخص واحد": the number word makes the claim
        m = lex.duals.match_at(norm, toks, i)
        if m is not None and any(st.startswith("ال") for st in tok.stems):
            continue  # "أسرتي الشهيدين": two people already reported, not a new count
        if m is not None:
            out.append((Number(m.start, m.end, m.first, m.last, 2.0), m))
            joined = _joined_singulars(doc, lex, m.last)
            if i in ends or _chain_to(joined, people_verbs):  # "مقتل ضابطي شرطة ومجند"
                out.extend(joined)
            continue
        m = lex.singulars.match_at(norm, toks, i)
        if m is not None and not m.clitic and gap_ok(norm, toks[i - 1].end, tok.start):
            joined = _joined_singulars(doc, lex, m.last)
            if counted_here or not duals.isdisjoint(tok.stems) or (
                    _chain_to(joined, people_verbs) and not is_count(toks[i - 1].key, doc.language)):
                out.append((Number(m.start, m.end, m.first, m.last, 1.0), m))
                out.extend(joined)
    return out


CHAIN_REACH = 8  # tokens before a verb where a chain of people joined by و may start


def _chain_to(joined: list[tuple[Number, Match[dict[str, Any]]]], verbs: set[int]) -> bool:
    """"إن ضابطين ومجندا أصيبوا", "أن جنديا وشرطيا قتلا": people joined by و right before a verb
    of the dead, the hurt or the taken are its subjects, each counted (not the noun a number
    counts: "ثمانية آلاف رجل وصبي لقوا حتفهم" is the number's claim)."""
    return bool(joined) and joined[-1][1].last in verbs


def _joined_singulars(doc: Doc, lex: LossLexicon, k: int) -> list[tuple[Number, Match[dict[str, Any]]]]:
    """"مقتل طفل وامرأة", "إصابة جندي ومدني": singulars joined by و to a singular counted,
    one each (a dual joined so is found as a dual: "إصابة فتاة وطفلين"); not a singular that
    opens a clause of its own ("قتل جندي وجرح آخر": an action) nor one with a number after it."""
    out = []
    toks, norm = doc.tokens, doc.norm
    while k < len(toks) and gap_ok(norm, toks[k - 1].end, toks[k].start):
        for _ in range(2):  # "ضابط شرطة مصري ومجند": past what describes the one before
            if k + 1 < len(toks) and _describer(doc, lex, k) and gap_ok(norm, toks[k].end, toks[k + 1].start):
                k += 1
        m = lex.singulars.match_at(norm, toks, k)
        if m is None or m.clitic != "و" or not m.payloads[0].get("person") or \
                (m.last < len(toks) and is_count(toks[m.last].key, doc.language)):
            break
        if toks[k].key[1:] in lex.others and m.last < len(toks) and toks[m.last].key in lex.links:
            break  # "قتل جندي وآخر من التنظيم": the other one is of another side
        out.append((Number(m.start, m.end, m.first, m.last, 1.0), m))
        k = m.last
    return out


def _describer(doc: Doc, lex: LossLexicon, k: int) -> bool:
    """Token k only describes the person before it: a nisba (مصري، حكومي — a people noun
    too, but after a person its adjective) or a complement (شرطة، أمن) of the lexicon's, with
    no و/ف, and not a word that ends the claim."""
    key = doc.tokens[k].key
    return key[:1] not in ("و", "ف") and lex.describer(key) and _describes(doc, lex, k)


PAIRED = ("killed", "injured")


def paired_noun(doc: Doc, lex: LossLexicon, end: int, category: str,
                action_starts: set[int]) -> str | None:
    """"400 قتيل وجريح", "50 قتيلا وجريحا": one figure for the dead and the wounded together —
    a noun of the dead or the wounded ending the claim (at offset ``end``), the other of the
    pair right after it with و and nothing counted after that; its category, which the
    annotation guide counts with the same figure. Not when the second noun is an action
    ("13 شخصا وإصابة آخرين"), a dual ("خمسة قتلى وجريحين") or has a figure of its own
    ("15 شهيدا والمصابين إلى 40", "26 شخصا والمصابين 28")."""
    if category not in PAIRED:
        return None
    k = doc.token_at(end)
    if doc.tokens[k].start < end or k < 1 or k in action_starts \
            or doc.sentence_of(doc.tokens[k].start) != doc.sentence_of(end - 1):
        return None
    own = lex.nouns.match_at(doc.norm, doc.tokens, k - 1)
    if own is None or own.payloads[0].get("category") != category:
        return None
    m = lex.nouns.match_at(doc.norm, doc.tokens, k)
    if m is None or m.clitic != "و" or lex.duals.match_at(doc.norm, doc.tokens, k) is not None:
        return None
    other = m.payloads[0].get("category")
    after = doc.tokens[m.last:m.last + 2]
    if any(t.key[:1].isdigit() or is_count(t.key, doc.language) or t.key in lex.joiners
           for t in after):
        return None
    return other if other in PAIRED and other != category else None

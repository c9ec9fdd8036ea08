"""Triggers made of two words, found after the single-word ones (`events.extract.triggers`).

A verb of dropping is an air strike only with an aircraft for subject or a weapon for object;
a start verb launches an operation only near an operation noun. Neither word alone tells an
event, so these are matched by looking around a word, not by the phrase matcher.
"""
from __future__ import annotations

from collections.abc import Callable

from events.extract.doc import DROP_VERB, GUNFIRE_VERB, LAUNCH_NOUN, Doc, Token, Trigger
from events.extract.trigger_objects import figurative
from events.extract.trigger_records import AirDrops, Launches, SplitExpulsions, SplitGunfire
from events.extract.trigger_words import trigger_lexicon
from text.normalize import key_positions


def find_air_drops(doc: Doc, d: AirDrops, aimed: Callable[[Doc, int], bool] | None = None) -> None:
    """"A helicopter dropped two barrels on the town", "jets dropped bombs on the market": a
    verb of dropping is an air strike when an aircraft is its subject (within ``d.window``
    words before it) or a weapon its object (within ``d.window`` words after), in one clause,
    and no cargo word follows it ("planes dropped leaflets", "dropped aid to the besieged").
    The same for a verb of sending with a force for object: a deployment ("sent tanks"), and
    for a verb of taking with ground or a name for object: ground taken ("took the village",
    "took Ramussa"). ``aimed``: the verb of taking is an aim ("an offensive to take the town")."""
    taken = {k for t in doc.triggers for k in range(t.first, t.last)} | doc.actor_tokens
    found = False
    lex = trigger_lexicon(doc.language)
    for i in (doc.positions(DROP_VERB) if d is lex.air_drops or d is lex.dispatches
              or d is lex.takings else key_positions(doc.tokens, d.forms.keys())):  # a key in ``d.forms`` (or more)
        tok = doc.tokens[i]
        tense = d.forms.get(tok.key)
        if tense is None or i in taken:
            continue
        before = _clause_words(doc, i, -1, d.window)
        after = _clause_words(doc, i, 1, d.window)
        if not (d.aircraft.intersection(before) or d.weapons.intersection(after)
                or d.named and _name_after(doc, i, d)):
            continue
        if d.cargo.intersection(after):
            continue
        # "dropped a bomb on the checkpoint": the bomb is what the strike dropped, no blast
        doc.triggers[:] = [t for t in doc.triggers if not (
            t.event_type == "attack" and not t.verb and i < t.first <= i + len(after))]
        doc.triggers.append(Trigger(
            tok.start, tok.end, doc.surface(tok.start, tok.end), doc.sentence_of(tok.start), i,
            i + 1, event_type=d.event_type, strength=1.0, verb=tense != "participle", tense=tense,
            purpose=d.named and aimed is not None and aimed(doc, i)))
        found = True
    if found:
        doc.triggers.sort(key=lambda t: t.start)


def find_split_gunfire(doc: Doc, g: SplitGunfire) -> None:
    """"فتح مسلح النار داخل صالة سينما", "أطلق عليه مجهولون النار": a verb of firing (a past
    form) and the fire within ``g.reach`` words after it in its clause, the shooter between,
    tell a shooting; the trigger is the fire (with the "على" of its target after it, as the
    phrase "النار على"), so the shooter before it is its subject. Fire already inside a
    trigger ("أطلق مسلحون النار على") is left to it."""
    taken = {k for t in doc.triggers for k in range(t.first, t.last)}
    found = False
    for i in (doc.positions(GUNFIRE_VERB) if g is trigger_lexicon(doc.language).gunfire
              else key_positions(doc.tokens, gunfire_keys(g))):
        tok = doc.tokens[i]
        tense = g.forms.get(tok.key) or (g.forms.get(tok.key[1:]) if tok.key[:1] in "وف" else None)
        if tense != "past":
            continue
        after = _clause_words(doc, i, 1, g.reach + 1)
        k = next((i + 1 + n for n, key in enumerate(after) if key in g.fire), None)
        if k is None or k == i + 1 or k in taken:
            continue  # "فتح النار": the phrase of the lexicon
        last = k + 2 if k + 1 < len(doc.tokens) and doc.tokens[k + 1].key in g.at and \
            not doc.gap(k, k + 1).strip() else k + 1  # "النيران على جنود": as "النار على"
        start, end = doc.tokens[k].start, doc.tokens[last - 1].end
        doc.triggers.append(Trigger(
            start, end, doc.surface(start, end), doc.sentence_of(start), k, last,
            event_type="violence", strength=0.8, verb=True, tense="past"))
        taken.add(k)
        found = True
    if found:
        doc.triggers.sort(key=lambda t: t.start)


def find_split_expulsions(doc: Doc, x: SplitExpulsions, aimed: Callable[[Doc, int], bool]) -> None:
    """"Kurdish fighters drove IS out of Tal Abyad", "the army chased the militants from the
    village": a verb of driving out whose particle (``x.particles``) comes within ``x.window``
    words after it, a side between (an actor's words, or ``x.fillers``: "the", "group"; no
    event word, no punctuation), takes ground from that side — the side after the verb is the
    one hit, as after "drive out" (``target_after``). People ("forced 3000 residents out of
    their homes") and words of no side ("pushed the rebels back from") make none. A movement
    word at the verb ("pushed") gives way. ``aimed``: the verb is an aim ("an offensive to
    drive IS from the city")."""
    taken = {k for t in doc.triggers for k in range(t.first, t.last)}
    found = False
    for i in key_positions(doc.tokens, x.forms.keys()):
        tok = doc.tokens[i]
        tense = x.forms.get(tok.key)
        if tense is None or i in doc.actor_tokens or not _side_then_particle(doc, i, x, taken):
            continue
        doc.triggers[:] = [t for t in doc.triggers if not t.first <= i < t.last]
        doc.triggers.append(Trigger(
            tok.start, tok.end, doc.surface(tok.start, tok.end), doc.sentence_of(tok.start), i,
            i + 1, event_type="territory_change", strength=1.0, purpose=aimed(doc, i),
            target_after=True, verb=tense != "participle", tense=tense))
        found = True
    if found:
        doc.triggers.sort(key=lambda t: t.start)


def _side_then_particle(doc: Doc, i: int, x: SplitExpulsions, taken: set[int]) -> bool:
    """Only a side's words (one actor at least) between the verb at ``i`` and its particle."""
    side = False
    for j in range(i + 1, min(len(doc.tokens), i + 2 + x.window)):
        if doc.gap_has(j - 1, j, ",.;:"):
            return False
        key = doc.tokens[j].key
        if key in x.particles:
            return side
        if j in doc.actor_tokens:
            side = True
        elif j in taken or key not in x.fillers:
            return False
    return False


def gunfire_keys(g: SplitGunfire) -> frozenset[str]:
    """The keys `find_split_gunfire` reads a verb of firing from: its forms, with و or ف before
    them (the word class ``GUNFIRE_VERB``: the rest of an article's words are not walked)."""
    return frozenset({*g.forms, *("و" + f for f in g.forms), *("ف" + f for f in g.forms)})


def _name_after(doc: Doc, i: int, d: AirDrops) -> bool:
    """A capitalised word right after the verb at ``i`` (an article between), no side's name
    and none of ``d.cargo``: the name of the ground taken ("rebels took Ramussa")."""
    k = i + 1
    k += k < len(doc.tokens) and doc.tokens[k].key in d.articles
    return k < len(doc.tokens) and doc.capitalised(k) and k not in doc.actor_tokens \
        and doc.tokens[k].key not in d.cargo and not any(
            c in doc.gap(i, k) for c in ",.;:")


def drop_keys(*records: AirDrops | None) -> frozenset[str]:
    """The keys `find_air_drops` reads a verb from, for each of its records (``air_drops``,
    ``dispatches``): the word class ``DROP_VERB``, a superset for either record."""
    return frozenset(f for d in records if d is not None for f in d.forms)


def _clause_words(doc: Doc, i: int, step: int, n: int) -> list[str]:
    """The keys of up to ``n`` words before (``step`` -1) or after (1) token ``i``, stopping at
    punctuation."""
    out: list[str] = []
    k = i
    while len(out) < n:
        j = k + step
        if not 0 <= j < len(doc.tokens) or doc.gap_has(min(j, k), max(j, k), ",.;:"):
            break
        out.append(doc.tokens[j].key)
        k = j
    return out


def find_launches(doc: Doc) -> None:
    """"بدأت أنقرة حملة ضربات جوية", "أطلقت القوات عملية عسكرية", "الهجوم الذي بدأ": a start
    verb within a few words of an operation noun, in one sentence, launches an operation."""
    lex = trigger_lexicon(doc.language)
    launch = lex.launch
    toks = doc.tokens
    taken = {k for t in doc.triggers if t.event_type == "operation_launch" for k in range(t.first, t.last)}
    nouns = launch.nouns
    for i in doc.positions(LAUNCH_NOUN):  # a stem in ``nouns``
        tok = toks[i]
        noun = next((s for s in tok.stems if s in nouns), None)
        if noun is None or i in taken or i in doc.actor_tokens or figurative(doc, i, i + 1, lex, False):
            continue  # "إطلاق عملية سلام": a process of peace, no operation
        lead = tok.key[:len(tok.key) - len(noun)] if tok.key.endswith(noun) else ""
        if noun not in launch.carry_nouns and (
                lead.endswith("لل") or lead.endswith("ل") and not lead.endswith("ال")):
            # "تنسيق الجهود لمحاربة التنظيم بدأ": an aim, no operation launched (but "الهدف
            # لعملية «السهم الذهبي» التي انطلقت": the ل of an operation's name is "of")
            continue
        si = doc.sentence_of(tok.start)
        lo, hi = doc.sentences[si].tokens
        reach = launch.window + _named(doc, i, lo, launch.name_links)
        near = range(max(lo, i - reach), min(hi, i + launch.window + 1))
        started = any(_starts(toks[k], launch) for k in near if k != i) or \
            _launched_by_relative(doc, i, hi, lex.relatives, launch.starts)
        carried = noun in launch.carry_nouns and any(
            not launch.carries.isdisjoint(toks[k].stems) for k in range(max(lo, i - launch.window), i))
        if started or carried:
            doc.triggers.append(Trigger(tok.start, tok.end, doc.surface(tok.start, tok.end), si, i,
                                        i + 1, event_type="operation_launch"))
            taken.add(i)
    doc.triggers.sort(key=lambda t: t.first)


NAME_WORDS = 5  # the longest operation name read before its noun ("Wrath of the Euphrates")


def drop_name_words(doc: Doc) -> None:
    """An event word inside an operation's name is part of the name: "the Jazira Storm
    offensive", "Operation Decisive Storm" launch an operation and storm nothing. The name is
    the capitalised words right before an operation noun (`_named`) or right after one written
    with a capital ("Operation Euphrates Shield"); it must hold a capitalised word that no
    trigger and no actor takes ("Jazira", "Decisive"), so a title in capitals ("Regime Air
    Strikes Campaign") keeps its strikes. Arabic marks no capitals: no name is read so."""
    lex = trigger_lexicon(doc.language)
    spans: list[range] = []
    for i in doc.positions(LAUNCH_NOUN):
        lo, hi = doc.sentences[doc.sentence_of(doc.tokens[i].start)].tokens
        before = _named(doc, i, lo, lex.launch.name_links)
        if before:
            spans.append(range(i - before, i))
        if _capitalised(doc, i):
            spans.append(range(i + 1, i + 1 + _named_after(doc, i, hi, lex.launch.name_links)))
    if not spans:
        return
    taken = {k for t in doc.triggers if t.event_type != "operation_launch"
             for k in range(t.first, t.last)} | doc.actor_tokens
    names = [r for r in spans if any(_capitalised(doc, k) and k not in taken for k in r)]
    doc.triggers[:] = [t for t in doc.triggers if t.event_type == "operation_launch" or not any(
        t.first in r and t.last - 1 in r for r in names)]


def _capitalised(doc: Doc, k: int) -> bool:
    return doc.surface(doc.tokens[k].start, doc.tokens[k].end)[:1].isupper()


def _named_after(doc: Doc, i: int, hi: int, links: frozenset[str]) -> int:
    """The capitalised words of a name right after its noun ("Operation Decisive Storm"), with
    ``links`` inside it ("Operation Wrath of the Euphrates"), not ending on one."""
    n = last = 0
    for k in range(i + 1, min(hi, i + 1 + NAME_WORDS)):
        if doc.gap(k - 1, k).strip(" -"):
            break
        n += 1
        if _capitalised(doc, k):
            last = n
        elif doc.surface(doc.tokens[k].start, doc.tokens[k].end) not in links:
            break
    return last


def _named(doc: Doc, i: int, lo: int, links: frozenset[str]) -> int:
    """The words of an operation's name right before its noun ("launched the Wrath of Euphrates
    operation", "the Euphrates Rage campaign"): capitalised, with words of ``links``
    (triggers.yaml ``launches.name_links``: "of the") inside it. They widen the reach back to
    the start verb by their number; a language that marks no capitals (Arabic) names none so."""
    first = i
    for k in range(i - 1, max(lo, i - NAME_WORDS) - 1, -1):
        if doc.gap(k, k + 1).strip(" -"):
            break
        word = doc.surface(doc.tokens[k].start, doc.tokens[k].end)
        if word[:1].isupper():
            first = k
        elif word not in links:
            break
    return i - first


def _starts(tok: Token, launch: Launches) -> bool:
    """A word of starting, not an aim to start (`aimed` after ل: "وذلك للبدء في معركة فك
    الحصار": the battle is what the move was for, not one launched)."""
    stems = [s for s in tok.stems if s in launch.starts]
    if not stems:
        return False
    stem = min(stems, key=len)
    lead = tok.key[:len(tok.key) - len(stem)] if tok.key.endswith(stem) else ""
    return not (stem in launch.aimed and lead.endswith("ل") and not lead.endswith("ال"))


def _launched_by_relative(doc: Doc, i: int, hi: int, relatives: frozenset[str],
                          starts: frozenset[str], reach: int = 8) -> bool:
    """"عملية «السهم الذهبي» التي أطلقت", "هجومها خلال الصيف والذي بدأ أواخر أبريل": the first
    relative after the operation noun, a start verb right after it, no full stop between."""
    for k in range(i + 1, min(hi - 1, i + reach + 1)):
        if doc.gap_has(k - 1, k, ".;"):
            return False
        if not relatives.isdisjoint(doc.tokens[k].stems):
            return not starts.isdisjoint(doc.tokens[k + 1].stems)
    return False

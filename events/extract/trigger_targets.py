"""What an event word of a clause is aimed at or followed by, which decides what it tells:
aircraft flying over strike nothing, a storming of a building is violence against those
inside, what fell was fire when a weapon follows, ground changes hands only when a place
follows, a force heads somewhere only when a way follows. Read by
`events.extract.candidates` — and, for the words around a trigger that make it none (the hurt
tended, a device's layer, an outcome with no loss, a weapon struck), by `events.extract.triggers`."""
from __future__ import annotations

from events.extract.doc import Clause, Doc, Trigger
from events.extract.trigger_objects import OBJECT_REACH, words_after
from events.extract.trigger_records import VIOLENT, TriggerLexicon
from text import PhraseMatcher


def overflight(doc: Doc, t: Trigger, trigs: list[Trigger], clause: Clause,
               lex: TriggerLexicon) -> bool:
    """Aircraft named in a clause that tells them flying over, watching or breaking into
    airspace, with no other word of striking in it ("حلقت طائرات مسيرة فوق صور")."""
    def aircraft(x: Trigger) -> bool:
        return lex.aircraft.match_at(doc.norm, doc.tokens, x.first) is not None
    return (t.event_type == "airstrike" and aircraft(t)
            and not any(x.event_type in VIOLENT and not aircraft(x) for x in trigs)
            and lex.overflight.any_in(doc.norm, doc.tokens, clause.first, clause.last))


def storm_on_people(doc: Doc, t: Trigger, trigs: list[Trigger], clause: Clause,
                    lex: TriggerLexicon) -> bool:
    """A storming aimed at a building or a home ("اقتحموا منازل"), or told with a bomber or a
    car bomb in its clause (triggers.yaml ``storms``): violence against those inside, no ground
    taken."""
    if t.event_type != "territory_change" or lex.storms.isdisjoint(doc.tokens[t.first].stems):
        return False
    return at_building(doc, t, clause, lex) or _aimed_at(doc, t, clause, lex.stormed_homes) or any(
        x.event_type == "attack" and x.strength >= 1.0 and not x.verb for x in trigs)


def at_building(doc: Doc, t: Trigger, clause: Clause, lex: TriggerLexicon) -> bool:
    """"هجوم على مركز للشرطة", "هاجم مسلحون من X أمس مركزا للشرطة": violence aimed at a
    building (within four words after its word, not counting an actor's), not at a position."""
    return _aimed_at(doc, t, clause, lex.buildings)


def _aimed_at(doc: Doc, t: Trigger, clause: Clause, targets: PhraseMatcher[bool]) -> bool:
    """One of ``targets`` within four words after the trigger in its clause, an actor's words
    not counted."""
    return any(targets.match_at(doc.norm, doc.tokens, k) is not None
               for k in words_after(doc, t.last, 4, clause.last))


def fire_next(doc: Doc, t: Trigger, lex: TriggerLexicon) -> bool:
    """A weapon right after the word ("سقوط مقذوفات، من داخل الأراضي اليمنية، على أحياء"): what
    fell was fire, whatever place follows it."""
    if t.last >= len(doc.tokens):
        return False
    stems = doc.tokens[t.last].stems
    return not lex.ground.isdisjoint(stems) or not lex.air.isdisjoint(stems)


def place_follows(doc: Doc, t: Trigger, reach: int = 3) -> bool:
    """A place within ``reach`` words after the trigger, not counting the words of an actor
    between ("دخلت قوات الجيش أمس مدينة زنجبار": the verb's subject stands between)."""
    starts = {p.first for p in doc.places if p.sentence == t.sentence}
    return any(k in starts for k in words_after(doc, t.last, reach, len(doc.tokens)))


def backed_down(doc: Doc, t: Trigger, lex: TriggerLexicon) -> bool:
    """A falling-back word (`falls`) with one of `backdown_links` within `OBJECT_REACH` words
    after it, its subject between, and no ground after the link — neither a place nor one of
    `grounds`: "تراجعت الحكومة عن قرارها" drops a stance; "تراجعوا عن مواقعهم" left ground."""
    if lex.fall_verbs.isdisjoint(doc.tokens[t.first].stems):
        return False
    places = {p.first for p in doc.places if p.sentence == t.sentence}
    for k in words_after(doc, t.last, OBJECT_REACH - 1, len(doc.tokens) - 1):
        if k > t.last and doc.punctuated(k - 1, k):
            return False
        if doc.tokens[k].key in lex.backdown_links:
            return k + 1 not in places and lex.grounds.isdisjoint(doc.tokens[k + 1].stems)
    return False


def state_move(doc: Doc, t: Trigger, lex: TriggerLexicon) -> bool:
    """One of `state_moves` right before or after a country or capital named as the one acting
    ("تحركت أنقرة", "تحرك تركيا جاء بعد"): a state's policy, no force on the move."""
    if lex.state_moves.isdisjoint(doc.tokens[t.first].stems):
        return False
    return any(a.state_named and (a.first == t.last or a.last == t.first) for a in doc.actors)


HEADING_REACH = 8  # words from "توجه" to its destination word ("توجه رتل عسكري تركي مؤلف من
# 30 آلية نحو منبج"), no clause punctuation between


def heads_somewhere(doc: Doc, t: Trigger, towards: frozenset[str], lex: TriggerLexicon) -> bool:
    """A destination word or a heading (triggers.yaml ``headings``: "شمالا", "إليها") within
    `HEADING_REACH` words after the trigger, or a place as the first word after it, an actor's
    words not counted ("توجهت قوات الجيش أمس إلى عدن", "التوجه للحوطة"): someone went there —
    not "اتخذوا توجها عدائيا" (a stance) nor "الضربات التي توجهها الطائرات لمواقعهم في صعدة"
    (blows directed)."""
    after = [k for k in words_after(doc, t.last, HEADING_REACH, len(doc.tokens))
             if k not in doc.actor_tokens and not doc.punctuated(t.last - 1, k)]
    if not after or _figurative_heading(doc, after, towards, lex):
        return False
    starts = {p.first for p in doc.places if p.sentence == t.sentence}
    return after[0] in starts or any(
        doc.tokens[k].key in towards or doc.tokens[k].key in lex.headings for k in after)


def _figurative_heading(doc: Doc, after: list[int], towards: frozenset[str],
                        lex: TriggerLexicon) -> bool:
    """A way to no place ("تتجه إلى المجهول", "التوجه للمجتمع الدولي"): one of
    ``heading_figures`` right after the first way word, or carrying it as a clitic."""
    toks = doc.tokens
    way = next((k for k in after if toks[k].key in towards), None)
    if way is not None:
        return way + 1 < len(toks) and toks[way + 1].key in lex.heading_figures
    return not lex.heading_figures.isdisjoint(toks[after[0]].stems)


AT_LARGE_REACH = 4  # words from a word of taking ground to "مساحات واسعة" ("سيطر التنظيم على مساحات")


def ground_at_large(doc: Doc, t: Trigger, lex: TriggerLexicon) -> bool:
    """"سيطر تنظيم داعش على مساحات واسعة من سوريا والعراق": ground held at large (one of
    ``at_large_heads`` then one of ``at_large_sizes`` within `AT_LARGE_REACH` words after the
    word), in a sentence with no date and no place finer than a country — the state of a war,
    no event of the news."""
    if not lex.at_large_heads:
        return False
    toks = doc.tokens
    if not any(not lex.at_large_heads.isdisjoint(toks[k].stems) and k + 1 < len(toks)
               and toks[k + 1].key in lex.at_large_sizes
               for k in words_after(doc, t.last, AT_LARGE_REACH, len(toks) - 1)):
        return False
    return all(d.sentence != t.sentence for d in doc.dates) and all(
        p.place is None or p.place.kind == "country" for p in doc.places if p.sentence == t.sentence)


def tended(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """A word of care up to ``tended_reach`` words before the result word at ``first``, only
    bridges or figures between ("نقل الجرحى إلى المستشفيات", "أقلت الطائرة أول دفعة من
    الجرحى"): the hurt carried off or tended after the blow, which the clause tells elsewhere
    or not at all."""
    if lex.tended_objects.isdisjoint(doc.tokens[first].stems):
        return False
    for k in range(first - 1, max(-1, first - lex.tended_reach - 1), -1):
        if doc.punctuated(k, first):
            return False
        if not lex.tended_by.isdisjoint(doc.tokens[k].stems):
            return True
        if doc.tokens[k].key not in lex.tended_bridges and not doc.tokens[k].key.isdigit():
            return False
    return False


def laid_device(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """A device up to ``device_reach`` words before the mining verb at ``first``, no stop
    between ("انفجار ألغام زرعها الحوثيون", "العبوات التي زرعها المسلحون"): who laid the device
    of a blast or a clearing told beside it, no mining of its own."""
    return any(not lex.devices.isdisjoint(doc.tokens[k].stems) and not doc.punctuated(k, first)
               for k in range(max(0, first - lex.device_reach), first))


def outcome_without_loss(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """A word of outcome at ``first`` ("أسفر", "أسفرت") whose link ("عن"), up to
    ``outcome_reach`` words on in its phrase, has no loss up to ``outcome_loss_reach`` words
    after it ("أسفر ذلك عن تدخل أحد الأقارب"): what came out was no violence."""
    if lex.outcome_words.isdisjoint(doc.tokens[first].stems):
        return False
    end = len(doc.tokens)
    link = next((k for k in range(first + 1, min(end, first + 1 + lex.outcome_reach))
                 if doc.tokens[k].key in lex.outcome_links), None)
    if link is None or doc.punctuated(first, link):
        return False
    return all(lex.outcome_losses.isdisjoint(doc.tokens[k].stems)
               for k in range(link + 1, min(end, link + 1 + lex.outcome_loss_reach)))


def struck_weapon(doc: Doc, first: int, lex: TriggerLexicon) -> bool:
    """The gun word at ``first`` is a thing struck ("دمرت الغارات دبابة وقطع مدفعية",
    "تدمير مدفعية تابعة للحوثيين"): right after a piece word, or up to ``struck_reach`` words
    after a striking noun, or after a striking verb with a word between (right after it the
    gun is the verb's subject), no stop between — no fire of its own."""
    toks = doc.tokens
    if lex.struck_guns.isdisjoint(toks[first].stems) or toks[first].key.startswith(("ب", "وب")):
        return False  # (the instrument: "قصفوا المدينة بالمدفعية")
    if first > 0 and toks[first - 1].key in lex.weapon_pieces:
        return True
    for k in range(first - 1, max(-1, first - lex.struck_reach - 1), -1):
        if doc.punctuated(k, first):
            return False
        stems = toks[k].stems
        if not lex.striking_nouns.isdisjoint(stems) or (
                k < first - 1 and not lex.striking_verbs.isdisjoint(stems)):
            return True
    return False

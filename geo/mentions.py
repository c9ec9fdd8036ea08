"""Place mentions in running text: gazetteer phrases + the context that disambiguates them.

The extraction pipeline calls `find_places` after it has matched actors, passing their token
indexes as ``skip`` — «قوات سوريا الديمقراطية» is an actor, and must not give the place Syria.
Context used, in order of strength: the cue word before a name (محافظة، مدينة، نهر، ريف،
العاصمة، قرب…), a dual/plural cue carried over a coordination ("محافظتي حمص وحماة" → two
governorates), the country focus (Syria first), then kind and population.
"""
from __future__ import annotations

from text import NormText, Token, bare

from geo.english import capital, english_place
from geo.gazetteer import Gazetteer
from geo.hits import ARABIC, MAX_ALTERNATIVES, VARIANT_KINDS, PlaceHit, apply_cue, glued
from geo.lands import LAND, lands
from geo.spellings import latin_spelling_variants, lost_apostrophe, spelling_variants

__all__ = ["LAND", "PlaceHit", "after_preposition", "find_places"]

def find_places(nt: NormText, tokens: list[Token], skip: set[int] | None = None,
                country_focus: str | None = "SY", gazetteer: Gazetteer | None = None,
                weak: bool = False, language: str = "ar", cue_positions: list[int] | None = None,
                land_positions: list[int] | None = None) -> list[PlaceHit]:
    """All place mentions in ``tokens`` (over ``nt.norm``), left to right, non-overlapping.

    Latin-script names go through the English rules (`geo.english`: capital letter, whole
    name, place context); in an English text (``language="en"``) every name does, and the
    Arabic readings of everyday words (``weak``) are not looked for.

    With ``weak``, a name that is also an everyday word (cues.yaml `need_cue`: البيضاء) found
    without its cue word but right after a locative preposition («في البيضاء») is returned
    too, marked ``weak``: only the article's context can confirm it (`geo.context`).

    ``cue_positions``: the tokens one of whose stems is a cue word of the default gazetteer,
    when the caller has them (`Doc.positions` of ``PLACE_CUE``); read only with that gazetteer.
    ``land_positions``: likewise the tokens with a stem of its land or capital words
    (``LAND_WORD``)."""
    if gazetteer is not None:
        cue_positions = land_positions = None
    gaz = gazetteer or Gazetteer.default()
    hits: list[PlaceHit] = []
    prev_cue: tuple[int, str] | None = None  # (token after the hit, plural cue it carries)
    for m in gaz.matcher.find(nt.norm, tokens, skip):
        cue, plural = _cue_before(gaz, nt.norm, tokens, m.first, skip)
        if cue is None and prev_cue and prev_cue[0] == m.first and m.clitic.startswith("و"):
            cue, plural = prev_cue[1], True
        word = tokens[m.first].key[len(m.clitic):]
        latin = language == "en" or not ARABIC.match(word)
        if cue is None and latin:
            cue = _english_kind(gaz, nt.norm, tokens, m.first, m.last)
        if not latin and _names_something_else(gaz, nt.norm, tokens, m.first, m.last, word,
                                               cue):
            prev_cue = None
            continue
        if cue and cue != "capital" and bare(word) in gaz.need_cue and _definite(tokens[m.first - 1]):
            cue = None  # «الجبل الأبيض» is "the white mountain": a noun and its adjective
        cands = gaz.rank(m.payloads, word, country_focus, cue, m.clitic)
        if cands and latin and not english_place(gaz, nt.norm, tokens, m.first, m.last,
                                                 cands[0]):
            cands = []
        is_weak = False
        listed = bool(hits) and hits[-1].last == m.first and m.clitic.startswith("و")
        if (not cands and weak and not latin and cue is None and word not in gaz.cue_words
                and bare(word) not in gaz.everyday
                and (listed or _locative_before(gaz, tokens, m.first, m.clitic))):
            cands = gaz.rank(m.payloads, word, country_focus, cue, m.clitic, in_text=False)
            is_weak = bool(cands)
        if not cands:
            prev_cue = None
            continue
        best = cands[0]
        place = apply_cue(best, cue)
        hits.append(PlaceHit(m.first, m.last, m.start, m.end, place, cue,
                             [c.place for c in cands[1:1 + MAX_ALTERNATIVES]], best.score,
                             is_weak))
        prev_cue = (m.last, cue) if cue and plural else None
    if language != "en" and gaz.land_words:
        hits += lands(gaz, tokens, skip or set(), hits, land_positions)
        hits.sort(key=lambda h: h.first)
    if weak and language != "en":
        hits += spelling_variants(gaz, nt.norm, tokens, skip or set(), hits, cue_positions)
        hits.sort(key=lambda h: h.first)
    elif weak:
        hits += latin_spelling_variants(gaz, nt.norm, tokens, skip or set(), hits)
        hits += lost_apostrophe(gaz, nt.norm, tokens, skip or set(), hits, country_focus)
        hits.sort(key=lambda h: h.first)
    return hits


def _names_something_else(gaz: Gazetteer, norm: str, tokens: list[Token], first: int, last: int,
                          word: str, cue: str | None = None) -> bool:
    """A street («شارع بغداد»), an agreement («اتفاقية جنيف»), a person («علي الأحمدي الناطق باسم…», «سعد بن أبي وقاص»,
    «أحمد أبو غزة») or a noun with its adjective («القصر الرئاسي», «الحي الصناعي»; not after
    a cue of kind, ``cue``: «مدينة القائم الحدودية» is the border town of al-Qaim): the name
    is a word of something else."""
    if first > 0 and not gaz.named_after_words.isdisjoint(tokens[first - 1].stems):
        return True  # a street or an agreement named after the place
    if first > 1 and tokens[first].key.startswith("و") and not gaz.street_pairs.isdisjoint(
            tokens[first - 2].stems):
        return True  # «شارعي الثورة وبغداد»: the second of two streets
    if (first > 0 and tokens[first - 1].key in gaz.name_or_toponym_heads
            and tokens[first].key == word and glued(norm, tokens, first - 1)):
        return True  # a word of a person's name (son of, father of) or of a village's ("تل واسط")
    if _quoted_outlet(gaz, norm, tokens, first, last):
        return True  # «قال لـ"الرياض" إن…»: a newspaper named after the city
    if last >= len(tokens) or not glued(norm, tokens, last - 1):
        return False
    after = tokens[last].key
    # a family name before a title, but not after a cue of kind: «في مدينة صنعاء القيادي في
    # الحراك» is the city where the leader was taken
    if after in gaz.titles_after and cue is None:
        return True
    # after a cue of kind the adjective is the place's own: «بلدة الناقورة الحدودية» (a site's
    # word owns it: «ميناء البريقة النفطي» is the port, the town only where it lies)
    return (last - first == 1 and word.startswith("ال") and _adjective(after)
            and cue in (None, "near", "site")
            and after not in gaz.directions and not _of_a_place(gaz, norm, tokens, last))


def _quoted_outlet(gaz: Gazetteer, norm: str, tokens: list[Token], first: int, last: int) -> bool:
    """«صحيفة "المدينة"», «قال لـ"الرياض" إن…»: the whole name in quotation marks (normalised
    to ") after a newspaper word, or after "told" with what was said right after it, is the
    newspaper (cues.yaml `outlets`), not its city."""
    if first == 0 or norm[tokens[first - 1].end:tokens[first].start].strip() not in ('"', "("):
        return False
    after_end = tokens[last].start if last < len(tokens) else len(norm)
    after = norm[tokens[last - 1].end:after_end].strip()
    if after[:1] not in ('"', ")"):
        return False
    stems = tokens[first - 1].stems
    if not gaz.outlet_papers.isdisjoint(stems):
        return True
    return not gaz.outlet_told.isdisjoint(stems) and (
        after[1:].strip()[:1] in ("،", ",", ":", ".") or last < len(tokens) and tokens[last].key in gaz.outlet_then)


def _definite(token: Token) -> bool:
    return any(s.startswith("ال") for s in token.stems)


def _adjective(key: str) -> bool:
    """A nisba adjective with the article: ال…ي, ال…يه (ة is normalised to ه)."""
    return key.startswith("ال") and len(key) > 4 and key.endswith(("ي", "يه"))


def _of_a_place(gaz: Gazetteer, norm: str, tokens: list[Token], k: int) -> bool:
    """Token k names a place or is an adjective made from one («السورية», «الحلبي»)."""
    if gaz.matcher.match_at(norm, tokens, k) is not None:
        return True
    stem = tokens[k].key[2:].removesuffix("ه").removesuffix("ي")
    return any(gaz.lookup(form) for form in (stem, "ال" + stem, stem + "ا", stem + "يا"))

PART_REACH = 2  # part words between a preposition and its place ("in north-western rebel-held X")


def after_preposition(norm: str, tokens: list[Token], first: int, start: int,
                      gazetteer: Gazetteer | None = None) -> bool:
    """"في X", "وفي X", "بX", "in X": the mention at token ``first`` (its name starting at
    ``start``, after any clitic) follows a preposition of place — so it is no subject:
    «وفي بغداد قتل شخصان» is a place, not Baghdad killing. Words for a part of a place
    between the two (cues.yaml ``english.parts``: "in northern Syria killed", "in rebel-held
    Idlib", two joined by ``english.part_joins``: "in eastern and northern Syria") do not part
    them."""
    gaz = gazetteer or Gazetteer.default()
    if "ب" in norm[tokens[first].start:start]:
        return True
    k = first - 1
    en = gaz.english
    for _ in range(PART_REACH):  # "in northern Syria", "in rebel-held Idlib", "north-western"
        if k < 1 or tokens[k].key not in en.parts:
            break
        k -= 2 if k >= 2 and norm[tokens[k - 1].end:tokens[k].start] == "-" else 1
        if k >= 1 and tokens[k].key in en.part_joins and tokens[k - 1].key in en.parts:
            k -= 1  # "in eastern and northern Syria"
    if k < 0:
        return False
    prev = tokens[k]
    return prev.key in gaz.english.before or gaz.locative_word(prev)


def _locative_before(gaz: Gazetteer, tokens: list[Token], i: int, clitic: str) -> bool:
    """"في X", "من X", "بX": the name follows a preposition of place (cues.yaml `locative`)."""
    if "ب" in clitic:
        return True
    return i > 0 and gaz.locative_word(tokens[i - 1])


def _english_kind(gaz: Gazetteer, norm: str, tokens: list[Token], first: int, last: int
                  ) -> str | None:
    """The kind English says around a name, where Arabic puts its cue word right before it:
    "the province of Idlib", "the town of Saraqib", "Idlib province", "Aleppo city". Only a
    kind (governorate, district, city, village, river, region): "the capital of Syria" and
    "the outskirts of Aleppo" say where the name lies, not what it is."""
    kind = None
    if (first >= 3 and tokens[first - 1].key == "of" and not capital(norm, tokens[first - 3])
            and glued(norm, tokens, first - 2)):  # not "the Zahraa district of Homs"
        kind = gaz.cue_of(tokens[first - 2])
        return kind if kind in VARIANT_KINDS or kind == "river" else None
    if last < len(tokens) and glued(norm, tokens, last - 1):
        kind = gaz.cue_of(tokens[last])  # "Homs city", "Zahraa district" name a part or a
    return kind if kind == "governorate" else None  # quarter as often: the province only


_PHRASE_ENDS = frozenset(".،,;؛:!?؟\n")


def _cue_before(gaz: Gazetteer, norm: str, tokens: list[Token], i: int,
                skip: set[int] | None) -> tuple[str | None, bool]:
    """The cue word right before token ``i``, and whether it is dual/plural; none across a
    stop or comma ("… في الساحة الخارجية للمعسكر. وأشار إلى": the camp names no place called
    "أشار")."""
    j = i - 1
    if j < 0 or (skip and j in skip) or not _PHRASE_ENDS.isdisjoint(
            norm[tokens[j].end:tokens[i].start]):
        return None, False
    cue = gaz.cue_of(tokens[j])
    if not cue:
        return None, False
    return cue, any(s in gaz.plural_cues for s in tokens[j].stems)

"""Loss actions that are not one contiguous phrase right before the number.

The phrase matcher in `events.extract.quantities` sees "مقتل 12" and "12 مدنيا قتلوا"; two
common shapes escape it, because other words sit inside the construction:

* split idioms — "قضت القوات على 3 إرهابيين": the subject stands between the verb and its
  particle, so the particle (على) becomes the action when a head verb precedes it in the clause;
  a court or a sentence nearby ("قضت المحكمة على 3 متهمين بالسجن") makes it a verdict instead;
* a casualty noun as the state of the counted people — "سقط 4 مدنيين قتلى" — says what
  happened to them when no action does;
* a verb of undergoing before the number and the harm after the noun — "وتعرض 13 آخرون
  لإصابات": the harm (with its ل) is the action, whatever verb stood before;
* a people verb after the noun's complement — "7 عناصر من قوات النظام قتلوا": the verb agrees
  with the counted noun across "من قوات النظام". Plural, feminine and dual endings (ـوا، ـن، ـا)
  are what only people take, so counts of things never get a casualty verb this way.
"""
from __future__ import annotations

import re

from events.extract.doc import Doc
from events.extract.numbers import is_count
from events.extract.quantities_lexicon import LossLexicon
from text import Match, Token

PEOPLE_VERB_ENDINGS = ("ا", "ن", "هم", "ed")  # قتلوا، قتلن، قتلا، (لقوا) مصرعهم؛ killed
BREAK = re.compile(r"[،,.;:؛!?؟\n]")
_COMPLEMENT = 7  # words between a counted noun and its verb: "من قوات النظام والمسلحين الموالين لها"
_VERDICT_AHEAD = 10  # words searched after a split head for a court or a sentence


def _is_verdict(lex: LossLexicon, norm: str, toks: list[Token], i: int) -> bool:
    """A court or a sentence in the clause that starts at token i."""
    for k in range(i, min(len(toks), i + _VERDICT_AHEAD)):
        if k > i and BREAK.search(norm, toks[k - 1].end, toks[k].start):
            return False
        if toks[k].key in lex.verdicts or not lex.verdicts.isdisjoint(toks[k].stems):
            return True
    return False


def with_split_actions(lex: LossLexicon, norm: str, toks: list[Token],
                       actions: list[Match[str]], heads: list[int]) -> list[Match[str]]:
    """``actions`` plus the particles of split idioms whose head verbs stand at ``heads``,
    minus any head inside a verdict."""
    verdict = {i for i in heads if _is_verdict(lex, norm, toks, i)}
    out = [a for a in actions if a.first not in verdict]
    for i in heads:
        if i in verdict:
            continue
        for head_keys, particle, gap, category in lex.split_actions:
            if head_keys.isdisjoint(toks[i].stems):
                continue
            for k in range(i + 1, min(len(toks), i + gap + 2)):
                if BREAK.search(norm, toks[k - 1].end, toks[k].start):
                    break
                if toks[k].key == particle:
                    out.append(Match(k, k + 1, toks[k].start, toks[k].end, [category], ""))
                    break
    out.sort(key=lambda a: a.first)
    return out


def verb_after_complement(lex: LossLexicon, norm: str, toks: list[Token], actions: list[Match[str]],
                          noun_last: int, hi: int, wanted: set[str]) -> str | None:
    """The category of a people verb a few words after the noun ("7 عناصر من قوات النظام
    قتلوا", or after a partitive "7 من أبناء العشيرة قتلوا"); None at a clause break, a
    number, another action or a relative/reported clause."""
    starts = {a.first: a for a in actions if noun_last <= a.first < noun_last + _COMPLEMENT + 1}
    if not starts:
        return None
    for k in range(noun_last, min(hi, noun_last + _COMPLEMENT + 1)):
        if BREAK.search(norm, toks[k - 1].end, toks[k].start):
            return None
        key = toks[k].key
        a = starts.get(k)
        if a is not None:
            ok = not a.clitic and a.payloads[0] in wanted and key.endswith(PEOPLE_VERB_ENDINGS)
            # "لإسعاف من أصيبوا": من right before a verb is "whoever", not a partitive
            ok = ok and not (k > noun_last and toks[k - 1].key in lex.links)
            return a.payloads[0] if ok else None
        if key in lex.relatives or is_count(key, lex.language):
            return None
    return None


def state_noun_after(lex: LossLexicon, norm: str, toks: list[Token], noun_last: int,
                     hi: int) -> str | None:
    """"سقط 4 مدنيين قتلى", "سقط 3 جنود جرحى": a casualty noun right after the counted people."""
    if noun_last >= hi or BREAK.search(norm, toks[noun_last - 1].end, toks[noun_last].start):
        return None
    m = lex.nouns.match_at(norm, toks, noun_last)
    if m is None or m.clitic:
        return None
    category = m.payloads[0].get("category")
    return category if isinstance(category, str) else None


def undergone(undergo: frozenset[str], toks: list[Token], actions: list[Match[str]], first: int,
              after_noun: int, wanted: set[str]) -> str | None:
    """"وتعرض 13 آخرون لإصابات": a verb of undergoing (every form of triggers.yaml's
    ``undergo_verbs``) right before the number, and a harm carrying ل right after the counted
    noun."""
    if first == 0 or undergo.isdisjoint(toks[first - 1].stems):
        return None
    return next((a.payloads[0] for a in actions if a.first in (after_noun, after_noun + 1)
                 and a.clitic.endswith("ل") and a.payloads[0] in wanted), None)


def broken(doc: Doc, a: int, b: int) -> bool:
    """A clause break between offsets a < b — not the commas around a date in apposition
    ("قتل أمس، الجمعة، خمسة أشخاص")."""
    if not BREAK.search(doc.norm, a, b):
        return False  # most gaps: no punctuation at all, nothing to look through
    gap = list(doc.norm[a:b])
    for d in doc.dates:
        for k in range(max(a, d.start), min(b, d.end)):
            gap[k - a] = " "
    text = "".join(gap)
    if not text.strip(" ،,"):  # nothing but a date between its commas
        return False
    return bool(BREAK.search(text))


def clause_opened(lex: LossLexicon, norm: str, toks: list[Token], a: int, b: int) -> bool:
    """A clause opener between tokens ``a`` and ``b`` ("8700 عسكري فيما قتل ستة"): the verb
    after it has a subject of its own (quantities.yaml ``clause_openers``)."""
    return any(lex.clause_openers.match_at(norm, toks, k) is not None for k in range(a, b))

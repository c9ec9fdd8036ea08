"""A source told of again ("أفادت مصادر طبية في عدن … وقالت المصادر إن عدد القتلى ارتفع إلى
100", "وأضاف المصدر", "حسب المصادر نفسها"), read by `events.extract.claimants`: the definite
source speaks for the source last introduced before it with an indefinite head (attribution.yaml
``sources_again``) — the claimant its own frame named ("قالت مصادر من المقاومة": the resistance,
as that frame read it), else the kind of source it is when no frame of ours introduced it
("ولفتت مصادر محلية": local sources), else no one we know ("قالت مصادر يمنية" is of no kind:
"المصادر" after it is not an older source of a known kind)."""
from __future__ import annotations

from events.extract.claimant_words import AttributionLexicon
from events.extract.doc import Doc

SUBJECT_REACH = 3  # words from a frame's verb to the head of the source that speaks


def source_again(doc: Doc, lex: AttributionLexicon, k: int, by_first: dict[int, int]) -> bool:
    """Token ``k`` tells of a source again ("المصادر", "والمصدر") — not one set in a side named
    right after it or after one adjective ("وقال المصدر القيادي في المقاومة": a source in a
    side is read wherever it stands, by the frame's own window)."""
    toks = doc.tokens
    if not lex.source_anaphors or lex.source_anaphors.isdisjoint(toks[k].stems):
        return False
    link = k + 2 if k + 1 < len(toks) and toks[k + 1].key.startswith("ال") else k + 1
    return not (link + 1 < len(toks) and toks[link].key in lex.source_links and link + 1 in by_first)


def _introduced(doc: Doc, lex: AttributionLexicon, k: int) -> str | None:
    """The head introducing a source at token ``k`` ("مصادر", "ومصدر", "لمصادر"), None when
    none does there (or one told of again: "المصادر")."""
    stems = doc.tokens[k].stems
    if not lex.source_anaphors.isdisjoint(stems):
        return None
    return next((s for s in stems if s in lex.source_heads), None)


def subject_head(doc: Doc, lex: AttributionLexicon, after: int, end: int) -> int | None:
    """The head introducing the source a frame's verb (ending at ``after``) has as subject,
    within `SUBJECT_REACH` words and before ``end`` (the sentence's end); None if none."""
    if not lex.source_heads:
        return None
    for k in range(after, min(after + SUBJECT_REACH, end, len(doc.tokens))):
        if _introduced(doc, lex, k):
            return k
    return None


def described(doc: Doc, lex: AttributionLexicon, head: int) -> bool:
    """The source introduced at ``head`` is told by a word of its own right after it ("مصدر
    مطلع", "مصادر يمنية", "مصادر بالمقاومة"): someone told apart — not a bare source ("وقال
    مصدر إن"), one told to someone ("مصدر لـ«الشرق الأوسط»") or one in a body named after it
    ("مصدر في الخلية"), which may be one already speaking."""
    k = head + 1
    if k >= len(doc.tokens) or doc.punctuated(head, k):
        return False
    key = doc.tokens[k].key
    return not (key in lex.source_links or key in lex.content_openers or key.startswith("ل"))


def source_referent(doc: Doc, lex: AttributionLexicon, k: int,
                    subjects: dict[int, str | None]) -> str | None:
    """Whom the source told of again at token ``k`` speaks for: the claimant of the frame whose
    subject the last source introduced before it in the same number is ("المصدر" a "مصدر",
    "المصادر" "مصادر": "أكد مصدر في الوزارة ومصادر طبية … بحسب المصدر نفسه" is the ministry's
    source; ``subjects``: head token → claimant), else that source's kind, else None."""
    stems = doc.tokens[k].stems
    heads = {s[2:] for s in stems if s in lex.source_anaphors}  # "المصادر" → "مصادر"
    for j in range(k - 1, -1, -1):
        if _introduced(doc, lex, j) in heads:
            if j in subjects:
                return subjects[j]
            source = lex.unnamed.match_at(doc.norm, doc.tokens, j)
            return source.payloads[0] if source is not None else None
    return None

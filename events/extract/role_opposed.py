"""A side named as what others oppose ("anti-IS rebels", "القوات المناهضة للحوثيين"): no party to
the event, or its target — never who acts, nor the speaker a frame's window reaches ("وقال
قائد للقوات المناهضة للحوثيين": a commander of the forces opposing them speaks). Its own module
since both the roles (`events.extract.role_near`) and the claimants (`events.extract.claimants`,
which `role_near` imports) read it — with no import of `events.extract.role_cues`, which
reaches the claimants back through the candidates."""
from __future__ import annotations

from events.extract.doc import ActorMention, Doc
from events.extract.role_lexicon import RoleLexicon


def opposed(doc: Doc, m: ActorMention, lex: RoleLexicon) -> bool:
    """"an anti-IS offensive", "anti-Assad rebels": a side glued by a hyphen after a prefix of
    opposition (roles.yaml ``opposed_prefixes``) is what the word after it opposes — never who
    acts; so is, in Arabic, a side after a word of opposition (``opposed_words``) and its ل
    ("القوات المناهضة للحوثيين سيطرت على المطار": the forces, unnamed, took it from them)."""
    if lex.opposed_words:  # ("القوات المناهضة للحوثيين", "مقاتلين معارضين لـ«داعش»")
        k = _before_lam(doc, m)
        return k >= 0 and doc.tokens[k].key in lex.opposed_words
    k = m.first - 1
    return bool(lex.opposed_prefixes) and k >= 0 and doc.tokens[k].key in lex.opposed_prefixes \
        and doc.gap(k, m.first) == "-"


def _before_lam(doc: Doc, m: ActorMention) -> int:
    """The token before the ل that ``m`` is named after — glued to its first word ("للحوثيين";
    not the article's ل) or a word of its own ("لـ«داعش»") — else -1."""
    glued = doc.norm[doc.tokens[m.first].start:m.start]
    if glued.endswith("ل") and not glued.endswith("ال"):
        return m.first - 1
    if m.first > 1 and doc.tokens[m.first - 1].key == "ل":
        return m.first - 2
    return -1

"""A group's men named with a generic word (English): "Jaysh al-Fateh terrorists", "the
terrorists of the so-called Jaish al-Islam", "the Islamic State (IS) terrorist group" are one
mention of the group, not a second, generic side. Part of the actors step
(`events.extract.actors`), after the registry's matches are found."""
from __future__ import annotations

from events.extract.actor_registry import ActorInfo, Registry
from events.extract.doc import Doc

Found = tuple[int, int, int, int, ActorInfo]  # first, last token; start, end offset; actor

PAREN_REACH = 8  # words inside a parenthesis after a group's name: "(Qaeda branch in the Levant)"


def group_men(doc: Doc, reg: Registry, found: list[Found]) -> list[Found]:
    """"Jaysh al-Fateh terrorists were killed", "Ahrar al-Sham jihadists attacked", "the ISIL
    Takfiri terrorists": a name of a generic actor of en/actors.yaml ``group_men`` (by id: the
    press's words for armed men, alone "Militants (unspecified)") right after an armed group's
    own name — a space between, no war-dependent name — is that group's men: one mention of the
    group, as the listed aliases ("Nusra terrorists") are. So after a parenthesis: one naming the
    group ("the Islamic State (IS) terrorist group": the name inside takes the men) or following
    its name ("al-Nusra (Qaeda branch in the Levant) terrorists": the generic is dropped)."""
    if not reg.group_men:
        return found
    by_last = {f[1]: i for i, f in enumerate(found)
               if f[4].type == "non_state_armed_group" and f[4].id not in reg.contextual}
    merged: dict[int, Found] = {}
    dropped: set[int] = set()
    for i, f in enumerate(found):
        j = by_last.get(f[0])
        if f[4].id in reg.group_men and f[0] > 0 and doc.gap(f[0] - 1, f[0]).strip() == ")":
            # "the Islamic State (IS) terrorist group", "al-Nusra (Qaeda branch in the Levant)
            # terrorists": after a parenthesis that names the group or follows its name
            opened = next((k for k in range(f[0] - 1, max(0, f[0] - 1 - PAREN_REACH), -1)
                           if "(" in doc.gap(k - 1, k)), None) if f[0] > 1 else None
            if opened is None or ")" in "".join(doc.gap(k - 1, k) for k in range(opened + 1, f[0])):
                continue
            if j is not None and j not in dropped and found[j][0] == opened:
                pass  # the name inside the parenthesis takes its men, as without one
            elif (o := by_last.get(opened)) is not None and o not in dropped:
                dropped.add(i)  # the group named before the parenthesis: no side of its own
                continue
            else:
                continue
        elif j is None or j in dropped or f[4].id not in reg.group_men or doc.gap(f[0] - 1, f[0]).strip():
            continue
        first, _, start, _, info = merged.get(j, found[j])
        merged[j] = (first, f[1], start, f[3], info)
        dropped.add(i)
    return _men_of_group(doc, reg, [merged.get(i, f) for i, f in enumerate(found) if i not in dropped])


def _men_of_group(doc: Doc, reg: Registry, found: list[Found]) -> list[Found]:
    """"the terrorists of the so-called Jaish al-Islam", "jihadists of the Islamic State", "the
    terrorist group Jaysh al-Islam": a name of a ``group_men`` actor, one of en/actors.yaml
    ``men_of.links`` or none (the group's name in apposition) and any of its ``fillers`` right
    before an armed group's own name, in one phrase, is that group's men — one mention of the
    group from the generic word on. So is a war-dependent name whose default is such an actor
    ("the terrorist group", "the militants": the group named last, else the generic)."""
    links, fillers = reg.men_of
    if not links:
        return found
    toks = doc.tokens
    by_first = {f[0]: i for i, f in enumerate(found)
                if f[4].type == "non_state_armed_group" and f[4].id not in reg.contextual}
    merged: dict[int, Found] = {}
    dropped: set[int] = set()
    for i, f in enumerate(found):
        k = f[1]
        rule = reg.contextual.get(f[4].id)  # ("the terrorist group": a generic when no name follows)
        if not (f[4].id in reg.group_men or rule is not None and rule.default in reg.group_men) \
                or i in merged or k >= len(toks):
            continue
        if toks[k].key in links:
            k += 1
        elif k + 1 < len(toks) and f"{toks[k].key} {toks[k + 1].key}" in links:
            k += 2  # ("terrorist groups affiliated to al-Nusra")
        # (none: "the terrorist group Jaysh al-Islam", a name in apposition)
        while k < len(toks) and toks[k].key in fillers:
            k += 1
        j = by_first.get(k)
        if j is None or j in dropped or doc.punctuated(f[1] - 1, k):
            continue
        _, last, _, end, info = found[j]
        merged[j] = (f[0], last, f[2], end, info)
        dropped.add(i)
    return [merged.get(i, f) for i, f in enumerate(found) if i not in dropped]

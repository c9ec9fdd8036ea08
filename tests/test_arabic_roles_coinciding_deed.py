"""Roles: a deed told as coinciding with another — "قتلت المعارضة ثلاثة جنود، تزامنا مع قصف
بالبراميل على قريتي حريتان وحيان" — has its own sides, not the first deed's.

The coinciding deed ran on in the first deed's clause, so its subject became the barrels'
author (and its place the clash's). "تزامنا مع", "بالتزامن مع" open a clause (clauses.yaml
``openers``; not the adverb "متزامنا مع", said of a deed to come), as "تبع ذلك" does: each deed
keeps its own sides, place and day.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def of_type(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.event_type == kind]


def test_barrels_dropped_while_the_opposition_killed_soldiers():
    events = ev("واندلعت اشتباكات عنيفة بين قوات المعارضة وقوات النظام في حندرات، وقتلت المعارضة ثلاثة "
                "جنود، تزامناً مع قصف بالبراميل على قريتي حريتان وحيان.")
    shelled = of_type(events, "shelling") + of_type(events, "airstrike")
    assert shelled
    assert "actor1" not in roles_of(shelled, "Free Syrian Army")


def test_raids_on_falluja_while_the_group_attacked_a_checkpoint():
    events = ev("وهاجم مسلحو داعش حاجزا للجيش في الرمادي تزامنا مع قصف جوي على مواقع في الفلوجة.")
    raids = of_type(events, "airstrike")
    assert raids
    assert "actor1" not in roles_of(raids, "Islamic State")
    assert any(e.location is not None and e.location.name == "Ramadi"
               for e in events if e.event_type != "airstrike")


def test_shelling_of_the_resistances_positions_while_it_advanced():
    events = ev("وتقدمت قوات المقاومة في مديرية الوازعية بالتزامن مع قصف مدفعي على مواقعها في المخا.")
    shelled = of_type(events, "shelling")
    assert shelled
    assert "actor1" not in roles_of(shelled, "Yemeni government forces")


def test_a_march_to_come_with_the_armys_keeps_its_marchers():
    """A guard (passes on b6a8ae5 too): "متزامنا مع" is an adverb of the march to come."""
    events = ev("ويتأهب مئات المقاتلين لاستعادة مديرية حرض التي سقطت في أيدي الحوثيين، تمهيدا للزحف إلى "
                "صعدة، الذي سيأتي متزامنا مع تقدم الجيش نحو صنعاء.")
    assert "actor1" not in roles_of(events, "Houthis")


def test_raids_accompanying_a_clash_keep_its_place():
    """A guard (passes on b6a8ae5 too): "ترافق مع" opens no clause — the raids that accompany a
    clash mostly fall on its ground ("على منطقة الاشتباكات"), named in the clash's words (tried
    as an opener: seven articles' raids lost their place)."""
    events = ev("وشهدت الأطراف الشرقية لمدينة حماة اشتباكات عنيفة منذ فجر أمس ترافقت مع قصف جوي على منطقة "
                "الاشتباكات.")
    raids = of_type(events, "airstrike")
    assert raids and all(e.location is not None and e.location.name == "Hama" for e in raids)


def test_a_coinciding_deed_told_first_keeps_the_strikes_author():
    """A guard (passes on b6a8ae5 too): the opener before a comma and the verb of the strike."""
    events = ev("وبالتزامن مع استمرار تقدم القوات الحكومية في تعز، شنت طائرات التحالف غارات على مواقع "
                "الحوثيين في صنعاء.")
    assert roles_of(of_type(events, "airstrike"), "Saudi-led coalition") == {"actor1"}

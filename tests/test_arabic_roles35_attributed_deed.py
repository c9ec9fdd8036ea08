"""Roles: a deed attributed to a side — "نسب لتنظيم داعش", "ينسب إلى متمردين من حزب العمال",
"وألقيت مسؤولية الهجوم على الحزب" — is that side's: it is the author, never the owner of a
thing hit.

The ل glued to the side after an event word read as "of X's" (the side hit); "على" after a
word of responsibility read as the target. After a word of attribution, or of responsibility
laid (roles.yaml ``attributed``, `role_cues.attributed`), the link names the author.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles, roles_of

PUB = date(2015, 8, 10)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_a_bombing_attributed_to_the_state_by_a_glued_lam():
    events = ev("وكان التفجير الذي ضرب سوقا في مدينة ماردين وأوقع 14 قتيلا ونسب لتنظيم داعش "
                "قد أشعل موجة من الغضب.")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_responsibility_laid_on_the_party():
    events = ev("قتل جنديان تركيان أمس بانفجار لغم قرب مدينة شرناق، وألقيت مسؤولية الهجوم على حزب "
                "العمال الكردستاني.")
    assert events
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor1"}


def test_an_attack_on_a_police_station_attributed_with_a_lam_apart():
    events = ev("قتل ثلاثة شرطيين في هجوم على مركز للشرطة في ولاية باتنة نسب لـ«داعش».")
    assert events
    assert roles_of(events, "Islamic State") == {"actor1"}


def test_the_men_of_a_party_named_with_the_attribution():
    """A guard (passes on 5cd9374 too): "إلى متمردين من X" after "ينسب" names the author."""
    events = ev("قتل خمسة جنود أتراك أمس بانفجار عبوة في هجوم ينسب إلى متمردين من حزب العمال "
                "الكردستاني.")
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor1"}


def test_responsibility_claimed_for_an_attack_on_the_army_is_no_blame():
    """A guard (passes on 5cd9374 too): "أعلن X مسؤوليته عن الهجوم على الجيش" — with no verb of
    laying before the word of responsibility, the army after "على" is still the side hit."""
    events = ev("وأعلنت حركة الشباب مسؤوليتها عن الهجوم على الجيش الصومالي قرب مقديشو.")
    assert roles_of(events, "Somali and AMISOM forces") == {"actor2"}


def test_a_strike_told_beside_attacks_attributed_to_a_party():
    """A guard (passes on 5cd9374 too): the civilians hurt in the air campaign were hurt by
    the state, though the attacks before the link were the party's — a candidate with another
    candidate's event word among its own is not the deed attributed."""
    events = ev("وقتل وأصيب عشرات المدنيين في الحملة الجوية التي أطلقتها أنقرة بعد سلسلة من الهجمات "
                "الدامية نسبت إلى حزب العمال الكردستاني.")
    strikes = [e for e in events if e.event_type == "airstrike"]
    assert strikes
    assert all(roles(e).get("Kurdistan Workers' Party") != "actor1" for e in strikes)


def test_only_some_of_the_attacks_attributed():
    """A guard (passes on 5cd9374 too): "نسب بعضها إلى X" — only some of the attacks were X's,
    so X is no author of them all (no event of X's out of the vague plural)."""
    events = ev("وغيرت الحكومة سياستها بعد هجمات متتالية في شرق البلاد نسب بعضها إلى تنظيم داعش.")
    assert not any(roles(e).get("Islamic State") == "actor1" for e in events)

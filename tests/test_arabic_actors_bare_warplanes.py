"""Actors (issue 8): bare warplanes are the air force of the article's war.

The Gulf press tells the coalition's raids in Yemen without naming it again: "شنت المقاتلات
أربع غارات", "واستهدفت الطائرات الحربية مخازن", "قصفت الطائرات مواقع المتمردين". Such a strike
had no actor1, or the side hit as its only actor. Like "الجيش" and "التحالف", the bare
aircraft are the air force of the war's country: the Arab coalition in Yemen's news, the
Turkish forces in Turkey's, the Egyptian forces in Sinai's. In Syria's war several air forces
strike the same towns, so bare warplanes stay unnamed there; a nationality after them names
their country, and drones are no coalition jets.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 2)
ARAB, HOUTHIS, TSK = "Saudi-led coalition", "Houthis", "Turkish Armed Forces"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.actors}


def test_fighter_jets_raid_houthi_gatherings_in_shabwa():
    events = ev("وفي محافظة شبوة شنت المقاتلات أمس خمس غارات على تجمعات للحوثيين قرب مدينة عتق.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_the_war_planes_hit_arms_depots_in_sanaa():
    events = ev("واستهدفت الطائرات الحربية فجر اليوم مخازن أسلحة للحوثيين في جبل نقم شرق العاصمة صنعاء.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}


def test_the_planes_pound_rebel_positions_in_lahij():
    events = ev("وقصفت الطائرات مساء أمس مواقع الحوثيين في مديرية كرش بمحافظة لحج جنوب اليمن.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_war_planes_without_the_article_raid_a_camp_in_yemen():
    events = ev("وشنت طائرات حربية ثلاث غارات على معسكر تسيطر عليه ميليشيات الحوثي في محافظة ذمار اليمنية.")
    assert events
    assert roles_of(events, ARAB) == {"actor1"}


def test_anti_aircraft_arms_are_no_aircraft():
    """A guard (passes on main too): "المضادة للطائرات" describes the Houthis' guns; no
    coalition aircraft took part in their shelling."""
    events = ev("وقصفت الميليشيات الحوثية بالأسلحة المضادة للطائرات أحياء في مدينة تعز اليمنية أمس.")
    assert events
    assert ARAB not in names(events)


def test_in_turkeys_news_the_jets_are_turkish():
    events = ev("وقصفت المقاتلات ليلة أمس مواقع لحزب العمال الكردستاني في ولاية هكاري جنوب شرقي تركيا.")
    assert events
    assert roles_of(events, TSK) == {"actor1"}
    assert roles_of(events, "Kurdistan Workers' Party") == {"actor2"}


def test_in_sinai_the_war_planes_are_egypts():
    events = ev("وقصفت الطائرات الحربية أمس تجمعا لمسلحين جنوب مدينة الشيخ زويد في شمال سيناء بمصر.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor1"}


def test_in_syria_bare_war_planes_stay_unnamed():
    """A guard (passes on main too): in Syria the regime's, the coalition's and others'
    aircraft strike the same provinces; "الطيران الحربي" alone names none of them."""
    events = ev("وقصف الطيران الحربي أمس بلدة سراقب في ريف إدلب الشرقي.")
    assert events
    assert not names(events) & {ARAB, TSK, "US-led coalition", "Syrian Air Force"}


def test_a_nationality_after_the_jets_names_their_country():
    """A guard (passes on main too): "المقاتلات التركية" in a Yemen story are still Turkey's."""
    events = ev("وقالت مصادر يمنية إن المقاتلات التركية قصفت أمس مواقع لحزب العمال الكردستاني في شمال العراق.")
    assert roles_of(events, TSK) == {"actor1"}
    assert ARAB not in names(events)


def test_drones_over_yemen_are_no_coalition_jets():
    """A guard (passes on main too): the drones that strike al-Qaeda in Yemen are no raid of
    the Arab coalition's fighter jets."""
    events = ev("وقتل ثلاثة من عناصر تنظيم القاعدة في غارة شنتها طائرة بدون طيار على سيارتهم في محافظة مأرب.")
    assert events
    assert ARAB not in names(events)


def test_the_drones_named_with_the_article_are_no_coalition_jets():
    """A guard (passes on main too): "الطائرات بدون طيار", "الطائرات من دون طيار" over Yemen
    are the drones that hunt al-Qaeda, no aircraft of the Arab coalition."""
    events = ev("وقتلت الطائرات من دون طيار ثلاثة من عناصر القاعدة في مدينة المكلا اليمنية أمس. "
                "وتتواصل غارات الطائرات بدون طيار على مواقع التنظيم في محافظة شبوة.")
    assert events
    assert ARAB not in names(events)


def test_aircraft_landing_at_an_airport_are_no_party():
    """A guard (passes on main too): planes landing at Aden's airport move no coalition."""
    events = ev("وسيطرت المقاومة على مطار عدن الدولي وتوالى وصول الطائرات إلى المطار أمس.")
    assert ARAB not in names(events)


def test_jets_with_a_middle_word_and_a_nationality_are_that_countrys():
    """A guard (passes on main too): "للطائرات العسكرية الأميركية" in Turkey's news are the
    US's, not Turkey's; "المقاتلات التركية والأمريكية" both countries'."""
    events = ev("وسمحت أنقرة للطائرات العسكرية الأميركية بشن هجمات على داعش انطلاقا من قاعدة "
                "إنجرليك في جنوب تركيا.")
    assert roles_of(events, "US-led coalition") == {"actor1"}
    assert TSK not in names(events)
    events = ev("وقصفت المقاتلات التركية والأمريكية مواقع داعش في ريف حلب الشمالي أمس.")
    assert roles_of(events, "Turkish/US forces") == {"actor1"}


def test_jets_owned_by_a_side_named_after_them_are_its():
    """A guard (passes on main too): "الطائرات الحربية للتحالف الذي تقوده الولايات المتحدة" are
    the US-led coalition's, in Turkey's news too."""
    events = ev("ويسمح الاتفاق للطائرات الحربية للتحالف الذي تقوده الولايات المتحدة باستخدام قاعدة "
                "إنجرليك في تركيا لشن ضربات ضد داعش.")
    assert TSK not in names(events)

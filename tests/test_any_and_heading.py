"""Two words that look like events and are not. "أي" (any) before an event noun names a kind
of event — "سترد على أي اعتداء", "لمنع تسلل أي عناصر" — none that happened; after a comma it
is "that is" and the event it names stands. "توجه/اتجه" move someone only with a way after
them (a destination word, a compass point, a place): "اتخذوا توجها عدائيا" is a stance and
"الضربات التي توجهها الطائرات" blows directed. A fight still to come, told beside a strike
that happened, does not make the strike a plan; one someone fears ("بسبب تخوفه من مبادرة
المقاومة بالهجوم") is still to come; attacks "شبه يومية" (almost daily) are none of one day.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 14)


def ev(text: str) -> list:
    return extract(text, published=PUB, article_id="t", language="ar")


def types(text: str) -> list[str]:
    return [e.event_type for e in ev(text)]


def test_any_attack_is_no_attack():
    assert types("وقال الجيش إن أي هجوم للمسلحين على مدينة الرمادي سيواجه بالقوة.") == []


def test_any_advance_hindered_is_no_advance():
    assert types("وأقام الجيش سواتر ترابية لعرقلة أي تقدم للمسلحين باتجاه مدينة بيجي.") == []


def test_any_fighters_slipping_in_is_no_infiltration():
    assert types("ونظمت اللجان الشعبية دوريات ليلية في مدينة عدن لمنع تسلل أي عناصر من "
                 "الميليشيات إلى الأحياء.") == []


def test_after_a_comma_any_is_that_is_and_the_bombing_stands():
    [e] = ev("وقالت الشرطة إن الحادث، أي التفجير الذي وقع أمس في سوق مدينة كركوك، أسفر عن "
             "مقتل ثلاثة أشخاص.")
    assert e.event_type == "attack" and e.location.name == "Kirkuk"


def test_a_stance_is_no_movement():
    assert types("وقال المحلل إن الحوثيين اتخذوا توجها عدائيا ضد جيرانهم منذ سنوات.") == []


def test_blows_directed_are_no_movement():
    assert "movement" not in types(
        "وأشار إلى الضربات الموجعة التي توجهها طائرات التحالف لمواقع المتمردين في صعدة.")


def test_heading_to_a_place_is_a_movement():
    [e] = ev("وتوجهت قوات كبيرة من الجيش أمس إلى مدينة زنجبار.")
    assert e.event_type == "movement" and e.destination.name == "Zinjibar"


def test_heading_north_is_a_movement():
    assert "movement" in types("وطردت القوات المسلحين من مدينة بيجي ثم اتجهت شمالا.")


def test_heading_to_a_place_named_by_a_pronoun_is_a_movement():
    assert "movement" in types("باستثناء مدينة لودر التي تتجه المقاومة إليها.")


def test_a_fight_still_to_come_told_beside_a_strike_leaves_the_strike_done():
    types_modalities = {(e.event_type, e.modality) for e in ev(
        "وقال المركز الإعلامي للمقاومة إن طائرات التحالف شنت غارات مكثفة صباح أمس على مواقع "
        "المتمردين حول مدينة تعز، التي يتوقع كثيرون أن تكون مسرح المواجهة المقبلة بين الثوار "
        "والمتمردين.")}
    assert ("airstrike", "actual") in types_modalities


def test_an_attack_someone_fears_is_still_to_come():
    [e] = ev("وكان قائد القاعدة قد حذر من مغبة تأخير وصول الدعم بسبب تخوفه من مبادرة المقاومة "
             "بالهجوم على القاعدة الجوية في محافظة لحج.")
    assert e.event_type == "attack" and e.modality == "planned"


def test_attacks_almost_every_day_are_no_attack_of_a_day():
    assert types("مددت مصر حالة الطوارئ في شمال سيناء التي تشهد هجمات شبه يومية ضد قوات "
                 "الأمن.") == []

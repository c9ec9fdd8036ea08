"""Words that look like places or moves and are neither, each construction with sentences
written for it: a country named as an ally or a partner to a deal ("المتحالفة مع إيران",
"اتفاق مع واشنطن", "allied with Turkey") is a party, not where anything happened; a motion, a
request or a complaint put forward ("تقدم بمبادرة", "تقدموا بطلب") moves nobody, nor does
reaching a deal ("توصل إلى تفاهم"); what an order or a deal provides for is still to come."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2016, 3, 10)  # a Thursday


def ev(text: str, language: str | None = None) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language=language)


def places(events: list[Event]) -> set[str]:
    return {p.name for e in events for p in (e.location, e.origin, e.destination) if p}


# --- an ally's country is a party, not a place
def test_a_country_named_as_an_ally_is_no_location():
    events = ev("وتقدمت القوات الحكومية أمس نحو مواقع جماعة الحوثي المتحالفة مع إيران.")
    assert "Iran" not in places(events)


def test_a_country_backing_a_side_is_no_location():
    events = ev("وقصفت الميليشيات الحوثية المدعومة من إيران أمس أحياء سكنية بقذائف الهاون.")
    assert "Iran" not in places(events)


def test_a_side_close_to_a_country_does_not_act_there():
    events = ev("وقصف المسلحون المقربون من إيران أمس مواقع للجيش قرب مدينة مأرب.")
    assert "Iran" not in places(events)


def test_an_ally_after_a_plural_participle_is_no_location_either():
    events = ev("وقصفت الطائرات مواقع المسلحين المتحالفين مع روسيا قرب مدينة حماة أمس.")
    assert "Russia" not in places(events)
    assert "Hama" in places(events)


def test_an_english_ally_is_no_location():
    events = ev("Government troops advanced on Tuesday against rebels allied with Turkey.",
                language="en")
    assert "Turkey" not in places(events)


def test_a_country_where_an_ally_fights_stays_a_location():
    events = ev("واشتبكت القوات المتحالفة مع الحكومة مع المسلحين في اليمن أمس.")
    assert "Yemen" in places(events)


# --- putting forward a proposal is no advance
def test_putting_forward_an_initiative_is_no_movement():
    events = ev("وتقدم قياديون في جماعة الحوثي أمس بمبادرة لوقف القتال في مدينة تعز.")
    assert not [e for e in events if e.event_type == "movement"]


def test_a_request_put_forward_to_a_body_is_no_movement():
    events = ev("وتقدمت قيادة المتمردين له أمس بطلب رسمي للانسحاب الآمن من مدينة زنجبار.")
    assert not [e for e in events if e.event_type == "movement" and e.modality == "actual"]


def test_an_advance_with_air_cover_is_still_an_advance():
    events = ev("وتقدمت القوات الحكومية أمس بغطاء جوي نحو مدينة زنجبار.")
    assert [e for e in events if e.event_type == "movement"]


def test_a_partner_to_a_deal_is_no_location():
    events = ev("وقصفت الطائرات أمس مواقع التنظيم قرب مدينة جرابلس بموجب اتفاق مع واشنطن.")
    assert "Washington" not in places(events)


# --- reaching a deal moves nobody; what a deal provides for is still to come
def test_reaching_a_deal_is_no_arrival():
    events = ev("وقتل جندي تركي في انفجار أمس قرب مدينة سروج بالتزامن مع توصل أنقرة إلى تفاهم "
                "مع حلفائها.")
    assert not [e for e in events if e.event_type == "movement"]
    assert places(events) == {"Suruc"}  # the party that reached it acts, nothing happened there


def test_what_an_order_provides_for_is_planned():
    events = ev("وأصدر زعيم الحوثيين أوامر تقضي باستهداف المنشآت النفطية في مدينة مأرب.")
    assert [e.modality for e in events if e.event_type == "attack"] == ["planned"]

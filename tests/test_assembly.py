"""Assembly: sentence candidates become the article's events — one per (type, date, place,
actors), with roles, route, dates, claims counted once, modality and confidence."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract, find_place_mentions

PUB = date(2017, 6, 2)


def ev(text: str, published: date | None = PUB):
    return extract(text, published=published, article_id="t")


def test_lead_and_quote_of_one_strike_are_one_event_with_one_claim():
    text = ("أعلنت وزارة الدفاع الروسية أن الطيران الروسي قتل أكثر من 50 إرهابياً من داعش في الرقة أمس.\n"
            "وقالت الوزارة في بيان: «وجهت الضربات إلى مواقع داعش في الرقة. خسائر داعش تمثلت بمقتل "
            "أكثر من 50 إرهابيا».")
    events = ev(text)
    assert [e.event_type for e in events] == ["airstrike"]
    e = events[0]
    killed = [c for c in e.claims if c.category == "killed"]
    assert [(c.qualifier, c.low, c.best) for c in killed] == [("more_than", 50, None)]
    assert len(e.evidence) == 3  # the lead and both sentences of the quote


def test_equal_numbers_about_two_different_strikes_stay_two_claims():
    events = ev("قتل 5 مدنيين في غارة جوية على مدينة إدلب.\nوفي مدينة دير الزور قتل 5 مدنيين في قصف مدفعي.")
    assert sorted(c.low for e in events for c in e.claims) == [5, 5]


def test_strikes_on_different_days_are_different_events():
    text = ("قصف الطيران الروسي مواقع داعش في تدمر يوم 25 ماي. وفي 29 ماي قصف الطيران الروسي "
            "مواقع داعش في تدمر.")
    events = ev(text)
    assert sorted(e.date_start for e in events) == ["2017-05-25", "2017-05-29"]


def test_strike_during_a_move_is_located_on_the_route():
    e = ev("قتل الطيران الروسي 20 مسلحاً من داعش أثناء تنقلهم من الرقة إلى تدمر.")[0]
    assert (e.event_type, e.origin.name, e.destination.name) == ("airstrike", "Raqqa", "Tadmur")
    assert e.location.kind == "route" and e.location.where_prec == 5


def test_movement_gets_origin_destination_and_via():
    e = ev("انسحب مسلحو داعش من الرقة نحو تدمر عبر نهر الفرات.")[0]
    assert e.event_type == "movement"
    assert (e.origin.name, e.destination.name, [v.name for v in e.via]) == (
        "Raqqa", "Tadmur", ["Euphrates"])


def test_dual_governorates_are_governorates():
    e = ev("منعت القوات الروسية خروج مسلحي داعش من الرقة نحو محافظتي حمص وحماة.")[0]
    assert e.destination.name == "Homs Governorate and Hama Governorate"  # not the cities
    assert e.destination.where_prec == 5  # UCDP: larger than one governorate
    assert e.modality == "prevented"


def test_date_in_the_attribution_clause_dates_the_statement_not_the_event():
    e = ev("وجاء في بيان الوزارة، امس: «دمر الطيران الروسي قافلة لداعش يوم 25 ماي الماضي».")[0]
    assert e.date_start == "2017-05-25"


def test_date_carries_to_the_next_sentence_of_the_paragraph():
    events = ev("في 12 أيار الماضي، دخلت قوات النظام بلدة السخنة. وانسحب عناصر داعش نحو دير الزور.")
    assert {e.event_type: e.date_start for e in events} == {
        "territory_change": "2017-05-12", "movement": "2017-05-12"}


def test_date_does_not_carry_across_paragraphs():
    events = ev("في 12 أيار الماضي، دخلت قوات النظام بلدة السخنة.\nوانسحب عناصر داعش نحو دير الزور.")
    move = next(e for e in events if e.event_type == "movement")
    assert (move.date_start, move.date_end, move.date_prec) == (None, "2017-06-02", None)


def test_time_precision_follows_date_precision():
    e = ev("قصفت قوات النظام مدينة دوما يوم 25 ماي.")[0]
    assert (e.date_prec, e.time_precision) == (1, 1)
    e = ev("قصفت قوات النظام مدينة دوما خلال أسبوع.")[0]
    assert e.time_precision == 2


def test_roles_actor1_actor2_and_associated():
    e = ev("شنت قوات سوريا الديمقراطية بالتنسيق مع التحالف الدولي هجوما على مواقع داعش في الرقة.")[0]
    roles = {a.name: a.role for a in e.actors}
    assert roles == {"Syrian Democratic Forces": "actor1", "US-led coalition": "associated",
                     "Islamic State": "actor2"}


def test_purpose_is_not_an_event():
    events = ev("أرسل الجيش التركي تعزيزات عسكرية لتحرير مدينة الباب من داعش.")
    assert [e.event_type for e in events] == ["deployment"]


def test_modality_precedence_prevented_over_attempted():
    e = ev("أحبطت القوات الجوية الروسية محاولتين لخروج مسلحي داعش من مدينة الرقة.")[0]
    assert (e.event_type, e.modality) == ("movement", "prevented")


def test_agreement_reported_by_a_third_party_is_alleged_and_by_a_party_actual():
    alleged = ev("أعلنت وزارة الدفاع الروسية أن داعش اتفقت مع الأكراد على الخروج من الرقة.")[0]
    assert (alleged.event_type, alleged.modality) == ("agreement", "alleged")
    own = ev("أعلنت هيئة تحرير الشام أنها توصلت مع حركة أحرار الشام إلى اتفاق لوقف القتال.")[0]
    assert (own.event_type, own.modality) == ("agreement", "actual")


def test_unanchored_mentions_make_no_event():
    assert ev("تحدث التقرير عن الاتفاق والهجوم والقصف بشكل عام.") == []


def test_confidence_grows_with_the_fields_found():
    rich = ev("أعلنت وزارة الدفاع الروسية أن الطيران الروسي قتل 20 إرهابياً من داعش في الرقة أمس.")[0]
    poor = ev("قتل 5 أشخاص في قصف.")[0]
    assert 0 < poor.confidence < rich.confidence <= 1


def test_evidence_and_claim_offsets_are_original_offsets_even_with_tashkeel():
    text = "قَتَلَ الطَّيَرانُ الرُّوسِيُّ ٢٠ مُسَلَّحاً مِنْ «داعِش» في الرَّقَّة."
    e = ev(text)[0]
    assert text[e.evidence[0].start:e.evidence[0].end] == e.evidence[0].sentence
    c = e.claims[0]
    assert text[c.start:c.end] == c.text and "٢٠" in c.text


def test_a_place_name_used_as_a_verb_is_not_a_place():
    events = ev("القوات السعودية تدمر 16 آلية لميليشيات الحوثي حاولت الهجوم على منفذ الطوال.")
    assert events and all(e.location is None or e.location.name != "Tadmur" for e in events)
    assert [p.place.name for p in find_place_mentions("من الرقة إلى تدمر")] == ["Raqqa", "Tadmur"]


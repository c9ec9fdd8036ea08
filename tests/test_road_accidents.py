"""Road accidents are no conflict events, however the press words them: a bus or a lorry crashed ("حادث حافلة المعتمرين"), a pedestrian run over
("حادث دهس"), what the traffic police count ("إدارة المرور"). A report that names no deed at
all gives no event, even where its tolls stand in a sentence of their own before the accident is
named. A ramming told as an attack stays one. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 9, 12)


def events(text: str) -> list[str]:
    return [e.event_type for e in extract(text, published=PUB, language="ar")]


def test_a_bus_crash_the_traffic_police_look_into_is_no_event():
    assert events("لجنة لحادث حافلة الطلاب\nشكلت إدارة مرور محافظة الطائف أمس لجنة لتحديد "
                  "أسباب حادث حافلة الطلاب الذي أسفر عن وفاة أربعة وإصابة 30 آخرين الأسبوع "
                  "الماضي قرب مركز السيل الكبير.") == []


def test_a_pedestrian_run_over_is_no_attack():
    assert events("مصرع وإصابة 3 أشخاص في حادث دهس بالخبر") == []


def test_tolls_told_before_the_accident_is_named_are_the_accidents():
    assert events("الدمام: لقي ثلاثة أشخاص مصرعهم وأصيب اثنان بجروح بليغة؛ جراء تصادم "
                  "سيارتين على طريق الطائف.\nوقال شاهد إن فرق الهلال الأحمر سارعت بتسهيل "
                  "وصول المصابين إلى المستشفى.") == []


def test_a_ramming_told_as_an_attack_stays_one():
    # guard: an attack named beside the vehicle
    assert events("وقتل جنديان في هجوم دهس نفذه مسلح بسيارته عند حاجز عسكري قرب مدينة "
                  "الخليل أمس.")

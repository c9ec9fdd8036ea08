"""Where the dead or wounded were taken — "نقل جثمانه من أبها إلى الطائف", "نقل 5 من المصابين
إلى مستشفى الملك فهد بجدة" — is not where anything happened: a follow-up story about the
victims places no bombing in the city of the hospital."""
from datetime import date

from events.extract.pipeline import extract
from tests.extracting import place_uses_on

DAY = date(2015, 8, 10)


_uses = place_uses_on(DAY)


def test_the_city_a_body_was_flown_to_is_a_transfer():
    text = "وتم نقل جثمان الشهيد بعد التفجير الإرهابي من أبها إلى الطائف بطائرة الإخلاء الطبي."
    assert _uses(text)["Ta’if"] == "transfer"


def test_the_city_of_the_hospital_is_a_transfer():
    text = "ونقل خمسة من مصابي التفجير الإرهابي في نجران إلى مستشفى الملك فهد بجدة."
    uses = _uses(text)
    assert uses["Jeddah"] == "transfer"


def test_a_follow_up_places_the_bombing_where_it_was():
    text = "ونقل خمسة من مصابي التفجير الإرهابي في نجران إلى مستشفى الملك فهد بجدة."
    places = {e.location.name for e in extract(text, published=DAY) if e.location}
    assert "Jeddah" not in places


def test_forces_that_reached_a_city_are_there():
    """Guard: "وصلت التعزيزات إلى الطائف" — no transfer of the dead or wounded."""
    assert _uses("ووصلت التعزيزات العسكرية إلى الطائف بعد الاشتباكات.")["Ta’if"] == ""

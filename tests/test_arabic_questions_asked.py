"""A question names what it asks about, no event told: "فهل سمعتم عن تفجير في قلب طهران؟",
"من وراء تفجيرات سيناء؟", "لماذا لم نشهد أي هجوم في موسكو؟" put attacks in Tehran, Sinai and
Moscow on the map. Only a sentence that ends with a question mark, and only the event words
after its question word: a deed told before the question, or a report of who asked, stands."""
from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 10)


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location and e.location.name) for e in extract(text, published=DAY)]


def test_a_rhetorical_question_places_no_bombing():
    assert _events("فهل سمعتم يوما عن تفجير انتحاري في قلب موسكو أو بكين؟") == []


def test_a_question_of_who_was_behind_the_bombings_tells_none():
    assert _events("ومن وراء التفجيرات التي تضرب مدينة العريش؟") == []


def test_an_interviewers_question_about_an_advance_tells_none():
    assert _events("• كيف تنظرون إلى تقدم المقاومة في مدينة تعز؟") == []


def test_a_deed_told_before_the_question_stands():
    """Guard: "أرسل الحوثيون تعزيزات …، هل يعني هذا …؟": the reinforcements were sent."""
    assert _events("أرسل الحوثيون تعزيزات إلى أطراف قاعدة العند، فهل يعني هذا أنهم يستعدون "
                   "لمعركة طويلة؟") == [("deployment", "Al Anad Air Base")]


def test_a_question_word_in_a_statement_asks_nothing():
    """Guard: "روى كيف قتل المسلحون خمسة جنود": a sentence told, not asked."""
    assert [t for t, _ in _events("وروى الشاهد كيف قتل المسلحون خمسة جنود في مدينة العريش "
                                  "أمس.")] == ["clash"]

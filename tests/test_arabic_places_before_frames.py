"""A place that opens the sentence before a frame of saying — "وفي محافظة إب، قالت مصادر
ميدانية إن …", "وفي تعز قالت مصادر محلية إن …" — is where the news the frame reports happened;
no event is told before the frame for it to belong to."""
from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 10)


def _places(text: str) -> list[str | None]:
    return [e.location and e.location.name for e in extract(text, published=DAY)]


def test_a_governorate_opening_the_sentence_places_what_the_sources_said():
    assert _places("وفي محافظة البيضاء، قالت مصادر ميدانية إن عناصر المقاومة هاجموا موقعا "
                   "للحوثيين ما أدى إلى مصرع 12 مسلحا.") == ["Al Bayda Governorate"]


def test_a_city_opening_the_sentence_without_a_comma_places_it_too():
    assert _places("وفي تعز أكدت مصادر محلية أن الميليشيات قصفت الأحياء السكنية ما أدى إلى مقتل "
                   "ستة مدنيين.") == ["Taiz"]


def test_a_place_named_in_what_was_said_wins():
    """Guard: the report's own place ("في مدينة المخا") comes before the sentence's opening."""
    assert _places("وفي محافظة تعز، قالت مصادر محلية إن طيران التحالف قصف مواقع للحوثيين في "
                   "مدينة المخا.") == ["Mokha"]


def test_an_event_told_before_the_frame_keeps_the_place_to_itself():
    """Guard: "قصفت … إب، وقالت مصادر إن …": the opening place is the strike's."""
    events = extract("وقصفت طائرات التحالف مواقع في مدينة إب، وقالت مصادر إن عشرة مسلحين قتلوا "
                     "في مواجهات مع المقاومة.", published=DAY)
    assert "Ibb" in {e.location and e.location.name for e in events}

"""A place that opens the sentence before a frame of saying — "وفي محافظة إب، قالت مصادر
ميدانية إن …", "وفي تعز قالت مصادر محلية إن …" — is where the news the frame reports happened;
no event is told before the frame for it to belong to."""
from datetime import date

from events.extract.pipeline import extract
from tests.extracting import places_on

DAY = date(2015, 8, 10)


_places = places_on(DAY, "ar")


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


def test_where_an_outcry_was_voiced_places_no_deed():
    """Guard: "وفي رام الله قال … إن القيادة تدين هذه العملية": the condemnation's city."""
    events = extract("قتل 15 شخصا في تفجير انتحاري استهدف مسجدا في مدينة أبها أمس. وفي رام الله "
                     "قال أمين عام الرئاسة إن القيادة تدين هذه العملية الإرهابية.", published=DAY)
    assert "Ramallah" not in {e.location and e.location.name for e in events}


def test_a_capital_that_opens_the_sentence_as_its_subject_places_nothing():
    """Guard: "أنقرة اتهمت …" names the government speaking; only "وفي X" opens with a place."""
    events = extract("وقتل 32 شخصا في تفجير انتحاري استهدف تجمعا لناشطين. وأنقرة أكدت أن الانتحاري "
                     "قتل المشاركين في التجمع.", published=DAY)
    assert "Ankara" not in {e.location and e.location.name for e in events}


def test_a_front_named_after_fi_opens_the_sentence_with_its_town():
    assert _places("وفي جبهة لودر بمحافظة أبين، أفادت مصادر محلية أن المقاومة قتلت خمسة من "
                   "مسلحي الحوثي.") == ["Lawdar"]

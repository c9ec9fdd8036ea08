"""Claimants (session 40): a source told of again with the article speaks for the source last
introduced before it (attribution.yaml ``sources_again``, `claimant_sources`) —

* "أفادت مصادر طبية … وقالت المصادر إن …", "وأضاف المصدر", "حسب المصادر نفسها": the kind of
  the source introduced last, or whom its frame named;
* a source introduced with a verb that is no frame of ours ("ونوهت مصادر قبلية") still gives its
  kind to "المصادر" after it;
* a source of no known kind introduced last ("مصادر يمنية") leaves "المصادر" after it unknown —
  never an older source of a known kind;
* a known kind told with the article ("المصدر العسكري", "المصادر المحلية") is of that kind.

Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import claimants_of as claimants

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_sources_speak_for_the_medical_sources_introduced_before():
    events = ev("أفادت مصادر طبية في مدينة تعز بسقوط ضحايا جراء قصف الحوثيين لحي سكني. وقالت "
                "المصادر إن 14 مدنيا قتلوا في القصف.")
    assert claimants(events, "killed") == {"medical sources"}


def test_the_source_speaks_for_the_military_source_that_spoke_before():
    events = ev("وقال مصدر عسكري يمني إن المقاومة صدت هجوما للحوثيين على مدينة مأرب. وأضاف المصدر "
                "أن 9 من المهاجمين قتلوا في الاشتباكات.")
    assert claimants(events, "killed") == {"security sources"}


def test_according_to_the_same_sources_after_local_sources():
    events = ev("وذكرت مصادر محلية أن طائرات التحالف قصفت مواقع للمتمردين في محافظة صعدة.\n"
                "وقتل في الغارات 11 مسلحا، حسب المصادر نفسها.")
    assert claimants(events, "killed") == {"local sources"}


def test_a_source_introduced_without_a_frame_of_ours_gives_its_kind():
    events = ev("ونوهت مصادر قبلية إلى أن اشتباكات عنيفة دارت بين الحوثيين ورجال القبائل في "
                "محافظة الجوف. وأكدت المصادر مقتل 7 من الحوثيين في المواجهات.")
    assert claimants(events, "killed") == {"tribal sources"}


def test_sources_of_no_known_kind_are_not_an_older_source():
    """guard: passes on the base (no source told of again speaks there)."""
    events = ev("قالت مصادر طبية إن المستشفى استقبل جرحى من القصف على مدينة تعز. وأفادت مصادر يمنية "
                "أخرى بأن الحوثيين قصفوا حي الروضة. وقالت المصادر إن 6 مدنيين قتلوا في القصف.")
    assert claimants(events, "killed") == {None}


def test_the_military_source_with_the_article_is_a_security_source():
    events = ev("وأكد المصدر العسكري أن 5 جنود قتلوا في هجوم لتنظيم داعش على حاجز في مدينة العريش.")
    assert claimants(events, "killed") == {"security sources"}


def test_the_local_sources_with_the_article_are_local_sources():
    events = ev("وأشارت المصادر المحلية إلى مقتل 4 مدنيين في قصف الحوثيين لمدينة الضالع.")
    assert claimants(events, "killed") == {"local sources"}


def test_a_source_told_apart_by_its_own_word_is_someone_new():
    """"كشف مصدر مطلع … وأضاف": the informed source goes on, not the security sources before."""
    events = ev("قالت مصادر أمنية إن مسلحين هاجموا حاجزا للجيش في مدينة العريش. وكشف مصدر مطلع أن "
                "الهجوم استهدف الحاجز فجرا. وأضاف أن 9 جنود قتلوا في الهجوم.")
    assert claimants(events, "killed") == {None}


def test_a_bare_source_after_security_sources_goes_on_as_they():
    """guard: passes on the base — "وقال مصدر إن" (no word of its own) stops no speaker."""
    events = ev("قالت مصادر أمنية إن مسلحين هاجموا حاجزا للجيش في مدينة العريش. وقال مصدر إن "
                "الهجوم وقع فجرا. وأضاف أن 9 جنود قتلوا في الهجوم.")
    assert claimants(events, "killed") == {"security sources"}


def test_according_to_sources_of_no_known_kind_the_sentence_is_no_one_s_we_know():
    events = ev("قالت مصادر محلية إن جماعة الحوثي تفرض طوقا على العاصمة صنعاء منذ أيام. وقتل مسلحون "
                "مجهولون 3 من قادة حزب الإصلاح في صنعاء أمس، بحسب مصادر من أقاربهم.")
    assert claimants(events, "killed") == {None}


def test_according_to_a_source_in_the_interior_ministry():
    events = ev("وقتل 19 شخصا على الأقل في تفجير سيارة مفخخة في سوق ببغداد، بحسب مصدر في وزارة "
                "الداخلية.")
    assert claimants(events, "killed") == {"interior ministry"}


def test_a_text_ending_in_a_preposition_of_attribution_is_read():
    """guard: passes on the base — nothing after "بحسب" to read."""
    events = ev("وقتل 5 جنود في هجوم لتنظيم داعش على حاجز في مدينة العريش بحسب")
    assert claimants(events, "killed") == {None}

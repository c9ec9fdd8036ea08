"""Claimants: attribution frames bind claims to a speaker from the actor registry, and the
speaker carries over to sentences that continue the quote."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract


def speakers(text: str) -> list[str | None]:
    return annotate(text).speakers


def test_verb_subject_speaker():
    assert speakers("أعلنت وزارة الدفاع الروسية أن الطيران قصف المواقع.") == [
        "Russian Ministry of Defence"]


def test_subject_before_the_verb():
    assert speakers("المرصد السوري قال إن 5 قتلوا.") == ["Syrian Observatory for Human Rights"]


def test_preposition_frames():
    assert speakers("قتل 5 مدنيين بحسب المرصد السوري لحقوق الإنسان.") == [
        "Syrian Observatory for Human Rights"]
    assert speakers("وفقاً للأهداف التي اكتشفها الطيران الروسي.") == [None]


def test_anaphoric_subjects_resolve_to_the_last_named_body():
    text = ("أعلنت وزارة الدفاع الروسية أن الطيران قصف المواقع.\n"
            "وقالت الوزارة في بيان: «دمر الطيران 36 مركبة».\n"
            "وأكد البيان أن الطيران الروسي دمر القافلة.")
    assert speakers(text) == ["Russian Ministry of Defence"] * 3


def test_subjectless_sentence_initial_verb_continues_the_speaker():
    text = ("وقال وزير الخارجية الروسي سيرغي لافروف إن الوضع صعب.\n"
            "وأضاف «القوات الروسية قصفت مواكبهم».\n"
            "كما أعلنت أن المسلحين انسحبوا.")
    assert speakers(text) == ["Sergey Lavrov"] * 3


def test_quote_goes_on_within_a_paragraph_not_across():
    text = "وقالت الوزارة في بيان إن الطيران الروسي قصف. خسائر داعش كبيرة.\nالطقس حار."
    doc = annotate("أعلنت وزارة الدفاع الروسية ذلك.\n" + text)
    assert doc.speakers == ["Russian Ministry of Defence"] * 3 + [None]


def test_apposed_person_is_the_speaker():
    assert speakers("وقال المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف إن الغارات مستمرة.") == [
        "Igor Konashenkov"]


def test_content_after_a_quote_is_not_the_speaker():
    text = "قال لافروف إن الوضع صعب.\nواضاف»وزارة الدفاع الروسية تؤكد هذه المعلومات»."
    assert speakers(text) == ["Sergey Lavrov", "Sergey Lavrov"]


def test_each_number_has_its_own_claimant():
    text = ("قال التحالف العربي إن الغارات قتلت 40 من مسلحي الحوثي في صعدة، فيما قالت جماعة الحوثي "
            "إن الغارات قتلت 12 مدنياً.")
    e = extract(text, published=date(2016, 3, 1))[0]
    assert {c.low: c.claimant for c in e.claims} == {40: "Saudi-led coalition", 12: "Houthis"}


def test_claimant_is_the_canonical_actor_name():
    e = extract("أعلنت وزارة الدفاع الروسية أن الطيران الروسي قتل 20 إرهابياً من داعش في الرقة.",
                published=date(2017, 6, 2))[0]
    assert e.claimant == "Russian Ministry of Defence"
    assert e.claims[0].claimant == "Russian Ministry of Defence"


def test_an_unnamed_source_is_not_the_last_speaker_but_a_kind_of_its_own():
    text = "أعلنت وزارة الدفاع الروسية أن الطيران قصف المواقع.\nوقال مصدر عسكري إن الغارات قتلت 5."
    assert speakers(text) == ["Russian Ministry of Defence", "security sources"]


def test_an_unknown_speaker_is_not_the_last_one():
    text = "أعلنت وزارة الدفاع الروسية أن الطيران قصف المواقع.\nوقال شخص إن الغارات قتلت 5."
    assert speakers(text) == ["Russian Ministry of Defence", None]


def test_what_precedes_wa_qala_is_not_its_subject():
    assert speakers("استهدفت الغارات مواقع داعش وقال مصدر إن 5 قتلوا.") == [None]



# --- English word order: the speaker stands before "said"; after "told" comes who was told
def claimants(text: str) -> list[str | None]:
    return [c.claimant for e in extract(text, published=date(2016, 5, 3), language="en")
            for c in e.claims]


def test_an_unnamed_source_before_said_claims_the_toll():
    assert claimants("A car bomb killed nine people at a market in Baquba, medical sources "
                     "said.") == ["medical sources"]
    assert claimants("Gunmen shot dead two teachers in Mandera on Sunday, police said.") == [
        "police"]


def test_the_speaker_before_said_wins_over_the_armed_group_after_it():
    assert claimants("Police said militants killed four herders near Gao on Monday.") == [
        "police"]


def test_the_one_who_was_told_is_not_the_speaker():
    assert claimants("Rebels killed six soldiers near Deraa on Monday, a military source told "
                     "AFP.") == ["security sources"]
    # wire style, nothing before the verb: the name after it speaks
    assert claimants("Shelling killed five civilians in Douma on Monday, said the Syrian "
                     "Observatory for Human Rights.") == ["Syrian Observatory for Human Rights"]


def test_a_group_claiming_the_deed_is_no_claimant_of_the_toll():
    # the group claimed the bombing; the number is the medical sources'
    [attack] = extract("قالت مصادر طبية إن تفجيرا بسيارة مفخخة في بلدة الخالص أعلن تنظيم داعش "
                       "مسؤوليته عنه قتل أكثر من 40 شخصا أمس.", published=date(2015, 7, 22),
                       article_id="t", language="ar")
    assert {c.claimant for c in attack.claims} == {"medical sources"}


def test_a_group_announcing_a_toll_is_its_claimant():
    [attack] = extract("أعلن تنظيم داعش أن تفجيرا بسيارة مفخخة في بلدة الخالص قتل أكثر من 40 "
                       "جنديا أمس.", published=date(2015, 7, 22), article_id="t", language="ar")
    assert {c.claimant for c in attack.claims} == {"Islamic State"}

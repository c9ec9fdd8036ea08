"""A report its teller cannot confirm is alleged, not told as done: "وأوضح أن انسحاب المسلحين
من المدينة «لا يمكن تأكيده»" — the guide codes unverified news as alleged. The cue
(triggers.yaml ``modality.cues.unconfirmed``) names the report by a pronoun ("تأكيده", "منها"),
as "that" or as its truth ("من صحة"), after the event word or before it; one that names another
object ("لم يتسن التأكد من هوية المهاجمين") leaves the attack told."""
from datetime import date

from tests.extracting import modalities_on

modalities = modalities_on(date(2015, 8, 10))


def test_a_withdrawal_that_cannot_be_confirmed_is_alleged():
    assert modalities("وأوضح المتحدث أن انسحاب المسلحين من بلدة الزبداني إلى جرود القلمون «لا "
                      "يمكن تأكيده».") == [("movement", "alleged")]


def test_a_withdrawal_not_yet_confirmed_is_alleged():
    assert modalities("وقال إن انسحاب المسلحين من مدينة درنة لم يتم التأكد منه بعد.") == [
        ("movement", "alleged")]


def test_a_killing_whose_truth_could_not_be_checked_is_alleged():
    assert modalities("ولم يتسن التأكد من صحة مقتل القيادي في الغارة الجوية على مدينة الباب.") == [
        ("airstrike", "alleged")]


def test_unconfirmed_news_of_a_withdrawal_is_alleged():
    assert modalities("وتحدثت أنباء غير مؤكدة عن انسحاب المسلحين من بلدة تلكلخ.") == [
        ("movement", "alleged")]


def test_an_attack_whose_authors_are_unknown_was_told_done():
    """Guard: the identity of the attackers is what could not be confirmed."""
    assert modalities("وقتل خمسة جنود في هجوم على حاجز في مدينة العريش ولم يتسن التأكد من هوية "
                      "المهاجمين.") == [("clash", "actual")]

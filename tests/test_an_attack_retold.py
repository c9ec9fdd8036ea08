"""One bombing told by a headline, a lead and later paragraphs is one event (event identity):
an earlier toll told in the pluperfect ("وكانت الحصيلة الأولى تشير إلى مقتل سبعة") is a count
of it, no earlier event; "the attack" told again with a town places the event the lead put
only in a country; the dead counted "in the attack" are its dead, even when a soldier among
them names a side hit; a title giving the toll names the event told with it, in a town of the
province it names, not a placeless strike told before; a deed told as "days before" the news
("بعد أيام على مقتل سبعة جنود") is another event, which the news's day only bounds. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 3, 14)


def ev(*lines: str) -> list:
    return extract("\n".join(lines), published=PUB, article_id="t", language="ar")


def test_an_earlier_toll_is_a_count_of_the_same_bombing():
    [e] = ev("تفجير انتحاري يقتل 12 في الحلة",
             "قتل 12 شخصا أمس في انفجار سيارة مفخخة يقودها انتحاري في سوق مدينة الحلة.",
             "وكانت الحصيلة الأولى تشير إلى مقتل سبعة أشخاص.")
    assert sorted(c.low for c in e.claims) == [7, 12]


def test_the_attack_told_again_with_a_town_places_it():
    [e] = ev("هجوم انتحاري يقتل 20 في باكستان",
             "قتل 20 شخصا على الأقل أمس عندما فجر انتحاري نفسه في سوق مزدحمة بشمال باكستان.",
             "وقال مسؤولون إن الهجوم الذي وقع في مدينة بيشاور استهدف سوقا للخضار.")
    assert e.location.name == "Peshawar"


def test_the_dead_in_the_attack_are_its_dead_a_soldier_among_them():
    [e] = ev("هجوم انتحاري يقتل ثمانية في كركوك",
             "فجر انتحاري نفسه أمس في سوق مزدحمة بمدينة كركوك.",
             "وقال قائد الشرطة «تشير معلوماتنا إلى مقتل ثمانية أشخاص في الهجوم من بينهم نساء "
             "وجندي عراقي واحد»، مضيفا أن 20 آخرين أصيبوا.")
    assert e.event_type == "attack" and e.date_start == "2016-03-13"
    assert {(c.category, c.low) for c in e.claims} == {("killed", 8), ("injured", 20)}


def test_a_clash_told_before_is_not_the_attack_of_a_later_paragraph():
    events = ev("اشتباكات في الرمادي",
                "اندلعت اشتباكات عنيفة أمس بين الجيش العراقي ومسلحي داعش في مدينة الرمادي.",
                "وفي بغداد، قتل خمسة أشخاص في هجوم انتحاري استهدف سوقا شعبية.")
    assert sorted(e.event_type for e in events) == ["attack", "clash"]


def test_a_title_with_the_toll_names_the_bombing_not_a_strike_told_before_it():
    events = ev("مقتل جنديين في تفجير استهدف رتلا عسكريا في ديار بكر",
                "شنت طائرات التحالف الدولي غارات جديدة على مواقع تنظيم داعش.",
                "وانفجرت سيارة مفخخة أمس لدى مرور رتل عسكري في بلدة ليجه، ما أدى إلى مقتل "
                "جنديين.")
    tolls = {e.event_type: [c.low for c in e.claims] for e in events}
    assert tolls.get("attack") == [2] and not tolls.get("airstrike")


def test_a_deed_told_as_days_before_the_news_is_another_event_bounded_by_its_day():
    events = ev("مقتل أربعة جنود في انفجار عبوة ناسفة في العريش",
                "قتل أربعة جنود أمس في انفجار عبوة ناسفة لدى مرور دوريتهم في مدينة العريش.",
                "ويأتي هجوم أمس بعد أيام على مقتل سبعة جنود في هجوم على نقطة تفتيش في شمال "
                "سيناء.")
    by_toll = {tuple(c.low for c in e.claims): e for e in events}
    assert set(by_toll) == {(4,), (7,)}
    assert by_toll[(4,)].date_start == "2016-03-13"
    assert by_toll[(7,)].date_start is None and by_toll[(7,)].date_end == "2016-03-13"

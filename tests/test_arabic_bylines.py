"""A byline under the title — a writer's or an outlet's name, a dash, then a city — says where
the report was filed, not where its news happened: "سامر الخطيب – بغداد" over a story from
Syria places nothing in Baghdad."""
from datetime import date

from events.extract.pipeline import annotate, extract
from tests.extracting import place_uses_on

DAY = date(2015, 8, 10)


_uses = place_uses_on(DAY)


def test_a_city_after_an_outlets_name_on_its_own_line_is_a_dateline():
    text = ("سقوط طائرة حربية فوق سوق مزدحم\n أخبار الساعة – بغداد\n"
            "قتل 19 شخصا عندما سقطت طائرة حربية على سوق في البلدة صباح اليوم.")
    assert _uses(text)["Baghdad"] == "dateline"


def test_a_city_after_a_writers_name_on_its_own_line_is_a_dateline():
    text = ("اشتباكات عنيفة على أطراف المدينة\nمحمود العلي – الموصل\n"
            "اندلعت اشتباكات عنيفة بين الطرفين فجر اليوم.")
    assert _uses(text)["Mosul"] == "dateline"


def test_the_event_told_under_a_byline_is_not_placed_in_the_bylines_city():
    text = ("مقتل 14 شخصا في قصف على سوق شعبي\n رنا حداد – بغداد\n"
            "قال سكان إن 14 شخصا قتلوا في قصف استهدف سوقا شعبيا في البلدة اليوم.")
    events = extract(text, published=DAY)
    assert events and all(e.location is None or e.location.name != "Baghdad" for e in events)


def test_a_title_of_the_same_shape_is_no_byline():
    """Guard: the text's first line is its title, where "– حلب" names the news's place."""
    text = "معارك الأحياء الشرقية – حلب\nاندلعت اشتباكات عنيفة بين الطرفين فجر اليوم."
    assert _uses(text)["Aleppo"] == ""


def test_a_line_that_goes_on_after_the_city_is_no_byline():
    """Guard: "– حمص" followed by the story on the same line is a place in the story."""
    text = ("اشتباكات في الريف الشمالي\nوقالت المصادر – حمص شهدت اليوم اشتباكات عنيفة بين الطرفين.")
    assert _uses(text)["Homs"] != "dateline"


def test_the_bylines_city_is_not_the_subject_of_the_next_lines_verb():
    """"دمشق" closes the byline; "قصفت" opens the story: no state acting, a dateline."""
    text = ("غارات على الأحياء الشرقية\n رنا حداد – دمشق\n"
            "قصفت طائرات حربية الأحياء الشرقية لمدينة دوما فجر اليوم.")
    doc = annotate(text, published=DAY)
    assert not any(a.state_named for a in doc.actors)
    assert _uses(text)["Damascus"] == "dateline"


def test_the_titles_last_country_is_not_the_subject_of_the_storys_first_verb():
    """"… شمال أفغانستان" ends the title; "قتل 17 شخصا" opens the story: nobody killed by
    Afghanistan's forces."""
    text = ("عشرات القتلى بهجوم انتحاري شمال أفغانستان\n"
            "قتل 17 شخصا على الأقل اليوم عندما فجر انتحاري نفسه في سوق مزدحمة بشمال افغانستان.")
    actors = {a.name for e in extract(text, published=DAY) for a in e.actors}
    assert "Afghan security forces" not in actors


def test_a_state_closing_a_line_still_acts_in_its_own_line():
    """Guard: "وقصفت تركيا …" on one line keeps Turkey as the actor."""
    text = "غارات جديدة على مواقع التنظيم\nوقصفت تركيا مواقع التنظيم شمال سوريا أمس."
    actors = {a.name for e in extract(text, published=DAY) for a in e.actors}
    assert "Turkish Armed Forces" in actors

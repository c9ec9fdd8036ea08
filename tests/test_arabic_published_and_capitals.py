"""What was published is no deployment, a capital named by its country's adjective is that
capital. Every sentence is written for these tests; each class has a twin that still tells an
event or a place."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract
from events.model import Event
from geo.mentions import find_places
from text import normalize, tokenize

PUB = date(2015, 8, 3)  # a Monday


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t", language="ar")


# --- a group that published a video deployed nobody, even with its name between
def test_a_video_published_by_a_named_group_is_no_deployment():
    assert [e.event_type for e in ev("ونشر تنظيم جبهة النصرة أمس مقطع فيديو لمقاتليه في ريف إدلب.")
            ] == []


def test_a_group_that_deployed_fighters_still_deployed():
    [deploy] = ev("ونشرت جبهة النصرة أمس مئات المقاتلين في ريف إدلب.")
    assert deploy.event_type == "deployment"


# --- "the Chadian capital" with no name after it is N'Djamena
def test_a_capital_named_by_its_country_adjective_is_that_capital():
    [attack] = ev("وفجر انتحاري نفسه أمس في سوق وسط العاصمة التشادية ما أسفر عن مقتل 9 أشخاص.")
    assert attack.location.name == "N'Djamena" and attack.location.geo_precision == 1


def test_a_capital_whose_name_follows_is_the_name():
    [attack] = ev("وانفجرت سيارة مفخخة أمس في العاصمة الأفغانية كابل ما أدى إلى مقتل 4 أشخاص.")
    assert attack.location.name == "Kabul"


def test_the_capital_a_named_place_lies_in_is_no_second_place():
    [attack] = ev("وقتل 3 جنود أمس في هجوم مسلح على ثكنة بمدينة باردو في العاصمة التونسية.")
    assert attack.location.name == "Le Bardo"


def test_the_adjective_alone_still_names_no_place():
    [attack] = ev("وقصف الجيش التشادي أمس مواقع لبوكو حرام ما أدى إلى مقتل 12 مسلحا.")
    assert attack.location is None


# --- Kabul as the press writes it is Afghanistan's capital, not a village in Galilee
def test_kabul_spelt_kabul_is_afghanistans_capital():
    [attack] = ev("وقتل 5 أشخاص أمس في تفجير انتحاري استهدف قافلة عسكرية في كابول.")
    assert (attack.location.name, attack.location.country) == ("Kabul", "AF")


# --- words of people's names and everyday words are no towns abroad
def places_in(text: str) -> list[str]:
    nt = normalize(text)
    return [h.place.name for h in find_places(nt, tokenize(nt.norm))]


def test_a_name_after_a_given_name_is_a_persons():
    assert places_in("وحاول الشاب عمر فاروق تفجير طائرة متجهة إلى القاهرة.") == ["Cairo"]


def test_he_pointed_out_one_row_and_a_head_are_no_villages():
    assert places_in("وأشار إلى أن علينا أن نكون صفا واحدا.") == []
    assert places_in("وظهر في الصورة حليق الذقن ومعمم الرأس.") == []


def test_a_village_so_spelt_is_still_found_after_its_place_word():
    assert places_in("وداهم الجيش قرية صفا غرب رام الله.")[0] == "Şaffā"


def test_the_press_spelling_of_marka_is_the_somali_town():
    [clash] = ev("وقتل 6 مدنيين أمس في اشتباكات بين حركة الشباب والجيش الصومالي في مدينة مركة.")
    assert clash.location.name == "Marka"


def test_khalidiya_in_anbar_is_in_iraq():
    [clash] = ev("وقتل 7 من عناصر تنظيم داعش أمس في اشتباكات مع القوات العراقية في قضاء الخالدية.")
    assert clash.location.country == "IQ"


# --- the year someone was born dates no deed
def test_a_bombers_birth_year_does_not_date_his_bombing():
    [attack] = ev("وفجر انتحاري من مواليد العام 1995 نفسه أمس في مسجد بمدينة أبها ما أدى إلى مقتل 4.")
    assert attack.date_start == "2015-08-02" and not attack.background


def test_a_date_after_other_words_still_dates_the_deed():
    [attack] = ev("وفجر انتحاري نفسه في مسجد بمدينة أبها في العام 1995 ما أدى إلى مقتل 4.")
    assert attack.date_start == "1995-01-01" and attack.background


# --- power, a situation or a fire brought under control is no ground taken
def test_power_seized_is_no_ground_taken():
    assert ev("وقال إن المسلحين استولوا على السلطة في بلدة القريتين بالقوة.") == []


def test_a_situation_under_control_is_no_ground_taken():
    assert ev("وبدا أن قوات الأمن استعادت أمس السيطرة على الوضع في مدينة كاليه.") == []


def test_a_town_seized_is_still_ground_taken():
    [taken] = ev("وسيطرت قوات المقاومة أمس على مدينة زنجبار.")
    assert taken.event_type == "territory_change"


# --- a village's name glued to ف is the rest of an everyday word
def test_proud_is_no_village_after_fa():
    assert places_in("وهم يقبلون على قتل أهلهم فخورين بجرمهم.") == []


def test_a_city_after_fa_is_still_the_city():
    assert places_in("أما في الجنوب فعدن تشهد معارك عنيفة.") == ["Aden"]


# --- the accident named back is no attack
def suppressed_sentences(text: str) -> set[int]:
    return annotate(text, published=PUB, language="ar").suppressed


def test_the_accident_named_back_is_suppressed_with_it():
    assert suppressed_sentences("لقي شخصان مصرعهما أمس في حادث مروري على طريق الرياض. "
                                "وقد أسفر الحادث عن إصابة 3 آخرين نقلوا إلى المستشفى.") == {0, 1}


def test_an_injury_told_after_a_bombing_is_still_the_bombing():
    assert suppressed_sentences("انفجرت سيارة مفخخة أمس في سوق ببغداد. "
                                "وقد أسفر الحادث عن إصابة 3 أشخاص.") == set()


# --- a toll of thousands told with no deed beside it is the war's, not the last event's
def test_a_war_tally_after_a_strike_is_not_the_strikes_toll():
    [strike] = ev("وشنت طائرات التحالف أمس غارات على مواقع الحوثيين في صعدة أسفرت عن مقتل 12 مسلحا. "
                  "وأضافت المنظمة في بيان أن «عدد الجرحى يقدر بـ19 ألف شخص».")
    assert [(c.category, c.low) for c in strike.claims] == [("killed", 12)]


def test_a_tally_of_thousands_alone_is_no_event():
    assert ev("وقتل أكثر من 4 آلاف شخص في اليمن منذ آذار/مارس بحسب الأمم المتحدة.") == []


def test_a_toll_in_hundreds_still_follows_its_strike():
    [strike] = ev("وشنت طائرات التحالف أمس غارات على مواقع الحوثيين في صعدة. "
                  "وأسفرت الغارات عن مقتل 120 مسلحا.")
    assert [(c.category, c.low) for c in strike.claims] == [("killed", 120)]


# --- a part of a year is some of its months
def test_the_start_of_a_year_is_its_first_months():
    [attack] = ev("وقتل 5 مدنيين في هجوم على سوق في مدينة الموصل مطلع 2014.")
    assert (attack.date_start, attack.date_end) == ("2014-01-01", "2014-03-31")


def test_late_last_year_is_its_last_months():
    [attack] = ev("وقتل 5 مدنيين في هجوم على سوق في مدينة الموصل أواخر العام الماضي.")
    assert (attack.date_start, attack.date_end) == ("2014-10-01", "2014-12-31")


def test_a_whole_year_stays_whole():
    [attack] = ev("وقتل 5 مدنيين في هجوم على سوق في مدينة الموصل عام 2014.")
    assert (attack.date_start, attack.date_end) == ("2014-01-01", "2014-12-31")


def test_a_deed_told_in_a_statement_early_this_year_ends_by_then():
    [strike] = ev("وقال الوزير في بداية هذا العام إن طائرات التحالف قصفت مواقع التنظيم في الرقة.")
    assert strike.date_end == "2015-03-31"


# --- a crowd's crush is an accident
def test_a_stampede_is_no_attack():
    assert ev("قتل 11 شخصا على الأقل أمس في تدافع حصل خلال احتفال ديني أمام معبد.") == []


def test_forces_that_defend_a_town_still_fight():
    [clash] = ev("وقتل 4 من المسلحين أمس في اشتباكات مع القوات التي تدافع عن مدينة الحسكة.")
    assert clash.event_type == "clash"

"""Deeds meant and deeds ahead. A deed named before the one who means it ("مذبحة، كانت
الخلية تنوي ارتكابها", "الهدنة التي يعتزم التحالف تطبيقها") is planned, as is one after "until"
with a verb still to come ("حتى نتمكن من طرد", "حتى يتم تحرير") or after a verb of being able
or helping in time to come ("ستتمكن من", "سيساعد على", "من الممكن"); the deed before such a
verb is what helps, and happened. A blow that stopped a plot ("دمرت خمس سيارات مفخخة كان
التنظيم ينوي تفجيرها") is an event of its own, and a toll beside a plotted deed belongs to the
deed done. A start with a ل of purpose ("للبدء في معركة") is what a move was for.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from tests.extracting import modalities_on

PUB = date(2016, 3, 14)
modalities = modalities_on(PUB)


def test_a_massacre_a_cell_meant_to_commit_is_planned():
    assert ("attack", "actual") not in modalities(
        "كشفت وزارة الداخلية أمس عن مذبحة مروعة، كانت خلية تابعة لتنظيم داعش تنوي ارتكابها "
        "في مدينة الدمام.")


def test_a_truce_a_side_means_to_apply_is_planned():
    # guard: held before by the cue's looking back, now by its word of carrying out
    assert modalities("ورفض الحوثيون أمس وقف إطلاق النار الذي يعتزم التحالف تطبيقه في "
                      "اليمن.") == [("agreement", "planned")]


def test_car_bombs_destroyed_before_they_were_set_off_is_a_deed_of_its_own():
    events = extract("وقال مصدر في البيشمركة إن قواتنا تمكنت أمس من تدمير خمس سيارات مفخخة تعود "
                     "لتنظيم داعش، كان ينوي تفجيرها في قضاء سنجار.", published=PUB, language="ar")
    done = [e for e in events if e.modality == "actual"]
    assert [c.category for e in done for c in e.claims] == ["vehicles_destroyed"]
    assert "planned" in {e.modality for e in events}


def test_the_dead_of_a_plot_were_killed():
    events = extract("وقتلت قوات الأمن أمس في مدينة العريش خمسة مسلحين كانوا يخططون لتنفيذ هجوم على "
                     "كمين للجيش.", published=PUB, language="ar")
    killed = [e.modality for e in events for c in e.claims if c.category == "killed"]
    assert killed == ["actual"]


def test_ground_to_be_taken_until_a_side_can_is_planned():
    assert modalities("وقال القائد إن المقاومة لن تهدأ حتى نتمكن من طرد الميليشيات من مدينة "
                      "زنجبار.") == [("territory_change", "planned")]


def test_ground_taken_once_a_side_managed_it_happened():
    # guard: "until" before a verb told done
    assert ("territory_change", "actual") in modalities(
        "واشتبكت المقاومة الشعبية مع الحوثيين في مدينة زنجبار أمس حتى تمكنت من طردهم من المدينة.")


def test_ground_a_side_will_be_able_to_take_is_planned():
    assert modalities("وأكد القائد أن المقاومة ستتمكن من طرد الميليشيات من مدينة "
                      "زنجبار.") == [("territory_change", "planned")]


def test_the_blast_before_what_will_help_happened():
    # guard: a verb of helping to come qualifies what follows it, not the deed before it
    assert ("attack", "actual") in modalities(
        "وقالت الحكومة إن قرارها الذي جاء بعد مقتل 32 شخصا في تفجير انتحاري بمدينة سروج أمس "
        "سيساعد على إرساء الأمن.")


def test_a_battle_reinforcements_were_sent_to_start_is_their_aim():
    assert modalities("وأرسلت قوات التحالف تعزيزات إلى مدينة تعز أمس وذلك للبدء في معركة تحرير "
                      "المدينة.") == [("deployment", "actual")]


def test_an_injury_told_back_to_a_road_accident_is_no_event():
    assert modalities("حادث يدخل أربعة من عائلة واحدة مستشفى الطائف\n"
                      "تعرضت عائلة من أربعة أفراد قبل قليل لإصابات في حادث مروري بعد انقلاب "
                      "سيارتهم على طريق الهدا. وقد أسفر الحادث عن إصابة رجل وزوجته وطفليه "
                      "بإصابات بليغة.") == []


def test_a_tweet_posted_on_a_sides_account_deploys_nobody():
    assert ("deployment", "actual") not in modalities(
        "وانهارت الهدنة في عدن أمس حينما نشرت على حساب الحوثيين في موقع تويتر تغريدة ترفض وقف "
        "إطلاق النار.")


def test_a_website_publishing_crimes_deploys_nobody():
    assert ("deployment", "actual") not in modalities(
        "وأعدم التنظيم أمس في الرقة ناشطا كان يعمل لموقع معني بنشر جرائم داعش في المدينة.")


def test_a_battle_in_quotes_that_a_side_will_launch_is_planned():
    assert modalities('وقالت تركيا أمس إن التحالف سيشن قريبا من القواعد الجوية التركية "معركة '
                      'شاملة" ضد متشددي داعش في شمال سورية.') == [("clash", "planned")]


def test_a_victory_the_coming_hours_will_see_is_planned():
    assert modalities("وأكد المتحدث أن الساعات المقبلة ستشهد انتصارا كبيرا للمقاومة والجيش "
                      "الوطني في تحرير قاعدة العند الجوية.") == [("territory_change", "planned")]


def test_shelling_that_goes_on_to_foil_attacks_happened():
    # guard: the attacks in quotes are what the shelling is to foil, not the shelling's own
    assert modalities('وقال مصدر أمني إن الجيش يواصل قصف مواقع المتشددين في مدينة الشيخ زويد '
                      'لإحباط "هجمات محتملة" على نقاط التفتيش.') == [("shelling", "actual")]

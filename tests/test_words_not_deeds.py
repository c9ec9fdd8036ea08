"""War words that tell no deed: confronting an idea, a bombshell revealed, crimes named as
kinds, a name that looks like a verb, a camel on the road, a withdrawal that was impossible.
Every sentence is written for these tests; each has a twin that still tells an event."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import annotate, extract
from events.model import Event

PUB = date(2017, 6, 2)  # a Friday


def ev(text: str, language: str = "ar") -> list[Event]:
    return extract(text, published=PUB, article_id="t", language=language)


def triggers(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.event_type) for t in annotate(text).triggers]


# --- an idea or a feeling as the object: a figure of speech, no event word
def test_confronting_extremism_or_violence_names_no_fight():
    assert triggers("وقال إن قوات الجيش تتصدى للتطرف في المنطقة.") == []
    assert triggers("عقد المؤتمر بعنوان متحدون لمواجهة العنف باسم الدين.") == []


def test_confronting_fighters_is_still_a_fight():
    [clash] = ev("تصدت قوات الجيش للمسلحين في الرمادي أمس.")
    assert clash.event_type == "clash" and clash.location.name == "Ramadi"


def test_a_bombshell_revealed_or_talents_unleashed_are_no_blast():
    assert triggers("فجرت وكيلة الوزارة مفاجأة أمس حين كشفت الوثائق.") == []
    assert triggers("وتسعى الجمعية إلى تفجير طاقات الشباب في العمل التطوعي.") == []


def test_a_bomber_blowing_himself_up_is_still_an_attack():
    [attack] = ev("فجر انتحاري نفسه في سوق شعبي ببغداد أمس.")
    assert attack.event_type == "attack"


# --- crimes named as kinds
def test_crimes_listed_as_kinds_with_no_date_tell_no_event():
    assert ev("وحذر المؤتمر من خطر التهجير والقتل الذي يمارسه تنظيم داعش ضد الأقليات في "
              "العراق.") == []
    assert ev("وانتقد المتظاهرون تجاهل العالم جرائم داعش من القتل والخطف والاتجار بالنساء.") == []


def test_crimes_listed_on_a_day_are_still_news():
    [event] = ev("شهدت البلدة القتل والتهجير يوم الاثنين على يد مسلحي داعش.")
    assert event.date_start == "2017-05-29"


# --- a verb's letters after ال are a noun, and only a noun the lexicon lists is an event word
def test_a_name_or_a_noun_that_holds_a_verb_is_no_event_word():
    assert triggers("داهمت الشرطة مقار جبهة التحرر الشعبي في إسطنبول.") == []
    assert triggers("أعربت الحكومة عن دعمها لجهود التصدي لتنظيم داعش.") == []


def test_the_killing_is_a_noun_not_a_verb():
    """"والقتل" is "and the killing", not "and he killed"."""
    [killing] = annotate("وتحدث المشاركون عن التهجير والقتل في المنطقة.").triggers
    assert not killing.verb and killing.definite


# --- animals kill without an armed actor
def test_a_camel_on_the_road_is_no_attack():
    assert ev("قال الدفاع المدني إن ناقة تسببت في مقتل أربعة أشخاص من أسرة واحدة على الطريق "
              "السريع أمس.") == []
    assert ev("توفي راع في جازان أمس متأثرا بلدغة ثعبان.") == []


# --- impossible: it did not happen
def test_a_withdrawal_that_was_impossible_did_not_happen():
    assert ev("قال المتحدث إن من المتعذر على مقاتلي داعش الانسحاب من الرمادي.") == []


def test_a_withdrawal_told_happened():
    [move] = ev("انسحب مقاتلو داعش من الرمادي أمس.")
    assert move.event_type == "movement"


# --- bombs: the Egyptian wording, defused ones, and who planted them
def test_a_bomb_defused_by_explosives_experts_is_a_foiled_attack():
    """"خبراء المفرقعات" are bomb-disposal men, not fireworks; planting the bomb is part of it."""
    [foiled] = ev("تمكن خبراء المفرقعات من إبطال مفعول عبوة متفجرة زرعها مسلحون أمام قسم شرطة "
                  "في مدينة العريش أمس.")
    assert (foiled.event_type, foiled.modality) == ("attack", "prevented")


def test_an_explosive_device_that_went_off_is_an_attack():
    [attack] = ev("انفجرت عبوة متفجرة أمام قسم شرطة في مدينة العريش أمس ما أدى إلى إصابة شرطيين.")
    assert attack.event_type == "attack" and attack.location.name == "Arish"


# --- hunting down remnants is fighting; chasing a thief is not
def test_hunting_down_the_remnants_of_a_militia_is_a_clash():
    [clash] = ev("واصل مقاتلو المقاومة الشعبية مطاردة فلول ميليشيات الحوثي في أحياء عدن أمس.")
    assert clash.event_type == "clash"
    assert {a.name: a.role for a in clash.actors}["Houthis"] == "actor2"


def test_police_chasing_a_thief_is_no_event():
    assert ev("طاردت الشرطة لصا سرق سيارة في الرياض أمس.") == []


# --- "X بY": a place named with the city that holds it
def test_a_district_read_far_from_the_city_named_with_it_gives_way_to_the_city():
    """The gazetteer's only المطرية lies in the Nile Delta; "بالقاهرة" says it is Cairo's."""
    [attack] = ev("انفجرت سيارة مفخخة في حي المطرية بالقاهرة أمس.")
    assert attack.location.name == "Cairo"


def test_a_town_in_its_own_governorate_keeps_its_name():
    [strike] = ev("قصفت الطائرات مواقع للمسلحين في الفلوجة بمحافظة الأنبار أمس.")
    assert strike.location.name == "Fallujah"


# --- aid on its way, migrants at a border, rates of attacks
def test_aid_arriving_moves_no_force():
    assert ev("وصول ثاني طائرة سعودية محملة بـ 10 أطنان من المواد الغذائية إلى مطار عدن أمس.") == []


def test_reinforcements_arriving_are_still_a_deployment():
    [arrival] = ev("وصلت تعزيزات عسكرية سعودية إلى مطار عدن أمس.")
    assert arrival.event_type == "deployment"


def test_migrants_stopped_at_a_border_are_no_infiltration_fought_off():
    assert ev("تمكنت قوات حرس الحدود من إحباط تسلل 120 شخصا إلى السعودية بطريقة غير شرعية عبر "
              "الحدود مع اليمن أمس.") == []


def test_migrants_trying_to_slip_through_a_tunnel_are_no_infiltration_fought_off():
    assert ev("وقال مصدر في الشرطة إن عدد محاولات تسلل المهاجرين إلى نفق المانش وصل ليل أمس "
              "إلى 1400 محاولة.") == []
    assert ev("أحبطت دوريات حرس الحدود في منطقة جازان أمس حالات تسلل عبر الحدود مع اليمن.") == []


def test_a_rising_rate_of_attacks_is_no_attack():
    assert ev("وكشف التقرير عن ارتفاع نسبة استهداف رجال الشرطة في شمال سيناء خلال الأسبوع "
              "الماضي.") == []


# --- a blast that hit something is a bombing, not a strike
def test_a_blast_that_hit_a_bus_is_an_attack_not_shelling():
    [attack] = ev("A blast that hit a bus on a road in Idlib province on Monday killed three "
                  "people.", "en")
    assert attack.event_type == "attack"


def test_a_rocket_that_hit_a_market_is_still_shelling():
    [strike] = ev("A rocket hit a market in Idlib on Monday killing two people.", "en")
    assert strike.event_type == "shelling"


# --- two places after "between" are the ends of one location
def test_a_strike_on_the_road_between_two_governorates_is_one_event():
    events = ev("استهدف طيران التحالف يوم الأربعاء شاحنات للحوثيين على الطريق الذي يربط بين "
                "محافظة الحديدة والعاصمة صنعاء، وقصف مواقع في مديرية نعمان التابعة لمحافظة "
                "البيضاء.")
    assert sorted(e.location.name for e in events) == ["Al Bayda Governorate",
                                                       "Al Hudaydah Governorate"]


def test_strikes_on_two_governorates_are_still_two_events():
    events = ev("شن طيران التحالف أمس غارات على محافظتي الحديدة والبيضاء.")
    assert len(events) == 2


# --- what must be done is not done yet
def test_what_fighters_must_do_is_no_event():
    assert ev("وقال إنه يجب على مقاتلي الحزب نقل ساحات القتال بعيدا عن كردستان.") == []


def test_calling_to_account_the_attackers_keeps_the_attack():
    [attack] = ev("يجب محاسبة منفذي الهجوم الذي استهدف مسجدا في القطيف أمس وقتل فيه 20 شخصا.")
    assert attack.event_type == "attack"


# --- eyes, hearts and titles taken: nobody abducted
def test_a_festival_that_caught_the_eye_or_a_team_that_snatched_a_win_abducts_nobody():
    assert ev("وقال المنظمون إن المهرجان خطف الأنظار هذا العام بعروضه.") == []
    assert ev("وخطف الفريق الضيف الفوز في الدقائق الأخيرة أمس.") == []


def test_gunmen_who_abducted_a_doctor_still_did():
    [abduction] = ev("خطف مسلحون مجهولون طبيبا في مدينة الموصل أمس.")
    assert abduction.event_type in ("attack", "clash") and abduction.location.name == "Mosul"


def test_a_security_crackdown_strikes_no_blow():
    assert triggers("وقال المتحدث إن الضربة الأمنية ضد خلايا التنظيم كشفت مخططاتهم.") == []


def test_a_crash_on_a_road_is_no_attack():
    assert ev("مصرع ثلاثة أشخاص وإصابة خمسة في حادث على طريق مكة المدينة أمس") == []
    assert ev("توفي رجل وأصيب أربعة من أبنائه إثر انقلاب السيارة التي تقلهم على طريق الطائف "
              "بسبب انفجار الإطار.") == []


def test_a_bomb_on_a_road_is_still_an_attack():
    [attack] = ev("قتل ثلاثة جنود في انفجار عبوة ناسفة على طريق العريش أمس.")
    assert attack.event_type in ("attack", "explosion")


def test_meteors_bursting_in_the_sky_are_no_shelling():
    assert ev("رصد العلماء أمس انفجار الشهب في الغلاف الجوي فوق مدينة جدة.") == []


def test_wars_named_as_kinds_tell_no_event():
    assert ev("وقال الوزير في كلمته إن العالم يعاني من لغة الصراعات والاقتتال وتدمير الأوطان.") == []


def test_aid_sent_is_no_deployment():
    assert [e.event_type for e in ev("وأرسلت القوات الإماراتية أمس الإعانات والمواد الإغاثية إلى "
                                       "مدينة عدن.")] == []
    assert [e.event_type for e in ev("وأرسلت القوات الإماراتية أمس تعزيزات عسكرية إلى مدينة "
                                       "عدن.")] == ["deployment"]


def test_two_birds_killed_with_one_stone_are_no_killing():
    [attack] = ev("قتل 31 شخصا في تفجير انتحاري في بلدة سروج التركية أمس. وقال محلل إن داعش يريد قتل "
                  "عصفورين بحجر واحد.")
    assert attack.modality == "actual"


def test_a_telegram_sent_is_no_deployment():
    assert [e.event_type for e in ev("وأرسل قائد الحرس الثوري برقية تعزية بمقتل القيادي في معارك "
                                       "بمدينة الفلوجة أمس.")] == ["clash"]


def test_animals_killed_are_no_attack():
    assert ev("وقتل صياد المئات من الضبان المهددة بالانقراض في صحراء مدينة حائل أمس.") == []


def test_a_campaign_to_recruit_or_raise_awareness_is_no_operation():
    assert ev("ودشنت القوات العراقية أمس حملة لتجنيد متطوعين في محافظة الأنبار.") == []
    assert ev("ودشنت القوات العراقية أمس حملة توعية في محافظة الأنبار.") == []


def test_a_military_campaign_is_still_an_operation():
    [launch] = ev("ودشنت القوات العراقية أمس حملة عسكرية واسعة في محافظة الأنبار.")
    assert launch.event_type == "operation_launch"


def test_a_bomb_to_be_produced_is_no_blast():
    assert ev("وقال الخبير إن إيران ستتمكن من إنتاج القنبلة النووية في منشأة نطنز خلال عام.") == []


def test_a_state_giving_aid_or_loans_makes_no_advance():
    told = ev("وأكد الوزير أن السعودية تقدم عديدا من المساعدات للدول المحتاجة ومنها اليمن الذي "
              "يشهد معارك بين الجيش والحوثيين.")
    assert "movement" not in [e.event_type for e in told]


def test_forces_advancing_on_a_town_still_advance():
    [advance] = ev("وتقدمت القوات السعودية نحو مدينة حرض اليمنية أمس.")
    assert advance.event_type == "movement"


# --- "الاحتلال" with its article: the occupier, or an occupation that lasts
def test_the_occupation_names_the_occupier_not_ground_taken():
    assert triggers("وأدانت الحكومة قرار سلطات الاحتلال هدم المنازل.") == []
    assert ev("وعاد مئات التجار إلى مدينة زنجبار بعد انتهاء فترة الاحتلال الحوثي لها.") == []


def test_occupying_a_town_is_still_ground_taken():
    [taken] = ev("وأعلن الجيش احتلال بلدة الطيبة أمس.")
    assert taken.event_type == "territory_change"


# --- a ticking bomb: a danger waiting, no blast
def test_a_ticking_time_bomb_is_a_figure_of_speech():
    assert ev("وحذر المحلل من أن مخيمات النازحين في محافظة مأرب قنبلة موقوتة.") == []


def test_a_bomb_that_went_off_is_still_an_attack():
    [blast] = ev("انفجرت قنبلة في سوق مدينة مأرب أمس وقتلت ثلاثة أشخاص.")
    assert blast.event_type == "attack"


# --- the war at large as the doer or owner: no deed of a day
def test_the_wounded_of_the_war_are_no_clash_of_the_day_they_were_moved():
    assert ev("وقال مدير المستشفى إن عشرات من جرحى الحرب التي أشعلتها الميليشيات الحوثية "
              "نقلوا أمس إلى مستشفيات مدينة عدن.") == []


# --- a comparative: "more advanced" is no advance
def test_a_more_advanced_step_is_no_advance():
    assert ev("وقد يدفع التفجير الحكومة إلى اتخاذ خطوة أكثر تقدما في مواجهة تنظيم داعش في "
              "محافظة الأنبار.") == []


# --- "في مواجهة X": against X, facing X — no clash unless a fight is told
def test_standing_against_a_group_is_no_clash():
    assert ev("وقال الوزير إن قوات الأمن في محافظة الأنبار تقف بحزم في مواجهة تنظيم داعش.") == []


def test_a_sides_own_fight_against_a_group_is_its_campaign_not_a_clash():
    assert ev("واتفق الوزيران في أنقرة أمس على دعم الفصائل المعتدلة في قتالها ضد تنظيم "
              "داعش.") == []


def test_wounded_in_a_clash_with_gunmen_is_still_a_clash():
    [clash] = ev("وأصيب جنديان في مواجهة مع مسلحين في محافظة الأنبار أمس.")
    assert clash.event_type == "clash"


# --- a text a side published is no force it deployed
def test_a_video_a_group_published_is_no_deployment():
    assert ev("وأظهر الفيديو الذي نشرته كتائب القسام أمس عملية خلف خطوط العدو.") == []
    assert "deployment" not in {e.event_type for e in ev(
        "وأعلن تنظيم داعش في بيان نشره أمس على الإنترنت مسؤوليته عن التفجير.")}


def test_troops_a_state_deployed_are_still_deployed():
    [sent] = ev("نشر الجيش المصري أمس ألف جندي في مدينة العريش.")
    assert sent.event_type == "deployment"


# --- weather kills too: storms and heat waves are no attack
def test_deaths_from_storms_or_a_heat_wave_are_no_attack():
    assert ev("وقتل أربعة أشخاص أمس نتيجة للعواصف في مدينة الإسكندرية.") == []
    assert ev("وتوفي 12 شخصا أمس في مدينة أسوان بسبب موجة الحر.") == []


# --- what fell was fire or an aircraft, not a town
def test_shells_or_a_plane_falling_before_a_place_is_no_town_falling():
    kinds = {e.event_type for e in ev("وأصيب ثلاثة أشخاص أمس بسبب سقوط مقذوفات، من داخل الأراضي "
                                      "اليمنية، على قرية في منطقة جازان.")}
    assert "territory_change" not in kinds
    assert "territory_change" not in {e.event_type for e in ev(
        "وأعلن الجيش التركي سقوط طائرة حربية روسية في ريف اللاذقية أمس.")}


def test_a_town_entered_by_a_force_is_still_ground_taken():
    assert "territory_change" in {e.event_type for e in ev(
        "ودخلت قوات النظام أمس مدينة أريحا في ريف إدلب.")}

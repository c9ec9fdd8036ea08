"""Generalisation: sentences and paragraphs written for these tests in the styles of Syrian,
Gulf, Egyptian, Levantine, Iraqi and Maghrebi outlets — none of them is the seed article.

Each case states behaviour, not a whole output: an event of this type exists (or none at all),
with these actors in these roles, this place, this date, these claims, this modality.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from events.extract.pipeline import extract
from events.model import Event


@dataclass
class Case:
    id: str
    text: str
    published: date | None = date(2017, 6, 2)
    type: str | None = None  # None: the text must yield no event at all
    count: int | None = None  # exactly this many events of `type`
    actor1: set[str] = field(default_factory=set)  # each among actor1 names
    actor2: set[str] = field(default_factory=set)
    associated: set[str] = field(default_factory=set)
    anywhere: set[str] = field(default_factory=set)  # among the event's actors, any role
    location: str | None = None  # prefix of location.name
    origin: str | None = None
    destination: str | None = None
    date: tuple[str, str] | None = None  # (date_start, date_end)
    claims: list[tuple] = field(default_factory=list)  # (category, qualifier, low, best[, who])
    claimant: str | None = None  # among the event's claimants
    claim_claimants: dict[str, str] = field(default_factory=dict)  # category@low -> claimant
    modality: str | None = None


CASES = [
    # --- Syrian monitors (SOHR style)
    Case("sohr_saraqib",
         "أفاد المرصد السوري لحقوق الإنسان بمقتل 12 مدنياً وإصابة 20 آخرين جراء غارات جوية على "
         "مدينة سراقب بريف إدلب، اليوم الثلاثاء.",
         published=date(2018, 2, 6), type="airstrike", count=1, location="Saraqib",
         date=("2018-02-06", "2018-02-06"),
         claims=[("killed", "exact", 12, 12, "civilians"), ("injured", "exact", 20, 20)],
         claimant="Syrian Observatory for Human Rights"),
    Case("sohr_indic_digits",
         "قال المرصد السوري إن اشتباكات اندلعت أمس مع مقاتلي هيئة تحرير الشام في ريف حماة الشمالي "
         "أسفرت عن مقتل ٧ عناصر من قوات النظام.",
         type="clash", anywhere={"Syrian Arab Army", "Hayat Tahrir al-Sham"},
         date=("2017-06-01", "2017-06-01"), claims=[("killed", "exact", 7, 7)],
         claimant="Syrian Observatory for Human Rights", location="Hama"),
    Case("sohr_paragraph_continuation",
         "شنت طائرات حربية روسية صباح اليوم غارات على بلدة خان شيخون بريف إدلب الجنوبي. وأسفرت "
         "الغارات عن مقتل 8 مدنيين بينهم ثلاثة أطفال، وفق ما أفاد به المرصد السوري لحقوق الإنسان.",
         type="airstrike", count=1, actor1={"Russian Aerospace Forces"}, location="Khan Shaykhun",
         date=("2017-06-02", "2017-06-02"), claims=[("killed", "exact", 8, 8, "civilians")],
         claim_claimants={"killed@8": "Syrian Observatory for Human Rights"}),
    Case("sohr_number_words",
         "أسفرت غارات للتحالف الدولي على مدينة الميادين بريف دير الزور الشرقي عن مقتل ستة وثلاثين "
         "عنصراً من تنظيم داعش.",
         type="airstrike", count=1, actor1={"US-led coalition"}, actor2={"Islamic State"},
         location="Al-Mayadin", claims=[("killed", "exact", 36, 36)]),
    Case("sohr_vague_dozens",
         "قتل عشرات المسلحين من تنظيم داعش في غارات روسية على ريف حمص الشرقي.",
         type="airstrike", actor1={"Russian Aerospace Forces"}, actor2={"Islamic State"},
         claims=[("killed", "vague", 10, None)]),
    # --- clashes between two named groups
    Case("yemen_clash_taiz",
         "اندلعت اشتباكات عنيفة بين الجيش الوطني اليمني وميليشيا الحوثي الانقلابية في مدينة تعز، "
         "أسفرت عن مقتل 15 من عناصر الميليشيا.",
         published=date(2016, 3, 1), type="clash", count=1,
         anywhere={"Yemeni government forces", "Houthis"}, location="Taiz",
         claims=[("killed", "exact", 15, 15)]),
    Case("lebanon_arsal_clash",
         "دارت اشتباكات عنيفة بين عناصر حزب الله ومسلحي جبهة النصرة في جرود عرسال، أسفرت عن مقتل "
         "19 مسلحاً.",
         type="clash", anywhere={"Hezbollah", "Hayat Tahrir al-Sham"},
         claims=[("killed", "exact", 19, 19)]),
    Case("levant_ambush_hezbollah",
         "قتل 5 عناصر من حزب الله في كمين نصبه مقاتلو المعارضة في ريف حلب الجنوبي في 3 تشرين الثاني "
         "الماضي.",
         published=date(2016, 12, 1), type="clash", anywhere={"Hezbollah", "Free Syrian Army"},
         date=("2016-11-03", "2016-11-03"), claims=[("killed", "exact", 5, 5)],
         location="Aleppo"),
    Case("infiltration_attempted",
         "حاول عناصر من تنظيم داعش التسلل إلى مواقع الجيش السوري في محيط مدينة دير الزور، إلا أن "
         "وحدات الجيش تصدت لهم.",
         type="clash", modality="attempted", anywhere={"Islamic State", "Syrian Arab Army"},
         location="Deir ez-Zor"),
    # --- territory changes
    Case("sdf_tabqa",
         "سيطرت قوات سوريا الديمقراطية، الأربعاء، على مدينة الطبقة بعد معارك مع تنظيم داعش استمرت "
         "أسابيع.",
         published=date(2017, 5, 12), type="territory_change", count=1,
         actor1={"Syrian Democratic Forces"}, actor2={"Islamic State"},
         date=("2017-05-10", "2017-05-10")),
    Case("iraq_mosul_district",
         "استعادت القوات العراقية السيطرة على حي الزنجيلي في الجانب الأيمن من الموصل بعد معارك "
         "مع داعش.",
         type="territory_change", actor1={"Iraqi security forces"}, actor2={"Islamic State"},
         location="Mosul"),
    Case("libya_maghrebi_month",
         "سيطرت قوات الجيش الوطني الليبي يوم 5 جويلية على منطقة قنفودة غرب بنغازي بعد معارك ضارية.",
         published=date(2017, 7, 10), type="territory_change", actor1={"Libyan National Army"},
         date=("2017-07-05", "2017-07-05")),
    Case("regime_enters_sukhnah",
         "في 12 أيار الماضي، دخلت قوات النظام بلدة السخنة بريف حمص الشرقي. وانسحب عناصر داعش من "
         "البلدة نحو مدينة دير الزور.",
         type="territory_change", actor1={"Syrian Arab Army"}, location="As Sukhnah",
         date=("2017-05-12", "2017-05-12")),
    # --- movements and withdrawals
    Case("regime_withdraws_to_hama",
         "انسحبت قوات النظام من مدينة خان شيخون باتجاه مدينة حماة بعد تقدم الفصائل المعارضة.",
         type="movement", count=1, actor1={"Syrian Arab Army"}, origin="Khan Shaykhun",
         destination="Hama"),
    Case("isis_withdraws_carried_date",
         "في 12 أيار الماضي، دخلت قوات النظام بلدة السخنة بريف حمص الشرقي. وانسحب عناصر داعش من "
         "البلدة نحو مدينة دير الزور.",
         type="movement", actor1={"Islamic State"}, destination="Deir ez-Zor",
         date=("2017-05-12", "2017-05-12")),
    Case("turkish_convoy_to_manbij",
         "توجه رتل عسكري تركي مؤلف من 30 آلية نحو مدينة منبج قادماً من جرابلس.",
         type="movement", actor1={"Turkish Armed Forces"}, destination="Manbij",
         origin="Jarabulus"),
    Case("convoy_left_toward",
         "غادرت قافلة تقل مسلحي جبهة النصرة وعائلاتهم مدينة دوما متجهة إلى إدلب.",
         type="movement", actor1={"Hayat Tahrir al-Sham"}, origin="Douma", destination="Idlib"),
    # --- shelling
    Case("regime_shelling_daraa",
         "قصفت قوات النظام بالمدفعية الثقيلة بلدات في ريف درعا الشرقي، ما أدى إلى مقتل ثلاثة "
         "مدنيين.",
         type="shelling", count=1, actor1={"Syrian Arab Army"}, location="Daraa",
         claims=[("killed", "exact", 3, 3, "civilians")]),
    Case("turkish_artillery_afrin",
         "قصفت المدفعية التركية قرى في ريف عفرين شمال حلب.",
         type="shelling", actor1={"Turkish Armed Forces"}, location="Afrin"),
    Case("houthi_mortars_hijri_numeric",
         "وفي 1439/3/23 هـ، قصفت ميليشيا الحوثي بقذائف الهاون أحياء سكنية في مدينة تعز، ما أسفر عن "
         "إصابة خمسة مدنيين.",
         published=date(2017, 12, 12), type="shelling", actor1={"Houthis"}, location="Taiz",
         date=("2017-12-11", "2017-12-11"), claims=[("injured", "exact", 5, 5)]),
    Case("shelling_and_strikes_split_by_fima",
         "قصفت قوات النظام مدينة دوما في الغوطة الشرقية، فيما شن الطيران الروسي غارات على بلدة "
         "حرستا.",
         type="shelling", actor1={"Syrian Arab Army"}, location="Douma"),
    Case("strikes_after_fima",
         "قصفت قوات النظام مدينة دوما في الغوطة الشرقية، فيما شن الطيران الروسي غارات على بلدة "
         "حرستا.",
         type="airstrike", actor1={"Russian Aerospace Forces"}),
    # --- missile strikes from ships and aircraft
    Case("kalibr_from_ships",
         "أطلقت سفن حربية روسية في البحر المتوسط صواريخ كاليبر على مواقع لتنظيم داعش قرب مدينة "
         "تدمر، بحسب وزارة الدفاع الروسية.",
         type="airstrike", count=1, actor1={"Russian forces"}, actor2={"Islamic State"},
         location="Tadmur", claimant="Russian Ministry of Defence"),
    Case("kalibr_from_the_caspian",
         "أعلنت وزارة الدفاع الروسية، اليوم الجمعة، أن سفنا حربية روسية في بحر قزوين أطلقت 26 "
         "صاروخا مجنحا من طراز كاليبر على 11 هدفا لتنظيم داعش في سوريا.",
         type="airstrike", count=1, actor1={"Russian forces"}, actor2={"Islamic State"},
         location="Syria", claimant="Russian Ministry of Defence"),
    Case("car_bomb_claimed_is_one_event",
         "قتل 4 أشخاص وجرح 10 آخرون في انفجار سيارة مفخخة استهدف سوقا شعبية في مدينة القامشلي يوم "
         "الأحد، وتبنى تنظيم داعش الهجوم.",
         type="attack", count=1, location="Qamishli", date=("2017-05-28", "2017-05-28"),
         claims=[("killed", "exact", 4, 4), ("injured", "exact", 10, 10)]),
    Case("gulf_projectile_martyrs",
         "استشهد جنديان سعوديان في مقذوف عسكري أطلقته الميليشيات الحوثية على مركز حدودي في منطقة "
         "جازان.",
         published=date(2016, 3, 1), type="shelling", count=1, actor1={"Houthis"},
         location="Jizan", claims=[("killed", "exact", 2, 2, "soldiers")]),
    Case("army_named_without_its_country",
         "أكد مصدر عسكري أن وحدات من الجيش دمرت 3 آليات لإرهابيي داعش في محيط مدينة تدمر أمس.",
         type="clash", actor1={"Syrian Arab Army"}, actor2={"Islamic State"}, location="Tadmur",
         date=("2017-06-01", "2017-06-01"), claims=[("vehicles_destroyed", "exact", 3, 3)]),
    Case("coalition_raqqa_levantine_month",
         "وفي 15 حزيران، شنت طائرات التحالف الدولي غارات على مواقع داعش في مدينة الرقة.",
         published=date(2017, 6, 20), type="airstrike", actor1={"US-led coalition"},
         actor2={"Islamic State"}, location="Raqqa", date=("2017-06-15", "2017-06-15")),
    Case("saudi_coalition_hijri",
         "دمرت مقاتلات التحالف العربي فجر 1 شوال 1436 هـ منصة لإطلاق الصواريخ تابعة للميليشيات "
         "الحوثية في مدينة صعدة.",
         published=date(2015, 7, 18), type="airstrike", actor1={"Saudi-led coalition"},
         actor2={"Houthis"}, location="Sa'dah", date=("2015-07-17", "2015-07-17")),
    Case("turkish_jets_weekday",
         "شن الطيران التركي يوم الاثنين غارات على مواقع لحزب العمال الكردستاني في شمال العراق.",
         published=date(2019, 3, 14), type="airstrike", actor1={"Turkish Armed Forces"},
         actor2={"Kurdistan Workers' Party"}, date=("2019-03-11", "2019-03-11")),
    Case("israeli_strikes_gaza",
         "شنت طائرات الاحتلال الإسرائيلي غارات على مواقع لكتائب القسام في قطاع غزة.",
         type="airstrike", actor1={"Israeli Defence Forces"}, actor2={"Hamas"}),
    # --- conflicting claims from two sides
    Case("conflicting_claims_yemen",
         "قال التحالف العربي إن الغارات قتلت 40 من مسلحي الحوثي في صعدة، فيما قالت جماعة الحوثي إن "
         "الغارات قتلت 12 مدنياً.",
         published=date(2016, 3, 1), type="airstrike",
         claims=[("killed", "exact", 40, 40), ("killed", "exact", 12, 12, "civilians")],
         claim_claimants={"killed@40": "Saudi-led coalition", "killed@12": "Houthis"}),
    Case("same_claim_twice_counts_once",
         "قتل 25 عنصراً من داعش في غارات للتحالف الدولي قرب البوكمال.\n"
         "وقال التحالف الدولي في بيان إن غاراته قرب البوكمال قتلت 25 عنصراً من التنظيم.",
         type="airstrike", count=1, actor1={"US-led coalition"}, location="Al-Bukamal",
         claims=[("killed", "exact", 25, 25)]),
    Case("victims_named_before_the_strike",
         "لقي عشرات من عناصر تنظيم داعش مصرعهم في ضربات جوية شنتها مقاتلات التحالف الدولي قرب "
         "مدينة الموصل.",
         type="airstrike", count=1, actor1={"US-led coalition"}, actor2={"Islamic State"},
         location="Mosul"),
    Case("expelled_side_is_the_target",
         "طردت المقاومة الشعبية الحوثيين من مدينة عدن بعد معارك استمرت أسابيع.",
         published=date(2015, 7, 20), type="territory_change", actor1={"Yemeni government forces"},
         actor2={"Houthis"}, location="Aden"),
    # --- Maghrebi outlets (أوت، جوان)
    Case("algeria_neutralised",
         "تمكنت وحدات الجيش الوطني الشعبي يوم 12 أوت من القضاء على 3 إرهابيين في كمين نصب بولاية "
         "البويرة.",
         published=date(2017, 8, 20), type="clash", actor1={"Algerian People's National Army"},
         date=("2017-08-12", "2017-08-12"), location="Bou", claims=[("killed", "exact", 3, 3)]),
    Case("tunisia_landmine_claimed",
         "وقتل جنديان تونسيان في انفجار لغم بجبل الشعانبي بولاية القصرين يوم 6 جوان، وتبنت كتيبة عقبة "
         "بن نافع العملية.",
         published=date(2017, 8, 20), type="attack", count=1,
         anywhere={"Al-Qaeda in the Islamic Maghreb"}, location="Kasserine",
         date=("2017-06-06", "2017-06-06"), claims=[("killed", "exact", 2, 2, "soldiers")]),
    # --- Egyptian outlets
    Case("egypt_army_sinai",
         "أعلن المتحدث العسكري للقوات المسلحة المصرية مقتل 10 عناصر تكفيرية خلال مداهمات في مدينة "
         "العريش.",  # the army killing militants in raids: a battle in ACLED's terms
         type="clash", anywhere={"Egyptian armed forces"}, location="Ar",
         claims=[("killed", "exact", 10, 10)]),
    Case("egypt_checkpoint_attack",
         "قتل ثلاثة من رجال الشرطة وأصيب اثنان آخران في هجوم إرهابي استهدف كميناً أمنياً بمدينة "
         "العريش.",  # an attack its writer calls terrorist is one-sided, police hit or not
         type="attack", count=1, location="Ar", claims=[("killed", "exact", 3, 3)]),
    Case("iraq_foiled_car_bomb",
         "أحبطت القوات العراقية هجوماً بسيارة مفخخة كان يستهدف نقطة تفتيش في مدينة الرمادي.",
         type="attack", count=1, modality="prevented", anywhere={"Iraqi security forces"},
         location="Ramadi"),
    # --- agreements
    Case("agreement_between_groups",
         "توصلت هيئة تحرير الشام وحركة أحرار الشام إلى اتفاق لوقف إطلاق النار في ريف إدلب بعد "
         "اشتباكات استمرت ثلاثة أيام.",
         type="agreement", modality="actual", anywhere={"Hayat Tahrir al-Sham", "Ahrar al-Sham"}),
    Case("agreement_alleged_by_media",
         "زعمت وسائل إعلام موالية للنظام أن قوات سوريا الديمقراطية توصلت إلى تفاهم مع تنظيم داعش "
         "لخروج مقاتليه من الرقة.",
         type="agreement", modality="alleged",
         anywhere={"Syrian Democratic Forces", "Islamic State"}),
    # --- operations, deployments, plans
    Case("olive_branch_launch",
         "أعلن الجيش التركي انطلاق عملية «غصن الزيتون» ضد الوحدات الكردية في عفرين يوم 20 يناير.",
         published=date(2018, 1, 25), type="operation_launch", actor1={"Turkish Armed Forces"},
         actor2={"People's Protection Units"}, location="Afrin",
         date=("2018-01-20", "2018-01-20")),
    Case("iraq_planned_operation",
         "تعتزم القوات العراقية إطلاق عملية عسكرية لاستعادة قضاء تلعفر من تنظيم داعش.",
         type="operation_launch", modality="planned", actor1={"Iraqi security forces"}),
    Case("houthi_planned_attack",
         "تعتزم ميليشيا الحوثي شن هجوم على مدينة تعز خلال الأيام المقبلة.",
         published=date(2016, 3, 1), type="attack", modality="planned", actor1={"Houthis"},
         location="Taiz"),
    Case("turkish_reinforcements",
         "أرسل الجيش التركي تعزيزات عسكرية جديدة إلى الحدود مع سوريا.",
         type="deployment", actor1={"Turkish Armed Forces"}),
    Case("saudi_air_defence_intercepts",
         "اعترضت قوات الدفاع الجوي الملكي السعودي صاروخاً باليستياً أطلقته ميليشيا الحوثي باتجاه "
         "مدينة جازان.",
         published=date(2016, 3, 1), type="shelling", modality="prevented",
         anywhere={"Saudi armed forces", "Houthis"}),
    # --- statements
    Case("press_conference",
         "وقال المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف في مؤتمر صحفي في موسكو أمس إن "
         "الطائرات الروسية لم تنفذ أي غارات على المنطقة.",
         type="statement", actor1={"Igor Konashenkov"}, location="Moscow",
         date=("2017-06-01", "2017-06-01")),
    # --- no event at all
    Case("sport", "فاز المنتخب السعودي على نظيره الإماراتي بهدفين مقابل هدف في المباراة التي جرت "
                  "مساء أمس على ملعب الملك فهد الدولي."),
    Case("economy", "ارتفع مؤشر سوق الأسهم السعودية بنسبة 1.5 في المئة في تعاملات اليوم وسط صعود "
                    "أسهم البنوك والبتروكيماويات."),
    Case("diplomatic_wish", "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده تأمل في تحسين العلاقات "
                            "مع الولايات المتحدة."),
    Case("traffic_accident", "لقي ثلاثة أشخاص مصرعهم وأصيب خمسة آخرون في حادث سير على طريق الرياض "
                             "الدمام السريع."),
    Case("book_fair", "أقيمت في دمشق فعاليات معرض الكتاب الدولي بمشاركة 200 دار نشر."),
    Case("weather", "توقعت الأرصاد الجوية هطول أمطار غزيرة على مناطق جازان ونجران وعسير خلال الأيام "
                    "المقبلة."),
    Case("trade_deal", "وقعت المملكة العربية السعودية وروسيا اتفاقية للتعاون في مجال الطاقة."),
    Case("airline", "أعلنت الخطوط الجوية السعودية تسيير رحلات إضافية إلى القاهرة خلال موسم الصيف."),
    Case("football_attack", "شن الفريق هجوما قويا في الشوط الثاني وسجل هدف التعادل."),
    Case("aid_convoy", "وصلت قافلة مساعدات إنسانية تابعة للأمم المتحدة إلى مدينة حلب."),
    Case("english_only", "The weather in Riyadh is hot today."),
    Case("denial_is_no_withdrawal", "نفت هيئة تحرير الشام ما تناقلته وسائل إعلام عن انسحاب مقاتليها من "
                                    "معرة النعمان."),
    Case("delegation_to_discuss_a_truce", "وصل وفد عسكري روسي إلى أنقرة لبحث اتفاق وقف إطلاق النار في "
                                          "إدلب مع المسؤولين الأتراك."),
    Case("denied_strike", "نفت وزارة الدفاع الروسية أن تكون الطائرات الروسية قد قصفت مستشفى في مدينة "
                          "إدلب."),
    Case("court_executions", "وقالت منظمة العفو الدولية إن السلطات أعدمت 289 شخصاً خلال العام الماضي."),
    Case("rain_deaths", "مصرع 15 شخصاً وإصابة 20 آخرين بحوادث ناجمة عن الأمطار الغزيرة في باكستان."),
    Case("a_demand_is_no_deployment", "تظاهر أهالي البلدتين مطالبين حزب الله اللبناني بإرسال دعم "
                                      "للدفاع عنهما."),
    Case("two_clauses_two_strikes",
         "وقال المرصد إن جبهة النصرة استأنفت أمس قصف مناطق في الفوعة، بينما نفذ الطيران الحربي "
         "السوري أربع غارات على مناطق في محيط مدينة إدلب.",
         type="airstrike", count=1, actor1={"Syrian Air Force"}, location="Idlib"),
    Case("earthquake", "ارتفع عدد قتلى الزلزال الذي ضرب المنطقة إلى 120 قتيلا."),
]


def _check(case: Case, events: list[Event]) -> None:
    if case.type is None:
        assert events == [], [(e.event_type, e.evidence[0].sentence) for e in events]
        return
    found = [e for e in events if e.event_type == case.type]
    assert found, f"no {case.type} in {[e.event_type for e in events]}"
    if case.count is not None:
        assert len(found) == case.count
    e = found[0]
    roles = {r: {a.name for a in e.actors if a.role == r} for r in ("actor1", "actor2", "associated")}
    assert case.actor1 <= roles["actor1"], roles
    assert case.actor2 <= roles["actor2"], roles
    assert case.associated <= roles["associated"], roles
    assert case.anywhere <= {a.name for a in e.actors}, roles
    for attr in ("location", "origin", "destination"):
        want = getattr(case, attr)
        if want is not None:
            got = getattr(e, attr)
            assert got is not None and got.name.startswith(want), (attr, got)
    if case.date is not None:
        assert (e.date_start, e.date_end) == case.date
    for want in case.claims:
        match = [c for c in e.claims if (c.category, c.qualifier, c.low, c.best) == want[:4]
                 and (len(want) < 5 or c.who == want[4])]
        assert len(match) == 1, (want, [(c.category, c.qualifier, c.low, c.best, c.who)
                                        for c in e.claims])
    if case.claimant is not None:
        assert case.claimant in (e.claimant or "").split("; ")
    for key, who in case.claim_claimants.items():
        cat, low = key.split("@")
        claim = next(c for c in e.claims if c.category == cat and c.low == int(low))
        assert claim.claimant == who
    if case.modality is not None:
        assert e.modality == case.modality


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case) -> None:
    _check(case, extract(case.text, published=case.published, article_id=case.id))


def test_there_are_at_least_forty_cases() -> None:
    assert len(CASES) >= 40
    assert sum(c.type is None for c in CASES) >= 8


def test_every_event_is_well_formed() -> None:
    for case in CASES:
        for e in extract(case.text, published=case.published, article_id=case.id):
            assert e.event_id.startswith(case.id + ":")
            assert 0 < e.confidence <= 1
            for v in e.evidence:
                assert case.text[v.start:v.end] == v.sentence
            for c in e.claims:
                assert case.text[c.start:c.end] == c.text


def test_an_undated_event_ends_by_publication_with_an_unknown_start() -> None:
    """UCDP's convention: no guessed week, the start unknown, the end the publication day."""
    e = extract("قصفت قوات النظام مدينة دوما.", published=date(2017, 6, 2))[0]
    assert (e.date_start, e.date_end, e.date_prec, e.time_precision) == (
        None, "2017-06-02", None, None)


def test_without_publication_date_an_undated_event_stays_undated() -> None:
    e = extract("قصفت قوات النظام مدينة دوما أمس.", published=None)[0]
    assert e.date_start is None and e.date_end is None
    assert e.date_text == ["أمس"]

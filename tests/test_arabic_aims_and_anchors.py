"""What Arabic news prose aims at, and what it only mentions, each construction with sentences
written for it: an aim whose object stands before a second aim joined by و, and an aim to
prevent, which names what it prevents after it, not the deed before it; fighting on another
day than a capture; faiths, fears and texts that are spread, not troops; events told as long
past; the answer of a "لو"; places under fire since a war began; a court's sentences; an
attempt whose own aim follows it; animals that kill; raids (أغار); the country across a border;
lists of aims; pictures of an event; a birthplace; booty; enslavement; a fight named as an
aim; crashes; the dead of an attack told beside a plot; the topics of talks."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2016, 3, 10)  # a Thursday


def ev(text: str, published: date | None = PUB) -> list[Event]:
    return extract(text, published=published, article_id="t")


def actual(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location.name if e.location else None)
            for e in events if e.modality == "actual"]


# --- a second aim joined by و to an aim that has its object is aimed too
def test_a_clearing_after_a_pursuit_and_its_object_is_an_aim():
    events = ev("وتتجه وحدات من المقاومة إلى محافظة أبين لمطاردة المتمردين وتطهيرها منهم.")
    assert ("territory_change", "Abyan Governorate") not in actual(events)


def test_a_quote_mark_between_the_و_and_the_aim_changes_nothing():
    events = ev('وتتقدم القوات نحو محافظة أبين لملاحقة الحوثيين و"تطهيرها" بالكامل.')
    assert ("territory_change", "Abyan Governorate") not in actual(events)


def test_a_liberation_joined_to_a_storming_aim_is_an_aim():
    events = ev("وتحتشد قوات المقاومة قرب مدينة زنجبار لاقتحام المدينة و«تطهيرها» من الحوثيين.")
    assert ("territory_change", "Zinjibar") not in actual(events)


def test_a_deed_joined_by_و_to_a_deed_told_stays_told():
    events = ev("وسيطرت القوات الحكومية على مدينة زنجبار و«طهرتها» من المسلحين أمس.")
    assert ("territory_change", "Zinjibar") in actual(events)


# --- an aim to prevent qualifies what it prevents, after it; the deed before it happened
def test_an_operation_aimed_at_preventing_an_expansion_was_launched():
    events = ev("وأطلقت الفصائل عملية عسكرية في ريف حماة تهدف لمنع تمدد قوات النظام نحو الشمال.")
    assert [e.modality for e in events if e.event_type == "operation_launch"] == ["actual"]


def test_strikes_flown_to_prevent_a_regrouping_were_flown():
    events = ev("وشنت طائرات التحالف غارات على مواقع الحوثيين في صرواح أمس لمنع المتمردين من "
                "إعادة تنظيم صفوفهم.")
    assert [(e.event_type, e.modality) for e in events] == [("airstrike", "actual")]


def test_the_move_named_after_the_aim_to_prevent_it_was_prevented():
    events = ev("واتخذت القوات إجراءات للحيلولة دون خروج مسلحي داعش من الرقة أمس.")
    assert [(e.event_type, e.modality) for e in events] == [("movement", "prevented")]


def test_an_english_offensive_aimed_at_preventing_advances_was_launched():
    events = ev("The army launched an offensive in Idlib on Monday aimed at preventing rebel advances.")
    kinds = {(e.event_type, e.modality) for e in events}
    assert ("operation_launch", "actual") in kinds and ("movement", "actual") not in kinds


# --- fighting in the sentence of a capture is its battle only when their days agree
def test_fighting_dated_months_before_a_capture_is_not_the_capture():
    events = ev("ودارت معارك عنيفة في بلدة زنجبار في 12 مايو الماضي، واستعادت قوات الجيش السيطرة "
                "عليها في 3 مارس الجاري.")
    capture = [e for e in events if e.event_type == "territory_change"]
    assert [(e.date_start, e.date_end) for e in capture] == [("2016-03-03", "2016-03-03")]


# --- what was spread was a faith, a fear or a text, not troops
def test_a_faith_spread_across_the_world_deploys_nobody():
    events = ev("وأهل حضرموت يستقبلون النازحين من عدن، وأجدادهم نشروا الاسلام في أصقاع العالم.")
    assert not [e for e in events if e.event_type == "deployment"]


def test_fear_spread_in_the_streets_deploys_nobody():
    events = ev("ونشر المسلحون الحوثيون الرعب في شوارع مدينة تعز أمس.")
    assert not [e for e in events if e.event_type == "deployment"]


def test_a_statement_published_by_a_group_deploys_nobody():
    events = ev("ونشرت جماعة الحوثي بيانا في مدينة تعز أمس عن المفاوضات.")
    assert not [e for e in events if e.event_type == "deployment"]


def test_snipers_spread_on_the_roofs_are_deployed():
    events = ev("ونشرت الميليشيات الحوثية قناصة على أسطح المباني في مدينة تعز أمس.")
    assert [(e.event_type, e.location.name) for e in events] == [("deployment", "Taiz")]


# --- an event told as long past is history named in passing
def _history(text: str) -> list[tuple[str, bool]]:
    return [(e.event_type, e.background) for e in ev(text)]


def test_a_village_shelled_long_ago_is_background():
    assert _history("وتذكر قريتها الجبلية التي قصفها الجيش التركي منذ زمن بعيد في محافظة هكاري.") \
        == [("shelling", True)]


def test_a_village_shelled_years_ago_is_background_in_english_too():
    assert _history("Her mountain village, which the Turkish army shelled years ago, lies in "
                    "Hakkari province.") == [("shelling", True)]


def test_a_reluctance_held_for_long_leaves_the_strikes_current():
    events = ev("وسمحت تركيا المتحفظة منذ فترة طويلة لطائرات التحالف بشن غارات جوية على مواقع "
                "التنظيم في مدينة الرقة أمس.")
    assert [e.background for e in events if e.event_type == "airstrike"] in ([False], [])


def test_a_strike_of_yesterday_compared_with_one_years_ago_is_current():
    events = ev("وقصف الجيش التركي أمس قرى في محافظة هكاري، كما فعل قبل سنوات.")
    assert [(e.event_type, e.background) for e in events] == [("shelling", False)]


# --- the answer of a "لو" after a comma is what would have been
def test_what_would_have_happened_had_she_stayed_did_not_happen():
    events = ev("وقالت إنها لو بقيت في قريتها قرب مدينة هكاري، لربما قتلت على يد المسلحين.")
    assert not [e for e in events if e.modality == "actual"]


# --- a place under fire since a war began is a state; a deed dated in its clause is not
def test_a_camp_under_shelling_since_the_war_began_is_a_state():
    events = ev("وأشار إلى أن مخيم درعا يتعرض منذ بدء الحرب في سوريا لقصف مستمر بالصواريخ.")
    assert not [e for e in events if not e.background]


def test_an_offensive_of_last_month_is_dated_though_its_clause_names_the_war():
    events = ev("وفي الشهر الماضي شنت الفصائل هجوما على القوات الحكومية في مدينة درعا التي تفتقر "
                "المعارضة فيها إلى الدفاع الجوي منذ بدء الحرب.")
    assert [(e.date_start, e.date_end) for e in events] == [("2016-02-01", "2016-02-29")]


# --- a sentence carried out by a court is justice, not war
def test_a_murderer_executed_by_the_court_is_no_conflict_event():
    assert ev("تنفيذ حكم القتل قصاصا في مواطن قتل آخر طعنا بالسكين في مدينة جازان.") == []


def test_a_vow_of_retribution_leaves_the_attack_it_answers():
    events = ev("وقتل مسلحون ثلاثة جنود في هجوم على حاجز في العريش أمس، وتوعد الجيش بالقصاص من القتلة.")
    assert [(c.category, c.low) for e in events for c in e.claims] == [("killed", 3)]


# --- an attempt whose own aim follows it leaves the deed before it done
def test_jets_that_struck_a_ship_trying_to_dock_struck_it():
    events = ev("وقال المتحدث إن طائرات الجيش هاجمت سفينة صغيرة كانت تحاول الرسو في ميناء درنة أمس.")
    assert [(e.event_type, e.modality) for e in events] == [("airstrike", "actual")]


def test_an_attack_told_as_a_failed_attempt_was_attempted():
    events = ev("وفي درنة هاجم المسلحون أمس حاجزا في محاولة فاشلة.")
    assert [e.modality for e in events] == ["attempted"]


def test_strikes_on_fighters_trying_to_advance_happened_and_the_advance_was_tried():
    events = ev("وشنت مقاتلات التحالف أمس 12 غارة على مسلحين حوثيين كانوا يحاولون التقدم باتجاه عدن.")
    assert {(e.event_type, e.modality) for e in events} == {("airstrike", "actual"),
                                                            ("movement", "attempted")}


def test_wild_boars_that_kill_a_man_are_no_armed_actor():
    assert ev("خنازير برية تقتل رجلا في جزيرة صقلية الإيطالية أمس") == []


# --- أغار: a raid, from the air when aircraft make it
def test_jets_that_raided_positions_made_an_air_strike():
    events = ev("وأغارت طائرات التحالف على مواقع الحوثيين في مدينة صعدة أمس.")
    assert [(e.event_type, e.location.name) for e in events] == [("airstrike", "Sa'dah")]


def test_troops_that_raided_a_group_fought_it():
    events = ev("كما أغارت القوات العراقية على مجموعة من المسلحين في الرمادي أمس وقتلت خمسة منهم.")
    assert [(e.event_type, [c.low for c in e.claims]) for e in events] == [("clash", [5])]


# --- the country across a border says which border, not where the event was
def test_a_bombing_on_the_border_with_nigeria_is_not_in_nigeria():
    events = ev("وقتل عشرة أشخاص في تفجير انتحاري في بلدة حدودية على الحدود مع نيجيريا أمس.")
    assert [e.location.name for e in events if e.location] != ["Nigeria"]
    assert [(c.category, c.low) for e in events for c in e.claims] == [("killed", 10)]


# --- a list of aims joined by و goes back to its first
def test_the_last_of_a_plots_listed_aims_is_an_aim():
    events = ev("وقبضت قوات الأمن على خلية كانت تسعى من الخارج لإثارة الفتنة الطائفية وإشاعة الفوضى "
                "وتفجير مساجد في مدينة الدمام.")
    assert not [e for e in events if e.event_type == "attack" and e.modality == "actual"]


# --- what is shown of an event is what a cue may govern, not the event itself
def test_a_ban_on_pictures_of_a_bombing_leaves_the_bombing_done():
    events = ev("وقالت الوكالة إن السلطات حجبت موقع تويتر لمنع نشر صور تفجير مدينة سروج أمس.")
    assert [(e.event_type, e.modality) for e in events] == [("attack", "actual")]


def test_a_birthplace_is_not_muscat():
    events = ev("وقصفت قوات المعارضة بلدة الزويك بريف اللاذقية، مسقط رأس القائد، أمس.")
    assert "Muscat" not in [e.location.name for e in events if e.location]


# --- weapons taken as booty fire no shell; enslavement is no town in Pakistan
def test_an_artillery_battery_seized_is_no_shelling():
    assert ev("وفي مدينة عمران تم الاستيلاء على بطارية مدفعية ومجموعة دبابات أمس.") == []


def test_enslavement_is_not_sibi():
    events = ev("وتفاخر التنظيم بتفجيرات انتحارية وعمليات السبي في مقاطع نشرها أمس.")
    assert "Sibi" not in [e.location.name for e in events if e.location]


# --- a fight named as an aim launches nothing; a crash is an accident
def test_efforts_to_fight_the_group_that_began_to_show_launch_no_operation():
    assert ev("وقال الوزير إن تفاصيل تنسيق الجهود الدولية لمحاربة تنظيم داعش بدأت تظهر أمس.") == []


def test_the_goal_of_an_operation_launched_last_month_keeps_the_launch():
    events = ev("وقال المصدر إن تحرير أبين هو الهدف الراهن لعملية «السهم الذهبي» التي أطلقتها "
                "قوات التحالف منتصف الشهر الماضي.")
    assert "operation_launch" in [e.event_type for e in events]


def test_a_helicopter_crash_is_an_accident():
    assert ev("وأعلنت مصادر عسكرية مقتل تسعة أشخاص جراء حادث تحطم مروحية في إقليم بلوشستان أمس.") == []


# --- the dead of an attack told beside a plot were not planned
def test_the_toll_of_an_attack_told_after_a_plot_is_an_actual_attacks():
    events = ev("وفككت قوات الأمن خلية كانت تعتزم تنفيذ هجمات في مدينة سوسة. وكان مسلح قتل 38 سائحا "
                "في هجوم على فندق في المدينة الشهر الماضي.")
    tolls = [(e.modality, c.low) for e in events for c in e.claims]
    assert tolls == [("actual", 38)]


def test_an_attack_told_as_the_cause_of_measures_against_a_plot_happened():
    events = ev("وأعلنت الوزارة تفكيك خلية كانت تعتزم تنفيذ هجمات، بعد أن عززت الشرطة إجراءاتها إثر "
                "هجوم على منتجع في مدينة سوسة قتل فيه 38 سائحا.")
    assert [(e.modality, c.low) for e in events for c in e.claims] == [("actual", 38)]


def test_the_last_topic_of_talks_is_no_fight():
    events = ev("وزار الوزير موسكو أمس لمناقشة سبل حل الأزمة السورية والوضع في اليمن ومواجهة تنظيم داعش.")
    assert [e for e in events if e.event_type == "clash"] == []

"""find_losses: casualty and destruction claims with UCDP low/best/high."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from events.extract.dates import find_dates
from events.extract.doc import Doc
from events.extract.quantities import find_losses
from events.extract.sentences import split_sentences

SEED = Path(__file__).resolve().parents[1] / "data" / "articles" / "000_52d545aa72dbd2d1.txt"


def losses(text: str) -> list:
    d = Doc(text, published=date(2017, 6, 2))
    split_sentences(d)
    find_dates(d)
    find_losses(d)
    return d.losses


def claims(text: str) -> list[tuple]:
    return [(m.category, m.who, m.qualifier, m.low, m.best, m.high) for m in losses(text)]


def test_a_count_that_ends_a_list_of_the_dead_is_part_of_the_toll():
    # "بينهم نساء وأطفال وجندي واحد": the soldier is one of the 15, not one more
    assert [(c, lo) for c, _, _, lo, _, _ in claims(
        "وقال المحافظ إن المعلومات تشير إلى مقتل 12 شخصا على الأقل في الهجوم من بينهم نساء "
        "وأطفال وشرطي واحد على الأقل، وإصابة 30 آخرين")] == [("killed", 12), ("injured", 30)]
    assert [(c, lo) for c, _, _, lo, _, _ in claims(
        "Eleven civilians were killed, among them a child and two women")] == [("killed", 11)]


def test_others_counted_after_a_list_of_the_dead_are_a_group_of_their_own():
    assert [(c, lo) for c, _, _, lo, _, _ in claims(
        "قتل سبعة مدنيين بينهم طفل وامرأتان و9 آخرين أصيبوا في قصف على حلب")] == [
        ("killed", 7), ("injured", 9)]
    assert [(c, lo) for c, _, _, lo, _, _ in claims(
        "Seven civilians were killed among them a child and two women while 44 others were "
        "injured")] == [("killed", 7), ("injured", 44)]


def test_sohr_style_killed_and_injured():
    assert claims("مقتل 12 مدنياً وإصابة 20 آخرين جراء غارات جوية على مدينة سراقب بريف إدلب") == [
        ("killed", "civilians", "exact", 12, 12, 12), ("injured", "civilians", "exact", 20, 20, 20)]


def test_arabic_indic_digits_and_a_subset_that_is_no_claim_of_its_own():
    # "بينهم ٤ أطفال" is part of the 15 (the annotation guide: subsets are no loss entries);
    # as a claim of its own the totals would read 19
    assert claims("قُتل ١٥ شخصاً بينهم ٤ أطفال في قصف على دوما") == [
        ("killed", "unknown", "exact", 15, 15, 15)]
    assert claims("أصيب 20 شخصا بينهم عدد من الأطفال في انفجار بالموصل") == [
        ("injured", "unknown", "exact", 20, 20, 20)]


@pytest.mark.parametrize("text, qualifier, low, best, high", [
    ("قتل أكثر من 80 إرهابياً", "more_than", 80, None, None),
    ("مقتل ما يزيد عن 40 مسلحا", "more_than", 40, None, None),
    ("مقتل ما يزيد على 40 مسلحا", "more_than", 40, None, None),
    ("مقتل أزيد من 40 مسلحا", "more_than", 40, None, None),
    ("مقتل نحو 25 مسلحا", "about", None, 25, None),
    ("مقتل حوالي 25 مسلحا", "about", None, 25, None),
    ("مقتل قرابة 25 مسلحا", "about", None, 25, None),
    ("مقتل زهاء 25 مسلحا", "about", None, 25, None),
    ("مقتل ما يقارب 25 مسلحا", "about", None, 25, None),
    ("مقتل 25 مسلحا تقريبا", "about", None, 25, None),
    ("مقتل ما لا يقل عن 30 عنصراً", "at_least", 30, None, None),
    ("مقتل 30 عنصراً على الأقل", "at_least", 30, None, None),
    ("مقتل حتى 10 مدنيين", "up_to", None, None, 10),
    ("مقتل ما يصل إلى 10 مدنيين", "up_to", None, None, 10),
    ("مقتل بين 12 و20 مدنيا", "about", 12, None, 20),
    ("مقتل 12 إلى 20 مدنيا", "about", 12, None, 20),
    ("سقط عشرات القتلى في القصف", "vague", 10, None, None),
    ("مقتل العشرات من المدنيين", "vague", 10, None, None),
    ("مقتل مئات المدنيين", "vague", 100, None, None),
    ("نزوح آلاف المدنيين ومقتل آلاف المدنيين", "vague", 1000, None, None),
])
def test_qualifiers(text, qualifier, low, best, high):
    (m,) = losses(text)
    assert (m.qualifier, m.low, m.best, m.high) == (qualifier, low, best, high)


def test_range_is_one_claim_spanning_both_numbers():
    (m,) = losses("مقتل بين 12 و20 مدنيا")
    assert m.text == "بين 12 و20 مدنيا"


@pytest.mark.parametrize("text, category", [
    ("أسفرت الغارة عن مقتل 7 أشخاص", "killed"),
    ("سقوط 9 قتلى", "killed"),
    ("سقوط 9 جرحى", "injured"),
    ("إصابة 20 شخصا", "injured"),
    ("أسر 5 جنود", "captured"),
    ("اعتقال 7 أشخاص", "captured"),
    ("تدمير 36 مركبة", "vehicles_destroyed"),
    ("تدمير 4 آليات", "vehicles_destroyed"),
    ("تدمير 8 صهاريج", "tankers_destroyed"),
    ("تدمير 3 دبابات", "tanks_destroyed"),
    ("إسقاط طائرتين و3 مروحيات", "aircraft_destroyed"),
    ("تدمير 2 مدفع و4 راجمات صواريخ", "weapons_destroyed"),
    ("تدمير 12 منزلا", "buildings_destroyed"),
    ("تدمير 4 سيارات رباعية الدفع مزودة برشاش", "technicals_destroyed"),
])
def test_categories(text, category):
    assert losses(text)[-1].category == category


def test_coordination_carries_the_verb():
    got = claims("وتدمير 36 سيارة و8 صهاريج و17 سيارة «بيك آب» مزودة برشاشات وقذائف")
    assert [(c[0], c[3]) for c in got] == [
        ("vehicles_destroyed", 36), ("tankers_destroyed", 8), ("technicals_destroyed", 17)]


@pytest.mark.parametrize("text, who", [
    ("مقتل 3 أطفال", "civilians"), ("مقتل 3 نساء", "civilians"), ("مقتل 3 مدنيين", "civilians"),
    ("مقتل 3 إرهابيين", "fighters"), ("مقتل 3 مسلحين", "fighters"), ("مقتل 3 مقاتلين", "fighters"),
    ("مقتل 3 عناصر من تنظيم داعش", "fighters"), ("مقتل 3 عناصر من قوات النظام", "soldiers"),
    ("مقتل 3 عناصر من الجيش", "soldiers"), ("مقتل 3 جنود", "soldiers"),
    ("مقتل 3 عسكريين", "soldiers"), ("مقتل 3 أشخاص", "unknown"),
])
def test_who(text, who):
    (m,) = losses(text)
    assert m.who == who and m.category == "killed"


def test_one_of_the_people_after_an_action_is_one_victim_unless_it_acts_on_others():
    assert claims("قتل أحد المسلحين")[0][:4] == ("killed", "fighters", "exact", 1)
    assert [c for c in claims("قتل أحد المسلحين شرطيا") if c[1] == "fighters"] == []
    assert [c[3] for c in claims("قتل أحد المسلحين ثلاثة جنود")] == [3]


def test_number_words():
    (m,) = losses("مقتل ستة وثلاثين شخصاً في الغارة")
    assert (m.low, m.text) == (36, "ستة وثلاثين شخصاً")
    assert claims("وأصيب ثلاثة مدنيين")[0][:4] == ("injured", "civilians", "exact", 3)
    assert claims("مقتل مدنيين اثنين")[0][:4] == ("killed", "civilians", "exact", 2)


@pytest.mark.parametrize("text", [
    "وغادرت 3 قوافل تنقل مسلحين الرقة",
    "أحبطت القوات محاولتين للخروج",
    "وصلت 36 مركبة إلى المدينة",
    "عقد الاجتماع في الساعة 5 مساء",
    "قتل 50% من السكان",
    "بلغت الخسائر 3 ملايين دولار",
    "وفقا للمادة 3 من القانون",
    "في 25 مايو 2017 قتل الطيران",
    "خلال عام 2016",
    "للمرة الثانية",
])
def test_not_losses(text):
    assert losses(text) == []


def test_offsets_text_and_sentence():
    d = Doc("قصف عنيف. وأسفر عن مقتل أكثر من 80 إرهابياً.", published=date(2017, 6, 2))
    split_sentences(d)
    find_losses(d)
    (m,) = d.losses
    assert m.sentence == 1
    assert d.surface(m.start, m.end).startswith("أكثر من 80 إرهابيا")
    assert d.norm[m.number_start:m.number_end] == "80"


def test_english():
    assert claims("Airstrikes killed at least 12 civilians and wounded dozens of others") == [
        ("killed", "civilians", "at_least", 12, None, None),
        ("injured", "civilians", "vague", 12, None, None)]


@pytest.mark.skipif(not SEED.exists(), reason="seed article absent")
def test_seed_article():
    got = [(m.category, m.qualifier, m.low, m.best) for m in losses(SEED.read_text(encoding="utf-8"))]
    assert got.count(("killed", "more_than", 80, None)) == 2
    assert got.count(("vehicles_destroyed", "exact", 36, 36)) == 2
    assert ("tankers_destroyed", "exact", 8, 8) in got
    assert ("technicals_destroyed", "exact", 17, 17) in got
    assert len(got) == 6


def test_another_one_and_a_third_one_after_an_action_count_one():
    # (one of the same kind: the soldiers' comrade)
    assert claims("قتل جنديان وأصيب آخر في الانفجار") == [
        ("killed", "soldiers", "exact", 2, 2, 2), ("injured", "soldiers", "exact", 1, 1, 1)]
    assert claims("لقي شرطيان حتفهما وجرح ثالث") == [
        ("killed", "soldiers", "exact", 2, 2, 2), ("injured", "soldiers", "exact", 1, 1, 1)]
    assert claims("دمرت الطائرات آخر معاقل التنظيم") == []


def test_dual_nouns_count_two():
    assert claims("مقتل شخصين وإصابة جنديين") == [
        ("killed", "unknown", "exact", 2, 2, 2), ("injured", "soldiers", "exact", 2, 2, 2)]
    assert [c[:4] for c in claims("تدمير دبابتين وسيارتين")] == [
        ("tanks_destroyed", "unknown", "exact", 2), ("vehicles_destroyed", "unknown", "exact", 2)]
    assert claims("مقتل مدنيين في القصف") == []  # a sound plural, not a dual
    assert len(losses("مقتل شخصين اثنين")) == 1


def test_bare_number_after_an_action():
    assert claims("مصرع 4 وإصابة 7 آخرين في انفجار عبوة ناسفة") == [
        ("killed", "unknown", "exact", 4, 4, 4), ("injured", "unknown", "exact", 7, 7, 7)]
    assert claims("قتل 5 في القصف")[0][:4] == ("killed", "unknown", "exact", 5)
    assert claims("قتل 5 صواريخ") == []


@pytest.mark.parametrize("text, expected", [
    # Gulf / Saudi
    ("لقي 3 أشخاص مصرعهم وأصيب 5 آخرون في حادث استهداف بمقذوف حوثي على جازان",
     [("killed", "unknown", 3), ("injured", "unknown", 5)]),
    # Egyptian
    ("مصرع ٤ إرهابيين وإصابة ٣ مجندين في تبادل لإطلاق النار بشمال سيناء",
     [("killed", "fighters", 4), ("injured", "soldiers", 3)]),
    # Iraqi
    ("استشهاد 3 منتسبين وإصابة 6 آخرين بتفجير انتحاري جنوب بغداد",
     [("killed", "soldiers", 3), ("injured", "soldiers", 6)]),
    # Maghrebi (Algeria)
    ("تم القضاء على 7 إرهابيين وتوقيف 2 آخرين يوم 12 جوان",
     [("killed", "fighters", 7), ("captured", "fighters", 2)]),
    # Levantine / SOHR
    ("ارتفع إلى 45 عدد القتلى جراء القصف", []),
    ("ارتفعت حصيلة القتلى إلى 45 شخصا بينهم 11 طفلا",
     [("killed", "unknown", 45)]),
    ("أسفر القصف الجوي عن مقتل ستة مدنيين بينهم امرأتان",
     [("killed", "civilians", 6)]),
    # Yemen
    # a combined "killed and wounded" figure counts under both (the annotation guide's rule)
    ("مقتل وإصابة 20 حوثيا في غارات للتحالف", [("injured", "fighters", 20), ("killed", "fighters", 20)]),
])
def test_regional_styles(text, expected):
    assert [(c[0], c[1], c[3] if c[3] is not None else c[4]) for c in claims(text)] == expected


def test_rates_and_other_counts_after_a_toll_noun_are_not_claims():
    assert claims("تراجعت خطورة الإصابة بالإنفلونزا 20 في المئة") == []
    # (a war word there — "نزاع أوقع…" — makes it the war's toll: `running_totals._war_toll`)
    assert claims("هجمات أوقعت أكثر من أربعين ألف قتيل في ثلاثين عاما") == [
        ("killed", "unknown", "more_than", 40000, None, None)]


def test_bare_number_takes_a_trailing_qualifier():
    assert claims("مقتل 31 على الأقل في تفجيرين")[0][2:4] == ("at_least", 31)


def test_singular_after_an_action_counts_one():
    assert claims("أسفرت عن مقتل شرطي وتدمير عدد من المنازل") == [
        ("killed", "soldiers", "exact", 1, 1, 1),
        ("buildings_destroyed", "unknown", "vague", None, None, None)]  # no figure: vague
    assert claims("إصابة طفل بجروح")[0][:4] == ("injured", "civilians", "exact", 1)
    assert claims("مقتل الجندي") == []  # a known person, already counted where first reported
    assert len(losses("مقتل شخص واحد")) == 1


def test_counted_as_members_of_a_group():
    assert claims("قتلت الغارات 3042 من تنظيم داعش بينهم عشرات القياديين") == [
        ("killed", "fighters", "exact", 3042, 3042, 3042)]  # the leaders are among the 3042
    assert claims("مقتل 5 من قوات النظام")[0][:2] == ("killed", "soldiers")
    assert claims("هاجمت سيارة على متنها 4 من عناصر الدرك ما أدى إلى مقتل 3 منهم")[-1][:4] == (
        "killed", "unknown", "exact", 3)
    assert claims("تقاتل 5 تنظيمات في المنطقة") == []


def test_people_verb_after_an_unknown_noun():
    assert claims("أعلن المرصد أن 12 سوريا قتلوا في قصف")[0][:4] == ("killed", "unknown", "exact", 12)
    assert claims("سقط 12 صاروخا قتلت 5 مدنيين") == [("killed", "civilians", "exact", 5, 5, 5)]


def test_an_action_in_an_earlier_clause_does_not_carry_over_a_comma():
    assert claims("أصيب عشرات، وأجلت السلطات 9900 شخص عن بيوتهم") == [
        ("injured", "unknown", "vague", 10, None, None)]


def test_prisoners_need_an_action():
    assert claims("شرع 120 أسيرا بالإضراب المفتوح عن الطعام") == []
    assert claims("أسر 12 أسيرا من قوات النظام")[0][:4] == ("captured", "soldiers", "exact", 12)


def test_definite_duals_are_people_already_reported():
    assert claims("وعبر عن فخره أثناء زيارته لأسرتي الشهيدين") == []


def test_english_verb_after_the_noun():
    assert claims("At least 12 civilians were killed and 20 others wounded in airstrikes.") == [
        ("killed", "civilians", "at_least", 12, None, None), ("injured", "civilians", "exact", 20, 20, 20)]
    assert claims("Russian jets killed more than 80 militants and destroyed 36 vehicles.") == [
        ("killed", "fighters", "more_than", 80, None, None), ("vehicles_destroyed", "unknown", "exact", 36, 36, 36)]
    assert claims("أسر 5 جنود قتل منهم 2")[0][:4] == ("captured", "soldiers", "exact", 5)


def test_range_with_a_qualifier_and_wounds_after_a_bare_number():
    (m,) = losses("مقتل نحو 20 إلى 30 مسلحا")
    assert (m.text, m.qualifier, m.low, m.high) == ("نحو 20 إلى 30 مسلحا", "about", 20, 30)
    assert claims("أصيب العشرات بجروح") == [("injured", "unknown", "vague", 10, None, None)]
    assert claims("مقتل ١٬٥٠٠ شخص")[0][3] == 1500


@pytest.mark.parametrize("text, expected", [
    # SOHR-style Syrian: the verb agrees with the counted noun across its complement
    ("٧ عناصر من قوات النظام قتلوا في الهجوم", [("killed", "soldiers", 7)]),
    ("وثق المرصد أن 9 عناصر من قوات النظام والمسلحين الموالين لها قتلوا في هجوم للتنظيم",
     [("killed", "soldiers", 9)]),
    ("3 مسلحين من جماعة الحوثي قتلوا في غارة على صعدة", [("killed", "fighters", 3)]),
    ("ثلاثة مدنيين أصيبوا بجروح", [("injured", "civilians", 3)]),
    ("عشرة عناصر من الشرطة أصيبوا بجروح متفاوتة", [("injured", "soldiers", 10)]),
    ("12 مسلحا لقوا حتفهم", [("killed", "fighters", 12)]),
    # Iraqi
    ("أفادت مصادر أمنية بأن ثلاثة منتسبين في الحشد الشعبي استشهدوا بانفجار عبوة ناسفة",
     [("killed", "soldiers", 3)]),
    # Yemeni: feminine plural verbs
    ("قال مصدر طبي إن 4 نساء قتلن وأصيب 6 أطفال في قصف على تعز",
     [("killed", "civilians", 4), ("injured", "civilians", 6)]),
    # Egyptian: a dual verb after a dual noun
    ("جنديان لقيا حتفهما في هجوم إرهابي بشمال سيناء", [("killed", "soldiers", 2)]),
    ("5 مسلحين أسروا خلال المداهمة", [("captured", "fighters", 5)]),
    # Yemeni: the idiom's tail agrees across a long complement
    ("لقي 7 من عناصر ميليشيا الحوثي الانقلابية مصرعهم وأصيب 12 آخرون",
     [("killed", "fighters", 7), ("injured", "fighters", 12)]),
    ("خمسة من أفراد الأمن استشهدوا", [("killed", "soldiers", 5)]),
    ("أعلنت وزارة الدفاع أن 6 عسكريين استشهدوا وأصيب 9 آخرون",
     [("killed", "soldiers", 6), ("injured", "soldiers", 9)]),
    ("أكثر من 20 مدنيا قتلوا", [("killed", "civilians", 20)]),
    # a partitive of people we do not list: the verb still agrees with the count
    ("7 من أبناء العشيرة قتلوا في الاشتباكات", [("killed", "unknown", 7)]),
    ("وقال شهود إن 5 من سكان الحي المجاور أصيبوا بجروح", [("injured", "unknown", 5)]),
    # a plural verb never agrees with "one": واحدة describes the family
    ("قال إن 4 من أفراد عائلة واحدة قتلوا", [("killed", "unknown", 4)]),
])
def test_verb_after_the_counted_noun(text, expected):
    assert [(c[0], c[1], c[3]) for c in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("لقي ستة وثلاثون عنصراً مصرعهم", [("killed", "fighters", 36)]),
    ("لقي 5 أشخاص حتفهم في حادث انقلاب مدرعة", [("killed", "unknown", 5)]),
    ("لقي أحد عشر شخصا مصرعهم", [("killed", "unknown", 11)]),
    ("سقط 20 قتيلا في الاشتباكات", [("killed", "unknown", 20)]),
    ("سقط 4 مدنيين قتلى في القصف", [("killed", "civilians", 4)]),
    ("نقل 5 مدنيين جرحى إلى المستشفى", [("injured", "civilians", 5)]),
    ("أسفر القصف عن سقوط 14 قتيلا و30 جريحا",
     [("killed", "unknown", 14), ("injured", "unknown", 30)]),
    # Maghrebi (Algerian MDN): the subject splits قضى ... على
    ("قضت القوات على 3 إرهابيين", [("killed", "fighters", 3)]),
    ("قضت وحدات الجيش الوطني الشعبي على 3 إرهابيين ببرج باجي مختار", [("killed", "fighters", 3)]),
    ("قضى الجيش على إرهابي خطير", [("killed", "fighters", 1)]),
    ("تم تحييد 10 إرهابيين", [("killed", "fighters", 10)]),
    ("تمكنت مفرزة للجيش من تحييد خمسة إرهابيين", [("killed", "fighters", 5)]),
    ("استشهد 4 جنود", [("killed", "soldiers", 4)]),
    ("قضى فيها 5 مدنيين", [("killed", "civilians", 5)]),
    # Libyan / Tunisian
    ("أسفرت الاشتباكات عن هلاك 5 من عناصر التنظيم", [("killed", "fighters", 5)]),
])
def test_casualty_idioms(text, expected):
    assert [(c[0], c[1], c[3]) for c in claims(text)] == expected


@pytest.mark.parametrize("text", [
    "لقي ترحيبا",
    "لقي 3 وزراء ترحيبا حارا",
    "لقي المقترح ترحيبا من 3 دول",
    "قضى 3 سنوات في السجن",
    "قضى المتهم 3 سنوات في السجن",
    "قضت المحكمة على 3 متهمين بالسجن",
    "قضى القاضي على 3 عناصر من التنظيم بالسجن المؤبد",
    "قضى الجيش أسبوعا في ملاحقة 20 مسلحا",
    "وصل 3 جنود لإسعاف من أصيبوا",  # من before a verb is "whoever", not a partitive
    "وصل 3 من الأطباء لإسعاف من أصيبوا",
    "قضت المحكمة العسكرية على 5 عناصر من داعش بالإعدام",
    "وغادرت 3 قوافل تقل مسلحين",
    "محاولتين للتسلل أحبطتا",
    "سقط 3 صواريخ على المدينة",
    "5 آلاف دولار دفعت",
    "أكد أن 30 بالمئة من الجرحى أصيبوا بالرصاص",
    "في 12 يونيو 2017 قتلوا",
])
def test_idioms_stay_quiet_on_other_counts(text):
    assert losses(text) == []


def test_a_reported_clause_keeps_its_own_verb():
    # "أنهم قتلوا" tells what the arrested did; the arrest is the claim
    assert claims("اعتقلت الشرطة 5 أشخاص يشتبه أنهم قتلوا شرطيا")[0][:4] == ("captured", "unknown", "exact", 5)
    assert claims("زار 12 مسؤولا المخيم الذي قتل فيه 3 أطفال") == [("killed", "civilians", "exact", 3, 3, 3)]


# --- tolls without a figure: vague claims, never a guessed number
def test_a_toll_without_a_figure_is_a_vague_claim():
    assert claims("وأدى القصف إلى سقوط قتلى في صفوف المدنيين") == [
        ("killed", "unknown", "vague", None, None, None)]
    assert claims("اندلعت اشتباكات أسفرت عن خسائر بشرية") == [
        ("killed", "unknown", "vague", None, None, None)]


def test_killed_and_wounded_without_a_figure_is_two_vague_claims():
    assert [c[0] for c in claims("وتسببت الغارة في سقوط قتلى وجرحى")] == ["killed", "injured"]


def test_a_number_of_people_is_vague_with_its_action_and_who():
    assert claims("قتل عدد من المسلحين في الكمين") == [("killed", "fighters", "vague", None, None, None)]
    assert claims("اعتقلت الشرطة العديد من اللصوص") == []  # no counted noun we know
    assert claims("اعتقلت الشرطة العديد من العناصر") == [
        ("captured", "fighters", "vague", None, None, None)]


def test_coordinated_actions_before_a_vague_amount_give_one_claim_each():
    assert [c[0] for c in claims("تمكنوا من قتل وجرح عدد من المسلحين")] == ["killed", "injured"]


def test_a_negated_toll_is_no_claim():
    assert claims("سقطت قذائف على الحي دون وقوع إصابات") == []
    assert claims("ولم تسفر الغارة عن خسائر بشرية") == []


def test_objects_destroyed_without_a_figure_are_vague():
    assert claims("ودمرت الغارات عددا من الآليات العسكرية") == [
        ("vehicles_destroyed", "unknown", "vague", None, None, None)]


def test_duals_of_two_words_count_two():
    assert [(m.category, m.low) for m in losses("أعلنت الوزارة مقتل رجلي أمن في العريش")] == [("killed", 2)]


def test_people_named_by_nationality_or_age_are_counted():
    assert [(m.category, m.low) for m in losses("قتل فلسطيني برصاص القوات")] == [("killed", 1)]
    assert [(m.category, m.low) for m in losses("قتل 3 عراقيين في انفجار")] == [("killed", 3)]


def test_abducted_and_arrested_people_are_captured():
    assert [(m.category, m.low) for m in losses("خطفت الجماعة خمسة من الطلاب")] == [("captured", 5)]
    assert [(m.category, m.low) for m in losses("ضبطت الشرطة خمسة متهمين")] == [("captured", 5)]


def test_a_bare_number_before_a_place_word_counts_people():
    assert [(c, q, low) for c, _, q, low, _, _ in claims("قتل رجل وأصيب سبعة قرب مخبز في البلدة.")] == [
        ("killed", "exact", 1), ("injured", "exact", 7)]


def test_activists_journalists_and_medics_are_civilians_counted_alone_or_in_pairs():
    assert [(x.category, x.low, x.who) for x in losses("قتل ناشطان في قصف على الحي.")] == [
        ("killed", 2, "civilians")]
    assert [(x.category, x.low, x.who) for x in losses("أصيب صحفي برصاص قناص في الحي.")] == [
        ("injured", 1, "civilians")]


def test_a_singular_counted_after_an_action_and_its_pronoun_adverb_is_one():
    assert [(x.category, x.low) for x in losses("اندلعت مواجهات قتل خلالها قيادي في الجماعة.")] == [
        ("killed", 1)]


def test_people_who_underwent_a_harm_are_counted_by_it_not_by_the_verb_before():
    found = [(x.category, x.low) for x in losses("قتل 4 جنود وتعرض 7 آخرون لإصابات في الهجوم.")]
    assert found == [("killed", 4), ("injured", 7)]


def test_a_victim_named_then_titled_is_one_killed():
    found = [(x.category, x.low, x.text) for x in losses(
        "وأكد المرصد مقتل أبو خالد الشامي، القيادي في الجماعة، في غارة على البلدة.")]
    assert found == [("killed", 1, "أبو خالد الشامي")]


def test_a_name_with_no_title_after_it_is_no_claim():
    assert losses("وأعلن الجيش مقتل ما لا يمكن حصره، وفق بيان.") == []


def test_the_commas_around_a_date_do_not_part_an_action_from_its_toll():
    assert [(x.category, x.low) for x in losses("قتل أمس، الجمعة، خمسة أشخاص في قصف على البلدة.")] == [
        ("killed", 5)]


def test_personnel_of_a_force_and_leaders_are_counted_people():
    assert [(x.category, x.low, x.who) for x in losses("وقتل سبعة من منسوبي قوات الأمن في الهجوم.")] == [
        ("killed", 7, "soldiers")]
    assert [(x.category, x.qualifier) for x in losses("واعتقلت الشرطة عددا من القيادات في الجماعة.")] == [
        ("captured", "vague")]

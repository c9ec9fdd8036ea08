"""Who carried out an attack, and whether it was an attack or a clash, in constructions of
Arabic news prose — each with sentences written for it."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles

PUB = date(2017, 6, 2)  # a Friday


def ev(text: str, published: date | None = PUB) -> list[Event]:
    return extract(text, published=published, article_id="t")


# --- "attacks from/of X": the group tied to an event noun by من or ل carried them out
def test_a_village_hit_by_an_attack_from_a_group_names_the_group_as_attacker():
    events = ev("وتعرضت بلدة في ولاية بورنو أمس لهجوم مباغت من مقاتلي بوكو حرام أوقع 7 قتلى من المزارعين.")
    assert [e.event_type for e in events] == ["attack"]
    assert roles(events[0]) == {"Boko Haram": "actor1"}


def test_attacks_of_a_group_after_an_adjective_clause_name_the_group_as_attacker():
    events = ev("ونزح الأهالي من قرى ولاية بورنو الشهر الماضي بعد هجمات كانت الأعنف لجماعة بوكو حرام "
                "قتل فيها العشرات من المدنيين.")
    attacks = [e for e in events if e.event_type == "attack"]
    assert attacks and roles(attacks[0]).get("Boko Haram") == "actor1"


def test_fighters_of_a_group_killed_in_an_army_attack_are_the_side_hit():
    events = ev("وقتل 6 من مسلحي بوكو حرام أمس في هجوم للجيش على معسكر لهم في ولاية بورنو.")
    assert [e.event_type for e in events] == ["clash"]
    assert roles(events[0])["Boko Haram"] == "actor2"



# --- attack or clash: an attack the writer calls terrorist, or one its perpetrator claims, is
# one-sided whoever was hit; a fight between two armed sides is a clash
def test_soldiers_killed_in_a_terrorist_attack_on_a_checkpoint_are_an_attack():
    events = ev("قتل ثلاثة جنود أمس في هجوم إرهابي استهدف حاجزا للجيش في مدينة العريش.")
    assert [e.event_type for e in events] == ["attack"]


def test_policemen_whose_killing_a_group_claimed_were_attacked_not_in_battle():
    events = ev("وتبنى حزب العمال الكردستاني أمس قتل ثلاثة شرطيين في بلدة جيلان بينار.")
    assert [e.event_type for e in events] == ["attack"]
    assert roles(events[0])["Kurdistan Workers' Party"] == "actor1"


def test_soldiers_killed_in_fighting_with_a_group_are_a_clash():
    events = ev("وقتل ثلاثة جنود أمس في اشتباكات مع مسلحي حزب العمال الكردستاني في بلدة جيلان بينار.")
    assert [e.event_type for e in events] == ["clash"]


def test_an_army_reporting_a_blow_on_its_own_forces_is_its_claimant_not_its_attacker():
    events = ev("وذكر الجيش التركي أن الهجوم نفذ أمس بسيارة مفخخة على موقع لقوات الأمن في بلدة ليجي "
                "وأوقع قتيلين.")
    assert [e.event_type for e in events] == ["attack"]
    assert roles(events[0]) == {"Turkish security forces": "actor2"}
    assert events[0].claims[0].claimant == "Turkish Armed Forces"


def test_an_attack_on_a_police_station_that_killed_policemen_is_an_attack():
    events = ev("وهاجم مسلحون من حزب العمال الكردستاني أمس مركزا للشرطة في بلدة جيلان بينار ما أدى إلى "
                "مقتل شرطيين.")
    assert [e.event_type for e in events] == ["attack"]


def test_positions_of_a_force_attacked_by_fighters_are_a_clash():
    events = ev("وهاجم مسلحون من حزب العمال الكردستاني أمس مواقع للجيش في بلدة جيلان بينار ما أدى إلى "
                "مقتل جنديين.")
    assert [e.event_type for e in events] == ["clash"]


def test_towers_struck_with_hijacked_airliners_are_an_attack_not_an_air_strike():
    events = ev("وفي عام 2001 هاجم تنظيم القاعدة برجي مركز التجارة في نيويورك بواسطة طائرات مدنية "
                "مخطوفة.")
    assert [e.event_type for e in events] == ["attack"]


def test_an_english_attack_on_a_consulate_is_an_attack():
    events = extract("Gunmen from the DHKP-C attacked the US consulate in Istanbul on Monday, "
                     "wounding two policemen.", published=PUB, language="en", article_id="t")
    assert "clash" not in [e.event_type for e in events]


# --- gunmen with no name: a party of their own unless counted or named right after
def test_gunmen_who_attack_a_bus_are_an_unidentified_armed_group():
    events = ev("هاجم مسلحون أمس حافلة تقل عمالا على الطريق الدولي قرب مدينة العريش.")
    assert [e.event_type for e in events] == ["attack"]
    assert roles(events[0]) == {"Unidentified armed group": "actor1"}


def test_gunmen_of_a_named_group_are_that_group():
    events = ev("وهاجم مسلحون من بوكو حرام قرية في ولاية بورنو أمس.")
    assert [a.name for a in events[0].actors] == ["Boko Haram"]


def test_gunmen_counted_in_a_toll_are_its_victims_not_a_party():
    events = ev("وقتل 12 مسلحا في اشتباكات مع الجيش في ولاية بورنو أمس.")
    assert "Unidentified armed group" not in roles(events[0])
    assert [(c.category, c.low) for c in events[0].claims] == [("killed", 12)]


def test_the_gunmen_after_a_named_group_are_that_group():
    events = ev("هاجم عناصر من حركة طالبان نقطة للشرطة في ولاية قندوز، وقتل المسلحون ثلاثة من "
                "رجال الشرطة.")
    assert {a.name for e in events for a in e.actors} <= {"Taliban", "Afghan security forces"}


# --- victims named by their trade or their journey are counted like civilians
def test_passengers_farmers_and_travellers_killed_or_wounded_are_counted():
    told = {"قتل سبعة ركاب في هجوم استهدف حافلة في مدينة العريش أمس.": ("killed", 7),
            "لقي 4 مزارعين حتفهم في قصف مدفعي على قرية في ريف حماة أمس.": ("killed", 4),
            "أصيب ثلاثة مسافرين بجروح في انفجار عبوة ناسفة على طريق العريش أمس.": ("injured", 3)}
    for text, (category, n) in told.items():
        (event,) = ev(text)
        assert [(c.category, c.low, c.who) for c in event.claims] == [(category, n, "civilians")]


def test_new_gunmen_named_after_a_group_are_not_that_group():
    # indefinite gunmen are new ones: a prisoner swap between the Houthis and tribal gunmen
    # has two parties
    events = ev("وجرت أمس صفقة تبادل أسرى بين جماعة الحوثي ومسلحين قبليين في محافظة البيضاء.")
    assert [e.event_type for e in events] == ["agreement"]
    assert {a.name for a in events[0].actors} == {"Houthis", "Unidentified armed group"}


def test_soldiers_counted_of_a_force_after_an_attack_noun_are_its_victims_not_its_attackers():
    events = ev("وأودى الهجوم أمس بحياة 12 جنديا من قوات الأمن في مدينة العريش.")
    assert roles(events[0]).get("Egyptian armed forces") == "actor2"


def test_gunmen_a_convoy_carries_are_the_group_the_event_names_not_a_party():
    events = ev("وحاول عناصر تنظيم داعش أمس الخروج من مدينة الموصل باتجاه الحدود. وغادرت قافلتان "
                "تنقلان مسلحين الموصل أمس باتجاه الحدود.")
    moves = [e for e in events if e.event_type == "movement"]
    assert moves and all(a.name != "Unidentified armed group" for e in moves for a in e.actors)


def test_gunmen_fighting_an_army_in_their_own_sentence_are_its_opponents():
    events = ev("واندلعت أمس اشتباكات بين الجيش ومسلحين في مدينة الرمادي.")
    assert set(roles(events[0])) == {"Iraqi security forces", "Unidentified armed group"}


# --- gunfire with the shooter named inside "أطلق … النار على"; "يعتقد أنهم من X" is their side
def test_gunmen_who_opened_fire_on_a_police_patrol_attacked_it():
    (e,) = extract("أطلق مسلحون ملثمون النار على دورية للشرطة في مدينة سرت مساء الثلاثاء.",
                   published=PUB, article_id="t")
    roles = {a.role: a.name for a in e.actors}
    assert roles["actor1"] == "Unidentified armed group"
    assert roles.get("actor2") != "Unidentified armed group"


def test_a_shot_dead_idiom_counts_one_killed():
    (e,) = extract("اعترض مسلحون سيارة قاض في مدينة درنة وأطلقوا النار عليه فأردوه قتيلا.",
                   published=PUB, article_id="t")
    assert [(c.category, c.low) for c in e.claims] == [("killed", 1)]


def test_the_group_kidnappers_are_believed_to_belong_to_is_with_them_not_against_them():
    (e,) = extract("خطف مسلحون يعتقد أنهم من حركة الشباب ثلاثة مهندسين في مدينة بيداوة.",
                   published=PUB, article_id="t")
    roles = {a.name: a.role for a in e.actors}
    assert roles.get("Al-Shabaab") != "actor2"
    assert e.event_type == "attack"


def test_an_armed_alliance_described_before_its_name_is_that_group():
    (e,) = extract("واستولى تحالف مسلح يعرف باسم فجر ليبيا على مطار مدينة مصراتة أمس.",
                   published=PUB, article_id="t")
    assert [(a.role, a.name) for a in e.actors] == [("actor1", "Libya Dawn")]

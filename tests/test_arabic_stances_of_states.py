"""A state named as the owner of a stance, a sympathy or an effort ("وقوف الأردن مع الكويت",
"تعازي المغرب", "جهود عمان") is a party speaking, not where anything happened: a
condemnation that says so places no attack in the condemning state."""
from datetime import date

from events.extract.pipeline import extract
from tests.extracting import place_uses_on

DAY = date(2015, 8, 10)


_uses = place_uses_on(DAY)


def test_standing_with_a_country_names_a_party():
    text = "وقال الوزير إن بلاده تدين هذا التفجير الإرهابي، مؤكدا وقوف الأردن مع الكويت."
    assert _uses(text)["Jordan"] == "actor"


def test_condolences_of_a_country_name_a_party():
    text = "وعبر البيان عن تعازي المغرب لأسر ضحايا الهجوم الذي استهدف المصلين."
    assert _uses(text)["Morocco"] == "actor"


def test_a_condemnation_places_no_attack_in_the_condemning_state():
    """Guard (the whole story): the attack condemned stays in Dammam."""
    text = ("استنكرت تونس بشدة الهجوم الإرهابي الذي استهدف اليوم مسجدا في مدينة الدمام.\n"
            "وقال المتحدث باسم الخارجية التونسية في بيان إن تونس تدين بشدة هذا الهجوم الجبان "
            "الذي استهدف المصلين، "
            "مؤكدا وقوف تونس مع المملكة في التصدي للإرهاب.")
    places = {e.location.name for e in extract(text, published=DAY) if e.location}
    assert "Tunisia" not in places


def test_a_place_after_an_effort_made_there_stays_a_place():
    """Guard: "جهود الإغاثة في حلب" — the place follows a preposition, it is no owner."""
    text = "وتعطلت جهود الإغاثة في حلب بعد قصف عنيف استهدف الأحياء الشرقية."
    assert _uses(text)["Aleppo"] == ""


def test_a_masculine_state_before_its_verb_of_condemning_acts():
    text = "وقال المتحدث باسم الحكومة إن العراق يدين التفجير الذي استهدف المصلين في مسجد بالكويت."
    assert _uses(text)["Iraq"] == "actor"


def test_a_masculine_state_before_its_verb_of_refusing_acts():
    text = "وأكد البيان أن السودان يرفض الهجمات التي تستهدف المدنيين في اليمن."
    assert _uses(text)["Sudan"] == "actor"

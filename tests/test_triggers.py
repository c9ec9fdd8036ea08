"""Triggers name events; modality cues qualify them; both come from data/lexicon/triggers.yaml."""
from __future__ import annotations

from events.extract.pipeline import annotate


def triggers(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.event_type) for t in annotate(text).triggers]


def test_event_words_by_type():
    assert ("غارات", "airstrike") in triggers("شن الطيران غارات على المدينة")
    assert ("قصف مدفعي", "shelling") in triggers("تعرضت البلدة لقصف مدفعي")
    assert ("اشتباكات", "clash") in triggers("اندلعت اشتباكات في المدينة")
    assert ("سيطرت", "territory_change") in triggers("سيطرت القوات على البلدة")
    assert ("اتفقت", "agreement") in triggers("اتفقت الأطراف على هدنة")
    assert ("مؤتمر صحفي", "statement") in triggers("في مؤتمر صحفي عقده أمس")
    assert ("انطلاق عملية", "operation_launch") in triggers("أعلنت انطلاق عملية غضب الفرات")
    assert ("تعزيزات عسكرية", "deployment") in triggers("أرسلت تعزيزات عسكرية")
    assert ("صواريخ كاليبر", "airstrike") in triggers("أطلقت السفن صواريخ كاليبر")


def test_generic_words_wait_for_assembly_to_decide():
    assert ("قصفت", "bombardment") in triggers("قصفت القوات المدينة")
    assert ("مقتل", "violence") in triggers("أسفر عن مقتل 5")


def test_purposive_lam_is_marked():
    doc = annotate("أطلقت عملية لتحرير مدينة الرقة")
    t = next(t for t in doc.triggers if t.event_type == "territory_change")
    assert t.purpose and t.text == "تحرير"


def test_participles_and_convoys_are_route_words():
    doc = annotate("دمرت الطائرات القافلة المتجهة من الرقة إلى تدمر")
    assert {t.text for t in doc.triggers if t.participle} == {"القافلة", "المتجهة"}


def test_object_roles():
    doc = annotate("غادرت القوافل الرقة ويعبرون نهر الفرات")
    roles = {t.text: t.object_role for t in doc.triggers if t.object_role}
    assert roles == {"غادرت": "origin", "يعبرون": "via"}


def test_weapons_as_equipment_are_not_shelling():
    assert not [t for t in triggers("سيارات مزودة برشاشات وقذائف") if t[1] == "shelling"]


def test_trigger_words_inside_actor_names_are_ignored():
    assert triggers("قال متحدث باسم هيئة تحرير الشام") == []


def test_modality_cues():
    doc = annotate("حاول المسلحون التسلل وأحبطت القوات الهجوم وتزعم الجماعة أنها ستعمل على الرد")
    assert [m.modality for m in doc.modalities] == ["attempted", "prevented", "alleging", "planned"]


def test_accident_and_sport_sentences_are_suppressed():
    doc = annotate("قتل ثلاثة أشخاص في حادث سير. وقتل جنديان في هجوم.")
    assert doc.suppressed == {0}

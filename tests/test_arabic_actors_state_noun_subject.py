"""Actors (issue 8): a state right after an event noun, its object after it with ل, is the noun's
subject — that state's forces.

"وتوترت العلاقات بين الجماعة والسلطات بعد اعتقال تونس لبعض قيادات «فجر ليبيا»": Tunisia was a
place, so the arrest had no arrester — or the side named before it in the sentence, the group
whose leaders were taken, made the arrest. The genitive after a verbal noun is its subject or its
object; once ل marks the object ("لبعض قيادات", "لقرية", "للكويت"), the genitive is the
subject (actors_implied `_before_lam_object`; roles.yaml ``state_noun_stops`` keeps "هجوم
تونس لم يكن" — the attack in Tunis — a place).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_tunisia_arrested_the_leaders_of_libya_dawn():
    events = ev("وتوترت العلاقات بين الحركة والسلطات التونسية بعد اعتقال تونس لبعض قيادات «فجر ليبيا» "
                "بتهمة الإرهاب.")
    assert events
    assert roles_of(events, "Tunisian armed forces") == {"actor1"}
    assert roles_of(events, "Libya Dawn") == {"actor2"}


def test_egypt_arrested_members_of_hamas():
    events = ev("وتزايدت المخاوف بعد اعتقال مصر لعشرات من عناصر حركة حماس في مدينة رفح.")
    assert events
    assert roles_of(events, "Egyptian armed forces") == {"actor1"}
    assert roles_of(events, "Hamas") == {"actor2"}


def test_turkey_arrested_members_of_the_group():
    events = ev("وتزايدت المخاوف بعد اعتقال تركيا لعشرات من عناصر تنظيم داعش في مدينة غازي عنتاب.")
    assert events
    assert roles_of(events, "Turkish Armed Forces") == {"actor1"}
    assert roles_of(events, "Islamic State") == {"actor2"}


def test_the_attack_in_tunis_had_no_tunisian_author():
    """A guard (passes on a6c6de3 too): a particle after the state — the attack in Tunis."""
    events = ev("وقال المسؤول إن هجوم تونس لم يكن الأول من نوعه، إذ قتل مسلحون 21 سائحا في متحف باردو.")
    assert not roles_of(events, "Tunisian armed forces")


def test_a_rank_held_is_no_ground_taken():
    """A guard: "احتلال" of a rank — no occupation, no forces."""
    events = ev("وتظاهر المحتجون في البصرة ضد احتلال العراق لمرتبة متقدمة في قوائم الفساد العالمية.")
    assert not roles_of(events, "Iraqi security forces")

"""Ground taken before the news ("بعد تحرير المدينة"), told beside what comes next, each
construction with sentences written for it: the plan after it keeps its own place and its
modality; a move heads to its aim across it; it stays an event of its own when the text
dates it; freeing hostages takes no ground."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event

PUB = date(2016, 3, 10)  # a Thursday


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, article_id="t")


def told(events: list[Event]) -> set[tuple[str, str, str | None]]:
    return {(e.event_type, e.modality, e.location.name if e.location else None) for e in events}


def test_a_plan_told_after_ground_taken_keeps_its_place_and_stays_a_plan():
    events = ev("وقال قيادي إن المهمة القادمة لقوات المقاومة بعد تحرير مدينة عدن هي تطهير "
                "محافظة أبين.")
    assert ("territory_change", "planned", "Abyan Governorate") in told(events)
    assert ("territory_change", "planned", "Aden") not in told(events)


def test_a_move_heads_to_its_aim_across_ground_taken_before():
    events = ev("وأكد قائد ميداني أن قوات المقاومة ستتجه بعد تحرير مدينة عدن إلى تطهير "
                "محافظة أبين.")
    assert not [e for e in events if e.event_type == "territory_change" and e.modality == "actual"
                and e.location and e.location.name == "Abyan Governorate"]


def test_ground_taken_before_with_its_own_date_stays_an_event():
    events = ev("واستعادت القوات الحكومية أمس مدينة زنجبار بعد سيطرتها على مدينة عدن في "
                "يوليو الماضي.")
    places = {e.location.name for e in events if e.event_type == "territory_change" and e.location}
    assert {"Zinjibar", "Aden"} <= places


def test_freeing_hostages_takes_no_ground():
    events = ev("وأنهى الجيش أمس احتجاز رهائن في فندق بمدينة عدن بعد تحرير عدد من الرهائن.")
    assert not [e for e in events if e.event_type == "territory_change"]


def test_ground_taken_after_that_it_was_is_the_same_past():
    events = ev("وصل وزير الداخلية اليوم إلى مطار زنجبار وذلك بعد أن تم تحرير المدينة من "
                "قبل قوات المقاومة.")
    assert not [e for e in events if e.event_type == "territory_change" and e.date_start == PUB.isoformat()]

"""Event identity (issue 8, item 2): a headline cut in two by an ellipsis ("تفجير المسجد..
تحولات جديدة", "قصف على الحي.. ومقتل ثلاثة") is still the title: its mentions re-tell the
body's events and join them, and a figure it gives again counts once
(`headlines.title_sentences`). A first line that runs on into the body's paragraph is no title.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 8)


def events(text: str) -> list[tuple[str, str | None, list[tuple[str, int | None]]]]:
    return [(e.event_type, e.location.name if e.location else None,
             [(c.category, c.best) for c in e.claims])
            for e in extract(text, published=DAY, language="ar")]


def test_a_title_in_two_parts_names_the_bodys_bombing():
    assert events("تفجير مسجد في عسير.. قراءة في الدوافع\n"
                  "التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير قبل أمس الخميس، واستشهد "
                  "وأصيب جراءه عدد من رجال الأمن، جاء ليؤكد التحول في أساليب الجماعات "
                  "المتطرفة.") == [("attack", "'Asir Region", [("injured", None)])]


def test_a_toll_in_the_second_part_of_a_title_is_the_bodys_toll_once():
    assert events("تفجير مسجد في عسير.. ومقتل 15 من رجال الأمن\n"
                  "التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير قبل أمس الخميس، أسفر عن "
                  "مقتل 15 من رجال الأمن، وجاء ليؤكد التحول في أساليب الجماعات "
                  "المتطرفة.") == [("attack", "'Asir Region", [("killed", 15)])]


def test_a_title_with_no_ellipsis_was_already_one_event():
    """guard: passes on the base"""
    assert events("تفجير مسجد في عسير\n"
                  "التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير قبل أمس الخميس، واستشهد "
                  "وأصيب جراءه عدد من رجال الأمن، جاء ليؤكد التحول في أساليب الجماعات "
                  "المتطرفة.") == [("attack", "'Asir Region", [("injured", None)])]

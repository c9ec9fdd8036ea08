"""Places of Turkey's Kurdish south-east and of the PKK's mountains as the Arabic press spells
them: strikes and attacks there are placed, not lost."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

PUB = date(2016, 3, 10)


@pytest.mark.parametrize("text, place", [
    ("وقتل جنديان تركيان أمس في انفجار عبوة ناسفة قرب مدينة شرناك.", "Sirnak"),
    ("وقتل شرطي تركي أمس في هجوم مسلح على مركز للشرطة في مدينة دياربكر.", "Diyarbakır"),
    ("وقتل جندي تركي أمس في هجوم على دورية عسكرية في جزيرة ابن عمر.", "Cizre"),
    ("وقصفت المقاتلات التركية أمس مواقع حزب العمال الكردستاني في جبال قنديل.",
     "Qandil Mountains"),
])
def test_a_deed_in_a_town_of_the_south_east_is_placed_there(text: str, place: str):
    events = extract(text, published=PUB, article_id="t")
    assert place in {e.location.name for e in events if e.location}

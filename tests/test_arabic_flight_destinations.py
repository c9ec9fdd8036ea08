"""Where people fled to is not where the fighting was: "اشتباكات في ريف حماة، ما دفع السكان إلى
النزوح نحو إدلب" is a clash in the Hama countryside, and a battle told only by the flight it
caused ("أجبرت المعارك السكان على النزوح من ريف حماة إلى إدلب") is placed where they fled from."""
from datetime import date

from events.extract.pipeline import extract

DAY = date(2015, 8, 10)


def _clash_places(text: str) -> list[str]:
    return [e.location.name for e in extract(text, published=DAY)
            if e.event_type == "clash" and e.location]


def test_the_flights_destination_does_not_place_the_battle_told_before_it():
    text = ("ودارت اشتباكات عنيفة بين الجيش والمعارضة في ريف حماة، ما دفع مئات العائلات إلى "
            "النزوح نحو إدلب.")
    assert _clash_places(text) == ["Hama countryside"]


def test_a_battle_told_by_the_flight_it_caused_is_where_they_fled_from():
    text = "وأجبرت المعارك بين الجيش والمعارضة آلاف المدنيين على النزوح من ريف حماة إلى إدلب."
    assert _clash_places(text) == ["Hama countryside"]


def test_a_convoy_struck_on_its_way_keeps_its_route():
    """Guard: the struck convoy's own route ("متجها من الرقة إلى تدمر") places the strike."""
    events = extract("وقصفت الطائرات رتلا للتنظيم متجها من الرقة إلى تدمر.", published=DAY)
    assert [e.location.name for e in events if e.location] == ["between Raqqa and Tadmur"]

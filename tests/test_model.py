"""The event contract: JSON form, schema, honest number display, stable ids."""
import json

import jsonschema
import pytest

from events.model import Actor, Claim, Event, Evidence, Place, format_estimate
from tests.conftest import ROOT

SCHEMA = json.loads((ROOT / "schema" / "event.schema.json").read_text())


def sample_event() -> Event:
    raqqa = Place("Raqqa", "الرقة", 35.95, 39.01, "populated_place", "Ar-Raqqah", "SY", 1, 1, "163843")
    return Event(article_id="a1", event_type="airstrike", date_start="2017-05-31",
                 date_end="2017-06-01", date_prec=2, time_precision=2, date_text=["ليلة أمس"],
                 location=raqqa, actors=[Actor("Russian Aerospace Forces", "القوات الجوية الروسية",
                                               "actor1", "الطيران الروسي")],
                 claimant="Russian Ministry of Defence",
                 claims=[Claim("killed", "fighters", "more_than", 80, None, None,
                               "أكثر من 80 إرهابياً", 10, 29, "Russian Ministry of Defence")],
                 evidence=[Evidence("قتل أكثر من 80 إرهابياً", 5, 29)], confidence=0.8)


def test_an_event_serialises_to_the_schema_and_back():
    ev = sample_event()
    ev.assign_id()
    d = ev.to_dict()
    jsonschema.validate(d, SCHEMA)
    assert d["acled_event_type"] == "Explosions/Remote violence"
    assert d["acled_sub_event_type"] == "Air/drone strike"
    assert Event.from_dict(json.loads(json.dumps(d))) == ev


def test_the_schema_rejects_an_unknown_event_type_and_a_bad_precision():
    d = sample_event().to_dict()
    d["event_id"] = "x"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**d, "event_type": "battle"}, SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**d, "location": {**d["location"], "where_prec": 9}}, SCHEMA)


def test_event_ids_are_stable_and_distinguish_events():
    a, b = sample_event(), sample_event()
    assert a.assign_id() == b.assign_id()
    b.evidence = [Evidence("other", 100, 120)]
    assert a.assign_id() != b.assign_id()


@pytest.mark.parametrize("qualifier, low, best, high, shown", [
    ("more_than", 80, None, None, "80+"),
    ("about", None, 30, None, "~30"),
    ("exact", 12, None, 20, "12–20"),
    ("exact", 36, 36, 36, "36"),
    ("at_least", 5, None, None, "≥5"),
    ("up_to", None, None, 50, "≤50"),
    ("vague", 10, None, None, "10+ (vague)"),
])
def test_numbers_are_shown_with_their_qualifier_never_as_exact(qualifier, low, best, high, shown):
    assert format_estimate(qualifier, low, best, high) == shown

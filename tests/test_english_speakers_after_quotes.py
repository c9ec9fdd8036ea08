"""What was said, set off by a comma or a closing quote before "said", holds no speaker.
'"At least nine Kurdish fighters were killed" said Rami Abdel Rahman' made the Kurdish forces
the claimant of their own dead: the speaker of an English verb of saying is looked for before it
first, and the side named inside the quote stood within reach. A comma or a closing quote right
before the verb ends what was said (`claimants._set_off`, SVO only); the speaker is read after
the verb, or is nobody the article names. With "the Observatorys" (the wires' apostrophe lost)
an anaphor of the monitor, as "the Observatory" is."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 22)  # a Tuesday


def _claimants(text: str) -> list[str | None]:
    return [c.claimant for e in extract(text, published=DAY, language="en") for c in e.claims]


@pytest.mark.parametrize("text, side", [
    ('"Heavy clashes are going on and at least eleven Kurdish fighters were killed" said Jamal '
     'Haddad, a doctor in the town.', "Kurdish forces"),
    ("Seven regime soldiers were killed in the ambush near Tal Rifaat, said Omar Sheikho, a "
     "local official.", "Syrian Arab Army"),
    ('"At least fourteen IS militants were killed in the shelling of Tal Hamis" said Karim Yusuf.',
     "Islamic State"),
    ('"Fourteen rebels were killed in the fighting near Tal Hamis" said Hassan Ali.',
     "Rebels (unspecified)"),
])
def test_the_side_inside_a_quote_claims_nothing(text, side):
    claimants = _claimants(text)
    assert claimants and side not in claimants, claimants


def test_the_observatorys_head_speaks_for_the_monitor():
    claimants = _claimants(
        "The Syrian Observatory for Human Rights reported clashes near Tal Rifaat on Monday. "
        '"At least eleven Kurdish fighters were killed" said the Observatorys Rami Abdel Rahman.')
    assert claimants == ["Syrian Observatory for Human Rights"], claimants


@pytest.mark.parametrize("text", [
    '"Eleven Kurdish fighters were killed near Tal Rifaat" the Observatory said.',
    "Eleven Kurdish fighters were killed near Tal Rifaat, the Observatory said.",
    '"Eleven Kurdish fighters were killed near Tal Rifaat," said the Observatory.',
])
def test_a_named_speaker_before_or_after_still_speaks(text):
    """Guard: a speaker named before the verb, or after it, still claims the toll (passes on
    the base)."""
    assert _claimants(text) == ["Syrian Observatory for Human Rights"]

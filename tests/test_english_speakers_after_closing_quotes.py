"""What was said, closed by a quote, holds no speaker. '"Syrian soldiers stormed rebel strongholds
in Rastan, killing eight more militants" the sources added' made the militants — the last name
before the verb, inside the quotation — the speaker, the claimant of their own dead and then the
storming side: a comma or a quote right before the verb ended what was said
(`claimants._set_off`), a quote a few words before it did not. A closing quote (glued to the word
before it) between the verb and a name puts the name inside what was said; the speaker stands
after the quote (`claimants._after_quote`, subject-first languages)."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract
from tests.extracting import roles

DAY = date(2016, 5, 10)  # a Tuesday


def _events(text: str):
    return extract(text, published=DAY, language="en")


@pytest.mark.parametrize("text, doer", [
    ('"Syrian soldiers stormed rebel positions in Talbiseh killing a field commander and nine more '
     'militants" the sources added.', "Syrian Arab Army"),
    ('"Kurdish fighters stormed jihadist positions in Tel Tamer killing a local emir and six more '
     'militants" the sources added.', "Kurdish forces"),
])
def test_a_side_inside_the_quote_does_not_speak(text, doer):
    events = _events(text)
    sides = [roles(e) for e in events]
    assert any(s.get(doer) == "actor1" for s in sides), sides
    assert not any(s.get("Militants (unspecified)") == "actor1" for s in sides), sides
    assert not any(c.claimant == "Militants (unspecified)" for e in events for c in e.claims), \
        [(c.category, c.claimant) for e in events for c in e.claims]


def test_the_named_speaker_after_the_quote_speaks():
    """Guard: '"…" the Syrian Observatory said' — the monitor speaks (passes on the base)."""
    events = _events('"Regime forces shelled the town of Douma killing five people" the Syrian '
                     'Observatory said.')
    assert any(c.claimant == "Syrian Observatory for Human Rights" for e in events
               for c in e.claims), [(c.category, c.claimant) for e in events for c in e.claims]

""""It said …", "It also said …": the organisation named as the speaker before goes on; the
party named right after the verb is what it reports on, never the claimant (en/attribution.yaml
``pronouns``; wire style "said the Observatory" is read only when nothing stands before the
verb)."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

DAY = date(2016, 7, 1)  # a Friday

SOHR = "Syrian Observatory for Human Rights"


def _claims(text: str) -> list[tuple[int | None, str | None]]:
    return [(c.low, c.claimant) for e in extract(text, published=DAY, language="en")
            for c in e.claims]


def test_it_also_said_goes_on_with_the_monitor():
    got = _claims("The Syrian Observatory for Human Rights said barrel bombs killed nine people in "
                  "Daraya on Friday. It also said a coalition raid on the town of Jarablus killed "
                  "four women on Friday.")
    assert (4, SOHR) in got and all(claimant == SOHR for _, claimant in got)


def test_it_said_does_not_credit_the_party_after_the_verb():
    got = _claims("The Syrian Observatory for Human Rights reported heavy fighting near Palmyra. "
                  "It said Islamic State fighters killed 12 soldiers on Friday.")
    assert got == [(12, SOHR)]


def test_a_named_speaker_still_speaks():  # guard: as before
    assert _claims("SANA said mortar shells fired by rebels killed three people in Jaramana on "
                   "Friday.") == [(3, "SANA")]

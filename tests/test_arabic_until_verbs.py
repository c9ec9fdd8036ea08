"""What a side fights or waits for is no deed done. "أكد قائد المقاومة أن المعارك مستمرة حتى
ينسحب الحوثيون من المدينة" told an actual withdrawal of the Houthis: a present verb a few
words after "حتى", "ريثما" or "لحين" (triggers.yaml modality ``until``), no stop between, is
still to come — planned (`modality_binding._until`). After a past verb ("حتى انسحبوا") the
deed happened."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract.pipeline import extract

DAY = date(2016, 3, 16)


def _modalities(text: str, kind: str) -> list[str]:
    return [e.modality for e in extract(text, published=DAY, language="ar")
            if e.event_type == kind]


@pytest.mark.parametrize("text", [
    "أكد قائد المقاومة أن المعارك مستمرة حتى ينسحب مسلحو الحوثي من مدينة إب.",
    "قال المتحدث العسكري إن القوات تحاصر البلدة حتى تنسحب عناصر داعش من قضاء هيت.",
    "وأضاف أن المقاتلين سيبقون في مواقعهم على أطراف البلدة ريثما ينسحب الجيش من قرية الحاضر.",
])
def test_a_withdrawal_fought_for_is_not_done(text):
    assert "actual" not in _modalities(text, "movement")


def test_a_withdrawal_after_until_and_a_past_verb_happened():
    """Guard: "حتى" before a past verb tells how far the deed went."""
    text = "قاتلت قوات الجيش طوال الليل حتى انسحب مسلحو داعش من قرية البوعيثة أمس."
    assert _modalities(text, "movement") == ["actual"]


def test_until_now_tells_how_long_a_deed_goes_on():
    """Guard: "حتى الآن" before a present verb tells how long the deed has gone on."""
    text = "ومنذ صباح أمس وحتى الآن تتقدم قوات الجيش العراقي نحو مدينة الفلوجة."
    assert _modalities(text, "movement") == ["actual"]

"""A river's western bank is no West Bank: "على الضفة الغربية لنهر الفرات", "الضفة الغربية لقناة
السويس" name a bank of the water named after them. The Jordan's own ("الضفة الغربية لنهر
الأردن") and the bare name stay the Palestinian territory. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract

PUB = date(2016, 7, 11)


def places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in extract(text, published=PUB, language="ar")]


def test_the_euphrates_western_bank_is_by_raqqa():
    assert places("قصفت الطائرات مواقع داعش على الضفة الغربية لنهر الفرات قرب الرقة أمس.") == [
        "Raqqa"]


def test_the_suez_canals_western_bank_is_no_west_bank():
    assert "West Bank" not in places("أطلق مسلحون النار على دورية للجيش على الضفة الغربية لقناة "
                                     "السويس أمس.")


def test_the_west_bank_stays_the_territory():
    # guard: the bare name
    assert places("أطلق مسلحون النار على دورية للجيش الإسرائيلي في الضفة الغربية أمس.") == [
        "West Bank"]

"""Not an event (issue 8, item 4): strikes or an offensive that a side stopped or suspended.

"أوقفت القوات عمليات القصف الجوي", "علق الجيش جزئيا عمليات القصف", "تجميد الهجوم": the
violence named right after a verb or noun of stopping or suspending (triggers.yaml
``violence_halts``), across up to two words such as «عمليات» or «جزئيا» (``halting.bridges``),
is what stopped — no strike of the day is told. Strikes told beside a halt stay. (Not yet: the
subject between the verb and the violence, "أوقف الجيش القصف".) Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from tests.extracting import types_on

types = types_on(date(2015, 7, 21), "ar")


def test_forces_that_halted_their_air_and_artillery_bombardment_strike_nothing():
    assert types("وقالت مصادر عسكرية إن القوات العراقية أوقفت عمليات القصف الجوي والمدفعي "
                 "على أحياء الفلوجة لإفساح المجال أمام خروج العائلات.") == []


def test_an_army_that_partly_suspended_its_operations_fought_nothing():
    assert types("وأعلن المتحدث أن الجيش علق جزئيا عمليات القصف الجوي على أحياء الفلوجة.") == []


def test_the_freezing_of_an_offensive_is_no_offensive():
    assert types("وتحدثت مصادر عن تجميد الهجوم الذي يشنه حزب الله على مدينة الزبداني بعد وساطة "
                 "إقليمية.") == []


def test_a_strike_told_beside_the_halt_stays():
    """guard: passes on the base"""
    assert types("وقصفت الطائرات مواقع المسلحين في بلدة الضالع أمس.") == ["airstrike"]

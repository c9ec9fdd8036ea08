"""Claimants: a government named without its country, or with one the registry does not know as
a side, is a claimant of its own kind — "وقالت الحكومة إن قواتها قتلت 20 مسلحا" is the
government's figure, not nobody's.

"الحكومة" was no actor and no unnamed source, so a frame with it as subject named no speaker
and the figures it told had no claimant (attribution.yaml ``unnamed_sources``: the ministries
named bare were sources of their kind already). A government the registry knows
("الحكومة السورية") stays an actor. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import claimants_of as claimants

PUB = date(2015, 8, 3)


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_government_said_its_forces_killed():
    events = ev("وقالت الحكومة إن قواتها قتلت 20 مسلحا من حركة الشباب في هجوم قرب مقديشو.")
    assert claimants(events, "killed") == {"government"}


def test_the_government_with_a_country_the_registry_does_not_know():
    events = ev("وأكدت الحكومة النيجيرية في بيان أن 17 جنديا قتلوا في هجوم شنته بوكو حرام على قاعدة عسكرية.")
    assert claimants(events, "killed") == {"government"}


def test_the_governments_spokesman():
    events = ev("وقال المتحدث باسم الحكومة إن 9 من رجال الشرطة قتلوا في تفجير سيارة مفخخة في العاصمة.")
    assert claimants(events, "killed") == {"government"}


def test_a_government_source():
    events = ev("وقال مصدر حكومي إن 11 مدنيا قتلوا في قصف على حي سكني في المدينة.")
    assert claimants(events, "killed") == {"official sources"}


def test_a_named_government_stays_an_actor():
    """A guard (passes on 2ccd318 too): a government the registry knows speaks as itself."""
    events = ev("وقالت الحكومة السورية إن 14 جنديا قتلوا في تفجير نفذه تنظيم داعش في حمص.")
    assert claimants(events, "killed") == {"Syrian government"}


def test_forces_loyal_to_a_government_are_no_government_speaking():
    """A guard (passes on 2ccd318 too): "لحكومة" after a word of loyalty is owned, no subject
    of the verb before it (a frame reaching it would take the day told after it as the
    statement's: the SNN dump caught it)."""
    events = ev("أعلنت القوات الموالية لحكومة الرئيس عبدربه منصور هادي أمس الأحد أنها قتلت 25 مسلحا "
                "حوثيا في معارك بمدينة لحج.")
    assert events
    assert claimants(events, "killed") == {None}


def test_a_statement_of_the_government():
    events = ev("وجاء في بيان للحكومة المحلية أن 12 جنديا قتلوا في هجوم شنته حركة الشباب على قاعدة عسكرية.")
    assert claimants(events, "killed") == {"government"}


def test_a_report_of_activists_is_theirs():
    """A guard (passes on 2ccd318 too): the ل of a report's owner names who speaks."""
    events = ev("وذكر تقرير لناشطين معارضين أن 30 من عناصر حزب الله قتلوا في معارك الزبداني.")
    assert claimants(events, "killed") == {"local sources"}

"""Actors (issue 8): "اللجان الشعبية" of Yemen's war fight the Houthis; Syria's are the regime's.

In the Gulf press of 2015 the popular committees of Aden, Abyan, Lahij and Taiz fight beside the
resistance against the Houthis ("سيطرت اللجان الشعبية على مناطق في تعز", "مواجهات بين اللجان
الشعبية والحوثيين"). The words named nobody, so the only side named — the Houthis they fought
— took the committees' deeds as their own. They are now a name that depends on the article's
war (actors.yaml contextual): the government's side in Yemen's news, the regime's militias in
Syria's, nobody elsewhere; a Houthi owner named after them ("التابعة للحوثيين") stands in for
them as for any word of the kind.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from events.extract.pipeline import extract
from events.model import Event
from tests.extracting import roles_of

PUB = date(2015, 8, 5)
YEMEN_GOV, HOUTHIS, NDF = "Yemeni government forces", "Houthis", "National Defence Forces"


def ev(text: str) -> list[Event]:
    return extract(text, published=PUB, language="ar", article_id="t")


def test_the_committees_take_a_hill_in_taiz():
    events = ev("وفي مدينة تعز سيطرت اللجان الشعبية على تلة السلال بعد معارك عنيفة مع مسلحي الحوثي.")
    assert events
    assert roles_of(events, YEMEN_GOV) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_a_clash_between_the_committees_and_the_houthis():
    events = ev("ودارت اشتباكات عنيفة بين اللجان الشعبية والحوثيين في مديرية بيحان بمحافظة شبوة اليمنية.")
    assert events
    assert {e.event_type for e in events} == {"clash"}
    assert roles_of(events, YEMEN_GOV) and roles_of(events, HOUTHIS)


def test_the_committees_shell_houthi_positions():
    events = ev("وقصفت اللجان الشعبية بقذائف الهاون مواقع الحوثيين في مدينة عدن جنوب اليمن.")
    assert events
    assert roles_of(events, YEMEN_GOV) == {"actor1"}
    assert roles_of(events, HOUTHIS) == {"actor2"}


def test_committees_owned_by_the_houthis_are_theirs():
    """A Houthi owner named after them stands in for them (on main, where the committees named
    nobody, the Houthis were read as the shelling's side hit)."""
    events = ev("وقصفت اللجان الشعبية التابعة للحوثيين بقذائف الهاون حي المنصورة في مدينة عدن جنوب اليمن.")
    assert events
    assert roles_of(events, HOUTHIS) == {"actor1"}
    assert not roles_of(events, YEMEN_GOV)


def test_syria_s_committees_are_the_regime_s_militias():
    events = ev("وقالت مصادر إن اللجان الشعبية قصفت بالهاون أحياء المعارضة في مدينة درعا السورية.")
    assert events
    assert roles_of(events, NDF) == {"actor1"}


def test_committees_elsewhere_name_nobody():
    """A guard (passes on main too): outside Yemen's and Syria's wars the words name no side."""
    events = ev("وهاجم محتجون مقار اللجان الشعبية في العاصمة الفنزويلية كراكاس وأحرقوا سيارة للشرطة.")
    assert not roles_of(events, YEMEN_GOV) and not roles_of(events, NDF)


def test_committees_of_the_houthis_by_their_lam_are_no_government_side():
    """A guard (passes on main too): "اللجان الشعبية للحوثيين" — the side right after, with its ل,
    owns them; they name no side of their own."""
    events = ev("وقصفت اللجان الشعبية للحوثيين بقذائف الهاون حي المنصورة في مدينة عدن جنوب اليمن.")
    assert events
    assert not roles_of(events, YEMEN_GOV)

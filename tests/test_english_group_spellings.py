"""The press spells the armed groups of the Syrian war many ways ("Hizballah", "Daish", "Jeish
al-Fath", "Ahrar ash-Sham", "Failaq al-Sham"): each is the group, not an unknown word or a place
("ash-Sham" is no Ash Sha'm in the Emirates) — en/actors.yaml aliases."""
from __future__ import annotations

import pytest

from events.extract.pipeline import annotate


def names(text: str) -> list[str]:
    return [a.name for a in annotate(text, language="en", upto="actor_context").actors]


@pytest.mark.parametrize("written, meant", [
    ("Hizballah", "Hezbollah"), ("Hezballah", "Hezbollah"), ("Daish", "Islamic State"),
    ("Jeish al-Fath", "Jaysh al-Fateh"), ("Ahrar ash-Sham", "Ahrar al-Sham"),
    ("Jabhat Fath al-Sham", "Hayat Tahrir al-Sham"), ("Failaq al-Rahman", "Faylaq al-Rahman"),
    ("Faylaq al-Sham", "Faylaq al-Sham"), ("Nour el-Din el-Zinki", "Nour al-Din al-Zenki")])
def test_a_spelling_names_its_group(written: str, meant: str):
    assert names(f"Fighters of {written} shelled a village near Hama on Monday.") == [meant]


def test_a_known_spelling_still_names_it():  # twin: as before
    assert names("Hezbollah fighters shelled a village near Hama on Monday.") == ["Hezbollah"]

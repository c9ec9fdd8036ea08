"""Arabic normalisation keeps a map to the original; the matcher is clitic-aware and greedy."""
import pytest

from text import PhraseMatcher, clitic_stems, normalize, normalize_key, tokenize


def test_normalisation_unifies_letters_digits_and_quotes():
    nt = normalize("أعلنَت «داعش» إلى مستشفى ٣٦ ۱۲ حماة")
    assert nt.norm == 'اعلنت "داعش" الي مستشفي 36 12 حماه'


def test_offsets_map_back_through_removed_tashkeel_tatweel_and_marks():
    text = "قَالَ\u200f المرصـــد إن الرَّقَّة"
    nt = normalize(text)
    i = nt.norm.index("الرقه")
    start, end = nt.span(i, i + len("الرقه"))
    assert text[start:end] == "الرَّقَّة"
    j = nt.norm.index("المرصد")
    assert nt.original_text(j, j + 6) == "المرصـــد"


def test_a_span_keeps_the_final_marks_of_its_last_word():
    text = "قتل 80 إرهابياً، وإنّ"
    nt = normalize(text)
    i = nt.norm.index("ارهابيا")
    assert nt.original_text(i, i + 7) == "إرهابياً"
    assert nt.original_text(len(nt.norm) - 3, len(nt.norm)) == "وإنّ"


def test_presentation_forms_are_read_as_the_letters_they_show():
    text = "انفجر اﻹطار ثم ﺍﻟﺤﻮﺛﻲ قتلوا رجلَ اﻷمن"
    nt = normalize(text)
    assert nt.norm == "انفجر الاطار ثم الحوثي قتلوا رجل الامن"
    for word, written in (("الاطار", "اﻹطار"), ("الحوثي", "ﺍﻟﺤﻮﺛﻲ"), ("الامن", "اﻷمن"),
                          ("قتلوا", "قتلوا")):
        i = nt.norm.index(word)
        assert nt.original_text(i, i + len(word)) == written


@pytest.mark.parametrize("word, stem", [
    ("والرقه", "رقه"), ("بالرقه", "رقه"), ("للرقه", "رقه"), ("وبتدمر", "تدمر"),
    ("فالرقه", "رقه"), ("كالرقه", "رقه"), ("لحمص", "حمص"), ("بموسكو", "موسكو"),
])
def test_clitic_stems_find_the_bare_name(word, stem):
    assert stem in clitic_stems(word)


def test_the_unstripped_word_is_always_tried_first():
    assert clitic_stems("بيروت")[0] == "بيروت"
    assert clitic_stems("Raqqa") == ("Raqqa",)


def test_longest_match_wins_and_clitics_stay_outside_the_span():
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("سوريا", "place:SY")
    m.add("قوات سوريا الديمقراطية", "actor:SDF")
    m.add("الرقة", "place:raqqa")
    text = "انسحبت «قوات سوريا الديمقراطية» من سوريا وبالرقة"
    nt = normalize(text)
    found = m.find(nt.norm, tokenize(nt.norm))
    assert [x.payloads for x in found] == [["actor:SDF"], ["place:SY"], ["place:raqqa"]]
    assert nt.original_text(found[2].start, found[2].end) == "الرقة"


def test_phrases_do_not_match_across_commas_and_skipped_tokens_never_match():
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("دير الزور", "deir")
    m.add("الزور", "zour")
    nt = normalize("دير، الزور")
    toks = tokenize(nt.norm)
    assert [x.payloads for x in m.find(nt.norm, toks)] == [["zour"]]
    assert m.find(nt.norm, toks, skip={1}) == []


def test_english_keys_are_case_insensitive():
    assert normalize_key("Ar-Raqqah") == normalize_key("ar-raqqah") == "ar raqqah"

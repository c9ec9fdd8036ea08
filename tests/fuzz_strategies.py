"""Hypothesis strategies for the fuzz tests: hostile text that still reaches every rule.

Arbitrary Unicode alone rarely forms a date or a casualty claim, so the texts mix it with the
project's own vocabulary (every word of the lexicons and gazetteer names), digits of any length,
and the characters real web text carries (controls, bidi marks, tashkeel, NBSP). Publication
dates run over the whole calendar, 0001-01-01 to 9999-12-31.

``ATHAR_FUZZ_EXAMPLES=N`` runs N examples per property instead of the default few (the long
run in docs/quality.md); the default run is derandomised, so it is the same on every machine.
"""
from __future__ import annotations

import functools
import os
from datetime import date
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from events import lexicon

LONG_RUN = int(os.environ.get("ATHAR_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=LONG_RUN or 60,
    derandomize=not LONG_RUN,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _strings(node: Any) -> list[str]:
    """Every string in a parsed YAML tree, keys included: a format-independent word list."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _strings(k) + _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


@functools.cache
def vocabulary() -> list[str]:
    words: set[str] = set()
    for path in sorted(lexicon.LEXICON_DIR.glob("*.yaml")):
        words.update(_strings(lexicon.load(path.stem)))
    gazetteer = lexicon.DATA_DIR / "gazetteer"
    for path in sorted(gazetteer.glob("*.yaml")):
        import yaml

        words.update(_strings(yaml.safe_load(path.read_text(encoding="utf-8"))))
    return sorted(w for w in words if 0 < len(w) <= 40 and not w.isspace())


ODD_CHARS = ["\x00", "\x1a", "\x0b", "\x85", "\u200f", "\u202e", "\u2066", "\ufeff", "\u00a0",
             "\u064b", "\u0651", "\u0640", "\u2028", "\r", "\n\n", "،", "؛", "«", "»", "%", "-",
             "/", ".", ",", "٫", "٬", "هـ", "م"]

numbers = st.one_of(
    st.integers(min_value=0, max_value=10**25).map(str),
    st.integers(min_value=0, max_value=10**400).map(str),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}"),
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False).map(str),
    st.integers(min_value=0, max_value=9999).map(
        lambda n: str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))),
)
fragments = st.one_of(
    st.sampled_from(vocabulary()) if vocabulary() else st.nothing(),
    numbers,
    st.sampled_from(ODD_CHARS),
    st.text(max_size=12),
)
newsy_text = st.lists(fragments, max_size=40).map(" ".join)

# Sentences that do hold events, with every slot open to hostile values.
TEMPLATES = [
    "قصفت طائرات روسية رتلا لتنظيم داعش قرب {place} {when}، ما أدى إلى مقتل {qual} {num} عنصرا "
    "وتدمير {num} آليات.",
    "قال المرصد السوري لحقوق الإنسان إن غارات على {place} {when} أسفرت عن مقتل {num} مدنيا "
    "وإصابة {qual} {num} آخرين، بينهم {num} أطفال.",
    "سيطرت قوات النظام على {place} {when} بعد اشتباكات مع فصائل المعارضة قتل فيها بين {num} و{num} "
    "مقاتلا.",
    "انسحب {num} عنصرا من داعش من {place} باتجاه {place} {when}.",
    "Russian warplanes struck an ISIS convoy near {place} {when}, killing {qual} {num} fighters "
    "and destroying {num} vehicles.",
    "At least {num} civilians were killed and {num} wounded in shelling of {place} {when}, the "
    "Syrian Observatory said.",
]
QUALIFIERS = ["", "أكثر من", "نحو", "ما لا يقل عن", "عشرات", "more than", "about", "up to"]
day, month = st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=99)
year = st.integers(min_value=0, max_value=99999)
when = st.one_of(
    st.sampled_from(["أمس", "أول أمس", "الشهر المقبل", "الشهر الماضي", "العام الماضي", "يوم الخميس",
                     "الخميس المقبل", "قبل 3 أيام", "منذ يومين", "في رمضان الماضي", "الأسبوع المقبل",
                     "yesterday", "three days ago", "next month", "last year", "on Thursday", ""]),
    st.builds("{}/{}/{}".format, day, month, year),
    st.builds("{}-{:02}-{:02}".format, year, month, day),
    st.builds("يوم {} مايو {}".format, day, year),
    st.builds("عام {}".format, year),
    st.builds("في {} شوال {} هـ".format, day, year),
    st.builds("on May {}, {}".format, day, year),
    fragments,
)
place = st.one_of(st.sampled_from(["تدمر", "الرقة", "إدلب", "حلب", "دير الزور", "Palmyra",
                                   "Raqqa", "Idlib"]), fragments)
qualifier = st.one_of(st.sampled_from(QUALIFIERS), fragments)
num = st.one_of(numbers, fragments)


@st.composite
def event_text(draw: st.DrawFn) -> str:
    """One to four template sentences, slots filled, odd characters sprinkled anywhere."""
    parts = []
    for template in draw(st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=4)):
        parts.append(template.format_map(_Slots(draw)))
    text = "\n".join(parts)
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        i = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:i] + draw(st.sampled_from(ODD_CHARS)) + text[i:]
    return text


class _Slots(dict):
    def __init__(self, draw: st.DrawFn) -> None:
        super().__init__()
        self.draw = draw

    def __missing__(self, key: str) -> str:
        return str(self.draw({"place": place, "when": when, "qual": qualifier, "num": num}[key]))


texts = st.one_of(event_text(), newsy_text, st.text(max_size=300))

EDGE_DATES = [date.min, date(1, 1, 7), date(1, 2, 28), date(1899, 12, 31), date(1900, 1, 1),
              date(2017, 6, 2), date(9999, 11, 30), date(9999, 12, 25), date.max]
published_dates = st.one_of(st.none(), st.sampled_from(EDGE_DATES), st.dates())
languages = st.sampled_from(["ar", "en"])

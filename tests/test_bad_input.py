"""Bad input gets one clear line on stderr naming the file, exit status 2, and no change."""
from datetime import date
from pathlib import Path

import pytest

from events.extract.numbers import MAX_COUNT
from events.model import Article
from events.reader import ArticleError, read_article
from events.store import Store
from tests.conftest import db_dump
from tests.strict_extract import extract_or_raise

ARABIC = "قال المرصد السوري لحقوق الإنسان إن 12 مدنياً قتلوا في غارات على إدلب أمس."


@pytest.fixture
def filled_db(db_url):
    """A database that already holds one article, so 'unchanged' means something."""
    Store(db_url).save(Article("old", "نص قديم عن حمص.", published=date(2017, 1, 1)), [], "v0")
    return db_url


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


BAD_FILES = {
    "empty": (b"", "empty article"),
    "whitespace": (b"  \n\t \r\n ", "empty article"),
    "binary": (bytes(range(256)) * 20, "binary file"),
    "undecodable": (bytes(range(128, 256)) * 3, "not UTF-8, UTF-16 or Windows-1256"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_refused_in_one_line_and_the_database_is_unchanged(kind, tmp_path, filled_db, cli):
    data, problem = BAD_FILES[kind]
    path = write(tmp_path / f"{kind}.txt", data)
    before = db_dump(filled_db)
    result = cli("ingest", str(path), "--db", filled_db)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert str(path) in line and problem in line
    assert db_dump(filled_db) == before


def test_an_oversized_file_is_refused(tmp_path, filled_db, cli):
    path = write(tmp_path / "big.txt", ARABIC * (6 * 1024 * 1024 // len(ARABIC.encode()) + 1))
    before = db_dump(filled_db)
    result = cli("ingest", str(path), "--db", filled_db)
    assert result.returncode == 2 and "the limit is 5 MB" in result.stderr
    assert db_dump(filled_db) == before


def test_a_missing_path_and_an_empty_directory_are_refused(tmp_path, filled_db, cli):
    (tmp_path / "empty_dir").mkdir()
    before = db_dump(filled_db)
    for path, problem in [(tmp_path / "nope.txt", "no such file"),
                          (tmp_path / "empty_dir", "holds no article files")]:
        result = cli("ingest", str(path), "--db", filled_db)
        assert result.returncode == 2
        [line] = result.stderr.strip().splitlines()
        assert str(path) in line and problem in line
    assert db_dump(filled_db) == before


@pytest.mark.parametrize("meta, problem", [
    ('{"title": "x", ', "malformed metadata JSON"),
    ('["not", "an", "object"]', "expected a JSON object"),
    ('{"published": "2 June 2017"}', "invalid published date"),
    ('{"published": "2017-02-30"}', "invalid published date"),
    ('{"language": "fr"}', "language must be one of"),
    ('{"publisher": "x"}', "unknown metadata field"),
])
def test_malformed_metadata_is_refused(meta, problem, tmp_path, filled_db, cli):
    path = write(tmp_path / "a.txt", ARABIC)
    write(tmp_path / "a.json", meta)
    before = db_dump(filled_db)
    result = cli("ingest", str(path), "--db", filled_db)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "a.json" in line and problem in line
    assert db_dump(filled_db) == before


def test_an_invalid_published_flag_is_refused(tmp_path, cli):
    path = write(tmp_path / "a.txt", ARABIC)
    result = cli("extract", str(path), "--published", "yesterday")
    assert result.returncode == 2
    assert "invalid --published 'yesterday'" in result.stderr


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-16-le", "utf-8-sig"])
def test_arabic_in_other_encodings_is_decoded_not_refused(encoding, tmp_path):
    path = write(tmp_path / "a.txt", ARABIC.encode(encoding))
    assert read_article(path).text == ARABIC


def test_a_bad_file_in_a_batch_is_reported_and_the_rest_go_in(tmp_path, db_url, cli):
    write(tmp_path / "good.txt", ARABIC)
    write(tmp_path / "bad.txt", b"")
    result = cli("ingest", str(tmp_path), "--db", db_url)
    assert result.returncode == 2
    assert "bad.txt: empty article" in result.stderr
    assert "1 new" in result.stdout and "1 failed" in result.stdout
    assert [a.article_id for a in Store(db_url).articles()] == ["good"]


def test_reading_errors_name_the_file():
    with pytest.raises(ArticleError, match="nowhere.txt: no such file"):
        read_article("nowhere.txt")


# --- numbers and dates with bounds ------------------------------------------------------------

STRIKE = "قال المرصد إن غارات روسية على إدلب أدت إلى مقتل {n} مدنياً {when}."


@pytest.mark.parametrize("figure", ["99999999999999999999", "9" * 400, "12862304343400015",
                                    "10000001"])
def test_a_casualty_figure_above_the_ceiling_is_no_claim_and_the_event_stays(figure):
    found = extract_or_raise(STRIKE.format(n=figure, when="أمس"), published=date(2017, 6, 2))
    assert found, "the strike itself is still an event"
    assert all(c.category != "killed" for e in found for c in e.claims)


def test_a_figure_at_the_ceiling_is_still_a_claim():
    found = extract_or_raise(STRIKE.format(n=f"{MAX_COUNT:,}", when="أمس"),
                             published=date(2017, 6, 2))
    assert [c.best for e in found for c in e.claims] == [MAX_COUNT]


EDGES = [date(1, 1, 1), date(1, 1, 6), date(9999, 12, 31), date(9999, 12, 27)]
WHENS = ["أمس", "قبل 3 أيام", "الشهر المقبل", "الشهر الماضي", "العام الماضي", "يوم الخميس",
         "الخميس المقبل", "في 25 مايو", "عام 0000"]


@pytest.mark.parametrize("published", EDGES, ids=str)
def test_dates_that_would_leave_the_calendar_are_dropped_not_the_article(published):
    for when in WHENS:
        found = extract_or_raise(STRIKE.format(n=12, when=when), published=published)
        assert found, when
        for e in found:
            for d in (e.date_start, e.date_end):
                assert d is None or date.fromisoformat(d)
    english = "Russian warplanes struck an ISIS convoy near Palmyra {}, killing 12 fighters."
    for when in ["three days ago", "yesterday", "next month", "on Thursday", "last year"]:
        assert extract_or_raise(english.format(when), published=published, language="en")

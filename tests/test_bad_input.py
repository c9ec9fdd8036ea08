"""Bad input gets one clear line on stderr naming the file, exit status 2, and no change."""
import json
import os
import socket
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from events.extract.numbers import MAX_COUNT
from events.model import Article
from events.reader import ArticleError, check_text, read_article
from events.store import Store
from tests.conftest import db_dump
from events.extract.pipeline import extract

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
    found = extract(STRIKE.format(n=figure, when="أمس"), published=date(2017, 6, 2))
    assert found, "the strike itself is still an event"
    assert all(c.category != "killed" for e in found for c in e.claims)


def test_a_figure_at_the_ceiling_is_still_a_claim():
    found = extract(STRIKE.format(n=f"{MAX_COUNT:,}", when="أمس"),
                             published=date(2017, 6, 2))
    assert [c.best for e in found for c in e.claims] == [MAX_COUNT]


def test_a_fraction_below_one_counts_nothing():
    text = "قصفت طائرات روسية رتلا لداعش قرب تدمر أمس ما أدى إلى تدمير 0.01 آليات."
    found = extract(text, published=date(2017, 6, 2))
    assert [c for e in found for c in e.claims] == []


def test_a_batch_with_a_huge_figure_goes_in_whole_and_the_figure_is_flagged(tmp_path, db_url, cli):
    write(tmp_path / "huge.txt", STRIKE.format(n="9" * 25, when="أمس"))
    write(tmp_path / "fine.txt", ARABIC)
    result = cli("ingest", str(tmp_path), "--db", db_url)
    assert result.returncode == 0, result.stderr
    assert "2 new" in result.stdout
    [warning] = result.stderr.strip().splitlines()
    assert warning.startswith("warning: huge: ") and "above the ceiling of 10,000,000" in warning
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as con:
        assert con.execute("SELECT max(best) FROM claims").fetchone() == (12,)


EDGES = [date(1, 1, 1), date(1, 1, 6), date(9999, 12, 31), date(9999, 12, 27)]
WHENS = ["أمس", "قبل 3 أيام", "الشهر المقبل", "الشهر الماضي", "العام الماضي", "يوم الخميس",
         "الخميس المقبل", "في 25 مايو", "عام 0000"]


@pytest.mark.parametrize("published", EDGES, ids=str)
def test_dates_that_would_leave_the_calendar_are_dropped_not_the_article(published):
    for when in WHENS:
        found = extract(STRIKE.format(n=12, when=when), published=published)
        assert found, when
        for e in found:
            for d in (e.date_start, e.date_end):
                assert d is None or date.fromisoformat(d)
    english = "Russian warplanes struck an ISIS convoy near Palmyra {}, killing 12 fighters."
    for when in ["three days ago", "yesterday", "next month", "on Thursday", "last year"]:
        assert extract(english.format(when), published=published, language="en")


@pytest.mark.parametrize("published", ["1899-12-31", "0001-01-01", "2999-01-01"])
def test_a_publication_date_outside_1900_to_next_year_is_refused(published, tmp_path, filled_db, cli):
    path = write(tmp_path / "a.txt", ARABIC)
    write(tmp_path / "a.json", f'{{"published": "{published}"}}')
    before = db_dump(filled_db)
    result = cli("ingest", str(path), "--db", filled_db)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "a.json" in line and f"published date {published} is out of range" in line
    assert db_dump(filled_db) == before
    result = cli("extract", str(tmp_path / "a.txt"), "--published", published)
    assert result.returncode == 2 and "is out of range" in result.stderr


def test_a_publication_date_within_a_year_from_now_is_accepted(tmp_path):
    path = write(tmp_path / "a.txt", ARABIC)
    soon = date.today() + timedelta(days=300)
    write(tmp_path / "a.json", f'{{"published": "{soon.isoformat()}"}}')
    assert read_article(path).published == soon


# --- inputs that are not regular files, oversized metadata, control characters ----------------

@pytest.mark.parametrize("which", ["article", "sidecar"])
def test_a_fifo_is_refused_at_once_instead_of_hanging(which, tmp_path, filled_db, cli):
    write(tmp_path / "a.txt", ARABIC)
    if which == "article":
        (tmp_path / "a.txt").unlink()
    os.mkfifo(tmp_path / ("a.txt" if which == "article" else "a.json"))
    before = db_dump(filled_db)
    for args in (("ingest", str(tmp_path), "--db", filled_db), ("extract", str(tmp_path / "a.txt"))):
        result = cli(*args, timeout=120)
        assert result.returncode == 2
        [line] = result.stderr.strip().splitlines()
        assert "not a regular file (a FIFO)" in line
    assert db_dump(filled_db) == before


def test_a_device_or_a_socket_is_refused(tmp_path):
    with pytest.raises(ArticleError, match="not a regular file \\(a character device\\)"):
        read_article("/dev/zero")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "s.txt"))
        with pytest.raises(ArticleError, match="not a regular file \\(a socket\\)"):
            read_article(tmp_path / "s.txt")
    finally:
        sock.close()


def test_a_sidecar_over_1_mb_is_refused(tmp_path):
    write(tmp_path / "a.txt", ARABIC)
    write(tmp_path / "a.json", '{"notes": "' + "x" * (1024 * 1024) + '"}')
    with pytest.raises(ArticleError, match="a.json: file is 1,048,589 bytes; the limit is 1 MB"):
        read_article(tmp_path / "a.txt")


@pytest.mark.parametrize("field", ["title", "outlet", "url"])
def test_a_title_outlet_or_url_over_4_kb_is_refused(field, tmp_path):
    write(tmp_path / "a.txt", ARABIC)
    write(tmp_path / "a.json", json.dumps({field: "ع" * 5000}))
    with pytest.raises(ArticleError, match=f"'{field}' is 5,000 characters; the limit is 4,096"):
        read_article(tmp_path / "a.txt")


def test_stray_control_characters_in_real_text_become_line_breaks():
    text = ("\x1a\x1a" + ARABIC + " ") * 12 + "\x0b" + ARABIC  # 25 controls in ~1,000 chars
    article = Article("a", check_text(text, "a.txt"))
    assert not any(ord(ch) < 32 and ch not in "\n" for ch in article.text)
    assert article.text.count(ARABIC) == 13


def test_a_file_mostly_of_control_characters_is_still_binary():
    with pytest.raises(ArticleError, match="binary file"):
        check_text("\x1a\x02" * 20 + ARABIC, "a.txt")


def test_control_characters_in_names_are_escaped_in_errors_and_listings(tmp_path, db_url, cli):
    bad = write(tmp_path / "bad\nname\x1b[31m.txt", b"")
    good = write(tmp_path / "good\rname.txt", ARABIC)
    write(tmp_path / "good\rname.json", json.dumps({"title": "عنوان\nسطر\u202eثان"}))
    result = cli("ingest", str(bad), str(good), "--db", db_url)
    [line] = result.stderr.strip().splitlines()
    assert "bad\\nname\\x1b[31m.txt: empty article" in line
    listing = cli("list", "--db", db_url).stdout
    assert "good\\rname" in listing and "عنوان\\nسطر\\u202eثان" in listing
    assert "\r" not in listing and "\x1b" not in listing
    assert len(listing.strip().splitlines()) == 2  # the article line and its event

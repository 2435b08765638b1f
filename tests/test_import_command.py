"""The import_articles command: folders, stdin, feeds, repeats, dry runs and failures."""

import io
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.mentions import relink
from articles.models import Article, Mention
from entities.models import Person
from tests.conftest import FIXTURES_DIR

SOURCES = FIXTURES_DIR / "sources"
UNDATED = "004_acd8f210b770263f.txt"


def run(*args, stdin=None, monkeypatch=None):
    """Run the command; return (stdout, stderr, the CommandError or None)."""
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        call_command("import_articles", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def mention_sets() -> dict[str, set]:
    """Each article's mentions as (field, start, end, entity), keyed by its source file."""
    found = {}
    for mention in Mention.objects.select_related("article"):
        key = Path(mention.article.source_file).name
        found.setdefault(key, set()).add(
            (mention.field, mention.start, mention.end, mention.organisation_id, mention.person_id)
        )
    return found


@pytest.fixture
def fixture_mentions(seeded):
    """The mentions the hand-cleaned fixtures get; then the database keeps only entities."""
    for article in Article.objects.all():
        relink(article)
    mentions = mention_sets()
    Article.objects.all().delete()
    return mentions


def test_the_raw_seed_folder_imports_as_the_fixtures_and_links_the_same(fixture_mentions):
    out, err, error = run(SOURCES, "--date", "July 2013")

    assert (error, err) == (None, "")
    assert Article.objects.count() == 5
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.PUBLISHED}
    assert Article.objects.published().count() == 5
    assert not Article.objects.filter(published_at__isnull=True).exists()
    assert mention_sets() == fixture_mentions
    linked = sum(len(spans) for spans in fixture_mentions.values())
    assert f"5 imported, 0 updated, 0 duplicates, 0 failed; {linked} mentions linked" in out


def test_an_undated_file_is_published_as_of_the_import_and_says_so(db):
    before = timezone.now()
    out, _, error = run(SOURCES / UNDATED)

    assert error is None
    article = Article.objects.get()
    assert before <= article.published_at <= timezone.now()
    assert Article.objects.published().get() == article
    assert "(published, no date in the text: dated as of the import, 0 mentions)" in out


def test_importing_before_any_entity_is_known_warns_that_nothing_can_link(db):
    _, err, error = run(SOURCES / "000_d859d43d3e4e57e3.txt")

    assert error is None
    assert "nothing can be linked" in err
    assert Article.objects.published().count() == 1


def test_importing_with_entities_known_gives_no_warning(seeded):
    _, err, error = run(SOURCES / "000_d859d43d3e4e57e3.txt", "--update")

    assert (error, err) == (None, "")


def test_an_undated_file_given_a_date_says_which(db):
    out, _, error = run(SOURCES / UNDATED, "--date", "July 2013")

    assert error is None
    assert "no date in the text: dated “July 2013” as given" in out


def test_an_undated_draft_stays_undated_and_says_so(db):
    out, _, error = run(SOURCES / UNDATED, "--draft")

    assert error is None
    assert Article.objects.get().published_at is None
    assert "(draft, no date, 0 mentions)" in out


def test_a_second_run_reports_duplicates_and_writes_nothing(db):
    run(SOURCES)
    edited = dict(Article.objects.values_list("pk", "edited_at"))

    out, _, error = run(SOURCES)

    assert error is None
    assert "0 imported, 0 updated, 5 duplicates, 0 failed" in out
    assert dict(Article.objects.values_list("pk", "edited_at")) == edited


def test_update_replaces_a_changed_article(db, tmp_path):
    raw = (SOURCES / "003_180a2f6a0e39ffa9.txt").read_text()
    source = tmp_path / "003.txt"
    source.write_text(raw)
    run(source)
    source.write_text(raw.replace("Weak leadership in England", "Poor leadership in England"))

    out, _, error = run(source, "--update")

    assert error is None
    assert "0 imported, 1 updated" in out
    assert Article.objects.get().standfirst.startswith("Poor leadership in England")


def test_a_folder_of_text_files_and_saved_web_pages_imports_both(seeded, tmp_path):
    Article.objects.all().delete()
    shutil.copy(SOURCES / "003_180a2f6a0e39ffa9.txt", tmp_path / "a.txt")
    shutil.copy(Path(__file__).parent / "data" / "national_paper_page.html", tmp_path / "b.html")
    (tmp_path / "c.css").write_text("body { color: red }")

    out, err, error = run(tmp_path)

    assert (error, err) == (None, "")
    assert "2 imported, 0 updated, 0 duplicates, 0 failed" in out
    page = Article.objects.get(source_file__endswith="b.html")
    assert page.headline == "Doncaster told to act on children's services"
    assert page.mentions.filter(person__name="Michael Wilshaw").exists()


def test_a_broken_file_fails_alone_and_the_exit_code_says_so(db, tmp_path):
    shutil.copy(SOURCES / "000_d859d43d3e4e57e3.txt", tmp_path / "a_good.txt")
    (tmp_path / "b_bad.txt").write_text(
        "Headline\n\nThursday, 31st June 2016, 11:39 am\n\nA body.\n"
    )
    shutil.copy(SOURCES / "003_180a2f6a0e39ffa9.txt", tmp_path / "c_good.txt")

    out, err, error = run(tmp_path)

    assert error is not None
    assert error.returncode == 1
    assert f"{tmp_path / 'b_bad.txt'}, line 3: cannot read the date" in err
    assert "2 imported, 0 updated, 0 duplicates, 1 failed" in out
    assert sorted(Path(a.source_file).name for a in Article.objects.all()) == [
        "a_good.txt",
        "c_good.txt",
    ]


def test_a_feed_with_a_bad_line_imports_none_of_its_articles(db, tmp_path):
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"headline": "Good", "body": "Fine."})
    feed.write_text(f"{good}\n{good.replace('Good', 'Also good')}\n{{oops\n")

    _, err, error = run(feed)

    assert error is not None
    assert f"{feed}, line 3: invalid JSON" in err
    assert not Article.objects.exists()


def test_a_feed_imports_every_line(db, tmp_path):
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"headline": "One", "body": "First.", "published_at": "2022-04-13T17:17:00+01:00"},
        {"headline": "Two", "body": "Second.", "byline": "By Amira Hussain"},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows))

    out, _, error = run(feed)

    assert error is None
    assert "2 imported" in out
    one = Article.objects.get(headline="One")
    assert one.published_at == datetime(2022, 4, 13, 16, 17, tzinfo=UTC)
    assert Person.objects.filter(name="Amira Hussain").exists()


def test_standard_input_is_read_for_a_dash(db, monkeypatch):
    text = (SOURCES / "001_92dd316e499adfc4.txt").read_text()

    _, _, error = run("-", stdin=text, monkeypatch=monkeypatch)

    assert error is None
    article = Article.objects.get()
    assert article.source_file == "<stdin>"
    assert article.byline == "By George Torr, Local Democracy Reporter"


def test_a_feed_on_standard_input_is_recognised(db, monkeypatch):
    feed = json.dumps({"headline": "Piped", "body": "Through a pipe."}) + "\n"

    run("-", stdin=feed, monkeypatch=monkeypatch)

    assert Article.objects.get().headline == "Piped"


def test_a_dry_run_writes_nothing_and_shows_the_cleaned_text_and_mentions(fixture_mentions):
    counts = [m.objects.count() for m in (Article, Mention, Person)]

    out, _, error = run(SOURCES / "000_d859d43d3e4e57e3.txt", "--dry-run")

    assert error is None
    assert [m.objects.count() for m in (Article, Mention, Person)] == counts
    assert "Would import" in out
    assert "| Problems with care in ‘inadequate’ children's services" in out
    assert "- Sign up to our daily newsletter" in out
    assert "Sir Michael Wilshaw → Michael Wilshaw" in out
    assert "Dry run, nothing saved: 1 imported" in out


def test_publish_imports_published_articles(db):
    run(SOURCES / "000_d859d43d3e4e57e3.txt", "--publish")

    assert Article.objects.published().count() == 1


def test_draft_imports_drafts_readers_cannot_see(db):
    run(SOURCES, "--draft", "--date", "July 2013")

    assert Article.objects.count() == 5
    assert not Article.objects.published().exists()


def test_publish_and_draft_together_are_refused(db):
    with pytest.raises(CommandError, match="not allowed with argument"):
        call_command("import_articles", str(SOURCES), "--publish", "--draft")

    assert not Article.objects.exists()


def test_a_missing_file_is_a_failure_not_a_crash(db, tmp_path):
    _, err, error = run(tmp_path / "nowhere.txt", SOURCES / "000_d859d43d3e4e57e3.txt")

    assert error is not None
    assert "nowhere.txt: No such file or directory" in err
    assert Article.objects.count() == 1


def test_an_unreadable_date_option_is_refused_before_anything_is_read(db):
    with pytest.raises(CommandError, match="--date: cannot read"):
        call_command("import_articles", str(SOURCES), "--date", "someday")

    assert not Article.objects.exists()

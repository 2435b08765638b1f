"""The archive: every published story reachable by address, year by year."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import views
from articles.models import Article

pytestmark = pytest.mark.django_db


def at(year, month=6, day=1):
    return datetime(year, month, day, 12, tzinfo=UTC)


def test_the_archive_lists_each_year_with_its_published_stories(client, make_article):
    make_article("Old", published_at=at(2013))
    make_article("Mid one", published_at=at(2016, 1))
    make_article("Mid two", published_at=at(2016, 12))
    make_article("Draft", status=Article.Status.DRAFT, published_at=at(2019))
    make_article("Scheduled", published_at=datetime(2999, 1, 1, tzinfo=UTC))

    html = client.get("/archive/").content.decode()

    years = html.split('class="year-list"')[1].split("</ul>")[0]
    assert years.index('href="/archive/2016/"') < years.index('href="/archive/2013/"')
    assert "2 stories" in years
    assert "1 story" in years
    assert "2019" not in years
    assert "2999" not in years


def test_a_years_page_lists_its_stories_oldest_first_and_no_drafts(client, make_article):
    make_article("January story", published_at=at(2016, 1))
    make_article("December story", published_at=at(2016, 12))
    make_article("Other year", published_at=at(2015))
    make_article("Draft story", status=Article.Status.DRAFT, published_at=at(2016, 3))

    html = client.get("/archive/2016/").content.decode()

    assert html.index("January story") < html.index("December story")
    assert "Other year" not in html
    assert "Draft story" not in html
    assert 'href="/archive/2015/"' in html  # the year before, to walk the archive


def test_a_year_without_published_stories_is_not_found(client, make_article):
    make_article("Draft story", status=Article.Status.DRAFT, published_at=at(2016))
    assert client.get("/archive/2016/").status_code == 404
    assert client.get("/archive/2016/page/2/").status_code == 404


def test_a_long_year_is_paged_by_address_not_by_query(client, make_article, monkeypatch):
    monkeypatch.setattr(views.YearView, "paginate_by", 2)
    for day in range(1, 6):
        make_article(f"Story {day}", published_at=at(2016, 1, day))

    first = client.get("/archive/2016/").content.decode()
    second = client.get("/archive/2016/page/2/").content.decode()

    assert "Story 1" in first
    assert "Story 3" not in first
    assert 'href="/archive/2016/page/2/"' in first
    assert "Story 3" in second
    assert "Story 1" not in second
    assert 'href="/archive/2016/"' in second
    assert 'href="/archive/2016/page/3/"' in second
    assert client.get("/archive/2016/page/4/").status_code == 404


def test_archive_queries_do_not_grow_with_stories(client, make_article):
    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    make_article("First", published_at=at(2016))
    before = count("/archive/"), count("/archive/2016/")
    for n in range(8):
        make_article(f"More {n}", published_at=at(2014 + n % 4, 1 + n))
    assert (count("/archive/"), count("/archive/2016/")) == before


def test_every_page_links_the_archive(client):
    nav = client.get("/").content.decode().split('aria-label="Site"')[1].split("</nav>")[0]
    assert 'href="/archive/"' in nav

"""The archive: every published story reachable by plain links, year by year."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import views
from articles.models import Article

pytestmark = pytest.mark.django_db


def at(year, month=6, day=1):
    return datetime(year, month, day, 12, tzinfo=UTC)


def main(client, url):
    return client.get(url).content.decode().split("<main")[1].split("</main>")[0]


def test_the_archive_lists_the_years_from_the_first_story_to_the_latest(client, make_article):
    make_article("Old", published_at=at(2013))
    make_article("Newer", published_at=at(2016))
    make_article("Draft", status=Article.Status.DRAFT, published_at=at(2019))
    make_article("Scheduled", published_at=datetime(2999, 1, 1, tzinfo=UTC))

    years = main(client, "/archive/").split('class="year-list"')[1]

    assert [chunk.split("/")[0] for chunk in years.split('href="/archive/')[1:]] == [
        "2016",
        "2015",
        "2014",
        "2013",
    ]


def test_a_years_page_lists_its_published_stories_newest_first(client, make_article):
    make_article("January story", published_at=at(2016, 1))
    make_article("December story", published_at=at(2016, 12))
    make_article("Other year", published_at=at(2015))
    make_article("Draft story", status=Article.Status.DRAFT, published_at=at(2016, 3))

    html = main(client, "/archive/2016/")

    assert html.index("December story") < html.index("January story")
    assert "Other year" not in html
    assert "Draft story" not in html
    assert 'href="/archive/2015/"' in html  # the year before, to walk the archive


def test_an_empty_year_between_stories_says_so_and_others_are_not_found(client, make_article):
    make_article("Old", published_at=at(2013))
    make_article("New", published_at=at(2016))

    assert "No stories published in 2014." in main(client, "/archive/2014/")
    assert client.get("/archive/2012/").status_code == 404
    assert client.get("/archive/2017/").status_code == 404
    assert client.get("/archive/0/").status_code == 404
    assert client.get("/archive/99999/").status_code == 404


def test_a_long_year_pages_through_every_story_once(client, make_article, monkeypatch):
    monkeypatch.setattr(views.YearView, "stories_per_page", 2)
    for day in range(1, 6):
        make_article(f"Story {day}", published_at=at(2016, 1, day))

    url, listed = "/archive/2016/", []
    while url:
        html = main(client, url)
        listed += [chunk.split("<")[0] for chunk in html.split('/">')[1:] if chunk[:6] == "Story "]
        older = html.split('rel="next" href="')[1:]
        url = "/archive/2016/" + older[0].split('"')[0].replace("&amp;", "&") if older else None

    assert listed == [f"Story {day}" for day in range(5, 0, -1)]


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

"""Atom feeds of the latest stories and per entity, sitemap.xml and robots.txt."""

from datetime import UTC, date, datetime
from xml.etree import ElementTree

import pytest

from articles.mentions import relink
from articles.models import Article
from entities.models import Inspection, InspectionRating

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 -- our own output
    return [
        (e.findtext(f"{ATOM}title"), e.find(f"{ATOM}link").get("href"))
        for e in root.iter(f"{ATOM}entry")
    ]


def test_latest_feed_lists_published_stories_newest_first(client, make_article):
    make_article("Old story", published_at=datetime(2020, 1, 1, tzinfo=UTC))
    new = make_article("New story", published_at=datetime(2021, 1, 1, tzinfo=UTC))
    make_article("Draft story", status=Article.Status.DRAFT, published_at=None)
    found = entries(client, "/feeds/latest/")
    assert [title for title, _ in found] == ["New story", "Old story"]
    assert found[0][1] == f"http://testserver{new.get_absolute_url()}"


def test_an_entity_feed_follows_only_the_stories_that_mention_it(
    client, make_article, make_organisation, make_person
):
    make_organisation("Ofsted")
    gove = make_person("Michael Gove")
    relink(make_article("About Ofsted", body="Ofsted said so."))
    relink(make_article("About Gove", body="Michael Gove said so."))
    assert [t for t, _ in entries(client, "/organisations/ofsted/feed/")] == ["About Ofsted"]
    assert [t for t, _ in entries(client, f"{gove.get_absolute_url()}feed/")] == ["About Gove"]
    assert client.get("/organisations/nobody/feed/").status_code == 404


def test_pages_announce_their_feeds(client, make_organisation):
    ofsted = make_organisation("Ofsted")
    html = client.get(ofsted.get_absolute_url()).content.decode()
    head = html.split("</head>")[0]
    entity_feed = (
        '<link rel="alternate" type="application/atom+xml" title="Newsroom: Ofsted" '
        'href="/organisations/ofsted/feed/">'
    )
    assert entity_feed in head
    assert head.index(entity_feed) < head.index('href="/feeds/latest/"')
    assert 'href="/feeds/latest/"' in client.get("/").content.decode().split("</head>")[0]


def test_sitemap_lists_published_articles_entities_and_ratings(
    client, make_article, make_organisation, make_person
):
    public = make_article("Public story")
    draft = make_article("Draft story", status=Article.Status.DRAFT, published_at=None)
    ofsted, council = make_organisation("Ofsted"), make_organisation("Wessex Council")
    person = make_person("Ann Early")
    inspection = Inspection.objects.create(
        organisation=council, inspectorate=ofsted, framework="ilacs", published_on=date(2019, 1, 1)
    )
    InspectionRating.objects.create(inspection=inspection, judgement_area="overall", grade=2)
    response = client.get("/sitemap.xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 -- our own output
    urls = {loc.text.removeprefix("http://testserver") for loc in root.iter(f"{SITEMAP}loc")}
    assert {
        public.get_absolute_url(),
        ofsted.get_absolute_url(),
        person.get_absolute_url(),
        "/ratings/",
        "/ratings/wessex-council/",
    } <= urls
    assert draft.get_absolute_url() not in urls
    assert "/ratings/ofsted/" not in urls


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_admin_and_api(client):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response.headers["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /api/" in text

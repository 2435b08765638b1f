"""Unpublished and scheduled articles reach no anonymous reader, by any public route."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.mentions import relink
from articles.models import Article
from entities.models import Inspection, InspectionRating, Organisation

pytestmark = pytest.mark.django_db

SECRET = "Zanzibar embargo"


@pytest.fixture
def hidden(make_article, make_organisation):
    """One article in each unpublished state, all naming Ofsted, citing a rating."""
    ofsted = make_organisation("Ofsted", slug="ofsted", kind=Organisation.Kind.REGULATOR)
    inspection = Inspection.objects.create(
        organisation=ofsted, inspectorate=ofsted, framework="ilacs"
    )
    rating = InspectionRating.objects.create(
        inspection=inspection, judgement_area="overall", grade=4
    )
    articles = []
    states = {
        "draft": {"status": Article.Status.DRAFT},
        "in-review": {"status": Article.Status.IN_REVIEW},
        "withdrawn": {"status": Article.Status.WITHDRAWN},
        "scheduled": {"published_at": timezone.now() + timedelta(days=1)},
    }
    for name, fields in states.items():
        article = make_article(
            headline=f"{SECRET} {name}",
            slug=f"secret-{name}",
            standfirst=f"{SECRET} standfirst",
            body=f"Ofsted said {SECRET}.",
            **fields,
        )
        relink(article)
        rating.sources.add(article)
        articles.append(article)
    return ofsted, articles


def public_urls(ofsted, articles):
    urls = [
        "/",
        "/ratings/",
        f"/ratings/{ofsted.slug}/",
        f"/search/?q={SECRET.split()[0]}",
        "/feeds/latest/",
        f"/organisations/{ofsted.slug}/",
        f"/organisations/{ofsted.slug}/feed/",
        "/sitemap.xml",
        "/api/v1/articles/",
        f"/api/v1/articles/?search={SECRET.split()[0]}",
        "/api/v1/articles/?status=draft",
        f"/api/v1/articles/?mentions={ofsted.slug}",
        "/api/v1/mentions/",
        f"/api/v1/organisations/{ofsted.slug}/",
        "/api/v1/ratings/",
        "/api/v1/inspections/",
    ]
    for article in articles:
        urls += [f"/articles/{article.slug}/", f"/api/v1/articles/{article.slug}/"]
    return urls


def test_no_public_route_shows_an_unpublished_or_scheduled_article(client, hidden):
    ofsted, articles = hidden
    for url in public_urls(ofsted, articles):
        response = client.get(url)
        assert response.status_code in {200, 404}, url
        body = b"".join(response) if response.streaming else response.content
        assert SECRET.encode() not in body, url
        assert b"secret-" not in body, url


def test_readers_with_accounts_see_no_unpublished_article(client, hidden, make_user):
    ofsted, articles = hidden
    client.force_login(make_user())
    for url in public_urls(ofsted, articles):
        assert SECRET.encode() not in client.get(url).content, url


def test_staff_do_see_them_so_the_routes_above_would_show_a_leak(client, hidden, editor):
    _, articles = hidden
    client.force_login(editor)
    for article in articles:
        assert SECRET.encode() in client.get(f"/articles/{article.slug}/").content
        assert SECRET.encode() in client.get(f"/api/v1/articles/{article.slug}/").content

"""Every list and detail in the API costs the same number of queries however much it holds."""

import pytest
from api_support import (  # noqa: F401 (fixtures)
    anonymous_fixture,
    as_editor_fixture,
    fresh_throttle_fixture,
)
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.mentions import relink
from entities.models import (
    Alias,
    Identifier,
    Inspection,
    InspectionRating,
    Organisation,
    Role,
)

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/articles/",
    "/api/v1/articles/?mentions=regulator-1&mentions=person-number-1",
    "/api/v1/mentions/",
    "/api/v1/organisations/",
    "/api/v1/people/",
    "/api/v1/aliases/",
    "/api/v1/roles/",
    "/api/v1/inspections/",
    "/api/v1/ratings/",
]


@pytest.fixture
def grow(make_organisation, make_person, make_article):
    """Add `n` of everything, each with `n` of what hangs off it, mentions and all."""
    made = {"count": 0}

    def grow(n):
        for _ in range(n):
            i = made["count"] = made["count"] + 1
            regulator = make_organisation(
                f"Regulator {i}", slug=f"regulator-{i}", kind=Organisation.Kind.REGULATOR
            )
            publisher = make_organisation(f"Paper {i}", kind=Organisation.Kind.PUBLISHER)
            person = make_person(f"Person Number{i}", slug=f"person-number-{i}")
            writer = make_person(f"Writer Number{i}", slug=f"writer-number-{i}")
            Alias.objects.create(organisation=regulator, text=f"Reg{i}", kind="acronym")
            Identifier.objects.create(organisation=regulator, scheme="ofsted-urn", identifier=i)
            body = " ".join([f"Regulator {i} met Person Number{i}."] * n)
            article = make_article(f"Story {i}", body=body, publication=publisher)
            article.authors.add(writer)
            relink(article)
            Role.objects.create(
                person=person, organisation=regulator, title="Chief", source=article
            )
            inspection = Inspection.objects.create(
                organisation=regulator, inspectorate=regulator, framework="ilacs"
            )
            rating = InspectionRating.objects.create(
                inspection=inspection, judgement_area="overall", grade=2
            )
            rating.sources.add(article)

    return grow


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    assert response.json().get("results", True), "an empty list proves nothing"
    return len(captured)


@pytest.mark.parametrize("url", LISTS)
def test_list_queries_do_not_grow_with_rows_or_mentions(anonymous, grow, url):
    grow(1)
    few = queries(anonymous, url)
    grow(10)
    assert queries(anonymous, url) == few


@pytest.mark.parametrize("url", LISTS)
def test_editor_list_queries_do_not_grow_either(as_editor, grow, url):
    grow(1)
    few = queries(as_editor, url)
    grow(10)
    assert queries(as_editor, url) == few


def test_article_detail_queries_do_not_grow_with_mentions(anonymous, make_article, grow):
    grow(1)
    few = make_article("Few", body="Regulator 1 spoke.")
    many = make_article("Many", body="Regulator 1 spoke. Person Number1 too. " * 30)
    relink(few)
    relink(many)
    assert many.mentions.count() == 60
    assert queries(anonymous, f"/api/v1/articles/{few.slug}/") == queries(
        anonymous, f"/api/v1/articles/{many.slug}/"
    )


def test_the_article_list_takes_a_fixed_handful_of_queries(anonymous, grow):
    grow(10)
    # The page with its publication joined, then authors and linked mentions prefetched:
    # no count of the whole list.
    assert queries(anonymous, "/api/v1/articles/") == 3

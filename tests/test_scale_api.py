"""The API at scale: lists page by cursor, so a deep page costs what the first does; no request
counts a whole table; and lists and records cost the same queries however much hangs off them."""

from datetime import UTC, date, datetime, timedelta

import pytest
from api_support import (  # noqa: F401 (fixtures)
    anonymous_fixture,
    as_editor_fixture,
    fresh_throttle_fixture,
    results,
)
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.mentions import relink
from articles.models import Article
from entities.models import Alias, Inspection, InspectionRating, Organisation, Role

pytestmark = pytest.mark.django_db

START = datetime(2020, 1, 1, tzinfo=UTC)


def walk(client, url, *, direction="next"):
    """Every row of a list, following its links from the first page (or back from the last)."""
    rows, pages = [], 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        page = response.json()
        rows = page["results"] + rows if direction == "previous" else rows + page["results"]
        url, pages = page[direction], pages + 1
    return rows, pages


def last_page(client, url):
    while (following := client.get(url).json()["next"]) is not None:
        url = following
    return url


@pytest.fixture
def articles(make_article, make_organisation):
    """Twelve published articles, some sharing a publication time or a headline, and two
    drafts with no time at all; every third mentions Ofsted."""
    ofsted = make_organisation("Ofsted", slug="ofsted")
    Alias.objects.create(organisation=ofsted, text="Ofsted")
    made = []
    for n in range(12):
        body = "Ofsted visited." if n % 3 == 0 else "Nobody visited."
        made.append(
            make_article(
                f"Story {n % 5}",
                slug=f"story-{n}",
                body=body,
                published_at=START + timedelta(hours=n // 3, microseconds=n % 2),
            )
        )
    for n in range(2):
        made.append(
            make_article(
                f"Draft {n}", slug=f"draft-{n}", status=Article.Status.DRAFT, published_at=None
            )
        )
    for article in made:
        relink(article)
    return made


ORDERINGS = ["", "published_at", "-published_at", "headline", "-headline", "edited_at"]


@pytest.mark.parametrize("ordering", ORDERINGS)
@pytest.mark.parametrize("who", ["anonymous", "as_editor"])
def test_following_next_links_gives_every_article_once_in_order(request, articles, ordering, who):
    client = request.getfixturevalue(who)
    query = f"?ordering={ordering}&" if ordering else "?"
    everything = [r["slug"] for r in results(client.get(f"/api/v1/articles/{query}page_size=200"))]
    paged, pages = walk(client, f"/api/v1/articles/{query}page_size=3")
    assert [r["slug"] for r in paged] == everything
    assert len(everything) == (14 if who == "as_editor" else 12)
    assert pages == -(-len(everything) // 3)


@pytest.mark.parametrize("ordering", ORDERINGS)
def test_previous_links_walk_back_over_the_same_pages(as_editor, articles, ordering):
    query = f"?ordering={ordering}&" if ordering else "?"
    forwards, _ = walk(as_editor, f"/api/v1/articles/{query}page_size=4")
    backwards, _ = walk(
        as_editor,
        last_page(as_editor, f"/api/v1/articles/{query}page_size=4"),
        direction="previous",
    )
    assert [r["slug"] for r in backwards] == [r["slug"] for r in forwards]


def test_the_first_page_has_no_previous_link_and_the_last_no_next(anonymous, articles):
    first = anonymous.get("/api/v1/articles/?page_size=5").json()
    assert first["previous"] is None
    assert set(first) == {"next", "previous", "results"}
    last = anonymous.get(last_page(anonymous, "/api/v1/articles/?page_size=5")).json()
    assert last["next"] is None
    assert last["previous"]


def test_filters_keep_working_across_pages(anonymous, articles):
    paged, _ = walk(anonymous, "/api/v1/articles/?mentions=ofsted&page_size=1")
    assert sorted(r["slug"] for r in paged) == ["story-0", "story-3", "story-6", "story-9"]
    mentions, _ = walk(anonymous, "/api/v1/mentions/?entity=ofsted&page_size=1")
    assert [m["article"] for m in mentions] == ["story-0", "story-3", "story-6", "story-9"]


def test_a_cursor_keeps_its_filters_and_page_size(anonymous, articles):
    first = anonymous.get("/api/v1/articles/?mentions=ofsted&page_size=2").json()
    assert "mentions=ofsted" in first["next"]
    assert "page_size=2" in first["next"]


def test_a_cursor_from_another_ordering_is_refused(anonymous, articles):
    following = anonymous.get("/api/v1/articles/?page_size=2").json()["next"]
    cursor = following.split("cursor=")[1].split("&")[0]
    response = anonymous.get(f"/api/v1/articles/?ordering=headline&cursor={cursor}")
    assert response.status_code == 404


def test_rows_added_while_paging_are_neither_repeated_nor_skipped(
    anonymous, articles, make_article
):
    first = anonymous.get("/api/v1/articles/?ordering=published_at&page_size=5").json()
    make_article("Earliest of all", published_at=START - timedelta(days=1))
    rest, _ = walk(anonymous, first["next"])
    seen = [r["slug"] for r in first["results"] + rest]
    assert len(seen) == len(set(seen)) == 12


@pytest.fixture
def entities(make_organisation, make_person, make_article):
    """Organisations and people with equal names, aliases, posts and inspections with and
    without dates: the nullable and related columns the other lists sort on."""
    article = make_article("Source", slug="source")
    for n in range(7):
        organisation = make_organisation(f"Council {n % 3}", slug=f"council-{n}")
        person = make_person(f"Pat Smith{n % 2}", slug=f"pat-{n}")
        Alias.objects.create(organisation=organisation, text=f"C{n % 4}")
        Alias.objects.create(person=person, text=f"P{n % 4}")
        Role.objects.create(
            person=person,
            organisation=organisation if n % 3 else None,
            title="Chief",
            start_date=date(2015 + n % 3, 1, 1) if n % 2 else None,
            source=article,
        )
        inspection = Inspection.objects.create(
            organisation=organisation,
            inspectorate=organisation,
            framework="ilacs",
            start_date=date(2019, 1, 1),
            published_on=date(2019 + n % 3, 2, 1) if n % 2 else None,
        )
        for area in ("overall", "leadership"):
            InspectionRating.objects.create(
                inspection=inspection, judgement_area=area, grade=1 + n % 4
            )
    Organisation.objects.filter(slug="council-0").update(kind=Organisation.Kind.REGULATOR)


LISTS = [
    "/api/v1/organisations/",
    "/api/v1/organisations/?ordering=current_grade",
    "/api/v1/organisations/?ordering=-current_grade",
    "/api/v1/people/",
    "/api/v1/people/?ordering=-sort_name",
    "/api/v1/aliases/",
    "/api/v1/roles/",
    "/api/v1/roles/?ordering=start_date",
    "/api/v1/roles/?ordering=-end_date",
    "/api/v1/inspections/",
    "/api/v1/inspections/?ordering=-published_on",
    "/api/v1/ratings/",
    "/api/v1/ratings/?ordering=grade",
    "/api/v1/ratings/?ordering=-published_on",
]


@pytest.mark.parametrize("url", LISTS)
def test_every_list_pages_through_all_its_rows_in_order(anonymous, entities, url):
    glue = "&" if "?" in url else "?"
    everything = results(anonymous.get(f"{url}{glue}page_size=200"))
    paged, pages = walk(anonymous, f"{url}{glue}page_size=2")
    assert paged == everything
    assert pages > 3
    backwards, _ = walk(
        anonymous, last_page(anonymous, f"{url}{glue}page_size=2"), direction="previous"
    )
    assert backwards == everything


def test_the_mention_list_pages_through_drafts_for_editors(as_editor, articles):
    everything = results(as_editor.get("/api/v1/mentions/?page_size=200"))
    paged, _ = walk(as_editor, "/api/v1/mentions/?page_size=1")
    assert paged == everything
    assert {m["article"] for m in paged} >= {"story-0", "story-9"}


def queries(client, url) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(captured), [q["sql"].upper() for q in captured]


@pytest.mark.parametrize(
    "url",
    ["/api/v1/articles/", "/api/v1/mentions/", "/api/v1/aliases/", "/api/v1/ratings/"],
)
def test_a_deep_page_costs_the_same_queries_as_the_first_and_counts_nothing(
    anonymous, articles, entities, url
):
    first, sql = queries(anonymous, f"{url}?page_size=1")
    deep = last_page(anonymous, f"{url}?page_size=1")
    assert queries(anonymous, deep)[0] == first
    for statement in sql + queries(anonymous, deep)[1]:
        assert "COUNT(" not in statement
        assert "OFFSET" not in statement


# Queries per request with 0, 10 and 100 rows hanging off each record.


@pytest.fixture
def hanging(make_organisation, make_person, make_article):
    """An article, organisation and person, each with `n` mentions, aliases or posts."""

    def make(n):
        organisation = make_organisation(f"Trust {n}", slug=f"trust-{n}")
        person = make_person(f"Alex Jones{n}", slug=f"alex-{n}")
        Alias.objects.create(organisation=organisation, text=f"T{n}")
        for i in range(n):
            Alias.objects.create(organisation=organisation, text=f"Trust {n} alias {i}")
            Alias.objects.create(person=person, text=f"Alex {n} alias {i}")
            Role.objects.create(person=person, organisation=organisation, title=f"Post {i}")
        body = " ".join([f"T{n} met Alex Jones{n}."] * (n // 2)) or "Nothing."
        article = make_article(f"Story with {n}", slug=f"story-with-{n}", body=body)
        relink(article)
        assert article.mentions.count() == n
        inspection = Inspection.objects.create(
            organisation=organisation, inspectorate=organisation, framework="ilacs"
        )
        InspectionRating.objects.create(inspection=inspection, judgement_area="overall", grade=2)
        return {"article": article, "organisation": organisation, "person": person}

    return make


DETAILS = {
    "article": "/api/v1/articles/{article.slug}/",
    "organisation": "/api/v1/organisations/{organisation.slug}/",
    "person": "/api/v1/people/{person.slug}/",
    "article list": "/api/v1/articles/?page_size=1",  # the newest: the one just made
    "mention list": "/api/v1/mentions/?article={article.slug}",
    "organisation list": "/api/v1/organisations/?q={organisation.name}",
    "person list": "/api/v1/people/?q={person.name}",
    "role list": "/api/v1/roles/?person={person.slug}",
    "alias list": "/api/v1/aliases/?organisation={organisation.slug}",
}


@pytest.mark.parametrize("name", DETAILS)
@pytest.mark.parametrize("who", ["anonymous", "as_editor"])
def test_queries_are_the_same_with_0_10_and_100_related_rows(request, hanging, name, who):
    client = request.getfixturevalue(who)
    counts = []
    for n in (0, 10, 100):
        made = hanging(n)
        counts.append(queries(client, DETAILS[name].format(**made))[0])
    assert len(set(counts)) == 1, counts

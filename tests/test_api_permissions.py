"""Who may write what through the API, and that no route shows an anonymous client a draft."""

import pytest
from api_support import (  # noqa: F401 (fixtures)
    anonymous_fixture,
    as_editor_fixture,
    as_reporter_fixture,
    fresh_throttle_fixture,
    results,
    slugs,
)

from articles.mentions import relink
from articles.models import Article
from entities.models import Alias, Inspection, InspectionRating, Organisation, Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(make_organisation, make_person, make_article, make_alias):
    """One of everything, so every resource has a record to change."""
    ofsted = make_organisation("Ofsted", kind=Organisation.Kind.REGULATOR)
    council = make_organisation("A Council", kind=Organisation.Kind.LOCAL_AUTHORITY)
    person = make_person("Amanda Spielman")
    alias = make_alias(ofsted, "the watchdog", kind=Alias.Kind.DESCRIPTION)
    article = make_article("Ofsted speaks", body="Ofsted spoke. Amanda Spielman said so.")
    relink(article)
    role = Role.objects.create(person=person, organisation=ofsted, title="Chief inspector")
    inspection = Inspection.objects.create(
        organisation=council, inspectorate=ofsted, framework=Inspection.Framework.ILACS
    )
    rating = InspectionRating.objects.create(
        inspection=inspection, judgement_area="overall", grade=InspectionRating.Grade.GOOD
    )
    return {
        "articles": article.slug,
        "mentions": article.mentions.first().pk,
        "organisations": council.slug,
        "people": person.slug,
        "aliases": alias.pk,
        "roles": role.pk,
        "inspections": inspection.pk,
        "ratings": rating.pk,
        "inspection": inspection.pk,
    }


def new(resource, world):
    """A valid body that creates a record of the resource."""
    return {
        "articles": {"headline": "Fresh", "slug": "fresh", "body": "Words."},
        "mentions": {
            "article": world["articles"],
            "field": "body",
            "start": 7,
            "end": 12,
            "organisation": "ofsted",
        },
        "organisations": {"name": "A Trust", "slug": "a-trust"},
        "people": {"name": "Ada Lovelace", "slug": "ada-lovelace"},
        "aliases": {"text": "Mr Spielman", "person": world["people"]},
        "roles": {"person": world["people"], "title": "Inspector"},
        "inspections": {
            "organisation": world["organisations"],
            "inspectorate": "ofsted",
            "framework": "sif",
        },
        "ratings": {"inspection": world["inspection"], "judgement_area": "leadership", "grade": 3},
    }[resource]


CHANGE = {
    "articles": {"headline": "Changed"},
    "mentions": {"rejected": True},
    "organisations": {"description": "Changed"},
    "people": {"description": "Changed"},
    "aliases": {"kind": "name"},
    "roles": {"title": "Changed"},
    "inspections": {"notes": "Changed"},
    "ratings": {"notes": "Changed"},
}
RESOURCES = list(CHANGE)
# What the Reporters group may do (articles/migrations/0003): write copy and the names in it,
# but not posts, inspections or ratings, and delete nothing.
REPORTERS_WRITE = {"articles", "mentions", "organisations", "people", "aliases"}


def url(resource, key=None):
    return f"/api/v1/{resource}/" + (f"{key}/" if key is not None else "")


@pytest.mark.parametrize("resource", RESOURCES)
def test_anonymous_clients_may_read_but_never_write(anonymous, world, resource):
    assert anonymous.get(url(resource)).status_code == 200
    assert anonymous.get(url(resource, world[resource])).status_code == 200
    assert anonymous.post(url(resource), new(resource, world), format="json").status_code == 401
    detail = url(resource, world[resource])
    assert anonymous.patch(detail, CHANGE[resource], format="json").status_code == 401
    assert anonymous.delete(detail).status_code in {401, 405}


@pytest.mark.parametrize("resource", RESOURCES)
def test_editors_may_create_and_change_everything(as_editor, world, resource):
    # Change first: creating a mention re-links its article, which renumbers the linker's.
    changed = as_editor.patch(url(resource, world[resource]), CHANGE[resource], format="json")
    assert changed.status_code == 200, changed.content
    created = as_editor.post(url(resource), new(resource, world), format="json")
    assert created.status_code == 201, created.content


@pytest.mark.parametrize("resource", [r for r in RESOURCES if r != "mentions"])
def test_editors_may_delete(as_editor, world, resource):
    created = as_editor.post(url(resource), new(resource, world), format="json").json()
    key = created.get("slug", created.get("id"))
    assert as_editor.delete(url(resource, key)).status_code == 204
    assert as_editor.get(url(resource, key)).status_code == 404


@pytest.mark.parametrize("resource", RESOURCES)
def test_reporters_write_copy_and_names_but_not_posts_or_ratings(as_reporter, world, resource):
    changed = as_reporter.patch(url(resource, world[resource]), CHANGE[resource], format="json")
    created = as_reporter.post(url(resource), new(resource, world), format="json")
    expected = {201, 200} if resource in REPORTERS_WRITE else {403}
    assert {created.status_code, changed.status_code} == expected, created.content


@pytest.mark.parametrize("resource", [r for r in RESOURCES if r != "mentions"])
def test_reporters_may_not_delete(as_reporter, world, resource):
    assert as_reporter.delete(url(resource, world[resource])).status_code == 403


def test_reporters_write_drafts_but_may_not_publish(as_reporter, make_article):
    draft = {"headline": "Scoop", "slug": "scoop", "body": "Words.", "status": "in_review"}
    assert as_reporter.post("/api/v1/articles/", draft, format="json").status_code == 201
    published = as_reporter.post(
        "/api/v1/articles/", {**draft, "slug": "scoop-2", "status": "published"}, format="json"
    )
    assert published.status_code == 403
    assert "may not move an article from draft to published" in published.json()["detail"]
    live = make_article("Live story")
    for status in ("withdrawn", "draft"):
        response = as_reporter.patch(
            f"/api/v1/articles/{live.slug}/", {"status": status}, format="json"
        )
        assert response.status_code == 403
    live.refresh_from_db()
    assert live.status == Article.Status.PUBLISHED
    assert not Article.objects.filter(slug="scoop-2").exists()


def test_editors_publish_and_withdraw_and_the_move_is_recorded(as_editor, editor, make_article):
    draft = make_article("Scoop", status=Article.Status.DRAFT, published_at=None)
    for status in ("published", "withdrawn"):
        response = as_editor.patch(
            f"/api/v1/articles/{draft.slug}/", {"status": status}, format="json"
        )
        assert response.status_code == 200
        draft.refresh_from_db()
        assert draft.status == status
        assert draft.status_changed_by == editor


# Drafts never reach anonymous clients, by any route


@pytest.fixture
def draft(make_article, make_organisation, make_person):
    make_organisation("Ofsted")
    make_person("Amanda Spielman")
    article = make_article(
        "Secret scoop",
        body="Ofsted and Amanda Spielman, secretly.",
        status=Article.Status.DRAFT,
        published_at=None,
    )
    relink(article)
    return article


@pytest.fixture
def scheduled(make_article):
    from datetime import UTC, datetime

    return make_article("Tomorrow's scoop", published_at=datetime(2999, 1, 1, tzinfo=UTC))


def test_no_route_shows_an_anonymous_client_a_draft(anonymous, draft, scheduled):
    hidden = {draft.slug, scheduled.slug}
    lists = [
        "/api/v1/articles/",
        "/api/v1/articles/?status=draft",
        "/api/v1/articles/?status=draft&status=in_review&status=withdrawn",
        "/api/v1/articles/?mentions=ofsted",
        "/api/v1/articles/?organisation=ofsted",
        "/api/v1/articles/?person=amanda-spielman",
        "/api/v1/articles/?q=secret",
        "/api/v1/articles/?published_after=2990-01-01",
    ]
    for address in lists:
        assert not hidden & set(slugs(anonymous.get(address))), address
    for article in (draft, scheduled):
        assert anonymous.get(f"/api/v1/articles/{article.slug}/").status_code == 404
    mentions = results(anonymous.get("/api/v1/mentions/"))
    mentions += results(anonymous.get(f"/api/v1/mentions/?article={draft.slug}"))
    assert not {m["article"] for m in mentions} & hidden
    mention = draft.mentions.first()
    assert anonymous.get(f"/api/v1/mentions/{mention.pk}/").status_code == 404
    ofsted = anonymous.get("/api/v1/organisations/ofsted/").json()
    assert not hidden & set(slugs(anonymous.get(ofsted["articles"])))


def test_rows_citing_a_draft_do_not_name_it_to_anonymous_clients(
    anonymous, as_editor, draft, make_alias
):
    ofsted = Organisation.objects.get(slug="ofsted")
    alias = make_alias(ofsted, "the inspectorate", source=draft)
    role = Role.objects.create(
        person=draft.mentions.filter(person__isnull=False).first().person,
        organisation=ofsted,
        title="Chief inspector",
        source=draft,
    )
    inspection = Inspection.objects.create(
        organisation=ofsted, inspectorate=ofsted, framework=Inspection.Framework.ILACS
    )
    rating = InspectionRating.objects.create(
        inspection=inspection, judgement_area="overall", grade=2
    )
    rating.sources.add(draft)
    assert anonymous.get(f"/api/v1/aliases/{alias.pk}/").json()["source"] is None
    assert anonymous.get(f"/api/v1/roles/{role.pk}/").json()["source"] is None
    assert anonymous.get(f"/api/v1/ratings/{rating.pk}/").json()["sources"] == []
    assert as_editor.get(f"/api/v1/roles/{role.pk}/").json()["source"] == draft.slug
    assert as_editor.get(f"/api/v1/ratings/{rating.pk}/").json()["sources"] == [draft.slug]


def test_editors_and_reporters_see_drafts_and_filter_by_status(
    as_editor, as_reporter, draft, make_article
):
    make_article("Public story")
    for client in (as_editor, as_reporter):
        assert slugs(client.get("/api/v1/articles/?status=draft")) == [draft.slug]
        assert client.get(f"/api/v1/articles/{draft.slug}/").status_code == 200


def test_rejected_mentions_are_shown_only_to_the_newsroom(
    anonymous, as_editor, make_article, make_organisation
):
    make_organisation("Ofsted")
    article = make_article(body="Ofsted came.")
    relink(article)
    article.mentions.update(rejected=True)
    assert results(anonymous.get("/api/v1/mentions/")) == []
    assert results(anonymous.get("/api/v1/mentions/?rejected=true")) == []
    assert len(results(as_editor.get("/api/v1/mentions/?rejected=true"))) == 1

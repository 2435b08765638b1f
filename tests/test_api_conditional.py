"""Conditional requests: ETags on detail resources, 304 when unchanged, 412 on a stale write."""

import pytest
from api_support import (  # noqa: F401 (fixtures)
    anonymous_fixture,
    as_editor_fixture,
    fresh_throttle_fixture,
)

from articles.mentions import relink
from articles.models import Mention
from newsroom.api.conditional import etag_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(make_article, make_organisation):
    make_organisation("Ofsted")
    article = make_article(body="Ofsted came.")
    relink(article)
    return article


def detail(article):
    return f"/api/v1/articles/{article.slug}/"


def test_detail_resources_carry_an_etag_and_answer_304_when_unchanged(anonymous, article):
    first = anonymous.get(detail(article))
    tag = first["ETag"]
    assert tag.startswith('"')
    again = anonymous.get(detail(article), HTTP_IF_NONE_MATCH=tag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == tag
    assert anonymous.get(detail(article), HTTP_IF_NONE_MATCH='"other"').status_code == 200


@pytest.mark.parametrize(
    "address",
    [
        "/api/v1/organisations/ofsted/",
        "/api/v1/people/amanda-spielman/",
        "/api/v1/aliases/{alias}/",
        "/api/v1/mentions/{mention}/",
    ],
)
def test_every_kind_of_record_has_an_etag(anonymous, article, make_person, make_alias, address):
    person = make_person("Amanda Spielman")
    alias = make_alias(person, "Ms Spielman")
    url = address.format(alias=alias.pk, mention=article.mentions.get().pk)
    tag = anonymous.get(url)["ETag"]
    assert anonymous.get(url, HTTP_IF_NONE_MATCH=tag).status_code == 304


def test_the_tag_changes_when_the_article_or_its_mentions_change(anonymous, as_editor, article):
    before = anonymous.get(detail(article))["ETag"]
    Mention.objects.filter(article=article).update(rejected=True)
    after_rejection = anonymous.get(detail(article))["ETag"]
    assert after_rejection != before
    as_editor.patch(detail(article), {"headline": "New headline"}, format="json")
    assert anonymous.get(detail(article))["ETag"] not in {before, after_rejection}


def test_a_write_with_a_stale_if_match_is_refused_with_412(as_editor, article):
    stale = as_editor.get(detail(article))["ETag"]
    fresh = as_editor.patch(
        detail(article), {"headline": "First"}, format="json", HTTP_IF_MATCH=stale
    )
    assert fresh.status_code == 200
    assert fresh["ETag"] != stale
    lost_update = as_editor.patch(
        detail(article), {"headline": "Second"}, format="json", HTTP_IF_MATCH=stale
    )
    assert lost_update.status_code == 412
    assert "changed since you read it" in lost_update.json()["detail"]
    article.refresh_from_db()
    assert article.headline == "First"
    assert as_editor.get(detail(article))["ETag"] == fresh["ETag"]


def test_a_delete_with_a_stale_if_match_is_refused(as_editor, make_organisation):
    trust = make_organisation("A Trust")
    url = "/api/v1/organisations/a-trust/"
    tag = as_editor.get(url)["ETag"]
    as_editor.patch(url, {"description": "Edited meanwhile"}, format="json")
    assert as_editor.delete(url, HTTP_IF_MATCH=tag).status_code == 412
    trust.refresh_from_db()
    current = as_editor.get(url)["ETag"]
    assert as_editor.delete(url, HTTP_IF_MATCH=current).status_code == 204


def test_writes_without_if_match_and_with_a_star_go_ahead(as_editor, article):
    assert as_editor.patch(detail(article), {"byline": "By A"}, format="json").status_code == 200
    response = as_editor.patch(
        detail(article), {"byline": "By B"}, format="json", HTTP_IF_MATCH="*"
    )
    assert response.status_code == 200


def test_a_mention_without_timestamps_gets_a_tag_from_its_fields(article):
    mention = article.mentions.get()
    before = etag_for(mention)
    mention.rejected = True
    assert etag_for(mention) != before

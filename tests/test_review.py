"""Editors review mentions on the article's admin page, and their decisions stick."""

import pytest
from django.urls import reverse

from articles.models import Article, Mention
from entities.models import Alias
from tests.admin_forms import errors_of, unchanged_post_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def ofsted(make_organisation, make_alias):
    ofsted = make_organisation("Ofsted")
    make_alias(ofsted, "the watchdog", kind=Alias.Kind.DESCRIPTION)
    return ofsted


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def post_change(client, article, **changes):
    data = unchanged_post_data(client.get(change_url(article)))
    data.update(changes)
    response = client.post(change_url(article), data)
    assert response.status_code == 302, errors_of(response)


def test_an_article_typed_in_the_admin_is_linked_on_save(client, editor, ofsted):
    client.force_login(editor)
    response = client.post(
        reverse("admin:articles_article_add"),
        {
            "headline": "Watchdog report",
            "slug": "watchdog-report",
            "body": "Ofsted published it. The watchdog said more.",
            "published_precision": "minute",
            "status": "draft",
            "mentions-TOTAL_FORMS": "0",
            "mentions-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, errors_of(response)
    article = Article.objects.get(slug="watchdog-report")
    assert [m.text for m in article.mentions.order_by("start")] == ["Ofsted", "The watchdog"]


def test_editing_the_body_in_the_admin_relinks(client, editor, make_article, ofsted):
    article = make_article(body="Nothing here.")
    client.force_login(editor)
    post_change(client, article, body="Now Ofsted is here.")
    assert [m.text for m in article.mentions.all()] == ["Ofsted"]


def test_a_rejection_in_the_admin_survives_the_relink_on_save(client, editor, make_article, ofsted):
    from articles.mentions import relink

    article = make_article(body="Ofsted said so.")
    relink(article)
    client.force_login(editor)
    post_change(client, article, **{"mentions-0-rejected": "on"})
    mention = article.mentions.get()
    assert mention.rejected
    assert mention.origin == Mention.Origin.EDITOR
    post_change(client, article, body="Indeed, Ofsted said so.")
    assert list(article.mentions.values_list("start", "rejected")) == [(8, True)]


def test_an_editor_adds_a_missed_mention_by_its_span(
    client, editor, make_article, make_organisation
):
    council = make_organisation("Doncaster Council")
    article = make_article(body="The town hall said no.")
    client.force_login(editor)
    data = unchanged_post_data(client.get(change_url(article)))
    data.update(
        {
            "mentions-TOTAL_FORMS": "1",
            "mentions-0-field": "body",
            "mentions-0-start": "4",
            "mentions-0-end": "13",
            "mentions-0-organisation": str(council.pk),
            "mentions-0-origin": "editor",
        }
    )
    response = client.post(change_url(article), data)
    assert response.status_code == 302, errors_of(response)
    mention = article.mentions.get()
    assert (mention.text, mention.organisation, mention.origin) == (
        "town hall",
        council,
        "editor",
    )


def test_a_span_past_the_end_of_the_body_is_refused_with_a_message(
    client, editor, make_article, make_organisation
):
    council = make_organisation("Doncaster Council")
    article = make_article(body="Short.")
    client.force_login(editor)
    data = unchanged_post_data(client.get(change_url(article)))
    data.update(
        {
            "mentions-TOTAL_FORMS": "1",
            "mentions-0-field": "body",
            "mentions-0-start": "2",
            "mentions-0-end": "40",
            "mentions-0-organisation": str(council.pk),
            "mentions-0-origin": "editor",
        }
    )
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert "past the end" in response.content.decode()
    assert article.mentions.count() == 0


def test_the_change_page_highlights_mentions_and_offers_unresolved_names(
    client, editor, make_article, ofsted
):
    from articles.mentions import relink

    article = make_article(body="Ofsted met the Edlington Parish Council.")
    relink(article)
    client.force_login(editor)
    html = client.get(change_url(article)).content.decode()
    assert ">Ofsted</mark>" in html
    assert "Edlington Parish Council · <a href=" in html
    assert "/admin/entities/organisation/add/?name=Edlington+Parish+Council" in html

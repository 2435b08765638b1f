"""Public article and entity pages: every mention a link, both ways, safely, at fixed cost."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.mentions import relink
from articles.models import Article
from entities.models import Alias

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.fixture
def ofsted(make_organisation, make_alias):
    ofsted = make_organisation("Ofsted")
    make_alias(ofsted, "the watchdog", kind=Alias.Kind.DESCRIPTION)
    return ofsted


def test_article_body_links_every_mention_inside_article_body(client, make_article, ofsted):
    article = make_article(body="Ofsted said so.\n\nThe watchdog’s report agreed.")
    relink(article)
    html = client.get(article.get_absolute_url()).content.decode()
    body = html.split('itemprop="articleBody"')[1].split("</div>")[0]
    assert body.count('href="/organisations/ofsted/"') == 2
    assert ">The watchdog</a>’s report" in body


def test_markup_in_a_body_or_entity_name_shows_as_text(client, make_article, make_organisation):
    make_organisation("<b>Bold Trust</b>", slug="bold-trust")
    article = make_article(body="<script>alert(1)</script> and <b>Bold Trust</b> met.")
    relink(article)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>Bold Trust</b>" not in html


def test_article_page_queries_do_not_grow_with_mentions(client, make_article, ofsted):
    few = make_article(body="Ofsted said so.")
    many = make_article(body=" ".join(["Ofsted said so."] * 40))
    relink(few)
    relink(many)
    assert many.mentions.count() == 40
    assert count_queries(client, few.get_absolute_url()) == count_queries(
        client, many.get_absolute_url()
    )


def test_entity_page_queries_do_not_grow_with_articles_or_mentions(client, make_article, ofsted):
    relink(make_article(body="Ofsted said so."))
    before = count_queries(client, ofsted.get_absolute_url())
    for _ in range(5):
        relink(make_article(body=" ".join(["Ofsted said so."] * 10)))
    assert count_queries(client, ofsted.get_absolute_url()) == before


def test_person_page_queries_do_not_grow(client, make_article, make_person):
    gove = make_person("Michael Gove", honorific_prefix="Mr")
    relink(make_article(body="Michael Gove spoke."))
    before = count_queries(client, gove.get_absolute_url())
    relink(make_article(body="Michael Gove spoke. Mr Gove said. Gove left. " * 5))
    assert count_queries(client, gove.get_absolute_url()) == before


def test_entity_page_lists_each_passage_linking_to_its_spot(client, make_article, ofsted):
    article = make_article(body="First line. Ofsted said so. Last line.")
    relink(article)
    mention = article.mentions.get()
    html = client.get(ofsted.get_absolute_url()).content.decode()
    assert f'href="{article.get_absolute_url()}#m{mention.pk}"' in html
    assert "<mark>Ofsted</mark> said so." in html
    assert "First line" not in html.split("<mark>")[1]


def test_drafts_are_not_shown_to_readers_anywhere(client, make_article, ofsted):
    draft = make_article(
        headline="Secret draft", body="Ofsted said so.", status=Article.Status.DRAFT
    )
    relink(draft)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert "Secret draft" not in client.get("/").content.decode()
    assert "Secret draft" not in client.get(ofsted.get_absolute_url()).content.decode()


def test_editors_can_preview_a_draft(client, make_article, editor):
    draft = make_article(status=Article.Status.DRAFT)
    client.force_login(editor)
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_in_this_article_lists_entities_with_counts(client, make_article, ofsted):
    article = make_article(body="Ofsted said so. The watchdog agreed.")
    relink(article)
    html = client.get(article.get_absolute_url()).content.decode()
    aside = html.split("In this article")[1]
    assert 'Ofsted</a> <span class="count">2 mentions</span>' in aside


def test_seed_pages_render(client, seeded):
    for article in Article.objects.all():
        relink(article)
        assert client.get(article.get_absolute_url()).status_code == 200
    for path in ["/organisations/ofsted/", "/people/michael-wilshaw/", "/"]:
        assert client.get(path).status_code == 200


def test_organisation_page_shows_ratings_and_people(client, seeded):
    html = client.get("/organisations/doncaster-childrens-services-trust/").content.decode()
    assert "Inadequate" in html
    assert "Requires improvement to be good" in html
    assert "Mark Douglas" in html
    assert "Chief operating officer" in html

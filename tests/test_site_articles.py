"""Article pages: link density as the newsroom chooses, and conditional GET."""

import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings

from articles.mentions import relink
from articles.models import Mention
from entities.models import Alias

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(make_article, make_organisation, make_alias):
    ofsted = make_organisation("Ofsted")
    make_alias(ofsted, "the watchdog", kind=Alias.Kind.DESCRIPTION)
    make_organisation("Wessex Council")
    article = make_article(
        standfirst="Ofsted rates Wessex Council.",
        body="Ofsted said so.\n\nThe watchdog agreed, and Wessex Council replied to Ofsted.",
    )
    relink(article)
    return article


def body_of(html):
    return html.split('itemprop="articleBody"')[1].split("<aside")[0]


def test_every_mention_is_a_link_by_default(client, article):
    body = body_of(client.get(article.get_absolute_url()).content.decode())
    assert body.count('href="/organisations/ofsted/"') == 4
    assert body.count('href="/organisations/wessex-council/"') == 2


def test_first_mention_setting_links_each_entity_once_keeping_every_anchor(
    client, article, settings
):
    settings.MENTION_LINKS = "first"
    body = body_of(client.get(article.get_absolute_url()).content.decode())
    assert body.count('href="/organisations/ofsted/"') == 1
    assert body.count('href="/organisations/wessex-council/"') == 1
    # The first link is in the standfirst, which comes first.
    assert body.index('href="/organisations/ofsted/"') < body.index("said so")
    for mention in article.mentions.all():
        assert f'id="m{mention.pk}"' in body


def test_no_links_setting_keeps_every_anchor_and_links_nothing(client, article, settings):
    settings.MENTION_LINKS = "none"
    body = body_of(client.get(article.get_absolute_url()).content.decode())
    assert 'class="mention"' not in body
    for mention in article.mentions.all():
        assert f'<span id="m{mention.pk}">' in body


def test_entity_page_lists_every_passage_whatever_the_link_setting(client, article, settings):
    settings.MENTION_LINKS = "first"
    html = client.get("/organisations/ofsted/").content.decode()
    assert html.count("<mark>") == article.mentions.filter(organisation__name="Ofsted").count()


def test_headlines_never_carry_mention_links(client, make_article, make_organisation):
    make_organisation("Ofsted")
    article = make_article(headline="Ofsted acts", body="Ofsted acted.")
    relink(article)
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<h1 itemprop="headline">Ofsted acts</h1>' in html


def test_an_unknown_link_setting_stops_the_site_starting():
    env = {**os.environ, "DEBUG": "1", "MENTION_LINKS": "some"}
    result = subprocess.run(
        [sys.executable, str(django_settings.BASE_DIR / "manage.py"), "check"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "MENTION_LINKS" in result.stderr


def test_article_page_answers_304_until_the_article_or_its_links_change(client, article):
    url = article.get_absolute_url()
    etag = client.get(url).headers["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    mention = article.mentions.first()
    Mention.objects.filter(pk=mention.pk).update(rejected=True)
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert f'id="m{mention.pk}"' not in body_of(changed.content.decode())
    etag = changed.headers["ETag"]
    article.headline = "A new headline"
    article.save()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_pages_must_be_revalidated_before_reuse(client, article):
    response = client.get(article.get_absolute_url())
    assert "no-cache" in response.headers["Cache-Control"]
    assert response.headers["Last-Modified"]


def test_a_draft_gives_readers_no_validators(client, make_article):
    draft = make_article(status="draft", published_at=None)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 404
    assert "ETag" not in response.headers

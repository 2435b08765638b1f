"""schema.org JSON-LD on article and entity pages."""

import json
import re

import pytest

from articles.mentions import relink
from articles.structured_data import named_in
from entities.models import Alias, Organisation, Role

pytestmark = pytest.mark.django_db


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture
def story(make_article, make_organisation, make_person, make_alias):
    ofsted = make_organisation("Ofsted")
    make_alias(ofsted, "the watchdog", kind=Alias.Kind.DESCRIPTION)
    make_organisation("Wessex Council")
    make_person("Michael Gove")
    article = make_article(
        headline="Watchdog’s verdict: Ofsted’s report on Wessex Council",
        standfirst="A summary.",
        body="Ofsted said so. Wessex Council replied. Michael Gove spoke.",
    )
    relink(article)
    return article


def test_article_is_a_news_article_about_what_its_headline_names(client, story):
    data = json_ld(client.get(story.get_absolute_url()).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == story.headline
    assert data["datePublished"].startswith("2024-01-02")
    about = {(e["@type"], e["name"], e["url"]) for e in data["about"]}
    assert about == {
        ("Organization", "Ofsted", "http://testserver/organisations/ofsted/"),
        ("Organization", "Wessex Council", "http://testserver/organisations/wessex-council/"),
    }
    assert data["mentions"] == [
        {"@type": "Person", "name": "Michael Gove", "url": "http://testserver/people/michael-gove/"}
    ]


def test_json_ld_cannot_close_its_script_element(client, make_article):
    article = make_article(headline="</script><script>alert(1)</script> & more")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["headline"] == article.headline


def test_headline_matching_is_on_whole_words():
    council = Organisation(name="Wessex Council")
    assert named_in("Wessex Council’s plan", council, [])
    assert not named_in("Wessex Councillors meet", council, [])
    assert named_in("Watchdog acts", Organisation(name="Ofsted"), ["Watchdog"])


def test_organisation_page_carries_organization_json_ld(client, make_organisation, make_alias):
    parent = make_organisation("HM Government")
    ofsted = make_organisation("Ofsted", website="https://www.gov.uk/ofsted", parent=parent)
    make_alias(ofsted, "Office for Standards in Education")
    make_alias(ofsted, "the watchdog", kind=Alias.Kind.DESCRIPTION)
    data = json_ld(client.get(ofsted.get_absolute_url()).content.decode())
    assert data["@type"] == "Organization"
    assert data["name"] == "Ofsted"
    assert data["url"] == "http://testserver/organisations/ofsted/"
    assert data["alternateName"] == ["Office for Standards in Education"]
    assert data["sameAs"] == ["https://www.gov.uk/ofsted"]
    assert data["parentOrganization"]["url"] == "http://testserver/organisations/hm-government/"


def test_person_page_carries_person_json_ld(client, make_person, make_organisation):
    ofsted = make_organisation("Ofsted")
    wilshaw = make_person("Michael Wilshaw", honorific_prefix="Sir")
    Role.objects.create(person=wilshaw, organisation=ofsted, title="Chief inspector")
    data = json_ld(client.get(wilshaw.get_absolute_url()).content.decode())
    assert data["@type"] == "Person"
    assert data["honorificPrefix"] == "Sir"
    assert data["familyName"] == "Wilshaw"
    assert data["jobTitle"] == "Chief inspector"
    assert data["worksFor"][0]["url"] == "http://testserver/organisations/ofsted/"

"""Organisation and person pages: relations, people over time, co-mentions, conditional GET."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.comentions import co_mentioned
from articles.mentions import relink
from articles.models import Article
from entities.models import Role

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.fixture
def trust(make_organisation):
    government = make_organisation("HM Government")
    council = make_organisation("Wessex Council")
    trust = make_organisation("Wessex Children's Trust", parent=council, founded_by=government)
    make_organisation("Wessex Care Board", successor=trust)
    make_organisation("Wessex Fostering", parent=trust)
    return trust


def test_organisation_page_links_related_organisations_both_ways(client, trust):
    html = client.get(trust.get_absolute_url()).content.decode()
    related = html.split('id="related-heading"')[1].split("</section>")[0]
    for label, slug in [
        ("Part of", "wessex-council"),
        ("Created by", "hm-government"),
        ("Took over from", "wessex-care-board"),
        ("Bodies within it", "wessex-fostering"),
    ]:
        assert label in related
        assert f'href="/organisations/{slug}/"' in related
    government = client.get("/organisations/hm-government/").content.decode()
    assert "Created</dt>" in government
    assert 'href="/organisations/wessex-childrens-trust/"' in government


def test_people_over_time_are_listed_in_date_order(client, trust, make_person):
    for name, start in [("Cara Late", date(2020, 1, 1)), ("Ann Early", date(2014, 5, 1))]:
        Role.objects.create(
            person=make_person(name), organisation=trust, title="Chief executive", start_date=start
        )
    Role.objects.create(person=make_person("Dee Undated"), organisation=trust, title="Chair")
    html = client.get(trust.get_absolute_url()).content.decode()
    people = html.split('id="people"')[1]
    assert people.index("Ann Early") < people.index("Cara Late") < people.index("Dee Undated")
    assert "from 2014" in people


def test_a_role_cites_only_a_published_source(client, trust, make_person, make_article):
    draft = make_article("Secret draft", status=Article.Status.DRAFT)
    Role.objects.create(person=make_person(), organisation=trust, title="Chair", source=draft)
    html = client.get(trust.get_absolute_url()).content.decode()
    assert draft.get_absolute_url() not in html
    assert "Secret draft" not in html


def test_co_mentions_rank_entities_by_shared_published_articles(
    make_organisation, make_person, make_article
):
    ofsted, council = make_organisation("Ofsted"), make_organisation("Wessex Council")
    gove = make_person("Michael Gove")
    relink(make_article(body="Ofsted and Wessex Council and Michael Gove."))
    relink(make_article(body="Ofsted and Wessex Council again."))
    relink(
        make_article(
            body="Ofsted and Michael Gove in a draft.",
            status=Article.Status.DRAFT,
            published_at=None,
        )
    )
    with CaptureQueriesContext(connection) as queries:
        ranked = [(item.entity.name, item.articles) for item in co_mentioned(ofsted)]
    assert len(queries) == 1
    assert ranked == [("Wessex Council", 2), ("Michael Gove", 1)]
    assert [item.entity for item in co_mentioned(gove)] == [ofsted, council]


def test_co_mentions_keep_only_the_top_ten(make_organisation, make_article):
    hub = make_organisation("Ofsted")
    others = [make_organisation(f"Council {n}") for n in range(12)]
    relink(make_article(body="Ofsted. " + " ".join(f"{o.name}." for o in others)))
    assert len(co_mentioned(hub)) == 10


def test_person_page_lists_posts_and_co_mentions(
    client, make_person, make_organisation, make_article
):
    ofsted = make_organisation("Ofsted")
    wilshaw = make_person("Michael Wilshaw", honorific_prefix="Sir")
    Role.objects.create(person=wilshaw, organisation=ofsted, title="Chief inspector")
    relink(make_article(body="Michael Wilshaw of Ofsted spoke."))
    html = client.get(wilshaw.get_absolute_url()).content.decode()
    assert "<h1>Michael Wilshaw</h1>" in html
    assert "Chief inspector" in html
    co = html.split('id="co-mentions"')[1].split("</section>")[0]
    assert 'href="/organisations/ofsted/"' in co


def test_entity_pages_queries_do_not_grow(
    client, trust, make_person, make_organisation, make_article
):
    person = make_person("Ann Early")
    relink(make_article(body="Wessex Children's Trust and Ann Early met."))
    before = (
        count_queries(client, trust.get_absolute_url()),
        count_queries(client, person.get_absolute_url()),
    )
    for n in range(6):
        other = make_organisation(f"Council {n}")
        Role.objects.create(person=person, organisation=other, title=f"Post {n}")
        Role.objects.create(
            person=make_person(f"Extra Person{n}"), organisation=trust, title="Chair"
        )
        relink(make_article(body=f"Wessex Children's Trust, Council {n} and Ann Early. " * 3))
    after = (
        count_queries(client, trust.get_absolute_url()),
        count_queries(client, person.get_absolute_url()),
    )
    assert after == before


def test_entity_page_answers_304_until_something_on_it_changes(
    client, make_organisation, make_article
):
    ofsted = make_organisation("Ofsted")
    relink(make_article(body="Ofsted said so."))
    first = client.get(ofsted.get_absolute_url())
    etag = first.headers["ETag"]
    assert first.headers["Last-Modified"]
    assert client.get(ofsted.get_absolute_url(), HTTP_IF_NONE_MATCH=etag).status_code == 304
    relink(make_article(body="Ofsted again."))
    again = client.get(ofsted.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200
    assert again.headers["ETag"] != etag
    ofsted.description = "The inspectorate."
    ofsted.save()
    assert (
        client.get(ofsted.get_absolute_url(), HTTP_IF_NONE_MATCH=again.headers["ETag"]).status_code
        == 200
    )


def test_unknown_entities_are_404(client):
    assert client.get("/organisations/nobody/").status_code == 404
    assert client.get("/people/nobody/").status_code == 404

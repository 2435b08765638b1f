"""The REST API: every resource and filter, its errors, its schema and docs, and its edges."""

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from api_support import (  # noqa: F401 (fixtures)
    anonymous_fixture,
    as_editor_fixture,
    fresh_throttle_fixture,
    results,
    slugs,
)
from django.conf import settings
from rest_framework.throttling import AnonRateThrottle

from articles.mentions import relink
from articles.models import Article, Mention
from entities.models import Alias, Inspection, InspectionRating, Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(seeded):
    """The seed corpus with every article linked, as `make run` serves it."""
    for article in Article.objects.all():
        relink(article)


@pytest.fixture
def ofsted(make_organisation):
    return make_organisation("Ofsted", kind=Organisation.Kind.REGULATOR)


# The entry point, versions, schema and docs


def test_api_root_lists_every_resource(anonymous):
    resources = anonymous.get("/api/").json()
    for name in ["articles", "mentions", "organisations", "people", "aliases", "roles"]:
        assert resources[name] == f"http://testserver/api/v1/{name}/"
    assert resources["ratings"] == "http://testserver/api/v1/ratings/"
    assert resources["inspections"] == "http://testserver/api/v1/inspections/"
    assert resources["schema"] == "http://testserver/api/schema/"
    assert anonymous.get("/api/v1/").json() == resources


def test_unknown_api_addresses_answer_json_404(anonymous):
    for url in ["/api/v2/articles/", "/api/v1/nothing/", "/api/v1/aliases/1.5/"]:
        response = anonymous.get(url)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert "detail" in response.json()


def test_schema_is_openapi_3_with_descriptions_examples_and_error_responses(anonymous):
    response = anonymous.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    ratings = schema["paths"]["/api/v1/ratings/"]["get"]
    assert "every inadequate rating since 2015" in ratings["description"]
    assert {"200", "400", "404"} <= set(ratings["responses"])
    article_write = schema["paths"]["/api/v1/articles/{slug}/"]["patch"]
    assert {"400", "401", "403", "404", "409", "412"} <= set(article_write["responses"])
    create = schema["paths"]["/api/v1/mentions/"]["post"]["requestBody"]["content"]
    assert create["application/json"]["examples"]
    assert schema["components"]["schemas"]["ArticleRequest"]["additionalProperties"] is False
    assert schema["components"]["securitySchemes"]["tokenAuth"]["scheme"] == "bearer"


def test_docs_page_is_served_without_any_cdn(anonymous):
    response = anonymous.get("/api/docs/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "swagger-ui" in html
    assert "cdn" not in html.lower()
    assert "//unpkg" not in html
    assert "jsdelivr" not in html


def test_no_cors_headers_are_sent_unless_configured(anonymous):
    response = anonymous.get("/api/v1/articles/", HTTP_ORIGIN="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in response


# Articles


def test_article_list_filters_by_every_entity_mentioned_newest_first(anonymous, corpus):
    both = anonymous.get(
        "/api/v1/articles/?mentions=ofsted&mentions=doncaster-childrens-services-trust"
        "&ordering=-published_at"
    )
    found = results(both)
    assert found
    for article in found:
        assert {"ofsted", "doncaster-childrens-services-trust"} <= {
            e["slug"] for e in article["entities"]
        }
    times = [a["published_at"] for a in found]
    assert times == sorted(times, reverse=True)
    ofsted_only = slugs(anonymous.get("/api/v1/articles/?mentions=ofsted"))
    assert set(slugs(both)) <= set(ofsted_only)


def test_mentions_filter_takes_organisations_and_people_alike(
    anonymous, make_article, make_organisation, make_person
):
    make_organisation("Ofsted")
    make_person("Michael Gove")
    both = make_article(body="Michael Gove met Ofsted.")
    only_ofsted = make_article(body="Ofsted reported.")
    for article in (both, only_ofsted):
        relink(article)
    url = "/api/v1/articles/?mentions=ofsted&mentions=michael-gove"
    assert slugs(anonymous.get(url)) == [both.slug]
    assert set(slugs(anonymous.get("/api/v1/articles/?mentions=ofsted"))) == {
        both.slug,
        only_ofsted.slug,
    }
    assert slugs(anonymous.get("/api/v1/articles/?person=michael-gove")) == [both.slug]
    assert len(slugs(anonymous.get("/api/v1/articles/?organisation=ofsted"))) == 2


def test_a_rejected_mention_does_not_count_for_the_mentions_filter(
    anonymous, make_article, ofsted, make_mention
):
    article = make_article(body="Ofsted reported.")
    make_mention(article, ofsted, 0, 6, rejected=True, origin=Mention.Origin.EDITOR)
    assert slugs(anonymous.get("/api/v1/articles/?mentions=ofsted")) == []


def test_article_list_filters_by_date_range_search_and_publication(anonymous, make_article):
    old = make_article("Old news", published_at=datetime(2013, 5, 1, tzinfo=UTC))
    new = make_article("New news about trusts", published_at=datetime(2022, 4, 13, tzinfo=UTC))
    assert slugs(anonymous.get("/api/v1/articles/?published_before=2014-01-01")) == [old.slug]
    assert slugs(anonymous.get("/api/v1/articles/?published_after=2020-01-01")) == [new.slug]
    assert slugs(anonymous.get("/api/v1/articles/?q=TRUSTS")) == [new.slug]
    assert slugs(anonymous.get("/api/v1/articles/?ordering=published_at")) == [old.slug, new.slug]
    assert slugs(anonymous.get("/api/v1/articles/")) == [new.slug, old.slug]


def test_article_detail_has_text_spans_entities_and_linked_html(anonymous, make_article, ofsted):
    article = make_article(body="Ofsted said <b>so</b>.\n\nThen Ofsted left.")
    relink(article)
    data = anonymous.get(f"/api/v1/articles/{article.slug}/").json()
    assert data["body"] == article.body
    spans = [(m["field"], m["start"], m["end"], m["text"]) for m in data["mentions"]]
    second = article.body.rindex("Ofsted")
    assert spans == [("body", 0, 6, "Ofsted"), ("body", second, second + 6, "Ofsted")]
    assert data["mentions"][0]["entity"]["slug"] == "ofsted"
    assert data["mentions"][0]["entity"]["url"] == "http://testserver/api/v1/organisations/ofsted/"
    assert [e["slug"] for e in data["entities"]] == ["ofsted"]
    assert data["body_html"].startswith('<p><a id="m')
    assert (
        'href="/organisations/ofsted/">Ofsted</a> said &lt;b&gt;so&lt;/b&gt;.</p>'
        in data["body_html"]
    )
    assert data["body_html"].count("<p>") == 2
    assert data["url"] == f"http://testserver/api/v1/articles/{article.slug}/"


def test_pages_are_stable_with_equal_sort_keys(anonymous, make_article):
    for n in range(5):
        make_article(f"Same time {n}")
    first = anonymous.get("/api/v1/articles/?page_size=2").json()
    second = anonymous.get(first["next"]).json()
    third = anonymous.get(second["next"]).json()
    pages = [first, second, third]
    assert len({row["slug"] for page in pages for row in page["results"]}) == 5
    assert third["next"] is None
    again = slugs(anonymous.get("/api/v1/articles/?page_size=2&ordering=headline"))
    assert again == ["same-time-0", "same-time-1"]


# Organisations, people, roles, aliases


def test_organisations_filter_by_kind_and_current_grade(anonymous, corpus):
    regulators = slugs(anonymous.get("/api/v1/organisations/?kind=regulator"))
    assert regulators == ["ofsted"]
    for grade in ("requires_improvement", "3"):
        graded = results(anonymous.get(f"/api/v1/organisations/?current_grade={grade}"))
        assert graded
        assert {o["current_grade"] for o in graded} == {3}


def test_current_grade_is_the_overall_grade_of_the_latest_graded_inspection(
    anonymous, make_organisation, ofsted
):
    council = make_organisation("A Council")

    def inspected(published_on, grade, kind=Inspection.Kind.FULL):
        inspection = Inspection.objects.create(
            organisation=council,
            inspectorate=ofsted,
            framework=Inspection.Framework.ILACS,
            kind=kind,
            published_on=published_on,
        )
        if grade:
            InspectionRating.objects.create(
                inspection=inspection, judgement_area="overall", grade=grade
            )

    inspected(date(2019, 1, 1), InspectionRating.Grade.INADEQUATE)
    inspected(date(2022, 1, 1), InspectionRating.Grade.GOOD)
    inspected(date(2023, 1, 1), None, kind=Inspection.Kind.MONITORING_VISIT)
    data = anonymous.get("/api/v1/organisations/a-council/").json()
    assert data["current_grade"] == InspectionRating.Grade.GOOD
    assert slugs(anonymous.get("/api/v1/organisations/?current_grade=good")) == ["a-council"]
    assert slugs(anonymous.get("/api/v1/organisations/?current_grade=inadequate")) == []


def test_people_filter_by_organisation_and_role(anonymous, corpus):
    at_ofsted = slugs(anonymous.get("/api/v1/people/?organisation=ofsted"))
    assert "michael-wilshaw" in at_ofsted
    chiefs = slugs(anonymous.get("/api/v1/people/?organisation=ofsted&role=chief"))
    assert chiefs == ["michael-wilshaw"]
    assert slugs(anonymous.get("/api/v1/people/?role=no+such+post")) == []


def test_roles_and_aliases_filter_by_entity(anonymous, corpus):
    roles = results(anonymous.get("/api/v1/roles/?person=michael-wilshaw"))
    assert [r["title"] for r in roles] == ["Chief inspector"]
    assert all(r["organisation"] == "ofsted" for r in roles)
    aliases = results(anonymous.get("/api/v1/aliases/?organisation=ofsted&ordering=text"))
    texts = [a["text"] for a in aliases]
    assert texts == sorted(texts)
    assert all(a["organisation"] == "ofsted" for a in aliases)
    acronyms = results(anonymous.get("/api/v1/aliases/?kind=acronym"))
    assert acronyms
    assert {a["kind"] for a in acronyms} == {"acronym"}


def test_entity_links_to_its_articles_in_the_api(anonymous, corpus):
    ofsted = anonymous.get("/api/v1/organisations/ofsted/").json()
    assert ofsted["articles"] == "http://testserver/api/v1/articles/?mentions=ofsted"
    assert ofsted["page"] == "http://testserver/organisations/ofsted/"
    assert slugs(anonymous.get(ofsted["articles"]))


# Inspections and ratings


def test_every_inadequate_rating_since_2015_is_one_request(anonymous, corpus):
    for grade in ("inadequate", "4"):
        ratings = results(
            anonymous.get(f"/api/v1/ratings/?grade={grade}&published_after=2015-01-01")
        )
        assert ratings
        assert {r["grade"] for r in ratings} == {4}
        assert all(r["published_on"] >= "2015-01-01" for r in ratings)
    expected = InspectionRating.objects.filter(
        grade=4, inspection__published_on__gte="2015-01-01"
    ).count()
    assert len(ratings) == expected


def test_doncasters_grades_over_time_is_one_request(anonymous, corpus):
    url = (
        "/api/v1/ratings/?organisation=doncaster-council&judgement_area=overall"
        "&ordering=published_on"
    )
    ratings = results(anonymous.get(url))
    assert ratings
    dates = [r["published_on"] for r in ratings]
    assert dates == sorted(dates)
    assert {r["organisation"] for r in ratings} == {"doncaster-council"}
    assert {r["judgement_area"] for r in ratings} == {"overall"}


def test_ratings_filter_by_framework_and_before_date(anonymous, corpus):
    sif = results(anonymous.get("/api/v1/ratings/?framework=sif"))
    assert sif
    assert {r["framework"] for r in sif} == {"sif"}
    early = results(anonymous.get("/api/v1/ratings/?published_before=2014-12-31"))
    assert all(r["published_on"] <= "2014-12-31" for r in early)
    several = results(anonymous.get("/api/v1/ratings/?grade=good&grade=inadequate"))
    assert {r["grade"] for r in several} <= {2, 4}


def test_inspections_list_their_grades_and_filter(anonymous, corpus):
    inspections = results(anonymous.get("/api/v1/inspections/?organisation=doncaster-council"))
    assert inspections
    assert all(i["organisation"] == "doncaster-council" for i in inspections)
    assert any(i["ratings"] for i in inspections)
    ilacs = results(anonymous.get("/api/v1/inspections/?framework=ilacs"))
    assert {i["framework"] for i in ilacs} == {"ilacs"}


# Mentions


def test_mentions_filter_by_article_and_entity(anonymous, corpus):
    article = Article.objects.published().filter(mentions__organisation__slug="ofsted").first()
    found = results(anonymous.get(f"/api/v1/mentions/?article={article.slug}&entity=ofsted"))
    assert found
    assert {m["article"] for m in found} == {article.slug}
    assert {m["entity"]["slug"] for m in found} == {"ofsted"}
    starts = [m["start"] for m in found if m["field"] == "body"]
    assert starts == sorted(starts)


# Errors are JSON with a message, never a 500


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/v1/ratings/?grade=excellent", "grade"),
        ("/api/v1/ratings/?published_after=last-week", "published_after"),
        ("/api/v1/articles/?mentions=not%20a%20slug", "mentions"),
        ("/api/v1/articles/?ordering=colour", "ordering"),
        ("/api/v1/articles/?ordering=", "ordering"),
        ("/api/v1/articles/?ordering=,", "ordering"),
        ("/api/v1/articles/?status=lost", "status"),
        ("/api/v1/organisations/?kind=club", "kind"),
        ("/api/v1/mentions/?rejected=maybe", "rejected"),
        ("/api/v1/articles/?page_size=0", "page_size"),
        ("/api/v1/articles/?page_size=ten", "page_size"),
    ],
)
def test_a_bad_filter_value_is_a_400_naming_the_parameter(anonymous, url, field):
    response = anonymous.get(url)
    assert response.status_code == 400
    assert field in response.json()


def test_a_cursor_the_api_did_not_hand_out_is_a_json_404(anonymous, make_article):
    make_article("One")
    for cursor in ["nonsense", "eyJrIjoiMCIsInYiOlsxXX0"]:
        response = anonymous.get(f"/api/v1/articles/?cursor={cursor}")
        assert response.status_code == 404
        assert "detail" in response.json()


def test_a_page_number_is_a_400_pointing_to_the_links(anonymous):
    response = anonymous.get("/api/v1/articles/?page=2")
    assert response.status_code == 400
    assert "next" in response.json()["page"][0]


def test_malformed_json_is_a_400_with_a_message(as_editor):
    response = as_editor.post(
        "/api/v1/organisations/", '{"name": "Broken', content_type="application/json"
    )
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_unknown_and_read_only_fields_in_a_write_are_refused(as_editor):
    response = as_editor.post(
        "/api/v1/organisations/",
        {"name": "A Trust", "slug": "a-trust", "colour": "blue", "created_at": "2020-01-01"},
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {
        "colour": ["Unknown field."],
        "created_at": ["This field is read-only."],
    }
    assert not Organisation.objects.filter(slug="a-trust").exists()


def test_a_null_character_in_a_write_is_refused(as_editor):
    response = as_editor.post(
        "/api/v1/organisations/",
        {"name": "A Trust\x00", "slug": "a-trust", "website": "https://a.example/\x00"},
        format="json",
    )
    assert response.status_code == 400
    assert set(response.json()) == {"name", "website"}
    assert not Organisation.objects.filter(slug="a-trust").exists()


def test_a_value_of_the_wrong_json_type_is_refused_not_coerced(as_editor):
    response = as_editor.post("/api/v1/people/", {"name": "Ada Lovelace", "slug": 7}, format="json")
    assert response.status_code == 400
    assert "slug" in response.json()


def test_an_unknown_grade_in_a_write_is_a_400(as_editor, corpus):
    inspection = Inspection.objects.exclude(kind="monitoring_visit").first()
    response = as_editor.post(
        "/api/v1/ratings/",
        {"inspection": inspection.pk, "judgement_area": "children_in_care", "grade": 9},
        format="json",
    )
    assert response.status_code == 400
    assert "grade" in response.json()


def test_a_taken_slug_is_a_409_conflict(as_editor, ofsted):
    response = as_editor.post(
        "/api/v1/organisations/", {"name": "Another", "slug": "ofsted"}, format="json"
    )
    assert response.status_code == 409
    assert "slug" in response.json()


def test_a_second_grade_for_the_same_area_is_a_409(as_editor, corpus):
    rating = InspectionRating.objects.first()
    response = as_editor.post(
        "/api/v1/ratings/",
        {
            "inspection": rating.inspection_id,
            "judgement_area": rating.judgement_area,
            "grade": 1,
        },
        format="json",
    )
    assert response.status_code == 409


def test_deleting_an_organisation_others_refer_to_is_a_409(as_editor, corpus):
    response = as_editor.delete("/api/v1/organisations/ofsted/")
    assert response.status_code == 409
    assert "refer" in response.json()["detail"]
    assert Organisation.objects.filter(slug="ofsted").exists()


def test_dates_out_of_order_are_a_400_on_the_later_field(as_editor, ofsted):
    response = as_editor.patch(
        "/api/v1/organisations/ofsted/",
        {"founded_on": "2010-01-01", "dissolved_on": "2009-01-01"},
        format="json",
    )
    assert response.status_code == 400
    assert "dissolved_on" in response.json()


def test_an_inspection_outside_its_frameworks_years_is_a_400(as_editor, ofsted, make_organisation):
    make_organisation("A Council")
    response = as_editor.post(
        "/api/v1/inspections/",
        {
            "organisation": "a-council",
            "inspectorate": "ofsted",
            "framework": "ilacs",
            "start_date": "2015-01-01",
        },
        format="json",
    )
    assert response.status_code == 400
    assert "ILACS" in response.json()["framework"][0]


def test_an_alias_must_name_exactly_one_entity(as_editor, ofsted, make_person):
    make_person("Michael Gove")
    both = as_editor.post(
        "/api/v1/aliases/",
        {"text": "Gove", "organisation": "ofsted", "person": "michael-gove"},
        format="json",
    )
    neither = as_editor.post("/api/v1/aliases/", {"text": "Gove"}, format="json")
    assert both.status_code == neither.status_code == 400
    assert "exactly one" in both.json()["person"][0]
    assert not Alias.objects.filter(text="Gove").exists()


def test_an_alias_may_be_an_entitys_in_two_periods_that_do_not_overlap(as_editor, make_person):
    make_person("Ed Miliband")
    post = {"text": "the Energy Secretary", "kind": "description", "person": "ed-miliband"}
    first = as_editor.post(
        "/api/v1/aliases/",
        {**post, "valid_from": "2008-10-03", "valid_until": "2010-05-11"},
        format="json",
    )
    again = as_editor.post("/api/v1/aliases/", {**post, "valid_from": "2024-07-05"}, format="json")
    overlapping = as_editor.post(
        "/api/v1/aliases/", {**post, "text": "The Energy Secretary"}, format="json"
    )
    assert first.status_code == again.status_code == 201, again.content
    assert overlapping.status_code == 409
    assert "some of these dates" in overlapping.json()["text"][0]
    assert Alias.objects.filter(text__iexact="the Energy Secretary").count() == 2


# Writes re-link, as the admin does


def test_creating_an_article_links_its_mentions(as_editor, ofsted):
    response = as_editor.post(
        "/api/v1/articles/",
        {"headline": "Inspectors call", "slug": "inspectors-call", "body": "Ofsted came."},
        format="json",
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "draft"
    assert [(m["text"], m["entity"]["slug"]) for m in data["mentions"]] == [("Ofsted", "ofsted")]
    assert Article.objects.get(slug="inspectors-call").mentions.count() == 1


def test_updating_an_article_relinks_it(as_editor, make_article, ofsted):
    article = make_article(body="Nobody here.")
    relink(article)
    response = as_editor.patch(
        f"/api/v1/articles/{article.slug}/", {"body": "Now Ofsted is here."}, format="json"
    )
    assert response.status_code == 200
    assert [m["text"] for m in response.json()["mentions"]] == ["Ofsted"]
    assert article.mentions.get().start == 4


def test_publishing_without_a_time_publishes_now(as_editor, make_article):
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    response = as_editor.patch(
        f"/api/v1/articles/{article.slug}/", {"status": "published"}, format="json"
    )
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.published_at is not None
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_an_editor_adds_a_missed_mention_and_relinking_keeps_it(
    as_editor, make_article, make_organisation
):
    make_organisation("Doncaster Council")
    article = make_article(body="The borough council met.")
    relink(article)
    response = as_editor.post(
        "/api/v1/mentions/",
        {
            "article": article.slug,
            "field": "body",
            "start": 4,
            "end": 19,
            "organisation": "doncaster-council",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["text"] == "borough council"
    assert response.json()["origin"] == "editor"
    relink(article)
    assert article.mentions.get().text == "borough council"


def test_an_editor_rejects_a_mention_and_it_stays_rejected(
    anonymous, as_editor, make_article, ofsted
):
    article = make_article(body="Ofsted came.")
    relink(article)
    mention = article.mentions.get()
    response = as_editor.patch(f"/api/v1/mentions/{mention.pk}/", {"rejected": True}, format="json")
    assert response.status_code == 200
    relink(article)
    mention.refresh_from_db()
    assert (mention.rejected, mention.origin) == (True, Mention.Origin.EDITOR)
    assert article.mentions.count() == 1
    assert anonymous.get(f"/api/v1/articles/{article.slug}/").json()["mentions"] == []


def test_a_span_outside_the_body_is_a_400_with_a_field_message(as_editor, make_article, ofsted):
    article = make_article(body="Short.")
    response = as_editor.post(
        "/api/v1/mentions/",
        {"article": article.slug, "field": "body", "start": 2, "end": 60, "organisation": "ofsted"},
        format="json",
    )
    assert response.status_code == 400
    assert "past the end of the body" in response.json()["end"][0]


def test_an_overlapping_span_is_a_400(as_editor, make_article, ofsted):
    article = make_article(body="Ofsted came.")
    relink(article)
    response = as_editor.post(
        "/api/v1/mentions/",
        {"article": article.slug, "field": "body", "start": 2, "end": 8, "organisation": "ofsted"},
        format="json",
    )
    assert response.status_code == 400
    assert "overlaps" in str(response.json())


def test_mentions_cannot_be_deleted_only_rejected(as_editor, make_article, ofsted):
    article = make_article(body="Ofsted came.")
    relink(article)
    response = as_editor.delete(f"/api/v1/mentions/{article.mentions.get().pk}/")
    assert response.status_code == 405
    assert article.mentions.exists()


# Authentication and throttling


def test_an_editor_gets_a_token_and_writes_with_it(anonymous, editor):
    response = anonymous.post(
        "/api/v1/auth/token/",
        {"username": editor.username, "password": "a-long-test-password"},
        format="json",
    )
    assert response.status_code == 200
    token = response.json()["token"]
    anonymous.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    created = anonymous.post(
        "/api/v1/people/", {"name": "Ada Lovelace", "slug": "ada"}, format="json"
    )
    assert created.status_code == 201


def test_a_wrong_password_gets_no_token(anonymous, editor):
    response = anonymous.post(
        "/api/v1/auth/token/", {"username": editor.username, "password": "guess"}, format="json"
    )
    assert response.status_code == 400
    assert "token" not in response.json()


def test_guessing_passwords_for_a_token_is_throttled(anonymous, editor):
    guesses = [
        anonymous.post(
            "/api/v1/auth/token/",
            {"username": editor.username, "password": f"guess{n}"},
            format="json",
        ).status_code
        for n in range(11)
    ]
    assert guesses[:10] == [400] * 10
    assert guesses[10] == 429


def test_an_invalid_token_is_a_401(anonymous):
    anonymous.credentials(HTTP_AUTHORIZATION="Bearer not-a-token")
    response = anonymous.get("/api/v1/articles/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"


def test_the_browsable_api_signs_in_with_the_session(client, editor):
    client.force_login(editor)
    response = client.get("/api/v1/articles/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert editor.username in response.content.decode()


def test_anonymous_clients_are_throttled_with_a_json_429(anonymous, monkeypatch):
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "2/minute")
    assert anonymous.get("/api/v1/people/").status_code == 200
    assert anonymous.get("/api/v1/people/").status_code == 200
    response = anonymous.get("/api/v1/people/")
    assert response.status_code == 429
    assert "Retry-After" in response
    assert "throttled" in response.json()["detail"]


def test_signed_in_clients_are_not_throttled(as_editor, monkeypatch):
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", "1/minute")
    for _ in range(3):
        assert as_editor.get("/api/v1/people/").status_code == 200


def settings_with(**env):
    """The settings a fresh process reads from this environment."""
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.REST_FRAMEWORK['DEFAULT_THROTTLE_RATES']['anon'], "
        "'corsheaders' in s.INSTALLED_APPS, s.CORS_ALLOWED_ORIGINS]))"
    )
    environment = {**os.environ, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "newsroom.settings"}
    output = subprocess.run(
        [sys.executable, "-c", code],
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    ).stdout
    return json.loads(output)


def test_anonymous_rate_and_cors_origins_come_from_the_environment():
    rate, cors, origins = settings_with(API_ANON_RATE="5/second")
    assert (rate, cors, origins) == ("5/second", False, [])
    rate, cors, origins = settings_with(CORS_ALLOWED_ORIGINS="https://a.example")
    assert (rate, cors, origins) == ("120/minute", True, ["https://a.example"])


def test_a_write_that_loses_a_race_with_another_editor_is_a_409(as_editor, ofsted, monkeypatch):
    from django.db.models import F

    from entities.api import OrganisationSerializer

    original = OrganisationSerializer.update

    def someone_saves_first(self, instance, validated_data):
        Organisation.objects.filter(pk=instance.pk).update(version=F("version") + 1)
        return original(self, instance, validated_data)

    monkeypatch.setattr(OrganisationSerializer, "update", someone_saves_first)
    response = as_editor.patch(
        "/api/v1/organisations/ofsted/", {"description": "Mine"}, format="json"
    )
    assert response.status_code == 409
    assert "changed by someone else" in response.json()["detail"]
    ofsted.refresh_from_db()
    assert ofsted.description == ""


ROW_FILTERS = [
    ("/api/v1/articles/?publication=cyp-now", lambda a: a["publication"] == "cyp-now"),
    ("/api/v1/organisations/?q=DCST", lambda o: o["slug"] == "doncaster-childrens-services-trust"),
    ("/api/v1/organisations/?kind=regulator&kind=publisher", lambda o: o["kind"] != "company"),
    ("/api/v1/people/?q=gove", lambda p: p["slug"] == "michael-gove"),
    ("/api/v1/aliases/?person=michael-gove", lambda a: a["person"] == "michael-gove"),
    ("/api/v1/roles/?organisation=doncaster-childrens-services-trust&title=chief", None),
    ("/api/v1/inspections/?kind=full&published_after=2015-01-01", None),
    ("/api/v1/inspections/?published_before=2013-01-01", lambda i: i["published_on"] < "2013"),
    ("/api/v1/mentions/?field=standfirst&origin=linker", lambda m: m["field"] == "standfirst"),
    ("/api/v1/mentions/?entity=michael-gove", lambda m: m["person"] == "michael-gove"),
]


@pytest.mark.parametrize(("url", "holds"), ROW_FILTERS)
def test_each_filter_keeps_only_matching_rows(anonymous, corpus, url, holds):
    rows = results(anonymous.get(url))
    assert rows, url
    everything = results(anonymous.get(url.split("?")[0] + "?page_size=200"))
    assert len(rows) < len(everything)
    assert all(holds(row) for row in rows) if holds else True


def test_roles_filter_by_organisation_and_title(anonymous, corpus):
    url = "/api/v1/roles/?organisation=doncaster-childrens-services-trust&title=chief"
    titles = {r["title"] for r in results(anonymous.get(url))}
    assert titles == {"Chief operating officer", "Chief executive"}


def test_ordering_by_name_and_grade(anonymous, corpus):
    names = [o["name"] for o in results(anonymous.get("/api/v1/organisations/?ordering=-name"))]
    assert names == sorted(names, reverse=True)
    grades = [r["grade"] for r in results(anonymous.get("/api/v1/ratings/?ordering=-grade"))]
    assert grades == sorted(grades, reverse=True)


def test_put_replaces_an_article_and_relinks_it(as_editor, make_article, ofsted):
    article = make_article(body="Nobody.", byline="By Someone")
    body = {"headline": "Replaced", "slug": article.slug, "body": "Ofsted again."}
    response = as_editor.put(f"/api/v1/articles/{article.slug}/", body, format="json")
    assert response.status_code == 200, response.content
    article.refresh_from_db()
    # As in DRF, optional fields a PUT leaves out keep their values.
    assert (article.headline, article.byline, article.status) == (
        "Replaced",
        "By Someone",
        "published",
    )
    assert article.mentions.get().text == "Ofsted"


def test_a_body_that_is_not_json_is_a_415(as_editor, anonymous):
    response = as_editor.post("/api/v1/people/", {"name": "Ada", "slug": "ada"})
    assert response.status_code == 415
    assert "Unsupported media type" in response.json()["detail"]
    form = anonymous.post("/api/v1/auth/token/", {"username": "a", "password": "b"})
    assert form.status_code == 415

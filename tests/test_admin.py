"""The admin: every page renders, search finds, forms save, and permissions hold."""

import itertools
import re
from datetime import date

import pytest
from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets
from django.core import checks
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article
from entities.models import (
    Identifier,
    Inspection,
    InspectionRating,
    Organisation,
    Role,
)
from tests.admin_forms import errors_of, unchanged_post_data

counter = itertools.count(1)

ADMIN_MODELS = sorted(
    (model for model in admin.site._registry if model._meta.app_label in {"entities", "articles"}),
    key=lambda model: model._meta.label,
)


def admin_url(model_or_row, page, *args):
    meta = model_or_row._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{page}", args=args)


@pytest.fixture
def make_rows(make_organisation, make_person, make_alias, make_article, make_mention):
    """Build one connected row of every admin model, so each page has inlines to show."""

    def make():
        n = next(counter)
        council = make_organisation(f"Borsetshire Council {n}", kind="local_authority")
        ofsted = make_organisation(f"Inspectorate {n}", kind="regulator")
        paper = make_organisation(f"Borchester Echo {n}", kind="publisher")
        person = make_person(f"Jane Smith{n}")
        alias = make_alias(council, f"BC{n}")
        identifier = Identifier.objects.create(
            organisation=council, scheme=Identifier.Scheme.OFSTED_URN, identifier=f"8{n}"
        )
        article = make_article(body=f"{council.name} was rated good.", publication=paper)
        article.authors.add(person)
        mention = make_mention(article, council, 0, len(council.name))
        role = Role.objects.create(
            person=person, organisation=council, title="Director", source=article
        )
        inspection = Inspection.objects.create(
            organisation=council,
            inspectorate=ofsted,
            framework=Inspection.Framework.ILACS,
            start_date=date(2023, 5, 1),
            published_on=date(2023, 6, 1),
        )
        rating = InspectionRating.objects.create(
            inspection=inspection,
            judgement_area=InspectionRating.JudgementArea.OVERALL,
            grade=InspectionRating.Grade.GOOD,
        )
        rating.sources.add(article)
        rows = [council, person, alias, identifier, role, inspection, rating, article]
        return {type(row): row for row in [*rows, mention]}

    return make


def test_admin_configuration_passes_the_system_checks():
    """Autocomplete needs search_fields on its target; the checks catch a missing one."""
    errors = [
        message for message in checks.run_checks(tags=[checks.Tags.admin]) if message.is_serious()
    ]
    assert errors == []


def test_every_entities_and_articles_model_is_in_the_admin():
    names = {model.__name__ for model in ADMIN_MODELS}
    assert names >= {
        "Organisation",
        "Person",
        "Alias",
        "Identifier",
        "Role",
        "Inspection",
        "InspectionRating",
        "Article",
        "Mention",
    }


def test_every_article_field_is_on_the_article_form():
    """The article form lists its fields by hand; a new field must not go missing."""
    article_admin = admin.site._registry[Article]
    shown = set(flatten_fieldsets(article_admin.fieldsets))
    meta = Article._meta
    fields = {
        f.name
        for f in [*meta.concrete_fields, *meta.many_to_many]
        if f.editable and not f.primary_key
    }
    assert fields - shown == set()


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["changelist", "add", "change"])
@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda model: model.__name__)
def test_admin_pages_render_for_an_editor(client, editor, make_rows, model, page):
    rows = make_rows()
    assert model in rows, f"make_rows builds no {model.__name__}: add one"
    args = [rows[model].pk] if page == "change" else []
    client.force_login(editor)
    response = client.get(admin_url(model, page, *args))
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda model: model.__name__)
def test_changelist_queries_do_not_grow_with_rows(client, editor, make_rows, model):
    client.force_login(editor)
    make_rows()

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(admin_url(model, "changelist")).status_code == 200
        return len(queries)

    few = count_queries()
    for _ in range(3):
        make_rows()
    assert count_queries() == few


@pytest.mark.django_db
def test_searching_organisations_by_an_alias_finds_the_organisation(
    client, editor, make_organisation, make_alias
):
    council = make_organisation("Doncaster Metropolitan Borough Council")
    make_alias(council, "DMBC")
    make_organisation("Leeds City Council")
    client.force_login(editor)
    response = client.get(admin_url(Organisation, "changelist"), {"q": "dmbc"})
    assert list(response.context["cl"].result_list) == [council]


@pytest.mark.django_db
def test_an_editor_can_rename_an_organisation(client, editor, make_rows):
    council = make_rows()[Organisation]
    client.force_login(editor)
    url = admin_url(council, "change", council.pk)
    data = unchanged_post_data(client.get(url))
    data["name"] = "Borsetshire County Council"
    response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    council.refresh_from_db()
    assert council.name == "Borsetshire County Council"
    assert council.aliases.count() == 1  # the inline rows went back untouched


@pytest.mark.django_db
def test_an_editor_can_publish_an_article(client, editor, make_rows):
    article = make_rows()[Article]
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    client.force_login(editor)
    url = admin_url(article, "change", article.pk)
    data = unchanged_post_data(client.get(url))
    data["status"] = Article.Status.PUBLISHED
    response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED


@pytest.mark.django_db
def test_a_reporter_cannot_publish_an_article(client, reporter, make_rows):
    article = make_rows()[Article]
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    client.force_login(reporter)
    url = admin_url(article, "change", article.pk)
    data = unchanged_post_data(client.get(url))
    data["status"] = Article.Status.PUBLISHED
    data["headline"] = "A corrected headline"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "status" in errors_of(response)[0]
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert article.headline != "A corrected headline"  # nothing half-saved


@pytest.mark.django_db
def test_a_reporter_submits_a_draft_for_review(client, reporter, make_rows):
    article = make_rows()[Article]
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    client.force_login(reporter)
    url = admin_url(article, "change", article.pk)
    data = unchanged_post_data(client.get(url))
    data["status"] = Article.Status.IN_REVIEW
    response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    article.refresh_from_db()
    assert article.status == Article.Status.IN_REVIEW
    assert article.status_changed_by == reporter
    assert article.status_changed_at is not None


@pytest.mark.django_db
def test_a_reporter_can_start_an_article(client, reporter):
    client.force_login(reporter)
    assert client.get(admin_url(Article, "add")).status_code == 200


@pytest.mark.django_db
def test_a_reporter_cannot_delete_an_article(client, reporter, make_article):
    article = make_article()
    client.force_login(reporter)
    url = admin_url(article, "delete", article.pk)
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


@pytest.mark.django_db
def test_a_reporter_cannot_add_an_inspection_rating(client, reporter):
    client.force_login(reporter)
    assert client.get(admin_url(InspectionRating, "add")).status_code == 403


@pytest.mark.django_db
def test_an_anonymous_visitor_is_sent_to_the_login_page(client):
    url = admin_url(Article, "changelist")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('admin:login')}?next={url}"


@pytest.mark.django_db
def test_view_on_site_leads_to_the_organisation_page(client, editor, make_organisation):
    council = make_organisation()
    client.force_login(editor)
    page = client.get(admin_url(council, "change", council.pk)).content.decode()
    link = re.search(r'<a href="([^"]+)" class="viewsitelink">View on site</a>', page)
    assert link, "no View on site link"
    response = client.get(link.group(1))
    assert response.status_code == 302
    assert response["Location"] == f"http://testserver{council.get_absolute_url()}"

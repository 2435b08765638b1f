"""The home page, the site's navigation, and templates compiled once in production."""

import os
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.mentions import relink
from articles.models import Article
from entities.models import Inspection, InspectionRating, Organisation

pytestmark = pytest.mark.django_db


def grade(organisation, value, published_on, inspectorate):
    inspection = Inspection.objects.create(
        organisation=organisation,
        inspectorate=inspectorate,
        framework="ilacs",
        published_on=published_on,
    )
    InspectionRating.objects.create(inspection=inspection, judgement_area="overall", grade=value)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_home_lists_latest_stories_with_the_entities_they_mention(
    client, make_article, make_organisation
):
    make_organisation("Ofsted")
    older = make_article("Older story", published_at=datetime(2020, 1, 1, tzinfo=UTC))
    newer = make_article(
        "Newer story", standfirst="What happened.", body="Ofsted said so.",
        published_at=datetime(2021, 1, 1, tzinfo=UTC),
    )  # fmt: skip
    relink(newer)
    html = client.get("/").content.decode()
    assert html.index("Newer story") < html.index(older.headline)
    story = html.split("Newer story")[1].split("</li>")[0]
    assert "What happened." in story
    assert "1 January 2021" in story
    assert 'href="/organisations/ofsted/"' in story


def test_home_lists_organisations_with_their_current_grade(client, make_organisation):
    ofsted = make_organisation("Ofsted", kind=Organisation.Kind.REGULATOR)
    council = make_organisation("Wessex Council")
    grade(council, 4, date(2018, 3, 1), ofsted)
    grade(council, 2, date(2022, 3, 1), ofsted)
    make_organisation("Never Inspected")
    aside = client.get("/").content.decode().split('id="grades-heading"')[1]
    assert "Wessex Council" in aside
    assert 'class="badge grade-2">Good<' in aside
    assert "Never Inspected" not in aside


def test_home_never_shows_drafts_or_scheduled_stories(client, make_article):
    make_article("Draft story", status=Article.Status.DRAFT, published_at=None)
    make_article("Scheduled story", published_at=datetime(2999, 1, 1, tzinfo=UTC))
    html = client.get("/").content.decode()
    assert "Draft story" not in html
    assert "Scheduled story" not in html


def test_home_queries_do_not_grow_with_stories_mentions_or_grades(
    client, make_article, make_organisation
):
    ofsted = make_organisation("Ofsted", kind=Organisation.Kind.REGULATOR)
    relink(make_article(body="Ofsted said so."))
    grade(make_organisation("Council 0"), 3, date(2019, 1, 1), ofsted)
    before = count_queries(client, "/")
    for n in range(1, 8):
        council = make_organisation(f"Council {n}")
        grade(council, 2, date(2020, 1, 1), ofsted)
        relink(make_article(body=f"Ofsted and Council {n} said so. " * 5))
    assert count_queries(client, "/") == before


def test_every_page_offers_latest_ratings_and_a_labelled_search(client):
    html = client.get("/").content.decode()
    nav = html.split('aria-label="Site"')[1].split("</nav>")[0]
    assert 'href="/"' in nav
    assert 'href="/ratings/"' in nav
    assert '<label for="site-search-q">Search</label>' in html
    assert 'action="/search/"' in html


def test_production_keeps_compiled_templates_in_memory():
    code = (
        "import django; django.setup(); from django.template import engines; "
        "print([type(l).__module__ for l in engines['django'].engine.template_loaders])"
    )
    env = {k: v for k, v in os.environ.items() if k != "DEBUG"}
    env.update(SECRET_KEY="x" * 50, DJANGO_SETTINGS_MODULE="newsroom.settings")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR,
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert result.stdout.strip() == "['django.template.loaders.cached']"

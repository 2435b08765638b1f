"""Editors import raw copy through the API exactly as import_articles does."""

from pathlib import Path

import pytest
from api_support import anonymous_fixture, as_editor_fixture, as_reporter_fixture  # noqa: F401

from articles.models import Article
from tests.conftest import FIXTURES_DIR

pytestmark = pytest.mark.django_db

URL = "/api/v1/imports/"


@pytest.fixture
def raw():
    return (FIXTURES_DIR / "sources" / "000_d859d43d3e4e57e3.txt").read_text(encoding="utf-8")


def test_an_editor_imports_a_raw_article_as_a_linked_draft(as_editor, raw, seeded):
    Article.objects.all().delete()
    response = as_editor.post(URL, {"text": raw, "name": "leadership.txt"}, format="json")
    assert response.status_code == 201, response.json()
    (row,) = response.json()
    assert row["outcome"] == "imported"
    assert row["mentions"] > 10
    article = Article.objects.get(slug=row["article"])
    assert article.status == Article.Status.DRAFT
    assert "Hide Ad" not in article.body
    assert "Sign up to our daily newsletter" not in article.body
    again = as_editor.post(URL, {"text": raw}, format="json")
    assert again.status_code == 200
    assert again.json()[0]["outcome"] == "duplicate"


def test_an_editor_posts_a_saved_web_page_and_gets_its_story(as_editor, seeded):
    page = (Path(__file__).parent / "data" / "national_paper_page.html").read_text()
    response = as_editor.post(URL, {"text": page}, format="json")
    assert response.status_code == 201, response.json()
    article = Article.objects.get(slug=response.json()[0]["article"])
    assert article.headline == "Doncaster told to act on children's services"
    assert "Most viewed" not in article.body
    assert article.mentions.filter(person__name="Michael Gove").exists()


def test_a_dry_run_saves_nothing(as_editor, raw):
    response = as_editor.post(URL, {"text": raw, "dry_run": True}, format="json")
    assert response.status_code == 200
    assert response.json()[0]["article"] is None
    assert not Article.objects.exists()


def test_a_reporter_cannot_publish_on_import(as_reporter, raw):
    response = as_reporter.post(URL, {"text": raw, "publish": True}, format="json")
    assert response.status_code == 400
    assert "permission" in str(response.json())
    assert not Article.objects.exists()


def test_anonymous_clients_cannot_import(anonymous, raw):
    assert anonymous.post(URL, {"text": raw}, format="json").status_code == 401
    assert not Article.objects.exists()


def test_broken_copy_is_a_400_naming_the_problem(as_editor):
    response = as_editor.post(URL, {"text": "", "name": "empty.txt"}, format="json")
    assert response.status_code == 400
    response = as_editor.post(URL, {"text": "Headline only\n"}, format="json")
    assert response.status_code == 400
    assert "text" in response.json()
    response = as_editor.post(URL, {"text": "x", "publish": "yes"}, format="json")
    assert response.status_code == 400

"""The admin's import page: who may use it, uploads, pasted text and previews."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.conftest import FIXTURES_DIR

SOURCES = FIXTURES_DIR / "sources"
URL = "/admin/articles/article/import/"


def seed_upload(name="000_d859d43d3e4e57e3.txt"):
    return SimpleUploadedFile(name, (SOURCES / name).read_bytes(), content_type="text/plain")


def test_the_import_page_has_its_own_admin_url():
    assert reverse("admin:articles_article_import") == URL


def test_the_article_list_links_to_the_import_page(client, editor):
    client.force_login(editor)

    page = client.get(reverse("admin:articles_article_changelist"))

    assert f'href="{URL}"' in page.text


def test_an_editor_uploads_a_file_and_sees_the_summary(client, editor):
    client.force_login(editor)

    page = client.post(URL, {"file": seed_upload(), "publish": "on"})

    article = Article.objects.get()
    assert article.status == Article.Status.PUBLISHED
    assert article.source_file == "000_d859d43d3e4e57e3.txt"
    assert "1 imported, 0 updated, 0 duplicates, 0 failed" in page.text
    assert reverse("admin:articles_article_change", args=[article.pk]) in page.text


def test_an_editor_uploads_a_saved_web_page(client, editor):
    client.force_login(editor)
    page = Path(__file__).parent / "data" / "national_paper_page.html"
    upload = SimpleUploadedFile(page.name, page.read_bytes(), content_type="text/html")

    response = client.post(URL, {"file": upload})

    article = Article.objects.get()
    assert article.headline == "Doncaster told to act on children's services"
    assert article.status == Article.Status.DRAFT
    assert "1 imported, 0 updated, 0 duplicates, 0 failed" in response.text


def test_pasted_text_is_imported_as_a_draft(client, editor):
    client.force_login(editor)
    text = "Council responds\n\nThe council has replied.\n\nIt says it disagrees.\n"

    client.post(URL, {"text": text})

    article = Article.objects.get()
    assert (article.headline, article.status) == ("Council responds", Article.Status.DRAFT)


def test_a_reporter_imports_drafts_only(client, reporter):
    client.force_login(reporter)

    page = client.get(URL)
    client.post(URL, {"file": seed_upload(), "publish": "on"})

    assert 'name="publish"' not in page.text
    assert Article.objects.get().status == Article.Status.DRAFT


def test_staff_without_add_permission_are_refused(client, make_user):
    user = make_user()
    user.is_staff = True
    user.save()
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(user)

    assert client.get(URL).status_code == 403
    assert client.post(URL, {"file": seed_upload()}).status_code == 403
    assert not Article.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.post(URL, {"file": seed_upload()})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert not Article.objects.exists()


def test_a_preview_saves_nothing_and_shows_the_cleaned_text(client, editor):
    client.force_login(editor)

    page = client.post(URL, {"file": seed_upload(), "dry_run": "on"})

    assert not Article.objects.exists()
    assert "Preview: nothing was saved" in page.text
    assert "Sign up to our daily newsletter" in page.text  # listed as removed
    assert "Problems with care in ‘inadequate’" in page.text


def test_a_broken_upload_shows_the_error_with_its_line(client, editor):
    client.force_login(editor)
    bad = SimpleUploadedFile("bad.txt", b"Headline\n\n31/02/2022\n\nBody.\n")

    page = client.post(URL, {"file": bad})

    assert "bad.txt, line 3: cannot read the date" in page.text
    assert not Article.objects.exists()


@pytest.mark.parametrize("data", [{}, {"text": "   "}])
def test_the_form_asks_for_a_file_or_text(client, editor, data):
    client.force_login(editor)

    page = client.post(URL, data)

    assert "Upload a file or paste an article" in page.text


def test_markup_in_an_upload_is_shown_escaped(client, editor):
    client.force_login(editor)
    text = "<script>alert(1)</script> headline\n\nStandfirst.\n\nBody <b>bold</b>.\n"

    page = client.post(URL, {"text": text, "dry_run": "on"})

    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; headline" in page.text

"""Text an editor pastes into the admin is stored as the site's plain text."""

import pytest

from articles.models import Article
from tests.admin_forms import errors_of, unchanged_post_data


@pytest.mark.django_db
def test_pasted_line_breaks_and_invisible_characters_are_normalised_and_linked(
    client, editor, seeded
):
    article = Article.objects.exclude(body="").first()
    client.force_login(editor)
    url = f"/admin/articles/article/{article.pk}/change/"
    data = unchanged_post_data(client.get(url))
    data["body"] = (
        "Of\u00adsted rated Doncaster\u200b Council inadequate.\r\n\r\n"
        "The\ufeff council said it would appeal.\r\n"
    )
    response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)

    article.refresh_from_db()
    assert article.body == (
        "Ofsted rated Doncaster Council inadequate.\n\nThe council said it would appeal."
    )
    linked = article.mentions.filter(field="body").order_by("start")
    assert [m.text for m in linked] == ["Ofsted", "Doncaster Council", "The council"]


@pytest.mark.django_db
def test_text_sent_to_the_api_is_stored_as_plain_text(client, editor, seeded):
    article = Article.objects.exclude(body="").first()
    client.force_login(editor)
    response = client.patch(
        f"/api/v1/articles/{article.slug}/",
        {"body": "The\u200b watchdog\u00ad agreed.\r\n\r\nSo did Ofsted."},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content

    assert response.json()["body"] == "The watchdog agreed.\n\nSo did Ofsted."

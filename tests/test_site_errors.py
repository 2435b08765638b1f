"""404 and 500 pages look like the site; the 500 page needs no request and no database."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error


@pytest.mark.django_db
def test_a_missing_page_is_a_404_in_the_site_layout(client):
    response = client.get("/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in html
    assert 'class="site-header"' in html
    assert "/static/css/site.css" in html
    assert 'action="/search/"' in html


def test_the_500_page_renders_without_a_request_context_or_a_database():
    # No django_db mark: any query here would raise.
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "<h1>Something went wrong</h1>" in html
    assert 'class="site-header"' in html
    assert "/static/css/site.css" in html

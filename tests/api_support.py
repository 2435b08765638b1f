"""Fixtures and helpers shared by the API tests.

A test module brings the fixtures in by importing them:
`from api_support import anonymous_fixture, as_editor_fixture, fresh_throttle_fixture`.
"""

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture(name="fresh_throttle", autouse=True)
def fresh_throttle_fixture():
    """Each test starts with no anonymous requests counted against the rate limit."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(name="anonymous")
def anonymous_fixture():
    return APIClient()


def client_for(user) -> APIClient:
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token.key}")
    return client


@pytest.fixture(name="as_editor")
def as_editor_fixture(editor):
    return client_for(editor)


@pytest.fixture(name="as_reporter")
def as_reporter_fixture(reporter):
    return client_for(reporter)


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def slugs(response) -> list[str]:
    return [row["slug"] for row in results(response)]

"""Shared fixtures: factories are fixtures returning a make_* function."""

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.utils.text import slugify

from articles.models import Article, Mention
from entities.models import Alias, Organisation, Person

counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Throttles count requests in the cache; each test starts with none counted."""
    cache.clear()


@pytest.fixture
def make_organisation(db):
    def make(name=None, **fields):
        name = name or f"Organisation {next(counter)}"
        fields.setdefault("slug", slugify(name))
        return Organisation.objects.create(name=name, **fields)

    return make


@pytest.fixture
def make_person(db):
    def make(name=None, **fields):
        name = name or f"Person Number{next(counter)}"
        fields.setdefault("slug", slugify(name))
        return Person.objects.create(name=name, **fields)

    return make


@pytest.fixture
def make_alias(db):
    def make(entity, text, **fields):
        key = "person" if isinstance(entity, Person) else "organisation"
        return Alias.objects.create(text=text, **{key: entity}, **fields)

    return make


@pytest.fixture
def make_article(db):
    def make(headline=None, body="A body.", **fields):
        headline = headline or f"Headline {next(counter)}"
        fields.setdefault("slug", slugify(headline))
        fields.setdefault("status", Article.Status.PUBLISHED)
        fields.setdefault("published_at", datetime(2024, 1, 2, 9, 30, tzinfo=UTC))
        return Article.objects.create(headline=headline, body=body, **fields)

    return make


@pytest.fixture
def make_mention(db):
    def make(article, entity, start, end, **fields):
        key = "person" if isinstance(entity, Person) else "organisation"
        text = article.text_of(fields.get("field", Mention.Field.BODY))[start:end]
        return Mention.objects.create(
            article=article, start=start, end=end, text=text, **{key: entity}, **fields
        )

    return make


@pytest.fixture
def make_user(db, django_user_model):
    def make(group=None, **fields):
        fields.setdefault("username", f"user{next(counter)}")
        user = django_user_model.objects.create_user(
            password="a-long-test-password", is_staff=group is not None, **fields
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def editor(make_user):
    return make_user("Editors")


@pytest.fixture
def reporter(make_user):
    return make_user("Reporters")


@pytest.fixture
def seeded(db):
    """The seed corpus fixtures, loaded as `make run` loads them."""
    call_command("loaddata", *SEED_FIXTURES, verbosity=0)


FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"
SEED_FIXTURES = sorted(str(p) for p in FIXTURES_DIR.glob("*.json"))

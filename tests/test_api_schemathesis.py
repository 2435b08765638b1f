"""A real client's fuzzing: schemathesis drives the API from its own OpenAPI document and
runs every default check: no server error, every response as documented, invalid requests
rejected and valid ones accepted. Once as an anonymous client, once as an editor."""

from datetime import date

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.utils.dateparse import parse_datetime
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from rest_framework.throttling import AnonRateThrottle

from articles.mentions import relink
from articles.models import Article, Mention
from entities.models import Alias, Inspection, InspectionRating, Organisation, Person, Role
from newsroom.wsgi import application

TOKEN_PATH = "/api/v1/auth/token/"
# Bounded for the suite's time: the fuzzing phase (with the schema's examples), not the
# coverage phase's exhaustive walk; and no example database left in the working tree.
BOUNDED = {"phases": {"coverage": {"enabled": False}}, "generation": {"database": "none"}}

anonymous_schema = schemathesis.openapi.from_wsgi(
    "/api/schema/",
    application,
    config=schemathesis.Config.from_dict(
        {
            **BOUNDED,
            "operations": [
                {
                    # A well-formed username and password that match no account are
                    # refused with 400, as DRF's token view does (and as schemathesis
                    # allows for any endpoint it knows hands out credentials).
                    "include-path": TOKEN_PATH,
                    "checks": {"positive_data_acceptance": {"expected-statuses": ["200", "400"]}},
                }
            ],
        }
    ),
)
# The token endpoint takes no credentials: the anonymous run covers it.
editor_schema = schemathesis.openapi.from_wsgi(
    "/api/schema/",
    application,
    config=schemathesis.Config.from_dict(BOUNDED),
).exclude(path=TOKEN_PATH)


def keep_the_rules(case):
    """Make a schema-valid write also keep the rules a schema cannot state: no null characters,
    a slug that names an existing record, dates in order, a span that is free. Invalid writes
    go through as generated, and each rule has its own test of the 400 it gives."""
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    if not isinstance(case.body, dict) or case.method.upper() not in {"POST", "PUT", "PATCH"}:
        return
    for name, given in case.body.items():
        if isinstance(given, str):
            case.body[name] = given.replace("\x00", "")  # refused in any text field
    resource = case.operation.path.split("/")[3]
    if resource == "imports":
        # Any string is schema-valid, but only copy with a headline and a body is an article.
        case.body["text"] = IMPORTABLE
        case.body["publish"] = False
        return
    key = next(iter(case.path_parameters.values()), None) if case.path_parameters else None
    model = MODELS[resource]
    lookup = "slug" if resource in {"articles", "organisations", "people"} else "pk"
    current = model.objects.filter(**{lookup: key}).first() if key is not None else None
    if key is not None and current is None:
        return  # a 404, whatever the body says
    FIXES[resource](case.body, current)


IMPORTABLE = (
    "Ofsted praises council\n\nFriday, November 27, 2015\n\n"
    "Ofsted said the council had improved.\n\nThe watchdog said more work was needed.\n"
)

MODELS = {
    "articles": Article,
    "mentions": Mention,
    "organisations": Organisation,
    "people": Person,
    "aliases": Alias,
    "roles": Role,
    "inspections": Inspection,
    "ratings": InspectionRating,
}


def value(body, current, name):
    return body[name] if name in body else getattr(current, name, None)


def in_order(body, current, first, last, parse=date.fromisoformat):
    """Move the later of two dates so it is not before the earlier one."""
    start, end = value(body, current, first), value(body, current, last)
    start = parse(start) if isinstance(start, str) else start
    end = parse(end) if isinstance(end, str) else end
    if start and end and end < start:
        body[last] = start.isoformat()


def existing(body, name, slug):
    """Point a reference that is set at a record that exists."""
    if body.get(name):
        body[name] = slug


def one_entity(body, current):
    body["organisation"], body["person"] = "ofsted", None


def visible_article():
    return Article.objects.published().values_list("slug", flat=True).first()


def fix_article(body, current):
    if "authors" in body:
        body["authors"] = ["george-torr"] if body["authors"] else []
    existing(body, "publication", "cyp-now")
    if value(body, current, "status") == "published" and not value(body, current, "published_at"):
        body["published_at"] = "2020-01-01T00:00:00Z"
    for name in ("published_at", "updated_at"):
        if body.get(name) and not "1000" <= body[name][:4] <= "9998":
            body[name] = "2020-01-01T00:00:00Z"  # the API takes years 1000 to 9998
    in_order(body, current, "published_at", "updated_at", parse=parse_datetime)


def fix_mention(body, current):
    one_entity(body, current)
    if current:  # its own span is always free; the article stays the same
        body.update(article=current.article.slug, field=current.field)
        body.update(start=current.start, end=current.end)
        return
    article = Article.objects.get(slug="fuzzing-free-text")
    taken = {i for m in article.mentions.all() for i in range(m.start, m.end)}
    free = next(i for i in range(len(article.body)) if i not in taken)
    body.update(article=article.slug, field="body", start=free, end=free + 1)


def fix_organisation(body, current):
    other = "ofsted" if getattr(current, "slug", None) != "ofsted" else "doncaster-council"
    for name in ("parent", "successor", "founded_by"):
        existing(body, name, other)
    in_order(body, current, "founded_on", "dissolved_on")


def fix_alias(body, current):
    one_entity(body, current)
    existing(body, "source", visible_article())
    in_order(body, current, "valid_from", "valid_until")


def fix_role(body, current):
    existing(body, "person", "michael-wilshaw")
    existing(body, "organisation", "ofsted")
    existing(body, "source", visible_article())
    in_order(body, current, "start_date", "end_date")


FRAMEWORK_START = {"earlier": "2012-06-01", "sif": "2015-06-01", "ilacs": "2020-06-01"}


def fix_inspection(body, current):
    existing(body, "organisation", "doncaster-council")
    existing(body, "inspectorate", "ofsted")
    framework = value(body, current, "framework")
    if value(body, current, "start_date") and framework:
        body["start_date"] = FRAMEWORK_START[framework]
    in_order(body, current, "start_date", "end_date")
    in_order(body, current, "start_date", "published_on")


def fix_rating(body, current):
    if "inspection" in body:
        graded = Inspection.objects.exclude(kind=Inspection.Kind.MONITORING_VISIT)
        body["inspection"] = graded.values_list("pk", flat=True).first()
    if "sources" in body:
        body["sources"] = [visible_article()] if body["sources"] else []


FIXES = {
    "articles": fix_article,
    "mentions": fix_mention,
    "organisations": fix_organisation,
    "people": lambda body, current: None,
    "aliases": fix_alias,
    "roles": fix_role,
    "inspections": fix_inspection,
    "ratings": fix_rating,
}

fuzzing = settings(
    max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)


@pytest.fixture
def in_test_transaction():
    """Requests through the real WSGI application, inside the test's transaction.

    The application closes the database connection after each request, which would end the
    transaction the test runs in; Django's own test client stops that the same way.
    """
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def corpus(seeded, make_article, monkeypatch, in_test_transaction):
    """The seed corpus, linked, with a draft beside it; no throttling."""
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "anon", None)
    monkeypatch.setitem(AnonRateThrottle.THROTTLE_RATES, "token", None)
    make_article("A draft nobody may see", status=Article.Status.DRAFT, published_at=None)
    make_article("Fuzzing free text", body="Words that name nobody at all. " * 20)
    for article in Article.objects.all():
        relink(article)


@pytest.mark.django_db
@anonymous_schema.parametrize()
@fuzzing
def test_anonymous_clients_get_what_the_schema_promises(case, corpus):
    case.call_and_validate()


@pytest.mark.django_db
@editor_schema.parametrize()
@fuzzing
def test_editors_get_what_the_schema_promises(case, corpus, editor):
    token, _ = Token.objects.get_or_create(user=editor)
    keep_the_rules(case)
    case.call_and_validate(headers={"Authorization": f"Bearer {token.key}"})

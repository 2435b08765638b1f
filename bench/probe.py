"""The benchmark's look inside Django: `python bench/probe.py COMMAND`, JSON on stdout.

bench/run.py calls it with the same environment as the server it measures:

- `corpus`: what the database holds.
- `add-alias`: add an alias (or re-add it) the way an editor would, before the re-link.
- `plan`: the address of every endpoint to load (the most mentioned article, organisation
  and person; a selective and the most common search term; a deep API page reached by
  following `next` links), and the SQL queries each costs.
- `queries`: the queries of the targets given as JSON on stdin.
"""

import json
import os
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
# What a proxy in front of gunicorn adds: the site then knows it is served over HTTPS.
HEADERS = {"X-Forwarded-Proto": "https"}
API_ARTICLES = "/api/v1/articles/"
DEEP = 0.9  # how far into the article list the deep API page sits
PROBE_ALIAS = "Benchmark Probe Alias"


def without_param(url: str, name: str) -> str:
    """The URL without one query parameter (its path and query only)."""
    parts = urlsplit(url)
    query = [(k, v) for k, vs in parse_qs(parts.query).items() for v in vs if k != name]
    return urlunsplit(("", "", parts.path, urlencode(query), ""))


def deep_page(get_json, first_url: str, total: int, page_size: int, step_size: int) -> str:
    """The address of the page about DEEP of the way through a list of `total` items.

    Numbered pages are addressed directly; cursor pages only by following `next` links,
    taken here `step_size` items at a time and then asked for at `page_size`.
    """
    target = int(total * DEEP)
    first = get_json(first_url)
    if not first.get("next"):
        return first_url
    if "cursor=" not in first["next"]:
        page = target // page_size + 1
        return f"{without_param(first_url, 'page')}{'&' if '?' in first_url else '?'}page={page}"
    url, seen = f"{first_url}{'&' if '?' in first_url else '?'}page_size={step_size}", 0
    while seen + step_size <= target:
        data = get_json(url)
        seen += len(data["results"])
        if not data.get("next"):
            break
        url = data["next"]
    return without_param(url, "page_size")


def setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()


def corpus():
    from articles.models import Article, Mention
    from entities.models import Alias, Organisation, Person

    return {
        "articles": Article.objects.count(),
        "published": Article.objects.published().count(),
        "entities": Organisation.objects.count() + Person.objects.count(),
        "organisations": Organisation.objects.count(),
        "people": Person.objects.count(),
        "aliases": Alias.objects.count(),
        "mentions": Mention.objects.count(),
    }


def add_alias():
    """Add the probe alias (again) to an organisation no article mentions.

    Saving it queues a re-link of the articles it can touch, as an editor's edit does; with
    no mentions and words no article uses that is none, so the timed `relink_articles`
    that follows does all the work.
    """
    from articles.models import Mention
    from entities.models import Alias, Organisation

    Alias.objects.filter(text=PROBE_ALIAS).delete()
    mentioned = Mention.objects.filter(organisation__isnull=False).values("organisation")
    organisation = (
        Organisation.objects.exclude(pk__in=mentioned).order_by("pk").first()
        or Organisation.objects.order_by("pk").first()
    )
    Alias.objects.create(organisation=organisation, text=PROBE_ALIAS)
    return {"alias": PROBE_ALIAS, "organisation": organisation.slug}


def most_mentioned(model, field):
    from django.db.models import Count

    from articles.models import Mention

    top = (
        Mention.objects.linked()
        .filter(**{f"{field}__isnull": False})
        .values(field)
        .annotate(n=Count("pk"))
        .order_by("-n", field)
        .first()
    )
    if top is None:
        return model.objects.order_by("pk").first(), 0
    return model.objects.get(pk=top[field]), top["n"]


def search_terms():
    """The most common word in the articles and a selective one (in about ten of them)."""
    from django.db import connection

    stats = "SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM articles_article')"
    with connection.cursor() as cursor:
        cursor.execute(f"{stats} ORDER BY ndoc DESC, word LIMIT 1")
        common = cursor.fetchone()
        cursor.execute(
            f"{stats} WHERE word ~ '^[a-z]{{6,}}$' ORDER BY abs(ndoc - 10), word LIMIT 1"
        )
        selective = cursor.fetchone()
    return {
        "common": {"term": common[0], "articles": common[1]},
        "selective": {"term": selective[0], "articles": selective[1]},
    }


def client():
    from django.test import Client

    return Client(HTTP_HOST=HOST, headers=HEADERS)


def plan():
    from django.db.models import Count, Q
    from django.urls import reverse

    from articles.models import Article
    from entities.models import Organisation, Person

    article = (
        Article.objects.published()
        .annotate(n=Count("mentions", filter=Q(mentions__rejected=False)))
        .order_by("-n", "pk")
        .first()
    )
    organisation, organisation_mentions = most_mentioned(Organisation, "organisation")
    person, person_mentions = most_mentioned(Person, "person")
    terms = search_terms()
    browser = client()

    article_path = article.get_absolute_url()
    etag = browser.get(article_path)["ETag"]

    def get_json(url):
        response = browser.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        return response.json()

    published = Article.objects.published().count()
    default_size = len(get_json(API_ARTICLES)["results"])
    deep = deep_page(get_json, API_ARTICLES, published, default_size, step_size=200)

    targets = {
        "home": {"path": "/"},
        "article": {"path": article_path, "mentions": article.n},
        "article_304": {"path": article_path, "headers": {"If-None-Match": etag}, "status": 304},
        "organisation": {
            "path": organisation.get_absolute_url(),
            "mentions": organisation_mentions,
        },
        "person": {"path": person.get_absolute_url(), "mentions": person_mentions},
        "ratings": {"path": reverse("site:ratings")},
        "search_selective": {
            "path": f"{reverse('site:search')}?{urlencode({'q': terms['selective']['term']})}",
            **terms["selective"],
        },
        "search_common": {
            "path": f"{reverse('site:search')}?{urlencode({'q': terms['common']['term']})}",
            **terms["common"],
        },
        "api_articles": {"path": API_ARTICLES},
        "api_articles_deep": {"path": deep},
        "api_article": {"path": reverse("v1:article-detail", kwargs={"slug": article.slug})},
    }
    return {"targets": targets, "queries": queries(targets)}


def queries(targets):
    """SQL queries per request for each target, after one request to warm the process."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    browser, counts = client(), {}
    for name, target in targets.items():
        headers = target.get("headers", {})
        browser.get(target["path"], headers=headers)
        with CaptureQueriesContext(connection) as captured:
            response = browser.get(target["path"], headers=headers)
        expected = target.get("status", 200)
        if response.status_code != expected:
            raise SystemExit(f"{name}: {target['path']} answered {response.status_code}")
        counts[name] = len(captured)
    return counts


def main(command):
    setup()
    if command == "corpus":
        result = corpus()
    elif command == "add-alias":
        result = add_alias()
    elif command == "plan":
        result = plan()
    elif command == "queries":
        result = queries(json.load(sys.stdin))
    else:
        raise SystemExit(f"unknown command {command!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])

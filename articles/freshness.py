"""Validators for public pages, one small query each, and the responses cached under them.

An article page's ETag digests what it shows: the row's own edit time and status, and a
fingerprint of its own mentions and of the entities, authors and publication they name
(counts, highest ids, sums of offsets, latest edit times). Each part reads only that
article's rows, so it costs the same whatever the size of the corpus.

Entity pages and the home page gather from the whole corpus, so aggregating what they
show would grow with it (an organisation mentioned in 50,000 articles). They validate
instead against a revision counter kept on write: any save or delete of a model the
public pages show (articles, mentions, organisations, people, aliases, roles,
inspections, ratings, and their many-to-many links) bumps `ContentRevision` once the
transaction commits, and writers that bypass signals (`bulk_create`, `update()`) call
`content_changed()` themselves. The highest mention id backs that up for bulk re-links,
and the latest publication time that has passed covers articles going live at their
scheduled time, which writes nothing.

Responses to anonymous readers are cached under the URL and the ETag, so an entry is
never served once anything on its page changes: no invalidation to forget, and no
draft or staff view is ever cached (staff pages are never stored).
"""

import hashlib
from datetime import datetime
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connections, transaction
from django.db.models import CharField, Count, F, Max, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Concat, Now
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.views.decorators.http import condition
from simple_history.models import HistoricalChanges

from entities.models import Person

from .models import Article, ContentRevision, Mention

PUBLIC_APPS = {"articles", "entities"}

State = tuple[str, datetime | None]


def content_changed(using: str | None = None) -> None:
    """Count a write to public content once the current transaction commits.

    Bumping after the commit means no reader can see the new number before the new
    rows, and the counter's row is locked only for that one short UPDATE.
    """
    transaction.on_commit(_bump, using=using)


def _bump() -> None:
    bumped = ContentRevision.objects.filter(pk=1).update(number=F("number") + 1, changed_at=Now())
    if not bumped:
        ContentRevision.objects.get_or_create(pk=1)


def _on_write(sender, using=None, action="post_", **kwargs) -> None:
    if action.startswith("post_"):  # m2m_changed sends pre_ and post_ actions: count one
        content_changed(using)


def connect() -> None:
    """Bump the revision on every save, delete and many-to-many change of public content.

    Mentions count their saves only: a delete listener would make Django load and signal
    every row of a bulk delete, so `relink` reports its own writes with content_changed().
    """
    for label in PUBLIC_APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if issubclass(model, HistoricalChanges | ContentRevision):
                continue
            uid = f"freshness-{model._meta.label_lower}"
            if model._meta.auto_created:  # a many-to-many table: Article.authors, sources
                m2m_changed.connect(_on_write, sender=model, dispatch_uid=uid)
                continue
            post_save.connect(_on_write, sender=model, dispatch_uid=uid)
            if model is not Mention:
                post_delete.connect(_on_write, sender=model, dispatch_uid=uid)


def _latest(queryset, field="edited_at"):
    return Subquery(queryset.order_by(f"-{field}").values(field)[:1])


def _digest(values) -> State:
    stamps = [v for v in values if isinstance(v, datetime)]
    text = "|".join(str(v) for v in [settings.MENTION_LINKS, *values])
    return hashlib.sha256(text.encode()).hexdigest()[:32], max(stamps, default=None)


def _site_annotations() -> dict:
    """The corpus-wide part of a validator: three index lookups, whatever the corpus."""
    return {
        "fresh_revision": Subquery(ContentRevision.objects.filter(pk=1).values("number")),
        "fresh_revised": Subquery(ContentRevision.objects.filter(pk=1).values("changed_at")),
        "fresh_mention": Subquery(Mention.objects.order_by("-pk").values("pk")[:1]),
        "fresh_live": _latest(Article.objects.published(), "published_at"),
    }


_COMPILED: dict = {}
_SLUG = "\x00slug\x00"  # stands for the slug while a query is compiled


def _first_row(key, build, slug: str):
    """The first row of `build(slug)`, its SQL compiled once per process and key.

    Building these querysets and compiling their subqueries costs several times what
    running them does, on every page view; only the slug changes between requests.
    """
    if (compiled := _COMPILED.get(key)) is None:
        queryset = build(_SLUG)[:1]
        compiler = queryset.query.get_compiler(queryset.db)
        sql, params = compiler.as_sql()
        compiled = _COMPILED[key] = (compiler, sql, list(params), params.index(_SLUG))
    compiler, sql, params, at = compiled
    params = [*params[:at], slug, *params[at + 1 :]]
    # This thread's own connection: the compiler's may belong to another thread.
    with connections[compiler.using].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchmany(1)
    # The compiler's converters turn database values into Python ones (dates on SQLite).
    return next(iter(compiler.results_iter(results=[rows])), None)


def _remember(request, key, compute):
    states = request.__dict__.setdefault("_freshness", {})
    if key not in states:
        states[key] = compute()
    return states[key]


def article_state(request, slug: str) -> State | None:
    """(ETag, Last-Modified) of the article page as this reader would see it."""

    def build(slug):
        linked = Mention.objects.linked().filter(article=OuterRef("pk")).order_by()
        # One subquery digests the mentions and the names they link to, as text.
        parts = [Count("pk"), Max("pk"), Sum("start")]
        parts += [Max("organisation__edited_at"), Max("person__edited_at")]
        joined = [part for each in parts for part in (Value(":"), each)][1:]
        mentions = linked.values("article").annotate(
            digest=Concat(*joined, output_field=CharField())
        )
        annotations = {
            "fresh_mentions": Subquery(mentions.values("digest")[:1]),
            "fresh_authors": _latest(Person.objects.filter(articles_written=OuterRef("pk"))),
        }
        articles = Article.objects.all() if drafts else Article.objects.published()
        return (
            articles.filter(slug=slug)
            .annotate(**annotations)
            .values_list("edited_at", "status", "publication__edited_at", *annotations)
        )

    drafts = request.user.has_perm("articles.view_draft")

    def compute():
        row = _first_row(("article", drafts), build, slug)
        return _digest(row) if row else None

    return _remember(request, ("article", slug), compute)


def entity_state(request, model, slug: str) -> State | None:
    """(ETag, Last-Modified) of an organisation's or person's page."""

    def build(slug):
        site = _site_annotations()
        return (
            model.objects.filter(slug=slug)
            .annotate(**site)
            .values_list("pk", "edited_at", "version", *site)
        )

    def compute():
        row = _first_row(("entity", model.__name__), build, slug)
        return _digest(row) if row else None

    return _remember(request, (model.__name__, slug), compute)


def site_state(request, *args, **kwargs) -> State:
    """(ETag, Last-Modified) of a page that lists from the whole corpus (the home page).

    The parts of the page's address (an archive's year) do not change it.
    """

    def compute():
        # The counter's one row (made by a migration, remade by the next write) carries
        # the other two lookups.
        site = _site_annotations()
        row = ContentRevision.objects.filter(pk=1).annotate(**site).values_list(*site).first()
        return _digest(row or ())

    return _remember(request, ("site",), compute)


def _part(state, index):
    return state[index] if state else None


article_condition = condition(
    etag_func=lambda request, slug: _part(article_state(request, slug), 0),
    last_modified_func=lambda request, slug: _part(article_state(request, slug), 1),
)


def entity_condition(model):
    """The conditional-GET decorator for an entity page's view."""
    return condition(
        etag_func=lambda request, slug: _part(entity_state(request, model, slug), 0),
        last_modified_func=lambda request, slug: _part(entity_state(request, model, slug), 1),
    )


site_condition = condition(
    etag_func=lambda request, *args, **kwargs: _part(site_state(request), 0),
    last_modified_func=lambda request, *args, **kwargs: _part(site_state(request), 1),
)


def cached_for_readers(state):
    """Serve anonymous readers a copy of the page cached under its URL and validator.

    `state(request, **kwargs)` is the page's validator function (computed once per request,
    so the conditional-GET decorator outside this one has already paid for it). Staff
    may see drafts and notices, so their responses are neither stored nor served.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if (
                not settings.PAGE_CACHE_SECONDS
                or request.method != "GET"
                or request.user.is_authenticated
            ):
                return view(request, *args, **kwargs)
            validator = _part(state(request, *args, **kwargs), 0)
            if validator is None:
                return view(request, *args, **kwargs)
            address = f"{request.build_absolute_uri()}|{validator}"
            key = "page:" + hashlib.sha256(address.encode()).hexdigest()
            if (hit := cache.get(key)) is not None:
                content, content_type = hit
                return HttpResponse(content, content_type=content_type)
            response = view(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            if response.status_code == 200 and not response.streaming:
                cache.set(
                    key, (response.content, response["Content-Type"]), settings.PAGE_CACHE_SECONDS
                )
            return response

        return wrapped

    return decorator

"""Cheap validators for conditional GET on article and entity pages: one query each.

An ETag digests what a page shows: the row's own edit time, and a fingerprint of the
mentions, ratings, roles and names around it (counts, highest ids, sums of offsets and
latest edit times), so that re-linking, an editor's rejection of a mention, a new
rating, a renamed entity or an article going live at its scheduled time all change it.
The Last-Modified time is the latest edit time among them. Both are computed once per
request and kept on it, since Django asks for each separately.
"""

import hashlib
from datetime import datetime

from django.conf import settings
from django.db.models import Count, Max, OuterRef, Subquery, Sum
from django.views.decorators.http import condition

from entities.models import Inspection, InspectionRating, Organisation, Person, Role

from .models import Article, Mention


def _latest(queryset, field="edited_at"):
    return Subquery(queryset.order_by(f"-{field}").values(field)[:1])


def _aggregate(queryset, group: str, **aggregate):
    """A one-value subquery aggregating a queryset's rows, all of one `group` value."""
    ((name, expression),) = aggregate.items()
    return Subquery(
        queryset.order_by().values(group).annotate(**{name: expression}).values(name)[:1]
    )


def _digest(values) -> tuple[str, datetime | None]:
    stamps = [v for v in values if isinstance(v, datetime)]
    text = "|".join(str(v) for v in [settings.MENTION_LINKS, *values])
    return hashlib.sha256(text.encode()).hexdigest()[:32], max(stamps, default=None)


def article_state(request, slug: str) -> tuple[str, datetime | None] | None:
    """(ETag, Last-Modified) of the article page as this reader would see it."""
    key = ("article", slug)
    if key not in (cache := request.__dict__.setdefault("_freshness", {})):
        linked = Mention.objects.linked().filter(article=OuterRef("pk"))
        annotations = {
            "fresh_n": _aggregate(linked, "article", n=Count("pk")),
            "fresh_top": _aggregate(linked, "article", top=Max("pk")),
            "fresh_spans": _aggregate(linked, "article", spans=Sum("start")),
            "fresh_orgs": _latest(Organisation.objects.filter(mentions__article=OuterRef("pk"))),
            "fresh_people": _latest(Person.objects.filter(mentions__article=OuterRef("pk"))),
            "fresh_authors": _latest(Person.objects.filter(articles_written=OuterRef("pk"))),
        }
        row = (
            Article.objects.visible_to(request.user)
            .filter(slug=slug)
            .annotate(**annotations)
            .values_list("edited_at", "status", *annotations)
            .first()
        )
        cache[key] = _digest(row) if row else None
    return cache[key]


def entity_state(request, model, slug: str) -> tuple[str, datetime | None] | None:
    """(ETag, Last-Modified) of an organisation's or person's page."""
    key = (model.__name__, slug)
    if key not in (cache := request.__dict__.setdefault("_freshness", {})):
        field = "person" if model is Person else "organisation"
        linked = Mention.objects.linked().filter(
            **{field: OuterRef("pk")}, article__in=Article.objects.published()
        )
        annotations = {
            "fresh_n": _aggregate(linked, field, n=Count("pk")),
            "fresh_top": _aggregate(linked, field, top=Max("pk")),
            "fresh_spans": _aggregate(linked, field, spans=Sum("start")),
            "fresh_articles": _latest(
                Article.objects.published().filter(**{f"mentions__{field}": OuterRef("pk")})
            ),
            "fresh_roles": _latest(Role.objects.filter(**{field: OuterRef("pk")})),
            "fresh_names": _latest(Organisation.objects.all()),
            "fresh_people": _latest(Person.objects.all()),
        }
        if model is Organisation:
            inspections = Inspection.objects.filter(organisation=OuterRef("pk"))
            annotations["fresh_inspections"] = _latest(inspections)
            annotations["fresh_ratings"] = _latest(
                InspectionRating.objects.filter(inspection__organisation=OuterRef("pk"))
            )
        row = (
            model.objects.filter(slug=slug)
            .annotate(**annotations)
            .values_list("edited_at", *annotations)
            .first()
        )
        cache[key] = _digest(row) if row else None
    return cache[key]


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

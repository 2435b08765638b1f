"""Who is mentioned with whom: the entities in a list of articles, and those most often
mentioned alongside an entity in published articles. One aggregate query each."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count

from entities.models import Organisation, Person

from .models import Article, Mention

ENTITY_COLUMNS = [
    *("organisation", "organisation__name", "organisation__slug"),
    *("person", "person__name", "person__slug"),
]


@dataclass(frozen=True)
class CoMention:
    entity: Organisation | Person
    articles: int


def co_mentioned(entity: Organisation | Person, limit: int = 10) -> list[CoMention]:
    """Entities sharing the most published articles with this one, in one aggregate query."""
    key = "person" if isinstance(entity, Person) else "organisation"
    shared = Article.objects.published().filter(mentions__in=Mention.objects.linked().of(entity))
    rows = (
        Mention.objects.linked()
        .filter(article__in=shared.values("pk"))
        .exclude(**{key: entity})
        .order_by()
        .values(*ENTITY_COLUMNS)
        .annotate(articles=Count("article", distinct=True), mentions=Count("pk"))
        .order_by("-articles", "-mentions", "organisation__name", "person__name")[:limit]
    )
    return [CoMention(_entity(row), row["articles"]) for row in rows]


def _entity(row: dict) -> Organisation | Person:
    if row["organisation"] is not None:
        return Organisation(
            pk=row["organisation"], name=row["organisation__name"], slug=row["organisation__slug"]
        )
    return Person(pk=row["person"], name=row["person__name"], slug=row["person__slug"])


def mentioned_in(articles: Iterable[Article], limit: int = 6) -> dict[int, list]:
    """The entities each article mentions most, by article id, in one aggregate query."""
    rows = (
        Mention.objects.linked()
        .filter(article__in=[a.pk for a in articles])
        .order_by()
        .values("article", *ENTITY_COLUMNS)
        .annotate(mentions=Count("pk"))
        .order_by("article", "-mentions", "organisation__name", "person__name")
    )
    found = defaultdict(list)
    for row in rows:
        if len(found[row["article"]]) < limit:
            found[row["article"]].append(_entity(row))
    return found

"""Who is mentioned with whom: the entities in a list of articles, and those most often
mentioned alongside an entity in its latest published articles. One aggregate query each.

Co-mentions count over the latest `WINDOW` articles that mention the entity, not all of
them, so an organisation named in 50,000 articles costs what one named in 50 does.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Subquery

from entities.models import Organisation, Person

from .models import Article, Mention

WINDOW = 100
ENTITY_COLUMNS = ["organisation", "person"]


def _names() -> dict:
    """Each group's entity name and slug, looked up by id once the rows are grouped.

    Joining the entity tables before grouping would read both whole tables; a lookup per
    group reads only the entities shown.
    """
    organisation = Organisation.objects.filter(pk=OuterRef("organisation")).order_by()
    person = Person.objects.filter(pk=OuterRef("person")).order_by()
    return {
        "organisation_name": Subquery(organisation.values("name")),
        "organisation_slug": Subquery(organisation.values("slug")),
        "person_name": Subquery(person.values("name")),
        "person_slug": Subquery(person.values("slug")),
    }


@dataclass(frozen=True)
class CoMention:
    entity: Organisation | Person
    articles: int


def mentioning(entity: Organisation | Person):
    """Published articles that link a mention of the entity (no join, so no duplicates)."""
    linked = Mention.objects.linked().of(entity).filter(article=OuterRef("pk"))
    return Article.objects.published().filter(Exists(linked))


def latest_mentioning(entity: Organisation | Person, window: int = WINDOW) -> list[int]:
    """Ids of the latest `window` published articles that mention the entity, newest first.

    Finding them walks the articles newest first until enough mention the entity, which
    for someone mostly named years ago means thousands of index probes: read once, the
    ids serve both the first page of the entity's articles and its co-mentions.
    """
    latest = mentioning(entity).order_by("-published_at", "-pk")
    return list(latest.values_list("pk", flat=True)[:window])


def co_mentioned(
    entity: Organisation | Person,
    limit: int = 10,
    window: int = WINDOW,
    latest: list[int] | None = None,
) -> list[CoMention]:
    """Entities sharing the most of this one's latest `window` published articles.

    `latest` is those articles' ids when the caller has already read them.
    """
    key = "person" if isinstance(entity, Person) else "organisation"
    if latest is None:
        latest = mentioning(entity).order_by("-published_at", "-pk").values("pk")[:window]
    rows = (
        Mention.objects.linked()
        .filter(article__in=latest)
        .exclude(**{key: entity})
        .order_by()
        .values(*ENTITY_COLUMNS)
        .annotate(articles=Count("article", distinct=True), mentions=Count("pk"))
        .order_by("-articles", "-mentions", "organisation", "person")
        .annotate(**_names())[:limit]
    )
    return [CoMention(_entity(row), row["articles"]) for row in rows]


def _entity(row: dict) -> Organisation | Person:
    if row["organisation"] is not None:
        return Organisation(
            pk=row["organisation"], name=row["organisation_name"], slug=row["organisation_slug"]
        )
    return Person(pk=row["person"], name=row["person_name"], slug=row["person_slug"])


def mentioned_in(articles: Iterable[Article], limit: int = 6) -> dict[int, list]:
    """The entities each article mentions most, by article id, in one aggregate query."""
    rows = (
        Mention.objects.linked()
        .filter(article__in=[a.pk for a in articles])
        .order_by()
        .values("article", *ENTITY_COLUMNS)
        .annotate(mentions=Count("pk"))
        .order_by("article", "-mentions", "organisation", "person")
        .annotate(**_names())
    )
    found = defaultdict(list)
    for row in rows:
        if len(found[row["article"]]) < limit:
            found[row["article"]].append(_entity(row))
    return found

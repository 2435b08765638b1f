"""Inspection ratings as readers see them: with the published articles that report them."""

from django.db.models import F, Prefetch, QuerySet

from entities import timeline
from entities.grades import area_order, latest_overall_ratings, with_current_grade
from entities.models import InspectionRating, Organisation

from .models import Article
from .templatetags.newsroom import as_stated


def reported_ratings() -> QuerySet:
    """Every rating, latest first, with its organisation, inspectorate and published sources."""
    sources = Article.objects.published().only("slug", "headline", "published_at")
    return InspectionRating.objects.select_related(
        "inspection__organisation", "inspection__inspectorate"
    ).prefetch_related(
        Prefetch("sources", sources.order_by("published_at"), to_attr="published_sources")
    ).order_by(
        F("inspection__published_on").desc(nulls_last=True),
        "inspection__organisation__name",
        "inspection",
        area_order(),
    )  # fmt: skip


def ratings_of(organisation: Organisation) -> list[InspectionRating]:
    """An organisation's ratings, oldest first, as its timeline and table show them."""
    ratings = reported_ratings().filter(inspection__organisation=organisation)
    return list(
        ratings.order_by(
            F("inspection__published_on").asc(nulls_last=True), "inspection", area_order()
        )
    )


def timeline_of(ratings: list[InspectionRating]) -> timeline.Timeline:
    """The chart of these ratings, with dates worded as precisely as their sources."""
    return timeline.build(ratings, stated=as_stated)


def recently_graded(limit: int = 20) -> QuerySet:
    """Organisations whose overall grade was published most recently, with their current one.

    Reads the latest few ratings rather than grading every organisation, in one query.
    """
    recent = latest_overall_ratings().values("inspection__organisation")[: limit * 4]
    graded = with_current_grade(Organisation.objects.only("name", "slug", "kind"))
    return graded.filter(pk__in=recent, current_grade__isnull=False).order_by(
        F("current_grade_on").desc(nulls_last=True), "name"
    )[:limit]

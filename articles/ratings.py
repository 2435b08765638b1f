"""Inspection ratings as readers see them: with the published articles that report them."""

from django.db.models import F, Prefetch, QuerySet

from entities import timeline
from entities.grades import area_order
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

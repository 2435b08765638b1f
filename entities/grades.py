"""Current grades and what the sources say about ratings.

An organisation's current grade is the overall-effectiveness grade of its latest graded
inspection (monitoring visits carry none). `with_current_grade` adds it to a queryset of
organisations as annotations, so a list of organisations with their grades is one query.
"""

import re

from django.db.models import Case, F, OuterRef, QuerySet, Subquery, Value, When

from .models import Inspection, InspectionRating

Grade = InspectionRating.Grade
# Short forms for badges and chart axes; the tables give Ofsted's full wording.
SHORT_LABELS = {
    Grade.OUTSTANDING: "Outstanding",
    Grade.GOOD: "Good",
    Grade.REQUIRES_IMPROVEMENT: "Requires improvement",
    Grade.INADEQUATE: "Inadequate",
}
DISAGREEMENT = re.compile(r"\b(disagree|differ|conflict|contradict|dispute)", re.IGNORECASE)


def area_order() -> Case:
    """Judgement areas in Ofsted's order, overall effectiveness first, for order_by()."""
    areas = InspectionRating.JudgementArea.values
    return Case(*(When(judgement_area=a, then=Value(i)) for i, a in enumerate(areas)))


def latest_overall_ratings(organisation=None) -> QuerySet:
    """Overall-effectiveness ratings of graded inspections, latest first."""
    ratings = InspectionRating.objects.filter(
        judgement_area=InspectionRating.JudgementArea.OVERALL
    ).exclude(inspection__kind=Inspection.Kind.MONITORING_VISIT)
    if organisation is not None:
        ratings = ratings.filter(inspection__organisation=organisation)
    return ratings.order_by(
        F("inspection__published_on").desc(nulls_last=True),
        F("inspection__start_date").desc(nulls_last=True),
        "-inspection__pk",
    )


def with_current_grade(organisations: QuerySet) -> QuerySet:
    """Annotate current_grade, and current_grade_on with its date_precision, in one query."""
    latest = latest_overall_ratings(OuterRef("pk"))
    return organisations.annotate(
        current_grade=Subquery(latest.values("grade")[:1]),
        current_grade_on=Subquery(latest.values("inspection__published_on")[:1]),
        current_grade_precision=Subquery(latest.values("inspection__date_precision")[:1]),
    )


def grade_label(grade: int | None, *, short: bool = False) -> str:
    """The words for a grade number ("Good"), or "" for none."""
    if grade is None:
        return ""
    return SHORT_LABELS[grade] if short else Grade(grade).label


def sources_disagree(rating: InspectionRating) -> bool:
    """Whether the rating's notes record that its sources disagree about it."""
    return bool(DISAGREEMENT.search(rating.notes))

"""Filters for inspection ratings, shared by the ratings page and the API.

Plain django-filter, with no REST framework import: DRF's DjangoFilterBackend takes this
FilterSet as it is.
"""

import django_filters
from django import forms

from .models import InspectionRating


class StableOrderingFilter(django_filters.OrderingFilter):
    """Sort by the chosen columns, then by id, so that pages never repeat or skip a row."""

    def filter(self, qs, value):
        qs = super().filter(qs, value)
        return qs.order_by(*qs.query.order_by, "pk") if value else qs


class InspectionRatingFilter(django_filters.FilterSet):
    # A slug box, not a select: a list of every inspected organisation grows with the corpus
    # (thousands of <option>s and a query per page view). Organisation pages link here by slug.
    organisation = django_filters.CharFilter(
        field_name="inspection__organisation__slug",
        label="Organisation",
        help_text="The organisation's web address name, such as doncaster-council.",
        widget=forms.TextInput(attrs={"size": 24, "maxlength": 255, "spellcheck": "false"}),
    )
    grade = django_filters.ChoiceFilter(
        choices=InspectionRating.Grade.choices, empty_label="Any grade", label="Grade"
    )
    judgement_area = django_filters.ChoiceFilter(
        choices=InspectionRating.JudgementArea.choices,
        empty_label="Any judgement area",
        label="Judgement area",
    )
    year = django_filters.NumberFilter(
        field_name="inspection__published_on",
        lookup_expr="year",
        label="Year published",
        min_value=1990,
        max_value=2100,
        # A text box, so that whatever a reader typed can be shown back to them.
        widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 4, "maxlength": 4}),
    )
    o = StableOrderingFilter(
        fields=[
            ("inspection__organisation__name", "organisation"),
            ("grade", "grade"),
            ("judgement_area", "judgement_area"),
            ("inspection__published_on", "published"),
        ],
        label="Sort by",
    )

    class Meta:
        model = InspectionRating
        fields = ["organisation", "grade", "judgement_area", "year"]

"""The API for organisations, people, their names, posts, inspections and ratings.

`entities` never imports `articles`: where a row cites an article, the article model is found
by its label, and only the articles the requester may see are shown or accepted.
"""

import re
from datetime import date

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Prefetch, Q
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import serializers
from rest_framework.reverse import reverse

from newsroom.api.base import EditorialViewSet, OrderingFilter, PageLinkField, StrictSerializer

from .grades import with_current_grade
from .models import (
    ILACS_FROM,
    SIF_FROM,
    Alias,
    Identifier,
    Inspection,
    InspectionRating,
    Organisation,
    Person,
    Role,
)

SLUG = re.compile(r"[-a-zA-Z0-9_]+")
SLUG_SCHEMA = {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"}
Grade = InspectionRating.Grade
GRADES = {str(g.value): g.value for g in Grade} | {g.name.lower(): g.value for g in Grade}


def visible_articles(request):
    """The articles the requester may see (drafts only with `articles.view_draft`)."""
    article = apps.get_model("articles", "Article")
    return article.objects.visible_to(request.user)


# Filters shared by several resources.


class SlugsField(forms.MultipleChoiceField):
    """Any number of slugs, given by repeating the parameter; each must look like a slug."""

    default_error_messages = {"invalid_choice": "“%(value)s” is not a slug."}

    def valid_value(self, value):
        return bool(SLUG.fullmatch(value))


def describe(filter_, schema: dict):
    """Give a filter the schema of one of its values, keeping its help text in the document."""
    return extend_schema_field({**schema, "description": filter_.extra.get("help_text", "")})(
        filter_
    )


class SlugsFilter(filters.MultipleChoiceFilter):
    """Slugs, repeatable; the filter method decides how several combine."""

    field_class = SlugsField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        describe(self, SLUG_SCHEMA)


class GradeFilter(filters.MultipleChoiceFilter):
    """Grades by number (4) or name (inadequate); several mean any of them."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [(key, key) for key in GRADES])
        super().__init__(*args, **kwargs)
        describe(self, {"type": "string", "enum": list(GRADES)})

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.field_name}__in": sorted({GRADES[v] for v in value})})


# Fields shared by several serializers.


class VisibleArticleField(serializers.SlugRelatedField):
    """An article by slug, among those the requester may see."""

    def __init__(self, **kwargs):
        super().__init__(slug_field="slug", **kwargs)

    def get_queryset(self):
        return visible_articles(self.context["request"])


def one_entity_field(model, other: str) -> serializers.SlugRelatedField:
    """One side of a row about exactly one organisation or person, by slug."""
    return serializers.SlugRelatedField(
        slug_field="slug",
        queryset=model.objects.all(),
        required=False,
        allow_null=True,
        help_text=f"The {model._meta.verbose_name}'s slug; give this or `{other}`, not both.",
    )


def require_one_entity(attrs, instance=None):
    """A row names an organisation or a person: exactly one of them."""
    organisation = attrs.get("organisation", getattr(instance, "organisation", None))
    person = attrs.get("person", getattr(instance, "person", None))
    if (organisation is None) == (person is None):
        message = "Give exactly one of organisation and person."
        raise serializers.ValidationError({"organisation": [message], "person": [message]})


def require_in_order(attrs, instance, first: str, last: str, message: str):
    """Two dates of a row, when both are known, in order."""
    start = attrs.get(first, getattr(instance, first, None))
    end = attrs.get(last, getattr(instance, last, None))
    if start and end and end < start:
        raise serializers.ValidationError({last: [message]})


class AliasSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Alias
        fields = ["text", "kind"]


class IdentifierSerializer(serializers.ModelSerializer):
    class Meta:
        model = Identifier
        fields = ["scheme", "identifier"]


@extend_schema_field(OpenApiTypes.URI)
class ArticlesLinkField(serializers.Field):
    """The API address of the articles that mention an entity."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", "The articles that mention this entity (API list).")
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, entity):
        url = reverse("article-list", request=self.context["request"])
        return f"{url}?mentions={entity.slug}"


# Organisations


class OrganisationFilter(filters.FilterSet):
    kind = filters.MultipleChoiceFilter(
        choices=Organisation.Kind.choices, help_text="Kind of body; repeat for any of several."
    )
    current_grade = GradeFilter(
        field_name="current_grade",
        help_text="The overall grade of the organisation's latest graded inspection, by "
        "number (1-4) or name (outstanding, good, requires_improvement, inadequate).",
    )
    q = filters.CharFilter(
        method="search", help_text="Words in the name or any alias (case-insensitive)."
    )
    ordering = OrderingFilter(fields=["name", "kind", "current_grade", "slug"])

    class Meta:
        model = Organisation
        fields = ["kind"]

    def search(self, queryset, name, value):
        matching = Alias.objects.filter(text__icontains=value).values("organisation")
        return queryset.filter(Q(pk__in=matching) | Q(name__icontains=value))


class OrganisationSerializer(StrictSerializer):
    """An organisation, its other names and identifiers, and its current overall grade."""

    url = serializers.HyperlinkedIdentityField(view_name="organisation-detail", lookup_field="slug")
    parent = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Organisation.objects.all(),
        required=False,
        allow_null=True,
        help_text="The body this one is part of or reports to (slug).",
    )
    successor = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Organisation.objects.all(),
        required=False,
        allow_null=True,
        help_text="The body that took over this one's work (slug).",
    )
    founded_by = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Organisation.objects.all(),
        required=False,
        allow_null=True,
        help_text="The body that created this one (slug).",
    )
    current_grade = serializers.ChoiceField(
        choices=Grade.choices,
        read_only=True,
        allow_null=True,
        help_text="Overall grade of the latest graded inspection: 1 outstanding, 2 good, "
        "3 requires improvement, 4 inadequate; null if never graded.",
    )
    aliases = AliasSummarySerializer(many=True, read_only=True)
    identifiers = IdentifierSerializer(many=True, read_only=True)
    page = PageLinkField()
    articles = ArticlesLinkField()

    class Meta:
        model = Organisation
        fields = [
            "url",
            "slug",
            "name",
            "kind",
            "description",
            "website",
            "founded_on",
            "dissolved_on",
            "parent",
            "successor",
            "founded_by",
            "current_grade",
            "aliases",
            "identifiers",
            "page",
            "articles",
            "source_note",
            "created_at",
            "edited_at",
        ]

    def validate(self, attrs):
        require_in_order(
            attrs,
            self.instance,
            "founded_on",
            "dissolved_on",
            "An organisation cannot be dissolved before it was founded.",
        )
        for relation in ("parent", "successor"):
            if self.instance is not None and attrs.get(relation) == self.instance:
                raise serializers.ValidationError(
                    {relation: [f"An organisation cannot be its own {relation}."]}
                )
        return attrs


@extend_schema_view(
    list=extend_schema(
        summary="List organisations",
        description="Organisations the newsroom follows, by name. Filter by kind or by "
        "current grade: `?current_grade=inadequate` lists every body whose latest graded "
        "inspection was judged inadequate overall.",
    ),
    retrieve=extend_schema(summary="An organisation, with its names and current grade"),
    create=extend_schema(
        summary="Add an organisation",
        examples=[
            OpenApiExample(
                "A local authority",
                value={
                    "slug": "rotherham-council",
                    "name": "Rotherham Metropolitan Borough Council",
                    "kind": "local_authority",
                    "website": "https://www.rotherham.gov.uk/",
                },
                request_only=True,
            )
        ],
    ),
)
class OrganisationViewSet(EditorialViewSet):
    """Organisations: councils, trusts, regulators, departments, publishers and others."""

    serializer_class = OrganisationSerializer
    filterset_class = OrganisationFilter
    lookup_field = "slug"

    def get_queryset(self):
        return (
            with_current_grade(Organisation.objects.all())
            .select_related("parent", "successor", "founded_by")
            .prefetch_related("aliases", "identifiers")
            .order_by("name", "pk")
        )


# People


class PersonFilter(filters.FilterSet):
    organisation = filters.CharFilter(
        method="at_organisation",
        help_text="People who have held a post at this organisation (slug).",
    )
    role = filters.CharFilter(
        method="holding_role",
        help_text='People who have held a post with these words in its title ("chief").',
    )
    q = filters.CharFilter(
        method="search", help_text="Words in the name or any alias (case-insensitive)."
    )
    ordering = OrderingFilter(fields=["sort_name", "name", "slug"])

    class Meta:
        model = Person
        fields = []

    def at_organisation(self, queryset, name, value):
        return queryset.filter(
            pk__in=Role.objects.filter(organisation__slug=value).values("person")
        )

    def holding_role(self, queryset, name, value):
        return queryset.filter(pk__in=Role.objects.filter(title__icontains=value).values("person"))

    def search(self, queryset, name, value):
        matching = Alias.objects.filter(text__icontains=value).values("person")
        return queryset.filter(Q(pk__in=matching) | Q(name__icontains=value))


class RoleSummarySerializer(serializers.ModelSerializer):
    organisation = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)

    class Meta:
        model = Role
        fields = ["title", "organisation", "start_date", "end_date"]


class PersonSerializer(StrictSerializer):
    """A person, the posts they held and the names they appear under."""

    url = serializers.HyperlinkedIdentityField(view_name="person-detail", lookup_field="slug")
    roles = RoleSummarySerializer(many=True, read_only=True)
    aliases = AliasSummarySerializer(many=True, read_only=True)
    identifiers = IdentifierSerializer(many=True, read_only=True)
    page = PageLinkField()
    articles = ArticlesLinkField()

    class Meta:
        model = Person
        fields = [
            "url",
            "slug",
            "name",
            "honorific_prefix",
            "given_name",
            "family_name",
            "sort_name",
            "description",
            "roles",
            "aliases",
            "identifiers",
            "page",
            "articles",
            "source_note",
            "created_at",
            "edited_at",
        ]


@extend_schema_view(
    list=extend_schema(
        summary="List people",
        description="People in the news, by sort name. `?organisation=ofsted&role=chief` "
        "lists everyone who has held a post with “chief” in its title at Ofsted.",
    ),
    retrieve=extend_schema(summary="A person, with their posts and names"),
    create=extend_schema(
        summary="Add a person",
        examples=[
            OpenApiExample(
                "A chief inspector",
                value={
                    "slug": "amanda-spielman",
                    "name": "Amanda Spielman",
                    "honorific_prefix": "Ms",
                },
                request_only=True,
            )
        ],
    ),
)
class PersonViewSet(EditorialViewSet):
    """People: officials, inspectors, politicians, journalists."""

    serializer_class = PersonSerializer
    filterset_class = PersonFilter
    lookup_field = "slug"

    def get_queryset(self):
        roles = Role.objects.select_related("organisation")
        return Person.objects.prefetch_related(
            Prefetch("roles", roles), "aliases", "identifiers"
        ).order_by("sort_name", "name", "pk")


# Aliases


class AliasFilter(filters.FilterSet):
    organisation = filters.CharFilter(
        field_name="organisation__slug", help_text="Names of this organisation (slug)."
    )
    person = filters.CharFilter(field_name="person__slug", help_text="Names of this person (slug).")
    kind = filters.MultipleChoiceFilter(choices=Alias.Kind.choices)
    ordering = OrderingFilter(fields=["text", "id"])

    class Meta:
        model = Alias
        fields = ["kind"]


class AliasSerializer(StrictSerializer):
    """Another name of one organisation or one person, and how the linker may match it."""

    url = serializers.HyperlinkedIdentityField(view_name="alias-detail")
    organisation = one_entity_field(Organisation, "person")
    person = one_entity_field(Person, "organisation")
    source = VisibleArticleField(
        required=False, allow_null=True, help_text="An article that uses this name (slug)."
    )

    class Meta:
        model = Alias
        fields = [
            "id",
            "url",
            "text",
            "kind",
            "case",
            "organisation",
            "person",
            "valid_from",
            "valid_until",
            "source",
            "created_at",
            "edited_at",
        ]

    def validate(self, attrs):
        require_one_entity(attrs, self.instance)
        require_in_order(
            attrs,
            self.instance,
            "valid_from",
            "valid_until",
            "A name cannot go out of use before it came into use.",
        )
        fields = ("text", "organisation", "person", "valid_from", "valid_until")
        alias = Alias(pk=getattr(self.instance, "pk", None))
        for name in fields:
            setattr(alias, name, attrs.get(name, getattr(self.instance, name, None)))
        try:
            alias.clean()  # the model's rule and message: no two periods of a name overlap
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.message_dict, code="unique") from None
        return attrs


@extend_schema_view(
    list=extend_schema(summary="List aliases", description="Other names entities appear under."),
    create=extend_schema(
        summary="Add an alias",
        description="Adding or changing a name re-links every article it can touch, in the "
        "background.",
        examples=[
            OpenApiExample(
                "An acronym",
                value={"text": "DCST", "kind": "acronym", "organisation": "ofsted"},
                request_only=True,
            )
        ],
    ),
)
class AliasViewSet(EditorialViewSet):
    """Other names of organisations and people, and how the linker may match them."""

    serializer_class = AliasSerializer
    filterset_class = AliasFilter

    def get_queryset(self):
        return (
            Alias.objects.select_related("organisation", "person")
            .prefetch_related(Prefetch("source", visible_articles(self.request)))
            .order_by("text", "pk")
        )


# Roles


class RoleFilter(filters.FilterSet):
    person = filters.CharFilter(field_name="person__slug", help_text="Posts of this person (slug).")
    organisation = filters.CharFilter(
        field_name="organisation__slug", help_text="Posts at this organisation (slug)."
    )
    title = filters.CharFilter(
        field_name="title", lookup_expr="icontains", help_text="Words in the post's title."
    )
    ordering = OrderingFilter(fields=["start_date", "end_date", "title", "id"])

    class Meta:
        model = Role
        fields = []


class RoleSerializer(StrictSerializer):
    """A person's post at an organisation, with the article that states it."""

    url = serializers.HyperlinkedIdentityField(view_name="role-detail")
    person = serializers.SlugRelatedField(slug_field="slug", queryset=Person.objects.all())
    organisation = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Organisation.objects.all(),
        required=False,
        allow_null=True,
        help_text="Blank for a post that belongs to no organisation the newsroom follows.",
    )
    source = VisibleArticleField(
        required=False, allow_null=True, help_text="The article that states this role (slug)."
    )

    class Meta:
        model = Role
        fields = [
            "id",
            "url",
            "person",
            "organisation",
            "title",
            "start_date",
            "end_date",
            "source",
            "source_note",
            "created_at",
            "edited_at",
        ]
        validators = []  # the unique rule is checked in validate(), nullable fields and all

    def validate(self, attrs):
        require_in_order(
            attrs, self.instance, "start_date", "end_date", "A post cannot end before it starts."
        )
        key = {
            name: attrs.get(name, getattr(self.instance, name, None))
            for name in ("person", "organisation", "title", "start_date")
        }
        clash = Role.objects.filter(**key).exclude(pk=getattr(self.instance, "pk", None))
        if clash.exists():
            raise serializers.ValidationError(
                {"title": ["This person already holds this post from this date."]}, code="unique"
            )
        return attrs


@extend_schema_view(
    list=extend_schema(
        summary="List posts",
        description="Posts people hold or held, newest first within each person.",
    ),
    create=extend_schema(
        summary="Add a post",
        examples=[
            OpenApiExample(
                "A chief executive",
                value={
                    "person": "paul-moffat",
                    "organisation": "doncaster-childrens-services-trust",
                    "title": "Chief executive",
                    "start_date": "2014-10-01",
                },
                request_only=True,
            )
        ],
    ),
)
class RoleViewSet(EditorialViewSet):
    """Posts people held at organisations, with the article that states each."""

    serializer_class = RoleSerializer
    filterset_class = RoleFilter

    def get_queryset(self):
        return (
            Role.objects.select_related("person", "organisation")
            .prefetch_related(Prefetch("source", visible_articles(self.request)))
            .order_by("person__sort_name", "person_id", F("start_date").desc(nulls_last=True), "pk")
        )


# Inspections and ratings


class InspectionFilter(filters.FilterSet):
    organisation = filters.CharFilter(
        field_name="organisation__slug", help_text="Inspections of this organisation (slug)."
    )
    framework = filters.MultipleChoiceFilter(choices=Inspection.Framework.choices)
    kind = filters.MultipleChoiceFilter(choices=Inspection.Kind.choices)
    published_after = filters.DateFilter(
        field_name="published_on", lookup_expr="gte", help_text="Reports published on or after."
    )
    published_before = filters.DateFilter(
        field_name="published_on", lookup_expr="lte", help_text="Reports published on or before."
    )
    ordering = OrderingFilter(fields=["published_on", "start_date", "id"])

    class Meta:
        model = Inspection
        fields = []


class RatingSummarySerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="rating-detail")

    class Meta:
        model = InspectionRating
        fields = ["url", "judgement_area", "grade"]


class InspectionSerializer(StrictSerializer):
    """One inspection: who inspected whom, under which framework, when; and its grades."""

    url = serializers.HyperlinkedIdentityField(view_name="inspection-detail")
    organisation = serializers.SlugRelatedField(
        slug_field="slug", queryset=Organisation.objects.all()
    )
    inspectorate = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Organisation.objects.filter(kind=Organisation.Kind.REGULATOR),
        help_text="The regulator that inspected (slug of an organisation of kind regulator).",
    )
    ratings = RatingSummarySerializer(many=True, read_only=True)

    class Meta:
        model = Inspection
        fields = [
            "id",
            "url",
            "organisation",
            "inspectorate",
            "framework",
            "kind",
            "start_date",
            "end_date",
            "published_on",
            "date_precision",
            "report_url",
            "notes",
            "ratings",
            "created_at",
            "edited_at",
        ]

    def validate(self, attrs):
        instance = self.instance
        require_in_order(
            attrs, instance, "start_date", "end_date", "An inspection cannot end before it starts."
        )
        require_in_order(
            attrs,
            instance,
            "start_date",
            "published_on",
            "A report cannot be published before the inspection starts.",
        )
        framework = attrs.get("framework", getattr(instance, "framework", None))
        start = attrs.get("start_date", getattr(instance, "start_date", None))
        if start and framework and not framework_ran_on(framework, start):
            raise serializers.ValidationError(
                {"framework": [FRAMEWORK_YEARS[framework]]}, code="framework_years"
            )
        return attrs


FRAMEWORK_YEARS = {
    Inspection.Framework.EARLIER: "The earlier framework ended in November 2013: an "
    "inspection starting then or later is SIF or ILACS.",
    Inspection.Framework.SIF: "SIF inspections started between November 2013 and June 2018.",
    Inspection.Framework.ILACS: "ILACS inspections started in January 2018 or later.",
}


def framework_ran_on(framework: str, start) -> bool:
    """Whether an inspection under the framework could start on that day (the model's rule)."""
    if framework == Inspection.Framework.EARLIER:
        return start < SIF_FROM
    if framework == Inspection.Framework.SIF:
        return SIF_FROM <= start < date(2018, 7, 1)
    return start >= ILACS_FROM


@extend_schema_view(
    list=extend_schema(
        summary="List inspections",
        description="Inspection events, each with the grades it gave.",
    ),
    create=extend_schema(
        summary="Add an inspection",
        examples=[
            OpenApiExample(
                "An ILACS inspection",
                value={
                    "organisation": "doncaster-council",
                    "inspectorate": "ofsted",
                    "framework": "ilacs",
                    "kind": "full",
                    "start_date": "2023-01-09",
                    "end_date": "2023-01-20",
                    "published_on": "2023-03-03",
                },
                request_only=True,
            )
        ],
    ),
)
class InspectionViewSet(EditorialViewSet):
    """Inspection events: who inspected whom, under which framework, when."""

    serializer_class = InspectionSerializer
    filterset_class = InspectionFilter

    def get_queryset(self):
        return (
            Inspection.objects.select_related("organisation", "inspectorate")
            .prefetch_related("ratings")
            .order_by("organisation__name", F("published_on").desc(nulls_last=True), "pk")
        )


class InspectionRatingFilter(filters.FilterSet):
    organisation = filters.CharFilter(
        field_name="inspection__organisation__slug",
        help_text="Ratings of this organisation (slug).",
    )
    grade = GradeFilter(
        field_name="grade",
        help_text="By number (1-4) or name (outstanding, good, requires_improvement, "
        "inadequate); repeat for any of several.",
    )
    judgement_area = filters.MultipleChoiceFilter(choices=InspectionRating.JudgementArea.choices)
    framework = filters.MultipleChoiceFilter(
        field_name="inspection__framework", choices=Inspection.Framework.choices
    )
    published_after = filters.DateFilter(
        field_name="inspection__published_on",
        lookup_expr="gte",
        help_text="Reports published on or after this day.",
    )
    published_before = filters.DateFilter(
        field_name="inspection__published_on",
        lookup_expr="lte",
        help_text="Reports published on or before this day.",
    )
    ordering = OrderingFilter(
        fields=[
            ("inspection__published_on", "published_on"),
            ("inspection__start_date", "start_date"),
            ("grade", "grade"),
            ("id", "id"),
        ]
    )

    class Meta:
        model = InspectionRating
        fields = []


class InspectionRatingSerializer(StrictSerializer):
    """The grade an inspection gave one judgement area (1 outstanding to 4 inadequate)."""

    url = serializers.HyperlinkedIdentityField(view_name="rating-detail")
    inspection = serializers.PrimaryKeyRelatedField(
        queryset=Inspection.objects.all(), help_text="The inspection that gave the grade (id)."
    )
    organisation = serializers.SlugRelatedField(
        source="inspection.organisation", slug_field="slug", read_only=True
    )
    framework = serializers.CharField(source="inspection.framework", read_only=True)
    published_on = serializers.DateField(
        source="inspection.published_on", read_only=True, allow_null=True
    )
    grade_label = serializers.CharField(source="get_grade_display", read_only=True)
    sources = VisibleArticleField(
        many=True, required=False, help_text="The articles that report this judgement (slugs)."
    )

    class Meta:
        model = InspectionRating
        fields = [
            "id",
            "url",
            "inspection",
            "organisation",
            "framework",
            "published_on",
            "judgement_area",
            "grade",
            "grade_label",
            "sources",
            "notes",
            "created_at",
            "edited_at",
        ]
        validators = []  # one grade per area is checked in validate(), as a conflict

    def validate(self, attrs):
        inspection = attrs.get("inspection", getattr(self.instance, "inspection", None))
        area = attrs.get("judgement_area", getattr(self.instance, "judgement_area", None))
        if inspection is not None and not inspection.graded:
            raise serializers.ValidationError(
                {"inspection": ["A monitoring visit carries no grade."]}
            )
        clash = InspectionRating.objects.filter(inspection=inspection, judgement_area=area)
        if clash.exclude(pk=getattr(self.instance, "pk", None)).exists():
            raise serializers.ValidationError(
                {"judgement_area": ["This inspection already has a grade for this area."]},
                code="unique",
            )
        return attrs


@extend_schema_view(
    list=extend_schema(
        summary="List inspection ratings",
        description="Every judgement an inspection gave. One request answers questions such "
        "as “every inadequate rating since 2015” "
        "(`?grade=inadequate&published_after=2015-01-01`) or “Doncaster's grades over "
        "time” (`?organisation=doncaster-council&judgement_area=overall"
        "&ordering=published_on`).",
        examples=[
            OpenApiExample(
                "An inadequate overall judgement",
                value={
                    "id": 3,
                    "url": "http://127.0.0.1:8000/api/v1/ratings/3/",
                    "inspection": 2,
                    "organisation": "doncaster-council",
                    "framework": "sif",
                    "published_on": "2015-11-13",
                    "judgement_area": "overall",
                    "grade": 4,
                    "grade_label": "Inadequate",
                    "sources": ["doncaster-childrens-services-remain-inadequate"],
                    "notes": "",
                    "created_at": "2024-01-02T09:30:00Z",
                    "edited_at": "2024-01-02T09:30:00Z",
                },
                response_only=True,
            )
        ],
    ),
    create=extend_schema(
        summary="Add a rating",
        examples=[
            OpenApiExample(
                "A grade for an inspection",
                value={"inspection": 1, "judgement_area": "overall", "grade": 2},
                request_only=True,
            )
        ],
    ),
)
class InspectionRatingViewSet(EditorialViewSet):
    """Inspection ratings: the grade an inspection gave one judgement area."""

    serializer_class = InspectionRatingSerializer
    filterset_class = InspectionRatingFilter

    def get_queryset(self):
        return (
            InspectionRating.objects.select_related("inspection__organisation")
            .prefetch_related(Prefetch("sources", visible_articles(self.request)))
            .order_by(
                F("inspection__published_on").desc(nulls_last=True),
                "inspection_id",
                "judgement_area",
                "pk",
            )
        )

"""Organisations, people, the names they go by, the posts they hold and their inspection ratings.

The shapes follow Popolo (Person, Organization, Membership/Post, other_names with dates,
identifiers with a scheme, a source for each fact) and schema.org's Rating.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .versioning import Versioned

SIF_FROM, ILACS_FROM = date(2013, 11, 1), date(2018, 1, 1)


class Timestamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class DatePrecision(models.TextChoices):
    """How much of a stored date the sources actually state (as Wikidata records it)."""

    MINUTE = "minute", "Day and time"
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class Organisation(Versioned, Timestamped):
    class Kind(models.TextChoices):
        LOCAL_AUTHORITY = "local_authority", "Local authority"
        CHILDRENS_TRUST = "childrens_trust", "Children's services trust"
        REGULATOR = "regulator", "Regulator or inspectorate"
        GOVERNMENT = "government", "Government"
        GOVERNMENT_DEPARTMENT = "government_department", "Government department"
        PROFESSIONAL_BODY = "professional_body", "Professional body"
        POLITICAL_PARTY = "political_party", "Political party"
        COMPANY = "company", "Company"
        PUBLISHER = "publisher", "Publisher"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200, help_text="The full current name.")
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=32, choices=Kind, default=Kind.OTHER)
    description = models.TextField(blank=True)
    website = models.URLField(blank=True)
    founded_on = models.DateField(blank=True, null=True)
    dissolved_on = models.DateField(blank=True, null=True)
    parent = models.ForeignKey(
        "self",
        models.SET_NULL,
        blank=True,
        null=True,
        related_name="children",
        help_text="The body this one is part of or reports to.",
    )
    successor = models.ForeignKey(
        "self",
        models.SET_NULL,
        blank=True,
        null=True,
        related_name="predecessors",
        help_text="The body that took over this one's work.",
    )
    founded_by = models.ForeignKey(
        "self",
        models.SET_NULL,
        blank=True,
        null=True,
        related_name="founded",
        help_text="The body that created this one.",
    )
    source_note = models.TextField(
        blank=True, help_text="Where the facts on this record come from."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        # The API lists page by (name, id): see newsroom/api/pagination.py.
        indexes = [models.Index(fields=["kind", "name"]), models.Index(fields=["name", "id"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(dissolved_on__isnull=True)
                | Q(founded_on__isnull=True)
                | Q(dissolved_on__gte=F("founded_on")),
                name="organisation_dates_in_order",
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("pk")), name="organisation_not_own_parent"
            ),
            models.CheckConstraint(
                condition=~Q(successor=F("pk")), name="organisation_not_own_successor"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("entities:organisation", kwargs={"slug": self.slug})


class Person(Versioned, Timestamped):
    name = models.CharField(
        max_length=200, help_text="The name as newspapers print it, without title."
    )
    honorific_prefix = models.CharField(
        max_length=40, blank=True, help_text="Sir, Dame, Mr, Ms, Cllr, Dr ..."
    )
    given_name = models.CharField(max_length=100, blank=True)
    family_name = models.CharField(max_length=100, blank=True)
    sort_name = models.CharField(
        max_length=200, blank=True, help_text='For sorting: "Wilshaw, Michael".'
    )
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    source_note = models.TextField(
        blank=True, help_text="Where the facts on this record come from."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["sort_name", "name"]
        verbose_name_plural = "people"
        indexes = [models.Index(fields=["sort_name", "name", "id"])]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.family_name and self.name:
            self.family_name = self.name.split()[-1]
        if not self.given_name and self.name:
            self.given_name = " ".join(self.name.split()[:-1])
        if not self.sort_name:
            self.sort_name = ", ".join(filter(None, [self.family_name, self.given_name]))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("entities:person", kwargs={"slug": self.slug})

    @property
    def titled_name(self):
        return " ".join(filter(None, [self.honorific_prefix, self.name]))


def one_entity(prefix: str) -> models.CheckConstraint:
    """A row about exactly one entity: an organisation or a person, never both."""
    return models.CheckConstraint(
        condition=Q(organisation__isnull=False, person__isnull=True)
        | Q(organisation__isnull=True, person__isnull=False),
        name=f"{prefix}_names_one_entity",
    )


class EntityRow(Timestamped):
    """A row that belongs to one organisation or one person (see one_entity)."""

    class Meta:
        abstract = True

    @property
    def entity(self):
        return self.organisation or self.person


class Identifier(EntityRow):
    class Scheme(models.TextChoices):
        OFSTED_URN = "ofsted-urn", "Ofsted URN"
        WIKIDATA = "wikidata", "Wikidata ID"
        GSS = "gss", "ONS GSS code"
        COMPANIES_HOUSE = "companies-house", "Companies House number"
        CHARITY = "charity-commission", "Charity Commission number"

    organisation = models.ForeignKey(
        Organisation,
        models.CASCADE,
        blank=True,
        null=True,
        related_name="identifiers",
    )
    person = models.ForeignKey(
        Person, models.CASCADE, blank=True, null=True, related_name="identifiers"
    )
    scheme = models.CharField(max_length=32, choices=Scheme)
    identifier = models.CharField(max_length=100)

    class Meta:
        ordering = ["scheme", "identifier"]
        constraints = [
            one_entity("identifier"),
            models.UniqueConstraint(
                fields=["scheme", "identifier"], name="identifier_unique_in_scheme"
            ),
        ]

    def __str__(self):
        return f"{self.get_scheme_display()} {self.identifier}"


class Alias(EntityRow):
    """Another name an entity appears under, and how the linker may match it."""

    class Kind(models.TextChoices):
        NAME = "name", "Name or variant"
        ACRONYM = "acronym", "Acronym or abbreviation"
        FORMER_NAME = "former_name", "Former name"
        MISSPELLING = "misspelling", "Misspelling seen in print"
        SHORT = "short", "Short form (links after the full name)"
        DESCRIPTION = "description", "Description (links where the entity is named)"
        PLACE = "place", "Place standing for it (lets descriptions link; not linked)"
        NOT_A_MENTION = "not_a_mention", "Not a mention (holds the name, means something else)"

    class Case(models.TextChoices):
        AUTO = "auto", "Automatic"
        ANY = "any", "Any capitalisation"
        CAPITALISED = "capitalised", "Capitalised only"
        EXACT = "exact", "Exactly as written"

    organisation = models.ForeignKey(
        Organisation, models.CASCADE, blank=True, null=True, related_name="aliases"
    )
    person = models.ForeignKey(
        Person, models.CASCADE, blank=True, null=True, related_name="aliases"
    )
    text = models.CharField(max_length=200)
    kind = models.CharField(
        max_length=16,
        choices=Kind,
        default=Kind.NAME,
        help_text="Short forms link only after the full name; descriptions such as "
        '"the council" link only in articles that name the entity; a place such as '
        '"Doncaster" is not linked but counts as naming its council; a phrase that is not a '
        'mention ("Westminster Hall") keeps the name inside it from linking.',
    )
    case = models.CharField(
        max_length=16,
        choices=Case,
        default=Case.AUTO,
        help_text="Automatic: acronyms exactly as written, single words capitalised, "
        "longer names in any capitalisation.",
    )
    valid_from = models.DateField(
        blank=True, null=True, help_text="First day the name was in use, if known."
    )
    valid_until = models.DateField(
        blank=True, null=True, help_text="Last day the name was in use, if known."
    )
    source = models.ForeignKey(
        "articles.Article",
        models.SET_NULL,
        blank=True,
        null=True,
        related_name="+",
        help_text="An article that uses this name.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["text"]
        verbose_name_plural = "aliases"
        indexes = [
            models.Index(Lower("text"), name="alias_text_lower"),
            models.Index(fields=["text", "id"]),
        ]
        constraints = [
            one_entity("alias"),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_until__gte=F("valid_from")),
                name="alias_dates_in_order",
            ),
            models.CheckConstraint(condition=~Q(text=""), name="alias_text_not_empty"),
            # A name may be an entity's in two periods ("the Energy Secretary", 2008-2010
            # and from 2024): once per first day. clean() keeps the periods apart.
            models.UniqueConstraint(
                Lower("text"),
                "organisation",
                Coalesce("valid_from", models.Value(date.min)),
                name="alias_unique_per_organisation",
            ),
            models.UniqueConstraint(
                Lower("text"),
                "person",
                Coalesce("valid_from", models.Value(date.min)),
                name="alias_unique_per_person",
            ),
        ]

    def __str__(self):
        return self.text

    def clean(self):
        if self.text and (self.organisation_id or self.person_id) and self.overlapping().exists():
            raise ValidationError(
                {"text": "The entity already has this name for some of these dates."},
                code="unique",
            )

    def overlapping(self):
        """The entity's other aliases of the same text in use on a day this one is."""
        others = Alias.objects.filter(
            text__iexact=self.text,
            organisation_id=self.organisation_id,
            person_id=self.person_id,
        ).exclude(pk=self.pk)
        if self.valid_until:
            others = others.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=self.valid_until))
        if self.valid_from:
            others = others.filter(
                Q(valid_until__isnull=True) | Q(valid_until__gte=self.valid_from)
            )
        return others


class Role(Timestamped):
    """A post a person held (Popolo's Membership of an Organization, in a Post)."""

    person = models.ForeignKey(Person, models.CASCADE, related_name="roles")
    organisation = models.ForeignKey(
        Organisation,
        models.CASCADE,
        blank=True,
        null=True,
        related_name="roles",
        help_text="Blank for a post that belongs to no organisation the newsroom follows.",
    )
    title = models.CharField(max_length=200, help_text='The post: "Chief inspector".')
    start_date = models.DateField(blank=True, null=True)
    end_date = models.DateField(blank=True, null=True)
    source = models.ForeignKey(
        "articles.Article",
        models.SET_NULL,
        blank=True,
        null=True,
        related_name="stated_roles",
        help_text="The article that states this role.",
    )
    source_note = models.TextField(blank=True, help_text="What the source says, in its words.")

    history = HistoricalRecords()

    class Meta:
        ordering = ["person", "-start_date", "title"]
        indexes = [models.Index(fields=["organisation", "start_date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="role_dates_in_order",
            ),
            models.UniqueConstraint(
                fields=["person", "organisation", "title", "start_date"],
                name="role_unique",
            ),
        ]

    def __str__(self):
        where = f", {self.organisation}" if self.organisation else ""
        return f"{self.person}: {self.title}{where}"

    def get_absolute_url(self):
        return self.person.get_absolute_url()


class Inspection(Timestamped):
    """One inspection event: an organisation inspected under a framework on dates."""

    class Framework(models.TextChoices):
        EARLIER = "earlier", "Earlier Ofsted framework (before November 2013)"
        SIF = "sif", "Single inspection framework (SIF), 2013–2018"
        ILACS = "ilacs", "Inspecting local authority children's services (ILACS), 2018–"

    class Kind(models.TextChoices):
        FULL = "full", "Full inspection"
        SHORT = "short", "Short inspection"
        FOCUSED_VISIT = "focused_visit", "Focused visit"
        MONITORING_VISIT = "monitoring_visit", "Monitoring visit"
        THEMATIC = "thematic", "Joint targeted or thematic inspection"

    organisation = models.ForeignKey(Organisation, models.CASCADE, related_name="inspections")
    inspectorate = models.ForeignKey(
        Organisation,
        models.PROTECT,
        related_name="inspections_carried_out",
        limit_choices_to={"kind": Organisation.Kind.REGULATOR},
    )
    framework = models.CharField(max_length=16, choices=Framework)
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.FULL)
    start_date = models.DateField(blank=True, null=True)
    end_date = models.DateField(blank=True, null=True)
    published_on = models.DateField(
        blank=True, null=True, help_text="When the report was published."
    )
    date_precision = models.CharField(
        max_length=8,
        choices=DatePrecision,
        default=DatePrecision.DAY,
        help_text="How much of these dates the sources state.",
    )
    report_url = models.URLField(blank=True)
    notes = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation", "-published_on"]
        indexes = [models.Index(fields=["organisation", "published_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="inspection_dates_in_order",
            ),
            models.CheckConstraint(
                condition=Q(published_on__isnull=True)
                | Q(start_date__isnull=True)
                | Q(published_on__gte=F("start_date")),
                name="inspection_published_after_start",
            ),
            # Each framework ran in its own years: SIF from November 2013 until
            # ILACS replaced it in January 2018 (the last SIF reports came out in 2018).
            models.CheckConstraint(
                condition=~Q(framework="ilacs")
                | Q(start_date__isnull=True)
                | Q(start_date__gte=ILACS_FROM),
                name="inspection_ilacs_from_2018",
            ),
            models.CheckConstraint(
                condition=~Q(framework="sif")
                | Q(start_date__isnull=True)
                | Q(start_date__gte=SIF_FROM, start_date__lt=date(2018, 7, 1)),
                name="inspection_sif_2013_to_2018",
            ),
            models.CheckConstraint(
                condition=~Q(framework="earlier")
                | Q(start_date__isnull=True)
                | Q(start_date__lt=SIF_FROM),
                name="inspection_earlier_before_sif",
            ),
        ]

    def __str__(self):
        when = self.published_on or self.start_date
        year = f" {when.year}" if when else ""
        return f"{self.organisation}: {self.get_kind_display()}{year}"

    @property
    def graded(self) -> bool:
        return self.kind != self.Kind.MONITORING_VISIT


class InspectionRating(Timestamped):
    """A judgement of one area in one inspection (schema.org Rating)."""

    class Grade(models.IntegerChoices):
        OUTSTANDING = 1, "Outstanding"
        GOOD = 2, "Good"
        REQUIRES_IMPROVEMENT = 3, "Requires improvement to be good"
        INADEQUATE = 4, "Inadequate"

    class JudgementArea(models.TextChoices):
        OVERALL = "overall", "Overall effectiveness"
        LEADERSHIP = "leadership", "Leadership and management"
        HELP_AND_PROTECTION = (
            "help_and_protection",
            "Experiences and progress of children who need help and protection",
        )
        CHILDREN_IN_CARE = "children_in_care", "Children in care and care leavers"

    inspection = models.ForeignKey(Inspection, models.CASCADE, related_name="ratings")
    judgement_area = models.CharField(max_length=32, choices=JudgementArea)
    grade = models.PositiveSmallIntegerField(choices=Grade)
    sources = models.ManyToManyField(
        "articles.Article",
        blank=True,
        related_name="reported_ratings",
        help_text="The articles that report this judgement.",
    )
    notes = models.TextField(blank=True, help_text="Where sources disagree, say so here.")

    history = HistoricalRecords()

    class Meta:
        ordering = ["inspection", "judgement_area"]
        constraints = [
            models.UniqueConstraint(
                fields=["inspection", "judgement_area"],
                name="inspectionrating_one_grade_per_area",
            ),
            models.CheckConstraint(
                condition=Q(grade__gte=1, grade__lte=4),
                name="inspectionrating_grade_known",
            ),
        ]

    def __str__(self):
        return (
            f"{self.inspection.organisation}: {self.get_judgement_area_display()} "
            f"{self.get_grade_display()}"
        )

    def get_absolute_url(self):
        return self.inspection.organisation.get_absolute_url()

    def clean(self):
        if self.inspection_id and not self.inspection.graded:
            raise ValidationError(
                {
                    "grade": "A monitoring visit carries no grade: record it as an "
                    "inspection without ratings."
                }
            )

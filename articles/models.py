"""Articles and the mentions of organisations and people found in them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length, Now
from django.urls import reverse
from simple_history.models import HistoricalRecords

from entities.models import DatePrecision, Organisation, Person, one_entity
from entities.versioning import Versioned

from .plain import plain


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=Now())

    def visible_to(self, user):
        return self if user.has_perm("articles.view_draft") else self.published()


class Article(Versioned, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, unique=True)
    standfirst = models.TextField(
        blank=True, help_text="The summary under the headline, as plain text."
    )
    body = models.TextField(
        help_text="Plain text; paragraphs separated by a blank line. Markup is shown "
        "as typed, never interpreted."
    )
    byline = models.CharField(
        max_length=300, blank=True, help_text='As printed: "By George Torr, ...".'
    )
    authors = models.ManyToManyField(Person, blank=True, related_name="articles_written")
    publication = models.ForeignKey(
        Organisation,
        models.SET_NULL,
        blank=True,
        null=True,
        related_name="articles_published",
        limit_choices_to={"kind": Organisation.Kind.PUBLISHER},
    )
    status = models.CharField(max_length=16, choices=Status, default=Status.DRAFT, db_index=True)
    status_changed_at = models.DateTimeField(blank=True, null=True, editable=False)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        blank=True,
        null=True,
        editable=False,
        related_name="+",
    )
    correction = models.TextField(
        blank=True,
        help_text="A correction or clarification readers see at the end of a published "
        "article: what was wrong and what is right.",
    )
    published_at = models.DateTimeField(
        blank=True,
        null=True,
        help_text="A published article appears on the site at this time, not before.",
    )
    published_precision = models.CharField(
        max_length=8,
        choices=DatePrecision,
        default=DatePrecision.MINUTE,
        help_text="How much of the publication time the source states.",
    )
    updated_at = models.DateTimeField(
        blank=True, null=True, help_text='The "Updated" time the publisher gives.'
    )
    captions = models.TextField(
        blank=True, help_text="Image captions, one per line; not part of the body."
    )
    removed_text = models.TextField(
        blank=True,
        help_text="Page furniture removed when the text was cleaned, kept so an "
        "editor can restore it.",
    )
    unresolved_names = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Capitalised names the linker found no entity for, as of the last link.",
    )
    source_url = models.URLField(blank=True)
    source_file = models.CharField(
        max_length=200, blank=True, help_text="The raw file it was imported from."
    )
    content_hash = models.CharField(
        max_length=64,
        blank=True,
        db_index=True,
        editable=False,
        help_text="Fingerprint of the cleaned headline and body as imported, to spot repeats.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["unresolved_names", "edited_at"])
    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        # Public lists page by (published_at, id) from the newest: see articles/keyset.py.
        indexes = [models.Index(fields=["status", "-published_at", "-id"])]
        permissions = [
            ("view_draft", "Can see unpublished articles"),
            ("publish_article", "Can publish and withdraw articles"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_time",
            ),
            models.CheckConstraint(
                condition=Q(updated_at__isnull=True)
                | Q(published_at__isnull=True)
                | Q(updated_at__gte=F("published_at")),
                name="article_dates_in_order",
            ),
            models.CheckConstraint(condition=~Q(headline=""), name="article_has_headline"),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        # The linked fields, however they were written: a form, the API, an import.
        for name in ("standfirst", "body", "captions"):
            setattr(self, name, plain(getattr(self, name)))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    def text_of(self, field: str) -> str:
        return self.standfirst if field == Mention.Field.STANDFIRST else self.body


class MentionQuerySet(models.QuerySet):
    def linked(self):
        return self.filter(rejected=False)

    def of(self, entity):
        if isinstance(entity, Person):
            return self.filter(person=entity)
        return self.filter(organisation=entity)

    def decided_by_editor(self):
        return self.filter(Q(origin=Mention.Origin.EDITOR) | Q(rejected=True))

    def found_by_linker(self):
        return self.filter(origin=Mention.Origin.LINKER, rejected=False)


class Mention(models.Model):
    """One occurrence of an entity in an article: a character span of one field."""

    class Origin(models.TextChoices):
        LINKER = "linker", "Found by the linker"
        EDITOR = "editor", "Added by an editor"

    class Field(models.TextChoices):
        STANDFIRST = "standfirst", "Standfirst"
        BODY = "body", "Body"

    article = models.ForeignKey(Article, models.CASCADE, related_name="mentions")
    # An entity that articles mention cannot be deleted: merge it into another instead.
    organisation = models.ForeignKey(
        Organisation, models.PROTECT, blank=True, null=True, related_name="mentions"
    )
    person = models.ForeignKey(
        Person, models.PROTECT, blank=True, null=True, related_name="mentions"
    )
    field = models.CharField(max_length=12, choices=Field, default=Field.BODY)
    start = models.PositiveIntegerField(help_text="Offset of the first character.")
    end = models.PositiveIntegerField(help_text="Offset just past the last character.")
    text = models.CharField(max_length=300, help_text="The words as the article has them.")
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.LINKER)
    rejected = models.BooleanField(default=False, help_text="Kept rejected on re-link.")

    objects = MentionQuerySet.as_manager()

    class Meta:
        ordering = ["article", "field", "start"]
        indexes = [
            models.Index(fields=["organisation", "article"]),
            models.Index(fields=["person", "article"]),
        ]
        constraints = [
            one_entity("mention"),
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="mention_span_not_empty"),
            models.CheckConstraint(
                condition=Q(end=F("start") + Length("text")),
                name="mention_text_fits_span",
            ),
            models.UniqueConstraint(
                fields=["article", "field", "start"], name="mention_one_per_start"
            ),
        ]

    def __str__(self):
        return f"{self.text} ({self.entity}) in {self.article} [{self.start}:{self.end}]"

    def get_absolute_url(self):
        return reverse(
            "articles:detail",
            kwargs={"slug": self.article.slug},
            fragment=f"m{self.pk}",
        )

    @property
    def entity(self):
        return self.organisation or self.person

    def clean(self):
        """Kinder messages for rules the database cannot state on both engines."""
        if self.article_id is None or self.end is None or self.start is None:
            return
        stored = self.pk and Mention.objects.filter(
            pk=self.pk, field=self.field, start=self.start, end=self.end
        )
        if stored and stored.exists():
            return  # an unchanged span: re-linking moves it with its words
        text = self.article.text_of(self.field)
        if self.end > len(text):
            raise ValidationError(
                {
                    "end": f"The span ends at {self.end}, past the end of the "
                    f"{self.field} ({len(text)} characters)."
                }
            )
        if not self.text:
            self.text = text[self.start : self.end]  # an editor gave only the span
        if text[self.start : self.end] != self.text:
            raise ValidationError(
                f"The {self.field} has “{text[self.start : self.end]}” at "
                f"{self.start}–{self.end}, not “{self.text}”."
            )
        clash = (
            Mention.objects.filter(article_id=self.article_id, field=self.field)
            .filter(start__lt=self.end, end__gt=self.start)
            .exclude(pk=self.pk)
            .first()
        )
        if clash:
            raise ValidationError(f"The span overlaps the mention “{clash.text}”.")


class ContentRevision(models.Model):
    """A counter of writes to anything the public pages show: one row, bumped on commit.

    Entity pages and lists validate against it (articles/freshness.py) instead of
    aggregating over every mention of an entity.
    """

    number = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Revision {self.number}"

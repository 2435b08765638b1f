"""The admin editors use to write articles and check the mentions found in them."""

from functools import partial

from django.contrib import admin
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format

from entities.admin import VersionedAdmin, entity_link
from entities.models import DatePrecision

from . import review, workflow
from .admin_import import import_view
from .mentions import relink
from .models import Article, Mention

# How much of a publication time to show, given how much of it the source states.
PRECISION_FORMATS = {
    DatePrecision.MINUTE: "j M Y, H:i",
    DatePrecision.DAY: "j M Y",
    DatePrecision.MONTH: "M Y",
    DatePrecision.YEAR: "Y",
}


class MentionInline(admin.TabularInline):
    model = Mention
    fields = [
        "field",
        "start",
        "end",
        "text",
        "organisation",
        "person",
        "origin",
        "rejected",
    ]
    readonly_fields = ["text"]
    autocomplete_fields = ["organisation", "person"]
    extra = 0
    verbose_name_plural = (
        "mentions (reject a wrong one rather than delete it: the linker would find "
        "it again; add a missed one by its span)"
    )


@admin.register(Article)
class ArticleAdmin(VersionedAdmin):
    list_display = ["headline", "status_shown", "published", "publication"]
    list_filter = ["status", "publication"]
    list_select_related = ["publication"]
    date_hierarchy = "published_at"
    search_fields = ["headline", "slug", "standfirst", "byline"]
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["authors", "publication"]
    readonly_fields = [
        "linked_preview",
        "unresolved",
        "changes_since_published",
        "status_changed_at",
        "status_changed_by",
        "version",
        "created_at",
        "edited_at",
    ]
    save_on_top = True
    inlines = [MentionInline]
    fieldsets = [
        (
            None,
            {"fields": ["headline", "slug", "standfirst", "body", "captions", "seen_version"]},
        ),
        (
            "Publication",
            {
                "fields": [
                    ("status", "status_changed_at", "status_changed_by"),
                    ("published_at", "published_precision"),
                    "correction",
                    "updated_at",
                    "publication",
                    "byline",
                    "authors",
                ]
            },
        ),
        (
            "Source",
            {
                "classes": ["collapse"],
                "fields": ["source_url", "source_file", "removed_text"],
            },
        ),
        ("Mentions", {"fields": ["linked_preview", "unresolved"]}),
        ("Record", {"fields": ["changes_since_published", "version", "created_at", "edited_at"]}),
    ]

    def get_urls(self):
        view = self.admin_site.admin_view(partial(import_view, model_admin=self))
        return [path("import/", view, name="articles_article_import"), *super().get_urls()]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "status" in form.base_fields:
            # Offer only the moves this user may make: reporters submit, editors publish.
            allowed = workflow.allowed_statuses(request.user, obj.status if obj else None)
            form.base_fields["status"].choices = [
                choice for choice in Article.Status.choices if choice[0] in allowed
            ]
        return form

    def save_model(self, request, obj, form, change):
        workflow.record_move(obj, form.initial.get("status"), request.user)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is Mention:
            review.mark_as_decided(f.instance for f in formset.forms if f.has_changed())
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        relink(form.instance)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        response = super().history_form_view(request, object_id, version_id, extra_context)
        if request.method == "POST" and response.status_code == 302:
            relink(self.get_object(request, object_id))  # a revert saves no inlines
        return response

    @admin.display(description="text with its mentions")
    def linked_preview(self, article):
        return review.highlight(article) if article.pk else "-"

    @admin.display(description="changes since the published version")
    def changes_since_published(self, article):
        return review.changes_since_published(article) if article.pk else "-"

    @admin.display(description="names with no entity")
    def unresolved(self, article):
        return review.unresolved_links(article)

    @admin.display(description="status", ordering="status")
    def status_shown(self, article):
        scheduled = (
            article.status == Article.Status.PUBLISHED
            and article.published_at
            and article.published_at > timezone.now()
        )
        return "Scheduled" if scheduled else article.get_status_display()

    @admin.display(description="published", ordering="published_at")
    def published(self, article):
        if article.published_at is None:
            return "-"
        when = timezone.localtime(article.published_at)
        return date_format(when, PRECISION_FORMATS[article.published_precision])


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["text", entity_link, "article", "field", "origin", "rejected"]
    list_filter = ["origin", "rejected", "field"]
    list_select_related = ["article", "organisation", "person"]
    search_fields = ["text", "article__headline", "organisation__name", "person__name"]
    autocomplete_fields = ["article", "organisation", "person"]

"""The admin editors use to curate organisations, people, their names, posts and ratings."""

from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from .changes import WordDiffContextHelper
from .forms import VersionedForm
from .merging import MergeError, merge
from .models import (
    Alias,
    Identifier,
    Inspection,
    InspectionRating,
    Organisation,
    Person,
    Role,
)
from .versioning import StaleVersion

admin.site.site_header = "Newsroom"
admin.site.site_title = "Newsroom admin"
admin.site.index_title = "Newsroom"

AUDIT_FIELDS = ["created_at", "edited_at"]


@admin.display(description="entity")
def entity_link(row):
    """Link a row's organisation or person to its admin change page."""
    entity = row.entity
    if entity is None:
        return "-"
    meta = entity._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[entity.pk])
    return format_html('<a href="{}">{}</a>', url, entity)


class AliasInline(admin.TabularInline):
    model = Alias
    fields = ["text", "kind", "case", "valid_from", "valid_until", "source"]
    autocomplete_fields = ["source"]
    extra = 1


class IdentifierInline(admin.TabularInline):
    model = Identifier
    fields = ["scheme", "identifier"]
    extra = 0


class PersonRoleInline(admin.TabularInline):
    model = Role
    fields = ["title", "organisation", "start_date", "end_date", "source"]
    autocomplete_fields = ["organisation", "source"]
    extra = 0


class OrganisationRoleInline(admin.TabularInline):
    model = Role
    fields = ["person", "title", "start_date", "end_date", "source"]
    autocomplete_fields = ["person", "source"]
    extra = 0


class InspectionInline(admin.TabularInline):
    model = Inspection
    fk_name = "organisation"
    fields = ["framework", "kind", "inspectorate", "start_date", "published_on"]
    autocomplete_fields = ["inspectorate"]
    show_change_link = True
    extra = 0


class InspectionRatingInline(admin.TabularInline):
    model = InspectionRating
    fields = ["judgement_area", "grade", "sources", "notes"]
    autocomplete_fields = ["sources"]
    extra = 0


class HistoryAdmin(SimpleHistoryAdmin):
    """Every change kept: who, when, a word diff of long texts, and revert."""

    def get_historical_record_context_helper(self, request, historical_record):
        return WordDiffContextHelper(self.model, historical_record)


class VersionedAdmin(HistoryAdmin):
    """Two editors cannot overwrite each other: a stale save is refused with what changed."""

    form = VersionedForm

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleVersion as error:  # lost the race between the form check and the save
            messages.error(request, f"{error} Nothing was saved; reload and try again.")
            return redirect(request.path)


@admin.action(description="Merge the selected entity into another", permissions=["delete"])
def merge_into(modeladmin, request, queryset):
    """Ask which entity to keep, then merge the selected one into it."""
    if queryset.count() != 1:
        modeladmin.message_user(request, "Select one entity to merge.", messages.WARNING)
        return None
    source = queryset.get()
    target_pk = request.POST.get("target")
    if target_pk:
        try:
            target = modeladmin.model.objects.get(pk=target_pk)
            merge(source, target)
        except (MergeError, modeladmin.model.DoesNotExist) as error:
            modeladmin.message_user(request, str(error), messages.ERROR)
            return None
        modeladmin.message_user(request, f"Merged “{source}” into “{target}”.")
        return None
    return TemplateResponse(
        request,
        "admin/entities/merge.html",
        {
            **modeladmin.admin_site.each_context(request),
            "title": f"Merge “{source}” into another {modeladmin.opts.verbose_name}",
            "source": source,
            "choices": modeladmin.model.objects.exclude(pk=source.pk).only("pk", "name"),
            "opts": modeladmin.opts,
            "mentions": source.mentions.select_related("article")[:50],
        },
    )


@admin.register(Organisation)
class OrganisationAdmin(VersionedAdmin):
    list_display = ["name", "kind", "parent", "founded_on", "dissolved_on"]
    list_filter = ["kind"]
    list_select_related = ["parent"]
    search_fields = ["name", "slug", "aliases__text", "identifiers__identifier"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent", "successor", "founded_by"]
    readonly_fields = AUDIT_FIELDS
    inlines = [AliasInline, IdentifierInline, OrganisationRoleInline, InspectionInline]
    actions = [merge_into]


@admin.register(Person)
class PersonAdmin(VersionedAdmin):
    list_display = ["name", "honorific_prefix", "sort_name", "edited_at"]
    list_filter = ["honorific_prefix"]
    search_fields = ["name", "sort_name", "slug", "aliases__text"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = AUDIT_FIELDS
    inlines = [AliasInline, IdentifierInline, PersonRoleInline]
    actions = [merge_into]


@admin.register(Alias)
class AliasAdmin(HistoryAdmin):
    list_display = ["text", entity_link, "kind", "case", "valid_from", "valid_until"]
    list_filter = ["kind", "case"]
    list_select_related = ["organisation", "person"]
    search_fields = ["text", "organisation__name", "person__name"]
    autocomplete_fields = ["organisation", "person", "source"]
    readonly_fields = AUDIT_FIELDS


@admin.register(Identifier)
class IdentifierAdmin(admin.ModelAdmin):
    list_display = ["identifier", "scheme", entity_link]
    list_filter = ["scheme"]
    list_select_related = ["organisation", "person"]
    search_fields = ["identifier", "organisation__name", "person__name"]
    autocomplete_fields = ["organisation", "person"]
    readonly_fields = AUDIT_FIELDS


@admin.register(Role)
class RoleAdmin(HistoryAdmin):
    list_display = ["person", "title", "organisation", "start_date", "end_date"]
    list_filter = ["organisation__kind"]
    list_select_related = ["person", "organisation"]
    search_fields = ["title", "person__name", "organisation__name"]
    autocomplete_fields = ["person", "organisation", "source"]
    readonly_fields = AUDIT_FIELDS


@admin.register(Inspection)
class InspectionAdmin(HistoryAdmin):
    list_display = ["organisation", "kind", "framework", "published_on", "grades"]
    list_filter = ["framework", "kind", "inspectorate"]
    date_hierarchy = "published_on"
    search_fields = ["organisation__name", "organisation__aliases__text"]
    autocomplete_fields = ["organisation", "inspectorate"]
    readonly_fields = AUDIT_FIELDS
    inlines = [InspectionRatingInline]

    def get_queryset(self, request):
        # The changelist's grades and every autocomplete label name the organisation.
        queryset = super().get_queryset(request).select_related("organisation")
        return queryset.prefetch_related("ratings")

    @admin.display(description="grades")
    def grades(self, inspection):
        return format_html_join(
            ", ",
            '<span title="{}">{}</span>',
            (
                (rating.get_judgement_area_display(), rating.get_grade_display())
                for rating in inspection.ratings.all()
            ),
        )


@admin.register(InspectionRating)
class InspectionRatingAdmin(HistoryAdmin):
    list_display = ["organisation", "judgement_area", "grade", "inspection"]
    list_filter = ["grade", "judgement_area", "inspection__framework"]
    list_select_related = ["inspection__organisation"]
    date_hierarchy = "inspection__published_on"
    search_fields = ["inspection__organisation__name", "notes"]
    autocomplete_fields = ["inspection", "sources"]
    readonly_fields = AUDIT_FIELDS

    @admin.display(description="organisation", ordering="inspection__organisation")
    def organisation(self, rating):
        return rating.inspection.organisation

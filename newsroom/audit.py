"""The editors' audit page: recent changes across the newsroom, by user and by model."""

from dataclasses import dataclass
from datetime import datetime
from heapq import merge
from itertools import islice

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from simple_history.models import registered_models

PAGE = 100


@dataclass(frozen=True)
class Entry:
    when: datetime
    who: str
    action: str
    model: str
    label: str
    url: str


def tracked_models() -> dict[str, type]:
    """Every model with history, by its `app_label.model_name`."""
    return {m._meta.label_lower: m for m in registered_models.values()}


def recent_changes(*, user_id: int | None = None, model: str | None = None, limit=PAGE):
    """The newest changes first, across every tracked model (or one), by anyone (or one)."""
    models = tracked_models()
    if model:
        models = {model: models[model]} if model in models else {}
    streams = []
    for label, tracked in models.items():
        records = tracked.history.select_related("history_user").order_by("-history_date")
        if user_id:
            records = records.filter(history_user_id=user_id)
        streams.append(entries(label, tracked, records[:limit]))
    return list(islice(merge(*streams, key=lambda e: e.when, reverse=True), limit))


def entries(label, tracked, records):
    for record in records:
        try:
            object_id = getattr(record, tracked._meta.pk.attname)
            url = reverse(f"admin:{label.replace('.', '_')}_change", args=[object_id])
        except NoReverseMatch:
            url = ""
        yield Entry(
            when=record.history_date,
            who=str(record.history_user or "system"),
            action=record.get_history_type_display(),
            model=str(tracked._meta.verbose_name),
            label=str(record.instance),
            url=url,
        )


@staff_member_required
def audit_view(request):
    if not request.user.has_perm("articles.view_draft"):
        raise PermissionDenied
    user_id = request.GET.get("user") or None
    model = request.GET.get("model") or None
    return render(
        request,
        "admin/audit.html",
        {
            "title": "Recent changes",
            "changes": recent_changes(
                user_id=int(user_id) if user_id and user_id.isdigit() else None, model=model
            ),
            "models": sorted(
                (label, str(m._meta.verbose_name_plural)) for label, m in tracked_models().items()
            ),
            "users": get_user_model().objects.filter(is_staff=True).order_by("username"),
            "chosen_user": user_id,
            "chosen_model": model,
            "site_header": "Newsroom",
            "has_permission": True,
        },
    )

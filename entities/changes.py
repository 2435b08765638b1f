"""Readable change history: word-level diffs, and what changed since a version was loaded."""

import difflib
import re
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from django.db import models
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from simple_history.template_utils import HistoricalRecordContextHelper

TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> SafeString:
    """Mark the words removed (<del>) and added (<ins>) between two texts."""
    a, b = TOKENS.findall(old or ""), TOKENS.findall(new or "")
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(format_html("<del>{}</del>", "".join(a[i1:i2])))
        if j2 > j1:
            parts.append(format_html("<ins>{}</ins>", "".join(b[j1:j2])))
    # Every part is escaped or built by format_html.
    return mark_safe("".join(parts))  # noqa: S308


class WordDiffContextHelper(HistoricalRecordContextHelper):
    """Shows text fields in the admin history as a word diff, not two walls of text."""

    def stringify_delta_change_values(self, change, old, new):
        if isinstance(self.model._meta.get_field(change.field), models.TextField):
            return mark_safe(""), word_diff(old or "", new or "")
        return super().stringify_delta_change_values(change, old, new)


@dataclass(frozen=True)
class Change:
    who: str
    when: datetime
    fields: list[str]


def changes_since(instance, seen_version: int) -> list[Change]:
    """Who changed the row after the editor loaded `seen_version`, when, and which fields."""
    records = list(instance.history.filter(version__gte=seen_version).order_by("version"))
    changes = []
    for older, newer in pairwise(records):
        fields = [
            str(instance._meta.get_field(c.field).verbose_name)
            for c in newer.diff_against(older).changes
            if c.field != "version"
        ]
        who = str(newer.history_user) if newer.history_user else "someone"
        changes.append(Change(who, newer.history_date, fields))
    return changes


def field_diff_since(instance, seen_version: int, field: str) -> SafeString | None:
    """The word diff of one text field between `seen_version` and now, if it changed."""
    then = instance.history.filter(version=seen_version).first()
    now = type(instance)._base_manager.filter(pk=instance.pk).values_list(field, flat=True).first()
    if then is None or getattr(then, field) == now:
        return None
    return word_diff(getattr(then, field), now)

"""Admin forms that refuse to save over a version the editor did not see."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime

from .changes import changes_since, field_diff_since


class VersionedForm(forms.ModelForm):
    """Carries the version the editor loaded and refuses a save over a newer one."""

    diffed_fields = ("body", "standfirst", "description")
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The version in the database now is the one this editor is about to see (for
            # a revert, the instance is an old copy, so its own version would be stale).
            self.fields["seen_version"].initial = self.current_version()

    def current_version(self) -> int | None:
        model = type(self.instance)
        return (
            model._base_manager.filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("seen_version")
        if not self.instance.pk or seen is None:
            return cleaned
        if seen != self.current_version():
            raise ValidationError(self.conflict_message(seen))
        self.instance.version = seen
        return cleaned

    def conflict_message(self, seen: int):
        changes = changes_since(self.instance, seen)
        lines = format_html_join(
            "",
            "<li>{} at {}: {}</li>",
            (
                (c.who, localtime(c.when).strftime("%H:%M on %d %b"), ", ".join(c.fields) or "-")
                for c in changes
            ),
        )
        diffs = format_html_join(
            "",
            "<p><strong>{}</strong> now reads: {}</p>",
            (
                (name, diff)
                for name in self.diffed_fields
                if name in self.fields
                and (diff := field_diff_since(self.instance, seen, name)) is not None
            ),
        )
        return format_html(
            "Someone saved this record after you opened it, so your changes were not "
            "saved (they are still in the form below). What changed meanwhile:"
            "<ul>{}</ul>{}Copy what you need, reload the page, and apply your changes "
            "again.",
            lines,
            diffs,
        )

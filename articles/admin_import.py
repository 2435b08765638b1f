"""The admin page where editors import raw articles: upload a file or paste the text."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from . import ingest
from .models import Article

MAX_UPLOAD = 5 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        required=False,
        help_text="A text file in the seed format (headline on the first line), a saved web "
        "page (.html), or JSON Lines (.jsonl): one article per line with headline, body, "
        "published_at, byline, url.",
    )
    text = forms.CharField(
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 100}),
        help_text="Or paste one article: headline first, then dates, byline and paragraphs.",
    )
    publish = forms.BooleanField(required=False, help_text="Otherwise it is saved as a draft.")
    update = forms.BooleanField(
        required=False,
        label="Replace an earlier import",
        help_text="Replace the text of an article imported before from the same source.",
    )
    dry_run = forms.BooleanField(
        required=False, label="Preview only", help_text="Show the cleaned text; save nothing."
    )

    def __init__(self, *args, may_publish: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_publish:
            del self.fields["publish"]

    def clean(self):
        data = super().clean()
        upload, text = data.get("file"), data.get("text") or ""
        if upload and text.strip():
            raise forms.ValidationError("Upload a file or paste text, not both.")
        if not upload and not text.strip():
            raise forms.ValidationError("Upload a file or paste an article's text.")
        if upload and upload.size > MAX_UPLOAD:
            raise forms.ValidationError("The file is larger than 5 MB: use import_articles.")
        return data

    def source(self) -> tuple[str, bytes | str]:
        """The name and content to import."""
        upload = self.cleaned_data.get("file")
        if upload:
            return upload.name, upload.read()
        return "pasted text", self.cleaned_data["text"]


def import_view(request, model_admin):
    """Import uploaded or pasted articles and show what became of each."""
    if not request.user.has_perm("articles.add_article"):
        raise PermissionDenied
    may_publish = request.user.has_perm("articles.publish_article")
    posted = request.method == "POST"
    form = ImportForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        may_publish=may_publish,
    )
    results = summary = None
    if posted and form.is_valid():
        name, data = form.source()
        results = ingest.import_source(
            data,
            name=name,
            publish=form.cleaned_data.get("publish", False),
            update=form.cleaned_data["update"],
            dry_run=form.cleaned_data["dry_run"],
            user=request.user,
        )
        summary = ingest.summarise(results)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Article._meta,
        "title": "Import articles",
        "form": form,
        "results": results,
        "summary": summary,
    }
    return TemplateResponse(request, "admin/articles/article/import.html", context)

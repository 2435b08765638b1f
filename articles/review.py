"""What editors see when they review an article's mentions in the admin."""

from collections.abc import Iterable
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

from entities.changes import word_diff

from .models import Article, Mention


def mark_as_decided(mentions: Iterable[Mention]) -> None:
    """An editor's change to a mention makes it theirs, so re-linking keeps it."""
    for mention in mentions:
        mention.origin = Mention.Origin.EDITOR


def highlight(article: Article) -> SafeString:
    """The standfirst and body with every mention marked, rejected ones struck through."""
    mentions = article.mentions.select_related("organisation", "person")
    parts = []
    for field in Mention.Field:
        text = article.text_of(field)
        if not text:
            continue
        chunks, cursor = [], 0
        for m in sorted((m for m in mentions if m.field == field), key=lambda m: m.start):
            chunks.append(format_html("{}", text[cursor : m.start]))
            tag = "del" if m.rejected else "mark"
            chunks.append(
                format_html(
                    '<{} title="{} ({}, {}–{})">{}</{}>',
                    tag,
                    m.entity,
                    m.get_origin_display(),
                    m.start,
                    m.end,
                    text[m.start : m.end],
                    tag,
                )
            )
            cursor = m.end
        chunks.append(format_html("{}", text[cursor:]))
        parts.append(
            format_html(
                '<div class="mention-preview" data-field="{}" style="white-space:'
                ' pre-wrap; max-width: 60em"><strong>{}</strong>\n{}</div>',
                field.value,
                field.label,
                mark_safe("".join(chunks)),  # noqa: S308
            )
        )
    return mark_safe("".join(parts))  # noqa: S308


def unresolved_links(article: Article) -> SafeString | str:
    """Each name the linker could not resolve, with one-click ways to create the entity."""
    if not article.unresolved_names:
        return "None"
    rows = []
    for name in article.unresolved_names:
        query = urlencode({"name": name, "slug": slugify(name)})
        rows.append(
            (
                name,
                f"{reverse('admin:entities_organisation_add')}?{query}",
                f"{reverse('admin:entities_person_add')}?{query}",
            )
        )
    return format_html(
        "<ul>{}</ul>",
        format_html_join(
            "",
            '<li>{} · <a href="{}">add as organisation</a> · <a href="{}">add as person</a></li>',
            rows,
        ),
    )


def changes_since_published(article: Article) -> SafeString | str:
    """A word diff of the headline, standfirst and body against the last published version."""
    published = (
        article.history.filter(status=Article.Status.PUBLISHED).order_by("-history_date").first()
    )
    if published is None:
        return "Never published."
    rows = [
        (name, word_diff(getattr(published, name), getattr(article, name)))
        for name in ("headline", "standfirst", "body")
        if getattr(published, name) != getattr(article, name)
    ]
    if not rows:
        return "No changes to the text since it was published."
    return format_html_join(
        "",
        '<p><strong>{}</strong></p><div style="white-space: pre-wrap; max-width: 60em">{}</div>',
        rows,
    )

"""Keeps an article's mentions in step with its text, keeping every decision an editor made.

The linker reads the standfirst and the body as one text (standfirst first), so a name
given in full in the standfirst lets the body use the short form; the spans it returns
are split back into the field they fall in.
"""

from django.db import transaction
from django.utils import timezone

from entities.aliases import current_linker

from .models import Article, Mention

SEPARATOR = "\n\n"


def linkable_text(article: Article) -> tuple[str, int]:
    """The text the linker reads, and where the body starts in it."""
    if not article.standfirst:
        return article.body, 0
    head = article.standfirst + SEPARATOR
    return head + article.body, len(head)


def field_span(start: int, end: int, body_at: int) -> tuple[str, int, int] | None:
    """Map a span of the linkable text onto (field, start, end), or None if it straddles."""
    if body_at and start < body_at:
        return (Mention.Field.STANDFIRST, start, end) if end <= body_at - 2 else None
    return Mention.Field.BODY, start - body_at, end - body_at


def reanchor(mention: Mention, text: str) -> bool:
    """Move an editor's mention to where its words now are; False if they are gone."""
    if text[mention.start : mention.end] == mention.text:
        return True
    found, best = -1, None
    at = text.find(mention.text)
    while at != -1:
        distance = abs(at - mention.start)
        if best is None or distance < best:
            found, best = at, distance
        at = text.find(mention.text, at + 1)
    if found == -1:
        return False
    mention.start, mention.end = found, found + len(mention.text)
    return True


def publication_date(article: Article):
    moment = article.published_at or timezone.now()
    return timezone.localtime(moment).date()


def relink(article: Article) -> list[Mention]:
    """Re-run the linker over the article, keeping every mention an editor decided on."""
    text, body_at = linkable_text(article)
    result = current_linker().find(text, on=publication_date(article))
    with transaction.atomic():
        decided = []
        for mention in article.mentions.decided_by_editor():
            if reanchor(mention, article.text_of(mention.field)):
                decided.append(mention)
            else:
                mention.delete()
        Mention.objects.bulk_update(decided, ["start", "end"])
        taken = {(m.field, m.start, m.end) for m in decided}

        def clashes(field, start, end):
            return any(f == field and s < end and start < e for f, s, e in taken)

        new = []
        for span in result.spans:
            place = field_span(span.start, span.end, body_at)
            if place is None or clashes(*place):
                continue
            kind, pk = span.entity.split(":")
            new.append(
                Mention(
                    article=article,
                    field=place[0],
                    start=place[1],
                    end=place[2],
                    text=span.text,
                    origin=Mention.Origin.LINKER,
                    **{f"{kind}_id": int(pk)},
                )
            )
        article.mentions.found_by_linker().delete()
        created = Mention.objects.bulk_create(new)
        names = sorted({u.text for u in result.unresolved})
        if names != article.unresolved_names:
            article.unresolved_names = names
            Article.objects.filter(pk=article.pk).update(unresolved_names=names)
    return created

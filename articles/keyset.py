"""Keyset pagination for the site's article lists, newest first.

A page ends at an article; the link to older stories carries its (published_at, id)
and the next page is the articles that sort before it, which the index on (status,
published_at, id) answers without reading the pages in between or counting the list.
So there are no page numbers, only "newer" and "older" links.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db.models import Q, QuerySet
from django.http import Http404

CURSOR = re.compile(r"(\d{8}T\d{6}\.\d{6})Z_(\d+)")
STAMP = "%Y%m%dT%H%M%S.%f"


@dataclass
class KeysetPage:
    """One page of a list: its items and the cursors of the pages either side, if any."""

    items: list = field(default_factory=list)
    newer: str | None = None
    older: str | None = None

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    @property
    def has_other_pages(self) -> bool:
        return bool(self.newer or self.older)


def cursor_of(article) -> str:
    """The cursor that points at an article: its publication time (UTC) and id."""
    return f"{article.published_at.astimezone(UTC).strftime(STAMP)}Z_{article.pk}"


def parse_cursor(cursor: str) -> tuple[datetime, int]:
    """(published_at, id) from a cursor; a malformed one is a page that does not exist."""
    match = CURSOR.fullmatch(cursor)
    if not match:
        raise Http404("No such page.")
    try:
        moment = datetime.strptime(match[1], STAMP).replace(tzinfo=UTC)
    except ValueError as error:
        raise Http404("No such page.") from error
    return moment, int(match[2])


def ordered(articles: QuerySet, params) -> QuerySet:
    """The articles on the side of the cursor that `before` or `after` asks for, nearest first.

    Without a cursor, the newest first.
    """
    if before := params.get("before"):
        moment, pk = parse_cursor(before)
        return articles.filter(
            Q(published_at__lte=moment), Q(published_at__lt=moment) | Q(pk__lt=pk)
        ).order_by("-published_at", "-pk")
    if after := params.get("after"):
        moment, pk = parse_cursor(after)
        return articles.filter(
            Q(published_at__gte=moment), Q(published_at__gt=moment) | Q(pk__gt=pk)
        ).order_by("published_at", "pk")
    return articles.order_by("-published_at", "-pk")


def page_of(rows: list, params, size: int) -> KeysetPage:
    """A page from up to `size + 1` rows read from `ordered()` (the extra one says more follow).

    The other direction has a page whenever this one was reached through a cursor.
    """
    more, items = len(rows) > size, list(rows[:size])
    if params.get("after"):
        items.reverse()
        newer_exists, older_exists = more, True
    else:
        newer_exists, older_exists = bool(params.get("before")), more
    page = KeysetPage(items)
    if items:
        page.newer = cursor_of(items[0]) if newer_exists else None
        page.older = cursor_of(items[-1]) if older_exists else None
    return page


def keyset_page(articles: QuerySet, params, size: int) -> KeysetPage:
    """The page of `articles` (newest first) that the query parameters ask for: one query."""
    return page_of(list(ordered(articles, params)[: size + 1]), params, size)

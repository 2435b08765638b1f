"""Keeps articles' mentions in step with their text, keeping every decision an editor made.

The linker reads the standfirst and the body as one text (standfirst first), so a name
given in full in the standfirst lets the body use the short form; the spans it returns
are split back into the field they fall in.

Re-linking writes only the difference: a linker mention found again keeps its row (and
its id, which pages use as an anchor), one the linker no longer finds is deleted, a new
one is created, and `unresolved_names` is written only when it changed. An editor's
decisions (mentions an editor added, and rejections) are kept, moved with their words
when the text changed, and win over any linker span they overlap. An article's own
authors are not its mentions. `relink` does this for one article; `relink_many` for a
queryset, a batch of articles at a time in a few queries, each batch in its own
transaction.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from entities.aliases import current_linker
from entities.linking import Linker, LinkResult

from .freshness import content_changed
from .models import Article, Mention

SEPARATOR = "\n\n"
BATCH_SIZE = 1000
# What re-linking reads of an article and of its mentions.
ARTICLE_FIELDS = ("pk", "headline", "standfirst", "body", "published_at", "unresolved_names")
MENTION_FIELDS = (
    "id",
    "article_id",
    "field",
    "start",
    "end",
    "text",
    "organisation_id",
    "person_id",
    "origin",
    "rejected",
)
# A linker mention as the diff compares it: (field, start, end, text, organisation, person).
type Key = tuple[str, int, int, str, int | None, int | None]
_DELETE_CHUNK = 5000  # ids per DELETE, well under SQLite's limit on query parameters


# Where the standfirst and the body start in the linkable text.
type Layout = tuple[int, int]


def linkable_text(article: Article) -> tuple[str, Layout]:
    """The text the linker reads, and where the standfirst and the body start in it.

    The headline leads as context, not as mentions: a reader who has read "Michael Gove
    strips council of its children's services" knows who "Mr Gove" in the story is.
    """
    head = article.headline + SEPARATOR if article.headline else ""
    standfirst_at = len(head)
    if article.standfirst:
        head += article.standfirst + SEPARATOR
    return head + article.body, (standfirst_at, len(head))


def field_span(start: int, end: int, layout: Layout) -> tuple[str, int, int] | None:
    """Map a span of the linkable text onto (field, start, end), or None if it is not in one.

    The headline's spans, and any that straddle two fields, map to None.
    """
    standfirst_at, body_at = layout
    if start < body_at:
        if start < standfirst_at or end > body_at - len(SEPARATOR):
            return None
        return Mention.Field.STANDFIRST, start - standfirst_at, end - standfirst_at
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


def link(article: Article, linker: Linker) -> tuple[LinkResult, Layout]:
    """Run the linker over the article as of its publication date; say where its fields are."""
    text, layout = linkable_text(article)
    return linker.find(text, on=publication_date(article)), layout


def found_keys(
    result: LinkResult,
    layout: Layout,
    decided: Iterable[Mention] = (),
    authors: Collection[int] = (),
) -> list[Key]:
    """The linker's spans as mention keys, leaving out any that overlap an editor's mention.

    An article's own authors are left out too: the byline names them, and a name in the
    text ("Derren Hayes looks at ...", "Additional reporting by ...") is the writer
    signing, not the story's subject.
    """
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in decided:
        taken[mention.field].append((mention.start, mention.end))
    keys = []
    columns = _ENTITY_COLUMNS
    for span in result.spans:
        place = field_span(span.start, span.end, layout)
        if place is None:
            continue
        where, start, end = place
        if taken and any(s < end and start < e for s, e in taken.get(where, ())):
            continue
        entity = columns.get(span.entity) or _entity_columns(span.entity)
        if authors and entity[1] in authors:
            continue
        keys.append((where, start, end, span.text, *entity))
    return keys


# "organisation:12" -> (12, None): the linker's entity keys as mention columns, parsed once.
_ENTITY_COLUMNS: dict[str, tuple[int | None, int | None]] = {}


def _entity_columns(key: str) -> tuple[int | None, int | None]:
    kind, pk = key.split(":")
    columns = (int(pk), None) if kind == "organisation" else (None, int(pk))
    if len(_ENTITY_COLUMNS) < 1_000_000:
        _ENTITY_COLUMNS[key] = columns
    return columns


def unresolved_names(result: LinkResult, layout: Layout) -> list[str]:
    """The names the linker could not resolve in the standfirst and body (not the headline).

    A name in capitals, as a transcript's speaker labels print it ("TOM AKINYEMI:"), is
    offered once, as the text writes it elsewhere.
    """
    names = {u.text for u in result.unresolved if u.start >= layout[0]}
    written = {name.casefold() for name in names if not name.isupper()}
    return sorted(name for name in names if not (name.isupper() and name.casefold() in written))


def new_mention(article: Article, key: Key) -> Mention:
    where, start, end, text, organisation, person = key
    return Mention(
        article_id=article.pk,
        field=where,
        start=start,
        end=end,
        text=text,
        organisation_id=organisation,
        person_id=person,
        origin=Mention.Origin.LINKER,
    )


@dataclass
class RelinkStats:
    """What a re-link did."""

    articles: int = 0
    kept: int = 0
    created: int = 0
    deleted: int = 0
    moved: int = 0
    renamed: int = 0  # articles whose unresolved names changed
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process's own time: the rate on a machine left alone

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def add(self, other: RelinkStats) -> None:
        for name in ("articles", "kept", "created", "deleted", "moved", "renamed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class _Changes:
    """The writes one batch needs, gathered before any is made."""

    delete: list[int] = field(default_factory=list)
    move: list[Mention] = field(default_factory=list)
    create: list[Mention] = field(default_factory=list)
    rename: list[Article] = field(default_factory=list)
    kept: list[tuple[int, Key]] = field(default_factory=list)  # (id, key) of rows left alone

    def write(self) -> None:
        # Deletes first: a moved or new mention may start where a deleted one did.
        for at in range(0, len(self.delete), _DELETE_CHUNK):
            Mention.objects.filter(pk__in=self.delete[at : at + _DELETE_CHUNK]).delete()
        if self.move:
            Mention.objects.bulk_update(self.move, ["start", "end"])
        if self.create:
            Mention.objects.bulk_create(self.create)
        if self.rename:
            Article.objects.bulk_update(self.rename, ["unresolved_names"])
        if self.delete or self.move or self.create or self.rename:
            content_changed()  # bulk writes send no signals: tell the page caches

    def stats(self, articles: int) -> RelinkStats:
        return RelinkStats(
            articles=articles,
            kept=len(self.kept),
            created=len(self.create),
            deleted=len(self.delete),
            moved=len(self.move),
            renamed=len(self.rename),
        )


def _plan(
    article: Article,
    rows: list[tuple],
    linker: Linker,
    changes: _Changes,
    authors: Collection[int] = (),
) -> None:
    """Add to changes what brings one article's stored mentions in step with the linker."""
    stored: dict[Key, int] = {}
    decided = []
    for pk, _, where, start, end, text, organisation, person, origin, rejected in rows:
        if origin == Mention.Origin.LINKER and not rejected:
            stored[(where, start, end, text, organisation, person)] = pk
            continue
        mention = Mention(
            id=pk,
            article=article,
            field=where,
            start=start,
            end=end,
            text=text,
            organisation_id=organisation,
            person_id=person,
            origin=origin,
            rejected=rejected,
        )
        if not reanchor(mention, article.text_of(where)):
            changes.delete.append(pk)
        else:
            decided.append(mention)
            if (mention.start, mention.end) != (start, end):
                changes.move.append(mention)
    result, layout = link(article, linker)
    for key in found_keys(result, layout, decided, authors):
        pk = stored.pop(key, None)
        if pk is None:
            changes.create.append(new_mention(article, key))
        else:
            changes.kept.append((pk, key))
    changes.delete.extend(stored.values())
    names = unresolved_names(result, layout)
    if names != article.unresolved_names:
        article.unresolved_names = names
        changes.rename.append(article)


def _authors(article_ids: list[int]) -> dict[int, set[int]]:
    """The people who wrote each of these articles, by article id."""
    authors: dict[int, set[int]] = defaultdict(set)
    rows = Article.authors.through.objects.filter(article_id__in=article_ids)
    for article, person in rows.values_list("article_id", "person_id"):
        authors[article].add(person)
    return authors


def _stored_mentions(article_ids: list[int]) -> dict[int, list[tuple]]:
    """Every mention of these articles, as MENTION_FIELDS tuples, by article id."""
    rows: dict[int, list[tuple]] = defaultdict(list)
    for row in Mention.objects.filter(article_id__in=article_ids).values_list(*MENTION_FIELDS):
        rows[row[1]].append(row)
    return rows


def relink(article: Article) -> list[Mention]:
    """Re-link one article, keeping every mention an editor decided on.

    Returns the linker's mentions the article now has, kept and new.
    """
    changes = _Changes()
    with transaction.atomic():
        # Serialise re-links of one article; a foreign key check does not wait for it.
        Article.objects.select_for_update(no_key=True).filter(pk=article.pk).values("pk").first()
        rows = _stored_mentions([article.pk])[article.pk]
        authors = _authors([article.pk])[article.pk]
        _plan(article, rows, current_linker(), changes, authors)
        changes.write()
    kept = []
    for pk, key in changes.kept:
        mention = new_mention(article, key)
        mention.pk, mention._state.adding, mention._state.db = pk, False, Mention.objects.db
        kept.append(mention)
    return sorted(kept + changes.create, key=lambda m: (m.field, m.start))


def _batches(ids: list[int], size: int) -> Iterator[list[int]]:
    for at in range(0, len(ids), size):
        yield ids[at : at + size]


def relink_many(
    articles: QuerySet,
    *,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[RelinkStats], None] | None = None,
) -> RelinkStats:
    """Re-link every article of the queryset, a batch at a time, keeping editors' decisions.

    Each batch costs a handful of queries (its articles, their mentions, their authors,
    then one write of each kind it needs) and is one transaction whose articles are
    locked against a concurrent save, so a batch that fails leaves its articles as they
    were. `progress` is called after each batch with that batch's figures.
    """
    began, cpu = time.perf_counter(), time.process_time()
    total = RelinkStats()
    unordered = articles if articles.query.is_sliced else articles.order_by()
    ids = sorted(set(unordered.values_list("pk", flat=True)))
    for batch in _batches(ids, batch_size):
        changes = _Changes()
        with transaction.atomic():
            loaded = (
                Article.objects.filter(pk__in=batch)
                .only(*ARTICLE_FIELDS)
                .order_by("pk")
                .select_for_update(no_key=True)
            )
            linker = current_linker()
            stored, authors = _stored_mentions(batch), _authors(batch)
            count = 0
            for article in loaded:
                _plan(article, stored.get(article.pk, []), linker, changes, authors[article.pk])
                count += 1
            changes.write()
        done = changes.stats(count)
        total.add(done)
        if progress is not None:
            progress(done)
    total.seconds = time.perf_counter() - began
    total.cpu_seconds = time.process_time() - cpu
    return total

"""Search across published articles, organisations and people, behind one interface.

`search(query)` picks the backend for the database's vendor: SQLite's FTS5 or PostgreSQL's
full-text search and pg_trgm (the indexes and their triggers are in
`newsroom.search_index`). Both return the same `Results`: published articles ranked, with
the headline and a snippet highlighted; and the organisations and people whose name, an
alias or a description matches, ranked by `closeness`, so that a misspelt name ("Wilshw")
still finds its entity. Everything shown is escaped here; only the <mark> tags around
matched words are markup.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connections, router
from django.db.models import BooleanField, Case, ExpressionWrapper, F, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import Article
from entities.models import Alias, Organisation, Person

from .search_index import PG_CONFIG

# Marks no text contains; snippets come back from the database wrapped in them, and
# become <mark> only after the text around them has been escaped.
START, STOP = "\x02", "\x03"
MARKED = re.compile(f"{START}(.*?){STOP}", re.DOTALL)
WORD = re.compile(r"\w+")
STOPWORDS = frozenset({"a", "an", "and", "for", "in", "of", "on", "the", "to"})
MAX_QUERY = 200
CANDIDATES = 200  # entity rows the index proposes, ranked again here
ENTITY_HITS = 10
CLOSE_ENOUGH = 0.7  # closeness at which a name counts as the one meant
DESCRIBED = 0.5  # the score of an entity found by its description alone


@dataclass(frozen=True)
class ArticleHit:
    article: Article
    headline: SafeString
    snippet: SafeString


@dataclass(frozen=True)
class EntityHit:
    entity: Organisation | Person
    name: SafeString
    also_known_as: str
    score: float


@dataclass(frozen=True)
class Results:
    query: str
    articles: list[ArticleHit] = field(default_factory=list)
    entities: list[EntityHit] = field(default_factory=list)
    page: int = 1
    has_next: bool = False


@dataclass
class _Candidate:
    kind: str
    pk: int
    text: str
    is_name: bool
    described: bool = False


def search(query: str, *, page: int = 1, per_page: int = 20) -> Results:
    """Published articles and entities matching the query, best first."""
    query = " ".join(query.split())[:MAX_QUERY]
    if not WORD.search(query):
        return Results(query=query)
    connection = connections[router.db_for_read(Article)]
    backend = PostgresBackend() if connection.vendor == "postgresql" else SqliteBackend()
    offset = (page - 1) * per_page
    articles = backend.articles(query, offset, per_page + 1)
    entities = backend.entities(query) if page == 1 else []
    return Results(
        query=query,
        articles=articles[:per_page],
        entities=entities,
        page=page,
        has_next=len(articles) > per_page,
    )


def marked(text: str) -> SafeString:
    """Escape text from the index, turning its match marks into <mark> elements."""
    html = MARKED.sub(r"<mark>\1</mark>", escape(text or ""))
    # Escaped text with only <mark> pairs added, and stray marks removed, is safe.
    return mark_safe(html.replace(START, "").replace(STOP, ""))  # noqa: S308


def words_of(text: str) -> list[str]:
    """The lower-cased words of a text, without the small words every name has."""
    words = [w.casefold() for w in WORD.findall(text)]
    return [w for w in words if w not in STOPWORDS] or words


def closeness(query: str, name: str) -> float:
    """How nearly a name is the one the query means, from 0 to 1, forgiving typing slips.

    Each query word is paired with the name's most similar word (and each name word with
    the query's); the query's side counts double, so "Doncaster trust" is nearer to
    "Doncaster Children's Services Trust" than to "Doncaster" itself.
    """
    asked, named = words_of(query), words_of(name)
    if not asked or not named:
        return 0.0

    def cover(these, those):
        best = [max(SequenceMatcher(None, a, b).ratio() for b in those) for a in these]
        return sum(best) / len(best)

    return (2 * cover(asked, named) + cover(named, asked)) / 3


def mark_words(text: str, query: str) -> SafeString:
    """Escape a name, marking the query's words where they occur in it."""
    words = sorted({w for w in words_of(query) if len(w) > 2}, key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    parts, cursor = [], 0
    for match in pattern.finditer(text):
        parts += [escape(text[cursor : match.start()]), f"<mark>{escape(match[0])}</mark>"]
        cursor = match.end()
    parts.append(escape(text[cursor:]))
    # Every part is escaped text or a <mark> around escaped text.
    return mark_safe("".join(parts))  # noqa: S308


def rank_entities(query: str, candidates: list[_Candidate]) -> list[EntityHit]:
    """Score candidate names and aliases, keep the close ones, one hit per entity."""
    best: dict[tuple[str, int], tuple[float, _Candidate]] = {}
    for candidate in candidates:
        score = closeness(query, candidate.text)
        if candidate.described:
            score = max(score, DESCRIBED)
        elif score < CLOSE_ENOUGH:
            continue
        key = (candidate.kind, candidate.pk)
        if key not in best or (score, candidate.is_name) > (best[key][0], best[key][1].is_name):
            best[key] = (score, candidate)
    top = sorted(best.items(), key=lambda item: -item[1][0])[:ENTITY_HITS]
    wanted = {kind: [pk for (k, pk), _ in top if k == kind] for kind in ("organisation", "person")}
    found = {
        "organisation": Organisation.objects.in_bulk(wanted["organisation"]),
        "person": Person.objects.in_bulk(wanted["person"]),
    }
    hits = []
    for (kind, pk), (score, candidate) in top:
        entity = found[kind].get(pk)
        if entity is None:
            continue
        alias = "" if candidate.is_name else candidate.text
        hits.append(EntityHit(entity, mark_words(entity.name, query), alias, score))
    hits.sort(key=lambda hit: (-hit.score, hit.entity.name))
    return hits


class SqliteBackend:
    """FTS5: bm25-ranked articles, and trigram-matched names re-ranked by closeness."""

    def articles(self, query: str, offset: int, limit: int) -> list[ArticleHit]:
        expression = fts5_expression(query)
        if not expression:
            return []
        published, params = Article.objects.published().values("pk").query.sql_with_params()
        sql = f"""
            SELECT a.*,
                highlight(search_article, 0, %s, %s) AS marked_headline,
                snippet(search_article, 1, %s, %s, '…', 30) AS marked_standfirst,
                snippet(search_article, 2, %s, %s, '…', 30) AS marked_body
            FROM search_article JOIN articles_article a ON a.id = search_article.rowid
            WHERE search_article MATCH %s AND a.id IN ({published})
            ORDER BY bm25(search_article, 10.0, 4.0, 1.0), a.published_at DESC
            LIMIT %s OFFSET %s
        """  # noqa: S608 -- the only interpolation is Django's own compiled subquery
        marks = [START, STOP] * 3
        rows = Article.objects.raw(sql, [*marks, expression, *params, limit, offset])
        return [
            ArticleHit(
                article,
                marked(article.marked_headline),
                marked(best_snippet(article.marked_standfirst, article.marked_body)),
            )
            for article in rows
        ]

    def entities(self, query: str) -> list[EntityHit]:
        words = [w for w in words_of(query) if len(w) > 2]
        grams = sorted({g for w in words for g in trigrams(w)})
        if not grams:
            return []
        exact = " AND ".join(f'"{w}"' for w in words)
        fuzzy = " OR ".join(f'"{g}"' for g in grams)
        # Names holding every word, then names sharing most trigrams: a name spelt right
        # is never crowded out by the many that share some of its trigrams.
        best = (
            "SELECT * FROM (SELECT kind, entity_id, rowid %% 4, name, description "
            "FROM search_entity WHERE search_entity MATCH %s "
            "ORDER BY bm25(search_entity, 0, 0, 4.0, 1.0) LIMIT %s)"
        )
        with connections[router.db_for_read(Organisation)].cursor() as cursor:
            cursor.execute(
                f"{best} UNION {best}",
                [f"{{name description}} : ({exact})", CANDIDATES, f"name : ({fuzzy})", CANDIDATES],
            )
            rows = cursor.fetchall()
        candidates = [
            _Candidate(
                kind,
                int(pk),
                name,
                is_name=source != 2,
                described=all(w in description.casefold() for w in words),
            )
            for kind, pk, source, name, description in rows
        ]
        return rank_entities(query, candidates)


class PostgresBackend:
    """Stored, GIN-indexed tsvectors ranked by ts_rank; names matched by pg_trgm."""

    def articles(self, query: str, offset: int, limit: int) -> list[ArticleHit]:
        wanted = SearchQuery(query, search_type="websearch", config=PG_CONFIG)
        options = {"config": PG_CONFIG, "start_sel": START, "stop_sel": STOP}
        excerpt = {"max_words": 30, "min_words": 12, "max_fragments": 2}
        rows = (
            Article.objects.published()
            .alias(vector=stored_vector(Article))
            .filter(vector=wanted)
            .annotate(
                rank=SearchRank(F("vector"), wanted),
                marked_headline=SearchHeadline("headline", wanted, highlight_all=True, **options),
                marked_standfirst=SearchHeadline(
                    "standfirst", wanted, fragment_delimiter="…", **excerpt, **options
                ),
                marked_body=SearchHeadline(
                    "body", wanted, fragment_delimiter="…", **excerpt, **options
                ),
            )
            .order_by("-rank", "-published_at")[offset : offset + limit]
        )
        return [
            ArticleHit(
                article,
                marked(article.marked_headline),
                marked(best_snippet(article.marked_standfirst, article.marked_body)),
            )
            for article in rows
        ]

    def entities(self, query: str) -> list[EntityHit]:
        wanted = SearchQuery(query, search_type="websearch", config=PG_CONFIG)

        # The closest names first, those matching the words ahead of them, so the cut at
        # CANDIDATES never drops a name spelt right.
        def named(model, kind):
            return (
                model.objects.alias(vector=stored_vector(model))
                .filter(Q(name__trigram_word_similar=query) | Q(vector=wanted))
                .annotate(
                    k=Value(kind),
                    e=F("pk"),
                    t=F("name"),
                    n=Value(True),
                    d=ExpressionWrapper(Q(vector=wanted), output_field=BooleanField()),
                    similarity=TrigramWordSimilarity(query, "name"),
                )
                .order_by("-d", "-similarity")
                .values_list("k", "e", "t", "n", "d")[:CANDIDATES]
            )

        aliases = (
            Alias.objects.filter(text__trigram_word_similar=query)
            .annotate(
                k=Case(
                    When(person__isnull=True, then=Value("organisation")), default=Value("person")
                ),
                e=Coalesce("organisation_id", "person_id"),
                t=F("text"),
                n=Value(False),
                d=Value(False),
                similarity=TrigramWordSimilarity(query, "text"),
            )
            .order_by("-similarity")
            .values_list("k", "e", "t", "n", "d")[:CANDIDATES]
        )
        rows = (
            named(Organisation, "organisation")
            .union(named(Person, "person"), aliases, all=True)
            .order_by()
        )
        candidates = [_Candidate(*row) for row in rows]
        return rank_entities(query, candidates)


def stored_vector(model) -> RawSQL:
    """The search_vector column the migrations add on PostgreSQL (not a model field)."""
    table = model._meta.db_table
    # The table name comes from the model's metadata, never from a request.
    return RawSQL(f'"{table}"."search_vector"', (), output_field=SearchVectorField())  # noqa: S611


def best_snippet(*snippets: str | None) -> str:
    """The first snippet with a match in it, else the last one given."""
    for snippet in snippets:
        if snippet and START in snippet:
            return snippet
    return snippets[-1] or ""


def trigrams(word: str) -> set[str]:
    return {word[i : i + 3] for i in range(len(word) - 2)}


def fts5_expression(query: str) -> str:
    """Translate a reader's query into a safe FTS5 expression, web-search style.

    Words and "quoted phrases" must all match; OR between two terms offers either; a
    leading minus excludes a term. Every term is quoted, so nothing a reader types is
    read as FTS5 syntax.
    """
    groups: list[list[str]] = []
    excluded: list[str] = []
    join_next = False
    for match in re.finditer(r'(-?)"([^"]*)"?|(\S+)', query):
        minus, phrase, bare = match.groups()
        if bare == "OR" and groups:
            join_next = True
            continue
        if bare is not None:
            minus, phrase = ("-", bare[1:]) if bare.startswith("-") else ("", bare)
        if not WORD.search(phrase):
            continue
        term = '"{}"'.format(phrase.replace('"', '""'))
        if minus:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    if not groups:
        return ""
    expression = " AND ".join(f"({' OR '.join(group)})" for group in groups)
    for term in excluded:
        expression += f" NOT {term}"
    return expression

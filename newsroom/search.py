"""Search across published articles, organisations and people, behind one interface.

`search(query)` picks the backend for the database's vendor: SQLite's FTS5 or PostgreSQL's
full-text search and pg_trgm (the indexes and their triggers are in
`newsroom.search_index`). Both return the same `Results`: published articles ranked, with
the headline and a snippet highlighted; and the organisations and people whose name, an
alias or a description matches, ranked by `closeness`, so that a misspelt name ("Wilshw")
still finds its entity. Everything shown is escaped here; only the <mark> tags around
matched words are markup.

Its cost is bounded whatever the corpus: a term in half of 100,000 articles is not ranked
across all of them. Only the RANKED newest matching articles are ranked (by bm25 or
ts_rank); a search that matches more says so and shows the best of those, which for a
newsroom is what a reader of a common name wants (recent coverage), and a reader can add a
word to narrow it. Headlines and snippets are made for the page shown only, and nothing
counts every hit: one row more than the page says whether another page follows.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchVectorField,
    TrigramWordDistance,
)
from django.db import connections, router
from django.db.models import BooleanField, Case, ExpressionWrapper, F, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Lower
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
RANKED = 1000  # the newest matching articles ranked; see the module's docstring
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
    more_than_ranked: bool = False  # more articles match than the `ranked` newest ranked
    ranked: int = 0


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
    offset = min((page - 1) * per_page, RANKED)
    limit = max(0, min(per_page + 1, RANKED - offset))
    ids, more_than_ranked = backend.ranked_articles(query, offset, limit) if limit else ([], False)
    articles = backend.marked_articles(query, ids[:per_page])
    entities = backend.entities(query) if page == 1 else []
    return Results(
        query=query,
        articles=articles,
        entities=entities,
        page=page,
        has_next=len(ids) > per_page,
        more_than_ranked=more_than_ranked,
        ranked=RANKED,
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
        best = [max(likeness(a, b) for b in those) for a in these]
        return sum(best) / len(best)

    return (2 * cover(asked, named) + cover(named, asked)) / 3


@lru_cache(maxsize=100_000)
def likeness(a: str, b: str) -> float:
    """How alike two words are (difflib's ratio), remembered: candidate names share most of
    their words ("council", "borough"), and comparing them dominated a common search."""
    return SequenceMatcher(None, a, b).ratio()


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
    scores: dict[str, float] = {}
    for candidate in candidates:
        if candidate.text not in scores:
            scores[candidate.text] = closeness(query, candidate.text)
        score = scores[candidate.text]
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

    def ranked_articles(self, query: str, offset: int, limit: int) -> tuple[list[int], bool]:
        """The ids of a page of the RANKED newest matches, best first, and whether more match."""
        expression = fts5_expression(query)
        if not expression:
            return [], False
        published, params = Article.objects.published().values("pk").query.sql_with_params()
        # The only interpolation is Django's own compiled subquery.
        newest = f"""
            SELECT a.id, a.published_at, bm25(search_article, 10.0, 4.0, 1.0) AS score
            FROM search_article JOIN articles_article a ON a.id = search_article.rowid
            WHERE search_article MATCH %s AND a.id IN ({published})
            ORDER BY a.published_at DESC, a.id DESC LIMIT %s
        """  # noqa: S608
        sql = f"""
            WITH newest AS MATERIALIZED ({newest})
            SELECT id, (SELECT count(*) FROM newest) FROM newest
            ORDER BY score, published_at DESC, id DESC LIMIT %s OFFSET %s
        """  # noqa: S608
        with connections[router.db_for_read(Article)].cursor() as cursor:
            cursor.execute(sql, [expression, *params, RANKED + 1, limit, offset])
            rows = cursor.fetchall()
        return ranked_page(rows)

    def marked_articles(self, query: str, ids: list[int]) -> list[ArticleHit]:
        """The articles with these ids, in this order, with the query's words marked."""
        expression = fts5_expression(query)
        if not ids or not expression:
            return []
        placeholders = ", ".join(["%s"] * len(ids))
        sql = f"""
            SELECT a.*,
                highlight(search_article, 0, %s, %s) AS marked_headline,
                snippet(search_article, 1, %s, %s, '…', 30) AS marked_standfirst,
                snippet(search_article, 2, %s, %s, '…', 30) AS marked_body
            FROM search_article JOIN articles_article a ON a.id = search_article.rowid
            WHERE search_article MATCH %s AND search_article.rowid IN ({placeholders})
        """  # noqa: S608 -- placeholders only
        marks = [START, STOP] * 3
        rows = Article.objects.raw(sql, [*marks, expression, *ids])
        return in_order(ids, rows)

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

    def ranked_articles(self, query: str, offset: int, limit: int) -> tuple[list[int], bool]:
        """The ids of a page of the RANKED newest matches, best first, and whether more match.

        The newest matches come from the GIN index (or, for a term in most articles, from the
        index on publication time, checking each article's stored vector); only those are
        ranked, so the cost of a common term is bounded.
        """
        wanted = SearchQuery(query, search_type="websearch", config=PG_CONFIG)
        newest = (
            Article.objects.published()
            .annotate(vector=stored_vector(Article))
            .filter(vector=wanted)
            .order_by("-published_at", "-pk")
            .values_list("pk", "published_at", "vector")[: RANKED + 1]
        )
        newest_sql, params = newest.query.sql_with_params()
        # Ranked outside the LIMIT, so that only the newest matches are ranked; ts_rank as
        # SearchRank(vector, SearchQuery(query, search_type="websearch")) writes it.
        sql = f"""
            WITH newest(id, published_at, vector) AS MATERIALIZED ({newest_sql})
            SELECT id, (SELECT count(*) FROM newest) FROM newest
            ORDER BY ts_rank(vector, websearch_to_tsquery(%s::regconfig, %s)) DESC,
                published_at DESC, id DESC
            LIMIT %s OFFSET %s
        """  # noqa: S608 -- the only interpolation is Django's own compiled query
        with connections[router.db_for_read(Article)].cursor() as cursor:
            cursor.execute(sql, [*params, PG_CONFIG, query, limit, offset])
            rows = cursor.fetchall()
        return ranked_page(rows)

    def marked_articles(self, query: str, ids: list[int]) -> list[ArticleHit]:
        """The articles with these ids, in this order, with the query's words marked."""
        if not ids:
            return []
        wanted = SearchQuery(query, search_type="websearch", config=PG_CONFIG)
        options = {"config": PG_CONFIG, "start_sel": START, "stop_sel": STOP}
        excerpt = {"max_words": 30, "min_words": 12, "max_fragments": 2}
        rows = Article.objects.filter(pk__in=ids).annotate(
            marked_headline=SearchHeadline("headline", wanted, highlight_all=True, **options),
            marked_standfirst=SearchHeadline(
                "standfirst", wanted, fragment_delimiter="…", **excerpt, **options
            ),
            marked_body=SearchHeadline(
                "body", wanted, fragment_delimiter="…", **excerpt, **options
            ),
        )
        return in_order(ids, rows)

    def entities(self, query: str) -> list[EntityHit]:
        """The CANDIDATES closest names matching the query's trigrams, and the closest whose
        name or description matches its words, of each kind, re-ranked by closeness.

        Each part is ordered by word distance with a LIMIT, so that for a common word a
        GiST index (entities migration 0006) walks the names nearest-first and stops, where
        scoring every "X Council" took most of a second; a selective query is answered by
        the GIN indexes. Names matching the words come in a part of their own, as before,
        so the cut at CANDIDATES never drops a name spelt right.
        """
        wanted = SearchQuery(query, search_type="websearch", config=PG_CONFIG)

        def named(model, kind):
            rows = (
                model.objects.alias(vector=stored_vector(model))
                .annotate(
                    k=Value(kind),
                    e=F("pk"),
                    t=F("name"),
                    n=Value(True),
                    d=ExpressionWrapper(Q(vector=wanted), output_field=BooleanField()),
                )
                .order_by(TrigramWordDistance(query, Lower("name")))
                .values_list("k", "e", "t", "n", "d")
            )
            return [
                rows.filter(name__trigram_word_similar=query)[:CANDIDATES],
                rows.filter(vector=wanted)[:CANDIDATES],
            ]

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
            )
            .order_by(TrigramWordDistance(query, Lower("text")))
            .values_list("k", "e", "t", "n", "d")[:CANDIDATES]
        )
        first, *others = [*named(Organisation, "organisation"), *named(Person, "person"), aliases]
        rows = first.union(*others, all=True).order_by()
        candidates = [_Candidate(*row) for row in rows]
        return rank_entities(query, candidates)


def ranked_page(rows: list[tuple[int, int]]) -> tuple[list[int], bool]:
    """The ids from (id, matches among the newest) rows, and whether more than RANKED match."""
    return [pk for pk, _ in rows], bool(rows) and rows[0][1] > RANKED


def in_order(ids: list[int], articles) -> list[ArticleHit]:
    """Hits for articles carrying marked_* attributes, in the order of `ids`."""
    by_id = {article.pk: article for article in articles}
    return [
        ArticleHit(
            article,
            marked(article.marked_headline),
            marked(best_snippet(article.marked_standfirst, article.marked_body)),
        )
        for pk in ids
        if (article := by_id.get(pk)) is not None
    ]


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

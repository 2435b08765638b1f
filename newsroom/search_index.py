"""The database side of search: the full-text indexes and the triggers that keep them in step.

SQLite gets FTS5 tables: `search_article` (external content over articles_article,
Porter-stemmed words) and `search_entity` (one row per organisation, person and alias,
trigram-tokenised so a misspelt name still shares most of its trigrams with the right one).
PostgreSQL gets a stored, weighted `search_vector` tsvector column on articles,
organisations and people, GIN-indexed, plus pg_trgm GIN indexes on names and aliases.

Every trigger reads only its own table's row: a SQLite trigger that named another table
would make Django's table rebuilds fail ("error in trigger ... no such table"). A rebuild
still drops the rebuilt table's own triggers, so `ensure()` runs after every migrate
and puts back, and re-fills, whatever is missing. Nothing here imports a model, so the
migrations of both apps can call it.
"""

from django.db import connections

ENTITY_ROWS = {"organisation": 0, "person": 1, "alias": 2}  # rowid = id * 4 + this

SQLITE_TABLES = {
    "search_article": (
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_article USING fts5("
        "headline, standfirst, body, content='articles_article', content_rowid='id', "
        "tokenize='porter unicode61 remove_diacritics 2')"
    ),
    "search_entity": (
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_entity USING fts5("
        "kind UNINDEXED, entity_id UNINDEXED, name, description, tokenize='trigram')"
    ),
}

_ARTICLE_ROW = (
    "(rowid, headline, standfirst, body) VALUES ({0}.id, {0}.headline, {0}.standfirst, {0}.body)"
)
_ARTICLE_DELETE = (
    "INSERT INTO search_article(search_article, rowid, headline, standfirst, body) "
    "VALUES ('delete', old.id, old.headline, old.standfirst, old.body);"
)


def _entity_sql(source: str, row: str) -> tuple[str, str]:
    """The insert and delete statements for one entity source table's row."""
    offset = ENTITY_ROWS[source]
    if source == "alias":
        values = (
            f"{row}.id * 4 + {offset}, "
            f"CASE WHEN {row}.person_id IS NULL THEN 'organisation' ELSE 'person' END, "
            f"coalesce({row}.organisation_id, {row}.person_id), {row}.text, ''"
        )
    else:
        values = f"{row}.id * 4 + {offset}, '{source}', {row}.id, {row}.name, {row}.description"
    # Statements for triggers, built only from this module's constants: no reader's input.
    columns = "rowid, kind, entity_id, name, description"
    insert = f"INSERT INTO search_entity({columns}) VALUES ({values});"  # noqa: S608
    delete = f"DELETE FROM search_entity WHERE rowid = {row}.id * 4 + {offset};"  # noqa: S608
    return insert, delete


def _sqlite_triggers() -> dict[str, str]:
    triggers = {
        "search_article_ai": (
            "AFTER INSERT ON articles_article BEGIN "
            f"INSERT INTO search_article{_ARTICLE_ROW.format('new')}; END"
        ),
        "search_article_ad": f"AFTER DELETE ON articles_article BEGIN {_ARTICLE_DELETE} END",
        "search_article_au": (
            "AFTER UPDATE OF headline, standfirst, body ON articles_article BEGIN "
            f"{_ARTICLE_DELETE} INSERT INTO search_article{_ARTICLE_ROW.format('new')}; END"
        ),
    }
    for source, table, columns in [
        ("organisation", "entities_organisation", "name, description"),
        ("person", "entities_person", "name, description"),
        ("alias", "entities_alias", "text, organisation_id, person_id"),
    ]:
        insert_new, _ = _entity_sql(source, "new")
        _, delete_old = _entity_sql(source, "old")
        triggers[f"search_{source}_ai"] = f"AFTER INSERT ON {table} BEGIN {insert_new} END"
        triggers[f"search_{source}_ad"] = f"AFTER DELETE ON {table} BEGIN {delete_old} END"
        triggers[f"search_{source}_au"] = (
            f"AFTER UPDATE OF {columns} ON {table} BEGIN {delete_old} {insert_new} END"
        )
    return triggers


SQLITE_TRIGGERS = _sqlite_triggers()

SQLITE_REFILL = {
    "search_article": ["INSERT INTO search_article(search_article) VALUES ('rebuild')"],
    "search_entity": [
        "DELETE FROM search_entity",
        "INSERT INTO search_entity(rowid, kind, entity_id, name, description) "
        "SELECT id * 4, 'organisation', id, name, description FROM entities_organisation",
        "INSERT INTO search_entity(rowid, kind, entity_id, name, description) "
        "SELECT id * 4 + 1, 'person', id, name, description FROM entities_person",
        "INSERT INTO search_entity(rowid, kind, entity_id, name, description) "
        "SELECT id * 4 + 2, CASE WHEN person_id IS NULL THEN 'organisation' ELSE 'person' END, "
        "coalesce(organisation_id, person_id), text, '' FROM entities_alias",
    ],
}

# PostgreSQL: table -> the weighted columns of its stored tsvector.
PG_VECTORS = {
    "articles_article": [("headline", "A"), ("standfirst", "B"), ("body", "C")],
    "entities_organisation": [("name", "A"), ("description", "C")],
    "entities_person": [("name", "A"), ("description", "C")],
}
PG_TRIGRAM_INDEXES = {
    "entities_organisation": "name",
    "entities_person": "name",
    "entities_alias": "text",
}
PG_CONFIG = "english"


def _pg_statements(table: str) -> list[str]:
    columns = PG_VECTORS[table]
    vector = " || ".join(
        f"setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.{column}, '')), '{weight}')"
        for column, weight in columns
    )
    watched = ", ".join(column for column, _ in columns)
    return [
        f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector",
        f"CREATE OR REPLACE FUNCTION {table}_search_vector() RETURNS trigger "
        f"LANGUAGE plpgsql AS $$ BEGIN NEW.search_vector := {vector}; RETURN NEW; END $$",
        f"DROP TRIGGER IF EXISTS {table}_search_vector ON {table}",
        f"CREATE TRIGGER {table}_search_vector BEFORE INSERT OR UPDATE OF {watched} "
        f"ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_search_vector()",
        f"CREATE INDEX IF NOT EXISTS {table}_search_vector_gin ON {table} "
        "USING gin (search_vector)",
    ]


def _pg_fill(table: str) -> str:
    columns = PG_VECTORS[table]
    vector = " || ".join(
        f"setweight(to_tsvector('{PG_CONFIG}', coalesce({column}, '')), '{weight}')"
        for column, weight in columns
    )
    return f"UPDATE {table} SET search_vector = {vector} WHERE search_vector IS NULL"  # noqa: S608


def install(connection, tables: list[str]) -> None:
    """Create the indexes and triggers for these source tables, filling them from the rows."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for name in _sqlite_index_names(tables):
                cursor.execute(SQLITE_TABLES[name])
            for name, body in SQLITE_TRIGGERS.items():
                if _trigger_table(body) in tables:
                    cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
            for name in _sqlite_index_names(tables):
                for statement in SQLITE_REFILL[name]:
                    cursor.execute(statement)
        elif connection.vendor == "postgresql":
            for table in tables:
                if table in PG_VECTORS:
                    for statement in _pg_statements(table):
                        cursor.execute(statement)
                    cursor.execute(_pg_fill(table))
                if table in PG_TRIGRAM_INDEXES:
                    column = PG_TRIGRAM_INDEXES[table]
                    cursor.execute(
                        f"CREATE INDEX IF NOT EXISTS {table}_{column}_trgm ON {table} "
                        f"USING gin ({column} gin_trgm_ops)"
                    )


def uninstall(connection, tables: list[str]) -> None:
    """Drop what install() created for these source tables."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for name, body in SQLITE_TRIGGERS.items():
                if _trigger_table(body) in tables:
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            for name in _sqlite_index_names(tables):
                cursor.execute(f"DROP TABLE IF EXISTS {name}")
        elif connection.vendor == "postgresql":
            for table in tables:
                if table in PG_VECTORS:
                    cursor.execute(f"DROP TRIGGER IF EXISTS {table}_search_vector ON {table}")
                    cursor.execute(f"DROP FUNCTION IF EXISTS {table}_search_vector()")
                    cursor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
                if table in PG_TRIGRAM_INDEXES:
                    column = PG_TRIGRAM_INDEXES[table]
                    cursor.execute(f"DROP INDEX IF EXISTS {table}_{column}_trgm")


ARTICLE_TABLES = ["articles_article"]
ENTITY_TABLES = ["entities_organisation", "entities_person", "entities_alias"]


def ensure(using: str = "default", **kwargs) -> None:
    """Put back any SQLite trigger a table rebuild dropped, and re-fill its index."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        present = {name for (name,) in cursor.fetchall()}
    if not {"search_article", "search_entity"} <= present:
        return  # not migrated this far yet: the migrations will install it
    missing = {
        _trigger_table(body) for name, body in SQLITE_TRIGGERS.items() if name not in present
    }
    if missing:
        install(connection, sorted(missing))


def _trigger_table(body: str) -> str:
    return body.split(" ON ", 1)[1].split()[0]


def _sqlite_index_names(tables: list[str]) -> list[str]:
    names = []
    if "articles_article" in tables:
        names.append("search_article")
    if set(ENTITY_TABLES) & set(tables):
        names.append("search_entity")
    return names

"""GiST trigram indexes that give the closest names first (PostgreSQL only).

Entity search orders names and aliases by word distance (`query <<-> lower(name)`) with a
LIMIT, which a GiST index answers nearest-first without scoring every match: "council"
matches thousands of "X Council" names. The index is on lower(name), not name, so the
planner keeps the GIN trigram index (newsroom.search_index) for the `%>` filter of a
selective query, where a GiST bitmap scan is many times slower; pg_trgm folds case
itself, so the distance is the same.
"""

from django.db import migrations

INDEXES = {
    "entities_organisation_name_trgm_knn": ("entities_organisation", "name"),
    "entities_person_name_trgm_knn": ("entities_person", "name"),
    "entities_alias_text_trgm_knn": ("entities_alias", "text"),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, column) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gist (lower({column}) gist_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("entities", "0005_api_list_indexes")]

    operations = [migrations.RunPython(create, drop, elidable=False)]

"""An index on inspections, newest first, nulls last (PostgreSQL only).

The home page's latest grades and the ratings page read inspections by publication date,
newest first with undated ones last; this index serves that order without sorting every
inspection. SQLite cannot declare NULLS LAST in an index, and its tables stay small.
"""

from django.db import migrations

NAME = "inspection_latest_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NAME} "
            "ON entities_inspection (published_on DESC NULLS LAST)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("entities", "0006_trigram_gist_indexes")]

    operations = [migrations.RunPython(create, drop, elidable=False)]

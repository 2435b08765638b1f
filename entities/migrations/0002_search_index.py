"""Full-text and trigram indexes for organisations, people and aliases (newsroom.search_index)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from newsroom import search_index


def install(apps, schema_editor):
    search_index.install(schema_editor.connection, search_index.ENTITY_TABLES)


def uninstall(apps, schema_editor):
    search_index.uninstall(schema_editor.connection, search_index.ENTITY_TABLES)


class Migration(migrations.Migration):
    dependencies = [("entities", "0001_initial")]

    operations = [
        TrigramExtension(),  # PostgreSQL only: the operation does nothing elsewhere
        migrations.RunPython(install, uninstall, elidable=False),
    ]

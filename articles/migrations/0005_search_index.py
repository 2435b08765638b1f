"""Full-text index for articles (see newsroom.search_index): FTS5 on SQLite, tsvector on PostgreSQL."""

from django.db import migrations

from newsroom import search_index


def install(apps, schema_editor):
    search_index.install(schema_editor.connection, search_index.ARTICLE_TABLES)


def uninstall(apps, schema_editor):
    search_index.uninstall(schema_editor.connection, search_index.ARTICLE_TABLES)


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_article_unresolved_names")]

    operations = [migrations.RunPython(install, uninstall, elidable=False)]

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ArticlesConfig(AppConfig):
    name = "articles"

    def ready(self):
        from . import freshness, signals

        signals.connect()
        freshness.connect()
        # A SQLite table rebuild drops that table's search triggers: put them back.
        from newsroom import search_index

        post_migrate.connect(search_index.ensure, sender=self, dispatch_uid="search-index")

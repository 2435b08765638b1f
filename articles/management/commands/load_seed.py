from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from articles.mentions import relink
from articles.models import Article
from entities.models import Organisation, Person


class Command(BaseCommand):
    help = (
        "Load the seed corpus (fixtures/*.json) into an empty database and link its "
        "mentions. A database "
        "that already holds articles or entities is left alone, so editors' changes "
        "survive `make run` and nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even when data exists (rows with the fixtures' ids are reset).",
        )

    def handle(self, *, force, verbosity, **options):
        has_data = any(model.objects.exists() for model in (Article, Organisation, Person))
        if has_data and not force:
            if verbosity:
                self.stdout.write("The database already holds data: seed not loaded.")
            return
        fixtures = sorted(Path(settings.BASE_DIR, "fixtures").glob("*.json"))
        with transaction.atomic():
            call_command("loaddata", *fixtures, verbosity=verbosity)
            for article in Article.objects.all():
                relink(article)

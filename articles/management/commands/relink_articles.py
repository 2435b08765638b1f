from django.core.management.base import BaseCommand
from tqdm import tqdm

from articles.mentions import BATCH_SIZE, relink_many
from articles.models import Article


class Command(BaseCommand):
    help = (
        "Re-link every article's mentions (or those given by slug), keeping editors' "
        "decisions; a batch of articles per transaction, writing only what changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", help="Only these articles.")
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_SIZE, help="Articles per transaction."
        )

    def handle(self, *, slugs, batch_size, verbosity, **options):
        articles = Article.objects.filter(slug__in=slugs) if slugs else Article.objects.all()
        with tqdm(
            total=articles.count(), unit="article", disable=verbosity < 1, file=self.stderr._out
        ) as bar:
            stats = relink_many(
                articles, batch_size=batch_size, progress=lambda done: bar.update(done.articles)
            )
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Re-linked {stats.articles:,} articles in {stats.seconds:.1f} s "
                    f"({stats.per_second:,.0f} articles/s; this process's CPU "
                    f"{stats.cpu_seconds:.1f} s): {stats.kept:,} mentions kept, "
                    f"{stats.created:,} created, {stats.deleted:,} deleted, {stats.moved:,} "
                    f"moved with their words; unresolved names changed in "
                    f"{stats.renamed:,} articles."
                )
            )

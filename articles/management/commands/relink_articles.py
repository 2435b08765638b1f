from django.core.management.base import BaseCommand

from articles.mentions import relink
from articles.models import Article


class Command(BaseCommand):
    help = "Re-link every article's mentions (or those given by slug), keeping editors' decisions."

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", help="Only these articles.")

    def handle(self, *, slugs, verbosity, **options):
        articles = Article.objects.filter(slug__in=slugs) if slugs else Article.objects.all()
        done = found = 0
        for article in articles.iterator(chunk_size=200):
            found += len(relink(article))
            done += 1
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(f"Re-linked {done} articles; the linker found {found} mentions.")
            )

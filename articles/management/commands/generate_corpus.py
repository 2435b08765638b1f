from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.corpus import CorpusError, generate_corpus


class Command(BaseCommand):
    help = (
        "Generate a deterministic, realistic corpus (organisations, people, aliases, posts, "
        "inspections and linked, published articles) into an empty, migrated database, for "
        "measuring the newsroom at scale. The same seed gives the same corpus. Generated "
        "rows have no history records (they are bulk-inserted)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000, help="Default 100,000.")
        parser.add_argument(
            "--entities",
            type=int,
            default=20_000,
            help="Organisations and people; about five aliases each. Default 20,000.",
        )
        parser.add_argument("--seed", type=int, default=1, help="Default 1.")
        parser.add_argument(
            "--batch-size", type=int, default=1000, help="Articles per transaction."
        )

    def handle(self, *, articles, entities, seed, batch_size, verbosity, **options):
        if articles < 0 or entities < 50 or batch_size < 1:
            raise CommandError("Give --articles >= 0, --entities >= 50 and --batch-size >= 1.")
        with tqdm(
            total=articles, unit="article", disable=verbosity < 1, file=self.stderr._out
        ) as bar:
            try:
                summary = generate_corpus(
                    articles=articles,
                    entities=entities,
                    seed=seed,
                    batch_size=batch_size,
                    progress=bar.update,
                )
            except CorpusError as error:
                raise CommandError(str(error)) from error
        if verbosity:
            s = summary
            self.stdout.write(
                self.style.SUCCESS(
                    f"Generated {s.articles:,} articles, {s.organisations:,} organisations, "
                    f"{s.people:,} people, {s.aliases:,} aliases, {s.roles:,} roles, "
                    f"{s.inspections:,} inspections with {s.ratings:,} ratings and "
                    f"{s.mentions:,} mentions; {s.hub} is mentioned in {s.hub_articles:,} "
                    f"articles."
                )
            )
            timings = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in s.timings.items())
            self.stdout.write(f"Timings: {timings}.")

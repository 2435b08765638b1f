import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from articles import ingest
from entities.models import DatePrecision, Organisation, Person

SUFFIXES = {".txt", ".jsonl", ".ndjson", ".html", ".htm"}


class Command(BaseCommand):
    help = (
        "Import raw articles (the seed format, or JSON Lines with headline, body, "
        "published_at, byline, url ...) from files, folders or standard input (-): "
        "clean them, date them, skip those imported before, and link their mentions. "
        "Each file imports whole or not at all."
    )

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", metavar="FILE_OR_DIR", help="- for stdin.")
        state = parser.add_mutually_exclusive_group()
        state.add_argument(
            "--publish",
            action="store_true",
            default=True,
            help="Publish what is imported (the default): readers see it at once.",
        )
        state.add_argument(
            "--draft",
            dest="publish",
            action="store_false",
            help="Import drafts for editors to review and publish.",
        )
        parser.add_argument(
            "--update", action="store_true", help="Replace an earlier import of an article."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would happen; save nothing."
        )
        parser.add_argument(
            "--date",
            help='Publication date for articles that state none ("July 2013", "2013-07").',
        )

    def handle(self, *, sources, publish, update, dry_run, date, verbosity, **options):
        fallback = self.fallback_date(date)
        self.dated_by = f"“{date}” as given" if date else "as of the import"
        if fallback is None and publish:
            # Copy that states no date is published as of its arrival, and says so.
            fallback = ingest.Moment(timezone.now(), DatePrecision.MINUTE)
        read = [self.read(source) for source in self.expand(sources)]
        if not (Organisation.objects.exists() or Person.objects.exists()):
            self.stderr.write(
                self.style.WARNING(
                    "No organisations or people are known yet, so nothing can be linked: "
                    "load them first (make run, or manage.py load_seed), then re-link."
                )
            )
        total = sum(len(drafts) for _, drafts, _ in read)
        results = []
        with tqdm(total=total, unit="article", disable=None if verbosity else True) as bar:
            for name, drafts, failure in read:
                with tqdm.external_write_mode():
                    if failure:
                        results.append(failure)
                        self.report(failure, verbosity)
                        continue
                done = ingest.store_all(
                    drafts,
                    name=name,
                    publish=publish,
                    update=update,
                    dry_run=dry_run,
                    fallback_date=fallback,
                    on_result=lambda _: bar.update(1),
                )
                with tqdm.external_write_mode():
                    for result in done:
                        self.report(result, verbosity)
                results += done
        summary = ingest.summarise(results)
        if verbosity:
            prefix = "Dry run, nothing saved: " if dry_run else ""
            style = self.style.SUCCESS if not summary.failed else self.style.WARNING
            self.stdout.write(style(f"{prefix}{summary}"))
        if summary.failed:
            raise CommandError(f"{summary.failed} of {len(read)} sources failed to import.")

    def fallback_date(self, text):
        if not text:
            return None
        try:
            return ingest.parse_date(text)
        except ValueError as error:
            raise CommandError(f"--date: cannot read “{text}” ({error})") from None

    def expand(self, sources):
        """Files as given, each folder's text, JSON Lines and web pages by name, and stdin."""
        for source in sources:
            path = Path(source)
            if source == "-":
                yield source
            elif path.is_dir():
                yield from sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES)
            else:
                yield path

    def read(self, source):
        """(name, drafts, failure) for one source: its drafts, or the reason it failed."""
        if source == "-":
            name, data = "<stdin>", sys.stdin.read()
        else:
            name = str(source)
            try:
                data = source.read_bytes()
            except OSError as error:
                failed = ingest.ImportResult(name, ingest.FAILED, error=f"{name}: {error.strerror}")
                return name, [], failed
        try:
            return name, ingest.read_source(data, name=name), None
        except ingest.IngestError as error:
            return name, [], ingest.ImportResult(name, ingest.FAILED, error=f"{name}, {error}")

    def report(self, result, verbosity):
        if result.status == ingest.FAILED:
            self.stderr.write(self.style.ERROR(result.error))
            return
        if not verbosity:
            return
        article, verb = result.article, result.status
        if result.dry_run:
            verb = {"imported": "would import", "updated": "would update"}.get(verb, verb)
        where = f" line {result.draft.line}" if result.draft and result.draft.line > 1 else ""
        line = f"{verb.capitalize()} {result.name}{where}: “{article.headline}”"
        if result.status == ingest.DUPLICATE:
            self.stdout.write(f"{line}: {result.message}")
            return
        state = article.get_status_display().lower()
        dated = "" if article.published_at else ", no date"
        if result.undated and article.published_at:
            dated = f", no date in the text: dated {self.dated_by}"
        self.stdout.write(
            self.style.SUCCESS(f"{line} ({state}{dated}, {result.mentions} mentions)")
        )
        if result.new_people:
            self.stdout.write(f"  new people: {', '.join(result.new_people)}")
        if result.dry_run and verbosity >= 1:
            self.show_preview(result)

    def show_preview(self, result):
        draft = result.draft
        self.stdout.write("  --- cleaned text ---")
        for text_line in result.cleaned.splitlines():
            self.stdout.write(f"  | {text_line}")
        for title, items in (("captions", draft.captions), ("removed", draft.removed)):
            if items:
                self.stdout.write(f"  --- {title} ---")
                for item in items:
                    self.stdout.write(f"  - {item}")
        if result.found:
            self.stdout.write("  --- mentions ---")
            for text, entity in result.found:
                self.stdout.write(f"  - {text} → {entity}")
        if result.unresolved:
            self.stdout.write(f"  unresolved names: {', '.join(result.unresolved)}")

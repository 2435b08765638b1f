"""The archive's years, found through the index on (status, published_at, id).

Each answer is one lookup of the first or last published story on a side of a date, so
the archive costs the same however many stories it holds.
"""

from datetime import datetime

from django.utils import timezone

from .models import Article


def _start_of(year: int) -> datetime:
    """The first moment of a year in the site's time zone, as readers date stories."""
    return timezone.make_aware(datetime(year, 1, 1))


def published_in(year: int):
    """The published stories of a year (London time), as a range the index answers."""
    if not 1 <= year < 9999:
        return Article.objects.none()
    return Article.objects.published().filter(
        published_at__gte=_start_of(year), published_at__lt=_start_of(year + 1)
    )


def _year_of(article) -> int | None:
    return timezone.localtime(article.published_at).year if article else None


def year_before(year: int) -> int | None:
    """The latest year before this one with a published story, if any."""
    if year <= 1:
        return None
    earlier = Article.objects.published().filter(published_at__lt=_start_of(year))
    return _year_of(earlier.order_by("-published_at").only("published_at").first())


def year_after(year: int) -> int | None:
    """The earliest year after this one with a published story, if any."""
    if year >= 9998:
        return None
    later = Article.objects.published().filter(published_at__gte=_start_of(year + 1))
    return _year_of(later.order_by("published_at").only("published_at").first())


def years() -> list[int]:
    """Every year from the first published story's to the latest's, newest first."""
    stories = Article.objects.published().only("published_at")
    first, last = (
        stories.order_by("published_at").first(),
        stories.order_by("-published_at").first(),
    )
    if first is None:
        return []
    return list(range(_year_of(last), _year_of(first) - 1, -1))

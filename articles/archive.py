"""The archive's years, found through the index on (status, published_at, id).

Django turns each year lookup into a range of `published_at` in the site's time zone, and
each answer is the first or last published story on one side of it: the archive costs
the same however many stories it holds.
"""

from django.utils import timezone

from .models import Article

FIRST_YEAR, LAST_YEAR = 1, 9998  # years whose bounds Python's datetime can hold


def published_in(year: int):
    """The published stories of a year, as readers date them (London time)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return Article.objects.none()
    return Article.objects.published().filter(published_at__year=year)


def _year_of(article) -> int | None:
    return timezone.localtime(article.published_at).year if article else None


def year_before(year: int) -> int | None:
    """The latest year before this one with a published story, if any."""
    earlier = Article.objects.published().filter(published_at__year__lt=year)
    return _year_of(earlier.order_by("-published_at").only("published_at").first())


def year_after(year: int) -> int | None:
    """The earliest year after this one with a published story, if any."""
    later = Article.objects.published().filter(published_at__year__gt=year)
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

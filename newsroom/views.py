"""Site-wide pages: inspection ratings and timelines, search, robots.txt, the health check."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, TemplateView
from django_filters.views import FilterView

from articles.ratings import ratings_of, reported_ratings, timeline_of
from entities.filters import InspectionRatingFilter
from entities.grades import with_current_grade
from entities.models import Organisation

from .search import search

SORTABLE = [
    ("organisation", "Organisation"),
    ("judgement_area", "Judgement area"),
    ("grade", "Grade"),
    ("published", "Published"),
]


class SortIdsFirstPaginator(Paginator):
    """Sort only the ids, then load the page's rows with their joins and prefetches.

    The ratings order spans three tables, so the database sorts every rating to find a page;
    sorting narrow id rows instead of full joined rows makes that several times cheaper.
    """

    def _get_page(self, object_list, number, paginator):
        ids = list(object_list.prefetch_related(None).values_list("pk", flat=True))
        rows = {row.pk: row for row in self.object_list.filter(pk__in=ids)}
        return super()._get_page([rows[pk] for pk in ids], number, paginator)


class RatingsView(FilterView):
    """Every rating in a table readers can filter, sort and page through."""

    filterset_class = InspectionRatingFilter
    template_name = "ratings/rating_list.html"
    paginate_by = 25
    paginator_class = SortIdsFirstPaginator
    extra_context = {"nav": "ratings"}

    def get_queryset(self):
        return reported_ratings()

    def get_context_data(self, **kwargs):
        current = self.request.GET.get("o", "")
        columns = [
            {
                "key": key,
                "label": label,
                "order": "descending" if current == f"-{key}" else "ascending",
                "sorted": current.lstrip("-") == key,
                "next": f"-{key}" if current == key else key,
            }
            for key, label in SORTABLE
        ]
        return super().get_context_data(columns=columns, **kwargs)


class TimelineView(DetailView):
    """One organisation's grades over the years: the chart and the table behind it."""

    template_name = "ratings/timeline.html"
    context_object_name = "organisation"
    extra_context = {"nav": "ratings"}

    def get_object(self, queryset=None):
        organisations = with_current_grade(Organisation.objects.all())
        return get_object_or_404(organisations, slug=self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        ratings = ratings_of(self.object)
        return super().get_context_data(ratings=ratings, timeline=timeline_of(ratings), **kwargs)


class SearchView(TemplateView):
    template_name = "search/results.html"
    per_page = 20

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()
        try:
            page = max(1, int(self.request.GET.get("page", "1")))
        except ValueError:
            page = 1
        results = search(query, page=page, per_page=self.per_page) if query else None
        return super().get_context_data(
            query=query,
            results=results,
            first_number=(page - 1) * self.per_page + 1,
            previous_page=page - 1,
            next_page=page + 1,
            **kwargs,
        )


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        sitemap = self.request.build_absolute_uri(reverse("site:sitemap"))
        return super().get_context_data(sitemap=sitemap, **kwargs)


def healthz(request):
    """Answer a fixed string through the whole middleware stack and touch no database.

    Load balancers poll it, and `make bench` measures every page against it.
    """
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")

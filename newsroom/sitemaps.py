"""sitemap.xml: published articles, organisations, people and the ratings pages."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from articles.models import Article
from entities.models import Inspection, Organisation, Person


class ArticleSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Article.objects.published().only("slug", "edited_at").order_by("-published_at")

    def lastmod(self, article):
        return article.edited_at


class OrganisationSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Organisation.objects.only("slug", "edited_at").order_by("name")

    def lastmod(self, organisation):
        return organisation.edited_at


class PersonSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Person.objects.only("slug", "edited_at").order_by("sort_name", "name")

    def lastmod(self, person):
        return person.edited_at


class RatingsSitemap(Sitemap):
    """The ratings table, and each inspected organisation's timeline."""

    changefreq = "weekly"

    def items(self):
        inspected = (
            Organisation.objects.filter(inspections__isnull=False)
            .annotate(last=Max("inspections__ratings__edited_at"))
            .only("slug")
            .order_by("name")
        )
        return [None, *inspected]

    def location(self, organisation):
        if organisation is None:
            return reverse("site:ratings")
        return reverse("site:timeline", kwargs={"slug": organisation.slug})

    def lastmod(self, organisation):
        if organisation is None:
            return Inspection.objects.aggregate(last=Max("ratings__edited_at"))["last"]
        return organisation.last


SITEMAPS = {
    "articles": ArticleSitemap,
    "organisations": OrganisationSitemap,
    "people": PersonSitemap,
    "ratings": RatingsSitemap,
}

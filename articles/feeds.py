"""Atom feeds: the latest published articles, and the latest about one organisation or person."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from entities.models import Organisation, Person

from .models import Article, Mention

ITEMS = 20


class LatestArticlesFeed(Feed):
    feed_type = Atom1Feed
    title = "Newsroom: latest stories"
    subtitle = "The latest stories about the public bodies that run children's services."

    def link(self):
        return reverse("articles:home")

    def items(self):
        return Article.objects.published().select_related("publication")[:ITEMS]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.standfirst

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at or item.published_at

    def item_author_name(self, item):
        return item.byline.removeprefix("By ") or None


class EntityFeed(LatestArticlesFeed):
    """The latest published articles that mention one entity ("follow Ofsted")."""

    model = Organisation

    def get_object(self, request, slug):
        return get_object_or_404(self.model, slug=slug)

    def title(self, entity):
        return f"Newsroom: {entity.name}"

    def subtitle(self, entity):
        return f"The latest stories that mention {entity.name}."

    def link(self, entity):
        return entity.get_absolute_url()

    def items(self, entity):
        mentions = Mention.objects.linked().of(entity)
        return (
            Article.objects.published()
            .filter(pk__in=mentions.values("article"))
            .select_related("publication")[:ITEMS]
        )


class OrganisationFeed(EntityFeed):
    model = Organisation


class PersonFeed(EntityFeed):
    model = Person

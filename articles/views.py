"""Public pages: the home page, articles with linked mentions, and entity pages.

Entity pages live here because they gather articles, and `entities` never imports
`articles`.
"""

from django.db.models import F, Prefetch
from django.http import Http404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_control
from django.views.generic import DetailView, TemplateView

from entities.grades import with_current_grade
from entities.models import Organisation, Person, Role

from . import archive, comentions, keyset, structured_data
from .comentions import co_mentioned, latest_mentioning, mentioned_in, mentioning
from .freshness import (
    article_condition,
    article_state,
    cached_for_readers,
    entity_condition,
    entity_state,
    site_condition,
    site_state,
)
from .models import Article, Mention
from .ratings import ratings_of, recently_graded, timeline_of
from .rendering import passage, rendered_article

# Readers' browsers may keep a page but must ask whether it changed (see freshness.py).
revalidate = method_decorator(cache_control(no_cache=True), name="dispatch")
LISTED = ["headline", "slug", "standfirst", "published_at", "published_precision"]


@revalidate
@method_decorator([site_condition, cached_for_readers(site_state)], name="get")
class HomeView(TemplateView):
    template_name = "articles/home.html"
    stories_per_page = 20
    entities_per_article = 6
    extra_context = {"nav": "latest"}

    def get_context_data(self, **kwargs):
        articles = Article.objects.published().only(*LISTED)
        page = keyset.keyset_page(articles, self.request.GET, self.stories_per_page)
        mentioned = mentioned_in(page, self.entities_per_article)
        for article in page:
            article.entities = mentioned.get(article.pk, [])
        return super().get_context_data(
            articles=page, page_obj=page, graded_organisations=recently_graded(), **kwargs
        )


@revalidate
@method_decorator([site_condition, cached_for_readers(site_state)], name="get")
class ArchiveView(TemplateView):
    """The years from the first published story to the latest, newest first.

    Two indexed lookups, however many stories there are: no count per year.
    """

    template_name = "articles/archive.html"
    extra_context = {"nav": "archive"}

    def get_context_data(self, **kwargs):
        return super().get_context_data(years=archive.years(), **kwargs)


@revalidate
@method_decorator([site_condition, cached_for_readers(site_state)], name="get")
class YearView(TemplateView):
    """One year's stories, newest first, paged by keyset as the home page is."""

    template_name = "articles/archive_year.html"
    stories_per_page = 50
    extra_context = {"nav": "archive"}

    def get_context_data(self, **kwargs):
        year = self.kwargs["year"]
        stories = archive.published_in(year).only(*LISTED)
        page = keyset.keyset_page(stories, self.request.GET, self.stories_per_page)
        if not page.items and year not in archive.years():
            raise Http404("No stories that year.")
        return super().get_context_data(
            articles=page,
            page_obj=page,
            previous_year=archive.year_before(year),
            next_year=archive.year_after(year),
            **kwargs,
        )


@revalidate
@method_decorator(
    [article_condition, cached_for_readers(article_state)],
    name="get",
)
class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return (
            Article.objects.visible_to(self.request.user)
            .select_related("publication")
            .prefetch_related("authors")
        )

    def get_context_data(self, **kwargs):
        validator, _ = article_state(self.request, self.object.slug)
        rendered = rendered_article(self.object, validator, self.request.build_absolute_uri)
        return super().get_context_data(
            standfirst_html=rendered.standfirst,
            body_html=rendered.body,
            in_this_article=rendered.entities,
            structured_data=rendered.structured_data,
            **kwargs,
        )


class EntityDetailView(DetailView):
    """An entity with every published article that mentions it, and the passages."""

    articles_per_page = 20

    def mentioning_articles(self, entity, latest: list[int]):
        """A keyset page of the articles that mention it, each with its passages.

        The first page is the head of `latest` (the entity's latest article ids, read once
        for co-mentions too); a later one is a subquery. Either way one query reads the
        page's mentions with their articles, however many articles mention the entity.
        """
        params, size = self.request.GET, self.articles_per_page
        if params.get("before") or params.get("after"):
            page_ids = keyset.ordered(mentioning(entity), params).values("pk")[: size + 1]
        else:
            page_ids = latest[: size + 1]
        mentions = (
            Mention.objects.linked()
            .of(entity)
            .filter(article__in=page_ids)
            .select_related("article")
            .only(
                *("article", "field", "start", "end", "text", "organisation", "person"),
                *(f"article__{name}" for name in ["headline", "slug", "standfirst", "body"]),
                "article__published_at",
            )
        )
        articles = {}
        for mention in mentions:
            articles.setdefault(mention.article_id, (mention.article, []))[1].append(mention)
        newest_first = not params.get("after")
        rows = sorted(
            (article for article, _ in articles.values()),
            key=lambda a: (a.published_at, a.pk),
            reverse=newest_first,
        )
        for article in rows:
            here = sorted(articles[article.pk][1], key=lambda m: (m.field != "standfirst", m.start))
            article.passages = [passage(article.text_of(m.field), m) for m in here]
        return keyset.page_of(rows, params, size)

    def get_context_data(self, **kwargs):
        entity = self.object
        latest = latest_mentioning(entity, max(comentions.WINDOW, self.articles_per_page + 1))
        return super().get_context_data(
            page_obj=self.mentioning_articles(entity, latest),
            co_mentions=co_mentioned(entity, latest=latest[: comentions.WINDOW]),
            co_mention_window=comentions.WINDOW,
            feed_url=self.feed_url(entity),
            **kwargs,
        )


def entity_cache(model):
    return cached_for_readers(lambda request, slug: entity_state(request, model, slug))


@revalidate
@method_decorator([entity_condition(Organisation), entity_cache(Organisation)], name="get")
class OrganisationDetailView(EntityDetailView):
    template_name = "entities/organisation_detail.html"
    context_object_name = "organisation"

    def get_queryset(self):
        roles = Role.objects.select_related("person").order_by(
            F("start_date").asc(nulls_last=True), "person__sort_name", "title"
        )
        return with_current_grade(
            Organisation.objects.select_related("parent", "successor", "founded_by")
        ).prefetch_related(
            "children",
            "predecessors",
            "founded",
            "aliases",
            Prefetch("roles", roles),
            Prefetch("roles__source", Article.objects.published()),
        )

    def feed_url(self, organisation):
        return reverse("entities:organisation_feed", kwargs={"slug": organisation.slug})

    def get_context_data(self, **kwargs):
        organisation = self.object
        ratings = ratings_of(organisation)
        absolute = self.request.build_absolute_uri
        return super().get_context_data(
            ratings=ratings,
            timeline=timeline_of(ratings),
            structured_data=structured_data.organisation_data(organisation, absolute),
            **kwargs,
        )


@revalidate
@method_decorator([entity_condition(Person), entity_cache(Person)], name="get")
class PersonDetailView(EntityDetailView):
    template_name = "entities/person_detail.html"
    context_object_name = "person"

    articles_written = 20  # the latest; a staff reporter writes thousands

    def get_queryset(self):
        roles = Role.objects.select_related("organisation").order_by(
            F("start_date").asc(nulls_last=True), "title"
        )
        written = Article.objects.published().only("headline", "slug", "published_at")
        return Person.objects.prefetch_related(
            "aliases",
            Prefetch("roles", roles),
            Prefetch("roles__source", Article.objects.published()),
            Prefetch(
                "articles_written", written[: self.articles_written], to_attr="latest_written"
            ),
        )

    def feed_url(self, person):
        return reverse("entities:person_feed", kwargs={"slug": person.slug})

    def get_context_data(self, **kwargs):
        absolute = self.request.build_absolute_uri
        return super().get_context_data(
            structured_data=structured_data.person_data(self.object, absolute), **kwargs
        )

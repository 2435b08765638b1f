"""Public pages: the home page, articles with linked mentions, and entity pages.

Entity pages live here because they gather articles, and `entities` never imports
`articles`.
"""

from collections import Counter

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import F, Prefetch
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_control
from django.views.generic import DetailView, ListView

from entities.grades import with_current_grade
from entities.models import Organisation, Person, Role

from . import structured_data
from .comentions import co_mentioned, mentioned_in
from .freshness import article_condition, entity_condition
from .models import Article, Mention
from .ratings import ratings_of, timeline_of
from .rendering import passage, render_paragraphs

# Readers' browsers may keep a page but must ask whether it changed (see freshness.py).
revalidate = method_decorator(cache_control(no_cache=True), name="dispatch")
LINKED = Mention.objects.linked().select_related("organisation", "person")


class HomeView(ListView):
    template_name = "articles/home.html"
    context_object_name = "articles"
    paginate_by = 20
    entities_per_article = 6
    extra_context = {"nav": "latest"}

    def get_queryset(self):
        return Article.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        articles = context["articles"]
        mentioned = mentioned_in(articles, self.entities_per_article)
        for article in articles:
            article.entities = mentioned.get(article.pk, [])
        graded = with_current_grade(Organisation.objects.only("name", "slug", "kind"))
        context["graded_organisations"] = graded.filter(current_grade__isnull=False)
        return context


@revalidate
@method_decorator(article_condition, name="get")
class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return (
            Article.objects.visible_to(self.request.user)
            .select_related("publication")
            .prefetch_related("authors", Prefetch("mentions", LINKED, to_attr="linked"))
        )

    def get_context_data(self, **kwargs):
        article = self.object
        by_field = {field: [] for field in Mention.Field.values}
        for mention in article.linked:
            by_field[mention.field].append(mention)
        counts = Counter(m.entity for m in article.linked)
        # Standfirst then body, sharing one set, so "first" means first in the article.
        linked = set() if settings.MENTION_LINKS == "first" else None
        standfirst = render_paragraphs(article.standfirst, by_field["standfirst"], linked=linked)
        body = render_paragraphs(article.body, by_field["body"], linked=linked)
        return super().get_context_data(
            standfirst_html=standfirst,
            body_html=body,
            in_this_article=counts.most_common(),
            structured_data=structured_data.article_data(
                article, article.linked, self.request.build_absolute_uri
            ),
            **kwargs,
        )


class EntityDetailView(DetailView):
    """An entity with every published article that mentions it, and the passages."""

    articles_per_page = 20

    def mentioning_articles(self, entity):
        key = "person" if isinstance(entity, Person) else "organisation"
        mentions = Mention.objects.linked().filter(**{key: entity})
        articles = (
            Article.objects.published()
            .filter(mentions__in=mentions)
            .distinct()
            .prefetch_related(Prefetch("mentions", mentions, to_attr="here"))
        )
        page = Paginator(articles, self.articles_per_page).get_page(self.request.GET.get("page"))
        for article in page:
            here = sorted(article.here, key=lambda m: (m.field != "standfirst", m.start))
            article.passages = [passage(article.text_of(m.field), m) for m in here]
        return page

    def get_context_data(self, **kwargs):
        entity = self.object
        return super().get_context_data(
            page_obj=self.mentioning_articles(entity),
            co_mentions=co_mentioned(entity),
            feed_url=self.feed_url(entity),
            **kwargs,
        )


@revalidate
@method_decorator(entity_condition(Organisation), name="get")
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
@method_decorator(entity_condition(Person), name="get")
class PersonDetailView(EntityDetailView):
    template_name = "entities/person_detail.html"
    context_object_name = "person"

    def get_queryset(self):
        roles = Role.objects.select_related("organisation").order_by(
            F("start_date").asc(nulls_last=True), "title"
        )
        return Person.objects.prefetch_related(
            "aliases",
            Prefetch("roles", roles),
            Prefetch("roles__source", Article.objects.published()),
            Prefetch("articles_written", Article.objects.published()),
        )

    def feed_url(self, person):
        return reverse("entities:person_feed", kwargs={"slug": person.slug})

    def get_context_data(self, **kwargs):
        absolute = self.request.build_absolute_uri
        return super().get_context_data(
            structured_data=structured_data.person_data(self.object, absolute), **kwargs
        )

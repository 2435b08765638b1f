"""The API for articles and the mentions of organisations and people found in them.

Anonymous readers see published articles only, by every route; editors and reporters (who
hold `articles.view_draft`) see drafts too. Writing an article or a mention re-links the
article, as saving it in the admin does.
"""

from copy import copy
from datetime import UTC, datetime

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch, Q, Value
from django.utils import timezone
from django_filters import rest_framework as filters
from drf_spectacular.utils import (
    OpenApiExample,
    extend_schema,
    extend_schema_view,
)
from rest_framework import permissions, serializers, status
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from entities.api import SlugsFilter, one_entity_field, require_one_entity
from entities.models import Organisation, Person
from newsroom.api.base import (
    BooleanFilter,
    EditorialViewSet,
    ModelSerializer,
    OrderingFilter,
    PageLinkField,
    Strict,
    StrictSerializer,
)

from . import ingest, workflow
from .mentions import relink
from .models import Article, Mention
from .rendering import render_paragraphs

# Far enough apart for any article; near enough that local time is defined at both ends.
EARLIEST, LATEST = datetime(1000, 1, 1, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC)
MAX_MENTION_LENGTH = Mention._meta.get_field("text").max_length
ARTICLE_TEXT = [f"article__{name}" for name in ("body", "standfirst", "captions", "removed_text")]
ENTITY_TEXT = ["organisation__description", "person__description"]
PLACEHOLDER = "entity-slug-placeholder"  # a slug, so it survives reversing unescaped


def linked_mentions():
    return Mention.objects.linked().select_related("organisation", "person")


def listed_mentions():
    """Linked mentions with only what a list shows of them: where they are and who they name."""
    return linked_mentions().only(
        "article_id",
        "field",
        "start",
        "organisation__name",
        "organisation__slug",
        "person__name",
        "person__slug",
    )


def naming(*slugs: str, kinds=("organisation", "person")) -> dict[str, Q]:
    """For each slug, the condition on a mention that it names that organisation or person.

    The ids are looked up first, in one query: a condition on an id lets the planner use the
    (entity, article) index and estimate how common the entity is, where a join on the slug
    through an OR of two tables scans every mention.
    """
    models = {"organisation": Organisation, "person": Person}
    found = {slug: Q(pk__in=[]) for slug in slugs}
    lookups = [
        models[kind]
        .objects.filter(slug__in=slugs)
        .order_by()
        .values_list("slug", "pk", Value(kind))
        for kind in kinds
    ]
    for slug, pk, kind in lookups[0].union(*lookups[1:], all=True).order_by():
        found[slug] |= Q(**{f"{kind}_id": pk})
    return found


def mentioning(condition: Q):
    """The articles with a linked mention that meets the condition (see `naming`)."""
    return Mention.objects.linked().filter(condition).values("article")


class EntitySerializer(serializers.Serializer):
    """An organisation or person, as it appears beside the articles that mention it."""

    type = serializers.ChoiceField(choices=["organisation", "person"], read_only=True)
    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True)
    url = serializers.URLField(read_only=True, help_text="The entity in this API.")
    page = serializers.URLField(read_only=True, help_text="The entity's public page.")

    def to_representation(self, entity):
        kind = "person" if isinstance(entity, Person) else "organisation"
        api, page = self.addresses(kind)
        return {
            "type": kind,
            "slug": entity.slug,
            "name": entity.name,
            "url": api.replace(PLACEHOLDER, entity.slug),
            "page": page.replace(PLACEHOLDER, entity.slug),
        }

    def addresses(self, kind: str) -> tuple[str, str]:
        """The API and page addresses of an entity of this kind, with a placeholder slug.

        A list names hundreds of entities; reversing each address once per request rather
        than once per entity takes most of the time out of serializing it.
        """
        cache = self.context.setdefault("entity_addresses", {})
        if kind not in cache:
            request, model = self.context["request"], Person if kind == "person" else Organisation
            api = reverse(f"{kind}-detail", kwargs={"slug": PLACEHOLDER}, request=request)
            page = request.build_absolute_uri(model(slug=PLACEHOLDER).get_absolute_url())
            cache[kind] = (api, page)
        return cache[kind]


class SpanSerializer(serializers.ModelSerializer):
    """A mention as a span of one field of the article."""

    url = serializers.HyperlinkedIdentityField(view_name="mention-detail")
    entity = EntitySerializer(read_only=True)

    class Meta:
        model = Mention
        fields = ["id", "url", "field", "start", "end", "text", "entity"]


class LinkedEntitiesField(serializers.ListField):
    """The distinct entities an article's linked mentions name, in order of first mention."""

    child = EntitySerializer()

    def __init__(self, **kwargs):
        super().__init__(source="linked", read_only=True, **kwargs)

    def to_representation(self, mentions):
        entities = {}
        for mention in sorted(mentions, key=lambda m: (m.field != "standfirst", m.start)):
            entities.setdefault(mention.entity, None)
        return super().to_representation(list(entities))


# Articles


class ArticleFilter(filters.FilterSet):
    mentions = SlugsFilter(
        method="mentioning_all",
        help_text="Articles that mention this organisation or person (slug). Repeat it for "
        "articles that mention all of them: `?mentions=ofsted&mentions=doncaster-council`.",
    )
    organisation = filters.CharFilter(
        method="mentioning_organisation", help_text="Articles that mention this organisation."
    )
    person = filters.CharFilter(
        method="mentioning_person", help_text="Articles that mention this person."
    )
    publication = filters.CharFilter(
        field_name="publication__slug", help_text="Articles from this publication (slug)."
    )
    published_after = filters.DateFilter(
        field_name="published_at__date", lookup_expr="gte", help_text="Published on or after."
    )
    published_before = filters.DateFilter(
        field_name="published_at__date", lookup_expr="lte", help_text="Published on or before."
    )
    status = filters.MultipleChoiceFilter(
        choices=Article.Status.choices,
        help_text="Editorial status; only editors and reporters see anything but published.",
    )
    q = filters.CharFilter(
        method="search", help_text="Words in the headline, standfirst or body (case-insensitive)."
    )
    ordering = OrderingFilter(fields=["published_at", "headline", "edited_at"])

    class Meta:
        model = Article
        fields = []

    def mentioning_all(self, queryset, name, slugs):
        for condition in naming(*slugs).values():
            queryset = queryset.filter(pk__in=mentioning(condition))
        return queryset

    def mentioning_organisation(self, queryset, name, slug):
        condition = naming(slug, kinds=["organisation"])[slug]
        return queryset.filter(pk__in=mentioning(condition))

    def mentioning_person(self, queryset, name, slug):
        condition = naming(slug, kinds=["person"])[slug]
        return queryset.filter(pk__in=mentioning(condition))

    def search(self, queryset, name, words):
        return queryset.filter(
            Q(headline__icontains=words) | Q(standfirst__icontains=words) | Q(body__icontains=words)
        )


class ArticleSummarySerializer(ModelSerializer):
    """An article in a list: headline, standfirst, dates and the entities it names."""

    url = serializers.HyperlinkedIdentityField(view_name="article-detail", lookup_field="slug")
    authors = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    publication = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    entities = LinkedEntitiesField(help_text="The organisations and people it mentions.")
    page = PageLinkField()

    class Meta:
        model = Article
        fields = [
            "url",
            "slug",
            "headline",
            "standfirst",
            "byline",
            "authors",
            "publication",
            "status",
            "published_at",
            "published_precision",
            "updated_at",
            "entities",
            "page",
        ]


class ArticleSerializer(StrictSerializer):
    """An article: its text, its mentions as spans, its body as linked HTML."""

    url = serializers.HyperlinkedIdentityField(view_name="article-detail", lookup_field="slug")
    authors = serializers.SlugRelatedField(
        slug_field="slug",
        many=True,
        required=False,
        queryset=Person.objects.all(),
        help_text="The people who wrote it (slugs).",
    )
    publication = serializers.SlugRelatedField(
        slug_field="slug",
        required=False,
        allow_null=True,
        queryset=Organisation.objects.filter(kind=Organisation.Kind.PUBLISHER),
        help_text="The publisher (slug of an organisation of kind publisher).",
    )
    status = serializers.ChoiceField(
        choices=Article.Status.choices,
        required=False,
        help_text="Reporters move drafts to in_review and back; publishing, withdrawing and "
        "sending back need the publish permission (editors), and a move the workflow does "
        "not allow is a 403. A new article is a draft unless it says otherwise; publishing "
        "without `published_at` publishes now.",
    )
    standfirst_html = serializers.SerializerMethodField(
        help_text="The standfirst as HTML paragraphs, each mention a link."
    )
    body_html = serializers.SerializerMethodField(
        help_text="The body as HTML paragraphs, each mention a link to its entity's page."
    )
    mentions = SpanSerializer(
        source="linked",
        many=True,
        read_only=True,
        help_text="Each linked mention as a span of the standfirst or body.",
    )
    entities = LinkedEntitiesField(help_text="The organisations and people it mentions.")
    page = PageLinkField()

    class Meta:
        model = Article
        fields = [
            "url",
            "slug",
            "headline",
            "standfirst",
            "body",
            "byline",
            "authors",
            "publication",
            "status",
            "published_at",
            "published_precision",
            "updated_at",
            "captions",
            "source_url",
            "standfirst_html",
            "body_html",
            "mentions",
            "entities",
            "page",
            "created_at",
            "edited_at",
        ]

    def get_standfirst_html(self, article) -> str:
        return render_paragraphs(article.standfirst, self.mentions_in(article, "standfirst"))

    def get_body_html(self, article) -> str:
        return render_paragraphs(article.body, self.mentions_in(article, "body"))

    @staticmethod
    def mentions_in(article, field):
        return [m for m in article.linked if m.field == field]

    def validate(self, attrs):
        old = self.instance.status if self.instance else None
        new = attrs.get("status", old or Article.Status.DRAFT)
        workflow.check_move(self.context["request"].user, old, new)
        for name in ("published_at", "updated_at"):
            moment = attrs.get(name)
            if moment and not EARLIEST <= moment < LATEST:
                raise serializers.ValidationError(
                    {name: [f"Give a time from the year {EARLIEST.year} to {LATEST.year - 1}."]}
                )
        published_at = attrs.get("published_at", getattr(self.instance, "published_at", None))
        if new == Article.Status.PUBLISHED and published_at is None:
            attrs["published_at"] = published_at = timezone.now()
        updated_at = attrs.get("updated_at", getattr(self.instance, "updated_at", None))
        if published_at and updated_at and updated_at < published_at:
            raise serializers.ValidationError(
                {"updated_at": ["An article cannot be updated before it was published."]}
            )
        return attrs


ARTICLE_EXAMPLE = {
    "slug": "council-services-improve",
    "headline": "Council's children's services improve",
    "standfirst": "Ofsted says the service is now good.",
    "body": "Ofsted inspectors found the service had improved.\n\nThe council welcomed it.",
    "status": "draft",
}


@extend_schema_view(
    list=extend_schema(
        summary="List articles",
        description="Articles, newest first. Anonymous readers see published articles "
        "only. “Every article that mentions both Ofsted and Doncaster Children's Services "
        "Trust, newest first” is one request: "
        "`?mentions=ofsted&mentions=doncaster-childrens-services-trust&ordering=-published_at`.",
    ),
    retrieve=extend_schema(
        summary="An article with its mentions",
        description="The plain text, each mention as a span (field, start, end, text, "
        "entity), the body rendered as HTML with each mention a link, and the entities it "
        "names. Send the ETag back in If-None-Match for a 304, or in If-Match on a write "
        "for a 412 if someone changed it meanwhile.",
    ),
    create=extend_schema(
        summary="Write an article",
        description="Reporters and editors. The article is linked at once: its mentions "
        "are in the response. Only editors may publish.",
        examples=[OpenApiExample("A draft", value=ARTICLE_EXAMPLE, request_only=True)],
    ),
    update=extend_schema(summary="Replace an article (relinks it)"),
    partial_update=extend_schema(
        summary="Change an article (relinks it)",
        examples=[
            OpenApiExample(
                "Publish now (editors)", value={"status": "published"}, request_only=True
            )
        ],
    ),
    destroy=extend_schema(summary="Delete an article (editors)"),
)
class ArticleViewSet(EditorialViewSet):
    """Articles, with their mentions of organisations and people."""

    filterset_class = ArticleFilter
    lookup_field = "slug"

    def get_serializer_class(self):
        return ArticleSummarySerializer if self.action == "list" else ArticleSerializer

    def get_queryset(self):
        mentions = listed_mentions() if self.action == "list" else linked_mentions()
        return (
            Article.objects.visible_to(self.request.user)
            .select_related("publication")
            .prefetch_related("authors", Prefetch("mentions", mentions, to_attr="linked"))
            .order_by("-published_at", "-pk")
        )

    def etag_related(self, article):
        return [*article.linked, *{m.entity for m in article.linked}]

    def perform_create(self, serializer):
        self.relink(serializer.save(**self.move(serializer)))

    def perform_update(self, serializer):
        self.relink(serializer.save(**self.move(serializer)))

    def move(self, serializer) -> dict:
        """Who moved the article to its status and when, as the admin records it."""
        previous = serializer.instance.status if serializer.instance else None
        article = copy(serializer.instance) if serializer.instance else Article()
        article.status = serializer.validated_data.get("status", previous or article.status)
        workflow.record_move(article, previous, self.request.user)
        return {
            "status_changed_at": article.status_changed_at,
            "status_changed_by": article.status_changed_by,
        }

    @staticmethod
    def relink(article):
        """Re-link the saved article, as the admin does, and show the mentions it now has."""
        relink(article)
        article.linked = list(linked_mentions().filter(article=article))


# Mentions


class MentionFilter(filters.FilterSet):
    article = filters.CharFilter(field_name="article__slug", help_text="Mentions in this article.")
    entity = filters.CharFilter(
        method="of_entity", help_text="Mentions of this organisation or person (slug)."
    )
    field = filters.MultipleChoiceFilter(choices=Mention.Field.choices)
    origin = filters.MultipleChoiceFilter(choices=Mention.Origin.choices)
    rejected = BooleanFilter(help_text="Rejected mentions are shown only to editors and reporters.")
    ordering = OrderingFilter(fields=["start", "id"])

    class Meta:
        model = Mention
        fields = []

    def of_entity(self, queryset, name, slug):
        return queryset.filter(naming(slug)[slug])


class MentionSerializer(StrictSerializer):
    """One mention of an organisation or person: a span of an article's standfirst or body."""

    url = serializers.HyperlinkedIdentityField(view_name="mention-detail")
    article = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Article.objects.all(),
        help_text="The article (slug); fixed once the mention exists.",
    )
    organisation = one_entity_field(Organisation, "person")
    person = one_entity_field(Person, "organisation")
    entity = EntitySerializer(read_only=True)
    page = PageLinkField(help_text="The mention on the article's public page.")

    class Meta:
        model = Mention
        fields = [
            "id",
            "url",
            "article",
            "field",
            "start",
            "end",
            "text",
            "organisation",
            "person",
            "entity",
            "origin",
            "rejected",
            "page",
        ]
        read_only_fields = ["text", "origin"]
        validators = []  # one mention per start is part of the overlap check in validate()

    def get_fields(self):
        fields = super().get_fields()
        fields["article"].queryset = Article.objects.visible_to(self.context["request"].user)
        return fields

    def validate(self, attrs):
        """The span must lie inside its field and overlap no other mention (Mention.clean)."""
        if self.instance and attrs.get("article", self.instance.article) != self.instance.article:
            raise serializers.ValidationError(
                {"article": ["A mention stays in its article: add a new one instead."]}
            )
        require_one_entity(attrs, self.instance)
        mention = copy(self.instance) if self.instance else Mention()
        for name, value in attrs.items():
            setattr(mention, name, value)
        if mention.start is None or mention.end is None:
            raise serializers.ValidationError({"start": ["Give the span's start and end."]})
        if mention.end <= mention.start:
            raise serializers.ValidationError({"end": ["A span ends after it starts."]})
        if mention.end - mention.start > MAX_MENTION_LENGTH:
            raise serializers.ValidationError(
                {"end": [f"A mention is at most {MAX_MENTION_LENGTH} characters long."]}
            )
        if "start" in attrs or "end" in attrs or "field" in attrs:
            mention.text = ""  # Mention.clean() takes the words from the new span
        try:
            mention.clean()
        except DjangoValidationError as error:
            raise serializers.ValidationError(serializers.as_serializer_error(error)) from error
        attrs["text"] = mention.text
        return attrs


@extend_schema_view(
    list=extend_schema(
        summary="List mentions",
        description="Every linked mention in the articles you may see, by article and "
        "position. Filter by article or entity: `?entity=ofsted`.",
    ),
    create=extend_schema(
        summary="Add a mention the linker missed (editors)",
        description="Give the article, the field, the span and the entity; the text is "
        "taken from the span. A span outside the field, or overlapping another mention, "
        "is a 400 that says why. The mention is the editor's: re-linking keeps it.",
        examples=[
            OpenApiExample(
                "A missed name",
                value={
                    "article": "council-services-improve",
                    "field": "body",
                    "start": 0,
                    "end": 6,
                    "organisation": "ofsted",
                },
                request_only=True,
            )
        ],
    ),
    partial_update=extend_schema(
        summary="Reject or correct a mention (editors)",
        description='`{"rejected": true}` rejects a wrong mention; re-linking keeps it '
        "rejected. Any change makes the mention the editor's.",
        examples=[OpenApiExample("Reject", value={"rejected": True}, request_only=True)],
    ),
)
class MentionViewSet(EditorialViewSet):
    """Mentions of organisations and people in articles. Reject a wrong one rather than
    delete it: the linker would find it again."""

    serializer_class = MentionSerializer
    filterset_class = MentionFilter
    http_method_names = ["get", "post", "put", "patch", "head", "options"]

    def get_queryset(self):
        user = self.request.user
        mentions = Mention.objects.filter(article__in=Article.objects.visible_to(user))
        if not user.has_perm("articles.view_draft"):
            mentions = mentions.linked()
        # By article and position: the order of the (article, field, start) unique index,
        # so a page anywhere in a million mentions is an index range.
        mentions = mentions.select_related("article", "organisation", "person")
        if self.action == "list":  # not the articles' text, only their slugs
            mentions = mentions.defer(*ARTICLE_TEXT).defer(*ENTITY_TEXT)
        return mentions.order_by("article_id", "field", "start", "pk")

    def perform_create(self, serializer):
        relink(serializer.save(origin=Mention.Origin.EDITOR).article)

    def perform_update(self, serializer):
        relink(serializer.save(origin=Mention.Origin.EDITOR).article)


# Importing raw copy


class CanImport(permissions.BasePermission):
    """Signed in with permission to add articles (publishing is checked on import)."""

    def has_permission(self, request, view):
        return request.user.has_perm("articles.add_article")


class ArticleImportSerializer(Strict, serializers.Serializer):
    """Raw copy to import, as `import_articles` reads it."""

    text = serializers.CharField(
        max_length=2_000_000,
        trim_whitespace=False,
        help_text="The article in the seed format (headline first), or JSON Lines.",
    )
    name = serializers.CharField(
        max_length=200, default="api", help_text="A name for the source, used in messages."
    )
    publish = serializers.BooleanField(default=False, help_text="Publish (editors only).")
    update = serializers.BooleanField(default=False, help_text="Replace an earlier import.")
    dry_run = serializers.BooleanField(default=False, help_text="Show the result; save nothing.")


class ImportResultSerializer(serializers.Serializer):
    """What became of one imported article."""

    outcome = serializers.ChoiceField(choices=["imported", "updated", "duplicate", "failed"])
    article = serializers.CharField(allow_null=True, help_text="The article's slug.")
    error = serializers.CharField(allow_blank=True)
    mentions = serializers.IntegerField(help_text="Mentions the linker found.")
    unresolved = serializers.ListField(child=serializers.CharField())


class ArticleImportView(APIView):
    """Import raw copy: cleaned, dated, de-duplicated and linked, as `import_articles` does."""

    permission_classes = [CanImport]

    @extend_schema(
        summary="Import raw articles",
        request=ArticleImportSerializer,
        responses={
            201: ImportResultSerializer(many=True),
            200: ImportResultSerializer(many=True),
        },
    )
    def post(self, request):
        serializer = ArticleImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        options = serializer.validated_data
        results = ingest.import_source(
            options["text"],
            name=options["name"],
            publish=options["publish"],
            update=options["update"],
            dry_run=options["dry_run"],
            user=request.user,
        )
        if not all(result.ok for result in results):
            raise serializers.ValidationError({"text": [r.error for r in results if not r.ok]})
        rows = [
            {
                "outcome": result.status,
                "article": result.article.slug if result.article and not result.dry_run else None,
                "error": result.error,
                "mentions": result.mentions,
                "unresolved": result.unresolved,
            }
            for result in results
        ]
        created = any(r.status == "imported" for r in results) and not options["dry_run"]
        return Response(rows, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)

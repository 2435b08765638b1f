"""The API's addresses: /api/ lists the resources, /api/v1/ serves them, /api/schema/ and
/api/docs/ describe them. A new version gets its own namespace beside v1."""

from django.urls import include, path, re_path
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from drf_spectacular.utils import OpenApiResponse, extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import routers
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.parsers import JSONParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.throttling import AnonRateThrottle, ScopedRateThrottle
from rest_framework.views import APIView

from articles.api import ArticleImportView, ArticleViewSet, MentionViewSet
from entities.api import (
    AliasViewSet,
    InspectionRatingViewSet,
    InspectionViewSet,
    OrganisationViewSet,
    PersonViewSet,
    RoleViewSet,
)

from .errors import not_found

router = routers.SimpleRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("mentions", MentionViewSet, basename="mention")
router.register("organisations", OrganisationViewSet, basename="organisation")
router.register("people", PersonViewSet, basename="person")
router.register("aliases", AliasViewSet, basename="alias")
router.register("roles", RoleViewSet, basename="role")
router.register("inspections", InspectionViewSet, basename="inspection")
router.register("ratings", InspectionRatingViewSet, basename="rating")

RESOURCES = {
    "type": "object",
    "additionalProperties": {"type": "string", "format": "uri"},
    "description": "Each resource's name and address, and the token, schema and docs pages.",
}


class ApiRootView(APIView):
    """The Newsroom API: articles and the organisations and people they mention, their posts
    and inspection ratings. Reading is open; writing needs an editor's or reporter's account."""

    permission_classes = [AllowAny]

    @extend_schema(
        summary="List the resources",
        responses={200: OpenApiResponse(RESOURCES, "The resources, by name.")},
    )
    def get(self, request, format=None):
        links = {
            prefix: reverse(f"{basename}-list", request=request)
            for prefix, _, basename in router.registry
        }
        links["token"] = reverse("token", request=request)
        links["schema"] = request.build_absolute_uri(reverse("api-schema"))
        links["docs"] = request.build_absolute_uri(reverse("api-docs"))
        return Response(links)


@extend_schema(
    summary="Get a token",
    description="Exchange a username and password for the account's API token, then send it "
    "as `Authorization: Bearer <token>`. The same token is returned each time.",
)
class TokenView(ObtainAuthToken):
    authentication_classes = []
    parser_classes = [JSONParser]  # JSON, like every other write in the API
    # Password guessing through the API is slowed as logins are: a few tries a minute.
    throttle_classes = [AnonRateThrottle, ScopedRateThrottle]
    throttle_scope = "token"


# Swagger UI styles its widgets with inline style attributes; its scripts stay same-origin.
DOCS_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "frame-ancestors": [CSP.NONE],
}
docs = csp_override(DOCS_CSP)(SpectacularSwaggerSplitView.as_view(url_name="api-schema"))

v1 = [
    path("", ApiRootView.as_view(), name="root"),
    *router.urls,
    path("auth/token/", TokenView.as_view(), name="token"),
    path("imports/", ArticleImportView.as_view(), name="import"),
]

urlpatterns = [
    path("", ApiRootView.as_view(), name="api-root"),
    path("v1/", include((v1, "v1"))),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", docs, name="api-docs"),
    re_path(r"^", not_found),
]

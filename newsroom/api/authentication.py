"""How API clients sign in (a module of its own: DRF imports it while loading its views)."""

from rest_framework.authentication import TokenAuthentication


class BearerTokenAuthentication(TokenAuthentication):
    """DRF's API token, sent the standard way: `Authorization: Bearer <token>`."""

    keyword = "Bearer"

"""Conditional requests: entity tags on detail resources, 304 Not Modified and 412 on a stale write.

An API client that sends back the tag it read in `If-Match` gets optimistic locking: its write
fails with 412 if anyone changed the record since.
"""

import hashlib
from collections.abc import Iterable

from django.db import models
from django.utils.http import parse_etags, quote_etag
from rest_framework import status
from rest_framework.exceptions import APIException


class NotModified(APIException):
    status_code = status.HTTP_304_NOT_MODIFIED
    default_detail = "Not modified."


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = (
        "The record has changed since you read it (If-Match does not match its ETag). "
        "Fetch it again and reapply your change."
    )
    default_code = "precondition_failed"


def version_of(row: models.Model) -> str:
    """What changes whenever the row does: its version counter (entities.versioning), else its
    edit time, else (a row with neither, such as a mention) its fields."""
    if getattr(row, "version", None) is not None:
        return f"v{row.version}"
    if getattr(row, "edited_at", None) is not None:
        return row.edited_at.isoformat()
    return repr([getattr(row, field.attname) for field in row._meta.concrete_fields])


def etag_for(instance: models.Model, related: Iterable[models.Model] = ()) -> str:
    """The strong entity tag of a record and the rows shown with it (tags are made only here)."""
    digest = hashlib.sha256()
    for row in [instance, *related]:
        digest.update(f"{row._meta.label_lower}:{row.pk}:{version_of(row)};".encode())
    return quote_etag(digest.hexdigest()[:32])


def matches(header: str | None, tag: str) -> bool:
    """Whether an If-Match or If-None-Match header names the tag (strong comparison)."""
    return bool(header) and any(t in {"*", tag} for t in parse_etags(header))


class ConditionalMixin:
    """Adds ETag, If-None-Match (304) and If-Match (412) to a ModelViewSet's detail routes."""

    def etag_related(self, instance) -> Iterable[models.Model]:
        """Rows shown with the record whose changes must change its tag; none by default."""
        return ()

    def get_object(self):
        instance = self.object = super().get_object()
        self.etag = etag_for(instance, self.etag_related(instance))
        headers = self.request.headers
        if self.request.method in {"GET", "HEAD"}:
            if matches(headers.get("If-None-Match"), self.etag):
                raise NotModified
        elif "If-Match" in headers and not matches(headers["If-Match"], self.etag):
            raise PreconditionFailed
        return instance

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        response["ETag"] = self.etag
        return response

    def update(self, request, *args, **kwargs):
        response = super().update(request, *args, **kwargs)
        fresh = self.get_queryset().get(pk=self.object.pk)
        response["ETag"] = etag_for(fresh, self.etag_related(fresh))
        return response

"""Every API error as JSON with a message: validation, conflicts, stale writes, unknown URLs."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import status
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler as drf_exception_handler

from entities.versioning import StaleVersion

from .conditional import NotModified


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with a record that already exists."
    default_code = "conflict"


def only_codes(codes, allowed: set[str]) -> bool:
    """Whether every error code in DRF's nested code structure is one of `allowed`."""
    if isinstance(codes, dict):
        return all(only_codes(c, allowed) for c in codes.values())
    if isinstance(codes, list):
        return all(only_codes(c, allowed) for c in codes)
    return codes in allowed


def exception_handler(exc, context):
    """DRF's handler, plus 304 without a body, 409 for conflicts and model validation as 400."""
    if isinstance(exc, NotModified):
        return Response(status=exc.status_code, headers={"ETag": context["view"].etag})
    if isinstance(exc, DjangoValidationError):
        exc = ValidationError(as_serializer_error(exc))
    elif isinstance(exc, ProtectedError | RestrictedError):
        names = sorted({str(obj._meta.verbose_name) for obj in exc.protected_objects})
        exc = Conflict(f"Other records still refer to this one ({', '.join(names)}).")
    elif isinstance(exc, StaleVersion):
        exc = Conflict(f"{exc} Fetch it again and reapply your change.")
    elif isinstance(exc, IntegrityError):
        # Validators catch the known rules first; this is a race between two writers.
        exc = Conflict("The change conflicts with a record saved at the same time; try again.")
    elif isinstance(exc, ValidationError) and only_codes(exc.get_codes(), {"unique"}):
        response = drf_exception_handler(exc, context)
        response.status_code = status.HTTP_409_CONFLICT
        return response
    return drf_exception_handler(exc, context)


@csrf_exempt  # a 404 whatever the method: there is nothing here to protect
def not_found(request, *args, **kwargs):
    """A JSON 404 for any URL under /api/ that names no resource."""
    return JsonResponse({"detail": "No API resource at this address."}, status=404)

"""What every resource shares: who may write, strict bodies and filters, keyset paging,
atomic writes."""

from collections.abc import Mapping
from datetime import UTC

import django_filters
from django import forms
from django.db import models, transaction
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import permissions, serializers, viewsets
from rest_framework.exceptions import ValidationError

from .conditional import ConditionalMixin
from .pagination import KeysetPagination


class EditorialPermissions(permissions.DjangoModelPermissionsOrAnonReadOnly):
    """Anyone may read what is public; each write needs the model's add, change or delete
    permission."""


class OrderingFilter(filters.OrderingFilter):
    """django-filter's ordering (unknown fields are a 400), with the primary key as the last
    tie-breaker so equal rows keep one order from page to page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.field_class = type("NonEmptyOrderingField", (self.field_class,), {"clean": clean_some})

    def filter(self, qs, value):
        qs = super().filter(qs, value)
        return qs.order_by(*qs.query.order_by, "pk") if value else qs


def clean_some(field, value):
    """An ordering given as `?ordering=` (or with an empty item) is a mistake, not a request
    for no order."""
    if value is not None and not all(value or [None]):
        raise forms.ValidationError("Give one or more fields to order by.", code="required")
    return super(type(field), field).clean(value)


class StrictBooleanField(forms.Field):
    """true or false; anything else is an error rather than no filter at all."""

    def to_python(self, value):
        if value in (None, ""):
            return None
        if str(value).lower() not in {"true", "false"}:
            raise forms.ValidationError("Give true or false.", code="invalid")
        return str(value).lower() == "true"


class BooleanFilter(django_filters.BooleanFilter):
    """A filter on a boolean field that refuses anything but true or false."""

    field_class = StrictBooleanField


@extend_schema_field(OpenApiTypes.URI)
class PageLinkField(serializers.Field):
    """The full address of a record's public page."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", "The public page.")
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        return self.context["request"].build_absolute_uri(instance.get_absolute_url())


class UTCDateTimeField(serializers.DateTimeField):
    """A moment, shown in UTC (and read in UTC when it carries no offset): unambiguous, and
    free of the odd local offsets of centuries past."""

    def __init__(self, **kwargs):
        kwargs.setdefault("default_timezone", UTC)
        super().__init__(**kwargs)


class ModelSerializer(serializers.ModelSerializer):
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.DateTimeField: UTCDateTimeField,
    }


class Strict:
    # Rejects the fields it does not know or will not write instead of ignoring them, so a
    # misspelt field is an error rather than a silent no-op. (A comment, not a docstring:
    # the schema shows each serializer's own docstring.)

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            writable = {name for name, field in self.fields.items() if not field.read_only}
            errors = {
                name: ["This field is read-only." if name in self.fields else "Unknown field."]
                for name in sorted(set(data) - writable)
            }
            errors |= {
                name: [message]
                for name in sorted(writable & set(data))
                if (message := json_type_error(self.fields[name], data[name]))
            }
            if errors:
                raise ValidationError(errors)
        return super().to_internal_value(data)


class StrictSerializer(Strict, ModelSerializer):
    """A model serializer that refuses unknown fields and values of the wrong JSON type."""


def json_type_error(field: serializers.Field, value) -> str | None:
    """Whether a JSON value is of the type the schema gives the field; DRF would coerce
    `0` to `"0"` or `"2"` to `2`, which would make the schema say one thing and the API
    accept another."""
    if value is None:
        return None  # DRF says whether the field may be null
    if isinstance(field, serializers.ManyRelatedField):
        if not isinstance(value, list):
            return "Expected a list."
        return next(filter(None, (json_type_error(field.child_relation, v) for v in value)), None)
    expected = json_type_of(field)
    if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
        return "A whole number is required."
    if expected is bool and not isinstance(value, bool):
        return "Must be true or false."
    if expected is str and not isinstance(value, str):
        return "Not a valid string."
    return None


def json_type_of(field: serializers.Field) -> type | None:
    """The JSON type the schema documents for a serializer field."""
    if isinstance(field, serializers.ChoiceField):
        keys = list(field.choices)
        return int if keys and all(isinstance(k, int) for k in keys) else str
    if isinstance(field, serializers.BooleanField):
        return bool
    if isinstance(field, serializers.IntegerField | serializers.PrimaryKeyRelatedField):
        return int
    if isinstance(
        field,
        serializers.CharField
        | serializers.SlugRelatedField
        | serializers.DateField
        | serializers.DateTimeField,
    ):
        return str
    return None


class EditorialViewSet(ConditionalMixin, viewsets.ModelViewSet):
    """Read by anyone, written with model permissions, each write in one transaction."""

    permission_classes = [EditorialPermissions]
    pagination_class = KeysetPagination

    def create(self, request, *args, **kwargs):
        with transaction.atomic():
            return super().create(request, *args, **kwargs)

    def update(self, request, *args, **kwargs):
        with transaction.atomic():
            return super().update(request, *args, **kwargs)

    def destroy(self, request, *args, **kwargs):
        with transaction.atomic():
            return super().destroy(request, *args, **kwargs)

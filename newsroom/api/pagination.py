"""Keyset ("cursor") pagination: every page of a list costs what the first one does.

A page ends at a row; the link to the next page carries that row's sort key, and the next
page is the rows that sort after it (`WHERE key > last ORDER BY key LIMIT n`), which an
index on the key answers without reading the rows before it. There is no total count and
no page number: either would scan the table. DRF's own CursorPagination keys on one column
with an offset among equal values; these lists sort on several columns (the ordering a
client chose, then the primary key), some of them nullable or on a related table, so the
whole key is kept, and NULL sorts where PostgreSQL puts it, after every value.
"""

import base64
import binascii
import datetime
import hashlib
import json
import re
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import OrderBy
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination

WHOLE_NUMBER = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Key:
    """One column of a list's sort key: a field path, its direction and where NULLs go."""

    path: str
    descending: bool
    nulls_first: bool
    nullable: bool

    @property
    def expression(self) -> OrderBy:
        nulls = {"nulls_first": True} if self.nulls_first else {"nulls_last": True}
        return OrderBy(F(self.path), descending=self.descending, **nulls)

    def reversed(self) -> "Key":
        return Key(self.path, not self.descending, not self.nulls_first, self.nullable)


def sort_key(queryset: QuerySet) -> list[Key]:
    """The queryset's ordering as keys, ending with the primary key so that it is unique."""
    keys = [key_of(term, queryset) for term in queryset.query.order_by]
    if not keys or keys[-1].path not in {"pk", queryset.model._meta.pk.name}:
        keys.append(Key("pk", descending=False, nulls_first=False, nullable=False))
    return keys


def key_of(term, queryset: QuerySet) -> Key:
    """A key for one term of `order_by()`: "-name", "pk", or F("date").desc(nulls_last=True)."""
    if isinstance(term, str):
        descending, path = term.startswith("-"), term.lstrip("-")
        explicit = None
    elif isinstance(term, OrderBy) and isinstance(term.expression, F):
        descending, path = term.descending, term.expression.name
        explicit = True if term.nulls_first else False if term.nulls_last else None
    else:
        raise TypeError(f"Keyset pagination cannot sort on {term!r}")
    # Unless the ordering says otherwise, NULL is greater than any value, as on PostgreSQL.
    nulls_first = descending if explicit is None else explicit
    return Key(path, descending, nulls_first, is_nullable(queryset, path))


def is_nullable(queryset: QuerySet, path: str) -> bool:
    """Whether a field path can be NULL: a nullable field, a nullable relation on the way, or
    an annotation (which may be a subquery that finds nothing)."""
    if path in queryset.query.annotations:
        return True
    model = queryset.model
    for part in path.split("__"):
        if part == "pk":
            return False
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            return True
        if field.null:
            return True
        model = field.related_model or model
    return False


def value_at(row, path: str):
    """The value of a field path on a fetched row (relations on it already selected)."""
    value = row
    for part in path.split("__"):
        if value is None:
            return None
        value = getattr(value, part)
    return value


def after(keys: list[Key], values: list) -> Q:
    """Rows that sort after the row with these key values."""
    condition, equal = Q(pk__in=[]), Q()
    for key, value in zip(keys, values, strict=True):
        if value is None:
            beyond = Q(**{f"{key.path}__isnull": False}) if key.nulls_first else Q(pk__in=[])
            same = Q(**{f"{key.path}__isnull": True})
        else:
            beyond = Q(**{f"{key.path}__{'lt' if key.descending else 'gt'}": value})
            if key.nullable and not key.nulls_first:
                beyond |= Q(**{f"{key.path}__isnull": True})
            same = Q(**{key.path: value})
        condition |= equal & beyond
        equal &= same
    return condition & leading_bound(keys[0], values[0])


def leading_bound(key: Key, value) -> Q:
    """The same condition's bound on the first key alone, which an index range can answer
    (an OR of the whole key cannot be)."""
    if value is None or (key.nullable and not key.nulls_first):
        return Q()
    return Q(**{f"{key.path}__{'lte' if key.descending else 'gte'}": value})


def encode(value):
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()  # every microsecond: the key must match exactly
    return value


class KeysetPagination(CursorPagination):
    """Pages of 50 by default (`page_size` up to 200), linked by `next` and `previous`
    cursors; a cursor that was not handed out, or belongs to another ordering, is a 404."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    cursor_query_description = (
        "Where the page starts: follow the `next` and `previous` links rather than make one."
    )
    page_size_query_description = "Rows per page, from 1 to 200 (50 if not given)."
    invalid_cursor_message = "Invalid cursor: follow the next and previous links as given."

    def paginate_queryset(self, queryset, request, view=None):
        if "page" in request.query_params:
            raise ValidationError(
                {"page": ["This list pages by cursor: follow the `next` and `previous` links."]}
            )
        self.request = request
        self.page_size = self.get_page_size(request)
        self.base_url = request.build_absolute_uri()
        self.keys = sort_key(queryset)
        self.signature = hashlib.sha256(repr(self.keys).encode()).hexdigest()[:8]
        backwards, position = self.decode(request.query_params.get(self.cursor_query_param))
        keys = [key.reversed() for key in self.keys] if backwards else self.keys
        queryset = queryset.order_by(*(key.expression for key in keys))
        if position is not None:
            try:
                queryset = queryset.filter(after(keys, position))
            except (DjangoValidationError, ValueError, TypeError) as error:
                raise NotFound(self.invalid_cursor_message) from error
        rows = list(queryset[: self.page_size + 1])
        more, self.page = len(rows) > self.page_size, rows[: self.page_size]
        if backwards:
            self.page.reverse()
            self.has_previous, self.has_next = more, True
        else:
            self.has_previous, self.has_next = position is not None, more
        self.display_page_controls = self.has_previous or self.has_next
        return self.page

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not WHOLE_NUMBER.fullmatch(raw) or not 1 <= int(raw) <= self.max_page_size:
            raise ValidationError(
                {self.page_size_query_param: [f"A whole number from 1 to {self.max_page_size}."]}
            )
        return int(raw)

    def get_next_link(self):
        if not (self.has_next and self.page):
            return None
        return self.link(backwards=False, row=self.page[-1])

    def get_previous_link(self):
        if not (self.has_previous and self.page):
            return None
        return self.link(backwards=True, row=self.page[0])

    def link(self, *, backwards: bool, row) -> str:
        values = [encode(value_at(row, key.path)) for key in self.keys]
        token = {"k": self.signature, "v": values} | ({"r": 1} if backwards else {})
        raw = json.dumps(token, separators=(",", ":")).encode()
        cursor = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        query = self.request.query_params.copy()
        query[self.cursor_query_param] = cursor
        return f"{self.base_url.split('?')[0]}?{query.urlencode()}"

    def decode(self, cursor: str | None) -> tuple[bool, list | None]:
        """Whether the cursor points backwards, and the key values of the row it starts after."""
        if not cursor:
            return False, None
        try:
            token = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
            values, backwards = token["v"], token.get("r", 0) == 1
            valid = token["k"] == self.signature and len(values) == len(self.keys)
        except (binascii.Error, ValueError, TypeError, KeyError, AttributeError) as error:
            raise NotFound(self.invalid_cursor_message) from error
        if not valid or not all(isinstance(v, str | int | float | None) for v in values):
            raise NotFound(self.invalid_cursor_message)
        return backwards, values

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_page_size)
        return parameters

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["required"] = ["next", "previous", "results"]
        for name in ("next", "previous"):
            response["properties"][name]["example"] = (
                f"http://api.example.org/api/v1/articles/?{self.cursor_query_param}=eyJrIjoi..."
            )
        return response

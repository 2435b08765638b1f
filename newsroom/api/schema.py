"""The OpenAPI document: every error an operation can answer, who may call it, and request
bodies described as strictly as the serializers read them."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse
from rest_framework import serializers
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.permissions import SAFE_METHODS, AllowAny

from .base import EditorialPermissions

# Python's white space (str.isspace, which DRF's trimming and Django's URLValidator use),
# spelt out: ECMA's \s, which a schema's patterns follow, is a slightly different set.
SPACE = (
    "\\t\\n\\u000b\\f\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680"
    "\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
)
# A string the serializers accept: no NUL character (Django refuses them), and for a field that
# may not be blank, at least one character that is not white space (they trim it).
TEXT = "^[^\\u0000]*$"
NOT_BLANK = f"^[^\\u0000]*[^{SPACE}\\u0000][^\\u0000]*$"
SLUG = "^[-a-zA-Z0-9_]+$"
# Web addresses Django's URLValidator accepts (a subset: named hosts with a real top-level
# domain); the "uri" format alone allows much that it refuses, such as "a:b".
URL = f"^https?://([a-z0-9]([a-z0-9-]{{0,61}}[a-z0-9])?[.])+[a-z]{{2,63}}(/[^{SPACE}]*)?$"


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, for a person to read.")


ERROR = OpenApiResponse(ErrorSerializer, "An error, with a message.")
VALIDATION = {
    "type": "object",
    "description": "Each field in error (or `non_field_errors`, or `detail` for a body that "
    "is not JSON) with a list of messages.",
    "additionalProperties": {},
}
ERRORS = {
    "304": OpenApiResponse(description="Not modified: the ETag in If-None-Match is current."),
    "400-query": OpenApiResponse(
        VALIDATION,
        "A filter, ordering or page size the API does not accept.",
        examples=[
            OpenApiExample(
                "An unknown grade",
                value={"grade": ["Select a valid choice. 9 is not one of the available choices."]},
            )
        ],
    ),
    "400-token": OpenApiResponse(
        VALIDATION,
        "A missing field, or a wrong username or password.",
        examples=[
            OpenApiExample(
                "Wrong password",
                value={"non_field_errors": ["Unable to log in with provided credentials."]},
            )
        ],
    ),
    "400": OpenApiResponse(
        VALIDATION,
        "Invalid request: a bad filter value, an unknown or read-only field, malformed "
        "JSON, a span outside the text, an unknown grade.",
        examples=[
            OpenApiExample(
                "A span outside the body",
                value={"end": ["The span ends at 900, past the end of the body (412 characters)."]},
            ),
            OpenApiExample("An unknown field", value={"colour": ["Unknown field."]}),
        ],
    ),
    "401": OpenApiResponse(ErrorSerializer, "Not signed in, or the token is not valid."),
    "403": OpenApiResponse(ErrorSerializer, "Signed in, but not allowed to do this."),
    "404": OpenApiResponse(ErrorSerializer, "No such record (or page), or not one you may see."),
    "409": OpenApiResponse(
        VALIDATION,
        "Conflict: a record with that slug or key already exists, or other records still "
        "refer to this one.",
        examples=[OpenApiExample("A taken slug", value={"slug": ["Slug already exists."]})],
    ),
    "412": OpenApiResponse(
        ErrorSerializer, "The record changed since you read it: If-Match does not match its ETag."
    ),
    "415": OpenApiResponse(ErrorSerializer, "The body is not JSON (`application/json`)."),
    "429": OpenApiResponse(ErrorSerializer, "Too many requests from anonymous clients; wait."),
}


def error_codes(method: str, detail: bool) -> list[str]:
    """The error statuses an operation of a resource can answer."""
    if method in SAFE_METHODS:
        return ["304", "401", "404", "429"] if detail else ["400-query", "401", "404", "429"]
    codes = ["400", "401", "403", "409", "415", "429"]
    if detail:
        codes += ["404", "412"]
    if method == "DELETE":
        codes = [code for code in codes if code not in {"400", "415"}]
    return codes


ETAG = OpenApiParameter(
    "ETag",
    str,
    OpenApiParameter.HEADER,
    response=[200, 304],
    description="The record's entity tag: send it in If-None-Match, or in If-Match on a write.",
)
IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    str,
    OpenApiParameter.HEADER,
    description="An ETag you hold: 304 Not Modified if the record has not changed.",
)


class NewsroomSchema(AutoSchema):
    """drf-spectacular's schema, with error responses, conditional headers and anonymous reads."""

    def is_detail(self) -> bool:
        return "{" in self.path and self.view.__class__.__name__ != "ObtainAuthToken"

    def get_override_parameters(self):
        parameters = super().get_override_parameters()
        if getattr(self.view, "etag_related", None) and self.is_detail():
            if self.method == "GET":
                parameters += [IF_NONE_MATCH, ETAG]
            elif self.method in {"PUT", "PATCH"}:
                parameters += [ETAG]
        return parameters

    def get_description(self):
        description = super().get_description()
        if getattr(self.view, "etag_related", None) and self.method in {"PUT", "PATCH", "DELETE"}:
            description += (
                "\n\nSend the ETag you read in an `If-Match` header to make the write "
                "conditional: if the record changed meanwhile the answer is 412 and nothing "
                "is written."
            )
        return description

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if isinstance(self.view, ObtainAuthToken):
            codes = ["400-token", "415", "429"] if self.method == "POST" else ["401", "429"]
        elif not getattr(self.view, "etag_related", None) and self.method in SAFE_METHODS:
            codes = ["401", "429"]  # the API root
        else:
            codes = error_codes(self.method, self.is_detail())
        for key in codes:
            code = key.partition("-")[0]
            responses.setdefault(code, self._get_response_for_code(ERRORS[key], code))
        return responses

    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        if isinstance(field, serializers.SlugRelatedField) and field.slug_field == "slug":
            schema.update(pattern=SLUG, maxLength=200)
            if field.allow_null:  # DRF reads "" as null for a relation that may be null
                schema.update(pattern=SLUG.replace("+", "*"))
                schema.pop("minLength", None)
        return schema

    def get_auth(self):
        auths = super().get_auth()
        classes = self.view.permission_classes
        anonymous = AllowAny in classes or (
            EditorialPermissions in classes and self.method in SAFE_METHODS
        )
        if auths and anonymous and {} not in auths:
            auths.append({})
        return auths


def tighten_requests(result, generator, request, public):
    """Describe request bodies and query strings as strictly as the API reads them: no
    properties it does not know, and strings it would accept."""
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request"):
            component["additionalProperties"] = False
            for prop in component.get("properties", {}).values():
                tighten_string(prop)
        else:
            for prop in component.get("properties", {}).values():
                for choice in prop.get("oneOf", []):
                    if choice.get("format") == "uri":  # a web address as stored: see URL
                        del choice["format"]
                        choice["pattern"] = URL
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "query":
                    schema = parameter.get("schema", {})
                    tighten_string(schema.get("items", schema))
                    if parameter["name"] not in PAGING and schema.get("type") != "array":
                        allow_blank(parameter)
                    if schema.get("type") == "array":
                        schema["minItems"] = 1
    return result


PAGING = {"cursor", "page_size", "ordering"}


def allow_blank(parameter: dict) -> None:
    """A filter given as `?name=` is no filter at all (as in an HTML form), so say so."""
    schema = parameter["schema"]
    if schema.get("type") == "string" and not {"format", "enum", "minLength"} & set(schema):
        return  # already accepts the empty string
    parameter["schema"] = {"oneOf": [schema, {"type": "string", "maxLength": 0}]}


def tighten_string(schema: dict) -> None:
    """Give a free-text string the pattern that says what the serializer accepts."""
    for choice in schema.get("oneOf", []):
        tighten_string(choice)
    if schema.get("format") == "uri":
        del schema["format"]
        schema["pattern"] = URL
    if schema.get("type") != "string" or {"format", "enum", "pattern"} & set(schema):
        return
    schema["pattern"] = NOT_BLANK if schema.get("minLength") else TEXT

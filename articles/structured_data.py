"""schema.org JSON-LD for article and entity pages.

An article is `about` the entities its headline names (an entity whose name, or the
words of one of its mentions, appear in the headline) and `mentions` the rest. Every
entity points at its page on this site by absolute URL. The builders return plain dicts;
`json_ld` writes one into a page safely.
"""

import json
import re
from collections.abc import Callable, Iterable

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from entities.models import Alias, Organisation, Person

from .models import Article, Mention

CONTEXT = "https://schema.org"
# The escapes django.utils.html.json_script makes, so "</script>" in a headline ends nothing.
SCRIPT_SAFE = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

Absolute = Callable[[str], str]


def json_ld(data: dict, nonce: str = "") -> SafeString:
    """A <script type="application/ld+json"> element holding the data."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_SAFE)
    # With <, > and & escaped, nothing in the JSON can end the element or start markup.
    payload = mark_safe(payload)  # noqa: S308
    if nonce:
        return format_html(
            '<script type="application/ld+json" nonce="{}">{}</script>', nonce, payload
        )
    return format_html('<script type="application/ld+json">{}</script>', payload)


def named_in(headline: str, entity: Organisation | Person, texts: Iterable[str]) -> bool:
    """Whether the headline names the entity, by its name or by words an article used for it."""
    headline = headline.translate(APOSTROPHES)
    for text in {entity.name, *texts}:
        words = text.translate(APOSTROPHES).strip()
        if words and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", headline):
            return True
    return False


def entity_ref(entity: Organisation | Person, absolute: Absolute) -> dict:
    kind = "Person" if isinstance(entity, Person) else "Organization"
    return {"@type": kind, "name": entity.name, "url": absolute(entity.get_absolute_url())}


def article_data(article: Article, mentions: Iterable[Mention], absolute: Absolute) -> dict:
    """NewsArticle: headline, dates, authors, publisher, and what it is about and mentions."""
    texts: dict[Organisation | Person, set[str]] = {}
    for mention in mentions:
        texts.setdefault(mention.entity, set()).add(mention.text)
    about = [e for e in texts if named_in(article.headline, e, texts[e])]
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": article.headline,
        "url": absolute(article.get_absolute_url()),
        "mainEntityOfPage": absolute(article.get_absolute_url()),
    }
    if article.standfirst:
        data["description"] = article.standfirst
    if article.published_at:
        data["datePublished"] = article.published_at.isoformat()
    if article.updated_at:
        data["dateModified"] = article.updated_at.isoformat()
    authors = [entity_ref(person, absolute) for person in article.authors.all()]
    if authors:
        data["author"] = authors
    elif article.byline:
        data["author"] = {"@type": "Person", "name": article.byline.removeprefix("By ")}
    if article.publication:
        data["publisher"] = {"@type": "Organization", "name": article.publication.name}
    data["about"] = [entity_ref(e, absolute) for e in about]
    data["mentions"] = [entity_ref(e, absolute) for e in texts if e not in about]
    return data


def other_names(entity: Organisation | Person) -> list[str]:
    """Names worth telling a search engine: not descriptions like "the council"."""
    others = (Alias.Kind.DESCRIPTION, Alias.Kind.NOT_A_MENTION)
    return [a.text for a in entity.aliases.all() if a.kind not in others]


def organisation_data(organisation: Organisation, absolute: Absolute) -> dict:
    data = {
        "@context": CONTEXT,
        "@type": "Organization",
        "name": organisation.name,
        "url": absolute(organisation.get_absolute_url()),
    }
    if organisation.description:
        data["description"] = organisation.description
    if names := other_names(organisation):
        data["alternateName"] = names
    if organisation.website:
        data["sameAs"] = [organisation.website]
    if organisation.founded_on:
        data["foundingDate"] = organisation.founded_on.isoformat()
    if organisation.dissolved_on:
        data["dissolutionDate"] = organisation.dissolved_on.isoformat()
    if organisation.parent:
        data["parentOrganization"] = entity_ref(organisation.parent, absolute)
    return data


def person_data(person: Person, absolute: Absolute) -> dict:
    data = {
        "@context": CONTEXT,
        "@type": "Person",
        "name": person.name,
        "url": absolute(person.get_absolute_url()),
    }
    for key, value in [
        ("honorificPrefix", person.honorific_prefix),
        ("givenName", person.given_name),
        ("familyName", person.family_name),
        ("description", person.description),
    ]:
        if value:
            data[key] = value
    if names := other_names(person):
        data["alternateName"] = names
    current = [r for r in person.roles.all() if r.end_date is None]
    if current:
        data["jobTitle"] = current[0].title
        employers = [entity_ref(r.organisation, absolute) for r in current if r.organisation]
        if employers:
            data["worksFor"] = employers
    return data

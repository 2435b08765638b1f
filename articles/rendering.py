"""Turns plain text and its mentions into safe HTML: escape first, then link the spans.

`rendered_article` keeps what an article page renders from its mentions (the linked
standfirst and body, the entities it names, its JSON-LD) in the cache under the page's
validator, which changes whenever the text, a mention, or a name it shows changes.
"""

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter

from django.conf import settings
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import structured_data
from .models import Article, Mention

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"’']?\s+(?=[“\"‘'A-Z0-9])")


def render_paragraphs(
    text: str, mentions: Iterable[Mention], *, linked: set | None = None
) -> SafeString:
    """Render each paragraph in a <p>, with the mentions that fall inside it.

    Pass the same `linked` set for every field of an article to link each entity once.
    One pass over paragraphs and mentions together, so a long article with a thousand
    mentions costs in proportion to its length.
    """
    spans = sorted(map(_span, mentions), key=attrgetter("start"))
    urls: dict = {}
    html, start, i = [], 0, 0
    for match in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        while i < len(spans) and spans[i].start < start:
            i += 1  # in the break between paragraphs
        inside = []
        while i < len(spans) and spans[i].start < end:
            if spans[i].end <= end:  # one that straddles a paragraph break is left out
                inside.append(spans[i].shifted(start))
            i += 1
        paragraph = text[start:end]
        if paragraph.strip():
            html.append(f"<p>{_render(paragraph, inside, linked, urls)}</p>")
        start = match.end() if match else end
    # Each paragraph is built by _render, which escapes everything it is given.
    return mark_safe("\n".join(html))  # noqa: S308


def _render(text: str, spans: list["_Span"], linked: set | None, urls: dict) -> SafeString:
    parts, cursor = [], 0
    for m in spans:
        if m.start < cursor or m.end > len(text):
            continue  # a stale span: leave those words as plain text
        parts.append(escape(text[cursor : m.start]))
        words = escape(text[m.start : m.end])
        if linked is not None and m.entity in linked:
            parts.append(f'<span id="m{m.pk}">{words}</span>')
        else:
            if (url := urls.get(m.entity)) is None:
                url = urls[m.entity] = escape(m.entity.get_absolute_url())
            parts.append(f'<a id="m{m.pk}" class="mention" href="{url}">{words}</a>')
            if linked is not None:
                linked.add(m.entity)
        cursor = m.end
    parts.append(escape(text[cursor:]))
    # Text and URLs are escaped, and ids are integers, so joining them is safe.
    return mark_safe("".join(parts))  # noqa: S308


@dataclass(frozen=True)
class _Span:
    pk: int
    start: int
    end: int
    entity: object

    def shifted(self, offset: int) -> "_Span":
        return _Span(self.pk, self.start - offset, self.end - offset, self.entity)


def _span(mention: Mention) -> _Span:
    return _Span(mention.pk, mention.start, mention.end, mention.entity)


@dataclass(frozen=True)
class Passage:
    before: str
    text: str
    after: str
    mention: Mention


def passage(text: str, mention: Mention) -> Passage:
    """The sentence a mention sits in, split around the mention."""
    para_start = max(text.rfind("\n", 0, mention.start) + 1, 0)
    para_end = text.find("\n", mention.end)
    para_end = len(text) if para_end == -1 else para_end
    start, end = para_start, para_end
    for stop in SENTENCE_END.finditer(text, para_start, para_end):
        if stop.end() <= mention.start:
            start = stop.end()
        elif stop.start() >= mention.end:
            end = stop.start()
            break
    return Passage(
        text[start : mention.start],
        text[mention.start : mention.end],
        text[mention.end : end],
        mention,
    )


@dataclass(frozen=True)
class RenderedArticle:
    standfirst: SafeString
    body: SafeString
    entities: list[tuple[str, str, int]]  # name, address, mentions; most mentioned first
    structured_data: dict


def rendered_article(
    article: Article, validator: str, absolute: Callable[[str], str]
) -> RenderedArticle:
    """The parts of an article page drawn from its mentions, cached under its validator.

    `absolute` makes the JSON-LD's addresses absolute, so the host is part of the key.
    """
    address = f"{article.pk}|{validator}|{absolute('/')}"
    key = "article-rendered:" + hashlib.sha256(address.encode()).hexdigest()
    if (hit := cache.get(key)) is not None:
        return hit
    mentions = list(
        Mention.objects.linked()
        .filter(article=article)
        .select_related("organisation", "person")
        .order_by()  # the default ordering joins the article to sort by its date
    )
    by_field = {field: [] for field in Mention.Field.values}
    for mention in mentions:
        by_field[mention.field].append(mention)
    # Standfirst then body, sharing one set, so "first" means first in the article; with
    # "none", every entity counts as linked already.
    linked = {
        "all": None,
        "first": set(),
        "none": {m.entity for m in mentions},
    }[settings.MENTION_LINKS]
    counts = Counter(m.entity for m in mentions)
    result = RenderedArticle(
        standfirst=render_paragraphs(article.standfirst, by_field["standfirst"], linked=linked),
        body=render_paragraphs(article.body, by_field["body"], linked=linked),
        entities=[(str(e), e.get_absolute_url(), n) for e, n in counts.most_common()],
        structured_data=structured_data.article_data(article, mentions, absolute),
    )
    cache.set(key, result, settings.RENDER_CACHE_SECONDS)
    return result

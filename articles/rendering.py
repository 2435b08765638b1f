"""Turns plain text and its mentions into safe HTML: escape first, then link the spans."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .models import Mention

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"’']?\s+(?=[“\"‘'A-Z0-9])")


def render_text(text: str, mentions: Iterable[Mention], *, linked: set | None = None) -> SafeString:
    """Escape the text and wrap each mention's span in a link to its entity.

    With a `linked` set, only an entity's first mention (one not yet in the set) is a
    link; later ones keep their anchor, so passages on entity pages still point at them.
    """
    parts, cursor = [], 0
    for m in sorted(mentions, key=attrgetter("start")):
        if m.start < cursor or m.end > len(text):
            continue  # a stale span: leave those words as plain text
        parts.append(escape(text[cursor : m.start]))
        if linked is not None and m.entity in linked:
            parts.append(format_html('<span id="m{}">{}</span>', m.pk, text[m.start : m.end]))
        else:
            parts.append(
                format_html(
                    '<a id="m{}" class="mention" href="{}">{}</a>',
                    m.pk,
                    m.entity.get_absolute_url(),
                    text[m.start : m.end],
                )
            )
            if linked is not None:
                linked.add(m.entity)
        cursor = m.end
    parts.append(escape(text[cursor:]))
    # Every part is escaped or built by format_html, so joining them is safe.
    return mark_safe("".join(parts))  # noqa: S308


def render_paragraphs(
    text: str, mentions: Iterable[Mention], *, linked: set | None = None
) -> SafeString:
    """Render each paragraph in a <p>, with the mentions that fall inside it.

    Pass the same `linked` set for every field of an article to link each entity once.
    """
    mentions = sorted(mentions, key=attrgetter("start"))
    html, start = [], 0
    for match in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        inside = [_shifted(m, start) for m in mentions if m.start >= start and m.end <= end]
        paragraph = text[start:end]
        if paragraph.strip():
            html.append(format_html("<p>{}</p>", render_text(paragraph, inside, linked=linked)))
        start = match.end() if match else end
    return mark_safe("\n".join(html))  # noqa: S308


@dataclass(frozen=True)
class _Span:
    pk: int
    start: int
    end: int
    entity: object


def _shifted(mention: Mention, offset: int) -> _Span:
    return _Span(mention.pk, mention.start - offset, mention.end - offset, mention.entity)


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

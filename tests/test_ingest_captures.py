"""The seed files as other tools and pages capture them import as the seed files do.

Each change below is one a real capture makes to a story's text: a cookie notice or the
paper's menu above the headline, the paper's name in the page title, Windows line ends,
lines hard-wrapped at a fixed width, a reader tool's Markdown, page furniture and a list
of other stories under the story, no blank lines, stray control characters. None of them
may change what a reader is shown.
"""

import re
import textwrap

import pytest

from articles import ingest
from tests.test_ingest import SEED_FILES, SOURCES


def _headline_and_rest(text: str) -> tuple[str, str]:
    headline, rest = text.split("\n", 1)
    return headline, rest


def cookie_notice(text: str) -> str:
    return (
        "We use cookies to give you the best experience on our website. By continuing to "
        "browse you agree to our use of cookies.\n\n" + text
    )


def menu_above(text: str) -> str:
    return "Skip to main content\nYorkshire Post\nNews\nEducation\n" + text


def title_suffix(text: str) -> str:
    headline, rest = _headline_and_rest(text)
    return f"{headline} | Doncaster Free Press\n{rest}"


def windows_line_ends(text: str) -> str:
    return text.replace("\n", "\r\n")


def hard_wrapped(text: str) -> str:
    headline, rest = _headline_and_rest(text)
    lines = [textwrap.fill(line, 72) if len(line) > 72 else line for line in rest.split("\n")]
    return headline + "\n" + "\n".join(lines)


def reader_markdown(text: str) -> str:
    headline, rest = _headline_and_rest(text)
    return f"Title: {headline}\n\nMarkdown Content:\n# {headline}\n\n{rest}"


def web_clipper(text: str) -> str:
    headline, rest = _headline_and_rest(text)
    return (
        f'---\ntitle: "{headline.replace('"', '\\"')} | Doncaster Free Press"\n'
        'source: "https://www.doncasterfreepress.co.uk/news/1"\ncreated: 2025-01-12\n'
        f'tags:\n  - "clippings"\n---\n# {headline}\n\n{rest}'
    )


def furniture_below(text: str) -> str:
    return text + (
        "\n\nShare this article\nFacebook\nTwitter\nComments are closed.\n"
        "Tags: Ofsted, Doncaster\n© 2024 National World Publishing Ltd. All rights reserved.\n"
    )


def single_line_breaks(text: str) -> str:
    return re.sub(r"\n\s*\n", "\n", text)


def related_stories_below(text: str) -> str:
    return text + (
        "\n\nMore on this story\nDoncaster council leader quits over Ofsted row\n"
        "Published 27 November 2015\nTrust chief to step down\n"
    )


def control_characters(text: str) -> str:
    return re.sub(r"\.\n", ".\x07\n", text, count=3).replace("Ofsted", "Ofsted\x00", 1)


CAPTURES = [
    cookie_notice,
    menu_above,
    title_suffix,
    windows_line_ends,
    hard_wrapped,
    reader_markdown,
    web_clipper,
    furniture_below,
    single_line_breaks,
    related_stories_below,
    control_characters,
]


def shown(draft: ingest.Draft) -> dict:
    """What a reader is shown of a draft; the story's words, however they are paragraphed.

    A hard-wrapped paragraph may come back split where a line ends a sentence.
    """
    return {
        "headline": draft.headline,
        "byline": draft.byline,
        "published": draft.published,
        "updated_at": draft.updated_at,
        "captions": draft.captions,
        "words": " ".join(f"{draft.standfirst} {draft.body}".split()),
    }


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda capture: capture.__name__)
@pytest.mark.parametrize("name", SEED_FILES)
def test_a_captured_seed_reads_as_the_seed_does(db, name, capture):
    text = (SOURCES / name).read_text()
    seed = ingest.read_article(text, name=name)

    (captured,) = ingest.read_source(capture(text), name=name)

    assert shown(captured) == shown(seed)
    if capture is not hard_wrapped:
        assert (captured.standfirst, captured.body) == (seed.standfirst, seed.body)
